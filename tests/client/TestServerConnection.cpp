// The WebSocket to natterd: hello/welcome, reconnecting by exponential backoff with jitter,
// and dead links found by WebSocket pings (through a TCP relay that can stop forwarding).
#include "TestServer.h"
#include "client/ReconnectBackoff.h"
#include "client/ServerConnection.h"
#include "protocol/ProtocolVersion.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace natter::client;
using namespace natter::protocol;
using namespace natter::test;
using namespace std::chrono_literals;

namespace {
constexpr int kWaitMs = 20000;

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

// A TCP relay to a target port. Frozen, it keeps every connection open but forwards nothing,
// as a network that silently lost the route does.
class Relay final : public QObject
{
public:
    explicit Relay(quint16 target)
        : m_target(target)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *in = m_server.nextPendingConnection()) {
                auto *out = new QTcpSocket(in);
                out->connectToHost(QHostAddress::LocalHost, m_target);
                auto pipe = [this](QTcpSocket *from, QTcpSocket *to) {
                    connect(from, &QTcpSocket::readyRead, this, [this, from, to] {
                        const QByteArray data = from->readAll();
                        if (!m_frozen)
                            to->write(data);
                    });
                };
                pipe(in, out);
                pipe(out, in);
                connect(in, &QTcpSocket::disconnected, in, &QObject::deleteLater);
                connect(out, &QTcpSocket::disconnected, in, &QTcpSocket::disconnectFromHost);
                ++m_connections;
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const
    {
        return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    void setFrozen(bool frozen) { m_frozen = frozen; }
    int connections() const { return m_connections; }

private:
    QTcpServer m_server;
    quint16 m_target;
    bool m_frozen = false;
    int m_connections = 0;
};
} // namespace

class TestServerConnection : public QObject
{
    Q_OBJECT

private slots:
    void backoffDoublesWithJitterUpToTheCap()
    {
        ReconnectBackoff backoff; // the defaults: 0.5 s doubling to 60 s, ±25 %
        const QList<qint64> nominal {500, 1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000};
        for (qint64 expected : nominal) {
            QCOMPARE(backoff.nominal().count(), expected);
            const qint64 delay = backoff.next().count();
            QVERIFY2(delay >= expected * 3 / 4 && delay <= expected * 5 / 4,
                qPrintable(QStringLiteral("%1 for %2").arg(delay).arg(expected)));
        }
        QCOMPARE(backoff.attempts(), nominal.size());
        backoff.reset();
        QCOMPARE(backoff.nominal().count(), 500);

        // The jitter really varies, so that clients do not reconnect in lock-step.
        QSet<qint64> seen;
        for (int i = 0; i < 20; ++i) {
            backoff.reset();
            seen.insert(backoff.next().count());
        }
        QVERIFY(seen.size() > 1);
    }

    void helloWelcome()
    {
        TestServer server;
        QVERIFY(server.start());
        ServerConnection connection;
        QSignalSpy ready(&connection, &ServerConnection::ready);
        QSignalSpy frames(&connection, &ServerConnection::frameReceived);
        QCOMPARE(connection.send(Sync {}), false); // nothing goes out before welcome
        connection.setUrl(server.url());
        connection.open();
        QCOMPARE(connection.state(), ServerConnection::State::Connecting);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, kWaitMs);
        QCOMPARE(connection.state(), ServerConnection::State::Ready);
        QCOMPARE(connection.welcome().version, kProtocolVersion);
        QCOMPARE(connection.welcome().limits, TestServer::defaultConfig().limits);

        // Frames after welcome are decoded and handed on, with the rid the server echoed.
        QVERIFY(connection.send(Sync {}, QStringLiteral("r1")));
        QTRY_COMPARE_WITH_TIMEOUT(frames.size(), 1, kWaitMs);
        const auto frame = frames[0][0].value<ServerFrame>();
        QCOMPARE(std::get<Error>(frame).code, ErrorCode::NotAuthenticated);
        QCOMPARE(frames[0][1].value<QJsonValue>().toString(), QStringLiteral("r1"));

        connection.close();
        QCOMPARE(connection.state(), ServerConnection::State::Idle);
        QVERIFY(!connection.send(Sync {}));
    }

