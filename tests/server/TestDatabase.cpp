// Database: opening SQLite with the pragmas natterd relies on, the versioned migrations, clear
// errors where it cannot open, and group commit (nothing is reported durable before it is).
#include "config/ServerConfig.h"
#include "store/AccountStore.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <unistd.h>

using namespace natter::server;
using namespace Qt::StringLiterals;

namespace {
ServerConfig configIn(const QString &dir)
{
    ServerConfig config;
    config.dataDir = dir;
    return config;
}

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.handle());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

UserId createUser(AccountStore &accounts, const QString &phone)
{
    Account a;
    a.phone = phone;
    a.name = u"Someone"_s;
    a.salt = "s";
    a.passwordHash = "h";
    a.iterations = 1000;
    return accounts.create(a, 1000) == AccountStore::CreateResult::Created ? a.id : 0;
}

// How many users a second, independent connection to the same file sees: what is committed.
int committedUsers(const QString &dir)
{
    Database other;
    QString error;
    if (!other.open(configIn(dir), &error))
        return -1;
    return scalar(other, u"SELECT COUNT(*) FROM users"_s).toInt();
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"natter.*.info=false"_s); // "schema migrated", every test
    }
    void opensAndMigrates()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Database db;
        QString error;
        QVERIFY2(db.open(configIn(dir.path()), &error), qPrintable(error));
        QVERIFY(QFile::exists(dir.filePath(u"natterd.sqlite"_s)));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(!db.isPostgres());
        for (const QString &table : {u"users"_s, u"sessions"_s, u"messages"_s, u"peers"_s})
            QVERIFY2(db.handle().tables().contains(table), qPrintable(table));
    }

    void aVersion1DatabaseIsMigratedForward()
    {
        // A file as the first schema left it: built by the v1 step alone.
        QTemporaryDir dir;
        {
            const QString name = u"v1-builder"_s;
            {
                QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                raw.setDatabaseName(dir.filePath(u"natterd.sqlite"_s));
                QVERIFY(raw.open());
                QSqlQuery q(raw);
                QVERIFY(q.exec(u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s));
                for (const QString &sql : migrations().constFirst().sqlite)
                    QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
                QVERIFY(q.exec(u"INSERT INTO schema_version (version) VALUES (1)"_s));
                raw.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        Database db;
        QString error;
        QVERIFY2(db.open(configIn(dir.path()), &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'messages_state_time'"_s).toInt(), 1);
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'messages_created'"_s).toInt(), 0);
    }

    void pragmas_data()
    {
        QTest::addColumn<QString>("synchronous");
        QTest::addColumn<int>("level");
        QTest::addRow("NORMAL") << u"NORMAL"_s << 1;
        QTest::addRow("FULL") << u"FULL"_s << 2;
    }
    void pragmas()
    {
        QFETCH(QString, synchronous);
        QFETCH(int, level);
        QTemporaryDir dir;
        ServerConfig config = configIn(dir.path());
        config.sqliteSynchronous = synchronous;
        Database db;
        QString error;
        QVERIFY2(db.open(config, &error), qPrintable(error));
        QCOMPARE(scalar(db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(scalar(db, u"PRAGMA synchronous"_s).toInt(), level);
        QCOMPARE(scalar(db, u"PRAGMA foreign_keys"_s).toInt(), 1);
    }

    void reopeningKeepsDataAndDoesNotMigrateAgain()
    {
        QTemporaryDir dir;
        UserId alice = 0;
        {
            Database db;
            QString error;
            QVERIFY2(db.open(configIn(dir.path()), &error), qPrintable(error));
            AccountStore accounts(db);
            alice = createUser(accounts, u"+4915110000001"_s);
            QVERIFY(alice > 0);
        }
        for (int round = 0; round < 2; ++round) {
            Database db;
            QString error;
            QVERIFY2(db.open(configIn(dir.path()), &error), qPrintable(error));
            QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
            // One row per migration step, written once.
            QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM schema_version"_s).toInt(), int(migrations().size()));
            AccountStore accounts(db);
            QCOMPARE(accounts.idOf(u"+4915110000001"_s), std::optional<UserId>(alice));
            QCOMPARE(scalar(db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        }
    }

    void databasePathOverridesTheDataDir()
    {
        QTemporaryDir dir;
        ServerConfig config = configIn(dir.filePath(u"data"_s));
        config.databasePath = dir.filePath(u"elsewhere/deeper/chat.db"_s);
        Database db;
        QString error;
        QVERIFY2(db.open(config, &error), qPrintable(error));
        QVERIFY(QFile::exists(config.databasePath));
        QVERIFY(!QFile::exists(dir.filePath(u"data/natterd.sqlite"_s)));
        QCOMPARE(config.effectiveDatabasePath(), config.databasePath);
    }

    void openFailsWhereTheDirectoryCannotBeCreated()
    {
        QTemporaryDir dir;
        // A regular file where a directory should be: not even root can create under it.
        QFile blocker(dir.filePath(u"not-a-dir"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.write("x");
        blocker.close();
        Database db;
        QString error;
        QVERIFY(!db.open(configIn(dir.filePath(u"not-a-dir/natter"_s)), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(u"not-a-dir"_s), qPrintable(error)); // names the place
    }

    void openFailsForADirectoryThatIsNotWritable()
    {
        QTemporaryDir dir;
        const QString readOnly = dir.filePath(u"ro"_s);
        QVERIFY(QDir().mkpath(readOnly));
        QVERIFY(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ExeOwner));
        const auto restore = qScopeGuard([&] {
            QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        });
        if (::access(readOnly.toLocal8Bit().constData(), W_OK) == 0)
            QSKIP("running as root: permissions do not stop writes (the regular-file case covers "
                  "it)");
        Database db;
        QString error;
        QVERIFY(!db.open(configIn(readOnly), &error));
        QVERIFY(!error.isEmpty());
    }

    void openFailsForAFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        QFile garbage(dir.filePath(u"natterd.sqlite"_s));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, 'G'));
        garbage.close();
        Database db;
        QString error;
        QVERIFY(!db.open(configIn(dir.path()), &error));
        QVERIFY(!error.isEmpty());
        QFile check(dir.filePath(u"natterd.sqlite"_s));
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray(4096, 'G')); // left as it was
    }

    void openFailsForAnUnknownDriver()
    {
        QTemporaryDir dir;
        ServerConfig config = configIn(dir.path());
        config.databaseDriver = u"QNOSUCHDB"_s;
        Database db;
        QString error;
        QVERIFY(!db.open(config, &error));
        QVERIFY2(error.contains(u"QNOSUCHDB"_s), qPrintable(error));
    }

    void withoutGroupCommitEachWriteIsCommittedAtOnce()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(db.open(configIn(dir.path()), &error), qPrintable(error));
        AccountStore accounts(db);
        QVERIFY(createUser(accounts, u"+4915110000001"_s) > 0);
        QCOMPARE(committedUsers(dir.path()), 1);
        std::optional<bool> result;
        db.afterCommit([&](bool ok) { result = ok; });
        QCOMPARE(result, std::optional<bool>(true));
    }

    void groupCommitReportsDurabilityOnlyAfterTheCommit()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(db.open(configIn(dir.path()), &error), qPrintable(error));
        db.setGroupCommit(true);
        AccountStore accounts(db);
        QVERIFY(createUser(accounts, u"+4915110000001"_s) > 0);
        QVERIFY(createUser(accounts, u"+4915110000002"_s) > 0);
        QList<bool> results;
        db.afterCommit([&](bool ok) { results.append(ok); });
        db.afterCommit([&](bool ok) { results.append(ok); });
        QVERIFY(results.isEmpty());
        QCOMPARE(committedUsers(dir.path()), 0); // not on disk yet, so nobody may be told

        QTRY_COMPARE(results, (QList<bool> {true, true})); // the event loop commits the batch
        QCOMPARE(committedUsers(dir.path()), 2);
        QVERIFY(db.flush()); // nothing left
        QCOMPARE(results.size(), 2);
    }

    void aFailedWriteRollsBackItsBatch()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(db.open(configIn(dir.path()), &error), qPrintable(error));
        db.setGroupCommit(true);
        AccountStore accounts(db);
        const UserId alice = createUser(accounts, u"+4915110000001"_s);
        QVERIFY(db.flush());

        QVERIFY(createUser(accounts, u"+4915110000002"_s) > 0);
        std::optional<bool> result;
        db.afterCommit([&](bool ok) { result = ok; });
        QVERIFY(!accounts.addSession("hash", alice + 99, 1000)); // no such user: fails
        // The batch is lost: further writes are refused until it is over, not half-applied.
        QCOMPARE(createUser(accounts, u"+4915110000004"_s), UserId(0));
        QVERIFY(!db.flush());
        QCOMPARE(result, std::optional<bool>(false));
        QCOMPARE(committedUsers(dir.path()), 1);
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM users"_s).toInt(), 1);

        // The next batch starts clean.
        QVERIFY(createUser(accounts, u"+4915110000003"_s) > 0);
        QVERIFY(db.flush());
        QCOMPARE(committedUsers(dir.path()), 2);
    }

    void closingCommitsTheOpenBatch()
    {
        QTemporaryDir dir;
        std::optional<bool> result;
        {
            Database db;
            QString error;
            QVERIFY2(db.open(configIn(dir.path()), &error), qPrintable(error));
            db.setGroupCommit(true);
            AccountStore accounts(db);
            QVERIFY(createUser(accounts, u"+4915110000001"_s) > 0);
            db.afterCommit([&](bool ok) { result = ok; });
            db.close();
        }
        QCOMPARE(result, std::optional<bool>(true));
        QCOMPARE(committedUsers(dir.path()), 1);
    }

    // The stores take a reference from prepared() and then prepare the next statement (see
    // MessageStore::advance and acknowledge): a reference must survive that.
    void preparedStatementsStayWhereTheyAre()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(db.open(configIn(dir.path()), &error), qPrintable(error));
        QSqlQuery *first = &db.prepared(u"SELECT COUNT(*) FROM users WHERE id > ?"_s);
        for (int i = 0; i < 100; ++i)
            db.prepared(u"SELECT %1"_s.arg(i));
        QSqlQuery *again = &db.prepared(u"SELECT COUNT(*) FROM users WHERE id > ?"_s);
        QVERIFY2(again == first,
            "a reference returned by Database::prepared() dangles once more statements are "
            "prepared");
        again->addBindValue(0);
        QVERIFY(again->exec());
        QVERIFY(again->next());
        QCOMPARE(again->value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
