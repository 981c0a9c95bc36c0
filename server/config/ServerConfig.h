#pragma once

#include "protocol/Limits.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace natter::server {

// Every setting of natterd, read once at start-up (command line; a config file comes later).
struct ServerConfig
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 7350;
    QString databaseDriver = QStringLiteral("QSQLITE"); // or QPSQL
    QString databasePath; // SQLite file; empty: <dataDir>/natterd.sqlite
    QString databaseName; // PostgreSQL: database name
    QString databaseHost; // PostgreSQL: host (socket dir or address)
    int databasePort = 5432;
    QString databaseUser;
    QString databasePasswordFile; // PostgreSQL: file holding the password (kept out of argv)
    QString dataDir;
    QString sqliteSynchronous = QStringLiteral("NORMAL"); // NORMAL survives a killed process, FULL power loss
    int pbkdf2Iterations = 210000;
    int retentionDays = 30; // a message is dropped this long after it was sent, delivered or not
    int helloTimeoutMs = 30000; // a connection that has not logged in by then is closed
    protocol::Limits limits;

    QString effectiveDatabasePath() const;
};

// Parses natterd's command line. On --help/--version prints and sets exitCode; on an error
// prints the reason to stderr and sets a non-zero exitCode.
struct ParsedCommandLine
{
    std::optional<ServerConfig> config;
    int exitCode = 0;
};
ParsedCommandLine parseCommandLine(const QStringList &arguments);

} // namespace natter::server
