#pragma once

#include "protocol/Frames.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace natter::client {

class LocalStore;
class ServerConnection;
struct TransferRecord;

// The outgoing half of ChatClient: stores every new message as Pending first, sends pending
// rows (oldest first, same client id on every attempt) whenever the session is online, and
// applies the server's acks and refusals. Internal to the client library.
class Outbox final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kWindow = 100; // messages sent and not yet acknowledged, at most

    explicit Outbox(ServerConnection &connection, QObject *parent = nullptr);
    ~Outbox() override;
    Q_DISABLE_COPY_MOVE(Outbox)

    void setStore(LocalStore *store);
    // Online: pending rows go out now and as they are added. Offline: they wait.
    void setOnline(bool online);

    // Stores the text as Pending (or Failed when over the limit) and sends it if online.
    // Returns the local id, 0 if nothing was stored.
    qint64 sendText(const QString &peer, const QString &text);
    // Stores a location or contact message as Pending and sends it if online (the caller has
    // validated it). Returns the local id, 0 if nothing was stored.
    qint64 sendContent(const QString &peer, const protocol::MessageContent &content);
    // Stores a media/document message as Pending with its transfer; it goes out only once the
    // transfer is Done (texts written after it do not wait for it). Returns the local id.
    qint64 addFile(const QString &peer, const protocol::MessageContent &content,
        const TransferRecord &transfer);
    // Puts a Failed message back into the outbox.
    bool retry(qint64 localId);
    // Sends every pending message that is not already on its way on this connection.
    void flush();

    void handleAck(const protocol::Ack &ack);
    // Returns true if the error answered one of our sends.
    bool handleError(const protocol::Error &error);
    // Messages sent on the current connection and not yet acked.
    int inFlight() const { return int(m_inFlight.size()); }

signals:
    void messageAdded(const QString &peer, qint64 localId);
    void messageChanged(const QString &peer, qint64 localId);
    void conversationChanged(const QString &peer);

private:
    bool sendRow(qint64 localId, const QString &clientId, const QString &peer,
        const protocol::MessageContent &content);

    ServerConnection &m_connection;
    LocalStore *m_store = nullptr;
    bool m_online = false;
    QSet<QString> m_inFlight; // client ids sent on this connection
    QTimer m_retryTimer; // after a transient refusal (server busy or failing)
};

} // namespace natter::client
