// Limits that protect the server and its users: password guessing and frame floods.
#include "TestClient.h"
#include "TestServer.h"

#include <QTest>

using namespace natter::protocol;
using namespace natter::test;

namespace {
const QString kAlice = QStringLiteral("+4915120000001");
const QString kBob = QStringLiteral("+4915120000002");
} // namespace

class TestRateLimits : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
    }
    void cleanup() { m_server.reset(); }

    void passwordGuessingLocksTheNumber()
    {
        TestClient alice;
        QVERIFY(alice.registerUser(m_server->url(), kAlice, QStringLiteral("Alice"), QStringLiteral("the right one")));
        alice.close();

        TestClient guesser;
        QVERIFY(guesser.connectTo(m_server->url()));
        for (int i = 0; i < 5; ++i) {
            guesser.send(Login {kAlice, QStringLiteral("guess %1").arg(i)});
            QVERIFY(guesser.waitForError(ErrorCode::BadCredentials));
        }
        // Even the right password is refused now, without revealing that it was right.
        guesser.send(Login {kAlice, QStringLiteral("the right one")});
        const auto locked = guesser.waitForError();
        QVERIFY(locked);
        QCOMPARE(locked->code, ErrorCode::RateLimited);
        QVERIFY(locked->message.contains(QStringLiteral("minutes")));
        QCOMPARE(guesser.count<AuthOk>(), 0);

        // Other numbers are not affected.
        TestClient bob;
        QVERIFY(bob.registerUser(m_server->url(), kBob, QStringLiteral("Bob")));
        QVERIFY(bob.login(m_server->url(), kBob));
    }

    void successfulLoginResetsTheCount()
    {
        TestClient alice;
        QVERIFY(alice.registerUser(m_server->url(), kAlice, QStringLiteral("Alice"), QStringLiteral("the right one")));
        QVERIFY(alice.connectTo(m_server->url()));
        for (int round = 0; round < 3; ++round) {
            for (int i = 0; i < 4; ++i) {
                alice.send(Login {kAlice, QStringLiteral("typo")});
                QVERIFY(alice.waitForError(ErrorCode::BadCredentials));
            }
            QVERIFY(alice.login(m_server->url(), kAlice, QStringLiteral("the right one")));
            QVERIFY(alice.connectTo(m_server->url()));
        }
    }

    void floodingIsRefusedAndTheConnectionSurvives()
    {
        TestClient alice;
        QVERIFY(alice.registerUser(m_server->url(), kAlice, QStringLiteral("Alice")));
        const int flood = 8000;
        for (int i = 0; i < flood; ++i)
            alice.send(Lookup {kAlice}, i);
        // Some are answered, the rest are refused with rate_limited; none is lost silently.
        QTRY_COMPARE_WITH_TIMEOUT(alice.count<LookupResult>() + alice.count<Error>(), flood, 30000);
        QVERIFY(alice.count<Error>() > 0);
        QVERIFY(alice.count<LookupResult>() >= 2000);
        // Every refusal names the request it refused, so a client knows what to send again.
        QSet<int> answered;
        for (const auto &d : alice.inbox()) {
            if (std::holds_alternative<LookupResult>(d.frame) || std::holds_alternative<Error>(d.frame))
                answered.insert(d.rid.toInt(-1));
        }
        QCOMPARE(answered.size(), flood);
        QVERIFY(!answered.contains(-1));
        const auto error = alice.waitForError();
        QCOMPARE(error->code, ErrorCode::RateLimited);
        QVERIFY(alice.isConnected());

        // Once the budget refills, the same connection works again.
        alice.clearInbox();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                alice.send(Lookup {kAlice}, QStringLiteral("probe"));
                const auto reply = alice.waitForRid(QStringLiteral("probe"), 1000);
                return reply && std::holds_alternative<LookupResult>(reply->frame);
            }(),
            10000);
    }

private:
    std::unique_ptr<TestServer> m_server;
};

QTEST_GUILESS_MAIN(TestRateLimits)
#include "TestRateLimits.moc"
