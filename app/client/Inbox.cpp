#include "client/Inbox.h"

#include "client/ServerConnection.h"

namespace natter::client {
// Stub: implemented in the next commit.
Inbox::Inbox(ServerConnection &connection, QObject *parent) : QObject(parent), m_connection(connection) { }
Inbox::~Inbox() = default;
void Inbox::setStore(LocalStore *store, const QString &self) { m_store = store; m_self = self; }
void Inbox::setOnline(bool online) { m_online = online; }
void Inbox::handleMessage(const protocol::ChatMessage &) { }
void Inbox::handleReceipt(const protocol::Receipt &) { }
void Inbox::flush() { }
void Inbox::markRead(const QString &) { }
} // namespace natter::client
