// The session token in a real keychain: a private D-Bus session with gnome-keyring-daemon
// (started here when no session bus is set), and without any keychain (in a child process
// whose session bus does not exist), where the token must stay in memory only.
#include "TestServer.h"
#include "client/ChatClient.h"
#include "client/ServerConnection.h"
#include "client/TokenStore.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace natter::client;
using namespace natter::test;

namespace {
const QUrl kServer(QStringLiteral("ws://127.0.0.1:7350"));
const QString kPhone = QStringLiteral("+4915110000001");
const QString kChildEnv = QStringLiteral("NATTER_TOKENSTORE_CHILD");
const QString kChildToken = QStringLiteral("child-secret-token-4a1f");
constexpr int kWaitMs = 20000;

// Files under `dir` whose bytes contain `secret`.
QStringList filesContaining(const QString &dir, const QString &secret)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(secret.toUtf8()))
            hits.append(f.fileName());
    }
    return hits;
}

// Reads a token with a fresh TokenStore, so the answer comes from the keychain, not memory.
QString readFresh(
    const QString &service, const QUrl &server, const QString &phone, bool *persistent = nullptr)
{
    TokenStore store(service);
    QSignalSpy done(&store, &TokenStore::readFinished);
    store.read(server, phone);
    if (!done.wait(kWaitMs) && done.isEmpty())
        return QStringLiteral("<timeout>");
    if (persistent)
        *persistent = store.persistent();
    return done.first().at(2).toString();
}
} // namespace

class TestTokenStore : public QObject
{
    Q_OBJECT

private:
    bool isChild() const { return qEnvironmentVariableIsSet(qPrintable(kChildEnv)); }

    bool secretServiceRunning() const
    {
        QProcess q;
        q.start(QStringLiteral("dbus-send"),
            {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                QStringLiteral("--dest=org.freedesktop.DBus"),
                QStringLiteral("/org/freedesktop/DBus"),
                QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
                QStringLiteral("string:org.freedesktop.secrets")});
        return q.waitForFinished(5000) && q.readAllStandardOutput().contains("boolean true");
    }

