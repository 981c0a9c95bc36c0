// What TestBadInput and TestSessionStates share: a real natterd with Alice and Bob logged in,
// builders of bad frames, and the checks that nothing was stored and the connection still works.
#pragma once

#include "TestClient.h"
#include "TestServer.h"

#include "protocol/ProtocolVersion.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace natter::protocol;
using namespace natter::test;
using namespace Qt::StringLiterals;

namespace {
const QString kAlice = u"+4915110000001"_s;
const QString kBob = u"+4915110000002"_s;
const QString kNobody = u"+4915119999999"_s; // never registered (until a test does)
const QString kBadRid = u"bad-1"_s;

inline QString compact(const QJsonValue &value)
{
    const QJsonDocument doc
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

// A valid text `send` from Alice to Bob with a rid: the rows below break one thing in it, so a
// server that let the break through would deliver it to Bob.
inline QJsonObject validSend(const QString &text = u"should never arrive"_s)
{
    return {{u"type"_s, u"send"_s}, {u"rid"_s, kBadRid},
        {u"client_id"_s, TestClient::newClientId()}, {u"to"_s, kBob}, {u"kind"_s, u"text"_s},
        {u"text"_s, text}};
}

inline QJsonObject with(QJsonObject obj, const QString &key, const QJsonValue &value)
{
    obj.insert(key, value);
    return obj;
}

inline QJsonObject without(QJsonObject obj, const QString &key)
{
    obj.remove(key);
    return obj;
}

inline QList<qint64> idList(qint64 first, int count)
{
    QList<qint64> ids;
    for (int i = 0; i < count; ++i)
        ids.append(first + i);
    return ids;
}

// The error that answers the frame sent with `rid`; nullopt if none came or it was no error.
inline std::optional<Error> errorReply(TestClient &client, const QJsonValue &rid)
{
    const auto reply = client.waitForRid(rid);
    if (const Error *e = reply ? std::get_if<Error>(&reply->frame) : nullptr)
        return *e;
    return std::nullopt;
}

// Whether the answer to the frame sent with `rid` is a T.
template<typename T> bool replyIs(TestClient &client, const QJsonValue &rid)
{
    const auto reply = client.waitForRid(rid);
    return reply && std::holds_alternative<T>(reply->frame);
}

inline QString describe(const QList<Decoded<ServerFrame>> &inbox)
{
    FrameCodec codec;
    QStringList out;
    for (const auto &d : inbox)
        out.append(QString::fromUtf8(codec.encode(d.frame, d.rid)).left(200));
    return out.join(u" | "_s);
}
} // namespace

// The fixture; the test classes derive from it and call setUp()/tearDown() from init()/cleanup().
class BadInputFixture : public QObject
{
protected:
    // Bob got nothing at all on his open connection, and nothing waits for him on the server.
    void verifyNothingReachedBob()
    {
        QVERIFY(!m_bob->receivesWithin<ChatMessage>(200));
        QVERIFY2(m_bob->inbox().isEmpty(), qPrintable(describe(m_bob->inbox())));
        QVERIFY(m_bob->resume(m_server->url()));
        const auto done = m_bob->waitFor<SyncDone>();
        QVERIFY(done);
        QCOMPARE(done->messages, 0);
        QCOMPARE(m_bob->count<ChatMessage>(), 0);
        m_bob->clearInbox();
    }

    // A valid frame on the same connection still works: Alice sends, gets her ack, and Bob gets
    // exactly that one message.
    void verifyAliceStillSends()
    {
        QVERIFY(m_alice->isConnected());
        const QString cid = m_alice->sendText(kBob, u"still works"_s);
        const auto ack = m_alice->waitFor<Ack>();
        QVERIFY(ack);
        QCOMPARE(ack->clientId, cid);
        const auto msg = m_bob->waitFor<ChatMessage>();
        QVERIFY(msg);
        QCOMPARE(msg->serverId, ack->serverId);
        QCOMPARE(msg->from, kAlice);
        QCOMPARE(msg->content.text, u"still works"_s);
        QVERIFY(!m_bob->receivesWithin<ChatMessage>(100));
    }

    void verifyNothingStoredAndStillUsable()
    {
        verifyNothingReachedBob();
        if (!QTest::currentTestFailed())
            verifyAliceStillSends();
    }

    // A connection that has said hello but not logged in.
    std::unique_ptr<TestClient> anonymousClient()
    {
        auto client = std::make_unique<TestClient>();
        if (!client->connectTo(m_server->url()))
            return nullptr;
        return client;
    }

    void setUp()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        m_alice = std::make_unique<TestClient>();
        m_bob = std::make_unique<TestClient>();
        QVERIFY(m_alice->registerUser(m_server->url(), kAlice, u"Alice"_s));
        QVERIFY(m_bob->registerUser(m_server->url(), kBob, u"Bob"_s));
        QVERIFY(m_alice->waitFor<SyncDone>());
        QVERIFY(m_bob->waitFor<SyncDone>());
        m_alice->clearInbox();
        m_bob->clearInbox();
    }
    void tearDown()
    {
        if (m_alice)
            QVERIFY2(
                m_alice->undecodable().isEmpty(), qPrintable(m_alice->undecodable().join(u'\n')));
        m_alice.reset();
        m_bob.reset();
        m_server.reset();
    }

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestClient> m_alice;
    std::unique_ptr<TestClient> m_bob;
};
