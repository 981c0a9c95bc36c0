// The message life cycle of DESIGN.md against a real natterd with real WebSocket clients:
// ack, delivery, delivered and read receipts, with both users online and with either offline.
#include "TestClient.h"
#include "TestServer.h"

#include <QTest>

using namespace natter::protocol;
using namespace natter::test;

namespace {
const QString kAlice = QStringLiteral("+4915110000001");
const QString kBob = QStringLiteral("+4915110000002");
} // namespace

class TestReceiptCycle : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        m_alice = std::make_unique<TestClient>();
        m_bob = std::make_unique<TestClient>();
        QVERIFY(m_alice->registerUser(m_server->url(), kAlice, QStringLiteral("Alice")));
        QVERIFY(m_bob->registerUser(m_server->url(), kBob, QStringLiteral("Bob")));
    }
    void cleanup()
    {
        m_alice.reset();
        m_bob.reset();
        m_server.reset();
    }

    void bothOnline()
    {
        const QString cid = m_alice->sendText(kBob, QStringLiteral("Hi Bob"));
        const auto ack = m_alice->waitFor<Ack>();
        QVERIFY(ack);
        QCOMPARE(ack->clientId, cid);
        QVERIFY(ack->serverId > 0);
        QVERIFY(ack->timestamp > 0);

        const auto msg = m_bob->waitFor<ChatMessage>();
        QVERIFY(msg);
        QCOMPARE(msg->serverId, ack->serverId);
        QCOMPARE(msg->from, kAlice);
        QCOMPARE(msg->to, kBob);
        QCOMPARE(msg->content.text, QStringLiteral("Hi Bob"));
        QCOMPARE(msg->timestamp, ack->timestamp);

        m_bob->send(Delivered {{msg->serverId}});
        const auto delivered = m_alice->waitFor<Receipt>();
        QVERIFY(delivered);
        QCOMPARE(delivered->state, DeliveryState::Delivered);
        QCOMPARE(delivered->serverId, ack->serverId);
        QCOMPARE(delivered->clientId, cid);
        QCOMPARE(delivered->peer, kBob);

        m_bob->send(Read {{msg->serverId}});
        const auto read = m_alice->waitFor<Receipt>();
        QVERIFY(read);
        QCOMPARE(read->state, DeliveryState::Read);
        QCOMPARE(read->serverId, ack->serverId);
        m_alice->send(ReceiptAck {{read->serverId}, DeliveryState::Read});

        // Nothing is handed over again after a reconnect: the cycle is complete.
        QVERIFY(m_alice->resume(m_server->url()));
        QVERIFY(m_bob->resume(m_server->url()));
        const auto aliceSync = m_alice->waitFor<SyncDone>();
        const auto bobSync = m_bob->waitFor<SyncDone>();
        QVERIFY(aliceSync && bobSync);
        QCOMPARE(aliceSync->receipts, 0);
        QCOMPARE(bobSync->messages, 0);
        QCOMPARE(m_bob->count<ChatMessage>(), 0);
        QCOMPARE(m_alice->count<Receipt>(), 0);
    }

    void receiverOfflineGetsEverythingOnLogin()
    {
        m_bob->close();
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i) {
            m_alice->sendText(kBob, QStringLiteral("offline %1").arg(i));
            const auto ack = m_alice->waitFor<Ack>();
            QVERIFY(ack);
            ids.append(ack->serverId);
        }
        QVERIFY(m_bob->resume(m_server->url()));
        for (int i = 0; i < 5; ++i) {
            const auto msg = m_bob->waitFor<ChatMessage>();
            QVERIFY(msg);
            QCOMPARE(msg->serverId, ids[i]); // in the order the server accepted them
            QCOMPARE(msg->content.text, QStringLiteral("offline %1").arg(i));
        }
        const auto done = m_bob->waitFor<SyncDone>();
        QVERIFY(done);
        QCOMPARE(done->messages, 5);
        QCOMPARE(done->more, false);

        m_bob->send(Delivered {ids});
        for (int i = 0; i < 5; ++i) {
            const auto r = m_alice->waitFor<Receipt>();
            QVERIFY(r);
            QCOMPARE(r->serverId, ids[i]);
            QCOMPARE(r->state, DeliveryState::Delivered);
        }
        // Acknowledged messages are not handed over again.
        QVERIFY(m_bob->resume(m_server->url()));
        const auto again = m_bob->waitFor<SyncDone>();
        QVERIFY(again);
        QCOMPARE(again->messages, 0);
    }

    void explicitSyncPagesInBatches()
    {
        m_server.reset();
        auto config = TestServer::defaultConfig();
        config.limits.syncBatch = 3;
        m_server = std::make_unique<TestServer>(config);
        QVERIFY(m_server->start());
        QVERIFY(m_alice->registerUser(m_server->url(), kAlice, QStringLiteral("Alice")));
        QVERIFY(m_bob->registerUser(m_server->url(), kBob, QStringLiteral("Bob")));
        m_bob->close();
        for (int i = 0; i < 7; ++i) {
            m_alice->sendText(kBob, QString::number(i));
            QVERIFY(m_alice->waitFor<Ack>());
        }
        QVERIFY(m_bob->resume(m_server->url()));
        QList<int> seen;
        bool more = true;
        while (more) {
            const auto done = m_bob->waitFor<SyncDone>();
            QVERIFY(done);
            QVERIFY(done->messages <= 3);
            while (auto m = m_bob->take<ChatMessage>())
                seen.append(m->content.text.toInt());
            more = done->more;
            if (more)
                m_bob->send(Sync {}, QStringLiteral("next"));
        }
        QCOMPARE(seen, (QList<int> {0, 1, 2, 3, 4, 5, 6}));
    }

    void senderOfflineGetsReceiptsLater()
    {
        const QString cid = m_alice->sendText(kBob, QStringLiteral("see you"));
        const auto ack = m_alice->waitFor<Ack>();
        QVERIFY(ack);
        m_alice->close();

        const auto msg = m_bob->waitFor<ChatMessage>();
        QVERIFY(msg);
        m_bob->send(Delivered {{msg->serverId}});
        m_bob->send(Read {{msg->serverId}});
        // Give the server a moment to store both while Alice is away.
        QTest::qWait(100);

        QVERIFY(m_alice->resume(m_server->url()));
        const auto receipt = m_alice->waitFor<Receipt>();
        QVERIFY(receipt);
        QCOMPARE(receipt->serverId, ack->serverId);
        QCOMPARE(receipt->clientId, cid);
        QCOMPARE(receipt->state, DeliveryState::Read); // read implies delivered
        const auto done = m_alice->waitFor<SyncDone>();
        QVERIFY(done);
        QCOMPARE(done->receipts, 1);

        // Not acknowledged: handed over again on the next login; acknowledged: never again.
        QVERIFY(m_alice->resume(m_server->url()));
        QVERIFY(m_alice->waitFor<Receipt>());
        m_alice->send(ReceiptAck {{ack->serverId}, DeliveryState::Read});
        QVERIFY(m_alice->resume(m_server->url()));
        const auto last = m_alice->waitFor<SyncDone>();
        QVERIFY(last);
        QCOMPARE(last->receipts, 0);
    }

    void duplicateSendDeliversOnce()
    {
        m_bob->close();
        const QString cid = TestClient::newClientId();
        m_alice->sendText(kBob, QStringLiteral("only once"), cid);
        const auto first = m_alice->waitFor<Ack>();
        QVERIFY(first);
        // The link drops before the client saw the ack; it sends the same message again.
        QVERIFY(m_alice->resume(m_server->url()));
        m_alice->sendText(kBob, QStringLiteral("only once"), cid);
        const auto second = m_alice->waitFor<Ack>();
        QVERIFY(second);
        QCOMPARE(second->serverId, first->serverId);
        QCOMPARE(second->timestamp, first->timestamp);

        QVERIFY(m_bob->resume(m_server->url()));
        QVERIFY(m_bob->waitFor<SyncDone>());
        QCOMPARE(m_bob->count<ChatMessage>(), 1);
    }

    void duplicateSendWhileReceiverOnline()
    {
        const QString cid = TestClient::newClientId();
        m_alice->sendText(kBob, QStringLiteral("once"), cid);
        QVERIFY(m_alice->waitFor<Ack>());
        QVERIFY(m_bob->waitFor<ChatMessage>());
        m_alice->sendText(kBob, QStringLiteral("once"), cid);
        QVERIFY(m_alice->waitFor<Ack>());
        QVERIFY(!m_bob->receivesWithin<ChatMessage>(200));
    }

    void perConversationOrder()
    {
        QList<qint64> acked;
        for (int i = 0; i < 50; ++i)
            m_alice->sendText(kBob, QString::number(i));
        for (int i = 0; i < 50; ++i) {
            const auto ack = m_alice->waitFor<Ack>();
            QVERIFY(ack);
            acked.append(ack->serverId);
        }
        QVERIFY(std::is_sorted(acked.begin(), acked.end()));
        for (int i = 0; i < 50; ++i) {
            const auto m = m_bob->waitFor<ChatMessage>();
            QVERIFY(m);
            QCOMPARE(m->content.text, QString::number(i));
            QCOMPARE(m->serverId, acked[i]);
        }
    }

    void stateNeverGoesBackwards()
    {
        m_alice->sendText(kBob, QStringLiteral("x"));
        const auto msg = m_bob->waitFor<ChatMessage>();
        QVERIFY(msg);
        m_bob->send(Read {{msg->serverId}});
        const auto read = m_alice->waitFor<Receipt>();
        QVERIFY(read);
        QCOMPARE(read->state, DeliveryState::Read);
        m_bob->send(Delivered {{msg->serverId}}); // late, out of order
        QVERIFY(!m_alice->receivesWithin<Receipt>(200));
    }

    void typingAndPresenceBetweenPeers()
    {
        m_alice->sendText(kBob, QStringLiteral("hello"));
        QVERIFY(m_bob->waitFor<ChatMessage>());
        m_bob->send(TypingTo {kAlice, true});
        const auto typing = m_alice->waitFor<TypingFrom>();
        QVERIFY(typing);
        QCOMPARE(typing->from, kBob);
        QVERIFY(typing->active);

        m_alice->send(PresenceQuery {{kBob}}, 7);
        const auto p = m_alice->waitForRid(7);
        QVERIFY(p);
        QVERIFY(std::holds_alternative<Presence>(p->frame));
        QCOMPARE(std::get<Presence>(p->frame).online, true);

        m_bob->close();
        const auto offline = m_alice->waitFor<Presence>([](const Presence &x) { return !x.online; });
        QVERIFY(offline);
        QCOMPARE(offline->phone, kBob);
        QVERIFY(offline->lastSeen > 0);

        QVERIFY(m_bob->resume(m_server->url()));
        const auto online = m_alice->waitFor<Presence>([](const Presence &x) { return x.online; });
        QVERIFY(online);
    }

    void reportsWithARidAreConfirmedOnceCommitted()
    {
        m_alice->sendText(kBob, QStringLiteral("confirm me"));
        const auto msg = m_bob->waitFor<ChatMessage>();
        QVERIFY(msg);
        m_bob->send(Delivered {{msg->serverId}}, QStringLiteral("d1"));
        auto reply = m_bob->waitForRid(QStringLiteral("d1"));
        QVERIFY(reply);
        QVERIFY(std::holds_alternative<Done>(reply->frame));
        const auto receipt = m_alice->waitFor<Receipt>();
        QVERIFY(receipt);
        m_alice->send(ReceiptAck {{receipt->serverId}, DeliveryState::Delivered}, 42);
        reply = m_alice->waitForRid(42);
        QVERIFY(reply);
        QVERIFY(std::holds_alternative<Done>(reply->frame));

        // A repeated report changes nothing and is still confirmed; one without rid is not.
        m_bob->send(Delivered {{msg->serverId}}, QStringLiteral("d2"));
        reply = m_bob->waitForRid(QStringLiteral("d2"));
        QVERIFY(reply && std::holds_alternative<Done>(reply->frame));
        m_bob->send(Read {{msg->serverId}});
        QVERIFY(m_alice->waitFor<Receipt>());
        QCOMPARE(m_bob->count<Done>(), 0);

        // Someone else's id: the error names it, then the rest is confirmed.
        m_bob->send(Read {{msg->serverId, 999999}}, QStringLiteral("mixed"));
        const auto error = m_bob->waitForError(ErrorCode::NotFound);
        QVERIFY(error);
        QCOMPARE(error->serverIds, (QList<qint64> {999999}));
        reply = m_bob->waitForRid(QStringLiteral("mixed"));
        QVERIFY(reply && std::holds_alternative<Done>(reply->frame));
    }

    void lookupSaysWhetherANumberIsOnNatter()
    {
        m_alice->send(Lookup {kBob}, 1);
        auto r = m_alice->waitForRid(1);
        QVERIFY(r);
        QCOMPARE(std::get<LookupResult>(r->frame), (LookupResult {kBob, true, QStringLiteral("Bob")}));
        m_alice->send(Lookup {QStringLiteral("+4915119999999")}, 2);
        r = m_alice->waitForRid(2);
        QVERIFY(r);
        QCOMPARE(std::get<LookupResult>(r->frame).found, false);
    }

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestClient> m_alice;
    std::unique_ptr<TestClient> m_bob;
};

QTEST_GUILESS_MAIN(TestReceiptCycle)
#include "TestReceiptCycle.moc"
