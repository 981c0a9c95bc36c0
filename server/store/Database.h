#pragma once

#include <QSqlDatabase>
#include <QString>

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

    bool transaction();
    bool commit();
    void rollback();

private:
    bool migrate(QString *error);

    QString m_connectionName;
    bool m_postgres = false;
};

} // namespace natter::server
