#include "net/HealthCheck.h"

#include "protocol/FrameCodec.h"
#include "protocol/ProtocolVersion.h"

#include <QEventLoop>
#include <QTimer>
#include <QWebSocket>

namespace natter::server {

using namespace natter::protocol;

QString checkHealth(const QUrl &url, int timeoutMs, QString *summary)
{
    // Runs before any event loop exists (natterd --health is a one-shot command), so a local
    // loop is the simplest correct way to wait here.
    QWebSocket socket;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QString problem = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
    FrameCodec codec;
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QWebSocket::connected, &loop, [&] {
        socket.sendTextMessage(QString::fromUtf8(codec.encode(Hello {kProtocolVersion, QStringLiteral("natterd-health")})));
    });
    QObject::connect(&socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), &loop, [&] {
        problem = socket.errorString();
        loop.quit();
    });
    QObject::connect(&socket, &QWebSocket::textMessageReceived, &loop, [&](const QString &text) {
        const auto result = codec.decodeServer(text.toUtf8());
        const auto *decoded = std::get_if<Decoded<ServerFrame>>(&result);
        const auto *welcome = decoded ? std::get_if<Welcome>(&decoded->frame) : nullptr;
        if (welcome) {
            problem.clear();
            *summary = QStringLiteral("%1, protocol %2").arg(welcome->server).arg(welcome->version);
        } else {
            problem = QStringLiteral("unexpected answer: %1").arg(text.left(200));
        }
        loop.quit();
    });
    timeout.start(timeoutMs);
    socket.open(url);
    loop.exec();
    socket.abort();
    return problem;
}

} // namespace natter::server
