#pragma once

#include "protocol/Frames.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QTimer>

namespace natter::client {

class LocalStore;
class ServerConnection;

// The incoming half of ChatClient: stores incoming messages (de-duplicated by server id) and
// receipts for our own messages, in one transaction per event-loop turn, and only after the
// commit tells the server (`delivered`, `receipt_ack`). Also sends `read` for markRead().
// Internal to the client library.
class Inbox final : public QObject
{
    Q_OBJECT
public:
    explicit Inbox(ServerConnection &connection, QObject *parent = nullptr);
    ~Inbox() override;
    Q_DISABLE_COPY_MOVE(Inbox)

    void setStore(LocalStore *store, const QString &self);
    // Online: receipts that could not be sent before go out now.
    void setOnline(bool online);

    // Queued and handled together at the end of this event-loop turn (or at flush()).
    void handleMessage(const protocol::ChatMessage &message);
    void handleReceipt(const protocol::Receipt &receipt);
    // Handles what is queued now (before a frame that must see its effects).
    void flush();

    // Marks the conversation read and tells the server.
    void markRead(const QString &peer);

    // The server confirmed (`done`) or refused (`error`) a report this class sent; false when
    // the rid is not one of ours.
    bool handleDone(const QJsonValue &rid);
    bool handleError(const protocol::Error &error, const QJsonValue &rid);

signals:
    void messageAdded(const QString &peer, qint64 localId);
    void messageChanged(const QString &peer, qint64 localId);
    void conversationChanged(const QString &peer);
    void unreadChanged();
    // A message from `peer` was stored (new, not a duplicate).
    void messageFrom(const QString &peer);

private:
    void processMessages();
    void processReceipts();
    // Sends `delivered`/`read` for what the server has not been told yet.
    void reportReceipts();
    // Sends `read` or `delivered` for these ids, each frame with a rid; false if the
    // connection is not ready.
    bool sendIds(bool read, const QList<qint64> &ids);

    struct Report
    {
        QList<qint64> ids;
        bool read = false;
    };

    ServerConnection &m_connection;
    LocalStore *m_store = nullptr;
    QString m_self;
    bool m_online = false;
    QList<protocol::ChatMessage> m_messages;
    QList<protocol::Receipt> m_receipts;
    QTimer m_flushTimer;
    // Reports on their way: recorded as reported only when the server says `done`, so one lost
    // with the connection (or refused for now) goes out again. One page at a time.
    QHash<QString, Report> m_reports;
    quint64 m_nextReport = 0;
    QTimer m_retryTimer;
};

} // namespace natter::client
