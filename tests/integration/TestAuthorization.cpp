// "Every frame after login is authorised against the session's user" (DESIGN.md), and the
// account frames refuse what they must, against a real natterd with real WebSocket clients.
// Alice writes to Bob; Carol is a registered user who has no business with their messages.
#include "TestClient.h"
#include "TestServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace natter::protocol;
using namespace natter::test;
using namespace Qt::StringLiterals;

namespace {
const QString kAlice = u"+4915110000001"_s;
const QString kBob = u"+4915110000002"_s;
const QString kCarol = u"+4915110000003"_s;
const QString kNobody = u"+4915119999999"_s;
const QString kPassword = u"correct horse"_s;

// The error that answers the frame sent with `rid`, or nullopt if the reply was something else.
std::optional<Error> errorReply(TestClient &client, const QJsonValue &rid)
{
    const auto reply = client.waitForRid(rid);
    if (!reply)
        return std::nullopt;
    if (const auto *e = std::get_if<Error>(&reply->frame))
        return *e;
    return std::nullopt;
}
} // namespace

class TestAuthorization : public QObject
{
    Q_OBJECT

private:
    // Alice sends one message to Bob and returns its ack.
    std::optional<Ack> aliceSendsToBob(const QString &text = u"for Bob only"_s)
    {
        m_alice->sendText(kBob, text);
        return m_alice->waitFor<Ack>();
    }

