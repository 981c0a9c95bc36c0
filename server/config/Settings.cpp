#include "config/Settings.h"

namespace natter::server {

namespace {
using protocol::kMiB;

QString parseInt(const QString &value, qint64 min, qint64 max, qint64 *out)
{
    bool ok = false;
    const qint64 v = value.toLongLong(&ok);
    if (!ok || v < min || v > max)
        return QStringLiteral("'%1' is not a whole number from %2 to %3").arg(value).arg(min).arg(max);
    *out = v;
    return {};
}

template<typename Int>
std::function<QString(ServerConfig &, const QString &)> intSetting(Int ServerConfig::*field, qint64 min, qint64 max)
{
    return [=](ServerConfig &c, const QString &value) {
        qint64 v = 0;
        QString problem = parseInt(value, min, max, &v);
        if (problem.isEmpty())
            c.*field = Int(v);
        return problem;
    };
}

std::function<QString(ServerConfig &, const QString &)> textSetting(QString ServerConfig::*field)
{
    return [=](ServerConfig &c, const QString &value) {
        c.*field = value;
        return QString();
    };
}

std::function<QString(ServerConfig &, const QString &)> choiceSetting(QString ServerConfig::*field,
                                                                      const QStringList &choices, bool upper)
{
    return [=](ServerConfig &c, const QString &value) {
        const QString v = upper ? value.toUpper() : value.toLower();
        if (!choices.contains(v))
            return QStringLiteral("'%1' is not one of %2").arg(value, choices.join(QStringLiteral(", ")));
        c.*field = v;
        return QString();
    };
}

template<typename Int>
std::function<QString(const ServerConfig &)> showInt(Int ServerConfig::*field)
{
    return [=](const ServerConfig &c) { return QString::number(c.*field); };
}

std::function<QString(const ServerConfig &)> showText(QString ServerConfig::*field)
{
    return [=](const ServerConfig &c) { return c.*field; };
}

QString applyAddress(ServerConfig &c, const QString &value)
{
    if (value == QLatin1String("localhost"))
        c.address = QHostAddress::LocalHost;
    else if (value == QLatin1String("*") || value == QLatin1String("any"))
        c.address = QHostAddress::Any;
    else if (!c.address.setAddress(value))
        return QStringLiteral("'%1' is not an IP address").arg(value);
    return {};
}

QString applyMiB(qint64 &field, const QString &value, qint64 max)
{
    qint64 v = 0;
    QString problem = parseInt(value, 1, max, &v);
    if (problem.isEmpty())
        field = v * kMiB;
    return problem;
}
} // namespace

const QList<Setting> &settings()
{
    static const QList<Setting> table {
        {"server/listen", "listen", "address", "Address to listen on: an IP address, localhost, or * for all (default 127.0.0.1).",
         applyAddress, [](const ServerConfig &c) { return c.address.toString(); }},
        {"server/port", "port", "port", "TCP port for WebSocket clients (default 7350; 0 picks a free one).",
         intSetting(&ServerConfig::port, 0, 65535), showInt(&ServerConfig::port)},
        {"server/data_dir", "data-dir", "dir", "Directory for the database and files (default: the user's data location).",
         textSetting(&ServerConfig::dataDir), showText(&ServerConfig::dataDir)},
        {"server/login_timeout_seconds", "login-timeout", "seconds",
         "Seconds a connection may take to log in before it is closed (default 30).",
         [](ServerConfig &c, const QString &v) {
             qint64 s = 0;
             QString problem = parseInt(v, 1, 3600, &s);
             if (problem.isEmpty())
                 c.helloTimeoutMs = int(s * 1000);
             return problem;
         },
         [](const ServerConfig &c) { return QString::number(c.helloTimeoutMs / 1000); }},
        {"database/driver", "db-driver", "driver", "QSQLITE (default) or QPSQL.",
         choiceSetting(&ServerConfig::databaseDriver, {QStringLiteral("QSQLITE"), QStringLiteral("QPSQL")}, true),
         showText(&ServerConfig::databaseDriver)},
        {"database/path", "database", "file", "SQLite database file (default <data-dir>/natterd.sqlite).",
         textSetting(&ServerConfig::databasePath), [](const ServerConfig &c) { return c.effectiveDatabasePath(); }},
        {"database/sqlite_synchronous", "sqlite-synchronous", "mode",
         "NORMAL (default; survives a killed process) or FULL (also survives power loss).",
         choiceSetting(&ServerConfig::sqliteSynchronous, {QStringLiteral("NORMAL"), QStringLiteral("FULL")}, true),
         showText(&ServerConfig::sqliteSynchronous)},
        {"database/name", "db-name", "name", "PostgreSQL database name.", textSetting(&ServerConfig::databaseName),
         showText(&ServerConfig::databaseName)},
        {"database/host", "db-host", "host", "PostgreSQL host or socket directory.",
         textSetting(&ServerConfig::databaseHost), showText(&ServerConfig::databaseHost)},
        {"database/port", "db-port", "port", "PostgreSQL port (default 5432).",
         intSetting(&ServerConfig::databasePort, 1, 65535), showInt(&ServerConfig::databasePort)},
        {"database/user", "db-user", "user", "PostgreSQL user.", textSetting(&ServerConfig::databaseUser),
         showText(&ServerConfig::databaseUser)},
        {"database/password_file", "db-password-file", "file", "File whose first line is the PostgreSQL password.",
         textSetting(&ServerConfig::databasePasswordFile), showText(&ServerConfig::databasePasswordFile)},
        {"security/pbkdf2_iterations", "pbkdf2-iterations", "n",
         "PBKDF2-HMAC-SHA256 rounds for new passwords (default 210000).",
         intSetting(&ServerConfig::pbkdf2Iterations, 1000, 10000000), showInt(&ServerConfig::pbkdf2Iterations)},
        {"messages/retention_days", "retention-days", "days",
         "Days the server keeps a delivered message's receipts for a sender who does not come back (default 30); undelivered messages are never dropped.",
         intSetting(&ServerConfig::retentionDays, 1, 3650), showInt(&ServerConfig::retentionDays)},
        {"messages/max_text_bytes", "max-text-bytes", "bytes", "Longest message text in UTF-8 bytes (default 65536).",
         [](ServerConfig &c, const QString &v) {
             qint64 n = 0;
             QString problem = parseInt(v, 1, 1024 * 1024, &n);
             if (problem.isEmpty())
                 c.limits.maxTextBytes = n;
             return problem;
         },
         [](const ServerConfig &c) { return QString::number(c.limits.maxTextBytes); }},
        {"files/max_media_mib", "max-media-mib", "MiB", "Largest image, video or audio file in MiB (default 16).",
         [](ServerConfig &c, const QString &v) { return applyMiB(c.limits.maxMediaBytes, v, 4096); },
         [](const ServerConfig &c) { return QString::number(c.limits.maxMediaBytes / kMiB); }},
        {"files/max_document_mib", "max-document-mib", "MiB", "Largest document in MiB (default 100).",
         [](ServerConfig &c, const QString &v) { return applyMiB(c.limits.maxDocumentBytes, v, 16384); },
         [](const ServerConfig &c) { return QString::number(c.limits.maxDocumentBytes / kMiB); }},
        {"files/dir", "files-dir", "dir", "Directory for uploaded files (default <data-dir>/files).",
         textSetting(&ServerConfig::filesDir), [](const ServerConfig &c) { return c.effectiveFilesDir(); }},
        {"files/retention_days", "file-retention-days", "days",
         "Days a stored file is kept after its upload once every receiver has downloaded it (default 30).",
         intSetting(&ServerConfig::fileRetentionDays, 1, 3650), showInt(&ServerConfig::fileRetentionDays)},
        {"files/upload_timeout_hours", "upload-timeout-hours", "hours",
         "Hours an unfinished upload may stay untouched before it is deleted (default 24).",
         intSetting(&ServerConfig::uploadTimeoutHours, 1, 8760), showInt(&ServerConfig::uploadTimeoutHours)},
        {"status/lifetime_seconds", "status-lifetime", "seconds",
         "Seconds a status stays visible after it was posted (default 86400).",
         intSetting(&ServerConfig::statusLifetimeSeconds, 1, 31536000), showInt(&ServerConfig::statusLifetimeSeconds)},
        {"log/level", "log-level", "level", "debug, info (default) or warning.",
         choiceSetting(&ServerConfig::logLevel, {QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warning")}, false),
         showText(&ServerConfig::logLevel)},
    };
    return table;
}

const Setting *findSetting(const QString &key)
{
    for (const Setting &s : settings()) {
        if (key == QLatin1String(s.key))
            return &s;
    }
    return nullptr;
}

} // namespace natter::server
