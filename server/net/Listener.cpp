#include "net/Listener.h"

#include <QLoggingCategory>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcNet, "natter.server.net")

namespace natter::server {

Listener::Listener(qint64 maxMessageBytes, QObject *parent)
    : QObject(parent)
    , m_server(QStringLiteral("natterd"), QWebSocketServer::NonSecureMode)
    , m_maxMessageBytes(maxMessageBytes)
{
    m_server.setHandshakeTimeout(std::chrono::seconds(10));
    connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket *socket = m_server.nextPendingConnection()) {
            // Anything larger is refused by QtWebSockets with close code 1009 before it is
            // buffered whole.
            socket->setMaxAllowedIncomingFrameSize(quint64(m_maxMessageBytes));
            socket->setMaxAllowedIncomingMessageSize(quint64(m_maxMessageBytes));
            emit connected(socket);
        }
    });
    connect(&m_server, &QWebSocketServer::acceptError, this,
            [](QAbstractSocket::SocketError e) { qCWarning(lcNet) << "accept failed:" << e; });
}

bool Listener::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_server.listen(address, port))
        return true;
    *error = QStringLiteral("cannot listen on %1 port %2: %3")
                 .arg(address.toString())
                 .arg(port)
                 .arg(m_server.errorString());
    return false;
}

void Listener::close()
{
    m_server.close();
}

} // namespace natter::server
