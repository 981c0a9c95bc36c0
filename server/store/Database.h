#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>

namespace natter::server {

struct ServerConfig;

// The server's one database connection (SQLite or PostgreSQL): opens it, applies the pragmas,
// and brings the schema to the current version through the versioned migrations.
class Database final
{
public:
    Database();
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // Returns false and fills *error when the database cannot be opened or migrated.
    bool open(const ServerConfig &config, QString *error);
    void close();

    QSqlDatabase handle() const { return QSqlDatabase::database(m_connectionName, false); }
    bool isPostgres() const { return m_postgres; }
    int schemaVersion() const;
    static int latestSchemaVersion();

    bool transaction();
    bool commit();
    void rollback();

    // A prepared statement for `sql`, parsed once per connection and reused.
    QSqlQuery &prepared(const QString &sql);

    // Group commit. With it on, every write joins one open transaction that is committed when
    // control returns to the event loop (or when `maxBatchWrites` writes are pending); what
    // must wait for durability (an ack, a forwarded message) is queued with afterCommit() and
    // runs once the commit succeeded (ok == true) or was rolled back (ok == false). With it off
    // (the default), each write commits on its own and afterCommit() runs at once.
    void setGroupCommit(bool on, int maxBatchWrites = 2000);
    void beginWrite();
    void writeFailed(); // the batch is rolled back, not committed
    void afterCommit(std::function<void(bool ok)> callback);
    bool flush(); // commits the open batch now; returns false if it was rolled back

    // One logical write: its own transaction, or part of the open batch under group commit.
    // Leaving the scope without commit() undoes it (alone) or fails the batch (grouped).
    class WriteScope
    {
    public:
        explicit WriteScope(Database &db);
        ~WriteScope();
        Q_DISABLE_COPY_MOVE(WriteScope)
        // False when no transaction could be opened: the caller must not write at all, or the
        // write would commit on its own outside any batch.
        bool ready() const { return m_ready; }
        bool commit();

    private:
        Database &m_db;
        bool m_open = false;
        bool m_ready = false;
    };

private:
    bool migrate(QString *error);

    QString m_connectionName;
    bool m_postgres = false;
    // Node-based, so a reference from prepared() stays valid while more statements are added.
    std::map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
    bool m_groupCommit = false;
    int m_maxBatchWrites = 2000;
    bool m_inBatch = false;
    bool m_batchFailed = false;
    int m_batchWrites = 0;
    QList<std::function<void(bool)>> m_afterCommit;
    QTimer m_flushTimer;
};

} // namespace natter::server
