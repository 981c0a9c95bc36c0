// Two ChatClients (two users, two data directories) against a real natterd: the message life
// cycle as each side's LocalStore shows it, the outbox across server restarts and across a
// recreated ChatClient, offline receivers, duplicates, refusals, typing and presence.
#include "ClientTestUser.h"
#include "TestServer.h"
#include "client/ChatClient.h"
#include "client/LocalStore.h"
#include "client/ServerConnection.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace natter::client;
using namespace natter::protocol;
using namespace natter::test;
using namespace std::chrono_literals;


namespace {
constexpr int kWaitMs = 20000;
using User = ClientUser;
} // namespace

class TestChatClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    User m_alice {kAlice, QStringLiteral("Alice")};
    User m_bob {kBob, QStringLiteral("Bob")};

    bool registerUser(User &user) { return user.registerOn(m_server->url(), kWaitMs); }
    bool loginUser(User &user) { return user.loginOn(m_server->url(), kWaitMs); }
    // The only message of the conversation with `peer`, as `user` stores it.
    static std::optional<StoredMessage> only(const User &user, const QString &peer)
    {
        const auto list = user.store().messages(peer);
        return list.size() == 1 ? std::optional(list.first()) : std::nullopt;
    }

private slots:
    void init()
    {
        auto config = TestServer::defaultConfig();
        config.port = freePort();
        config.limits.syncBatch = 3; // so that catching up needs several `sync` rounds
        m_server = std::make_unique<TestServer>(config);
        QVERIFY(m_server->start());
        m_alice = User(kAlice, QStringLiteral("Alice"));
        m_bob = User(kBob, QStringLiteral("Bob"));
        QVERIFY(registerUser(m_alice));
        QVERIFY(registerUser(m_bob));
    }
    void cleanup()
    {
        m_alice.client.reset();
        m_bob.client.reset();
        m_server.reset();
    }

    void sendDeliverRead()
    {
        ChatClient &alice = *m_alice.client;
        ChatClient &bob = *m_bob.client;
        QSignalSpy aliceAdded(&alice, &ChatClient::messageAdded);
        QSignalSpy bobAdded(&bob, &ChatClient::messageAdded);
        QSignalSpy bobUnread(&bob, &ChatClient::totalUnreadChanged);

        const qint64 id = alice.sendText(kBob, QStringLiteral("Hi Bob"));
        QVERIFY(id > 0);
        // Stored first, as pending, before anything went over the wire.
        QCOMPARE(m_alice.state(id), MessageState::Pending);
        QCOMPARE(aliceAdded.size(), 1);
        QCOMPARE(aliceAdded[0][0].toString(), kBob);
        QCOMPARE(aliceAdded[0][1].toLongLong(), id);
        QCOMPARE(m_alice.store().conversation(kBob)->lastPreview, QStringLiteral("Hi Bob"));

        // Bob stores it (unread) and reports it delivered; Alice sees sent, then delivered.
        QTRY_COMPARE_WITH_TIMEOUT(bobAdded.size(), 1, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_alice.state(id), MessageState::Delivered, kWaitMs);
        const auto sent = m_alice.store().message(id);
        QVERIFY(sent->serverId > 0);
        QCOMPARE(sent->sortKey, sent->serverId);
        const auto got = only(m_bob, kAlice);
        QVERIFY(got);
        QCOMPARE(got->serverId, sent->serverId);
        QCOMPARE(got->timestamp, sent->timestamp);
        QCOMPARE(got->content.text, QStringLiteral("Hi Bob"));
        QVERIFY(!got->outgoing);
        QCOMPARE(got->state, MessageState::Delivered);
        QCOMPARE(bob.totalUnread(), 1);
        QCOMPARE(bobUnread.last().at(0).toInt(), 1);
        QCOMPARE(m_bob.store().firstUnread(kAlice)->localId, got->localId);
        // Bob did not know Alice's name: it was looked up.
        QTRY_COMPARE_WITH_TIMEOUT(
            m_bob.store().conversation(kAlice)->displayName, QStringLiteral("Alice"), kWaitMs);

        // Bob opens the chat: read on his side at once, read receipt on Alice's.
        bob.markRead(kAlice);
        QCOMPARE(only(m_bob, kAlice)->state, MessageState::Read);
        QCOMPARE(bob.totalUnread(), 0);
        QCOMPARE(bobUnread.last().at(0).toInt(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_alice.state(id), MessageState::Read, kWaitMs);

        // Everything was acknowledged: a reconnect hands nothing over again.
        QSignalSpy bobSync(&bob, &ChatClient::syncingChanged);
        bob.connection()->abortConnection();
        QTRY_VERIFY_WITH_TIMEOUT(
            bobSync.size() >= 2 && bob.isOnline() && !bob.isSyncing(), kWaitMs);
        QCOMPARE(m_bob.store().messageCount(kAlice), 1);
        QCOMPARE(bobAdded.size(), 1);
        QCOMPARE(m_alice.state(id), MessageState::Read);
    }

    void outboxWaitsForServerAndReconnectsByItself()
    {
        ChatClient &alice = *m_alice.client;
        m_server->stop();
        QTRY_VERIFY_WITH_TIMEOUT(
            alice.connectionState() == ChatClient::ConnectionState::Connecting, kWaitMs);

        const qint64 id = alice.sendText(kBob, QStringLiteral("while you were away"));
        QVERIFY(id > 0);
        // The server stays away for a few attempts; the message stays pending.
        QTRY_VERIFY_WITH_TIMEOUT(alice.connection()->failedAttempts() >= 3, kWaitMs);
        QCOMPARE(m_alice.state(id), MessageState::Pending);
        QCOMPARE(m_alice.store().outbox().size(), 1);

        // Back on the same address: both clients reconnect without anybody doing anything.
        QVERIFY(m_server->restart());
        QTRY_VERIFY_WITH_TIMEOUT(alice.isOnline(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_bob.client->isOnline(), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_alice.state(id), MessageState::Delivered, kWaitMs);
        QCOMPARE(only(m_bob, kAlice)->content.text, QStringLiteral("while you were away"));
        QVERIFY(m_alice.store().outbox().isEmpty());
    }

    void longOutboxDrainsInOrder()
    {
        // More than the send window (and than one sync batch) queued while offline.
        m_server->stop();
        QList<qint64> ids;
        for (int i = 0; i < 250; ++i)
            ids.append(m_alice.client->sendText(kBob, QStringLiteral("n%1").arg(i)));
        QCOMPARE(m_alice.store().outbox().size(), 250);
        QVERIFY(m_server->restart());
        QTRY_COMPARE_WITH_TIMEOUT(m_bob.store().messageCount(kAlice), 250, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_alice.state(ids.last()), MessageState::Delivered, kWaitMs);
        QVERIFY(m_alice.store().outbox().isEmpty());
        const auto page = m_bob.store().messages(kAlice, kNewestSortKey, 300);
        QCOMPARE(page.size(), 250);
        for (int i = 0; i < 250; ++i)
            QCOMPARE(page[249 - i].content.text, QStringLiteral("n%1").arg(i));
        // Alice's own view has the same order, now by server id.
        const auto mine = m_alice.store().messages(kBob, kNewestSortKey, 300);
        for (int i = 0; i < 250; ++i)
            QCOMPARE(mine[249 - i].localId, ids[i]);
    }

    void outboxSurvivesRecreatedClient()
    {
        // Alice writes while the server is down and quits; a new ChatClient on the same data
        // directory sends the pending rows with their original client ids.
        m_server->stop();
        const qint64 first = m_alice.client->sendText(kBob, QStringLiteral("one"));
        const qint64 second = m_alice.client->sendText(kBob, QStringLiteral("two"));
        const QString firstClientId = m_alice.store().message(first)->clientId;
        m_alice.client.reset();
        QVERIFY(m_server->restart());

        ChatClient &alice = m_alice.make(m_server->url());
        QVERIFY(!alice.store());
        QVERIFY(alice.hasSavedSession());
        alice.login(kAlice, kPassword);
        QTRY_VERIFY_WITH_TIMEOUT(alice.store() && alice.isOnline(), kWaitMs);
        QCOMPARE(alice.store()->message(first)->clientId, firstClientId);
        QTRY_COMPARE_WITH_TIMEOUT(m_alice.state(first), MessageState::Delivered, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_alice.state(second), MessageState::Delivered, kWaitMs);

        // A message that went out just before the object was destroyed, before its ack was
        // processed, is sent again by the next instance; the server keeps it once.
        const qint64 third = alice.sendText(kBob, QStringLiteral("three"));
        m_alice.client.reset();
        ChatClient &again = m_alice.make(m_server->url());
        again.login(kAlice, kPassword);
        QTRY_COMPARE_WITH_TIMEOUT(m_alice.state(third), MessageState::Delivered, kWaitMs);

        QTRY_COMPARE_WITH_TIMEOUT(m_bob.store().messageCount(kAlice), 3, kWaitMs);
        const auto bobs = m_bob.store().messages(kAlice);
        QCOMPARE(bobs.size(), 3);
        QCOMPARE(bobs[0].content.text, QStringLiteral("three"));
        QCOMPARE(bobs[1].content.text, QStringLiteral("two"));
        QCOMPARE(bobs[2].content.text, QStringLiteral("one"));
    }

    void offlineReceiverGetsEverythingOnceInOrder()
    {
        m_bob.client.reset(); // Bob quits the app
        QList<qint64> ids;
        for (int i = 0; i < 10; ++i)
            ids.append(m_alice.client->sendText(kBob, QStringLiteral("m%1").arg(i)));
        for (qint64 id : std::as_const(ids))
            QTRY_COMPARE_WITH_TIMEOUT(m_alice.state(id), MessageState::Sent, kWaitMs);

        QVERIFY(loginUser(m_bob));
        QSignalSpy added(m_bob.client.get(), &ChatClient::messageAdded);
        // 10 messages in batches of 3: the client keeps asking while sync_done says "more".
        QTRY_COMPARE_WITH_TIMEOUT(m_bob.store().messageCount(kAlice), 10, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_bob.client->isSyncing(), kWaitMs);
        for (qint64 id : std::as_const(ids))
            QTRY_COMPARE_WITH_TIMEOUT(m_alice.state(id), MessageState::Delivered, kWaitMs);
        const auto page = m_bob.store().messages(kAlice);
        QCOMPARE(page.size(), 10);
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(page[9 - i].content.text, QStringLiteral("m%1").arg(i));
            QCOMPARE(page[9 - i].serverId, m_alice.store().message(ids[i])->serverId);
        }
        QCOMPARE(m_bob.client->totalUnread(), 10);
        QCOMPARE(m_bob.store().conversation(kAlice)->unreadCount, 10);

        // Bob reads while offline: the read receipts go out after he is back.
        m_server->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!m_bob.client->isOnline(), kWaitMs);
        m_bob.client->markRead(kAlice);
        QCOMPARE(m_bob.client->totalUnread(), 0);
        QVERIFY(m_server->restart());
        for (qint64 id : std::as_const(ids))
            QTRY_COMPARE_WITH_TIMEOUT(m_alice.state(id), MessageState::Read, kWaitMs);
        QCOMPARE(m_bob.store().messageCount(kAlice), 10);
    }

    void duplicateIncomingStoredOnce()
    {
        // Bob got a message before, but his `delivered` never reached the server (the app was
        // killed): the server hands it over again at the next login.
        m_bob.client.reset();
        const qint64 id = m_alice.client->sendText(kBob, QStringLiteral("again?"));
        QTRY_COMPARE_WITH_TIMEOUT(m_alice.state(id), MessageState::Sent, kWaitMs);
        const StoredMessage sent = *m_alice.store().message(id);
        {
            LocalStore earlier(ChatClient::databasePath(m_bob.dir->path(), kBob));
            QVERIFY(earlier.open());
            const auto stored = earlier.addIncoming(
                {ChatMessage {sent.serverId, kAlice, kBob, sent.timestamp, sent.content}}, kBob);
            QVERIFY(stored.first().inserted);
        }

        ChatClient &bob = m_bob.make(m_server->url());
        QSignalSpy added(&bob, &ChatClient::messageAdded);
        bob.login(kBob, kPassword);
        QTRY_VERIFY_WITH_TIMEOUT(bob.isOnline() && !bob.isSyncing(), kWaitMs);
        // Stored once, not announced as new, and now acknowledged after all.
        QTRY_COMPARE_WITH_TIMEOUT(m_alice.state(id), MessageState::Delivered, kWaitMs);
        QCOMPARE(m_bob.store().messageCount(kAlice), 1);
        QCOMPARE(added.size(), 0);
        QCOMPARE(bob.totalUnread(), 1);
    }

    void failedSendShowsReason()
    {
        ChatClient &alice = *m_alice.client;
        const QString nobody = QStringLiteral("+4915199999999");
        QSignalSpy changed(&alice, &ChatClient::messageChanged);
        const qint64 id = alice.sendText(nobody, QStringLiteral("hello?"));
        QTRY_COMPARE_WITH_TIMEOUT(m_alice.state(id), MessageState::Failed, kWaitMs);
        const auto failed = m_alice.store().message(id);
        QVERIFY2(failed->failureReason.contains(nobody), qPrintable(failed->failureReason));
        QCOMPARE(failed->serverId, 0);
        QVERIFY(!changed.isEmpty());
        QVERIFY(m_alice.store().outbox().isEmpty());

        // A retry goes out again (same client id) and fails again; a sent message cannot be
        // retried.
        QVERIFY(alice.retry(id));
        QCOMPARE(m_alice.state(id), MessageState::Pending);
        QTRY_COMPARE_WITH_TIMEOUT(m_alice.state(id), MessageState::Failed, kWaitMs);
        QCOMPARE(m_alice.store().message(id)->clientId, failed->clientId);
        QVERIFY(!alice.retry(m_alice.store().message(id)->localId + 1000));

        // Nothing was stored for input that cannot be sent at all.
        QCOMPARE(alice.sendText(QStringLiteral("not a number"), QStringLiteral("x")), 0);
        QCOMPARE(alice.sendText(kBob, QStringLiteral("   ")), 0);
        // Over the server's text limit: failed at once, with the reason.
        const qint64 huge = alice.sendText(kBob, QString(70 * 1024, u'x'));
        QCOMPARE(m_alice.state(huge), MessageState::Failed);
        QVERIFY(!m_alice.store().message(huge)->failureReason.isEmpty());
    }

    void authFailures()
    {
        QTemporaryDir dir;
        ChatClient c(dir.path(), nullptr, QStringLiteral("natter-test-auth"));
        c.setServer(m_server->url());
        QSignalSpy failed(&c, &ChatClient::authFailed);
        auto lastError = [&] { return failed.last().at(0).value<ChatClient::AuthError>(); };

        c.login(kAlice, QStringLiteral("wrong password"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kWaitMs);
        QCOMPARE(lastError(), ChatClient::AuthError::WrongPassword);
        QVERIFY(!failed.last().at(1).toString().isEmpty());
        QCOMPARE(c.connectionState(), ChatClient::ConnectionState::Offline);

        c.registerAccount(kAlice, QStringLiteral("Other"), kPassword);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, kWaitMs);
        QCOMPARE(lastError(), ChatClient::AuthError::NumberTaken);

        c.registerAccount(QStringLiteral("12345"), QStringLiteral("Other"), kPassword);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 3, kWaitMs);
        QCOMPARE(lastError(), ChatClient::AuthError::InvalidNumber);

        c.registerAccount(
            QStringLiteral("+4915110000009"), QStringLiteral("Other"), QStringLiteral("short"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 4, kWaitMs);
        QCOMPARE(lastError(), ChatClient::AuthError::WeakPassword);

        QUrl nowhere = m_server->url();
        nowhere.setPort(freePort());
        c.setServer(nowhere);
        c.login(kAlice, kPassword);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 5, kWaitMs);
        QCOMPARE(lastError(), ChatClient::AuthError::ServerUnreachable);
        QVERIFY(failed.last().at(1).toString().contains(nowhere.toDisplayString()));
        QCOMPARE(c.connectionState(), ChatClient::ConnectionState::Offline);

        // A registered name that works logs in.
        c.setServer(m_server->url());
        QSignalSpy ok(&c, &ChatClient::authSucceeded);
        c.login(QStringLiteral("+49 151 1000-0001"), kPassword);
        QTRY_COMPARE_WITH_TIMEOUT(ok.size(), 1, kWaitMs);
        QCOMPARE(c.phone(), kAlice);
        QCOMPARE(c.displayName(), QStringLiteral("Alice"));
        QCOMPARE(failed.size(), 5);
    }

    void logoutAndResume()
    {
        ChatClient &alice = *m_alice.client;
        QVERIFY(alice.hasSavedSession());
        // Within one run the token is at hand (from the keychain, or from memory without one).
        alice.resumeSession();
        QVERIFY(alice.store());
        QTRY_VERIFY_WITH_TIMEOUT(alice.isOnline(), kWaitMs);

        QSignalSpy loggedOut(&alice, &ChatClient::loggedOut);
        alice.logout();
        QCOMPARE(loggedOut.size(), 1);
        QCOMPARE(alice.connectionState(), ChatClient::ConnectionState::Offline);
        QVERIFY(!alice.store());
        QVERIFY(!alice.hasSavedSession());
        QSignalSpy failed(&alice, &ChatClient::authFailed);
        alice.resumeSession();
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(
            failed.last().at(0).value<ChatClient::AuthError>(), ChatClient::AuthError::NoSession);
    }

    void typingPresenceLookup()
    {
        ChatClient &alice = *m_alice.client;
        ChatClient &bob = *m_bob.client;
        // Typing and presence are for people one has a conversation with.
        const qint64 id = alice.sendText(kBob, QStringLiteral("hi"));
        QTRY_COMPARE_WITH_TIMEOUT(m_alice.state(id), MessageState::Delivered, kWaitMs);

        QSignalSpy typing(&bob, &ChatClient::typingChanged);
        alice.setTyping(kBob, true);
        alice.setTyping(kBob, true); // a keystroke later: no second frame needed
        QTRY_VERIFY_WITH_TIMEOUT(bob.isTyping(kAlice), kWaitMs);
        QCOMPARE(typing.size(), 1);
        QCOMPARE(typing[0][0].toString(), kAlice);
        QCOMPARE(typing[0][1].toBool(), true);
        // Without a refresh the indicator goes away by itself.
        QTRY_VERIFY_WITH_TIMEOUT(!bob.isTyping(kAlice), 15000);
        QCOMPARE(typing.size(), 2);
        // And an explicit stop ends it at once.
        alice.setTyping(kBob, false);
        alice.setTyping(kBob, true);
        QTRY_VERIFY_WITH_TIMEOUT(bob.isTyping(kAlice), kWaitMs);
        alice.setTyping(kBob, false);
        QTRY_VERIFY_WITH_TIMEOUT(!bob.isTyping(kAlice), 3000);

        QSignalSpy presence(&alice, &ChatClient::presenceChanged);
        alice.queryPresence(kBob);
        QTRY_VERIFY_WITH_TIMEOUT(!presence.isEmpty(), kWaitMs);
        QCOMPARE(presence.last().at(0).toString(), kBob);
        QCOMPARE(presence.last().at(1).toBool(), true);
        m_bob.client.reset();
        QTRY_VERIFY_WITH_TIMEOUT(presence.size() >= 2 && !presence.last().at(1).toBool(), kWaitMs);
        QVERIFY(presence.last().at(2).toDateTime().isValid());

        QSignalSpy looked(&alice, &ChatClient::lookupFinished);
        alice.lookup(kBob);
        QTRY_COMPARE_WITH_TIMEOUT(looked.size(), 1, kWaitMs);
        QCOMPARE(looked[0][1].toBool(), true);
        QCOMPARE(looked[0][2].toString(), QStringLiteral("Bob"));
        alice.lookup(QStringLiteral("+4915199999999"));
        QTRY_COMPARE_WITH_TIMEOUT(looked.size(), 2, kWaitMs);
        QCOMPARE(looked[1][1].toBool(), false);
        QCOMPARE(m_alice.store().contact(kBob)->name, QStringLiteral("Bob"));
    }
};

QTEST_GUILESS_MAIN(TestChatClient)
#include "TestChatClient.moc"
