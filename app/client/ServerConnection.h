#pragma once

#include "client/ReconnectBackoff.h"
#include "protocol/FrameCodec.h"

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

namespace natter::client {

// The one WebSocket to natterd: says hello, decodes every server frame, detects dead links
// with WebSocket pings and reconnects with exponential backoff and jitter until close().
// Authentication is the caller's job: it sends its auth frame when ready() is emitted.
class ServerConnection final : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
public:
    enum class State {
        Idle, // not connected and not trying (before open() or after close())
        Waiting, // lost or failed; the next attempt is scheduled (see retryIn())
        Connecting, // the WebSocket handshake is running
        Handshaking, // connected, hello sent, waiting for welcome
        Ready, // welcome received: frames may be sent
    };
    Q_ENUM(State)

    explicit ServerConnection(QObject *parent = nullptr);
    ~ServerConnection() override;
    Q_DISABLE_COPY_MOVE(ServerConnection)

    // The server's ws:// or wss:// URL; a change while open reconnects to the new address.
    void setUrl(const QUrl &url);
    QUrl url() const { return m_url; }

    // Connects now and keeps the connection up (reconnecting on loss) until close().
    void open();
    // Closes the socket and stops reconnecting.
    void close();
    // Skips the remaining backoff wait and tries at once (e.g. the network came back).
    void reconnectNow();
    // Drops the current socket (as a dead link would) and reconnects by backoff.
    void abortConnection();

    State state() const { return m_state; }
    bool isReady() const { return m_state == State::Ready; }
    // Milliseconds until the next attempt while Waiting, else -1.
    int retryIn() const;
    // Connection attempts that failed since the last successful welcome.
    int failedAttempts() const { return m_backoff.attempts(); }
    // Limits and version the server announced in its welcome.
    const protocol::Welcome &welcome() const { return m_welcome; }

    // Encodes and sends a frame; false (nothing sent) unless Ready.
    bool send(const protocol::ClientFrame &frame, const QJsonValue &rid = {});
    // Sends one binary message (a file chunk); false (nothing sent) unless Ready.
    bool sendBinary(const QByteArray &message);
    // Bytes queued in the socket and not yet handed to the network (0 when not connected).
    qint64 bytesToWrite() const;

    // Tuning (defaults: 0.5 s doubling to 60 s ±25 %; ping every 15 s, dead after 10 s
    // without pong; 20 s for the WebSocket handshake and welcome).
    void setBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds maximum);
    void setKeepAlive(
        std::chrono::milliseconds pingInterval, std::chrono::milliseconds pongTimeout);
    void setConnectTimeout(std::chrono::milliseconds timeout);

signals:
    void stateChanged(natter::client::ServerConnection::State state);
    // hello/welcome done: the caller authenticates now.
    void ready(const natter::protocol::Welcome &welcome);
    // Every decoded frame the server sent after welcome, with the request id it echoed.
    void frameReceived(const natter::protocol::ServerFrame &frame, const QJsonValue &rid);
    // A binary message (a download chunk) arrived after welcome.
    void binaryReceived(const QByteArray &message);
    // The socket handed `bytes` to the network (room in the send buffer again).
    void bytesWritten(qint64 bytes);
    // The connection was lost or an attempt failed; `reason` is human-readable (translated).
    // `wasReady` says whether it had reached Ready.
    void disconnected(const QString &reason, bool wasReady);
    // The next attempt is in `delayMs` milliseconds.
    void reconnectScheduled(int delayMs);
    // The server sent something this client could not decode (the frame is dropped).
    void protocolError(const QString &message);

private:
    void setState(State state);
    void startAttempt();
    void scheduleRetry(const QString &reason);
    void onConnected();
    void onDisconnected();
    void onText(const QString &text);
    void onPong(quint64 elapsed, const QByteArray &payload);
    void sendPing();
    // Drops the socket; `graceful` closes a connected one with a close handshake first.
    void releaseSocket(bool graceful);

    QWebSocket *m_socket = nullptr;
    protocol::FrameCodec m_codec;
    protocol::Welcome m_welcome;
    QUrl m_url;
    State m_state = State::Idle;
    bool m_wanted = false;
    ReconnectBackoff m_backoff;
    QTimer m_retryTimer;
    QTimer m_pingTimer;
    QTimer m_pongTimer;
    QTimer m_connectTimer;
};

} // namespace natter::client