    void reconnectsByBackoffUntilTheServerIsThere()
    {
        auto config = TestServer::defaultConfig();
        config.port = freePort();
        TestServer server(config);
        ServerConnection connection;
        connection.setBackoff(100ms, 400ms);
        QSignalSpy scheduled(&connection, &ServerConnection::reconnectScheduled);
        QSignalSpy lost(&connection, &ServerConnection::disconnected);
        QSignalSpy ready(&connection, &ServerConnection::ready);
        connection.setUrl(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(config.port)));
        connection.open();

        // Nobody listens: attempt after attempt, each delay within its jittered bound.
        QTRY_VERIFY_WITH_TIMEOUT(scheduled.size() >= 4, kWaitMs);
        QCOMPARE(connection.state(), ServerConnection::State::Waiting);
        QVERIFY(connection.retryIn() >= 0);
        QVERIFY(!lost.isEmpty());
        QCOMPARE(lost.first().at(1).toBool(), false);
        QVERIFY(!lost.first().at(0).toString().isEmpty());
        const QList<int> bounds {125, 250, 500, 500};
        for (int i = 0; i < bounds.size(); ++i)
            QVERIFY2(scheduled[i][0].toInt() <= bounds[i],
                qPrintable(QString::number(scheduled[i][0].toInt())));

        // The server appears: the next attempt succeeds without anybody calling anything.
        QVERIFY(server.start());
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, kWaitMs);
        QCOMPARE(connection.failedAttempts(), 0);

        // It goes away and comes back on the same address: the same again.
        server.stop();
        QTRY_VERIFY_WITH_TIMEOUT(connection.state() == ServerConnection::State::Waiting, kWaitMs);
        QCOMPARE(lost.last().at(1).toBool(), true);
        QVERIFY(server.start());
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, kWaitMs);

        // After close() it stays closed.
        connection.close();
        server.stop();
        QTest::qWait(800); // several backoff periods: asserting that nothing happens
        QCOMPARE(connection.state(), ServerConnection::State::Idle);
        QCOMPARE(ready.size(), 2);
    }

    void deadLinkIsDetectedByPing()
    {
        TestServer server;
        QVERIFY(server.start());
        Relay relay(quint16(server.url().port()));
        QVERIFY(relay.listen());
        ServerConnection connection;
        connection.setBackoff(100ms, 400ms);
        connection.setKeepAlive(200ms, 300ms);
        QSignalSpy ready(&connection, &ServerConnection::ready);
        QSignalSpy lost(&connection, &ServerConnection::disconnected);
        connection.setUrl(relay.url());
        connection.open();
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, kWaitMs);

        // Pongs keep a healthy link up over many ping intervals.
        QTest::qWait(1000);
        QCOMPARE(lost.size(), 0);

        // The route dies silently (no FIN, no RST): only the missing pong tells.
        relay.setFrozen(true);
        QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, kWaitMs);
        QCOMPARE(lost[0][1].toBool(), true);
        relay.setFrozen(false);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, kWaitMs);
        QVERIFY(relay.connections() >= 2);
    }

    void newUrlReconnects()
    {
        TestServer first;
        TestServer second;
        QVERIFY(first.start());
        QVERIFY(second.start());
        ServerConnection connection;
        QSignalSpy ready(&connection, &ServerConnection::ready);
        connection.setUrl(first.url());
        connection.open();
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, kWaitMs);
        QTRY_COMPARE(first.server().sessionCount(), 1);
        connection.setUrl(second.url());
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, kWaitMs);
        QTRY_COMPARE(second.server().sessionCount(), 1);
        QTRY_COMPARE(first.server().sessionCount(), 0);

        // An address that is not a WebSocket URL is reported, and retried once it is fixed.
        QSignalSpy lost(&connection, &ServerConnection::disconnected);
        connection.setUrl(QUrl(QStringLiteral("http://127.0.0.1:1")));
        QTRY_VERIFY_WITH_TIMEOUT(!lost.isEmpty(), kWaitMs);
        QVERIFY(lost.last().at(0).toString().contains(QStringLiteral("ws://")));
        connection.setUrl(first.url());
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 3, kWaitMs);
    }
};

QTEST_GUILESS_MAIN(TestServerConnection)
#include "TestServerConnection.moc"
