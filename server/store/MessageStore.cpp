#include "store/MessageStore.h"

#include "store/Database.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace natter::server {

namespace {
// Commits on success and rolls back otherwise, whichever way the scope is left.
class Transaction
{
public:
    explicit Transaction(Database &db) : m_db(db), m_open(db.transaction()) { }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool isOpen() const { return m_open; }
    bool commit()
    {
        m_open = false;
        if (m_db.commit())
            return true;
        m_db.rollback();
        return false;
    }

private:
    Database &m_db;
    bool m_open;
};
} // namespace

std::optional<MessageStore::Accepted> MessageStore::accept(UserId sender, UserId receiver,
                                                           const QString &clientId,
                                                           const QByteArray &payload, qint64 now)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("INSERT INTO messages (sender_id, receiver_id, client_id, created_ms, payload)"
                             " VALUES (?, ?, ?, ?, ?) ON CONFLICT (sender_id, client_id) DO NOTHING"
                             " RETURNING id"));
    q.addBindValue(sender);
    q.addBindValue(receiver);
    q.addBindValue(clientId);
    q.addBindValue(now);
    q.addBindValue(QString::fromUtf8(payload));
    if (!q.exec()) {
        qCWarning(lcStore) << "storing a message failed:" << q.lastError().text();
        return std::nullopt;
    }
    if (q.next())
        return Accepted {q.value(0).toLongLong(), now, false};
    q.finish();

    q.prepare(QStringLiteral("SELECT id, created_ms FROM messages WHERE sender_id = ? AND client_id = ?"));
    q.addBindValue(sender);
    q.addBindValue(clientId);
    if (!q.exec() || !q.next()) {
        qCWarning(lcStore) << "reading back a duplicate message failed:" << q.lastError().text();
        return std::nullopt;
    }
    return Accepted {q.value(0).toLongLong(), q.value(1).toLongLong(), true};
}

QList<QueuedMessage> MessageStore::queuedFor(UserId receiver, qint64 afterId, int limit)
{
    QList<QueuedMessage> out;
    QSqlQuery q(m_db.handle());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, sender_id, created_ms, payload FROM messages"
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
    return out;
}

QList<PendingReceipt> MessageStore::receiptsFor(UserId sender, qint64 afterId, int limit)
{
    QList<PendingReceipt> out;
    QSqlQuery q(m_db.handle());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, receiver_id, client_id, state, state_ms FROM messages"
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
    return out;
}

MessageStore::Advanced MessageStore::advance(UserId receiver, const QList<qint64> &ids,
                                             protocol::DeliveryState state, qint64 now)
{
    Advanced result;
    Transaction tx(m_db);
    QSqlQuery select(m_db.handle());
    select.prepare(QStringLiteral("SELECT receiver_id, state, sender_id, client_id FROM messages WHERE id = ?"));
    QSqlQuery update(m_db.handle());
    update.prepare(QStringLiteral("UPDATE messages SET state = ?, state_ms = ?, payload = NULL WHERE id = ?"));
    for (qint64 id : ids) {
        select.addBindValue(id);
        if (!select.exec()) {
            result.failed = true;
            break;
        }
        if (!select.next() || select.value(0).toLongLong() != receiver) {
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
            result.failed = true;
            break;
        }
        result.changed.append({id, sender, receiver, clientId, state, now});
    }
    if (result.failed || !tx.commit()) {
        qCWarning(lcStore) << "recording receipts failed:" << update.lastError().text()
                           << select.lastError().text();
        return {{}, {}, true};
    }
    return result;
}

MessageStore::Acknowledged MessageStore::acknowledge(UserId sender, const QList<qint64> &ids,
                                                     protocol::DeliveryState state)
{
    Acknowledged result;
    Transaction tx(m_db);
    QSqlQuery select(m_db.handle());
    select.prepare(QStringLiteral("SELECT sender_id, state, sender_state FROM messages WHERE id = ?"));
    QSqlQuery update(m_db.handle());
    update.prepare(QStringLiteral("UPDATE messages SET sender_state = ? WHERE id = ?"));
    QSqlQuery drop(m_db.handle());
    drop.prepare(QStringLiteral("DELETE FROM messages WHERE id = ?"));
    for (qint64 id : ids) {
        select.addBindValue(id);
        if (!select.exec()) {
            result.failed = true;
            break;
        }
        if (!select.next() || select.value(0).toLongLong() != sender) {
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
        QSqlQuery &q = acked == int(protocol::DeliveryState::Read) ? drop : update;
        if (&q == &update)
            q.addBindValue(acked);
        q.addBindValue(id);
        if (!q.exec()) {
            result.failed = true;
            break;
        }
    }
    if (result.failed || !tx.commit()) {
        qCWarning(lcStore) << "acknowledging receipts failed";
        return {{}, true};
    }
    return result;
}

int MessageStore::purgeOlderThan(qint64 cutoff)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("DELETE FROM messages WHERE created_ms < ?"));
    q.addBindValue(cutoff);
    if (!q.exec()) {
        qCWarning(lcStore) << "purging old messages failed:" << q.lastError().text();
        return 0;
    }
    return q.numRowsAffected();
}

} // namespace natter::server
