#include "TestClient.h"

#include "protocol/ProtocolVersion.h"

namespace natter::test {

using namespace natter::protocol;

TestClient::TestClient(QObject *parent) : QObject(parent)
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &TestClient::onText);
    connect(&m_socket, &QWebSocket::binaryMessageReceived, this, &TestClient::binaryReceived);
}

TestClient::~TestClient()
{
    m_socket.abort();
}

bool TestClient::connectTo(const QUrl &url, bool sayHello)
{
    // A graceful close flushes what is still buffered, as a real client going offline does.
    if (m_socket.state() == QAbstractSocket::ConnectedState)
        close();
    else if (m_socket.state() != QAbstractSocket::UnconnectedState)
        m_socket.abort();
    m_inbox.clear();
    m_socket.open(url);
    if (!QTest::qWaitFor([&] { return m_socket.state() == QAbstractSocket::ConnectedState; }, kTimeoutMs))
        return false;
    if (!sayHello)
        return true;
    send(Hello {protocol::kProtocolVersion, QStringLiteral("natter-tests")});
    return waitFor<Welcome>().has_value();
}

void TestClient::close()
{
    m_socket.close();
    waitForDisconnected();
}

bool TestClient::waitForDisconnected(int timeoutMs)
{
    return QTest::qWaitFor([&] { return m_socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
}

bool TestClient::authenticate(const QUrl &url, const ClientFrame &frame)
{
    if (!connectTo(url))
        return false;
    const QJsonValue rid = QString(QStringLiteral("auth-") + newClientId());
    send(frame, rid);
    const auto reply = waitForRid(rid);
    if (!reply)
        return false;
    const auto *ok = std::get_if<AuthOk>(&reply->frame);
    if (!ok)
        return false;
    if (!ok->token.isEmpty())
        m_token = ok->token;
    m_phone = ok->phone;
    return true;
}

bool TestClient::registerUser(const QUrl &url, const QString &phone, const QString &name, const QString &password)
{
    return authenticate(url, Register {phone, name, password});
}

bool TestClient::login(const QUrl &url, const QString &phone, const QString &password)
{
    return authenticate(url, Login {phone, password});
}

bool TestClient::resume(const QUrl &url)
{
    return authenticate(url, Resume {m_token});
}

void TestClient::send(const ClientFrame &frame, const QJsonValue &rid)
{
    m_socket.sendTextMessage(QString::fromUtf8(m_codec.encode(frame, rid)));
}

QString TestClient::sendText(const QString &to, const QString &text, const QString &clientId)
{
    send(Send {clientId, to, MessageContent::fromText(text)});
    return clientId;
}

std::optional<Decoded<ServerFrame>> TestClient::waitForRid(const QJsonValue &rid, int timeoutMs)
{
    std::optional<Decoded<ServerFrame>> found;
    (void)QTest::qWaitFor(
        [&] {
            for (qsizetype i = 0; i < m_inbox.size(); ++i) {
                if (m_inbox[i].rid == rid) {
                    found = m_inbox.takeAt(i);
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return found;
}

std::optional<Error> TestClient::waitForError(std::optional<ErrorCode> code, int timeoutMs)
{
    return waitFor<Error>([code](const Error &e) { return !code || e.code == *code; }, timeoutMs);
}

void TestClient::onText(const QString &text)
{
    auto result = m_codec.decodeServer(text.toUtf8());
    if (std::holds_alternative<DecodeError>(result)) {
        m_undecodable.append(text);
        return;
    }
    auto decoded = std::get<Decoded<ServerFrame>>(std::move(result));
    if (m_autoDeliver) {
        if (const auto *m = std::get_if<ChatMessage>(&decoded.frame))
            send(Delivered {{m->serverId}});
    }
    m_inbox.append(std::move(decoded));
}

} // namespace natter::test
