#include "client/ServerConnection.h"

namespace natter::client {
// Stub: implemented in the next commit.
ServerConnection::ServerConnection(QObject *parent) : QObject(parent) { }
ServerConnection::~ServerConnection() = default;
void ServerConnection::setUrl(const QUrl &url) { m_url = url; }
void ServerConnection::open() { }
void ServerConnection::close() { }
void ServerConnection::reconnectNow() { }
void ServerConnection::abortConnection() { }
int ServerConnection::retryIn() const { return -1; }
bool ServerConnection::send(const protocol::ClientFrame &, const QJsonValue &) { return false; }
void ServerConnection::setBackoff(std::chrono::milliseconds, std::chrono::milliseconds) { }
void ServerConnection::setKeepAlive(std::chrono::milliseconds, std::chrono::milliseconds) { }
void ServerConnection::setConnectTimeout(std::chrono::milliseconds) { }
} // namespace natter::client
