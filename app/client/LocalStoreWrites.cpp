#include "client/LocalStore.h"

#include "client/ClientLog.h"
#include "client/LocalStoreSql.h"

#include <QSqlError>

// The writes of LocalStore: every one in a transaction that commits before it returns.
namespace natter::client {

using namespace natter::protocol;
using namespace natter::client::sql;

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
            " ts, sort_key, kind, text, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, COALESCE(?, "
            "''), ?)"
            " ON CONFLICT DO NOTHING"));
        order.prepare(QStringLiteral("UPDATE messages SET sort_key = ? WHERE id = ?"));
        touch.prepare(
            QStringLiteral("INSERT INTO conversations (peer, display_name, last_activity, "
                           "last_preview, last_message_id,"
                           " last_sort_key, unread_count, message_count)"
                           " VALUES (?, COALESCE((SELECT name FROM contacts WHERE phone = ?), ''), "
                           "?, COALESCE(?, ''), ?, ?, ?, 1)"
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
    q.addBindValue(
        m.serverId > 0 ? QVariant(m.serverId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(
        m.clientId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(m.clientId));
    q.addBindValue(m.peer);
    q.addBindValue(m.outgoing);
    q.addBindValue(int(m.state));
    q.addBindValue(m.failureReason.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                             : QVariant(m.failureReason));
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
    q.prepare(QStringLiteral(
        "UPDATE messages SET server_id = ?, sort_key = ? WHERE id = ? AND server_id IS NULL"));
    q.addBindValue(serverId);
    q.addBindValue(serverId);
    q.addBindValue(localId);
    if (!run(q, "numbering a message"))
        return false;
    QSqlQuery c(connection(connectionName));
    c.prepare(
        QStringLiteral("UPDATE conversations SET last_sort_key = ? WHERE last_message_id = ?"));
    c.addBindValue(serverId);
    c.addBindValue(localId);
    return run(c, "re-ordering a conversation");
}

// ---- outgoing --------------------------------------------------------------------------------

qint64 LocalStore::addOutgoing(const QString &peer, const QString &clientId,
    const MessageContent &content, qint64 localTimestamp)
{
    return addFailedOutgoing(peer, clientId, content, localTimestamp, {});
}

qint64 LocalStore::addFailedOutgoing(const QString &peer, const QString &clientId,
    const MessageContent &content, qint64 localTimestamp, const QString &reason)
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

qint64 LocalStore::addOutgoingFile(const QString &peer, const QString &clientId,
    const MessageContent &content, qint64 localTimestamp, const TransferRecord &transfer)
{
    if (!transaction())
        return 0;
    StoredMessage m;
    m.clientId = clientId;
    m.peer = peer;
    m.outgoing = true;
    m.state = MessageState::Pending;
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
    TransferRecord record = transfer;
    record.localId = *id;
    if (!touchConversation(w, m, false) || !saveTransfer(record) || !commit()) {
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
    // A file message goes once its upload is done, but not before an earlier file message of
    // the same chat that is still being prepared or uploaded: files arrive in the order they
    // were sent, whichever upload finishes first. Texts are not held back by files.
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE state = 0"
                             " AND (t_state IS NULL OR (t_state = 6 AND NOT EXISTS ("
                             "SELECT 1 FROM messages e JOIN transfers et ON et.message_id = e.id"
                             " WHERE e.peer = messages.peer AND e.id < messages.id"
                             " AND e.outgoing = 1 AND e.state = 0 AND et.t_state IN (1, 2, 4))))"
                             " ORDER BY id LIMIT ?")
                  .arg(kMessageColumns, kMessageSource));
    q.addBindValue(limit);
    if (!run(q, "reading the outbox"))
        return out;
    while (q.next())
        out.append(readMessage(q));
    return out;
}

std::optional<qint64> LocalStore::markSent(
    const QString &clientId, qint64 serverId, qint64 timestamp)
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
    q.prepare(
        QStringLiteral("UPDATE messages SET ts = ?, failure_reason = NULL,"
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
        q.prepare(
            QStringLiteral("UPDATE messages SET state = ?, failure_reason = NULL WHERE id = ?"));
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
    q.prepare(QStringLiteral(
        "UPDATE messages SET state = 4, failure_reason = ? WHERE id = ? AND state = 0"));
    q.addBindValue(reason);
    q.addBindValue(localId);
    return run(q, "marking a message failed") && q.numRowsAffected() == 1;
}

bool LocalStore::markPendingAgain(qint64 localId)
{
    QSqlQuery q(connection(m_connectionName));
    q.prepare(QStringLiteral(
        "UPDATE messages SET state = 0, failure_reason = NULL WHERE id = ? AND state = 4"));
    q.addBindValue(localId);
    return run(q, "retrying a message") && q.numRowsAffected() == 1;
}

// ---- incoming --------------------------------------------------------------------------------

QList<LocalStore::Incoming> LocalStore::addIncoming(
    const QList<ChatMessage> &messages, const QString &self)
{
    QList<Incoming> out;
    if (messages.isEmpty())
        return out;
    if (!transaction())
        return QList<Incoming>(messages.size());
    Writer w(m_connectionName);
    QSqlQuery again(connection(m_connectionName));
    again.prepare(
        QStringLiteral("UPDATE messages SET reported = 0 WHERE server_id = ? RETURNING id"));
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
    q.prepare(
        QStringLiteral("UPDATE messages SET state = 3 WHERE peer = ? AND outgoing = 0 AND state = 2"
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
    q.prepare(QStringLiteral(
        "SELECT server_id, state FROM messages WHERE outgoing = 0 AND reported < state"
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
    q.prepare(
        QStringLiteral("UPDATE messages SET reported = MAX(reported, ?) WHERE server_id = ?"));
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
