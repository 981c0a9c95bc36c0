// natterd's command line: defaults, every option, and refusals (exit code 2, a reason on
// stderr, no config) so that a typo never starts a server with settings nobody asked for.
#include "config/ServerConfig.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <cstdio>
#include <unistd.h>

using namespace natter::server;
using namespace natter::protocol;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(natter::server::RunMode)

namespace {
// Redirects stdout and stderr into files for as long as it lives.
class CapturedOutput
{
public:
    CapturedOutput()
    {
        std::fflush(stdout);
        std::fflush(stderr);
        if (!m_out.open() || !m_err.open())
            return;
        m_savedOut = ::dup(STDOUT_FILENO);
        m_savedErr = ::dup(STDERR_FILENO);
        ::dup2(m_out.handle(), STDOUT_FILENO);
        ::dup2(m_err.handle(), STDERR_FILENO);
    }
    ~CapturedOutput() { restore(); }
    Q_DISABLE_COPY_MOVE(CapturedOutput)

    void restore()
    {
        if (m_savedOut < 0)
            return;
        std::fflush(stdout);
        std::fflush(stderr);
        ::dup2(m_savedOut, STDOUT_FILENO);
        ::dup2(m_savedErr, STDERR_FILENO);
        ::close(m_savedOut);
        ::close(m_savedErr);
        m_savedOut = m_savedErr = -1;
    }
    QString out() { return read(m_out); }
    QString err() { return read(m_err); }

private:
    QString read(QTemporaryFile &file)
    {
        restore();
        file.seek(0);
        return QString::fromLocal8Bit(file.readAll());
    }

    QTemporaryFile m_out;
    QTemporaryFile m_err;
    int m_savedOut = -1;
    int m_savedErr = -1;
};

struct Run
{
    std::optional<ServerConfig> config;
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList &arguments)
{
    CapturedOutput capture;
    const ParsedCommandLine parsed = parseCommandLine(QStringList {u"natterd"_s} + arguments);
    Run r;
    r.config = parsed.config;
    r.exitCode = parsed.exitCode;
    r.out = capture.out();
    r.err = capture.err();
    return r;
}

// Writes natterd.ini into `dir` (again and again: the same file is overwritten).
QString writeFile(const QTemporaryDir &dir, const QByteArray &contents)
{
    const QString path = dir.filePath(u"natterd.ini"_s);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(contents);
    return path;
}

// One numeric setting by name, so data rows can say which field they expect.
qint64 field(const ServerConfig &c, const QString &name)
{
    if (name == u"port")
        return c.port;
    if (name == u"db-port")
        return c.databasePort;
    if (name == u"pbkdf2-iterations")
        return c.pbkdf2Iterations;
    if (name == u"retention-days")
        return c.retentionDays;
    if (name == u"max-text-bytes")
        return c.limits.maxTextBytes;
    if (name == u"max-media-mib")
        return c.limits.maxMediaBytes;
    if (name == u"max-document-mib")
        return c.limits.maxDocumentBytes;
    return -1;
}
} // namespace

