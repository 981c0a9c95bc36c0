// AccountStore against a real SQLite database: accounts, session token hashes and who has a
// conversation with whom. Every test runs with each write committing on its own and under
// group commit (as natterd runs it).
#include "config/ServerConfig.h"
#include "store/AccountStore.h"
#include "store/Database.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace natter::server;
using namespace Qt::StringLiterals;

namespace {
const QString kAlice = u"+4915110000001"_s;
const QString kBob = u"+4915110000002"_s;
const QString kCarol = u"+4915110000003"_s;

Account makeAccount(const QString &phone, const QString &name)
{
    Account a;
    a.phone = phone;
    a.name = name;
    a.salt = QByteArray("\x00\x01salt\xff", 7);
    a.passwordHash = QByteArray(32, '\0') + phone.toUtf8();
    a.iterations = 210000;
    return a;
}

QByteArray tokenHash(char fill)
{
    QByteArray hash(32, fill);
    hash[0] = '\0'; // binary, not text
    return hash;
}
} // namespace

class TestAccountStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AccountStore> m_accounts;

    bool groupCommit() const
    {
        QFETCH_GLOBAL(bool, groupCommit);
        return groupCommit;
    }
    bool openDatabase()
    {
        ServerConfig config;
        config.dataDir = m_dir->path();
        m_db = std::make_unique<Database>();
        QString error;
        if (!m_db->open(config, &error)) {
            qWarning() << "open failed:" << error;
            return false;
        }
        m_db->setGroupCommit(groupCommit());
        m_accounts = std::make_unique<AccountStore>(*m_db);
        return true;
    }
    void closeDatabase()
    {
        m_accounts.reset();
        m_db.reset();
    }
    UserId create(const QString &phone, const QString &name = u"Someone"_s)
    {
        Account a = makeAccount(phone, name);
        return m_accounts->create(a, 1000) == AccountStore::CreateResult::Created ? a.id : 0;
    }
    int count(const QString &table)
    {
        QSqlQuery q(m_db->handle());
        if (!q.exec(u"SELECT COUNT(*) FROM "_s + table) || !q.next())
            return -1;
        return q.value(0).toInt();
    }
    static QList<UserId> sorted(QList<UserId> ids)
    {
        std::sort(ids.begin(), ids.end());
        return ids;
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"natter.*.info=false"_s); // "schema migrated", every test
    }
    void initTestCase_data()
    {
        QTest::addColumn<bool>("groupCommit");
        QTest::addRow("autocommit") << false;
        QTest::addRow("group commit") << true;
    }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(openDatabase());
    }
    void cleanup()
    {
        if (m_db)
            QVERIFY(m_db->flush());
        closeDatabase();
        m_dir.reset();
    }

    void createAndFind()
    {
        Account alice = makeAccount(kAlice, u"Älice 🙂"_s);
        QCOMPARE(m_accounts->create(alice, 1700000000000), AccountStore::CreateResult::Created);
        QVERIFY(alice.id > 0);
        Account bob = makeAccount(kBob, u"Bob"_s);
        QCOMPARE(m_accounts->create(bob, 1700000000001), AccountStore::CreateResult::Created);
        QVERIFY(bob.id > 0 && bob.id != alice.id);

        for (const auto &found :
            {m_accounts->findByPhone(kAlice), m_accounts->findById(alice.id)}) {
            QVERIFY(found);
            QCOMPARE(found->id, alice.id);
            QCOMPARE(found->phone, kAlice);
            QCOMPARE(found->name, u"Älice 🙂"_s);
            QCOMPARE(found->salt, alice.salt);
            QCOMPARE(found->passwordHash, alice.passwordHash);
            QCOMPARE(found->iterations, 210000);
            QCOMPARE(found->lastSeen, qint64(0));
        }
        QCOMPARE(m_accounts->idOf(kBob), std::optional<UserId>(bob.id));
        QCOMPARE(m_accounts->phoneOf(bob.id), kBob);
        QCOMPARE(m_accounts->findById(bob.id)->name, u"Bob"_s);
    }

    void duplicatePhoneIsTaken()
    {
        const UserId alice = create(kAlice, u"Alice"_s);
        QVERIFY(alice > 0);
        QVERIFY(m_db->flush());
        Account impostor = makeAccount(kAlice, u"Mallory"_s);
        QCOMPARE(m_accounts->create(impostor, 2000), AccountStore::CreateResult::PhoneTaken);
        QCOMPARE(impostor.id, UserId(0));
        QCOMPARE(count(u"users"_s), 1);
        QCOMPARE(m_accounts->findByPhone(kAlice)->name, u"Alice"_s);
        QCOMPARE(m_accounts->findByPhone(kAlice)->id, alice);

        // Also when this store never saw the first account (a second instance, or a restart).
        AccountStore other(*m_db);
        Account again = makeAccount(kAlice, u"Mallory"_s);
        QCOMPARE(other.create(again, 3000), AccountStore::CreateResult::PhoneTaken);
        QCOMPARE(count(u"users"_s), 1);
    }

    void unknownLookupsFindNothing()
    {
        const UserId alice = create(kAlice);
        QVERIFY(!m_accounts->findByPhone(kBob));
        QVERIFY(!m_accounts->findById(alice + 100));
        QVERIFY(!m_accounts->idOf(kBob));
        QVERIFY(m_accounts->phoneOf(alice + 100).isEmpty());
        QVERIFY(!m_accounts->findByPhone(QString()));
    }

    void lookupsReadTheDatabase()
    {
        const UserId alice = create(kAlice);
        const UserId bob = create(kBob);
        AccountStore cold(*m_db); // nothing cached
        QCOMPARE(cold.idOf(kAlice), std::optional<UserId>(alice));
        QCOMPARE(cold.phoneOf(bob), kBob);
        QCOMPARE(cold.findById(alice)->phone, kAlice);
    }

    void lastSeenIsStored()
    {
        const UserId alice = create(kAlice);
        const UserId bob = create(kBob);
        QVERIFY(m_accounts->setLastSeen(alice, 1700000123456));
        QCOMPARE(m_accounts->findById(alice)->lastSeen, qint64(1700000123456));
        QCOMPARE(m_accounts->findById(bob)->lastSeen, qint64(0));
        QVERIFY(m_accounts->setLastSeen(alice, 1700000999999));
        QCOMPARE(m_accounts->findByPhone(kAlice)->lastSeen, qint64(1700000999999));
    }

    void sessionsAddLookupRemove()
    {
        const UserId alice = create(kAlice);
        const UserId bob = create(kBob);
        QVERIFY(m_accounts->addSession(tokenHash('a'), alice, 1000));
        QVERIFY(m_accounts->addSession(tokenHash('b'), alice, 1001)); // a second device
        QVERIFY(m_accounts->addSession(tokenHash('c'), bob, 1002));
        QCOMPARE(m_accounts->userForSession(tokenHash('a')), std::optional<UserId>(alice));
        QCOMPARE(m_accounts->userForSession(tokenHash('b')), std::optional<UserId>(alice));
        QCOMPARE(m_accounts->userForSession(tokenHash('c')), std::optional<UserId>(bob));
        QVERIFY(!m_accounts->userForSession(tokenHash('z')));
        QVERIFY(!m_accounts->userForSession(QByteArray()));
        // Only the exact hash matches.
        QVERIFY(!m_accounts->userForSession(tokenHash('a').left(31)));
        QVERIFY(!m_accounts->userForSession(tokenHash('a') + 'x'));

        QVERIFY(m_accounts->removeSession(tokenHash('a')));
        QVERIFY(!m_accounts->userForSession(tokenHash('a')));
        QCOMPARE(m_accounts->userForSession(tokenHash('b')), std::optional<UserId>(alice));
        QCOMPARE(m_accounts->userForSession(tokenHash('c')), std::optional<UserId>(bob));
        QCOMPARE(count(u"sessions"_s), 2);
    }

    void sessionForAnUnknownUserOrATakenHashIsRefused()
    {
        const UserId alice = create(kAlice);
        QVERIFY(m_accounts->addSession(tokenHash('a'), alice, 1000));
        QVERIFY(m_db->flush());

        QVERIFY(!m_accounts->addSession(tokenHash('a'), alice + 1, 2000));
        m_db->flush(); // under group commit the failed write rolls back its own batch only
        QVERIFY(!m_accounts->addSession(tokenHash('n'), alice + 100, 2000));
        m_db->flush();
        QCOMPARE(m_accounts->userForSession(tokenHash('a')), std::optional<UserId>(alice));
        QVERIFY(!m_accounts->userForSession(tokenHash('n')));
        QCOMPARE(count(u"sessions"_s), 1);
    }

    void peersAreRecordedBothWays()
    {
        const UserId a = create(kAlice);
        const UserId b = create(kBob);
        const UserId c = create(kCarol);
        QVERIFY(!m_accounts->arePeers(a, b));
        QVERIFY(m_accounts->peersOf(a).isEmpty());

        QVERIFY(m_accounts->addPeers(a, b));
        QVERIFY(m_accounts->arePeers(a, b));
        QVERIFY(m_accounts->arePeers(b, a));
        QVERIFY(!m_accounts->arePeers(a, c));
        QVERIFY(!m_accounts->arePeers(c, b));
        QCOMPARE(m_accounts->peersOf(a), QList<UserId> {b});
        QCOMPARE(m_accounts->peersOf(b), QList<UserId> {a});
        QVERIFY(m_accounts->peersOf(c).isEmpty());

        // Recording it again, either way round, changes nothing.
        QVERIFY(m_accounts->addPeers(a, b));
        QVERIFY(m_accounts->addPeers(b, a));
        QCOMPARE(count(u"peers"_s), 2);

        QVERIFY(m_accounts->addPeers(c, a));
        QCOMPARE(sorted(m_accounts->peersOf(a)), sorted({b, c}));
        QCOMPARE(m_accounts->peersOf(c), QList<UserId> {a});
        QCOMPARE(count(u"peers"_s), 4);

        // The database holds it, not only this store's memory.
        AccountStore cold(*m_db);
        QVERIFY(cold.arePeers(b, a));
        QVERIFY(cold.arePeers(a, c));
        QVERIFY(!cold.arePeers(b, c));
        QCOMPARE(sorted(cold.peersOf(a)), sorted({b, c}));
    }

    // Someone who writes to their own number is their own peer (docs/protocol.md 5.9).
    void ownNumberIsOwnPeer()
    {
        const UserId a = create(kAlice);
        QVERIFY(m_accounts->addPeers(a, a));
        QVERIFY(m_accounts->arePeers(a, a));
        QCOMPARE(m_accounts->peersOf(a), QList<UserId> {a});
        QCOMPARE(count(u"peers"_s), 1);
        AccountStore cold(*m_db);
        QVERIFY(cold.arePeers(a, a));
    }

    void peersAddedByAnotherStoreAreSeen()
    {
        const UserId a = create(kAlice);
        const UserId b = create(kBob);
        QVERIFY(!m_accounts->arePeers(a, b)); // asked before: must not be remembered as "no"
        AccountStore other(*m_db);
        QVERIFY(other.addPeers(b, a));
        QVERIFY(m_accounts->arePeers(a, b));
    }

    void everythingSurvivesAReopen()
    {
        const UserId alice = create(kAlice, u"Alice"_s);
        const UserId bob = create(kBob, u"Bob"_s);
        QVERIFY(m_accounts->addSession(tokenHash('s'), bob, 1000));
        QVERIFY(m_accounts->addPeers(alice, bob));
        QVERIFY(m_accounts->setLastSeen(alice, 4242));
        closeDatabase(); // without an explicit flush: closing commits what is pending

        QVERIFY(openDatabase());
        QCOMPARE(m_db->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(m_accounts->findByPhone(kAlice)->id, alice);
        QCOMPARE(m_accounts->findById(bob)->name, u"Bob"_s);
        QCOMPARE(m_accounts->findById(alice)->lastSeen, qint64(4242));
        QCOMPARE(m_accounts->userForSession(tokenHash('s')), std::optional<UserId>(bob));
        QVERIFY(m_accounts->arePeers(bob, alice));
        QCOMPARE(m_accounts->peersOf(alice), QList<UserId> {bob});
        Account again = makeAccount(kAlice, u"Again"_s);
        QCOMPARE(m_accounts->create(again, 5000), AccountStore::CreateResult::PhoneTaken);
    }

    // Under group commit an account is reported created before its batch commits; if the batch
    // is rolled back, the store must not go on believing in it.
    void rolledBackWritesAreForgotten()
    {
        if (!groupCommit())
            QSKIP("only a batch can be rolled back after the write returned");
        const UserId alice = create(kAlice);
        QVERIFY(alice > 0);
        QVERIFY(m_db->flush());

        const UserId bob = create(kBob);
        QVERIFY(bob > 0);
        QVERIFY(m_accounts->addPeers(alice, bob));
        QCOMPARE(m_accounts->idOf(kBob), std::optional<UserId>(bob));
        QVERIFY(m_accounts->arePeers(alice, bob));
        QVERIFY(!m_accounts->addSession(tokenHash('x'), alice + 1000, 1000)); // fails the batch
        QVERIFY(!m_db->flush());

        QVERIFY(!m_accounts->findByPhone(kBob));
        QVERIFY(!m_accounts->idOf(kBob));
        QVERIFY(m_accounts->phoneOf(bob).isEmpty());
        QVERIFY(!m_accounts->arePeers(alice, bob));
        QVERIFY(m_accounts->peersOf(alice).isEmpty());
        QCOMPARE(m_accounts->idOf(kAlice), std::optional<UserId>(alice)); // committed before
        QVERIFY(create(kBob) > 0);
    }
};

QTEST_GUILESS_MAIN(TestAccountStore)
#include "TestAccountStore.moc"