    QTemporaryDir m_home;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_service
        = QStringLiteral("natter-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

private slots:
    void initTestCase()
    {
        if (isChild())
            return; // the child must not find any keychain
        if (QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty())
            QSKIP("gnome-keyring-daemon is not installed (Debian package gnome-keyring): no Secret "
                  "Service "
                  "to test the keychain against");
        if (QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("dbus-send")).isEmpty())
            QSKIP("dbus-daemon/dbus-send are not installed (Debian package dbus): no session bus "
                  "for the keychain");
        QVERIFY(m_home.isValid());
        const QString runtimeDir = m_home.filePath(QStringLiteral("run"));
        QVERIFY(QDir().mkpath(runtimeDir));
        QFile::setPermissions(runtimeDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        if (!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS")) {
            // Our own session bus, as `dbus-run-session` would give us.
            m_bus.start(QStringLiteral("dbus-daemon"),
                {QStringLiteral("--session"), QStringLiteral("--nofork"),
                    QStringLiteral("--print-address=1")});
            QVERIFY2(m_bus.waitForStarted(), qPrintable(m_bus.errorString()));
            QTRY_VERIFY_WITH_TIMEOUT(m_bus.canReadLine(), kWaitMs);
            const QByteArray address = m_bus.readLine().trimmed();
            QVERIFY(!address.isEmpty());
            qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        }
        if (!secretServiceRunning()) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("HOME"), m_home.path());
            env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
            env.insert(
                QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
            env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir);
            m_keyring.setProcessEnvironment(env);
            m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
                {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                    QStringLiteral("--components=secrets")});
            QVERIFY2(m_keyring.waitForStarted(), qPrintable(m_keyring.errorString()));
            m_keyring.write("test");
            m_keyring.closeWriteChannel();
            QTRY_VERIFY_WITH_TIMEOUT(secretServiceRunning(), kWaitMs);
        }
    }

    void cleanupTestCase()
    {
        for (QProcess *p : {&m_keyring, &m_bus}) {
            if (p->state() == QProcess::NotRunning)
                continue;
            p->terminate();
            if (!p->waitForFinished(5000))
                p->kill();
            p->waitForFinished(5000);
        }
    }

    void writeReadRemove()
    {
        if (isChild())
            QSKIP("runs in the parent process only");
        TokenStore store(m_service);
        QSignalSpy checked(&store, &TokenStore::availabilityChecked);
        store.checkAvailability();
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, kWaitMs);
        QCOMPARE(checked[0][0].toBool(), true);
        QSignalSpy written(&store, &TokenStore::writeFinished);
        store.write(kServer, kPhone, QStringLiteral("token-one"));
        QTRY_COMPARE_WITH_TIMEOUT(written.size(), 1, kWaitMs);
        QVERIFY2(written[0][2].toBool(), qPrintable(store.unavailableReason()));
        QVERIFY(store.persistent());
        QVERIFY(store.unavailableReason().isEmpty());

        // Another instance (another run of the app) finds it in the keychain.
        bool persistent = false;
        QCOMPARE(readFresh(m_service, kServer, kPhone, &persistent), QStringLiteral("token-one"));
        QVERIFY(persistent);
        // Kept per (server, phone).
        QCOMPARE(readFresh(m_service, kServer, QStringLiteral("+4915110000002")), QString());
        QCOMPARE(
            readFresh(m_service, QUrl(QStringLiteral("ws://127.0.0.1:7351")), kPhone), QString());

        // Overwritten, then removed.
        store.write(kServer, kPhone, QStringLiteral("token-two"));
        QTRY_COMPARE_WITH_TIMEOUT(written.size(), 2, kWaitMs);
        QCOMPARE(readFresh(m_service, kServer, kPhone), QStringLiteral("token-two"));
        QSignalSpy removed(&store, &TokenStore::removeFinished);
        store.remove(kServer, kPhone);
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, kWaitMs);
        QCOMPARE(readFresh(m_service, kServer, kPhone), QString());
        QVERIFY(store.persistent());
    }

    void destroyedWhileJobsRun()
    {
        if (isChild())
            QSKIP("runs in the parent process only");
        // Quitting right after a login: the store goes while its keychain jobs are still on
        // their way. Their answers must find nothing to call, not a deleted object.
        for (int i = 0; i < 5; ++i) {
            auto store = std::make_unique<TokenStore>(m_service);
            store->write(kServer, kPhone, QStringLiteral("token-%1").arg(i));
            store->read(kServer, kPhone);
            store->remove(kServer, QStringLiteral("+4915110000009"));
            store.reset();
        }
        // The jobs finish after their store is gone; then the keychain still answers.
        QTRY_COMPARE_WITH_TIMEOUT(readFresh(m_service, kServer, kPhone), QStringLiteral("token-4"), kWaitMs);
    }

    void chatClientResumesFromKeychain()
    {
        if (isChild())
            QSKIP("runs in the parent process only");
        TestServer server;
        QVERIFY(server.start());
        QTemporaryDir dataDir;
        const QString service = m_service + QStringLiteral("-client");
        {
            ChatClient alice(dataDir.path(), nullptr, service);
            alice.setServer(server.url());
            QSignalSpy written(alice.tokenStore(), &TokenStore::writeFinished);
            alice.registerAccount(kPhone, QStringLiteral("Alice"), QStringLiteral("correct horse"));
            QTRY_VERIFY_WITH_TIMEOUT(alice.isOnline(), kWaitMs);
            QTRY_COMPARE_WITH_TIMEOUT(written.size(), 1, kWaitMs);
            QVERIFY(written[0][2].toBool());
            QVERIFY(alice.sessionPersistent());
        }
        // The token is in the keychain and nowhere in the data directory.
        const QString token = readFresh(service, server.url(), kPhone);
        QVERIFY(token.size() >= 40);
        QCOMPARE(filesContaining(dataDir.path(), token), QStringList());

        // Next start: no password, the session resumes with the token from the keychain.
        ChatClient again(dataDir.path(), nullptr, service);
        QVERIFY(again.hasSavedSession());
        QSignalSpy ok(&again, &ChatClient::authSucceeded);
        again.resumeSession();
        QTRY_COMPARE_WITH_TIMEOUT(ok.size(), 1, kWaitMs);
        QCOMPARE(again.phone(), kPhone);
        QCOMPARE(again.displayName(), QStringLiteral("Alice"));
        QCOMPARE(again.server(), server.url());

        // Logging out forgets the token in the keychain too.
        QSignalSpy removed(again.tokenStore(), &TokenStore::removeFinished);
        again.logout();
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, kWaitMs);
        QCOMPARE(readFresh(service, server.url(), kPhone), QString());
    }

    void noKeychainKeepsTokenInMemoryOnly()
    {
        if (isChild())
            QSKIP("runs in the parent process only");
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(kChildEnv, QStringLiteral("1"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
            QStringLiteral("unix:path=") + home.filePath(QStringLiteral("no-bus")));
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("TMPDIR"), home.filePath(QStringLiteral("tmp")));
        QVERIFY(QDir().mkpath(home.filePath(QStringLiteral("tmp"))));
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(
            QCoreApplication::applicationFilePath(), {QStringLiteral("keychainUnavailableChild")});
        QVERIFY(child.waitForFinished(60000));
        const QString output = QString::fromUtf8(child.readAll());
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
            qPrintable(output));
        QVERIFY2(
            output.contains(QStringLiteral("PASS   : TestTokenStore::keychainUnavailableChild()")),
            qPrintable(output));
        // The fallback is memory: nothing with the token was written anywhere in its home.
        QCOMPARE(filesContaining(home.path(), kChildToken), QStringList());
        QVERIFY(!output.contains(kChildToken)); // nor logged
    }

    void keychainUnavailableChild()
    {
        if (!isChild())
            QSKIP("runs only as the child process of noKeychainKeepsTokenInMemoryOnly()");
        {
            // Known before any token is written.
            TokenStore probe(m_service);
            QSignalSpy checked(&probe, &TokenStore::availabilityChecked);
            probe.checkAvailability();
            QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, kWaitMs);
            QCOMPARE(checked[0][0].toBool(), false);
            QVERIFY(!probe.unavailableReason().isEmpty());
        }
        TokenStore store(m_service);
        QSignalSpy persistence(&store, &TokenStore::persistenceChanged);
        QSignalSpy written(&store, &TokenStore::writeFinished);
        store.write(kServer, kPhone, kChildToken);
        QTRY_COMPARE_WITH_TIMEOUT(written.size(), 1, kWaitMs);
        QCOMPARE(written[0][2].toBool(), false);
        QVERIFY(!store.persistent());
        QCOMPARE(persistence.size(), 1);
        QCOMPARE(persistence[0][0].toBool(), false);
        // Said plainly, in words a user understands.
        QVERIFY(store.unavailableReason().contains(QStringLiteral("keychain")));
        qInfo("reason given: %s", qPrintable(store.unavailableReason()));

        // Usable for this run from memory, and gone for the next one.
        QSignalSpy read(&store, &TokenStore::readFinished);
        store.read(kServer, kPhone);
        QTRY_COMPARE_WITH_TIMEOUT(read.size(), 1, kWaitMs);
        QCOMPARE(read[0][2].toString(), kChildToken);
        bool persistent = true;
        QCOMPARE(readFresh(m_service, kServer, kPhone, &persistent), QString());
        QVERIFY(!persistent);

        // A ChatClient tells the UI the same, as soon as it exists, and still logs in.
        QTemporaryDir dataDir;
        ChatClient client(dataDir.path(), nullptr, m_service);
        QSignalSpy clientPersistence(&client, &ChatClient::sessionPersistenceChanged);
        QTRY_COMPARE_WITH_TIMEOUT(clientPersistence.size(), 1, kWaitMs);
        QCOMPARE(clientPersistence[0][0].toBool(), false);
        QVERIFY(!client.sessionPersistent());
        QVERIFY(!client.sessionPersistenceReason().isEmpty());
        TestServer server;
        QVERIFY(server.start());
        client.setServer(server.url());
        client.registerAccount(kPhone, QStringLiteral("Alice"), QStringLiteral("correct horse"));
        QTRY_VERIFY_WITH_TIMEOUT(client.isOnline(), kWaitMs);
    }
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "TestTokenStore.moc"
