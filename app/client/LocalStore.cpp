#include "client/LocalStore.h"

#include "client/ClientLog.h"
#include "client/LocalStoreSchema.h"
#include "protocol/JsonReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace natter::client {

using namespace natter::protocol;

namespace {
const QString kMessageColumns = QStringLiteral(
    "id, server_id, client_id, peer, outgoing, state, failure_reason, ts, sort_key, content");

QString contentToJson(const MessageContent &content)
{
    QJsonObject obj;
    writeContent(obj, content);
    return QString::fromUtf8(QJsonDocument(obj).toJson(QJsonDocument::Compact));
}

MessageContent contentFromJson(const QString &json, qint64 localId)
{
    // Stored content was validated when it was written; read it back with the widest limits.
    Limits wide;
    wide.maxTextBytes = std::numeric_limits<int>::max();
    wide.maxVCardBytes = std::numeric_limits<int>::max();
    wide.maxMediaBytes = wide.maxDocumentBytes = std::numeric_limits<qint64>::max() / 2;
    JsonReader reader(QJsonDocument::fromJson(json.toUtf8()).object());
    MessageContent content = readContent(reader, wide);
    if (!reader.ok())
        qCWarning(lcClientStore) << "stored message" << localId << "is unreadable:" << reader.errorMessage();
    return content;
}

StoredMessage readMessage(const QSqlQuery &q)
{
    StoredMessage m;
    m.localId = q.value(0).toLongLong();
    m.serverId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
    m.clientId = q.value(2).toString();
    m.peer = q.value(3).toString();
    m.outgoing = q.value(4).toBool();
    m.state = MessageState(q.value(5).toInt());
    m.failureReason = q.value(6).toString();
    m.timestamp = q.value(7).toLongLong();
    m.sortKey = q.value(8).toLongLong();
    m.content = contentFromJson(q.value(9).toString(), m.localId);
    return m;
}

Conversation readConversation(const QSqlQuery &q)
{
    Conversation c;
    c.peer = q.value(0).toString();
    c.displayName = q.value(1).toString();
    if (c.displayName.isEmpty())
        c.displayName = c.peer;
    c.lastActivity = q.value(2).toLongLong();
    c.lastPreview = q.value(3).toString();
    c.lastMessageId = q.value(4).toLongLong();
    c.unreadCount = q.value(5).toInt();
    c.messageCount = q.value(6).toInt();
    return c;
}

const QString kConversationColumns = QStringLiteral(
    "peer, display_name, last_activity, last_preview, last_message_id, unread_count, message_count");

// One line for the conversation list.
QString previewOf(const MessageContent &content)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("LocalStore", text); };
    QString caption = content.text.simplified();
    if (caption.size() > 100)
        caption = caption.left(99) + QChar(0x2026);
    auto withCaption = [&](const QString &label) {
        return caption.isEmpty() ? label : label + QStringLiteral(": ") + caption;
    };
    switch (content.kind) {
    case MessageKind::Text:
        return caption;
    case MessageKind::Media:
        return withCaption(tr("Media"));
    case MessageKind::Document:
        return withCaption(content.file ? content.file->name : tr("Document"));
    case MessageKind::Location:
        return withCaption(tr("Location"));
    case MessageKind::Contact:
        return withCaption(tr("Contact"));
    }
    return caption;
}

bool run(QSqlQuery &q, const char *what)
{
    if (q.exec())
        return true;
    qCWarning(lcClientStore) << what << "failed:" << q.lastError().text();
    return false;
}
} // namespace

