#pragma once

#include "protocol/FrameCodec.h"
#include "session/RateLimiter.h"
#include "store/AccountStore.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QWebSocket;

namespace natter::server {

// One client connection: decodes its frames, tracks who it is logged in as, and writes frames
// back. What a frame does is decided by the handlers the dispatcher routes it to.
class Session final : public QObject
{
    Q_OBJECT
public:
    enum class State { AwaitingHello, Unauthenticated, Authenticating, Authenticated };
    using Dispatcher = std::function<void(Session &, protocol::Decoded<protocol::ClientFrame> &&)>;
    // Binary messages (file chunks) of a logged-in session; before login they are refused here.
    using BinaryDispatcher = std::function<void(Session &, const QByteArray &)>;

    Session(QWebSocket *socket, const protocol::FrameCodec &codec, Dispatcher dispatcher,
            int helloTimeoutMs, QObject *parent = nullptr);
    ~Session() override;
    Q_DISABLE_COPY_MOVE(Session)

    void setBinaryDispatcher(BinaryDispatcher dispatcher) { m_binaryDispatcher = std::move(dispatcher); }

    State state() const { return m_state; }
    void setState(State state) { m_state = state; }

    // Set on login/resume; cleared on logout.
    void authenticate(UserId user, const QString &phone, const QByteArray &tokenHash);
    void deauthenticate();
    UserId user() const { return m_user; }
    const QString &phone() const { return m_phone; }
    const QByteArray &tokenHash() const { return m_tokenHash; }

    // Where the current catch-up (getMessage) has got to; reset on every login.
    qint64 messageCursor = 0;
    qint64 receiptCursor = 0;

    void send(const protocol::ServerFrame &frame, const QJsonValue &rid = {});
    void sendEncoded(const QByteArray &json);
    void sendError(protocol::ErrorCode code, const QString &message, const QJsonValue &rid = {},
                   const QString &clientId = {}, const QList<qint64> &ids = {});
    // A file chunk; bytesToWrite() says how much is still queued for the socket, so a download
    // sends its next chunk only when little is (bytesWritten() tells when to look again).
    void sendBinary(const QByteArray &message);
    qint64 bytesToWrite() const;
    bool isOpen() const;
    void close(int closeCode, const QString &reason);
    QString peerDescription() const;
    QString peerAddress() const;

signals:
    void closed(natter::server::Session *session);
    void bytesWritten();

private:
    void onText(const QString &text);
    void onBinary(const QByteArray &data);

    QPointer<QWebSocket> m_socket;
    const protocol::FrameCodec &m_codec;
    Dispatcher m_dispatcher;
    BinaryDispatcher m_binaryDispatcher;
    QTimer m_helloTimer;
    // 2,000 frames at once, 500 a second sustained: far above what a person's app sends,
    // far below what would let one connection starve the others.
    TokenBucket m_frameBudget {2000, 500};
    static constexpr qsizetype kRefusalParseLimit = 4096;
    State m_state = State::AwaitingHello;
    UserId m_user = 0;
    QString m_phone;
    QByteArray m_tokenHash;
};

} // namespace natter::server
