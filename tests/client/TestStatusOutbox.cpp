// What has not reached the server yet survives the app: status posts and views are kept in the
// account's local database (the status outbox) and go out after the next login with the same
// client id. Real ChatClients (Alice posts, Bob is her contact) against a real natterd, each
// ChatClient destroyed and created again over the same data directory as an app restart does:
// a text post made offline, a photo status (with its thumbnail) interrupted mid-upload, a view
// made offline, the upload progress, and failed posts that are retried or discarded.
#include "ClientTestUser.h"
#include "FileTestData.h"
#include "TestServer.h"
#include "client/ChatClient.h"
#include "client/LocalStore.h"
#include "client/StatusClient.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace natter::client;
using namespace natter::protocol;
using namespace natter::test;
using namespace std::chrono_literals;

namespace {
constexpr int kWaitMs = 30000;

struct User : ClientUser
{
    using ClientUser::ClientUser;
    StatusClient &statuses() const { return *client->statuses(); }
    std::optional<StatusItem> status(qint64 id) const { return statuses().status(id); }
    int count() const { return int(statuses().statuses().size()); }
    // What this user's database holds, read through a connection of its own (also while no
    // ChatClient is running).
    std::unique_ptr<LocalStore> database() const
    {
        auto store = std::make_unique<LocalStore>(ChatClient::databasePath(dir->path(), phone));
        return store->open() ? std::move(store) : nullptr;
    }
    QList<StoredStatusPost> storedPosts() const
    {
        const auto store = database();
        return store ? store->statusOutbox() : QList<StoredStatusPost>();
    }
    QList<qint64> storedViews() const
    {
        const auto store = database();
        return store ? store->unsentStatusViews() : QList<qint64>();
    }
    StatusClient::PostState state(const QString &clientId) const
    {
        const auto post = statuses().pendingPost(clientId);
        return post ? post->state : StatusClient::PostState(-1);
    }
};

} // namespace

namespace natter::client {
inline char *toString(StatusClient::PostState state)
{
    return qstrdup(QByteArray::number(int(state)).constData());
}
} // namespace natter::client

class TestStatusOutbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    User m_alice {kAlice, QStringLiteral("Alice")};
    User m_bob {kBob, QStringLiteral("Bob")};
    QTemporaryDir m_files; // the files the user picks

    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(data) != data.size())
            return {};
        return path;
    }
    static bool refreshed(User &user)
    {
        QSignalSpy changed(&user.statuses(), &StatusClient::changed);
        user.statuses().refresh();
        return changed.wait(kWaitMs);
    }
    // A new ChatClient for `user` (an app start) that logs in.
    ChatClient &restart(User &user)
    {
        user.client.reset();
        ChatClient &c = user.make(m_server->url());
        c.login(user.phone, kPassword);
        return c;
    }
    // Bob downloads the file of status `id` and returns its bytes.
    QByteArray bobsFile(qint64 id)
    {
        QSignalSpy ready(&m_bob.statuses(), &StatusClient::fileReady);
        QSignalSpy failed(&m_bob.statuses(), &StatusClient::fileFailed);
        m_bob.statuses().fetchFile(id);
        if (!QTest::qWaitFor([&] { return ready.size() + failed.size() > 0; }, kWaitMs)
            || !failed.isEmpty())
            return {};
        return readAll(m_bob.statuses().localFile(id));
    }

