// StatusStore against a real SQLite database: posting (idempotent by client_id), visibility along
// the peers table, views, expiry into tombstones and their purge. Every test runs with each write
// committing on its own and under group commit (as natterd runs it).
#include "config/ServerConfig.h"
#include "store/AccountStore.h"
#include "store/Database.h"
#include "store/StatusStore.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace natter::protocol;
using namespace natter::server;
using namespace Qt::StringLiterals;

namespace {
const QString kAlice = u"+4915110000001"_s;
const QString kBob = u"+4915110000002"_s;
const QString kCarol = u"+4915110000003"_s;

QString cid(int n)
{
    return u"00000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QLatin1Char('0'));
}
} // namespace

class TestStatusStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<StatusStore> m_statuses;
    UserId m_alice = 0;
    UserId m_bob = 0;
    UserId m_carol = 0;

    UserId create(const QString &phone, const QString &name)
    {
        Account a;
        a.phone = phone;
        a.name = name;
        a.salt = QByteArray("salt");
        a.passwordHash = QByteArray(32, 'h');
        a.iterations = 1000;
        return m_accounts->create(a, 1000) == AccountStore::CreateResult::Created ? a.id : 0;
    }
    int count(const QString &table)
    {
        QSqlQuery q(m_db->handle());
        if (!q.exec(u"SELECT COUNT(*) FROM "_s + table) || !q.next())
            return -1;
        return q.value(0).toInt();
    }
    // Posts a status and returns its id (0 when refused).
    qint64 post(UserId owner, int clientId, qint64 posted, qint64 expires,
        const QString &text = u"hi"_s, const std::optional<FileRef> &file = std::nullopt)
    {
        StoredStatus s;
        s.owner = owner;
        s.clientId = cid(clientId);
        s.kind = file ? StatusKind::Media : StatusKind::Text;
        s.text = text;
        s.background = file ? QString() : u"#102030"_s;
        s.file = file;
        s.posted = posted;
        s.expires = expires;
        const auto p = m_statuses->post(s);
        return p && !p->duplicate ? p->id : 0;
    }
    static QList<qint64> idsOf(const QList<StatusItem> &items)
    {
        QList<qint64> ids;
        for (const StatusItem &i : items)
            ids.append(i.statusId);
        return ids;
    }

