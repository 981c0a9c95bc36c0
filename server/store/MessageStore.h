#pragma once

#include "protocol/Frames.h"
#include "store/AccountStore.h"

#include <QList>
#include <QString>

#include <optional>

namespace natter::server {

class Database;

// A message waiting for its receiver.
struct QueuedMessage
{
    qint64 serverId = 0;
    UserId senderId = 0;
    qint64 timestamp = 0;
    QByteArray payload; // the content as JSON (see protocol::writeContent)
};

// A state change the sender has not acknowledged yet.
struct PendingReceipt
{
    qint64 serverId = 0;
    UserId senderId = 0;
    UserId receiverId = 0;
    QString clientId;
    protocol::DeliveryState state = protocol::DeliveryState::Delivered;
    qint64 timestamp = 0;
};

// The store-and-forward queue: a message is kept (with its content) until its receiver
// acknowledges it, and (without its content) until its sender has learnt it was read, or until
// the retention period ends. Every method commits before it returns.
class MessageStore final
{
public:
    explicit MessageStore(Database &db) : m_db(db) { }
    Q_DISABLE_COPY_MOVE(MessageStore)

    struct Accepted
    {
        qint64 serverId = 0;
        qint64 timestamp = 0;
        bool duplicate = false; // the same client_id was accepted before: same ack, no new delivery
        UserId senderId = 0;
    };
    // Persists a message; nullopt when the database failed (nothing was stored).
    std::optional<Accepted> accept(UserId sender, UserId receiver, const QString &clientId,
                                   const QByteArray &payload, qint64 now);

    // Messages for `receiver` not yet delivered, oldest first, with ids above `afterId`.
    QList<QueuedMessage> queuedFor(UserId receiver, qint64 afterId, int limit);
    // Receipts for `sender` not yet acknowledged, oldest first, with ids above `afterId`.
    QList<PendingReceipt> receiptsFor(UserId sender, qint64 afterId, int limit);

    struct Advanced
    {
        QList<PendingReceipt> changed; // rows whose state moved forward: tell their senders
        QList<qint64> rejected; // ids that are not this receiver's (or no longer exist)
        bool failed = false;
    };
    // The receiver reports `state` (Delivered or Read) for these messages.
    Advanced advance(UserId receiver, const QList<qint64> &ids, protocol::DeliveryState state, qint64 now);

    struct Acknowledged
    {
        QList<qint64> rejected;
        bool failed = false;
    };
    // The sender confirms it has seen `state` for these messages; finished rows are dropped.
    Acknowledged acknowledge(UserId sender, const QList<qint64> &ids, protocol::DeliveryState state);

    // Drops the rows of messages delivered or read before `cutoff` whose sender has not
    // acknowledged the receipt (an undelivered message is never dropped); returns how many.
    int purgeOlderThan(qint64 cutoff);

private:
    Database &m_db;
};

} // namespace natter::server
