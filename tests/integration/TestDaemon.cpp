// natterd as an admin runs it: config file with command-line overrides, --check-config,
// --health, and SIGHUP reloading the settings that can change while running.
#include "NatterdProcess.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using natter::test::NatterdProcess;

namespace {
struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

Result runNatterd(const QStringList &args)
{
    QProcess p;
    p.start(NatterdProcess::binary(), args);
    if (!p.waitForFinished(20000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}
} // namespace

class TestDaemon : public QObject
{
    Q_OBJECT

private slots:
    void checkConfigPrintsTheEffectiveSettings()
    {
        QTemporaryDir dir;
        const QString conf = dir.filePath(QStringLiteral("natterd.conf"));
        QVERIFY(writeFile(conf, QStringLiteral("# comment\n[server]\nport = 7123\ndata_dir = %1\n"
                                               "[messages]\nretention_days = 7\n[log]\nlevel = warning\n")
                                    .arg(dir.path())
                                    .toUtf8()));
        const Result r = runNatterd({QStringLiteral("--config"), conf, QStringLiteral("--port"), QStringLiteral("7444"),
                                     QStringLiteral("--check-config")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("server/port = 7444")), qPrintable(r.out)); // the command line wins
        QVERIFY(r.out.contains(QStringLiteral("messages/retention_days = 7")));
        QVERIFY(r.out.contains(QStringLiteral("log/level = warning")));
        QVERIFY(r.out.contains(QStringLiteral("configuration OK")));
    }

    void badSettingsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QString>("named");
        QTest::addRow("unknown key") << QByteArray("[server]\nprot = 1\n") << QStringLiteral("server/prot");
        QTest::addRow("port out of range") << QByteArray("[server]\nport = 70000\n") << QStringLiteral("server/port");
        QTest::addRow("port not a number") << QByteArray("[server]\nport = x\n") << QStringLiteral("server/port");
        QTest::addRow("bad address") << QByteArray("[server]\nlisten = 300.1.1.1\n") << QStringLiteral("server/listen");
        QTest::addRow("bad driver") << QByteArray("[database]\ndriver = QMYSQL\n") << QStringLiteral("database/driver");
        QTest::addRow("bad durability") << QByteArray("[database]\nsqlite_synchronous = OFF\n")
                                        << QStringLiteral("database/sqlite_synchronous");
        QTest::addRow("weak stretching") << QByteArray("[security]\npbkdf2_iterations = 10\n")
                                         << QStringLiteral("security/pbkdf2_iterations");
        QTest::addRow("bad level") << QByteArray("[log]\nlevel = loud\n") << QStringLiteral("log/level");
        QTest::addRow("zero media limit") << QByteArray("[files]\nmax_media_mib = 0\n") << QStringLiteral("files/max_media_mib");
    }
    void badSettingsAreRefused()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QString, named);
        QTemporaryDir dir;
        const QString conf = dir.filePath(QStringLiteral("natterd.conf"));
        QVERIFY(writeFile(conf, ini));
        for (const QStringList &extra : {QStringList {QStringLiteral("--check-config")}, QStringList {}}) {
            const Result r = runNatterd(QStringList {QStringLiteral("--config"), conf} + extra);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(named), qPrintable(r.err));
        }
    }

    void missingConfigFileIsRefused()
    {
        const Result r = runNatterd({QStringLiteral("--config"), QStringLiteral("/nonexistent/natterd.conf")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("cannot read the config file")));
    }

    void checkConfigFindsAnUnusableDataDirectory()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("a-file"));
        QVERIFY(writeFile(file, "x"));
        // A directory below a regular file can never be created, even by root.
        const Result r = runNatterd({QStringLiteral("--data-dir"), file + QStringLiteral("/data"),
                                     QStringLiteral("--check-config")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not writable")), qPrintable(r.err));
    }

    void healthCheck()
    {
        NatterdProcess server;
        QVERIFY(server.start());
        const QString port = QString::number(server.url().port());
        Result r = runNatterd({QStringLiteral("--port"), port, QStringLiteral("--health")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("is healthy")), qPrintable(r.out));

        // A port where nobody listens: take a free one and close it again.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QString closedPort = QString::number(probe.serverPort());
        probe.close();
        r = runNatterd({QStringLiteral("--port"), closedPort, QStringLiteral("--health")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("not healthy")));
    }

    void sighupReloadsTheConfigFile()
    {
        QTemporaryDir dir;
        const QString conf = dir.filePath(QStringLiteral("natterd.conf"));
        QVERIFY(writeFile(conf, QStringLiteral("[server]\nport = 0\ndata_dir = %1\n[log]\nlevel = warning\n")
                                    .arg(dir.path())
                                    .toUtf8()));
        QProcess p;
        p.start(NatterdProcess::binary(), {QStringLiteral("--config"), conf});
        QVERIFY(p.waitForStarted());
        QString out;
        QTRY_VERIFY_WITH_TIMEOUT((out += QString::fromUtf8(p.readAllStandardOutput())).contains(QStringLiteral("listening on")),
                                 15000);
        QString err;
        // Level "warning": the info line about the schema was not logged.
        err += QString::fromUtf8(p.readAllStandardError());
        QVERIFY(!err.contains(QStringLiteral("schema migrated")));

        QVERIFY(writeFile(conf, QStringLiteral("[server]\nport = 0\ndata_dir = %1\n[log]\nlevel = debug\n")
                                    .arg(dir.path())
                                    .toUtf8()));
        ::kill(pid_t(p.processId()), SIGHUP);
        QTRY_VERIFY_WITH_TIMEOUT((err += QString::fromUtf8(p.readAllStandardError())).contains(QStringLiteral("settings reloaded")),
                                 10000);

        // A broken file is refused and the server keeps running with what it had.
        QVERIFY(writeFile(conf, "[server]\nport = nonsense\n"));
        ::kill(pid_t(p.processId()), SIGHUP);
        QTRY_VERIFY_WITH_TIMEOUT((err += QString::fromUtf8(p.readAllStandardError())).contains(QStringLiteral("reload refused")),
                                 10000);
        QCOMPARE(p.state(), QProcess::Running);
        const QString port = QRegularExpression(QStringLiteral(":(\\d+)")).match(out).captured(1);
        QCOMPARE(runNatterd({QStringLiteral("--port"), port, QStringLiteral("--health")}).exitCode, 0);

        p.terminate();
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDaemon)
#include "TestDaemon.moc"
