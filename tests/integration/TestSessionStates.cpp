// Frames in the wrong state of a session, against a real natterd: before hello, a hello the
// server cannot speak, a second hello, and everything before login. Each gets its error and
// reveals nothing.
#include "BadInputFixture.h"

class TestSessionStates : public BadInputFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void framesBeforeHelloNeedHello_data()
    {
        QTest::addColumn<QString>("frame");
        FrameCodec codec;
        const auto row = [&](const char *name, const ClientFrame &f) {
            QTest::newRow(name) << QString::fromUtf8(codec.encode(f, 5));
        };
        row("register", Register {u"+4915110000003"_s, u"Carol"_s, u"correct horse"_s});
        row("login", Login {kAlice, u"correct horse"_s});
        row("resume", Resume {u"abc"_s});
        row("lookup", Lookup {kBob});
        row("send", Send {TestClient::newClientId(), kBob, MessageContent::fromText(u"hi"_s)});
        row("sync", Sync {});
        row("presence_query", PresenceQuery {{kBob}});
    }

    void framesBeforeHelloNeedHello()
    {
        QFETCH(QString, frame);
        TestClient client;
        QVERIFY(client.connectTo(m_server->url(), false));
        client.sendRaw(frame);
        const auto error = errorReply(client, 5);
        QVERIFY(error);
        QCOMPARE(toWireName(error->code), toWireName(ErrorCode::HelloRequired));
        QVERIFY(!error->message.isEmpty());
        QVERIFY(!client.receivesWithin<AuthOk>(100));
        // The connection is still there and hello works.
        client.send(Hello {kProtocolVersion, u"tests"_s}, 6);
        const auto welcome = client.waitForRid(6);
        QVERIFY(welcome);
        QVERIFY(std::holds_alternative<Welcome>(welcome->frame));
        QCOMPARE(std::get<Welcome>(welcome->frame).version, kProtocolVersion);
        verifyNothingReachedBob();
    }

    void helloWithUnsupportedVersionIsRefusedAndClosed()
    {
        TestClient client;
        QVERIFY(client.connectTo(m_server->url(), false));
        client.send(Hello {0, u"ancient"_s}, 1);
        const auto error = errorReply(client, 1);
        QVERIFY(error);
        QCOMPARE(toWireName(error->code), toWireName(ErrorCode::UnsupportedVersion));
        QVERIFY(error->message.contains(QString::number(kProtocolVersion)));
        QVERIFY(client.waitForDisconnected());
        QCOMPARE(client.closeCode(), QWebSocketProtocol::CloseCodeProtocolError);
        QCOMPARE(client.count<Welcome>(), 0);
    }

    void helloWithNewerVersionIsNegotiatedDown()
    {
        TestClient client;
        QVERIFY(client.connectTo(m_server->url(), false));
        client.send(Hello {kProtocolVersion + 1, u"future"_s}, 1);
        const auto reply = client.waitForRid(1);
        QVERIFY(reply);
        const auto *welcome = std::get_if<Welcome>(&reply->frame);
        QVERIFY(welcome);
        QCOMPARE(welcome->version, kProtocolVersion);
        QCOMPARE(welcome->limits, Limits {});
    }

    void secondHelloIsABadFrame()
    {
        // Before login.
        TestClient client;
        QVERIFY(client.connectTo(m_server->url()));
        client.send(Hello {kProtocolVersion, u"again"_s}, 1);
        auto error = errorReply(client, 1);
        QVERIFY(error);
        QCOMPARE(toWireName(error->code), toWireName(ErrorCode::BadFrame));
        QCOMPARE(client.count<Welcome>(), 0);
        client.send(Login {kBob, u"correct horse"_s}, 2);
        QVERIFY(replyIs<AuthOk>(client, 2));

        // After login: refused, and the session stays logged in.
        m_alice->send(Hello {kProtocolVersion, u"again"_s}, 3);
        error = errorReply(*m_alice, 3);
        QVERIFY(error);
        QCOMPARE(toWireName(error->code), toWireName(ErrorCode::BadFrame));
        QCOMPARE(m_alice->count<Welcome>(), 0);
        verifyAliceStillSends();
    }

    void framesBeforeLoginRevealNothing_data()
    {
        QTest::addColumn<QString>("frame");
        FrameCodec codec;
        const auto row = [&](const char *name, const ClientFrame &f) {
            QTest::newRow(name) << QString::fromUtf8(codec.encode(f, 9));
        };
        row("lookup of a member", Lookup {kBob});
        row("lookup of a stranger", Lookup {kNobody});
        row("send", Send {TestClient::newClientId(), kBob, MessageContent::fromText(u"hi"_s)});
        row("sync", Sync {});
        row("presence_query", PresenceQuery {{kBob, kAlice}});
        row("typing", TypingTo {kBob, true});
        row("delivered", Delivered {{1, 2}});
        row("read", Read {{1, 2}});
        row("receipt_ack", ReceiptAck {{1, 2}, DeliveryState::Read});
        row("logout", Logout {});
    }

    void framesBeforeLoginRevealNothing()
    {
        QFETCH(QString, frame);
        // Something worth stealing: a message queued for Bob, and a conversation with Alice.
        m_alice->sendText(kBob, u"secret"_s);
        QVERIFY(m_alice->waitFor<Ack>());
        const auto first = m_bob->waitFor<ChatMessage>();
        QVERIFY(first);
        m_bob->send(Read {{first->serverId}});
        QVERIFY(m_alice->waitFor<Receipt>());
        m_bob->close();
        QVERIFY(m_alice->waitFor<Presence>());
        m_alice->sendText(kBob, u"queued secret"_s);
        QVERIFY(m_alice->waitFor<Ack>());
        m_alice->clearInbox();

        const auto anonymous = anonymousClient();
        QVERIFY(anonymous);
        anonymous->sendRaw(frame);
        const auto error = errorReply(*anonymous, 9);
        QVERIFY2(error, "a frame before login was not refused");
        QCOMPARE(toWireName(error->code), toWireName(ErrorCode::NotAuthenticated));
        QVERIFY(error->clientId.isEmpty());
        QVERIFY(error->serverIds.isEmpty());
        QVERIFY(!error->message.contains(kBob));
        QVERIFY(!error->message.contains(kAlice));
        // Nothing else came back, and nothing reached Alice (no receipt, no typing, no presence).
        QVERIFY(!anonymous->receivesWithin<ChatMessage>(200));
        QVERIFY2(anonymous->inbox().isEmpty(), qPrintable(describe(anonymous->inbox())));
        QVERIFY2(m_alice->inbox().isEmpty(), qPrintable(describe(m_alice->inbox())));

        // Bob's queue is untouched: exactly the one queued message is still there.
        QVERIFY(m_bob->resume(m_server->url()));
        const auto done = m_bob->waitFor<SyncDone>();
        QVERIFY(done);
        QCOMPARE(done->messages, 1);
        QCOMPARE(m_bob->take<ChatMessage>()->content.text, u"queued secret"_s);
        // And the anonymous connection can still log in.
        anonymous->send(Login {kBob, u"correct horse"_s}, 10);
        QVERIFY(replyIs<AuthOk>(*anonymous, 10));
    }
};

QTEST_GUILESS_MAIN(TestSessionStates)
#include "TestSessionStates.moc"
