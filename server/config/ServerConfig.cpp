#include "config/ServerConfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>

namespace natter::server {

QString ServerConfig::effectiveDatabasePath() const
{
    if (!databasePath.isEmpty())
        return databasePath;
    return QDir(dataDir).filePath(QStringLiteral("natterd.sqlite"));
}

namespace {
void printErr(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stderr);
}

bool parseInt(const QCommandLineParser &p, const QString &name, int min, int max, int *out, QString *error)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    const int v = p.value(name).toInt(&ok);
    if (!ok || v < min || v > max) {
        *error = QStringLiteral("--%1 must be a whole number from %2 to %3").arg(name).arg(min).arg(max);
        return false;
    }
    *out = v;
    return true;
}
} // namespace

ParsedCommandLine parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "natterd — the Natter messenger server. Runs headless, keeps messages until their\n"
        "recipients have them, and stores in SQLite (default) or PostgreSQL."));
    p.addHelpOption();
    p.addVersionOption();
    p.addOptions({
        {QStringLiteral("listen"), QStringLiteral("Address to listen on (default 127.0.0.1)."), QStringLiteral("address")},
        {QStringLiteral("port"), QStringLiteral("TCP port for WebSocket clients (default 7350; 0 picks a free one)."), QStringLiteral("port")},
        {QStringLiteral("data-dir"), QStringLiteral("Directory for the database and files (default: the user's data location)."), QStringLiteral("dir")},
        {QStringLiteral("database"), QStringLiteral("SQLite database file (default <data-dir>/natterd.sqlite)."), QStringLiteral("file")},
        {QStringLiteral("db-driver"), QStringLiteral("QSQLITE (default) or QPSQL."), QStringLiteral("driver")},
        {QStringLiteral("db-name"), QStringLiteral("PostgreSQL database name."), QStringLiteral("name")},
        {QStringLiteral("db-host"), QStringLiteral("PostgreSQL host or socket directory."), QStringLiteral("host")},
        {QStringLiteral("db-port"), QStringLiteral("PostgreSQL port (default 5432)."), QStringLiteral("port")},
        {QStringLiteral("db-user"), QStringLiteral("PostgreSQL user."), QStringLiteral("user")},
        {QStringLiteral("db-password-file"), QStringLiteral("File whose first line is the PostgreSQL password."), QStringLiteral("file")},
        {QStringLiteral("sqlite-synchronous"), QStringLiteral("NORMAL (default; survives a killed process) or FULL (also power loss)."), QStringLiteral("mode")},
        {QStringLiteral("pbkdf2-iterations"), QStringLiteral("PBKDF2-HMAC-SHA256 rounds for new passwords (default 210000)."), QStringLiteral("n")},
        {QStringLiteral("retention-days"), QStringLiteral("Days an undelivered message is kept (default 30)."), QStringLiteral("days")},
        {QStringLiteral("max-text-bytes"), QStringLiteral("Longest message text in UTF-8 bytes (default 65536)."), QStringLiteral("bytes")},
        {QStringLiteral("max-media-mib"), QStringLiteral("Largest image/video/audio in MiB (default 16)."), QStringLiteral("mib")},
        {QStringLiteral("max-document-mib"), QStringLiteral("Largest document in MiB (default 100)."), QStringLiteral("mib")},
    });

    ParsedCommandLine result;
    if (!p.parse(arguments)) {
        printErr(p.errorText());
        result.exitCode = 2;
        return result;
    }
    if (p.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(p.helpText()), stdout);
        return result;
    }
    if (p.isSet(QStringLiteral("version"))) {
        std::printf("natterd %s\n", NATTER_VERSION);
        return result;
    }
    if (!p.positionalArguments().isEmpty()) {
        printErr(QStringLiteral("unexpected argument '%1' (see --help)").arg(p.positionalArguments().first()));
        result.exitCode = 2;
        return result;
    }

    ServerConfig c;
    QString error;
    if (p.isSet(QStringLiteral("listen"))) {
        const QString a = p.value(QStringLiteral("listen"));
        if (a == QLatin1String("localhost"))
            c.address = QHostAddress::LocalHost;
        else if (a == QLatin1String("*") || a == QLatin1String("any"))
            c.address = QHostAddress::Any;
        else if (!c.address.setAddress(a))
            error = QStringLiteral("--listen: '%1' is not an IP address").arg(a);
    }
    int port = c.port;
    int mediaMiB = int(c.limits.maxMediaBytes / protocol::kMiB);
    int documentMiB = int(c.limits.maxDocumentBytes / protocol::kMiB);
    int textBytes = int(c.limits.maxTextBytes);
    if (error.isEmpty() && parseInt(p, QStringLiteral("port"), 0, 65535, &port, &error)
        && parseInt(p, QStringLiteral("db-port"), 1, 65535, &c.databasePort, &error)
        && parseInt(p, QStringLiteral("pbkdf2-iterations"), 1000, 10000000, &c.pbkdf2Iterations, &error)
        && parseInt(p, QStringLiteral("retention-days"), 1, 3650, &c.retentionDays, &error)
        && parseInt(p, QStringLiteral("max-text-bytes"), 1, 1024 * 1024, &textBytes, &error)
        && parseInt(p, QStringLiteral("max-media-mib"), 1, 4096, &mediaMiB, &error)
        && parseInt(p, QStringLiteral("max-document-mib"), 1, 16384, &documentMiB, &error)) {
        c.port = quint16(port);
        c.limits.maxTextBytes = textBytes;
        c.limits.maxMediaBytes = qint64(mediaMiB) * protocol::kMiB;
        c.limits.maxDocumentBytes = qint64(documentMiB) * protocol::kMiB;
        // A control frame must be able to carry the longest text plus its envelope.
        c.limits.maxControlFrameBytes = std::max<qint64>(c.limits.maxControlFrameBytes, 6 * textBytes + 4096);
    }
    if (error.isEmpty() && p.isSet(QStringLiteral("db-driver"))) {
        c.databaseDriver = p.value(QStringLiteral("db-driver")).toUpper();
        if (c.databaseDriver != QLatin1String("QSQLITE") && c.databaseDriver != QLatin1String("QPSQL"))
            error = QStringLiteral("--db-driver must be QSQLITE or QPSQL");
    }
    if (error.isEmpty() && p.isSet(QStringLiteral("sqlite-synchronous"))) {
        c.sqliteSynchronous = p.value(QStringLiteral("sqlite-synchronous")).toUpper();
        if (c.sqliteSynchronous != QLatin1String("NORMAL") && c.sqliteSynchronous != QLatin1String("FULL"))
            error = QStringLiteral("--sqlite-synchronous must be NORMAL or FULL");
    }
    if (!error.isEmpty()) {
        printErr(error);
        result.exitCode = 2;
        return result;
    }
    c.dataDir = p.isSet(QStringLiteral("data-dir"))
        ? p.value(QStringLiteral("data-dir"))
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    c.databasePath = p.value(QStringLiteral("database"));
    c.databaseName = p.value(QStringLiteral("db-name"));
    c.databaseHost = p.value(QStringLiteral("db-host"));
    c.databaseUser = p.value(QStringLiteral("db-user"));
    c.databasePasswordFile = p.value(QStringLiteral("db-password-file"));
    if (c.databaseDriver == QLatin1String("QPSQL") && c.databaseName.isEmpty()) {
        printErr(QStringLiteral("--db-driver QPSQL needs --db-name"));
        result.exitCode = 2;
        return result;
    }
    result.config = c;
    return result;
}

} // namespace natter::server