class TestServerConfig : public QObject
{
    Q_OBJECT

private slots:
    void defaults()
    {
        const Run r = run({});
        QVERIFY2(r.config, qPrintable(r.err));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        const ServerConfig &c = *r.config;
        QCOMPARE(c.address, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(c.port, quint16(7350));
        QCOMPARE(c.databaseDriver, u"QSQLITE"_s);
        QVERIFY(c.databasePath.isEmpty());
        QVERIFY(c.databaseName.isEmpty());
        QVERIFY(c.databaseHost.isEmpty());
        QVERIFY(c.databaseUser.isEmpty());
        QVERIFY(c.databasePasswordFile.isEmpty());
        QCOMPARE(c.databasePort, 5432);
        QVERIFY(!c.dataDir.isEmpty());
        QCOMPARE(c.dataDir, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
        QCOMPARE(c.effectiveDatabasePath(), c.dataDir + u"/natterd.sqlite"_s);
        QCOMPARE(c.sqliteSynchronous, u"NORMAL"_s);
        QCOMPARE(c.pbkdf2Iterations, 210000);
        QCOMPARE(c.retentionDays, 30);
        QCOMPARE(c.helloTimeoutMs, 30000);

        const Limits defaults;
        QCOMPARE(c.limits.maxTextBytes, defaults.maxTextBytes);
        QCOMPARE(c.limits.maxMediaBytes, 16 * kMiB);
        QCOMPARE(c.limits.maxDocumentBytes, 100 * kMiB);
        QCOMPARE(c.limits.maxChunkBytes, defaults.maxChunkBytes);
        QCOMPARE(c.limits.maxVCardBytes, defaults.maxVCardBytes);
        QCOMPARE(c.limits.maxIdsPerFrame, defaults.maxIdsPerFrame);
        QCOMPARE(c.limits.maxPhonesPerQuery, defaults.maxPhonesPerQuery);
        QCOMPARE(c.limits.syncBatch, defaults.syncBatch);
        // The longest text, even with every byte escaped as \u00XX, fits in one frame.
        QVERIFY(c.limits.maxControlFrameBytes >= 6 * c.limits.maxTextBytes + 4096);
    }

    void everyOption()
    {
        const Run r = run({u"--listen"_s, u"0.0.0.0"_s, u"--port"_s, u"8443"_s, u"--data-dir"_s,
            u"/srv/natter"_s, u"--database"_s, u"/var/lib/natter/chat.db"_s, u"--db-driver"_s,
            u"QPSQL"_s, u"--db-name"_s, u"natter"_s, u"--db-host"_s, u"/run/postgresql"_s,
            u"--db-port"_s, u"6543"_s, u"--db-user"_s, u"natterd"_s, u"--db-password-file"_s,
            u"/etc/natter/pw"_s, u"--sqlite-synchronous"_s, u"FULL"_s, u"--pbkdf2-iterations"_s,
            u"300000"_s, u"--retention-days"_s, u"7"_s, u"--max-text-bytes"_s, u"4096"_s,
            u"--max-media-mib"_s, u"32"_s, u"--max-document-mib"_s, u"200"_s});
        QVERIFY2(r.config, qPrintable(r.err));
        QCOMPARE(r.exitCode, 0);
        const ServerConfig &c = *r.config;
        QCOMPARE(c.address, QHostAddress(u"0.0.0.0"_s));
        QCOMPARE(c.port, quint16(8443));
        QCOMPARE(c.dataDir, u"/srv/natter"_s);
        QCOMPARE(c.databasePath, u"/var/lib/natter/chat.db"_s);
        QCOMPARE(c.effectiveDatabasePath(), u"/var/lib/natter/chat.db"_s);
        QCOMPARE(c.databaseDriver, u"QPSQL"_s);
        QCOMPARE(c.databaseName, u"natter"_s);
        QCOMPARE(c.databaseHost, u"/run/postgresql"_s);
        QCOMPARE(c.databasePort, 6543);
        QCOMPARE(c.databaseUser, u"natterd"_s);
        QCOMPARE(c.databasePasswordFile, u"/etc/natter/pw"_s);
        QCOMPARE(c.sqliteSynchronous, u"FULL"_s);
        QCOMPARE(c.pbkdf2Iterations, 300000);
        QCOMPARE(c.retentionDays, 7);
        QCOMPARE(c.limits.maxTextBytes, qint64(4096));
        QCOMPARE(c.limits.maxMediaBytes, 32 * kMiB);
        QCOMPARE(c.limits.maxDocumentBytes, 200 * kMiB);
    }

    void listenAddress_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QHostAddress>("address");
        QTest::addRow("IPv4 loopback") << u"127.0.0.1"_s << QHostAddress(QHostAddress::LocalHost);
        QTest::addRow("localhost") << u"localhost"_s << QHostAddress(QHostAddress::LocalHost);
        QTest::addRow("IPv6 loopback") << u"::1"_s << QHostAddress(QHostAddress::LocalHostIPv6);
        QTest::addRow("a LAN address") << u"192.168.1.10"_s << QHostAddress(u"192.168.1.10"_s);
        QTest::addRow("all IPv4") << u"0.0.0.0"_s << QHostAddress(QHostAddress::AnyIPv4);
        QTest::addRow("star") << u"*"_s << QHostAddress(QHostAddress::Any);
        QTest::addRow("any") << u"any"_s << QHostAddress(QHostAddress::Any);
    }
    void listenAddress()
    {
        QFETCH(QString, value);
        QFETCH(QHostAddress, address);
        const Run r = run({u"--listen"_s, value});
        QVERIFY2(r.config, qPrintable(r.err));
        QCOMPARE(r.config->address, address);
    }

    // The limits of each numeric option are accepted; see refused() for one step beyond.
    void numericBounds_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("option");
        QTest::addColumn<qint64>("value");
        const auto row = [](const char *option, const char *text, qint64 value) {
            QTest::addRow("%s %s", option, text)
                << QStringList {u"--"_s + QLatin1String(option), QString::fromLatin1(text)}
                << QString::fromLatin1(option) << value;
        };
        row("port", "0", 0);
        row("port", "65535", 65535);
        row("db-port", "1", 1);
        row("db-port", "65535", 65535);
        row("pbkdf2-iterations", "1000", 1000);
        row("pbkdf2-iterations", "10000000", 10000000);
        row("retention-days", "1", 1);
        row("retention-days", "3650", 3650);
        row("max-text-bytes", "1", 1);
        row("max-text-bytes", "1048576", 1048576);
        row("max-media-mib", "1", kMiB);
        row("max-media-mib", "4096", 4096 * kMiB);
        row("max-document-mib", "1", kMiB);
        row("max-document-mib", "16384", 16384 * kMiB);
        QTest::addRow("port=8080") << QStringList {u"--port=8080"_s} << u"port"_s << qint64(8080);
    }
    void numericBounds()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, option);
        QFETCH(qint64, value);
        const Run r = run(arguments);
        QVERIFY2(r.config, qPrintable(r.err));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(field(*r.config, option), value);
    }

    void largerTextsGetLargerFrames()
    {
        const Run big = run({u"--max-text-bytes"_s, u"1048576"_s});
        QVERIFY(big.config);
        QVERIFY(big.config->limits.maxControlFrameBytes >= 6 * 1048576 + 4096);
        const Run small = run({u"--max-text-bytes"_s, u"100"_s});
        QVERIFY(small.config);
        QVERIFY(small.config->limits.maxControlFrameBytes >= Limits {}.maxControlFrameBytes);
    }

    void choicesIgnoreCase()
    {
        const Run r = run({u"--db-driver"_s, u"qpsql"_s, u"--db-name"_s, u"n"_s,
            u"--sqlite-synchronous"_s, u"full"_s});
        QVERIFY2(r.config, qPrintable(r.err));
        QCOMPARE(r.config->databaseDriver, u"QPSQL"_s);
        QCOMPARE(r.config->sqliteSynchronous, u"FULL"_s);
        const Run sqlite = run({u"--db-driver"_s, u"QSQLITE"_s});
        QVERIFY2(sqlite.config, qPrintable(sqlite.err));
        QCOMPARE(sqlite.config->databaseDriver, u"QSQLITE"_s);
    }

    void refused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions"); // the stderr text names what was wrong
        const auto row
            = [](const char *name, const QStringList &arguments, const QString &mentions) {
                  QTest::addRow("%s", name) << arguments << mentions;
              };
        row("port 70000", {u"--port"_s, u"70000"_s}, u"port"_s);
        row("port 65536", {u"--port"_s, u"65536"_s}, u"port"_s);
        row("port -1", {u"--port=-1"_s}, u"port"_s);
        row("port not a number", {u"--port"_s, u"http"_s}, u"port"_s);
        row("port with a suffix", {u"--port"_s, u"80abc"_s}, u"port"_s);
        row("port fractional", {u"--port"_s, u"80.5"_s}, u"port"_s);
        row("port empty", {u"--port="_s}, u"port"_s);
        row("port without a value", {u"--port"_s}, u"port"_s);
        row("db-port 0", {u"--db-port"_s, u"0"_s}, u"db-port"_s);
        row("pbkdf2-iterations 999", {u"--pbkdf2-iterations"_s, u"999"_s}, u"pbkdf2-iterations"_s);
        row("pbkdf2-iterations too many", {u"--pbkdf2-iterations"_s, u"10000001"_s},
            u"pbkdf2-iterations"_s);
        row("retention-days 0", {u"--retention-days"_s, u"0"_s}, u"retention-days"_s);
        row("retention-days 3651", {u"--retention-days"_s, u"3651"_s}, u"retention-days"_s);
        row("max-text-bytes 0", {u"--max-text-bytes"_s, u"0"_s}, u"max-text-bytes"_s);
        row("max-text-bytes over 1 MiB", {u"--max-text-bytes"_s, u"1048577"_s},
            u"max-text-bytes"_s);
        row("max-media-mib 0", {u"--max-media-mib"_s, u"0"_s}, u"max-media-mib"_s);
        row("max-media-mib 4097", {u"--max-media-mib"_s, u"4097"_s}, u"max-media-mib"_s);
        row("max-document-mib 16385", {u"--max-document-mib"_s, u"16385"_s}, u"max-document-mib"_s);
        row("db-driver FOO", {u"--db-driver"_s, u"FOO"_s}, u"db-driver"_s);
        row("db-driver QMYSQL", {u"--db-driver"_s, u"QMYSQL"_s}, u"db-driver"_s);
        row("sqlite-synchronous OFF", {u"--sqlite-synchronous"_s, u"OFF"_s},
            u"sqlite-synchronous"_s);
        row("sqlite-synchronous EXTRA", {u"--sqlite-synchronous"_s, u"EXTRA"_s},
            u"sqlite-synchronous"_s);
        row("listen not an address", {u"--listen"_s, u"example.org"_s}, u"example.org"_s);
        row("listen 256.1.1.1", {u"--listen"_s, u"256.1.1.1"_s}, u"256.1.1.1"_s);
        row("unknown option", {u"--frobnicate"_s}, u"frobnicate"_s);
        row("unknown short option", {u"-x"_s}, u"x"_s);
        row("positional argument", {u"serve"_s}, u"serve"_s);
        row("positional after options", {u"--port"_s, u"80"_s, u"extra"_s}, u"extra"_s);
        row("QPSQL without db-name", {u"--db-driver"_s, u"QPSQL"_s}, u"db-name"_s);
        row("QPSQL with an empty db-name", {u"--db-driver"_s, u"QPSQL"_s, u"--db-name="_s},
            u"db-name"_s);
        row("a bad value after good ones", {u"--port"_s, u"80"_s, u"--retention-days"_s, u"-5"_s},
            u"retention-days"_s);
    }
    void refused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const Run r = run(arguments);
        QVERIFY2(!r.config, "a config came out of a bad command line");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(mentions), qPrintable(u"stderr: "_s + r.err));
        QVERIFY2(r.out.isEmpty(), qPrintable(u"stdout: "_s + r.out));
    }

    void helpAndVersionExit_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("printed");
        QTest::addRow("--help") << u"--help"_s << u"--db-driver"_s;
        QTest::addRow("-h") << u"-h"_s << u"--port"_s;
        QTest::addRow("--help-all") << u"--help-all"_s << u"--max-document-mib"_s;
        QTest::addRow("--version") << u"--version"_s << QString::fromLatin1(NATTER_VERSION);
        QTest::addRow("-v") << u"-v"_s << QString::fromLatin1(NATTER_VERSION);
    }
    void helpAndVersionExit()
    {
        QFETCH(QString, argument);
        QFETCH(QString, printed);
        const Run r = run({argument, u"--port"_s, u"1234"_s});
        QVERIFY2(!r.config, "natterd would start a server instead of printing and exiting");
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(printed), qPrintable(u"stdout: "_s + r.out));
    }

    void runModes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<RunMode>("mode");
        QTest::addRow("serve") << QStringList {} << RunMode::Serve;
        QTest::addRow("check-config") << QStringList {u"--check-config"_s} << RunMode::CheckConfig;
        QTest::addRow("health") << QStringList {u"--health"_s, u"--port"_s, u"9000"_s}
                                << RunMode::Health;
    }
    void runModes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(RunMode, mode);
        const ParsedCommandLine parsed = parseCommandLine(QStringList {u"natterd"_s} + arguments);
        QVERIFY(parsed.config);
        QCOMPARE(parsed.mode, mode);
        QCOMPARE(parsed.exitCode, 0);
    }

    // ---- the --config file -------------------------------------------------------------
    void configFileSetsEverySection()
    {
        QTemporaryDir dir;
        const QString file = writeFile(dir,
            "[server]\nlisten = 0.0.0.0\nport = 8080\ndata_dir = /srv/n\n"
            "login_timeout_seconds = 45\n"
            "[database]\ndriver = qpsql\nname = natter,prod\nport = 6000\n"
            "sqlite_synchronous = full\n"
            "[security]\npbkdf2_iterations = 5000\n"
            "# a comment\n; another\n"
            "[messages]\nretention_days = 9\nmax_text_bytes = 2048\n"
            "[files]\nmax_media_mib = 8\nmax_document_mib = 50\n"
            "[log]\nlevel = WARNING\n");
        const Run r = run({u"--config"_s, file});
        QVERIFY2(r.config, qPrintable(r.err));
        const ServerConfig &c = *r.config;
        QCOMPARE(c.configFile, file);
        QCOMPARE(c.address, QHostAddress(QHostAddress::AnyIPv4));
        QCOMPARE(c.port, quint16(8080));
        QCOMPARE(c.dataDir, u"/srv/n"_s);
        QCOMPARE(c.helloTimeoutMs, 45000);
        QCOMPARE(c.databaseDriver, u"QPSQL"_s);
        QCOMPARE(c.databaseName, u"natter,prod"_s); // a comma does not split a value
        QCOMPARE(c.databasePort, 6000);
        QCOMPARE(c.sqliteSynchronous, u"FULL"_s);
        QCOMPARE(c.pbkdf2Iterations, 5000);
        QCOMPARE(c.retentionDays, 9);
        QCOMPARE(c.limits.maxTextBytes, qint64(2048));
        QCOMPARE(c.limits.maxMediaBytes, 8 * kMiB);
        QCOMPARE(c.limits.maxDocumentBytes, 50 * kMiB);
        QCOMPARE(c.logLevel, u"warning"_s);
    }

    void commandLineOverridesTheFile()
    {
        QTemporaryDir dir;
        const QString file
            = writeFile(dir, "[server]\nport = 8080\n[messages]\nretention_days = 9\n");
        const Run r = run({u"--port"_s, u"9090"_s, u"--config"_s, file});
        QVERIFY2(r.config, qPrintable(r.err));
        QCOMPARE(r.config->port, quint16(9090));
        QCOMPARE(r.config->retentionDays, 9);
    }

    void badConfigFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("unknown key") << QByteArray("[server]\nprot = 8080\n") << u"server/prot"_s;
        QTest::addRow("key outside a section") << QByteArray("port = 8080\n") << u"port"_s;
        QTest::addRow("bad value") << QByteArray("[server]\nport = 70000\n") << u"server/port"_s;
        QTest::addRow("bad choice")
            << QByteArray("[database]\ndriver = mysql\n") << u"database/driver"_s;
        QTest::addRow("QPSQL without a name")
            << QByteArray("[database]\ndriver = QPSQL\n") << u"name"_s;
        // A line that is neither a section nor `name = value` is a typo like an unknown key.
        QTest::addRow("line without =") << QByteArray("[server]\nport 8080\n") << u"port"_s;
    }
    void badConfigFilesAreRefused()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const Run r = run({u"--config"_s, writeFile(dir, contents)});
        QVERIFY2(!r.config, "a config came out of a bad config file");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(mentions), qPrintable(u"stderr: "_s + r.err));
    }

    void unreadableConfigFileIsRefused()
    {
        QTemporaryDir dir;
        for (const QString &path : {dir.filePath(u"missing.ini"_s), dir.path()}) {
            const Run r = run({u"--config"_s, path});
            QVERIFY2(!r.config, qPrintable(path));
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(path), qPrintable(r.err));
        }
    }

    // SIGHUP: the file and the same command line again; only what may change while running.
    void reloadAppliesOnlyWhatMayChange()
    {
        QTemporaryDir dir;
        const QString file
            = writeFile(dir, "[server]\nport = 8080\n[messages]\nretention_days = 9\n");
        const QStringList arguments {
            u"natterd"_s, u"--config"_s, file, u"--log-level"_s, u"debug"_s};
        const ParsedCommandLine parsed = parseCommandLine(arguments);
        QVERIFY(parsed.config);
        ServerConfig running = *parsed.config;

        writeFile(dir,
            "[server]\nport = 9999\n[messages]\nretention_days = 2\n[security]\npbkdf2_iterations "
            "= 4000\n"
            "[log]\nlevel = warning\n");
        QString error;
        QVERIFY2(reloadSettings(arguments, &running, &error), qPrintable(error));
        QCOMPARE(running.retentionDays, 2);
        QCOMPARE(running.pbkdf2Iterations, 4000);
        QCOMPARE(running.logLevel, u"debug"_s); // the command line still wins
        QCOMPARE(running.port, quint16(8080)); // needs a restart

        writeFile(dir, "[messages]\nretention_days = 0\n");
        const ServerConfig before = running;
        QVERIFY(!reloadSettings(arguments, &running, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(running.retentionDays, before.retentionDays);
        QCOMPARE(running.logLevel, before.logLevel);
    }
};

QTEST_GUILESS_MAIN(TestServerConfig)
#include "TestServerConfig.moc"
