// Location and contact messages (issue 5) against a real natterd: they travel the whole message
// life cycle like text (ack, delivery, delivered and read receipts, also to a sender that was
// offline), and what the server refuses (bad coordinates, not a vCard, a vCard too long or
// without a phone number) is answered with an error naming the client_id and changes nothing.
#include "TestClient.h"
#include "TestServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace natter::protocol;
using namespace natter::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(natter::protocol::ErrorCode)

namespace {
const QString kAlice = u"+4915110000001"_s;
const QString kBob = u"+4915110000002"_s;
const QString kVCard = u"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Jöhn Doe\r\nN:Doe;Jöhn;;;\r\n"
                       u"TEL;TYPE=cell:+4915112345678\r\nTEL;TYPE=work:+4930123456\r\n"
                       u"EMAIL:john@example.org\r\nEND:VCARD\r\n"_s;

MessageContent location()
{
    MessageContent c;
    c.kind = MessageKind::Location;
    c.text = u"Meet here"_s;
    c.location = GeoLocation {
        52.516275, 13.377704, u"Brandenburger Tor, Pariser Platz, 10117 Berlin"_s, 12.5};
    return c;
}

MessageContent contact(const QString &vcard = kVCard)
{
    MessageContent c;
    c.kind = MessageKind::Contact;
    c.vcard = vcard;
    return c;
}

// A `send` as raw JSON, so the test can put in what the encoder never would.
QString rawSend(const QString &clientId, const QString &to, const QJsonObject &content)
{
    QJsonObject obj = content;
    obj.insert(u"type"_s, u"send"_s);
    obj.insert(u"client_id"_s, clientId);
    obj.insert(u"to"_s, to);
    return QString::fromUtf8(QJsonDocument(obj).toJson(QJsonDocument::Compact));
}

QJsonObject rawLocation(const QJsonValue &lat, const QJsonValue &lon)
{
    return {{u"kind"_s, u"location"_s},
        {u"location"_s, QJsonObject {{u"lat"_s, lat}, {u"lon"_s, lon}}}};
}

QJsonObject rawContact(const QString &vcard)
{
    return {{u"kind"_s, u"contact"_s}, {u"contact"_s, QJsonObject {{u"vcard"_s, vcard}}}};
}
} // namespace