private slots:
    void init()
    {
        auto config = TestServer::defaultConfig();
        config.port = freePort();
        m_server = std::make_unique<TestServer>(config);
        QVERIFY(m_server->start());
        m_alice = User(kAlice, QStringLiteral("Alice"));
        m_bob = User(kBob, QStringLiteral("Bob"));
        QVERIFY(m_alice.registerOn(m_server->url(), kWaitMs));
        QVERIFY(m_bob.registerOn(m_server->url(), kWaitMs));
        QVERIFY(m_alice.client->sendText(kBob, QStringLiteral("Hi Bob")) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_bob.client->store()->messageCount(kAlice), 1, kWaitMs);
    }
    void cleanup()
    {
        m_alice.client.reset();
        m_bob.client.reset();
        m_server.reset();
    }

    void textPostMadeOfflineSurvivesRestart()
    {
        m_server->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!m_alice.client->isOnline(), kWaitMs);
        const QString clientId = m_alice.statuses().postText(
            QStringLiteral("Written on the train"), QStringLiteral("#6B3FA0"));
        QVERIFY(!clientId.isEmpty());
        // Stored before anything was sent; still there once the app has quit.
        m_alice.client.reset();
        const auto stored = m_alice.storedPosts();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().clientId, clientId);
        QCOMPARE(stored.first().kind, StatusKind::Text);
        QCOMPARE(stored.first().text, QStringLiteral("Written on the train"));
        QCOMPARE(stored.first().background, QStringLiteral("#6b3fa0"));
        QCOMPARE(stored.first().state, StoredStatusPost::State::Ready);

        QVERIFY(m_server->restart());
        ChatClient &alice = m_alice.make(m_server->url());
        QSignalSpy posted(alice.statuses(), &StatusClient::posted);
        alice.login(kAlice, kPassword);
        QTRY_COMPARE_WITH_TIMEOUT(posted.size(), 1, kWaitMs);
        QCOMPARE(posted.first().at(0).toString(), clientId);
        const qint64 id = posted.first().at(1).toLongLong();
        QVERIFY(m_alice.statuses().pendingPosts().isEmpty());
        QVERIFY(m_alice.storedPosts().isEmpty());

        QTRY_VERIFY_WITH_TIMEOUT(m_bob.client->isOnline() && m_bob.status(id), kWaitMs);
        QCOMPARE(m_bob.status(id)->text, QStringLiteral("Written on the train"));
        // Once: another start of Alice's app sends nothing again.
        ChatClient &again = restart(m_alice);
        QSignalSpy postedAgain(again.statuses(), &StatusClient::posted);
        QTRY_VERIFY_WITH_TIMEOUT(m_alice.client->isOnline() && m_alice.count() == 1, kWaitMs);
        QVERIFY(refreshed(m_bob));
        QCOMPARE(m_bob.count(), 1);
        QCOMPARE(postedAgain.size(), 0);
    }

    void photoPostInterruptedMidUploadSurvivesRestart()
    {
        const QByteArray data = randomBytes(15 * kMiB + 7, kPngSignature);
        const QString path = writeFile(QStringLiteral("summit.png"), data);
        QVERIFY(!path.isEmpty());
        QString clientId;
        bool quit = false;
        connect(&m_alice.statuses(), &StatusClient::postProgress, this,
            [&](const QString &id, qint64 done, qint64 total) {
                if (id == clientId && done > 0 && done < total && !quit) {
                    quit = true;
                    // The user quits the app in the middle of the upload.
                    QTimer::singleShot(0, this, [this] { m_alice.client.reset(); });
                }
            });
        // The preview the contacts see while the photo downloads (any bytes up to 64 KiB).
        const QByteArray thumbnail = randomBytes(40 * 1024, QByteArray("\xff\xd8\xff\xe0", 4));
        clientId = m_alice.statuses().postMedia(path, QStringLiteral("At the top"), thumbnail);
        QVERIFY(!clientId.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(quit && !m_alice.client, kWaitMs);

        const auto stored = m_alice.storedPosts();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().clientId, clientId);
        QCOMPARE(stored.first().state, StoredStatusPost::State::Uploading);
        QCOMPARE(stored.first().sourcePath, path);
        QVERIFY(!stored.first().uploadId.isEmpty()); // to resume the upload
        QCOMPARE(stored.first().thumbnail, thumbnail); // kept with the post
        // What is kept and uploaded is the app's copy in the account's files folder...
        QVERIFY2(stored.first().localPath.startsWith(m_alice.dir->path() + u'/'),
            qPrintable(stored.first().localPath));
        QCOMPARE(sha256(readAll(stored.first().localPath)), sha256(data));
        // ...so the user may change the original meanwhile.
        QVERIFY(
            !writeFile(QStringLiteral("summit.png"), randomBytes(4096, kPngSignature)).isEmpty());

        ChatClient &alice = m_alice.make(m_server->url());
        QSignalSpy posted(alice.statuses(), &StatusClient::posted);
        QSignalSpy failed(alice.statuses(), &StatusClient::failed);
        QSignalSpy progress(alice.statuses(), &StatusClient::postProgress);
        alice.login(kAlice, kPassword);
        QTRY_VERIFY_WITH_TIMEOUT(posted.size() + failed.size() > 0, kWaitMs);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
        QCOMPARE(posted.first().at(0).toString(), clientId);
        const qint64 id = posted.first().at(1).toLongLong();
        // It went on from what the server had, not from the start.
        QVERIFY(!progress.isEmpty());
        QVERIFY2(progress.first().at(1).toLongLong() > 0, "the upload started over");
        QString why;
        QVERIFY2(progressRises(progress, 0, QVariant(clientId), data.size(), &why), qPrintable(why));
        QVERIFY(m_alice.storedPosts().isEmpty());
        QCOMPARE(m_alice.status(id)->kind, StatusKind::Media);
        QCOMPARE(m_alice.status(id)->text, QStringLiteral("At the top"));
        QCOMPARE(sha256(readAll(m_alice.statuses().localFile(id))), sha256(data));
        QCOMPARE(m_alice.status(id)->file->thumbnail, thumbnail);

        // Bob gets exactly the bytes Alice picked, and her thumbnail.
        QTRY_VERIFY_WITH_TIMEOUT(m_bob.status(id).has_value(), kWaitMs);
        QCOMPARE(m_bob.status(id)->file->size, data.size());
        QCOMPARE(m_bob.status(id)->file->name, QStringLiteral("summit.png")); // the copy keeps it
        QCOMPARE(m_bob.status(id)->file->thumbnail, thumbnail); // the push
        QCOMPARE(sha256(bobsFile(id)), sha256(data));
        QVERIFY(refreshed(m_bob));
        QCOMPARE(m_bob.count(), 1);
        QCOMPARE(m_bob.status(id)->file->thumbnail, thumbnail); // the list
        QVERIFY(refreshed(m_alice));
        QCOMPARE(m_alice.status(id)->file->thumbnail, thumbnail);
    }

    void progressRisesToTheSize()
    {
        const QByteArray data = randomBytes(9 * kMiB + 5, kPngSignature);
        const QString path = writeFile(QStringLiteral("wave.png"), data);
        QSignalSpy progress(&m_alice.statuses(), &StatusClient::postProgress);
        QSignalSpy posted(&m_alice.statuses(), &StatusClient::posted);
        QString clientId;
        bool readable = true;
        // What pendingPost() tells agrees with each signal (the UI reads it from there).
        connect(&m_alice.statuses(), &StatusClient::postProgress, this,
            [&](const QString &id, qint64 done, qint64 total) {
                const auto post = m_alice.statuses().pendingPost(id);
                readable = readable && post && post->bytesDone == done && post->bytesTotal == total
                    && post->state == StatusClient::PostState::Uploading;
            });
        clientId = m_alice.statuses().postMedia(path, QString());
        QVERIFY(!clientId.isEmpty());
        QCOMPARE(m_alice.state(clientId), StatusClient::PostState::Preparing);
        QTRY_COMPARE_WITH_TIMEOUT(posted.size(), 1, kWaitMs);
        QString why;
        QVERIFY2(progressRises(progress, 0, QVariant(clientId), data.size(), &why), qPrintable(why));
        QVERIFY(progress.size() >= 2); // more than just the end
        QVERIFY(readable);
    }

    void viewMadeOfflineSurvivesRestart()
    {
        QSignalSpy posted(&m_alice.statuses(), &StatusClient::posted);
        m_alice.statuses().postText(QStringLiteral("Seen it?"), QStringLiteral("#128c7e"));
        QTRY_COMPARE_WITH_TIMEOUT(posted.size(), 1, kWaitMs);
        const qint64 id = posted.first().at(1).toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(m_bob.status(id).has_value(), kWaitMs);

        m_server->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!m_bob.client->isOnline(), kWaitMs);
        m_bob.statuses().markViewed(id);
        QVERIFY(m_bob.status(id)->viewed);
        m_bob.client.reset(); // Bob quits before the view could go out
        QCOMPARE(m_bob.storedViews(), QList<qint64> {id});

        QVERIFY(m_server->restart());
        QTRY_VERIFY_WITH_TIMEOUT(m_alice.client->isOnline(), kWaitMs);
        QSignalSpy viewed(&m_alice.statuses(), &StatusClient::viewed);
        restart(m_bob);
        QTRY_COMPARE_WITH_TIMEOUT(viewed.size(), 1, kWaitMs);
        QCOMPARE(viewed.first().at(0).toLongLong(), id);
        QCOMPARE(viewed.first().at(1).toString(), kBob);
        QCOMPARE(m_alice.status(id)->views.size(), 1);
        // Confirmed by the server: no longer kept; Bob's list says he has seen it.
        QTRY_VERIFY_WITH_TIMEOUT(m_bob.storedViews().isEmpty(), kWaitMs);
        QVERIFY(refreshed(m_bob));
        QVERIFY(m_bob.status(id)->viewed);
        QVERIFY(refreshed(m_alice));
        QCOMPARE(m_alice.status(id)->views.size(), 1);
    }

    void photoOverTheLimitIsRefusedBeforeStoring()
    {
        const QString path = writeFile(QStringLiteral("huge.png"),
            randomBytes(m_alice.client->serverLimits().maxMediaBytes + 1, kPngSignature));
        QSignalSpy failed(&m_alice.statuses(), &StatusClient::failed);
        QVERIFY(m_alice.statuses().postMedia(path, QString()).isEmpty());
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().at(0).toString().isEmpty());
        QVERIFY2(failed.first().at(1).toString().contains(QStringLiteral("16 MB")),
            qPrintable(failed.first().at(1).toString()));
        QVERIFY(m_alice.statuses().pendingPosts().isEmpty());
        QVERIFY(m_alice.storedPosts().isEmpty());
        QVERIFY(QDir(m_alice.statuses().statusDir()).entryList(QDir::Files).isEmpty());
    }

    void failedPostsAreRetriedOrDiscarded()
    {
        // Two photos posted offline whose copies disappear before they could be uploaded.
        m_server->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!m_alice.client->isOnline(), kWaitMs);
        const QByteArray lake = randomBytes(300 * 1024, kPngSignature);
        const QString lakeId = m_alice.statuses().postMedia(
            writeFile(QStringLiteral("lake.png"), lake), QStringLiteral("lake"));
        const QString pondId = m_alice.statuses().postMedia(
            writeFile(QStringLiteral("pond.png"), randomBytes(200 * 1024, kPngSignature)),
            QStringLiteral("pond"));
        QVERIFY(!lakeId.isEmpty() && !pondId.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(
            m_alice.state(lakeId), StatusClient::PostState::Uploading, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_alice.state(pondId), StatusClient::PostState::Uploading, kWaitMs);
        QVERIFY(!m_alice.statuses().retryPost(lakeId)); // nothing to retry yet
        const QString pondCopy = m_alice.statuses().pendingPost(pondId)->localPath;
        QVERIFY(QFile::remove(m_alice.statuses().pendingPost(lakeId)->localPath));
        QVERIFY(QFile::remove(pondCopy));
        QSignalSpy failed(&m_alice.statuses(), &StatusClient::failed);
        QVERIFY(m_server->restart());
        QTRY_COMPARE_WITH_TIMEOUT(m_alice.state(lakeId), StatusClient::PostState::Failed, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_alice.state(pondId), StatusClient::PostState::Failed, kWaitMs);
        QCOMPARE(failed.size(), 2);
        const QString reason = m_alice.statuses().pendingPost(lakeId)->failure;
        QVERIFY(!reason.isEmpty());
        QVERIFY(
            failed.first().at(0).toString() == lakeId || failed.last().at(0).toString() == lakeId);

        // Failed posts stay failed across a restart, with their reason.
        ChatClient &alice = restart(m_alice);
        QTRY_VERIFY_WITH_TIMEOUT(alice.isOnline(), kWaitMs);
        QCOMPARE(m_alice.statuses().pendingPosts().size(), 2);
        QCOMPARE(m_alice.state(lakeId), StatusClient::PostState::Failed);
        QCOMPARE(m_alice.statuses().pendingPost(lakeId)->failure, reason);
        QCOMPARE(m_alice.storedPosts().size(), 2);
        QCOMPARE(m_alice.storedPosts().first().state, StoredStatusPost::State::Failed);

        // Discarded: forgotten, nothing sent.
        m_alice.statuses().cancelPost(pondId);
        QVERIFY(!m_alice.statuses().pendingPost(pondId));
        QCOMPARE(m_alice.storedPosts().size(), 1);
        QVERIFY(!QFileInfo::exists(QFileInfo(pondCopy).absolutePath())); // its folder went too
        // Retried: copied again from the original, uploaded and posted with the same client id.
        QSignalSpy posted(&m_alice.statuses(), &StatusClient::posted);
        QVERIFY(m_alice.statuses().retryPost(lakeId));
        QTRY_COMPARE_WITH_TIMEOUT(posted.size(), 1, kWaitMs);
        QCOMPARE(posted.first().at(0).toString(), lakeId);
        const qint64 id = posted.first().at(1).toLongLong();
        QVERIFY(m_alice.statuses().pendingPosts().isEmpty());
        QVERIFY(m_alice.storedPosts().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_bob.status(id).has_value(), kWaitMs);
        QCOMPARE(m_bob.status(id)->text, QStringLiteral("lake"));
        QCOMPARE(sha256(bobsFile(id)), sha256(lake));
        QVERIFY(refreshed(m_bob));
        QCOMPARE(m_bob.count(), 1);
    }

    void textPostDiscardedWhileOffline()
    {
        m_server->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!m_alice.client->isOnline(), kWaitMs);
        const QString clientId
            = m_alice.statuses().postText(QStringLiteral("never mind"), QStringLiteral("#000000"));
        QCOMPARE(m_alice.storedPosts().size(), 1);
        m_alice.statuses().cancelPost(clientId);
        QVERIFY(m_alice.statuses().pendingPosts().isEmpty());
        QVERIFY(m_alice.storedPosts().isEmpty());
        QVERIFY(m_server->restart());
        QTRY_VERIFY_WITH_TIMEOUT(m_alice.client->isOnline() && m_bob.client->isOnline(), kWaitMs);
        QVERIFY(refreshed(m_bob));
        QCOMPARE(m_bob.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStatusOutbox)
#include "TestStatusOutbox.moc"
