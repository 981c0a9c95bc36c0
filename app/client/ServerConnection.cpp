#include "client/ServerConnection.h"

#include "client/ClientLog.h"
#include "protocol/ProtocolVersion.h"

namespace natter::client {

using namespace natter::protocol;
using namespace std::chrono_literals;

namespace {
// A client accepts what the server may send (its limits are only known after welcome).
constexpr qint64 kMaxIncomingBytes = 16 * kMiB + 64 * 1024;
} // namespace

ServerConnection::ServerConnection(QObject *parent)
    : QObject(parent)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ServerConnection::startAttempt);
    m_pingTimer.setInterval(15s);
    connect(&m_pingTimer, &QTimer::timeout, this, &ServerConnection::sendPing);
    m_pongTimer.setSingleShot(true);
    m_pongTimer.setInterval(10s);
    connect(&m_pongTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcClientNet) << "no pong within" << m_pongTimer.interval()
                            << "ms; dropping the connection";
        abortConnection();
    });
    m_connectTimer.setSingleShot(true);
    m_connectTimer.setInterval(20s);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcClientNet) << "connecting timed out";
        abortConnection();
    });
}

ServerConnection::~ServerConnection()
{
    m_wanted = false;
    releaseSocket(true);
}

void ServerConnection::setUrl(const QUrl &url)
{
    if (url == m_url)
        return;
    m_url = url;
    if (m_wanted) {
        // A new address: whatever we had points at the old one.
        m_backoff.reset();
        releaseSocket(false);
        startAttempt();
    }
}

void ServerConnection::open()
{
    m_wanted = true;
    if (m_state == State::Idle || m_state == State::Waiting) {
        m_retryTimer.stop();
        startAttempt();
    }
}

void ServerConnection::close()
{
    m_wanted = false;
    m_retryTimer.stop();
    const bool wasReady = m_state == State::Ready;
    const bool hadSocket = m_socket != nullptr;
    releaseSocket(true);
    setState(State::Idle);
    if (hadSocket)
        emit disconnected(tr("Disconnected."), wasReady);
}

void ServerConnection::releaseSocket(bool graceful)
{
    m_pingTimer.stop();
    m_pongTimer.stop();
    m_connectTimer.stop();
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    if (graceful && socket->state() == QAbstractSocket::ConnectedState) {
        // A graceful close flushes frames still buffered (a logout, the last sends). The socket
        // lives on by itself until the close handshake ends, even if this object goes away.
        socket->setParent(nullptr);
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(5s, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        socket->close(QWebSocketProtocol::CloseCodeNormal);
        return;
    }
    socket->abort();
    socket->deleteLater();
}

void ServerConnection::reconnectNow()
{
    if (!m_wanted)
        return;
    if (m_state == State::Waiting) {
        m_retryTimer.stop();
        startAttempt();
    }
}

void ServerConnection::abortConnection()
{
    if (m_socket)
        m_socket->abort(); // onDisconnected() schedules the next attempt
}

int ServerConnection::retryIn() const
{
    return m_state == State::Waiting ? m_retryTimer.remainingTime() : -1;
}

bool ServerConnection::send(const ClientFrame &frame, const QJsonValue &rid)
{
    if (m_state != State::Ready || !m_socket)
        return false;
    m_socket->sendTextMessage(QString::fromUtf8(m_codec.encode(frame, rid)));
    return true;
}

bool ServerConnection::sendBinary(const QByteArray &message)
{
    if (m_state != State::Ready || !m_socket)
        return false;
    m_socket->sendBinaryMessage(message);
    return true;
}

qint64 ServerConnection::bytesToWrite() const
{
    return m_socket ? m_socket->bytesToWrite() : 0;
}

void ServerConnection::setBackoff(
    std::chrono::milliseconds initial, std::chrono::milliseconds maximum)
{
    m_backoff.setRange(initial, maximum);
}

void ServerConnection::setKeepAlive(
    std::chrono::milliseconds pingInterval, std::chrono::milliseconds pongTimeout)
{
    m_pingTimer.setInterval(pingInterval);
    m_pongTimer.setInterval(pongTimeout);
}

void ServerConnection::setConnectTimeout(std::chrono::milliseconds timeout)
{
    m_connectTimer.setInterval(timeout);
}

void ServerConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ServerConnection::startAttempt()
{
    if (!m_wanted)
        return;
    releaseSocket(false);
    if (!m_url.isValid()
        || (m_url.scheme() != QLatin1String("ws") && m_url.scheme() != QLatin1String("wss"))) {
        scheduleRetry(tr("The server address is not a valid ws:// or wss:// address."));
        return;
    }
    m_socket = new QWebSocket(QStringLiteral("natter"), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingFrameSize(kMaxIncomingBytes);
    m_socket->setMaxAllowedIncomingMessageSize(kMaxIncomingBytes);
    connect(m_socket, &QWebSocket::connected, this, &ServerConnection::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &ServerConnection::onDisconnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &ServerConnection::onText);
    connect(m_socket, &QWebSocket::pong, this, &ServerConnection::onPong);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &message) {
        if (m_state == State::Ready)
            emit binaryReceived(message);
    });
    connect(m_socket, &QWebSocket::bytesWritten, this, &ServerConnection::bytesWritten);
    setState(State::Connecting);
    qCDebug(lcClientNet) << "connecting to" << m_url.toDisplayString();
    m_connectTimer.start();
    m_socket->open(m_url);
}

