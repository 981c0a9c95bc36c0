#include "client/LocalStore.h"

namespace natter::client {
// Stub: implemented in the next commit.
LocalStore::LocalStore(const QString &path) : m_path(path) { }
LocalStore::~LocalStore() = default;
bool LocalStore::open(QString *) { return false; }
void LocalStore::close() { }
bool LocalStore::isOpen() const { return false; }
int LocalStore::schemaVersion() const { return 0; }
int LocalStore::latestSchemaVersion() { return 1; }
QList<Conversation> LocalStore::conversations() const { return {}; }
std::optional<Conversation> LocalStore::conversation(const QString &) const { return {}; }
QList<StoredMessage> LocalStore::messages(const QString &, qint64, int) const { return {}; }
int LocalStore::messageCount(const QString &) const { return 0; }
std::optional<StoredMessage> LocalStore::firstUnread(const QString &) const { return {}; }
int LocalStore::totalUnread() const { return 0; }
std::optional<StoredMessage> LocalStore::message(qint64) const { return {}; }
std::optional<StoredMessage> LocalStore::messageByServerId(qint64) const { return {}; }
std::optional<StoredMessage> LocalStore::messageByClientId(const QString &) const { return {}; }
int LocalStore::messagesAfter(const QString &, qint64) const { return 0; }
bool LocalStore::upsertContact(const Contact &) { return false; }
std::optional<Contact> LocalStore::contact(const QString &) const { return {}; }
QList<Contact> LocalStore::contacts() const { return {}; }
qint64 LocalStore::addOutgoing(const QString &, const QString &, const protocol::MessageContent &, qint64) { return 0; }
qint64 LocalStore::addFailedOutgoing(const QString &, const QString &, const protocol::MessageContent &, qint64, const QString &) { return 0; }
QList<StoredMessage> LocalStore::outbox() const { return {}; }
std::optional<qint64> LocalStore::markSent(const QString &, qint64, qint64) { return {}; }
std::optional<qint64> LocalStore::applyReceipt(const protocol::Receipt &) { return {}; }
bool LocalStore::markFailed(qint64, const QString &) { return false; }
bool LocalStore::markPendingAgain(qint64) { return false; }
QList<LocalStore::Incoming> LocalStore::addIncoming(const QList<protocol::ChatMessage> &, const QString &) { return {}; }
QList<qint64> LocalStore::markConversationRead(const QString &) { return {}; }
QList<std::pair<qint64, MessageState>> LocalStore::unreportedReceipts(int) const { return {}; }
bool LocalStore::setReported(const QList<qint64> &, MessageState) { return false; }
bool LocalStore::setDisplayName(const QString &, const QString &) { return false; }
} // namespace natter::client
