#include "store/Database.h"

#include "config/ServerConfig.h"
#include "store/Migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcStore, "natter.server.store")

namespace natter::server {

Database::Database()
    : m_connectionName(QStringLiteral("natterd-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    QObject::connect(&m_flushTimer, &QTimer::timeout, [this] { flush(); });
}

Database::~Database()
{
    close();
}

void Database::close()
{
    flush();
    m_prepared.clear();
    {
        QSqlDatabase db = handle();
        if (db.isOpen())
            db.close();
    }
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::open(const ServerConfig &config, QString *error)
{
    m_postgres = config.databaseDriver == QLatin1String("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(config.databaseDriver)) {
        *error = QStringLiteral("the Qt SQL driver %1 is not installed").arg(config.databaseDriver);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(config.databaseDriver, m_connectionName);
    if (m_postgres) {
        db.setDatabaseName(config.databaseName);
        if (!config.databaseHost.isEmpty())
            db.setHostName(config.databaseHost);
        db.setPort(config.databasePort);
        if (!config.databaseUser.isEmpty())
            db.setUserName(config.databaseUser);
        if (!config.databasePasswordFile.isEmpty()) {
            QFile f(config.databasePasswordFile);
            if (!f.open(QIODevice::ReadOnly)) {
                *error = QStringLiteral("cannot read the database password file %1").arg(f.fileName());
                return false;
            }
            db.setPassword(QString::fromUtf8(f.readLine()).trimmed());
        }
    } else {
        const QString path = config.effectiveDatabasePath();
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath())) {
            *error = QStringLiteral("cannot create the directory %1").arg(info.absolutePath());
            return false;
        }
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!db.open()) {
        *error = QStringLiteral("cannot open the database: %1").arg(db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    if (!m_postgres) {
        const QStringList pragmas {
            QStringLiteral("PRAGMA journal_mode=WAL"),
            QStringLiteral("PRAGMA synchronous=%1").arg(config.sqliteSynchronous),
            QStringLiteral("PRAGMA foreign_keys=ON"),
        };
        for (const QString &pragma : pragmas) {
            if (!q.exec(pragma)) {
                *error = QStringLiteral("%1 failed: %2").arg(pragma, q.lastError().text());
                return false;
            }
        }
        // A read-only file opens fine; only a write tells.
        if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"))) {
            *error = QStringLiteral("the database is not writable: %1").arg(q.lastError().text());
            return false;
        }
    } else if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"))) {
        *error = QStringLiteral("the database is not writable: %1").arg(q.lastError().text());
        return false;
    }
    return migrate(error);
}

int Database::latestSchemaVersion()
{
    return migrations().constLast().version;
}

int Database::schemaVersion() const
{
    QSqlQuery q(handle());
    if (q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) && q.next())
        return q.value(0).toInt();
    return 0;
}

bool Database::migrate(QString *error)
{
    const int current = schemaVersion();
    for (const Migration &m : migrations()) {
        if (m.version <= current)
            continue;
        if (!transaction()) {
            *error = QStringLiteral("cannot start the migration to schema %1").arg(m.version);
            return false;
        }
        QSqlQuery q(handle());
        for (const QString &sql : m_postgres ? m.postgres : m.sqlite) {
            if (!q.exec(sql)) {
                *error = QStringLiteral("migration to schema %1 failed: %2").arg(m.version).arg(q.lastError().text());
                rollback();
                return false;
            }
        }
        q.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
        q.addBindValue(m.version);
        if (!q.exec() || !commit()) {
            *error = QStringLiteral("migration to schema %1 failed: %2").arg(m.version).arg(q.lastError().text());
            rollback();
            return false;
        }
        qCInfo(lcStore) << "database schema migrated to version" << m.version;
    }
    return true;
}

QSqlQuery &Database::prepared(const QString &sql)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        auto q = std::make_unique<QSqlQuery>(handle());
        q->setForwardOnly(true);
        if (!q->prepare(sql))
            qCWarning(lcStore) << "cannot prepare" << sql << q->lastError().text();
        it = m_prepared.emplace(sql, std::move(q)).first;
    }
    it->second->finish();
    return *it->second;
}

void Database::setGroupCommit(bool on, int maxBatchWrites)
{
    flush();
    m_groupCommit = on;
    m_maxBatchWrites = maxBatchWrites;
}

void Database::beginWrite()
{
    if (!m_groupCommit)
        return;
    if (m_inBatch && m_batchWrites >= m_maxBatchWrites)
        flush(); // a full batch commits now, before this write starts the next one
    if (!m_inBatch) {
        m_inBatch = handle().transaction();
        m_batchFailed = !m_inBatch;
        m_batchWrites = 0;
        m_flushTimer.start();
    }
    ++m_batchWrites;
}

void Database::writeFailed()
{
    if (m_inBatch)
        m_batchFailed = true;
}

void Database::afterCommit(std::function<void(bool)> callback)
{
    if (!m_inBatch) {
        callback(true); // each write already committed (or reported its failure) on its own
        return;
    }
    m_afterCommit.append(std::move(callback));
}

Database::WriteScope::WriteScope(Database &db) : m_db(db)
{
    if (m_db.m_groupCommit) {
        m_db.beginWrite();
        m_ready = m_db.m_inBatch && !m_db.m_batchFailed;
    } else {
        m_open = m_db.transaction();
        m_ready = m_open;
    }
    if (!m_ready)
        qCWarning(lcStore) << "cannot start a transaction:" << m_db.handle().lastError().text();
}

Database::WriteScope::~WriteScope()
{
    if (m_db.m_groupCommit) {
        if (m_open)
            return; // committed into the batch
        m_db.writeFailed();
    } else if (m_open) {
        m_db.rollback();
    }
}

bool Database::WriteScope::commit()
{
    if (m_db.m_groupCommit) {
        m_open = m_ready; // marks success for the destructor
        return m_ready && !m_db.m_batchFailed;
    }
    if (!m_open)
        return false;
    m_open = false;
    if (m_db.commit())
        return true;
    m_db.rollback();
    return false;
}

bool Database::flush()
{
    m_flushTimer.stop();
    bool ok = true;
    if (m_inBatch) {
        m_inBatch = false;
        ok = !m_batchFailed && handle().commit();
        if (!ok) {
            qCWarning(lcStore) << "a batch of" << m_batchWrites << "writes was rolled back:" << handle().lastError().text();
            handle().rollback();
        }
    }
    m_batchFailed = false;
    const auto callbacks = std::exchange(m_afterCommit, {});
    for (const auto &callback : callbacks)
        callback(ok);
    return ok;
}

bool Database::transaction()
{
    return handle().transaction();
}

bool Database::commit()
{
    return handle().commit();
}

void Database::rollback()
{
    handle().rollback();
}

} // namespace natter::server
