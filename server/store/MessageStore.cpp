#include "store/MessageStore.h"

#include "store/Database.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace natter::server {

std::optional<MessageStore::Accepted> MessageStore::accept(UserId sender, UserId receiver,
                                                           const QString &clientId,
                                                           const QByteArray &payload, qint64 now)
{
    Database::WriteScope write(m_db);
    if (!write.ready())
        return std::nullopt;
    QSqlQuery &insert = m_db.prepared(QStringLiteral(
        "INSERT INTO messages (sender_id, receiver_id, client_id, created_ms, payload)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (sender_id, client_id) DO NOTHING RETURNING id"));
    insert.addBindValue(sender);
    insert.addBindValue(receiver);
    insert.addBindValue(clientId);
    insert.addBindValue(now);
    insert.addBindValue(QString::fromUtf8(payload));
    if (!insert.exec()) {
        qCWarning(lcStore) << "storing a message failed:" << insert.lastError().text();
        return std::nullopt;
    }
    if (insert.next()) {
        const qint64 id = insert.value(0).toLongLong();
        insert.finish();
        if (!write.commit())
            return std::nullopt;
        return Accepted {id, now, false, sender};
    }
    insert.finish();
    write.commit(); // nothing was written

    QSqlQuery &select = m_db.prepared(QStringLiteral("SELECT id, created_ms FROM messages WHERE sender_id = ? AND client_id = ?"));
    select.addBindValue(sender);
    select.addBindValue(clientId);
    if (!select.exec() || !select.next()) {
        qCWarning(lcStore) << "reading back a duplicate message failed:" << select.lastError().text();
        return std::nullopt;
    }
    Accepted duplicate {select.value(0).toLongLong(), select.value(1).toLongLong(), true, sender};
    select.finish();
    return duplicate;
}

QList<QueuedMessage> MessageStore::queuedFor(UserId receiver, qint64 afterId, int limit)
{
    QList<QueuedMessage> out;
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT id, sender_id, created_ms, payload FROM messages"
                                                " WHERE receiver_id = ? AND state = 1 AND id > ? ORDER BY id LIMIT ?"));
    q.addBindValue(receiver);
    q.addBindValue(afterId);
    q.addBindValue(limit);
    if (!q.exec()) {
        qCWarning(lcStore) << "reading queued messages failed:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                    q.value(3).toString().toUtf8()});
    q.finish();
    return out;
}

QList<PendingReceipt> MessageStore::receiptsFor(UserId sender, qint64 afterId, int limit)
{
    QList<PendingReceipt> out;
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT id, receiver_id, client_id, state, state_ms FROM messages"
                                                " WHERE sender_id = ? AND id > ? AND state > sender_state ORDER BY id LIMIT ?"));
    q.addBindValue(sender);
    q.addBindValue(afterId);
    q.addBindValue(limit);
    if (!q.exec()) {
        qCWarning(lcStore) << "reading pending receipts failed:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out.append({q.value(0).toLongLong(), sender, q.value(1).toLongLong(), q.value(2).toString(),
                    protocol::DeliveryState(q.value(3).toInt()), q.value(4).toLongLong()});
    q.finish();
    return out;
}

MessageStore::Advanced MessageStore::advance(UserId receiver, const QList<qint64> &ids,
                                             protocol::DeliveryState state, qint64 now)
{
    Advanced result;
    Database::WriteScope write(m_db);
    if (!write.ready())
        return {{}, {}, true};
    QSqlQuery &select = m_db.prepared(QStringLiteral("SELECT receiver_id, state, sender_id, client_id FROM messages WHERE id = ?"));
    QSqlQuery &update = m_db.prepared(QStringLiteral("UPDATE messages SET state = ?, state_ms = ?, payload = NULL WHERE id = ?"));
    for (qint64 id : ids) {
        select.addBindValue(id);
        if (!select.exec()) {
            qCWarning(lcStore) << "reading a message failed:" << select.lastError().text();
            return {{}, {}, true};
        }
        if (!select.next() || select.value(0).toLongLong() != receiver) {
            select.finish();
            result.rejected.append(id);
            continue;
        }
        const int current = select.value(1).toInt();
        const UserId sender = select.value(2).toLongLong();
        const QString clientId = select.value(3).toString();
        select.finish();
        if (current >= int(state))
            continue; // never backwards; a repeated report changes nothing
        update.addBindValue(int(state));
        update.addBindValue(now);
        update.addBindValue(id);
        if (!update.exec()) {
            qCWarning(lcStore) << "recording a receipt failed:" << update.lastError().text();
            return {{}, {}, true};
        }
        result.changed.append({id, sender, receiver, clientId, state, now});
    }
    if (!write.commit())
        return {{}, {}, true};
    return result;
}

MessageStore::Acknowledged MessageStore::acknowledge(UserId sender, const QList<qint64> &ids,
                                                     protocol::DeliveryState state)
{
    Acknowledged result;
    Database::WriteScope write(m_db);
    if (!write.ready())
        return {{}, true};
    QSqlQuery &select = m_db.prepared(QStringLiteral("SELECT sender_id, state, sender_state FROM messages WHERE id = ?"));
    QSqlQuery &update = m_db.prepared(QStringLiteral("UPDATE messages SET sender_state = ? WHERE id = ?"));
    QSqlQuery &drop = m_db.prepared(QStringLiteral("DELETE FROM messages WHERE id = ?"));
    for (qint64 id : ids) {
        select.addBindValue(id);
        if (!select.exec()) {
            qCWarning(lcStore) << "reading a message failed:" << select.lastError().text();
            return {{}, true};
        }
        if (!select.next() || select.value(0).toLongLong() != sender) {
            select.finish();
            result.rejected.append(id);
            continue;
        }
        const int current = select.value(1).toInt();
        const int known = select.value(2).toInt();
        select.finish();
        // The sender cannot have seen more than happened.
        const int acked = std::min(int(state), current);
        if (acked <= known)
            continue;
        // Once the sender knows it was read, the row has nothing left to do.
        QSqlQuery &q = acked == int(protocol::DeliveryState::Read) ? drop : update;
        if (&q == &update)
            q.addBindValue(acked);
        q.addBindValue(id);
        if (!q.exec()) {
            qCWarning(lcStore) << "acknowledging a receipt failed:" << q.lastError().text();
            return {{}, true};
        }
    }
    if (!write.commit())
        return {{}, true};
    return result;
}

int MessageStore::purgeOlderThan(qint64 cutoff)
{
    Database::WriteScope write(m_db);
    if (!write.ready())
        return 0;
    // Only rows whose receiver has the message: an undelivered message waits for its receiver
    // however long that takes (it was acked, so it is never dropped).
    QSqlQuery &q = m_db.prepared(QStringLiteral("DELETE FROM messages WHERE state >= 2 AND state_ms < ?"));
    q.addBindValue(cutoff);
    if (!q.exec()) {
        qCWarning(lcStore) << "purging old messages failed:" << q.lastError().text();
        return 0;
    }
    const int n = q.numRowsAffected();
    return write.commit() ? n : 0;
}

} // namespace natter::server
