// The StatusClient and a natterd whose status_list pages are small (a few statuses a page):
// the client asks page after page and shows the whole list only once it has every page, also
// after a new login, and a status deleted meanwhile is gone from it.
#include "ClientTestUser.h"
#include "TestServer.h"
#include "client/StatusClient.h"

#include <QSignalSpy>
#include <QTest>

using namespace natter::client;
using namespace natter::protocol;
using namespace natter::test;

namespace {
constexpr int kWaitMs = 20000;
} // namespace

class TestStatusClientPaging : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    ClientUser m_alice {kAlice, QStringLiteral("Alice")};
    ClientUser m_bob {kBob, QStringLiteral("Bob")};

    static QList<qint64> idsOf(const QList<StatusItem> &items)
    {
        QList<qint64> ids;
        for (const StatusItem &s : items)
            ids.append(s.statusId);
        return ids;
    }

private slots:
    void initTestCase()
    {
        auto config = TestServer::defaultConfig();
        config.statusListPageBytes = 6000; // about two 1,000-character statuses a page
        m_server = std::make_unique<TestServer>(config);
        QVERIFY(m_server->start());
        QVERIFY(m_alice.registerOn(m_server->url(), kWaitMs));
        QVERIFY(m_bob.registerOn(m_server->url(), kWaitMs));
        QVERIFY(m_alice.client->sendText(kBob, QStringLiteral("Hi Bob")) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_bob.client->store()->messageCount(kAlice), 1, kWaitMs);
    }

    void wholeListAfterEveryPage()
    {
        StatusClient *alice = m_alice.client->statuses();
        QList<qint64> posted;
        for (int i = 0; i < 9; ++i) {
            QSignalSpy ack(alice, &StatusClient::posted);
            QVERIFY(!alice->postText(QString(1000, QChar(u'a' + i)), QStringLiteral("#128c7e")).isEmpty());
            QVERIFY(ack.wait(kWaitMs));
            posted.append(ack.first().at(1).toLongLong());
        }
        QTRY_COMPARE_WITH_TIMEOUT(idsOf(m_bob.client->statuses()->statuses()), posted, kWaitMs);

        // Bob starts again on a new data directory: the first list comes in pages.
        m_bob.client.reset();
        m_bob.dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_bob.loginOn(m_server->url(), kWaitMs));
        StatusClient *bob = m_bob.client->statuses();
        QTRY_COMPARE_WITH_TIMEOUT(idsOf(bob->statuses()), posted, kWaitMs);
        QCOMPARE(bob->statuses().at(4).text, QString(1000, u'e'));

        // Alice deletes one; a fresh list (in pages) no longer has it, and has the rest.
        QSignalSpy removed(alice, &StatusClient::removed);
        QVERIFY(alice->remove(posted.at(3)));
        QVERIFY(removed.wait(kWaitMs));
        posted.removeAt(3);
        QTRY_COMPARE_WITH_TIMEOUT(idsOf(bob->statuses()), posted, kWaitMs);
        QSignalSpy changed(bob, &StatusClient::changed);
        bob->refresh();
        QVERIFY(changed.wait(kWaitMs));
        QCOMPARE(changed.size(), 1); // one change for the whole list, not one per page
        QCOMPARE(idsOf(bob->statuses()), posted);
    }
};

QTEST_MAIN(TestStatusClientPaging)
#include "TestStatusClientPaging.moc"