LocalStore::LocalStore(const QString &path)
    : m_path(path)
    , m_connectionName(QStringLiteral("natter-client-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

LocalStore::~LocalStore()
{
    close();
}

static QSqlDatabase connection(const QString &name)
{
    return QSqlDatabase::database(name, false);
}

bool LocalStore::open(QString *error)
{
    QString dummy;
    QString &err = error ? *error : dummy;
    if (isOpen())
        return true;
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        err = QCoreApplication::translate("LocalStore", "Cannot create the folder %1.").arg(info.absolutePath());
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        err = QCoreApplication::translate("LocalStore", "Cannot open the message database: %1")
                  .arg(db.lastError().text());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        return false;
    }
    // WAL with synchronous=NORMAL survives a killed process and keeps commits cheap.
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"})
        exec(QString::fromLatin1(pragma));
    if (!migrate(&err)) {
        db = QSqlDatabase();
        close();
        return false;
    }
    qCDebug(lcClientStore) << "opened" << m_path << "schema" << schemaVersion();
    return true;
}

void LocalStore::close()
{
    {
        QSqlDatabase db = connection(m_connectionName);
        if (db.isOpen())
            db.close();
    }
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

bool LocalStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection(m_connectionName).isOpen();
}

int LocalStore::schemaVersion() const
{
    QSqlQuery q(connection(m_connectionName));
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

int LocalStore::latestSchemaVersion()
{
    return int(localStoreMigrations().size());
}

bool LocalStore::migrate(QString *error)
{
    const auto &migrations = localStoreMigrations();
    int version = schemaVersion();
    if (version > latestSchemaVersion()) {
        *error = QCoreApplication::translate("LocalStore",
                                             "The message database was written by a newer version of Natter.");
        return false;
    }
    while (version < latestSchemaVersion()) {
        if (!transaction()) {
            *error = QCoreApplication::translate("LocalStore", "Cannot update the message database.");
            return false;
        }
        bool ok = true;
        for (const QString &sql : migrations[version])
            ok = ok && exec(sql);
        ok = ok && exec(QStringLiteral("PRAGMA user_version=%1").arg(version + 1));
        if (!ok || !commit()) {
            rollback();
            *error = QCoreApplication::translate("LocalStore", "Cannot update the message database.");
            return false;
        }
        ++version;
        qCInfo(lcClientStore) << "migrated the local database to schema" << version;
    }
    return true;
}

bool LocalStore::exec(const QString &sql) const
{
    QSqlQuery q(connection(m_connectionName));
    if (q.exec(sql))
        return true;
    qCWarning(lcClientStore) << "statement failed:" << q.lastError().text();
    return false;
}

bool LocalStore::transaction() const
{
    return connection(m_connectionName).transaction();
}

bool LocalStore::commit() const
{
    QSqlDatabase db = connection(m_connectionName);
    if (db.commit())
        return true;
    qCWarning(lcClientStore) << "commit failed:" << db.lastError().text();
    db.rollback();
    return false;
}

void LocalStore::rollback() const
{
    connection(m_connectionName).rollback();
}

// ---- queries ---------------------------------------------------------------------------------

QList<Conversation> LocalStore::conversations() const
{
    QList<Conversation> out;
    QSqlQuery q(connection(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM conversations ORDER BY last_activity DESC, peer").arg(kConversationColumns));
    if (!run(q, "listing conversations"))
        return out;
    while (q.next())
        out.append(readConversation(q));
    return out;
}

std::optional<Conversation> LocalStore::conversation(const QString &peer) const
{
    QSqlQuery q(connection(m_connectionName));
    q.prepare(QStringLiteral("SELECT %1 FROM conversations WHERE peer = ?").arg(kConversationColumns));
    q.addBindValue(peer);
    if (!run(q, "reading a conversation") || !q.next())
        return std::nullopt;
    return readConversation(q);
}

QList<StoredMessage> LocalStore::messages(const QString &peer, qint64 beforeSortKey, int limit) const
{
    QList<StoredMessage> out;
    QSqlQuery q(connection(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM messages WHERE peer = ? AND sort_key < ?"
                             " ORDER BY sort_key DESC LIMIT ?")
                  .arg(kMessageColumns));
    q.addBindValue(peer);
    q.addBindValue(beforeSortKey);
    q.addBindValue(limit);
    if (!run(q, "reading messages"))
        return out;
    out.reserve(limit);
    while (q.next())
        out.append(readMessage(q));
    return out;
}

int LocalStore::messageCount(const QString &peer) const
{
    const auto c = conversation(peer);
    return c ? c->messageCount : 0;
}

std::optional<StoredMessage> LocalStore::firstUnread(const QString &peer) const
{
    QSqlQuery q(connection(m_connectionName));
    q.prepare(QStringLiteral("SELECT %1 FROM messages WHERE peer = ? AND outgoing = 0 AND state = 2"
                             " ORDER BY sort_key LIMIT 1")
                  .arg(kMessageColumns));
    q.addBindValue(peer);
    if (!run(q, "finding the first unread message") || !q.next())
        return std::nullopt;
    return readMessage(q);
}

int LocalStore::totalUnread() const
{
    QSqlQuery q(connection(m_connectionName));
    if (!q.exec(QStringLiteral("SELECT COALESCE(SUM(unread_count), 0) FROM conversations")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

static std::optional<StoredMessage> oneMessage(const QString &connectionName, const QString &where,
                                               const QVariant &value)
{
    QSqlQuery q(connection(connectionName));
    q.prepare(QStringLiteral("SELECT %1 FROM messages WHERE %2 = ?").arg(kMessageColumns, where));
    q.addBindValue(value);
    if (!run(q, "reading a message") || !q.next())
        return std::nullopt;
    return readMessage(q);
}

std::optional<StoredMessage> LocalStore::message(qint64 localId) const
{
    return oneMessage(m_connectionName, QStringLiteral("id"), localId);
}

std::optional<StoredMessage> LocalStore::messageByServerId(qint64 serverId) const
{
    return oneMessage(m_connectionName, QStringLiteral("server_id"), serverId);
}

std::optional<StoredMessage> LocalStore::messageByClientId(const QString &clientId) const
{
    return oneMessage(m_connectionName, QStringLiteral("client_id"), clientId);
}

int LocalStore::messagesAfter(const QString &peer, qint64 sortKey) const
{
    QSqlQuery q(connection(m_connectionName));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM messages WHERE peer = ? AND sort_key > ?"));
    q.addBindValue(peer);
    q.addBindValue(sortKey);
    if (!run(q, "counting messages") || !q.next())
        return 0;
    return q.value(0).toInt();
}

// ---- contacts --------------------------------------------------------------------------------

bool LocalStore::upsertContact(const Contact &contact)
{
    if (!transaction())
        return false;
    QSqlQuery q(connection(m_connectionName));
    q.prepare(QStringLiteral("INSERT INTO contacts (phone, name, on_natter) VALUES (?, COALESCE(?, ''), ?)"
                             " ON CONFLICT (phone) DO UPDATE SET"
                             " name = CASE WHEN excluded.name != '' THEN excluded.name ELSE name END,"
                             " on_natter = excluded.on_natter"));
    q.addBindValue(contact.phone);
    q.addBindValue(contact.name);
    q.addBindValue(contact.onNatter);
    bool ok = run(q, "storing a contact");
    if (ok && !contact.name.isEmpty()) {
        QSqlQuery c(connection(m_connectionName));
        c.prepare(QStringLiteral("UPDATE conversations SET display_name = ? WHERE peer = ?"));
        c.addBindValue(contact.name);
        c.addBindValue(contact.phone);
        ok = run(c, "naming a conversation");
    }
    if (!ok) {
        rollback();
        return false;
    }
    return commit();
}

std::optional<Contact> LocalStore::contact(const QString &phone) const
{
    QSqlQuery q(connection(m_connectionName));
    q.prepare(QStringLiteral("SELECT phone, name, on_natter FROM contacts WHERE phone = ?"));
    q.addBindValue(phone);
    if (!run(q, "reading a contact") || !q.next())
        return std::nullopt;
    return Contact {q.value(0).toString(), q.value(1).toString(), q.value(2).toBool()};
}

QList<Contact> LocalStore::contacts() const
{
    QList<Contact> out;
    QSqlQuery q(connection(m_connectionName));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT phone, name, on_natter FROM contacts ORDER BY name COLLATE NOCASE, phone")))
        return out;
    while (q.next())
        out.append(Contact {q.value(0).toString(), q.value(1).toString(), q.value(2).toBool()});
    return out;
}

bool LocalStore::setDisplayName(const QString &peer, const QString &name)
{
    QSqlQuery q(connection(m_connectionName));
    q.prepare(QStringLiteral("INSERT INTO conversations (peer, display_name) VALUES (?, COALESCE(?, ''))"
                             " ON CONFLICT (peer) DO UPDATE SET display_name = excluded.display_name"));
    q.addBindValue(peer);
    q.addBindValue(name);
    return run(q, "naming a conversation");
}

// ---- writes shared by both directions ----------------------------------------------------------

struct LocalStore::Writer
{
    explicit Writer(const QString &connectionName)
        : insert(connection(connectionName))
        , order(connection(connectionName))
        , touch(connection(connectionName))
        , name(connection(connectionName))
    {
        insert.prepare(QStringLiteral(
            "INSERT INTO messages (server_id, client_id, peer, outgoing, state, failure_reason,"
            " ts, sort_key, kind, text, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, COALESCE(?, ''), ?)"
            " ON CONFLICT DO NOTHING"));
        order.prepare(QStringLiteral("UPDATE messages SET sort_key = ? WHERE id = ?"));
        touch.prepare(QStringLiteral(
            "INSERT INTO conversations (peer, display_name, last_activity, last_preview, last_message_id,"
            " last_sort_key, unread_count, message_count)"
            " VALUES (?, COALESCE((SELECT name FROM contacts WHERE phone = ?), ''), ?, COALESCE(?, ''), ?, ?, ?, 1)"
            " ON CONFLICT (peer) DO UPDATE SET"
            " message_count = message_count + 1,"
            " unread_count = unread_count + excluded.unread_count,"
            " last_activity = MAX(last_activity, excluded.last_activity),"
            " last_preview = CASE WHEN excluded.last_sort_key >= last_sort_key"
            "   THEN excluded.last_preview ELSE last_preview END,"
            " last_message_id = CASE WHEN excluded.last_sort_key >= last_sort_key"
            "   THEN excluded.last_message_id ELSE last_message_id END,"
            " last_sort_key = MAX(last_sort_key, excluded.last_sort_key)"));
    }
    QSqlQuery insert;
    QSqlQuery order;
    QSqlQuery touch;
    QSqlQuery name;
};

std::optional<qint64> LocalStore::insertMessage(Writer &w, const StoredMessage &m, bool *duplicate)
{
    *duplicate = false;
    QSqlQuery &q = w.insert;
    q.addBindValue(m.serverId > 0 ? QVariant(m.serverId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(m.clientId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(m.clientId));
    q.addBindValue(m.peer);
    q.addBindValue(m.outgoing);
    q.addBindValue(int(m.state));
    q.addBindValue(m.failureReason.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(m.failureReason));
    q.addBindValue(m.timestamp);
    q.addBindValue(m.serverId > 0 ? m.serverId : kUnackedSortKeyBase);
    q.addBindValue(toWireName(m.content.kind));
    q.addBindValue(m.content.text);
    q.addBindValue(contentToJson(m.content));
    if (!run(q, "storing a message"))
        return std::nullopt;
    if (q.numRowsAffected() == 0) {
        *duplicate = true;
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (m.serverId <= 0) {
        // Not numbered by the server yet: after every numbered message, in local order.
        w.order.addBindValue(kUnackedSortKeyBase + id);
        w.order.addBindValue(id);
        if (!run(w.order, "ordering a message"))
            return std::nullopt;
    }
    return id;
}

bool LocalStore::touchConversation(Writer &w, const StoredMessage &m, bool unread)
{
    QSqlQuery &q = w.touch;
    q.addBindValue(m.peer);
    q.addBindValue(m.peer);
    q.addBindValue(m.timestamp);
    q.addBindValue(previewOf(m.content));
    q.addBindValue(m.localId);
    q.addBindValue(m.serverId > 0 ? m.serverId : kUnackedSortKeyBase + m.localId);
    q.addBindValue(unread ? 1 : 0);
    return run(q, "updating a conversation");
}

// Gives a message its server id: it moves from the tail to its place in the server's order.
static bool assignServerId(const QString &connectionName, qint64 localId, qint64 serverId)
{
    QSqlQuery q(connection(connectionName));
    q.prepare(QStringLiteral("UPDATE messages SET server_id = ?, sort_key = ? WHERE id = ? AND server_id IS NULL"));
    q.addBindValue(serverId);
    q.addBindValue(serverId);
    q.addBindValue(localId);
    if (!run(q, "numbering a message"))
        return false;
    QSqlQuery c(connection(connectionName));
    c.prepare(QStringLiteral("UPDATE conversations SET last_sort_key = ? WHERE last_message_id = ?"));
    c.addBindValue(serverId);
    c.addBindValue(localId);
    return run(c, "re-ordering a conversation");
}

// ---- outgoing --------------------------------------------------------------------------------

qint64 LocalStore::addOutgoing(const QString &peer, const QString &clientId, const MessageContent &content,
                               qint64 localTimestamp)
{
    return addFailedOutgoing(peer, clientId, content, localTimestamp, {});
}

qint64 LocalStore::addFailedOutgoing(const QString &peer, const QString &clientId, const MessageContent &content,
                                     qint64 localTimestamp, const QString &reason)
{
    if (!transaction())
        return 0;
    StoredMessage m;
    m.clientId = clientId;
    m.peer = peer;
    m.outgoing = true;
    m.state = reason.isEmpty() ? MessageState::Pending : MessageState::Failed;
    m.failureReason = reason;
    m.timestamp = localTimestamp;
    m.content = content;
    bool duplicate = false;
    Writer w(m_connectionName);
    const auto id = insertMessage(w, m, &duplicate);
    if (!id || duplicate) {
        rollback();
        return 0;
    }
    m.localId = *id;
    if (!touchConversation(w, m, false) || !commit()) {
        rollback();
        return 0;
    }
    return *id;
}

QList<StoredMessage> LocalStore::outbox(int limit) const
{
    QList<StoredMessage> out;
    QSqlQuery q(connection(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM messages WHERE state = 0 ORDER BY id LIMIT ?").arg(kMessageColumns));
    q.addBindValue(limit);
    if (!run(q, "reading the outbox"))
        return out;
    while (q.next())
        out.append(readMessage(q));
    return out;
}

std::optional<qint64> LocalStore::markSent(const QString &clientId, qint64 serverId, qint64 timestamp)
{
    const auto m = messageByClientId(clientId);
    if (!m || !m->outgoing)
        return std::nullopt;
    const bool numbered = m->serverId == 0;
    const bool advances = m->state == MessageState::Pending || m->state == MessageState::Failed;
    if (!numbered && !advances)
        return std::nullopt; // a repeated ack
    if (!transaction())
        return std::nullopt;
    bool ok = !numbered || assignServerId(m_connectionName, m->localId, serverId);
    QSqlQuery q(connection(m_connectionName));
    q.prepare(QStringLiteral("UPDATE messages SET ts = ?, failure_reason = NULL,"
                             " state = CASE WHEN state IN (0, 4) THEN 1 ELSE state END WHERE id = ?"));
    q.addBindValue(timestamp);
    q.addBindValue(m->localId);
    ok = ok && run(q, "marking a message sent");
    if (!ok || !commit()) {
        rollback();
        return std::nullopt;
    }
    return m->localId;
}

std::optional<qint64> LocalStore::applyReceipt(const Receipt &receipt)
{
    const auto m = messageByClientId(receipt.clientId);
    if (!m || !m->outgoing)
        return std::nullopt;
    const auto next = MessageState(int(receipt.state));
    const bool numbered = m->serverId == 0;
    // Never backwards; a receipt also proves a message we thought pending or failed arrived.
    const bool advances = m->state == MessageState::Failed || int(m->state) < int(next);
    if (!numbered && !advances)
        return std::nullopt;
    if (!transaction())
        return std::nullopt;
    bool ok = !numbered || assignServerId(m_connectionName, m->localId, receipt.serverId);
    if (advances) {
        QSqlQuery q(connection(m_connectionName));
        q.prepare(QStringLiteral("UPDATE messages SET state = ?, failure_reason = NULL WHERE id = ?"));
        q.addBindValue(int(next));
        q.addBindValue(m->localId);
        ok = ok && run(q, "applying a receipt");
    }
    if (!ok || !commit()) {
        rollback();
        return std::nullopt;
    }
    return m->localId;
}

bool LocalStore::markFailed(qint64 localId, const QString &reason)
{
    QSqlQuery q(connection(m_connectionName));
    q.prepare(QStringLiteral("UPDATE messages SET state = 4, failure_reason = ? WHERE id = ? AND state = 0"));
    q.addBindValue(reason);
    q.addBindValue(localId);
    return run(q, "marking a message failed") && q.numRowsAffected() == 1;
}

bool LocalStore::markPendingAgain(qint64 localId)
{
    QSqlQuery q(connection(m_connectionName));
    q.prepare(QStringLiteral("UPDATE messages SET state = 0, failure_reason = NULL WHERE id = ? AND state = 4"));
    q.addBindValue(localId);
    return run(q, "retrying a message") && q.numRowsAffected() == 1;
}

// ---- incoming --------------------------------------------------------------------------------

QList<LocalStore::Incoming> LocalStore::addIncoming(const QList<ChatMessage> &messages, const QString &self)
{
    QList<Incoming> out;
    if (messages.isEmpty())
        return out;
    if (!transaction())
        return QList<Incoming>(messages.size());
    Writer w(m_connectionName);
    QSqlQuery again(connection(m_connectionName));
    again.prepare(QStringLiteral("UPDATE messages SET reported = 0 WHERE server_id = ? RETURNING id"));
    for (const ChatMessage &cm : messages) {
        StoredMessage m;
        m.serverId = cm.serverId;
        m.outgoing = cm.from == self;
        m.peer = m.outgoing ? cm.to : cm.from;
        m.state = m.outgoing ? MessageState::Sent : MessageState::Delivered;
        m.timestamp = cm.timestamp;
        m.content = cm.content;
        bool duplicate = false;
        const auto id = insertMessage(w, m, &duplicate);
        if (!id) {
            rollback();
            return QList<Incoming>(messages.size());
        }
        if (duplicate) {
            // Handed over again: the server has not seen our receipt, so it must be sent again.
            again.addBindValue(cm.serverId);
            qint64 existing = 0;
            if (run(again, "re-reporting a message") && again.next())
                existing = again.value(0).toLongLong();
            again.finish();
            out.append({existing, false});
            continue;
        }
        m.localId = *id;
        if (!touchConversation(w, m, !m.outgoing)) {
            rollback();
            return QList<Incoming>(messages.size());
        }
        out.append({*id, true});
    }
    if (!commit())
        return QList<Incoming>(messages.size());
    return out;
}

QList<qint64> LocalStore::markConversationRead(const QString &peer)
{
    QList<qint64> ids;
    if (!transaction())
        return ids;
    QSqlQuery q(connection(m_connectionName));
    q.prepare(QStringLiteral("UPDATE messages SET state = 3 WHERE peer = ? AND outgoing = 0 AND state = 2"
                             " RETURNING server_id"));
    q.addBindValue(peer);
    bool ok = run(q, "marking messages read");
    while (ok && q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    QSqlQuery c(connection(m_connectionName));
    c.prepare(QStringLiteral("UPDATE conversations SET unread_count = 0 WHERE peer = ?"));
    c.addBindValue(peer);
    ok = ok && run(c, "clearing the unread count");
    if (!ok || !commit()) {
        rollback();
        return {};
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<std::pair<qint64, MessageState>> LocalStore::unreportedReceipts(int limit) const
{
    QList<std::pair<qint64, MessageState>> out;
    QSqlQuery q(connection(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT server_id, state FROM messages WHERE outgoing = 0 AND reported < state"
                             " ORDER BY id LIMIT ?"));
    q.addBindValue(limit);
    if (!run(q, "reading unreported receipts"))
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), MessageState(q.value(1).toInt())});
    return out;
}

bool LocalStore::setReported(const QList<qint64> &serverIds, MessageState state)
{
    if (serverIds.isEmpty())
        return true;
    if (!transaction())
        return false;
    QSqlQuery q(connection(m_connectionName));
    q.prepare(QStringLiteral("UPDATE messages SET reported = MAX(reported, ?) WHERE server_id = ?"));
    for (qint64 id : serverIds) {
        q.addBindValue(int(state));
        q.addBindValue(id);
        if (!run(q, "recording a receipt")) {
            rollback();
            return false;
        }
    }
    return commit();
}

} // namespace natter::client
