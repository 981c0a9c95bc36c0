#pragma once

#include <QHostAddress>
#include <QObject>
#include <QWebSocketServer>

namespace natter::server {

// Accepts WebSocket connections and bounds what one frame or message may hold before any of
// it is buffered.
class Listener final : public QObject
{
    Q_OBJECT
public:
    explicit Listener(qint64 maxMessageBytes, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(Listener)

    bool listen(const QHostAddress &address, quint16 port, QString *error);
    void close();
    quint16 port() const { return m_server.serverPort(); }
    QHostAddress address() const { return m_server.serverAddress(); }

signals:
    void connected(QWebSocket *socket);

private:
    QWebSocketServer m_server;
    qint64 m_maxMessageBytes;
};

} // namespace natter::server
