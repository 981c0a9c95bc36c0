#include "session/Session.h"

#include <QLoggingCategory>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcSession, "natter.server.session")

namespace natter::server {

using namespace natter::protocol;

Session::Session(QWebSocket *socket, const FrameCodec &codec, Dispatcher dispatcher,
                 int helloTimeoutMs, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_codec(codec)
    , m_dispatcher(std::move(dispatcher))
{
    socket->setParent(this);
    connect(socket, &QWebSocket::textMessageReceived, this, &Session::onText);
    connect(socket, &QWebSocket::binaryMessageReceived, this, &Session::onBinary);
    connect(socket, &QWebSocket::disconnected, this, [this] { emit closed(this); });
    connect(socket, &QWebSocket::bytesWritten, this, &Session::bytesWritten);

    // A connection that never logs in must not hold a slot for ever.
    m_helloTimer.setSingleShot(true);
    m_helloTimer.setInterval(helloTimeoutMs);
    connect(&m_helloTimer, &QTimer::timeout, this, [this] {
        if (m_state != State::Authenticated)
            close(int(QWebSocketProtocol::CloseCodePolicyViolated), QStringLiteral("login timeout"));
    });
    m_helloTimer.start();
}

Session::~Session() = default;

void Session::authenticate(UserId user, const QString &phone, const QByteArray &tokenHash)
{
    m_user = user;
    m_phone = phone;
    m_tokenHash = tokenHash;
    m_state = State::Authenticated;
    messageCursor = 0;
    receiptCursor = 0;
    m_helloTimer.stop();
}

void Session::deauthenticate()
{
    m_user = 0;
    m_phone.clear();
    m_tokenHash.clear();
    m_state = State::Unauthenticated;
    m_helloTimer.start();
}

void Session::send(const ServerFrame &frame, const QJsonValue &rid)
{
    sendEncoded(m_codec.encode(frame, rid));
}

void Session::sendEncoded(const QByteArray &json)
{
    if (m_socket && m_socket->isValid())
        m_socket->sendTextMessage(QString::fromUtf8(json));
}

void Session::sendError(ErrorCode code, const QString &message, const QJsonValue &rid,
                        const QString &clientId, const QList<qint64> &ids)
{
    send(Error {code, message, clientId, ids, {}, 0}, rid);
}

void Session::sendBinary(const QByteArray &message)
{
    if (m_socket && m_socket->isValid())
        m_socket->sendBinaryMessage(message);
}

qint64 Session::bytesToWrite() const
{
    return m_socket ? m_socket->bytesToWrite() : 0;
}

bool Session::isOpen() const
{
    return m_socket && m_socket->isValid() && m_socket->state() == QAbstractSocket::ConnectedState;
}

void Session::close(int closeCode, const QString &reason)
{
    if (m_socket)
        m_socket->close(QWebSocketProtocol::CloseCode(closeCode), reason);
}

QString Session::peerDescription() const
{
    if (!m_socket)
        return QStringLiteral("(closed)");
    return m_socket->peerAddress().toString() + u':' + QString::number(m_socket->peerPort());
}

QString Session::peerAddress() const
{
    return m_socket ? m_socket->peerAddress().toString() : QString();
}

void Session::onText(const QString &text)
{
    const bool withinBudget = m_frameBudget.take();
    // Over the budget only a small frame is parsed, just to name it in the refusal (so the
    // client knows what to send again); a flood of big frames costs no parsing at all.
    if (!withinBudget && text.size() > kRefusalParseLimit) {
        sendError(ErrorCode::RateLimited, QStringLiteral("too many frames; slow down"));
        return;
    }
    auto result = m_codec.decodeClient(text.toUtf8());
    if (auto *error = std::get_if<DecodeError>(&result)) {
        qCDebug(lcSession) << peerDescription() << "refused a frame:" << toWireName(error->code);
        if (withinBudget)
            sendError(error->code, error->message, error->rid, error->clientId);
        return;
    }
    auto decoded = std::get<Decoded<ClientFrame>>(std::move(result));
    if (!withinBudget) {
        const auto *send = std::get_if<Send>(&decoded.frame);
        sendError(ErrorCode::RateLimited, QStringLiteral("too many frames; slow down"), decoded.rid,
                  send ? send->clientId : QString());
        return;
    }
    m_dispatcher(*this, std::move(decoded));
}

void Session::onBinary(const QByteArray &data)
{
    if (!m_frameBudget.take())
        return;
    if (m_state == State::Authenticated && m_binaryDispatcher) {
        m_binaryDispatcher(*this, data);
        return;
    }
    sendError(ErrorCode::UnexpectedBinary, QStringLiteral("no file transfer is in progress on this connection"));
}

} // namespace natter::server