private slots:
    void initTestCase() { QLoggingCategory::setFilterRules(u"natter.*.info=false"_s); }
    void initTestCase_data()
    {
        QTest::addColumn<bool>("groupCommit");
        QTest::addRow("autocommit") << false;
        QTest::addRow("group commit") << true;
    }
    void init()
    {
        QFETCH_GLOBAL(bool, groupCommit);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        ServerConfig config;
        config.dataDir = m_dir->path();
        m_db = std::make_unique<Database>();
        QString error;
        QVERIFY2(m_db->open(config, &error), qPrintable(error));
        m_db->setGroupCommit(groupCommit);
        m_accounts = std::make_unique<AccountStore>(*m_db);
        m_statuses = std::make_unique<StatusStore>(*m_db);
        m_alice = create(kAlice, u"Alice"_s);
        m_bob = create(kBob, u"Bob"_s);
        m_carol = create(kCarol, u"Carol"_s);
        QVERIFY(m_alice && m_bob && m_carol);
        QVERIFY(m_accounts->addPeers(m_alice, m_bob));
    }
    void cleanup()
    {
        if (m_db)
            QVERIFY(m_db->flush());
        m_statuses.reset();
        m_accounts.reset();
        m_db.reset();
        m_dir.reset();
    }

    void postAndFind()
    {
        const FileRef photo {
            u"F1"_s, u"p.jpg"_s, u"image/jpeg"_s, 1234, QByteArray("\x00\xffthumb", 7)};
        const qint64 text = post(m_alice, 1, 1000, 5000, u"Grüße 🌊"_s);
        const qint64 media = post(m_alice, 2, 1001, 5001, {}, photo);
        QVERIFY(text > 0 && media > text);

        const auto t = m_statuses->find(text);
        QVERIFY(t);
        QCOMPARE(t->owner, m_alice);
        QCOMPARE(t->clientId, cid(1));
        QCOMPARE(t->kind, StatusKind::Text);
        QCOMPARE(t->text, u"Grüße 🌊"_s);
        QCOMPARE(t->background, u"#102030"_s);
        QVERIFY(!t->file);
        QCOMPARE(t->posted, qint64(1000));
        QCOMPARE(t->expires, qint64(5000));
        QVERIFY(!t->expired);

        const auto m = m_statuses->findByClientId(m_alice, cid(2));
        QVERIFY(m);
        QCOMPARE(m->id, media);
        QCOMPARE(m->kind, StatusKind::Media);
        QVERIFY(m->text.isEmpty());
        QVERIFY(m->file == photo);
        QVERIFY(!m_statuses->find(media + 100));
        QVERIFY(!m_statuses->findByClientId(m_bob, cid(2)));
    }

    void sameClientIdIsTheSameStatus()
    {
        const qint64 first = post(m_alice, 7, 1000, 5000);
        QVERIFY(first > 0);
        StoredStatus again;
        again.owner = m_alice;
        again.clientId = cid(7);
        again.text = u"different text"_s;
        again.background = u"#000000"_s;
        again.posted = 2000;
        again.expires = 6000;
        const auto p = m_statuses->post(again);
        QVERIFY(p);
        QVERIFY(p->duplicate);
        QCOMPARE(p->id, first);
        QCOMPARE(p->posted, qint64(1000));
        QCOMPARE(p->expires, qint64(5000));
        QCOMPARE(m_statuses->find(first)->text, u"hi"_s);
        // Another owner's client id space is its own.
        QVERIFY(post(m_bob, 7, 1000, 5000) > 0);
        QCOMPARE(count(u"statuses"_s), 2);
    }

    void visibilityFollowsConversations()
    {
        const qint64 a1 = post(m_alice, 1, 1000, 100000);
        const qint64 b1 = post(m_bob, 2, 1500, 100000);
        const qint64 a2 = post(m_alice, 3, 2000, 100000);
        const qint64 c1 = post(m_carol, 4, 1200, 100000);
        const qint64 gone = post(m_alice, 5, 900, 3000); // expired at now = 3000
        QVERIFY(a1 && b1 && a2 && c1 && gone);

        const auto forBob = m_statuses->visibleTo(m_bob, 3000);
        QVERIFY(forBob);
        QCOMPARE(idsOf(*forBob), (QList<qint64> {a1, b1, a2})); // by id: the order posted
        QCOMPARE(forBob->at(0).owner, kAlice);
        QCOMPARE(forBob->at(0).ownerName, u"Alice"_s);
        QCOMPARE(forBob->at(1).owner, kBob);
        QCOMPARE(idsOf(*m_statuses->visibleTo(m_alice, 3000)), (QList<qint64> {a1, b1, a2}));
        QCOMPARE(idsOf(*m_statuses->visibleTo(m_carol, 3000)), (QList<qint64> {c1}));
        // Just before its expiry it was still there.
        QCOMPARE(idsOf(*m_statuses->visibleTo(m_bob, 2999)), (QList<qint64> {a1, b1, a2, gone}));

        // A new conversation makes the statuses visible both ways.
        QVERIFY(m_accounts->addPeers(m_carol, m_bob));
        QCOMPARE(idsOf(*m_statuses->visibleTo(m_carol, 3000)), (QList<qint64> {b1, c1}));
        QCOMPARE(idsOf(*m_statuses->visibleTo(m_bob, 3000)), (QList<qint64> {a1, b1, a2, c1}));
    }

    void listComesInPages()
    {
        // Ten media statuses with 60 KiB thumbnails (~80 KB each in JSON) and a text status.
        QList<qint64> all;
        for (int i = 0; i < 10; ++i) {
            const FileRef file {u"F%1"_s.arg(i), u"p.jpg"_s, u"image/jpeg"_s, 1000,
                QByteArray(60 * 1024, char('a' + i))};
            all.append(post(m_alice, 100 + i, 1000 + i, 100000, {}, file));
        }
        all.append(post(m_alice, 200, 2000, 100000, u"last"_s));
        QVERIFY(!all.contains(0));

        // Everything at once without a budget.
        bool more = true;
        QCOMPARE(idsOf(*m_statuses->visibleTo(m_bob, 3000, 0, 0, &more)), all);
        QVERIFY(!more);
        // With ~200 KB per page: two media statuses a page (80 KB each), then the rest.
        QList<qint64> seen;
        qint64 after = 0;
        int pages = 0;
        do {
            const auto page = m_statuses->visibleTo(m_bob, 3000, after, 200 * 1000, &more);
            QVERIFY(page && !page->isEmpty());
            QVERIFY2(page->size() <= 2 || page->last().file == std::nullopt,
                qPrintable(QString::number(page->size())));
            seen += idsOf(*page);
            after = page->last().statusId;
            ++pages;
        } while (more && pages < 20);
        QCOMPARE(seen, all);
        QVERIFY(pages >= 5);
        // A budget smaller than one item still moves on, one item a page.
        const auto one = m_statuses->visibleTo(m_bob, 3000, 0, 10, &more);
        QCOMPARE(idsOf(*one), QList<qint64> {all.first()});
        QVERIFY(more);
        // After the last id: nothing, and no more.
        const auto none = m_statuses->visibleTo(m_bob, 3000, all.last(), 10, &more);
        QVERIFY(none && none->isEmpty());
        QVERIFY(!more);
        // The owner's own statuses page the same way, with their views.
        QCOMPARE(m_statuses->recordView(all.last(), m_bob, 2500), StatusStore::ViewResult::First);
        const auto own = m_statuses->visibleTo(m_alice, 3000, all.at(9), 10, &more);
        QCOMPARE(idsOf(*own), QList<qint64> {all.last()});
        QCOMPARE(own->first().views.size(), 1);
        QVERIFY(!more);
    }

    void viewsAreRecordedOnce()
    {
        const qint64 s = post(m_alice, 1, 1000, 100000);
        QCOMPARE(m_statuses->recordView(s, m_bob, 1500), StatusStore::ViewResult::First);
        QCOMPARE(m_statuses->recordView(s, m_bob, 1600), StatusStore::ViewResult::Repeat);
        QVERIFY(m_accounts->addPeers(m_alice, m_carol));
        QCOMPARE(m_statuses->recordView(s, m_carol, 1400), StatusStore::ViewResult::First);
        QCOMPARE(count(u"status_views"_s), 2);

        const auto own = m_statuses->visibleTo(m_alice, 2000);
        QVERIFY(own && own->size() == 1);
        QVERIFY(!own->first().viewed);
        QVERIFY(own->first().views
            == (QList<StatusViewEntry> {{kCarol, 1400}, {kBob, 1500}})); // first views, by time
        const auto bobs = m_statuses->visibleTo(m_bob, 2000);
        QVERIFY(bobs && bobs->size() == 1);
        QVERIFY(bobs->first().viewed);
        QVERIFY(bobs->first().views.isEmpty());
    }

    void expiryLeavesTombstonesThenDropsThem()
    {
        const FileRef photo {u"F2"_s, u"p.png"_s, u"image/png"_s, 10, {}};
        const qint64 early = post(m_alice, 1, 0, 100);
        const qint64 late = post(m_alice, 2, 0, 200, u"caption"_s, photo);
        QVERIFY(m_statuses->recordView(late, m_bob, 50) == StatusStore::ViewResult::First);
        QCOMPARE(m_statuses->nextExpiry(), std::optional<qint64>(100));
        QCOMPARE(m_statuses->liveStatusesWithFile(u"F2"_s), 1);

        auto expired = m_statuses->expire(99, 0);
        QVERIFY(expired && expired->isEmpty());
        expired = m_statuses->expire(100, 0); // "at or before now"
        QVERIFY(expired);
        QCOMPARE(expired->size(), 1);
        QCOMPARE(expired->first().id, early);
        QCOMPARE(expired->first().owner, m_alice);
        QVERIFY(expired->first().fileId.isEmpty());
        const auto tomb = m_statuses->find(early);
        QVERIFY(tomb && tomb->expired);
        QVERIFY(tomb->text.isEmpty() && tomb->background.isEmpty());
        QCOMPARE(m_statuses->nextExpiry(), std::optional<qint64>(200));

        expired = m_statuses->expire(250, 0);
        QVERIFY(expired && expired->size() == 1);
        QCOMPARE(expired->first().fileId, u"F2"_s);
        QCOMPARE(count(u"status_views"_s), 0);
        QCOMPARE(m_statuses->liveStatusesWithFile(u"F2"_s), 0);
        QVERIFY(!m_statuses->find(late)->file);
        QVERIFY(!m_statuses->nextExpiry());
        QVERIFY(m_statuses->visibleTo(m_bob, 0)->isEmpty()); // a tombstone is never listed
        // A repeated post still finds its tombstone.
        QCOMPARE(m_statuses->findByClientId(m_alice, cid(1))->id, early);

        // One lifetime later the tombstones go, the older first.
        expired = m_statuses->expire(300, 150);
        QVERIFY(expired && expired->isEmpty());
        QVERIFY(!m_statuses->find(early));
        QVERIFY(m_statuses->find(late));
        m_statuses->expire(400, 201);
        QCOMPARE(count(u"statuses"_s), 0);
    }

    void removeTakesTheViewsAlong()
    {
        const qint64 s = post(m_alice, 1, 0, 100000);
        const qint64 other = post(m_alice, 2, 0, 100000);
        QVERIFY(m_statuses->recordView(s, m_bob, 5) == StatusStore::ViewResult::First);
        QVERIFY(m_statuses->recordView(other, m_bob, 5) == StatusStore::ViewResult::First);
        QVERIFY(m_statuses->remove(s));
        QVERIFY(!m_statuses->find(s));
        QCOMPARE(count(u"status_views"_s), 1);
        QCOMPARE(idsOf(*m_statuses->visibleTo(m_bob, 10)), QList<qint64> {other});
    }

    void oneFileInTwoStatuses()
    {
        const FileRef photo {u"F3"_s, u"p.png"_s, u"image/png"_s, 10, {}};
        const qint64 a = post(m_alice, 1, 0, 100, {}, photo);
        const qint64 b = post(m_alice, 2, 0, 200, {}, photo);
        QVERIFY(a && b);
        QCOMPARE(m_statuses->liveStatusesWithFile(u"F3"_s), 2);
        m_statuses->expire(150, 0);
        QCOMPARE(m_statuses->liveStatusesWithFile(u"F3"_s), 1);
        QVERIFY(m_statuses->remove(b));
        QCOMPARE(m_statuses->liveStatusesWithFile(u"F3"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestStatusStore)
#include "TestStatusStore.moc"
