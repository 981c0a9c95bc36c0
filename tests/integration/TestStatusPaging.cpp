// status_list in pages (docs/protocol.md 12.3) against a real natterd whose page size is lowered:
// `more` until everything was sent, `after` picks up where a page ended, every status comes
// exactly once and in order, and a bad `after` is refused without an answer of statuses.
#include "TestClient.h"
#include "TestServer.h"
#include "TransferHelpers.h"

#include <QTest>

using namespace natter::protocol;
using namespace natter::test;
using namespace Qt::StringLiterals;

namespace {
const QString kAlice = u"+4915110000021"_s;
const QString kBob = u"+4915110000022"_s;
const QString kCarol = u"+4915110000023"_s; // no conversation with Alice
constexpr qsizetype kPageBytes = 50000;

template<typename T> std::optional<T> requestAs(TestClient &client, const ClientFrame &frame)
{
    const QJsonValue rid = newRid();
    client.send(frame, rid);
    const auto reply = client.waitForRid(rid);
    if (!reply || !std::holds_alternative<T>(reply->frame))
        return std::nullopt;
    return std::get<T>(reply->frame);
}
} // namespace

class TestStatusPaging : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    TestClient m_alice;
    TestClient m_bob;
    TestClient m_carol;

private slots:
    void initTestCase()
    {
        auto config = TestServer::defaultConfig();
        config.statusListPageBytes = kPageBytes;
        m_server = std::make_unique<TestServer>(config);
        QVERIFY(m_server->start());
        QVERIFY(m_alice.registerUser(m_server->url(), kAlice, u"Alice"_s));
        QVERIFY(m_bob.registerUser(m_server->url(), kBob, u"Bob"_s));
        QVERIFY(m_carol.registerUser(m_server->url(), kCarol, u"Carol"_s));
        m_bob.sendText(kAlice, u"Hi"_s);
        QVERIFY(m_bob.waitFor<Ack>());
        QVERIFY(m_alice.waitFor<ChatMessage>());
    }

    void listComesInPages()
    {
        // Seven statuses of 10,000 characters: about two fit a 50 kB page.
        QList<qint64> posted;
        for (int i = 0; i < 7; ++i) {
            const auto ack = requestAs<StatusAck>(m_alice,
                StatusPost {TestClient::newClientId(), StatusKind::Text,
                    QString(10000, QChar(u'a' + i)), u"#1e88e5"_s, std::nullopt});
            QVERIFY(ack);
            posted.append(ack->statusId);
        }

        QList<qint64> seen;
        qint64 after = 0;
        int pages = 0;
        for (;;) {
            const auto page = requestAs<StatusList>(m_bob, StatusListQuery {after});
            QVERIFY(page);
            ++pages;
            QVERIFY(!page->statuses.isEmpty());
            QVERIFY2(page->statuses.size() <= 3, qPrintable(QString::number(page->statuses.size())));
            for (const StatusItem &s : page->statuses) {
                QCOMPARE(s.owner, kAlice);
                QCOMPARE(s.text.size(), 10000);
                seen.append(s.statusId);
            }
            if (!page->more)
                break;
            after = page->statuses.last().statusId;
            QVERIFY(pages < 10);
        }
        QCOMPARE(seen, posted); // each once, in the order posted
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));

        // Alice's own list pages the same way.
        const auto own = requestAs<StatusList>(m_alice, StatusListQuery {});
        QVERIFY(own && own->more);
        QCOMPARE(own->statuses.first().statusId, posted.first());
        // Past the last status: an empty page, no more.
        const auto end = requestAs<StatusList>(m_bob, StatusListQuery {posted.last()});
        QVERIFY(end);
        QVERIFY(end->statuses.isEmpty());
        QVERIFY(!end->more);
        // A stranger pages through nothing.
        const auto stranger = requestAs<StatusList>(m_carol, StatusListQuery {});
        QVERIFY(stranger);
        QVERIFY(stranger->statuses.isEmpty());
        QVERIFY(!stranger->more);
    }

    void badAfterIsRefused()
    {
        const QByteArray refused[] = {R"({"type":"status_list","after":-1,"rid":"p1"})",
            R"({"type":"status_list","after":"5","rid":"p1"})"};
        for (const QByteArray &json : refused) {
            m_bob.clearInbox();
            m_bob.sendRaw(QString::fromUtf8(json));
            const auto error = m_bob.waitForError(ErrorCode::BadField);
            QVERIFY(error);
            // Nothing else answered it, and the session goes on.
            QVERIFY(!m_bob.receivesWithin<StatusList>(100));
            QVERIFY(requestAs<StatusList>(m_bob, StatusListQuery {}));
        }
    }
};

QTEST_MAIN(TestStatusPaging)
#include "TestStatusPaging.moc"
