#include "config/ServerConfig.h"

#include "config/Settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <cstdio>

namespace natter::server {

QString ServerConfig::effectiveDatabasePath() const
{
    if (!databasePath.isEmpty())
        return databasePath;
    return QDir(dataDir).filePath(QStringLiteral("natterd.sqlite"));
}

QString ServerConfig::effectiveFilesDir() const
{
    if (!filesDir.isEmpty())
        return filesDir;
    return QDir(dataDir).filePath(QStringLiteral("files"));
}

void applyLogLevel(const QString &level)
{
    QString rules = QStringLiteral("natter.*.debug=false\n");
    if (level == QLatin1String("debug"))
        rules = QStringLiteral("natter.*.debug=true\n");
    else if (level == QLatin1String("warning"))
        rules += QStringLiteral("natter.*.info=false\n");
    QLoggingCategory::setFilterRules(rules);
}

namespace {
void printErr(const QString &text)
{
    std::fputs(qPrintable(QStringLiteral("natterd: ") + text + u'\n'), stderr);
}

// Reads an INI file through the settings table. The format is small and read here rather than
// by QSettings, which skips lines it cannot read and knows only ';' comments: here a line is
// blank, a comment ('#' or ';' first), a [section], or `name = value`, and anything else, an
// unknown key or a bad value stops the start (a typo never silently falls back to a default).
bool readConfigFile(const QString &path, ServerConfig *config, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read the config file %1").arg(path);
        return false;
    }
    QString section;
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        ++lineNumber;
        const QString where = QStringLiteral("%1:%2").arg(path).arg(lineNumber);
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            section = line.mid(1, line.size() - 2).trimmed();
            continue;
        }
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0) {
            *error = QStringLiteral("%1: not \"name = value\": %2").arg(where, line.left(80));
            return false;
        }
        const QString key = section + u'/' + line.left(eq).trimmed();
        QString value = line.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
            value = value.mid(1, value.size() - 2);
        const Setting *setting = findSetting(key);
        if (!setting) {
            *error = QStringLiteral("%1: unknown setting '%2'").arg(where, key);
            return false;
        }
        if (const QString problem = setting->apply(*config, value); !problem.isEmpty()) {
            *error = QStringLiteral("%1: %2: %3").arg(where, key, problem);
            return false;
        }
    }
    config->configFile = path;
    return true;
}

bool finish(ServerConfig *c, QString *error)
{
    if (c->dataDir.isEmpty())
        c->dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    // A control frame must be able to carry the longest text plus its envelope.
    c->limits.maxControlFrameBytes = std::max<qint64>(protocol::Limits {}.maxControlFrameBytes,
                                                      6 * c->limits.maxTextBytes + 4096);
    if (c->databaseDriver == QLatin1String("QPSQL") && c->databaseName.isEmpty()) {
        *error = QStringLiteral("the PostgreSQL driver needs a database name (database/name, --db-name)");
        return false;
    }
    return true;
}
} // namespace

namespace {
// Declares every option; shared by the first parse and the re-parse on SIGHUP.
void addOptions(QCommandLineParser &p)
{
    p.setApplicationDescription(QStringLiteral(
        "natterd — the Natter messenger server. Runs headless, keeps messages until their\n"
        "recipients have them, and stores in SQLite (default) or PostgreSQL.\n"
        "Settings come from the --config file; options given here override it."));
    p.addHelpOption();
    p.addVersionOption();
    p.addOptions({
        {QStringLiteral("config"), QStringLiteral("Read settings from this INI file (see docs/configuration.md)."),
         QStringLiteral("file")},
        {QStringLiteral("check-config"), QStringLiteral("Validate the settings, print them, and exit (0 when valid).")},
        {QStringLiteral("health"),
         QStringLiteral("Ask the natterd running at the configured address and port whether it serves; exit 0 if so.")},
    });
    for (const Setting &s : settings())
        p.addOption({QString::fromLatin1(s.option), QString::fromUtf8(s.help), QString::fromLatin1(s.valueName)});
}

// The config file first, then the command line on top of it.
bool buildConfig(const QCommandLineParser &p, ServerConfig *c, QString *error)
{
    if (p.isSet(QStringLiteral("config")) && !readConfigFile(p.value(QStringLiteral("config")), c, error))
        return false;
    for (const Setting &s : settings()) {
        const QString option = QString::fromLatin1(s.option);
        if (!p.isSet(option))
            continue;
        if (const QString problem = s.apply(*c, p.value(option)); !problem.isEmpty()) {
            *error = QStringLiteral("--%1: %2").arg(option, problem);
            return false;
        }
    }
    return finish(c, error);
}
} // namespace

ParsedCommandLine parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser p;
    addOptions(p);
    ParsedCommandLine result;
    if (!p.parse(arguments)) {
        printErr(p.errorText() + QStringLiteral(" (see --help)"));
        result.exitCode = 2;
        return result;
    }
    if (p.isSet(QStringLiteral("help")) || p.isSet(QStringLiteral("help-all"))) {
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
    if (!buildConfig(p, &c, &error)) {
        printErr(error);
        result.exitCode = 2;
        return result;
    }
    result.config = c;
    result.mode = p.isSet(QStringLiteral("check-config")) ? RunMode::CheckConfig
        : p.isSet(QStringLiteral("health"))               ? RunMode::Health
                                                          : RunMode::Serve;
    return result;
}

bool reloadSettings(const QStringList &arguments, ServerConfig *running, QString *error)
{
    QCommandLineParser p;
    addOptions(p);
    ServerConfig fresh;
    if (!p.parse(arguments)) {
        *error = p.errorText();
        return false;
    }
    if (!buildConfig(p, &fresh, error))
        return false;
    // Only what is safe to change while running: the rest needs a restart.
    running->logLevel = fresh.logLevel;
    running->retentionDays = fresh.retentionDays;
    running->fileRetentionDays = fresh.fileRetentionDays;
    running->uploadTimeoutHours = fresh.uploadTimeoutHours;
    running->pbkdf2Iterations = fresh.pbkdf2Iterations;
    return true;
}

} // namespace natter::server