void ServerConnection::scheduleRetry(const QString &reason)
{
    const bool wasReady = m_state == State::Ready;
    releaseSocket(false);
    if (!m_wanted) {
        setState(State::Idle);
        emit disconnected(reason, wasReady);
        return;
    }
    const auto delay = m_backoff.next();
    qCInfo(lcClientNet).noquote() << "connection lost or failed (" << reason << "); next attempt in"
                                  << delay.count() << "ms";
    m_retryTimer.start(delay);
    setState(State::Waiting);
    emit disconnected(reason, wasReady);
    // The slot above may have closed or reopened the connection.
    if (m_state == State::Waiting)
        emit reconnectScheduled(int(delay.count()));
}

void ServerConnection::onConnected()
{
    setState(State::Handshaking);
    m_socket->sendTextMessage(QString::fromUtf8(m_codec.encode(
        Hello {kProtocolVersion, QStringLiteral("natter-desktop/" NATTER_VERSION)})));
}

void ServerConnection::onDisconnected()
{
    QString reason;
    if (m_socket && m_socket->error() != QAbstractSocket::UnknownSocketError
        && m_state != State::Ready)
        reason = tr("Cannot reach the server: %1").arg(m_socket->errorString());
    else if (m_socket && !m_socket->closeReason().isEmpty())
        reason = tr("The server closed the connection: %1").arg(m_socket->closeReason());
    else
        reason = tr("The connection to the server was lost.");
    scheduleRetry(reason);
}

void ServerConnection::onText(const QString &text)
{
    const auto result = m_codec.decodeServer(text.toUtf8());
    if (const auto *error = std::get_if<DecodeError>(&result)) {
        qCWarning(lcClientNet).noquote() << "undecodable frame from the server:" << error->message;
        emit protocolError(error->message);
        return;
    }
    const auto &decoded = std::get<Decoded<ServerFrame>>(result);
    if (m_state == State::Handshaking) {
        if (const auto *welcome = std::get_if<Welcome>(&decoded.frame)) {
            m_connectTimer.stop();
            m_welcome = *welcome;
            m_codec = FrameCodec(welcome->limits);
            m_backoff.reset();
            m_pingTimer.start();
            setState(State::Ready);
            qCInfo(lcClientNet).noquote()
                << "connected to" << welcome->server << "protocol" << welcome->version;
            emit ready(m_welcome);
            return;
        }
    }
    emit frameReceived(decoded.frame, decoded.rid);
}

void ServerConnection::onPong(quint64 elapsed, const QByteArray &)
{
    m_pongTimer.stop();
    qCDebug(lcClientNet) << "pong after" << elapsed << "ms";
}

void ServerConnection::sendPing()
{
    if (!m_socket || m_pongTimer.isActive())
        return;
    m_pongTimer.start();
    m_socket->ping();
}

} // namespace natter::client