    // Checks that `client`'s connection is logged in as `phone` by sending Carol a message on it.
    void verifyLoggedInAs(TestClient &client, const QString &phone)
    {
        const QString cid = client.sendText(kCarol, u"who am I?"_s);
        const auto ack = client.waitFor<Ack>([&](const Ack &a) { return a.clientId == cid; });
        QVERIFY(ack);
        const auto msg = m_carol->waitFor<ChatMessage>(
            [&](const ChatMessage &m) { return m.serverId == ack->serverId; });
        QVERIFY(msg);
        QCOMPARE(msg->from, phone);
    }

private slots:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        m_alice = std::make_unique<TestClient>();
        m_bob = std::make_unique<TestClient>();
        m_carol = std::make_unique<TestClient>();
        QVERIFY(m_alice->registerUser(m_server->url(), kAlice, u"Alice"_s));
        QVERIFY(m_bob->registerUser(m_server->url(), kBob, u"Bob"_s));
        QVERIFY(m_carol->registerUser(m_server->url(), kCarol, u"Carol"_s));
        for (TestClient *c : {m_alice.get(), m_bob.get(), m_carol.get()}) {
            QVERIFY(c->waitFor<SyncDone>());
            c->clearInbox();
        }
    }
    void cleanup()
    {
        m_alice.reset();
        m_bob.reset();
        m_carol.reset();
        m_server.reset();
    }

    void strangerCannotMarkDeliveredOrRead_data()
    {
        QTest::addColumn<DeliveryState>("state");
        QTest::newRow("delivered") << DeliveryState::Delivered;
        QTest::newRow("read") << DeliveryState::Read;
    }

    void strangerCannotMarkDeliveredOrRead()
    {
        QFETCH(DeliveryState, state);
        const auto report = [state](const QList<qint64> &ids) -> ClientFrame {
            if (state == DeliveryState::Read)
                return Read {ids};
            return Delivered {ids};
        };
        // Bob is offline, so his copy waits on the server: a successful forgery would also
        // drop it from his queue.
        m_bob->close();
        const auto ack = aliceSendsToBob();
        QVERIFY(ack);
        const qint64 unknown = ack->serverId + 100;

        m_carol->send(report({ack->serverId, unknown}), 1);
        auto error = errorReply(*m_carol, 1);
        QVERIFY2(error, "Carol's receipt for someone else's message was not refused");
        QCOMPARE(toWireName(error->code), toWireName(ErrorCode::NotFound));
        QCOMPARE(error->serverIds, (QList<qint64> {ack->serverId, unknown}));
        // The sender cannot report for the receiver either.
        m_alice->send(report({ack->serverId}), 2);
        error = errorReply(*m_alice, 2);
        QVERIFY2(error, "Alice's receipt for her own message was not refused");
        QCOMPARE(toWireName(error->code), toWireName(ErrorCode::NotFound));
        QCOMPARE(error->serverIds, QList<qint64> {ack->serverId});
        QVERIFY(!m_alice->receivesWithin<Receipt>(200));

        // Bob still gets the message, and his own report goes through.
        QVERIFY(m_bob->resume(m_server->url()));
        const auto msg = m_bob->waitFor<ChatMessage>();
        QVERIFY(msg);
        QCOMPARE(msg->serverId, ack->serverId);
        QCOMPARE(msg->content.text, u"for Bob only"_s);
        m_bob->send(report({msg->serverId}), 3);
        const auto receipt = m_alice->waitFor<Receipt>();
        QVERIFY(receipt);
        QCOMPARE(receipt->serverId, ack->serverId);
        QCOMPARE(receipt->state, state);
        QCOMPARE(receipt->peer, kBob);
        QVERIFY(!m_bob->receivesWithin<Error>(100));
        QCOMPARE(m_carol->count<Receipt>(), 0);
    }

    void strangerCannotAcknowledgeReceipts()
    {
        const auto ack = aliceSendsToBob();
        QVERIFY(ack);
        const auto msg = m_bob->waitFor<ChatMessage>();
        QVERIFY(msg);
        m_alice->close();
        m_bob->send(Read {{msg->serverId}});
        // A reply to a later frame shows the receipt was handled.
        m_bob->send(Lookup {kAlice}, 1);
        QVERIFY(m_bob->waitForRid(1));

        // Neither a stranger nor the receiver can acknowledge the receipt for Alice; an ack
        // that went through would drop it before she ever saw it.
        for (TestClient *intruder : {m_carol.get(), m_bob.get()}) {
            intruder->send(ReceiptAck {{ack->serverId}, DeliveryState::Read}, 2);
            const auto error = errorReply(*intruder, 2);
            QVERIFY2(error, "a receipt_ack for someone else's message was not refused");
            QCOMPARE(toWireName(error->code), toWireName(ErrorCode::NotFound));
            QCOMPARE(error->serverIds, QList<qint64> {ack->serverId});
        }

        QVERIFY(m_alice->resume(m_server->url()));
        const auto receipt = m_alice->waitFor<Receipt>();
        QVERIFY(receipt);
        QCOMPARE(receipt->serverId, ack->serverId);
        QCOMPARE(receipt->state, DeliveryState::Read);
        QCOMPARE(receipt->peer, kBob);
        const auto done = m_alice->waitFor<SyncDone>();
        QVERIFY(done);
        QCOMPARE(done->receipts, 1);
    }

    void nobodyCanSendAsSomeoneElse_data()
    {
        QTest::addColumn<QJsonObject>("extra");
        QTest::newRow("from") << QJsonObject {{u"from"_s, kAlice}};
        QTest::newRow("sender fields") << QJsonObject {{u"from"_s, kAlice}, {u"sender"_s, kAlice},
            {u"phone"_s, kAlice}, {u"user_id"_s, 1}, {u"server_id"_s, 1}};
        QTest::newRow("from the receiver") << QJsonObject {{u"from"_s, kBob}};
    }

    void nobodyCanSendAsSomeoneElse()
    {
        QFETCH(QJsonObject, extra);
        QJsonObject send {{u"type"_s, u"send"_s}, {u"client_id"_s, TestClient::newClientId()},
            {u"to"_s, kBob}, {u"kind"_s, u"text"_s}, {u"text"_s, u"signed, Alice"_s}};
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            send.insert(it.key(), it.value());
        m_carol->sendRaw(QString::fromUtf8(QJsonDocument(send).toJson(QJsonDocument::Compact)));

        const auto ack = m_carol->waitFor<Ack>();
        QVERIFY(ack);
        const auto msg = m_bob->waitFor<ChatMessage>();
        QVERIFY(msg);
        QCOMPARE(msg->from, kCarol);
        QCOMPARE(msg->to, kBob);
        QCOMPARE(msg->serverId, ack->serverId);

        // Receipts go back to the real sender, never to the one she named.
        m_bob->send(Delivered {{msg->serverId}});
        const auto receipt = m_carol->waitFor<Receipt>();
        QVERIFY(receipt);
        QCOMPARE(receipt->serverId, ack->serverId);
        QVERIFY(!m_alice->receivesWithin<Receipt>(200));
        QVERIFY2(m_alice->inbox().isEmpty(), "Alice heard about a message she never sent");

        // Stored copies say the same: Bob offline, then picking it up on login.
        m_bob->close();
        send.insert(u"client_id"_s, TestClient::newClientId());
        m_carol->sendRaw(QString::fromUtf8(QJsonDocument(send).toJson(QJsonDocument::Compact)));
        QVERIFY(m_carol->waitFor<Ack>());
        QVERIFY(m_bob->resume(m_server->url()));
        const auto queued = m_bob->waitFor<ChatMessage>();
        QVERIFY(queued);
        QCOMPARE(queued->from, kCarol);
    }

    void typingNeedsAConversation()
    {
        m_carol->send(TypingTo {kAlice, true}, 1);
        auto error = errorReply(*m_carol, 1);
        QVERIFY2(error, "typing to a stranger was not refused");
        QCOMPARE(toWireName(error->code), toWireName(ErrorCode::NotFound));
        // An unregistered number gets the same answer, so typing does not probe for members.
        m_carol->send(TypingTo {kNobody, true}, 2);
        const auto nobody = errorReply(*m_carol, 2);
        QVERIFY(nobody);
        QCOMPARE(nobody->code, error->code);
        QVERIFY(!m_alice->receivesWithin<TypingFrom>(200));
        QVERIFY(m_alice->inbox().isEmpty());

        // Once they have a conversation, it goes through: the refusal above was about that.
        m_carol->sendText(kAlice, u"hi Alice"_s);
        QVERIFY(m_alice->waitFor<ChatMessage>());
        m_carol->send(TypingTo {kAlice, true}, 3);
        const auto typing = m_alice->waitFor<TypingFrom>();
        QVERIFY(typing);
        QCOMPARE(typing->from, kCarol);
        QVERIFY(!m_carol->receivesWithin<Error>(100));
    }

    void presenceNeedsAConversation()
    {
        m_carol->send(PresenceQuery {{kAlice}}, 1);
        const auto error = errorReply(*m_carol, 1);
        QVERIFY2(error, "presence of a stranger was not refused");
        QCOMPARE(toWireName(error->code), toWireName(ErrorCode::NotFound));
        m_carol->send(PresenceQuery {{kNobody}}, 2);
        const auto nobody = errorReply(*m_carol, 2);
        QVERIFY(nobody);
        QCOMPARE(nobody->code, error->code);
        QVERIFY(!m_carol->receivesWithin<Presence>(200));

        // Nor is a stranger told when Alice comes and goes, or Alice about Carol.
        m_alice->close();
        QVERIFY(m_alice->resume(m_server->url()));
        QVERIFY(m_alice->waitFor<SyncDone>());
        m_carol->close();
        QVERIFY(m_carol->resume(m_server->url()));
        QVERIFY(!m_carol->receivesWithin<Presence>(200));
        QCOMPARE(m_alice->count<Presence>(), 0);

        // With a conversation, the same query is answered.
        m_carol->sendText(kAlice, u"hi"_s);
        QVERIFY(m_alice->waitFor<ChatMessage>());
        m_carol->send(PresenceQuery {{kAlice}}, 3);
        const auto reply = m_carol->waitForRid(3);
        QVERIFY(reply);
        QVERIFY(std::holds_alternative<Presence>(reply->frame));
        QCOMPARE(std::get<Presence>(reply->frame).online, true);
    }

    void wrongPasswordAndUnknownNumberLookAlike()
    {
        TestClient client;
        QVERIFY(client.connectTo(m_server->url()));
        client.send(Login {kAlice, u"wrong horse"_s}, 1);
        const auto wrong = errorReply(client, 1);
        QVERIFY2(wrong, "a wrong password was accepted");
        QCOMPARE(toWireName(wrong->code), toWireName(ErrorCode::BadCredentials));
        client.send(Login {kNobody, kPassword}, 2);
        const auto unknown = errorReply(client, 2);
        QVERIFY2(unknown, "an unknown number was accepted");
        QCOMPARE(toWireName(unknown->code), toWireName(ErrorCode::BadCredentials));
        QCOMPARE(unknown->message, wrong->message);
        QVERIFY(!wrong->message.isEmpty());
        QVERIFY(!wrong->message.contains(kAlice));

        // Still not logged in, but the connection can try again.
        client.send(Lookup {kBob}, 3);
        const auto gated = errorReply(client, 3);
        QVERIFY(gated);
        QCOMPARE(toWireName(gated->code), toWireName(ErrorCode::NotAuthenticated));
        client.send(Login {kAlice, kPassword}, 4);
        const auto ok = client.waitForRid(4);
        QVERIFY(ok);
        QVERIFY(std::holds_alternative<AuthOk>(ok->frame));
        QCOMPARE(std::get<AuthOk>(ok->frame).phone, kAlice);
    }

    void registerIsRefused_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("password");
        QTest::addColumn<ErrorCode>("code");
        const QString fresh = u"+4915110000009"_s;
        QTest::newRow("taken number") << kBob << u"Not Bob"_s << kPassword << ErrorCode::PhoneTaken;
        QTest::newRow("no plus") << u"4915110000009"_s << u"Dave"_s << kPassword
                                 << ErrorCode::InvalidPhone;
        QTest::newRow("national format")
            << u"015110000009"_s << u"Dave"_s << kPassword << ErrorCode::InvalidPhone;
        QTest::newRow("spaces") << u"+49 151 10000009"_s << u"Dave"_s << kPassword
                                << ErrorCode::InvalidPhone;
        QTest::newRow("leading zero")
            << u"+04915110000"_s << u"Dave"_s << kPassword << ErrorCode::InvalidPhone;
        QTest::newRow("too short")
            << u"+123456"_s << u"Dave"_s << kPassword << ErrorCode::InvalidPhone;
        QTest::newRow("too long") << u"+1234567890123456"_s << u"Dave"_s << kPassword
                                  << ErrorCode::InvalidPhone;
        QTest::newRow("letters") << u"+49151CALLME"_s << u"Dave"_s << kPassword
                                 << ErrorCode::InvalidPhone;
        QTest::newRow("empty phone")
            << QString() << u"Dave"_s << kPassword << ErrorCode::InvalidPhone;
        QTest::newRow("empty name") << fresh << QString() << kPassword << ErrorCode::InvalidName;
        QTest::newRow("blank name") << fresh << u"   "_s << kPassword << ErrorCode::InvalidName;
        QTest::newRow("name of 65 characters")
            << fresh << QString(65, u'D') << kPassword << ErrorCode::InvalidName;
        QTest::newRow("name of 300 characters")
            << fresh << QString(300, u'D') << kPassword << ErrorCode::InvalidName;
        QTest::newRow("newline in name")
            << fresh << u"Da\nve"_s << kPassword << ErrorCode::InvalidName;
        QTest::newRow("bell in name")
            << fresh << u"Da\u0007ve"_s << kPassword << ErrorCode::InvalidName;
        QTest::newRow("escape in name")
            << fresh << u"\u001b[31mDave"_s << kPassword << ErrorCode::InvalidName;
        QTest::newRow("line separator in name")
            << fresh << u"Da\u2028ve"_s << kPassword << ErrorCode::InvalidName;
        QTest::newRow("empty password")
            << fresh << u"Dave"_s << QString() << ErrorCode::WeakPassword;
        QTest::newRow("7-character password")
            << fresh << u"Dave"_s << u"1234567"_s << ErrorCode::WeakPassword;
    }

    void registerIsRefused()
    {
        QFETCH(QString, phone);
        QFETCH(QString, name);
        QFETCH(QString, password);
        QFETCH(ErrorCode, code);

        TestClient client;
        QVERIFY(client.connectTo(m_server->url()));
        client.send(Register {phone, name, password}, 1);
        const auto error = errorReply(client, 1);
        QVERIFY2(error, "the registration was not refused");
        QCOMPARE(toWireName(error->code), toWireName(code));
        QVERIFY(!error->message.isEmpty());

        // Nothing was created: the number is as it was.
        m_alice->send(Lookup {u"+4915110000009"_s}, 2);
        const auto lookup = m_alice->waitForRid(2);
        QVERIFY(lookup);
        QCOMPARE(std::get<LookupResult>(lookup->frame).found, false);
        m_alice->send(Lookup {kBob}, 3);
        const auto bob = m_alice->waitForRid(3);
        QVERIFY(bob);
        QCOMPARE(std::get<LookupResult>(bob->frame).name, u"Bob"_s);
        QVERIFY(m_bob->login(m_server->url(), kBob, kPassword));

        // The same connection can still register properly.
        client.send(Register {u"+4915110000009"_s, u"Dave"_s, kPassword}, 4);
        const auto ok = client.waitForRid(4);
        QVERIFY(ok);
        QVERIFY(std::holds_alternative<AuthOk>(ok->frame));
    }

    // The longest name and the shortest password are allowed.
    void registerAcceptsTheLimits()
    {
        TestClient client;
        QVERIFY(client.registerUser(m_server->url(), u"+4915110000009"_s,
            QString(kMaxNameChars, u'D'), QString(kMinPasswordChars, u'p')));
        TestClient again;
        QVERIFY(
            again.login(m_server->url(), u"+4915110000009"_s, QString(kMinPasswordChars, u'p')));
    }

    void resumeWithABogusTokenIsBadToken_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<bool>("alterAlicesToken"); // `token` is ignored then
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("garbage") << u"not-a-token"_s << false;
        QTest::newRow("well-formed but unknown") << QString(43, u'A') << false;
        QTest::newRow("a real token, one character changed") << QString() << true;
        QTest::newRow("over-long") << QString(200, u'A') << false;
    }

    void resumeWithABogusTokenIsBadToken()
    {
        QFETCH(QString, token);
        QFETCH(bool, alterAlicesToken);
        if (alterAlicesToken) {
            token = m_alice->token();
            QVERIFY(!token.isEmpty());
            token[0] = token[0] == u'A' ? u'B' : u'A';
        }
        TestClient client;
        QVERIFY(client.connectTo(m_server->url()));
        client.send(Resume {token}, 1);
        const auto error = errorReply(client, 1);
        QVERIFY2(error, "a bogus token was accepted");
        QCOMPARE(toWireName(error->code), toWireName(ErrorCode::BadToken));
        client.send(Sync {}, 2);
        const auto gated = errorReply(client, 2);
        QVERIFY(gated);
        QCOMPARE(toWireName(gated->code), toWireName(ErrorCode::NotAuthenticated));
    }

    void logoutRevokesTheToken()
    {
        const QString token = m_alice->token();
        QVERIFY(!token.isEmpty());
        m_alice->send(Logout {}, 1);
        const auto out = m_alice->waitForRid(1);
        QVERIFY(out);
        QVERIFY(std::holds_alternative<LoggedOut>(out->frame));

        // The logged-out connection can do nothing any more.
        m_alice->sendText(kBob, u"after logout"_s);
        const auto sendError = m_alice->waitForError();
        QVERIFY(sendError);
        QCOMPARE(toWireName(sendError->code), toWireName(ErrorCode::NotAuthenticated));
        QVERIFY(!m_bob->receivesWithin<ChatMessage>(200));
        m_alice->send(Sync {}, 2);
        const auto syncError = errorReply(*m_alice, 2);
        QVERIFY(syncError);
        QCOMPARE(toWireName(syncError->code), toWireName(ErrorCode::NotAuthenticated));
        // Messages for Alice no longer come to this connection.
        m_bob->sendText(kAlice, u"are you there?"_s);
        QVERIFY(m_bob->waitFor<Ack>());
        QVERIFY(!m_alice->receivesWithin<ChatMessage>(200));

        // Nor does the token open a new one.
        TestClient thief;
        QVERIFY(thief.connectTo(m_server->url()));
        thief.send(Resume {token}, 3);
        const auto error = errorReply(thief, 3);
        QVERIFY2(error, "a revoked token was accepted");
        QCOMPARE(toWireName(error->code), toWireName(ErrorCode::BadToken));

        // Logging in again gives a new token that works.
        m_alice->send(Login {kAlice, kPassword}, 4);
        const auto ok = m_alice->waitForRid(4);
        QVERIFY(ok);
        QVERIFY(std::holds_alternative<AuthOk>(ok->frame));
        const QString fresh = std::get<AuthOk>(ok->frame).token;
        QVERIFY(!fresh.isEmpty());
        QVERIFY(fresh != token);
        thief.send(Resume {fresh}, 5);
        const auto resumed = thief.waitForRid(5);
        QVERIFY(resumed);
        QVERIFY(std::holds_alternative<AuthOk>(resumed->frame));
    }

    void authFramesOnALoggedInConnection_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("register") << 0;
        QTest::newRow("login as someone else") << 1;
        QTest::newRow("login as oneself") << 2;
        QTest::newRow("resume with someone else's token") << 3;
    }

    void authFramesOnALoggedInConnection()
    {
        QFETCH(int, which);
        const ClientFrame frames[] = {
            Register {u"+4915110000009"_s, u"Dave"_s, kPassword},
            Login {kBob, kPassword},
            Login {kAlice, kPassword},
            Resume {m_bob->token()},
        };
        m_alice->send(frames[which], 1);
        const auto error = errorReply(*m_alice, 1);
        QVERIFY2(error, "an auth frame on a logged-in connection was not refused");
        QCOMPARE(toWireName(error->code), toWireName(ErrorCode::AlreadyAuthenticated));
        QCOMPARE(m_alice->count<AuthOk>(), 0);

        // The connection is still Alice's, and no account was made on the side.
        verifyLoggedInAs(*m_alice, kAlice);
        m_carol->send(Lookup {u"+4915110000009"_s}, 2);
        const auto lookup = m_carol->waitForRid(2);
        QVERIFY(lookup);
        QCOMPARE(std::get<LookupResult>(lookup->frame).found, false);
    }

    void twoSessionsOfOneUserBothReceive()
    {
        TestClient bobLaptop;
        QVERIFY(bobLaptop.login(m_server->url(), kBob, kPassword));
        QVERIFY(bobLaptop.waitFor<SyncDone>());

        const auto ack = aliceSendsToBob(u"to both devices"_s);
        QVERIFY(ack);
        const auto phone = m_bob->waitFor<ChatMessage>();
        const auto laptop = bobLaptop.waitFor<ChatMessage>();
        QVERIFY(phone && laptop);
        QCOMPARE(phone->serverId, ack->serverId);
        QCOMPARE(laptop->serverId, ack->serverId);
        QCOMPARE(laptop->content.text, u"to both devices"_s);

        // Both devices report; Alice hears it once.
        m_bob->send(Delivered {{ack->serverId}});
        bobLaptop.send(Delivered {{ack->serverId}});
        const auto receipt = m_alice->waitFor<Receipt>();
        QVERIFY(receipt);
        QCOMPARE(receipt->state, DeliveryState::Delivered);
        QVERIFY(!m_alice->receivesWithin<Receipt>(200));

        // One device going offline does not make Bob offline for Alice.
        bobLaptop.close();
        QVERIFY(!m_alice->receivesWithin<Presence>(200));
        m_alice->send(PresenceQuery {{kBob}}, 1);
        const auto presence = m_alice->waitForRid(1);
        QVERIFY(presence);
        QCOMPARE(std::get<Presence>(presence->frame).online, true);
    }

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestClient> m_alice;
    std::unique_ptr<TestClient> m_bob;
    std::unique_ptr<TestClient> m_carol;
};

QTEST_GUILESS_MAIN(TestAuthorization)
#include "TestAuthorization.moc"
