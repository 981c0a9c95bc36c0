#pragma once

#include "protocol/FrameCodec.h"

#include <QList>
#include <QObject>
#include <QTest>
#include <QUrl>
#include <QUuid>
#include <QWebSocket>

#include <functional>
#include <optional>

namespace natter::test {

// A real QWebSocket client that speaks the protocol through the shared codec and keeps every
// frame the server sent, so tests can wait for and assert on them.
class TestClient final : public QObject
{
    Q_OBJECT
public:
    explicit TestClient(QObject *parent = nullptr);
    ~TestClient() override;

    static constexpr int kTimeoutMs = 10000;

    // Opens the socket and does hello/welcome.
    bool connectTo(const QUrl &url, bool sayHello = true);
    void close();
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    bool waitForDisconnected(int timeoutMs = kTimeoutMs);
    QWebSocketProtocol::CloseCode closeCode() const { return m_socket.closeCode(); }
    QString closeReason() const { return m_socket.closeReason(); }

    // Connect + register (or login / resume); returns false if the server refused.
    bool registerUser(const QUrl &url, const QString &phone, const QString &name,
                      const QString &password = QStringLiteral("correct horse"));
    bool login(const QUrl &url, const QString &phone, const QString &password = QStringLiteral("correct horse"));
    bool resume(const QUrl &url);
    QString token() const { return m_token; }
    QString phone() const { return m_phone; }

    void send(const protocol::ClientFrame &frame, const QJsonValue &rid = {});
    void sendRaw(const QString &text) { m_socket.sendTextMessage(text); }
    void sendBinary(const QByteArray &data) { m_socket.sendBinaryMessage(data); }
    // Sends a text message and returns its client_id.
    QString sendText(const QString &to, const QString &text, const QString &clientId = newClientId());
    static QString newClientId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

    // Waits for the first not-yet-taken frame of type T that matches `pred`, removes it from
    // the inbox and returns it.
    template<typename T>
    std::optional<T> waitFor(std::function<bool(const T &)> pred = {}, int timeoutMs = kTimeoutMs)
    {
        std::optional<T> found;
        (void)QTest::qWaitFor([&] { return (found = take<T>(pred)).has_value(); }, timeoutMs);
        return found;
    }
    template<typename T>
    std::optional<T> take(const std::function<bool(const T &)> &pred = {})
    {
        for (qsizetype i = 0; i < m_inbox.size(); ++i) {
            if (const T *f = std::get_if<T>(&m_inbox[i].frame); f && (!pred || pred(*f))) {
                T copy = *f;
                m_inbox.removeAt(i);
                return copy;
            }
        }
        return std::nullopt;
    }
    // How many frames of type T are waiting, without taking them.
    template<typename T>
    int count() const
    {
        return int(std::count_if(m_inbox.begin(), m_inbox.end(),
                                 [](const auto &d) { return std::holds_alternative<T>(d.frame); }));
    }
    // Waits for the reply that carries this rid (any frame type).
    std::optional<protocol::Decoded<protocol::ServerFrame>> waitForRid(const QJsonValue &rid,
                                                                       int timeoutMs = kTimeoutMs);
    // Waits for an error frame, optionally with a given code.
    std::optional<protocol::Error> waitForError(std::optional<protocol::ErrorCode> code = {},
                                                int timeoutMs = kTimeoutMs);
    // Lets the event loop run for a moment, then says whether a frame of type T arrived:
    // for asserting that something did NOT happen.
    template<typename T>
    bool receivesWithin(int ms)
    {
        QTest::qWait(ms);
        return count<T>() > 0;
    }
    void clearInbox() { m_inbox.clear(); }
    const QList<protocol::Decoded<protocol::ServerFrame>> &inbox() const { return m_inbox; }
    // Frames the client could not decode (should stay empty).
    const QStringList &undecodable() const { return m_undecodable; }

    // Receiver behaviour: acknowledge every incoming message with `delivered`.
    void setAutoDeliver(bool on) { m_autoDeliver = on; }

signals:
    // A binary message from the server (a download chunk); TransferHelpers collects them.
    void binaryReceived(const QByteArray &message);

private:
    bool authenticate(const QUrl &url, const protocol::ClientFrame &frame);
    void onText(const QString &text);

    QWebSocket m_socket;
    protocol::FrameCodec m_codec;
    QList<protocol::Decoded<protocol::ServerFrame>> m_inbox;
    QStringList m_undecodable;
    QString m_token;
    QString m_phone;
    bool m_autoDeliver = false;
};

} // namespace natter::test
