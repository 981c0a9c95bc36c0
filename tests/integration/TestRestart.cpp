// The natterd binary as a process: what was acked survives SIGKILL, SIGTERM shuts down cleanly,
// and the command line refuses what it must. Clients are real QWebSocket clients.
#include "NatterdProcess.h"
#include "TestClient.h"

#include <QDir>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace natter::protocol;
using namespace natter::test;
using namespace Qt::StringLiterals;

namespace {
const QString kAlice = u"+4915110000001"_s;
const QString kBob = u"+4915110000002"_s;

struct Finished
{
    bool finished = false;
    int exitCode = -1; // -1 when it crashed or did not finish
    QString out;
    QString err;
};

// Runs natterd to completion with `args` (nothing else): for the command line itself.
Finished runNatterd(const QStringList &args, int timeoutMs = 15000)
{
    QProcess process;
    process.start(NatterdProcess::binary(), args);
    Finished result;
    if (!process.waitForStarted(10000))
        return result;
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    } else if (process.exitStatus() == QProcess::NormalExit) {
        result.exitCode = process.exitCode();
    }
    result.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    result.err = QString::fromLocal8Bit(process.readAllStandardError());
    return result;
}
} // namespace

class TestRestart : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_natterd = std::make_unique<NatterdProcess>();
        QVERIFY(m_natterd->start());
        m_alice = std::make_unique<TestClient>();
        m_bob = std::make_unique<TestClient>();
        QVERIFY(m_alice->registerUser(m_natterd->url(), kAlice, u"Alice"_s));
        QVERIFY(m_bob->registerUser(m_natterd->url(), kBob, u"Bob"_s));
        QVERIFY(m_alice->waitFor<SyncDone>());
        QVERIFY(m_bob->waitFor<SyncDone>());
    }
    void cleanup()
    {
        m_alice.reset();
        m_bob.reset();
        m_natterd.reset();
    }

    void ackedMessagesSurviveSigkill()
    {
        m_bob->close();
        constexpr int kCount = 20;
        QStringList clientIds;
        for (int i = 0; i < kCount; ++i)
            clientIds.append(m_alice->sendText(kBob, u"survivor %1"_s.arg(i)));
        QList<Ack> acks;
        for (int i = 0; i < kCount; ++i) {
            const auto ack = m_alice->waitFor<Ack>();
            QVERIFY(ack);
            acks.append(*ack);
        }
        // No chance to clean up, the instant the last ack is in.
        m_natterd->kill();
        QVERIFY(m_alice->waitForDisconnected());

        const QUrl url = m_natterd->url();
        QVERIFY(m_natterd->start());
        QCOMPARE(m_natterd->url(), url);
        QVERIFY(m_bob->resume(m_natterd->url()));
        for (int i = 0; i < kCount; ++i) {
            const auto msg = m_bob->waitFor<ChatMessage>();
            QVERIFY2(msg, qPrintable(u"acked message %1 was lost"_s.arg(i)));
            QCOMPARE(msg->serverId, acks[i].serverId);
            QCOMPARE(msg->timestamp, acks[i].timestamp);
            QCOMPARE(msg->from, kAlice);
            QCOMPARE(msg->content.text, u"survivor %1"_s.arg(i));
        }
        const auto done = m_bob->waitFor<SyncDone>();
        QVERIFY(done);
        QCOMPARE(done->messages, kCount);

        // The server still knows what it acked: a re-send gets the same ack and no second copy.
        QVERIFY(m_alice->resume(m_natterd->url()));
        m_alice->sendText(kBob, u"survivor %1"_s.arg(kCount - 1), clientIds.last());
        const auto again = m_alice->waitFor<Ack>();
        QVERIFY(again);
        QCOMPARE(again->serverId, acks.last().serverId);
        QCOMPARE(again->timestamp, acks.last().timestamp);
        QVERIFY(!m_bob->receivesWithin<ChatMessage>(200));
    }

    void singleMessageSurvivesSigkillRightAfterItsAck()
    {
        m_bob->close();
        const QString cid = m_alice->sendText(kBob, u"just in time"_s);
        const auto ack = m_alice->waitFor<Ack>();
        QVERIFY(ack);
        m_natterd->kill();

        QVERIFY(m_natterd->start());
        QVERIFY(m_bob->resume(m_natterd->url()));
        const auto msg = m_bob->waitFor<ChatMessage>();
        QVERIFY2(msg, "the acked message was lost");
        QCOMPARE(msg->serverId, ack->serverId);
        QCOMPARE(msg->content.text, u"just in time"_s);

        // And its life cycle carries on: Bob's read receipt reaches Alice with her client_id.
        QVERIFY(m_alice->resume(m_natterd->url()));
        m_bob->send(Read {{msg->serverId}});
        const auto receipt = m_alice->waitFor<Receipt>();
        QVERIFY(receipt);
        QCOMPARE(receipt->serverId, ack->serverId);
        QCOMPARE(receipt->clientId, cid);
        QCOMPARE(receipt->state, DeliveryState::Read);
    }

    void receiptsForAnOfflineSenderSurviveSigkill()
    {
        const QString cidDelivered = m_alice->sendText(kBob, u"one"_s);
        const QString cidRead = m_alice->sendText(kBob, u"two"_s);
        const auto ackDelivered
            = m_alice->waitFor<Ack>([&](const Ack &a) { return a.clientId == cidDelivered; });
        const auto ackRead
            = m_alice->waitFor<Ack>([&](const Ack &a) { return a.clientId == cidRead; });
        QVERIFY(ackDelivered && ackRead);
        QVERIFY(m_bob->waitFor<ChatMessage>());
        QVERIFY(m_bob->waitFor<ChatMessage>());
        m_alice->close();

        m_bob->send(Delivered {{ackDelivered->serverId}});
        m_bob->send(Read {{ackRead->serverId}});
        // The reply to a later frame shows both receipts were handled (frames are handled in
        // order).
        m_bob->send(Lookup {kAlice}, 1);
        QVERIFY(m_bob->waitForRid(1));
        QCOMPARE(m_bob->count<Error>(), 0);
        m_natterd->kill();

        QVERIFY(m_natterd->start());
        QVERIFY(m_alice->resume(m_natterd->url()));
        const auto delivered = m_alice->waitFor<Receipt>(
            [&](const Receipt &r) { return r.serverId == ackDelivered->serverId; });
        QVERIFY2(delivered, "the delivered receipt was lost");
        QCOMPARE(delivered->state, DeliveryState::Delivered);
        QCOMPARE(delivered->clientId, cidDelivered);
        QCOMPARE(delivered->peer, kBob);
        const auto read = m_alice->waitFor<Receipt>(
            [&](const Receipt &r) { return r.serverId == ackRead->serverId; });
        QVERIFY2(read, "the read receipt was lost");
        QCOMPARE(read->state, DeliveryState::Read);
        QCOMPARE(read->clientId, cidRead);
        const auto done = m_alice->waitFor<SyncDone>();
        QVERIFY(done);
        QCOMPARE(done->receipts, 2);

        // Bob's side was stored too: the messages he confirmed are not handed over again.
        QVERIFY(m_bob->resume(m_natterd->url()));
        const auto bobDone = m_bob->waitFor<SyncDone>();
        QVERIFY(bobDone);
        QCOMPARE(bobDone->messages, 0);
    }

    void sigtermClosesConnectionsWithGoingAway()
    {
        TestClient anonymous;
        QVERIFY(anonymous.connectTo(m_natterd->url()));
        int exitCode = -1;
        QVERIFY(m_natterd->terminate(&exitCode));
        QCOMPARE(exitCode, 0);
        for (TestClient *client : {m_alice.get(), m_bob.get(), &anonymous}) {
            QVERIFY(client->waitForDisconnected());
            QCOMPARE(client->closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
        }

        // A clean stop keeps everything: the same token still works after a restart.
        QVERIFY(m_natterd->start());
        QVERIFY(m_alice->resume(m_natterd->url()));
        QVERIFY(m_alice->waitFor<SyncDone>());
    }

    void refusesToStartWhenThePortIsTaken_data()
    {
        QTest::addColumn<bool>("byNatterd");
        QTest::newRow("by another natterd") << true;
        QTest::newRow("by another program") << false;
    }

    void refusesToStartWhenThePortIsTaken()
    {
        QFETCH(bool, byNatterd);
        QTcpServer other;
        quint16 port = quint16(m_natterd->url().port());
        if (!byNatterd) {
            QVERIFY(other.listen(QHostAddress::LocalHost, 0));
            port = other.serverPort();
        }
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto run = runNatterd({u"--listen"_s, u"127.0.0.1"_s, u"--port"_s,
            QString::number(port), u"--data-dir"_s, dir.path()});
        QVERIFY2(run.finished, "natterd kept running on a port that was taken");
        QVERIFY(run.exitCode != 0);
        QVERIFY2(!run.out.contains(QLatin1String("listening")), qPrintable(run.out));
        QVERIFY2(run.err.contains(QString::number(port)), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("listen")), qPrintable(run.err));

        // The natterd that holds the port carries on.
        m_alice->send(Lookup {kBob}, 1);
        const auto reply = m_alice->waitForRid(1);
        QVERIFY(reply);
        QVERIFY(std::holds_alternative<LookupResult>(reply->frame));
    }

    void versionAndHelp()
    {
        const auto version = runNatterd({u"--version"_s});
        QVERIFY(version.finished);
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QStringLiteral("natterd " NATTER_VERSION));

        const auto help = runNatterd({u"--help"_s});
        QVERIFY(help.finished);
        QCOMPARE(help.exitCode, 0);
        const char *options[] = {"--listen", "--port", "--data-dir", "--database", "--db-driver",
            "--sqlite-synchronous", "--pbkdf2-iterations", "--retention-days", "--max-text-bytes",
            "--max-media-mib", "--max-document-mib", "--help", "--version"};
        for (const char *option : options)
            QVERIFY2(help.out.contains(QLatin1String(option)), option);
        QVERIFY(!help.out.contains(QLatin1String("listening")));
    }

    void badOptionExitsWith2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown option") << QStringList {u"--frobnicate"_s};
        QTest::newRow("missing value") << QStringList {u"--port"_s};
        QTest::newRow("port is not a number") << QStringList {u"--port"_s, u"abc"_s};
        QTest::newRow("port out of range") << QStringList {u"--port"_s, u"70000"_s};
        QTest::newRow("address is not an IP") << QStringList {u"--listen"_s, u"example"_s};
        QTest::newRow("unknown synchronous mode")
            << QStringList {u"--sqlite-synchronous"_s, u"OFF"_s};
        QTest::newRow("unknown driver") << QStringList {u"--db-driver"_s, u"QMYSQL"_s};
        QTest::newRow("QPSQL without a database name")
            << QStringList {u"--db-driver"_s, u"QPSQL"_s};
        QTest::newRow("too few iterations") << QStringList {u"--pbkdf2-iterations"_s, u"10"_s};
        QTest::newRow("zero retention") << QStringList {u"--retention-days"_s, u"0"_s};
        QTest::newRow("positional argument") << QStringList {u"serve"_s};
    }

    void badOptionExitsWith2()
    {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Valid settings first, so only the bad option can be the reason for refusing.
        const QStringList base {
            u"--listen"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s, u"--data-dir"_s, dir.path()};
        const auto run = runNatterd(base + args, 10000);
        QVERIFY2(run.finished, "natterd started despite a bad option");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(!run.err.trimmed().isEmpty(), "no reason on stderr");
        QVERIFY2(!run.out.contains(QLatin1String("listening")), qPrintable(run.out));
        // It stopped before touching anything.
        QVERIFY2(QDir(dir.path()).isEmpty(), qPrintable(QDir(dir.path()).entryList().join(u' ')));
    }

private:
    std::unique_ptr<NatterdProcess> m_natterd;
    std::unique_ptr<TestClient> m_alice;
    std::unique_ptr<TestClient> m_bob;
};

QTEST_GUILESS_MAIN(TestRestart)
#include "TestRestart.moc"
