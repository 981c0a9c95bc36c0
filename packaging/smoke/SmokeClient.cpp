#include "SmokeClient.h"

#include "protocol/ProtocolVersion.h"

#include <QEventLoop>
#include <QTimer>

namespace natter::smoke {

using namespace natter::protocol;

SmokeClient::SmokeClient(QString name, QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
{
    // The server's frames may be larger than the default control-frame limit of the codec.
    Limits limits;
    limits.maxControlFrameBytes = 16 * kMiB;
    m_codec = FrameCodec(limits);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &SmokeClient::onText);
}

SmokeClient::~SmokeClient()
{
    m_socket.abort();
}

bool SmokeClient::open(const QUrl &url, int timeoutMs)
{
    m_socket.open(url);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(&m_socket, &QWebSocket::connected, &loop, &QEventLoop::quit);
    connect(&m_socket, &QWebSocket::disconnected, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    loop.exec();
    if (m_socket.state() != QAbstractSocket::ConnectedState) {
        m_problem = QStringLiteral("%1 could not connect to %2: %3")
                        .arg(m_name, url.toString(), m_socket.errorString());
        return false;
    }
    send(Hello {
        kProtocolVersion, QStringLiteral("natter-smoke/%1").arg(QStringLiteral(NATTER_VERSION))});
    const auto welcome = waitFor<Welcome>(timeoutMs);
    if (!welcome)
        return false;
    m_welcome = *welcome;
    return true;
}

void SmokeClient::close()
{
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        return;
    QEventLoop loop;
    QTimer::singleShot(2000, &loop, &QEventLoop::quit);
    connect(&m_socket, &QWebSocket::disconnected, &loop, &QEventLoop::quit);
    m_socket.close();
    if (m_socket.state() != QAbstractSocket::UnconnectedState)
        loop.exec();
}

void SmokeClient::send(const ClientFrame &frame, const QJsonValue &rid)
{
    m_socket.sendTextMessage(QString::fromUtf8(m_codec.encode(frame, rid)));
}

std::optional<ServerFrame> SmokeClient::waitForFrame(
    int timeoutMs, const std::function<bool(const ServerFrame &)> &accept)
{
    QTimer timer;
    timer.setSingleShot(true);
    timer.start(timeoutMs);
    for (;;) {
        if (!m_badFrame.isEmpty()) {
            m_problem = m_badFrame;
            return std::nullopt;
        }
        for (qsizetype i = 0; i < m_inbox.size(); ++i) {
            if (const auto *error = std::get_if<Error>(&m_inbox[i])) {
                m_problem = QStringLiteral("%1 got an error from the server: %2 (%3)")
                                .arg(m_name, toWireName(error->code), error->message);
                m_inbox.removeAt(i);
                return std::nullopt;
            }
            if (accept(m_inbox[i]))
                return m_inbox.takeAt(i);
        }
        if (m_socket.state() != QAbstractSocket::ConnectedState) {
            m_problem = QStringLiteral("%1's connection closed (%2 %3)")
                            .arg(m_name)
                            .arg(int(m_socket.closeCode()))
                            .arg(m_socket.closeReason());
            return std::nullopt;
        }
        if (!timer.isActive()) {
            m_problem = QStringLiteral("%1 waited %2 ms in vain").arg(m_name).arg(timeoutMs);
            return std::nullopt;
        }
        QEventLoop loop;
        connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        connect(&m_socket, &QWebSocket::textMessageReceived, &loop, &QEventLoop::quit);
        connect(&m_socket, &QWebSocket::disconnected, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

void SmokeClient::onText(const QString &text)
{
    auto decoded = m_codec.decodeServer(text.toUtf8());
    if (const auto *ok = std::get_if<Decoded<ServerFrame>>(&decoded)) {
        m_inbox.append(ok->frame);
        return;
    }
    if (m_badFrame.isEmpty()) {
        m_badFrame = QStringLiteral("%1 got an undecodable frame: %2: %3")
                         .arg(m_name, std::get<DecodeError>(decoded).message, text.left(200));
    }
}

} // namespace natter::smoke