class TestLocationContact : public QObject
{
    Q_OBJECT

private:
    // Sends `content` from Alice to Bob and walks the whole cycle with both online.
    void fullCycle(const MessageContent &content)
    {
        const QString cid = TestClient::newClientId();
        m_alice->send(Send {cid, kBob, content});
        const auto ack = m_alice->waitFor<Ack>();
        QVERIFY(ack);
        QCOMPARE(ack->clientId, cid);

        const auto msg = m_bob->waitFor<ChatMessage>();
        QVERIFY(msg);
        QCOMPARE(msg->serverId, ack->serverId);
        QCOMPARE(msg->from, kAlice);
        QVERIFY(msg->content == content);

        m_bob->send(Delivered {{msg->serverId}});
        const auto delivered = m_alice->waitFor<Receipt>();
        QVERIFY(delivered);
        QCOMPARE(delivered->serverId, ack->serverId);
        QCOMPARE(delivered->clientId, cid);
        QCOMPARE(delivered->state, DeliveryState::Delivered);
        m_bob->send(Read {{msg->serverId}});
        const auto read = m_alice->waitFor<Receipt>();
        QVERIFY(read);
        QCOMPARE(read->state, DeliveryState::Read);
        m_alice->send(ReceiptAck {{read->serverId}, DeliveryState::Read});

        QVERIFY(m_bob->resume(m_server->url()));
        const auto sync = m_bob->waitFor<SyncDone>();
        QVERIFY(sync);
        QCOMPARE(sync->messages, 0);
    }

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestClient> m_alice;
    std::unique_ptr<TestClient> m_bob;

private slots:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        m_alice = std::make_unique<TestClient>();
        m_bob = std::make_unique<TestClient>();
        QVERIFY(m_alice->registerUser(m_server->url(), kAlice, u"Alice"_s));
        QVERIFY(m_bob->registerUser(m_server->url(), kBob, u"Bob"_s));
    }
    void cleanup()
    {
        m_alice.reset();
        m_bob.reset();
        m_server.reset();
    }

    void locationFullCycle() { fullCycle(location()); }
    void contactFullCycle() { fullCycle(contact()); }

    void locationAtTheLimitsWithoutExtras()
    {
        MessageContent c;
        c.kind = MessageKind::Location;
        c.location = GeoLocation {-90, 180, {}, std::nullopt};
        fullCycle(c);
    }

    void vcard30FromAnotherApp()
    {
        fullCycle(
            contact(u"BEGIN:VCARD\nVERSION:3.0\nN:Doe;Ann;;;\nFN:Ann Doe\n"
                    u"item1.TEL;type=pref:+14155550123\nitem1.X-ABLabel:mobile\nEND:VCARD\n"_s));
    }

    // Both offline in turn: the receiver gets them at login, the sender its receipts at login.
    void offlineBothWays()
    {
        m_bob->close();
        const QString locCid = TestClient::newClientId();
        const QString cardCid = TestClient::newClientId();
        m_alice->send(Send {locCid, kBob, location()});
        m_alice->send(Send {cardCid, kBob, contact()});
        const auto locAck
            = m_alice->waitFor<Ack>([&](const Ack &a) { return a.clientId == locCid; });
        const auto cardAck
            = m_alice->waitFor<Ack>([&](const Ack &a) { return a.clientId == cardCid; });
        QVERIFY(locAck && cardAck);
        m_alice->close();

        QVERIFY(m_bob->resume(m_server->url()));
        const auto first = m_bob->waitFor<ChatMessage>();
        const auto second = m_bob->waitFor<ChatMessage>();
        QVERIFY(first && second);
        QCOMPARE(first->serverId, locAck->serverId);
        QVERIFY(first->content == location());
        QCOMPARE(second->serverId, cardAck->serverId);
        QVERIFY(second->content == contact());
        m_bob->send(Delivered {{first->serverId, second->serverId}});
        m_bob->send(Read {{first->serverId, second->serverId}}, u"read"_s);
        QVERIFY(m_bob->waitForRid(u"read"_s));

        QVERIFY(m_alice->resume(m_server->url()));
        QList<qint64> readIds;
        for (int i = 0; i < 2; ++i) {
            const auto r = m_alice->waitFor<Receipt>();
            QVERIFY(r);
            QCOMPARE(r->state, DeliveryState::Read);
            QCOMPARE(r->peer, kBob);
            readIds.append(r->serverId);
        }
        std::sort(readIds.begin(), readIds.end());
        QList<qint64> expected {locAck->serverId, cardAck->serverId};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(readIds, expected);
    }

    void refusalsChangeNothing_data()
    {
        QTest::addColumn<QJsonObject>("content");
        QTest::addColumn<ErrorCode>("code");
        QTest::addRow("latitude 90.5") << rawLocation(90.5, 13.4) << ErrorCode::BadField;
        QTest::addRow("latitude -91") << rawLocation(-91, 13.4) << ErrorCode::BadField;
        QTest::addRow("longitude 180.0001") << rawLocation(52.5, 180.0001) << ErrorCode::BadField;
        QTest::addRow("longitude -181") << rawLocation(52.5, -181) << ErrorCode::BadField;
        QTest::addRow("latitude as a string")
            << rawLocation(u"52.5"_s, 13.4) << ErrorCode::BadField;
        QTest::addRow("latitude as the string NaN")
            << rawLocation(u"NaN"_s, 13.4) << ErrorCode::BadField;
        QTest::addRow("location without coordinates") << QJsonObject {{u"kind"_s, u"location"_s},
            {u"location"_s, QJsonObject {}}} << ErrorCode::BadField;
        QTest::addRow("label over 256 characters") << QJsonObject {{u"kind"_s, u"location"_s},
            {u"location"_s,
                QJsonObject {{u"lat"_s, 1}, {u"lon"_s, 2}, {u"label"_s, QString(257, u'x')}}}}
                                                   << ErrorCode::BadField;
        QTest::addRow("not a vCard")
            << rawContact(u"John Doe, +4915112345678"_s) << ErrorCode::BadField;
        QTest::addRow("vCard without FN")
            << rawContact(u"BEGIN:VCARD\nVERSION:3.0\nTEL:+4915112345678\nEND:VCARD"_s)
            << ErrorCode::BadField;
        QTest::addRow("vCard without a phone number")
            << rawContact(u"BEGIN:VCARD\nVERSION:4.0\nFN:John\nEMAIL:j@example.org\nEND:VCARD"_s)
            << ErrorCode::BadField;
        QTest::addRow("vCard 2.1")
            << rawContact(u"BEGIN:VCARD\nVERSION:2.1\nFN:John\nTEL:+49151\nEND:VCARD"_s)
            << ErrorCode::BadField;
        const QString head = u"BEGIN:VCARD\nVERSION:3.0\nFN:Long\nTEL:+4915112345678\nNOTE:"_s;
        const QString tail = u"\nEND:VCARD"_s;
        const qsizetype cap = Limits {}.maxVCardBytes;
        QTest::addRow("vCard one byte over max_vcard_bytes")
            << rawContact(head + QString(cap + 1 - head.size() - tail.size(), u'x') + tail)
            << ErrorCode::TooLarge;
    }
    void refusalsChangeNothing()
    {
        QFETCH(QJsonObject, content);
        QFETCH(ErrorCode, code);
        const QString cid = TestClient::newClientId();
        m_alice->sendRaw(rawSend(cid, kBob, content));
        const auto error = m_alice->waitForError();
        QVERIFY(error);
        QCOMPARE(toWireName(error->code), toWireName(code));
        QCOMPARE(error->clientId, cid);
        QVERIFY(!error->message.isEmpty());
        QCOMPARE(m_alice->count<Ack>(), 0);
        QVERIFY(!m_bob->receivesWithin<ChatMessage>(300));

        // Nothing was stored for Bob: a fresh login brings nothing.
        QVERIFY(m_bob->resume(m_server->url()));
        const auto sync = m_bob->waitFor<SyncDone>();
        QVERIFY(sync);
        QCOMPARE(sync->messages, 0);
        // The same client_id is still free: a corrected message goes through under it.
        m_alice->send(Send {cid, kBob, location()});
        const auto ack = m_alice->waitFor<Ack>();
        QVERIFY(ack);
        QCOMPARE(ack->clientId, cid);
        const auto msg = m_bob->waitFor<ChatMessage>();
        QVERIFY(msg);
        QVERIFY(msg->content == location());
    }

    // A vCard exactly at the limit is fine.
    void vcardAtTheLimit()
    {
        const QString head = u"BEGIN:VCARD\nVERSION:3.0\nFN:Long\nTEL:+4915112345678\nNOTE:"_s;
        const QString tail = u"\nEND:VCARD"_s;
        const qsizetype cap = Limits {}.maxVCardBytes;
        fullCycle(contact(head + QString(cap - head.size() - tail.size(), u'x') + tail));
    }
};

QTEST_GUILESS_MAIN(TestLocationContact)
#include "TestLocationContact.moc"
