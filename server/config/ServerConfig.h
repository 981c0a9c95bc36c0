#pragma once

#include "protocol/Limits.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace natter::server {

// Every setting of natterd, read once at start-up from the config file and the command line
// (the command line wins). docs/configuration.md describes each one.
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
    int retentionDays = 30; // a delivered message's receipts wait this long for its sender, then go
    int helloTimeoutMs = 30000; // a connection that has not logged in by then is closed
    QString filesDir; // uploaded files; empty: <dataDir>/files
    int fileRetentionDays = 30; // a stored file every receiver downloaded is kept this long after its upload
    int uploadTimeoutHours = 24; // an unfinished upload untouched this long is deleted
    int statusLifetimeSeconds = 86400; // a status expires this long after it was posted
    // About how many bytes of statuses one status_list answer holds before `more` (not a
    // setting: the tests lower it to see the pages).
    qsizetype statusListPageBytes = 512 * 1024;
    QString logLevel = QStringLiteral("info"); // debug, info, warning
    QString configFile; // where the settings came from (empty: command line only)
    protocol::Limits limits;

    QString effectiveDatabasePath() const;
    QString effectiveFilesDir() const;
};

// What natterd was asked to do.
enum class RunMode { Serve, CheckConfig, Health, Exit };

struct ParsedCommandLine
{
    RunMode mode = RunMode::Exit;
    std::optional<ServerConfig> config;
    int exitCode = 0; // for RunMode::Exit: 0 after --help/--version, 2 after an error
};

// Parses natterd's command line (and the --config file it names). On --help/--version prints
// and returns Exit with 0; on a bad option or value prints the reason to stderr and returns
// Exit with 2.
ParsedCommandLine parseCommandLine(const QStringList &arguments);

// For SIGHUP: reads the config file and the same command line again and applies to `running`
// what may change while running (log level, retention periods, upload timeout, PBKDF2 rounds for
// new passwords);
// false with *error, changing nothing, when the settings are no longer valid.
bool reloadSettings(const QStringList &arguments, ServerConfig *running, QString *error);

// Applies the log level (debug, info, warning) to the natter.* logging categories.
void applyLogLevel(const QString &level);

} // namespace natter::server
