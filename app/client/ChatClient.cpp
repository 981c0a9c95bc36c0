#include "client/ChatClient.h"

#include "client/Inbox.h"
#include "client/LocalStore.h"
#include "client/Outbox.h"
#include "client/PresenceTracker.h"
#include "client/ServerConnection.h"
#include "client/TokenStore.h"

namespace natter::client {
// Stub: implemented in the next commit.
ChatClient::ChatClient(const QString &dataDir, QObject *parent, const QString &keychainService)
    : QObject(parent), m_dataDir(dataDir), m_connection(new ServerConnection(this)), m_tokens(new TokenStore(keychainService, this)) { }
ChatClient::~ChatClient() = default;
void ChatClient::setServer(const QUrl &url) { m_connection->setUrl(url); }
QUrl ChatClient::server() const { return m_connection->url(); }
void ChatClient::registerAccount(const QString &, const QString &, const QString &) { }
void ChatClient::login(const QString &, const QString &) { }
bool ChatClient::hasSavedSession() const { return false; }
void ChatClient::resumeSession() { }
void ChatClient::logout() { }
bool ChatClient::sessionPersistent() const { return m_tokens->persistent(); }
QString ChatClient::sessionPersistenceReason() const { return m_tokens->unavailableReason(); }
void ChatClient::reconnectNow() { }
qint64 ChatClient::sendText(const QString &, const QString &) { return 0; }
bool ChatClient::retry(qint64) { return false; }
void ChatClient::markRead(const QString &) { }
int ChatClient::totalUnread() const { return 0; }
void ChatClient::setTyping(const QString &, bool) { }
bool ChatClient::isTyping(const QString &) const { return false; }
void ChatClient::queryPresence(const QString &) { }
void ChatClient::lookup(const QString &) { }
} // namespace natter::client
