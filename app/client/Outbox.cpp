#include "client/Outbox.h"

#include "client/ServerConnection.h"

namespace natter::client {
// Stub: implemented in the next commit.
Outbox::Outbox(ServerConnection &connection, QObject *parent) : QObject(parent), m_connection(connection) { }
Outbox::~Outbox() = default;
void Outbox::setStore(LocalStore *store) { m_store = store; }
void Outbox::setOnline(bool online) { m_online = online; }
qint64 Outbox::sendText(const QString &, const QString &) { return 0; }
bool Outbox::retry(qint64) { return false; }
void Outbox::flush() { }
void Outbox::handleAck(const protocol::Ack &) { }
bool Outbox::handleError(const protocol::Error &) { return false; }
} // namespace natter::client
