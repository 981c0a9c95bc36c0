// Three ChatClients (Alice, her contact Bob, and Carol, a stranger to both) against a real
// natterd: statuses as each user's StatusClient shows them — posting, who can see what, views
// travelling back to the owner (also while the owner is offline), deletion, expiry, a post
// repeated over a lost connection, and a photo status downloaded by a contact.
#include "ClientTestUser.h"
#include "TestServer.h"
#include "client/ChatClient.h"
#include "client/LocalStore.h"
#include "client/ServerConnection.h"
#include "client/StatusClient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace natter::client;
using namespace natter::protocol;
using namespace natter::test;
using namespace std::chrono_literals;

namespace {
constexpr int kWaitMs = 20000;

// A valid 1×1 PNG: enough for the server to recognise a photo.
QByteArray tinyPng()
{
    return QByteArray::fromHex(
        "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
        "0000000d49444154789c6360f8cfc0f01f0005000201a5f0cc2e0000000049454e44ae426082");
}

struct User : ClientUser
{
    using ClientUser::ClientUser;
    StatusClient &statuses() const { return *client->statuses(); }
    // The live status with this id as this user sees it.
    std::optional<StatusItem> status(qint64 id) const { return statuses().status(id); }
    int count() const { return int(statuses().statuses().size()); }
};
} // namespace

class TestStatusClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    User m_alice {kAlice, QStringLiteral("Alice")};
    User m_bob {kBob, QStringLiteral("Bob")};
    User m_carol {kCarol, QStringLiteral("Carol")};

    bool registerUser(User &user) { return user.registerOn(m_server->url(), kWaitMs); }
    bool loginUser(User &user) { return user.loginOn(m_server->url(), kWaitMs); }
    // Asks the server for the list again and waits for the answer.
    static bool refreshed(User &user)
    {
        QSignalSpy changed(&user.statuses(), &StatusClient::changed);
        user.statuses().refresh();
        return changed.wait(kWaitMs);
    }
    // Alice posts a text status and waits for the ack; returns its id (0 on failure).
    qint64 postText(const QString &text, const QString &color = QStringLiteral("#128c7e"))
    {
        QSignalSpy posted(&m_alice.statuses(), &StatusClient::posted);
        const QString clientId = m_alice.statuses().postText(text, color);
        if (clientId.isEmpty() || !posted.wait(kWaitMs))
            return 0;
        return posted.first().at(0).toString() == clientId ? posted.first().at(1).toLongLong() : 0;
    }

private slots:
    void init()
    {
        auto config = TestServer::defaultConfig();
        config.port = freePort();
        if (QByteArray(QTest::currentTestFunction()) == "expiry")
            config.statusLifetimeSeconds = 5;
        m_server = std::make_unique<TestServer>(config);
        QVERIFY(m_server->start());
        m_alice = User(kAlice, QStringLiteral("Alice"));
        m_bob = User(kBob, QStringLiteral("Bob"));
        m_carol = User(kCarol, QStringLiteral("Carol"));
        QVERIFY(registerUser(m_alice));
        QVERIFY(registerUser(m_bob));
        QVERIFY(registerUser(m_carol));
        // Alice and Bob have a conversation: they are each other's contacts. Carol is not.
        const qint64 hi = m_alice.client->sendText(kBob, QStringLiteral("Hi Bob"));
        QVERIFY(hi > 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_bob.client->store()->messageCount(kAlice), 1, kWaitMs);
    }
    void cleanup()
    {
        m_alice.client.reset();
        m_bob.client.reset();
        m_carol.client.reset();
        m_server.reset();
    }

    void textStatusReachesContactsOnly()
    {
        QSignalSpy bobChanged(&m_bob.statuses(), &StatusClient::changed);
        const qint64 id = postText(QStringLiteral("Off to the mountains"), QStringLiteral("#1F6FB2"));
        QVERIFY(id > 0);
        // Alice sees her own at once, with no views yet.
        const auto mine = m_alice.status(id);
        QVERIFY(mine);
        QCOMPARE(mine->owner, kAlice);
        QCOMPARE(mine->kind, StatusKind::Text);
        QCOMPARE(mine->background, QStringLiteral("#1f6fb2"));
        QVERIFY(mine->views.isEmpty());
        QVERIFY(m_alice.statuses().pendingPosts().isEmpty());
        QVERIFY(mine->expires > mine->posted);

        // Bob is online: pushed to him, not viewed yet.
        QTRY_VERIFY_WITH_TIMEOUT(m_bob.status(id).has_value(), kWaitMs);
        const auto seen = m_bob.status(id);
        QCOMPARE(seen->owner, kAlice);
        QCOMPARE(seen->ownerName, QStringLiteral("Alice"));
        QCOMPARE(seen->text, QStringLiteral("Off to the mountains"));
        QCOMPARE(seen->background, QStringLiteral("#1f6fb2"));
        QVERIFY(!seen->viewed);
        QVERIFY(bobChanged.size() >= 1);
        QCOMPARE(m_bob.statuses().statusesOf(kAlice).size(), 1);

        // Carol is a stranger: nothing pushed, nothing in her list.
        QVERIFY(refreshed(m_carol));
        QCOMPARE(m_carol.count(), 0);
        // And a login later (the list after login) still shows it to Bob.
        m_bob.client.reset();
        QVERIFY(loginUser(m_bob));
        QTRY_VERIFY_WITH_TIMEOUT(m_bob.status(id).has_value(), kWaitMs);
        QCOMPARE(m_bob.count(), 1);
    }

    void badPostsAreRefusedLocally()
    {
        QSignalSpy failed(&m_alice.statuses(), &StatusClient::failed);
        QVERIFY(m_alice.statuses().postText(QStringLiteral("   "), QStringLiteral("#123456")).isEmpty());
        QVERIFY(m_alice.statuses().postText(QStringLiteral("hi"), QStringLiteral("blue")).isEmpty());
        QVERIFY(m_alice.statuses()
                    .postText(QString(70 * 1024, u'x'), QStringLiteral("#123456"))
                    .isEmpty());
        QCOMPARE(failed.size(), 3);
        QVERIFY(!failed.at(0).at(1).toString().isEmpty());
        QVERIFY(m_alice.statuses().pendingPosts().isEmpty());
        QCOMPARE(m_alice.count(), 0);
    }

    void viewReachesOwner()
    {
        const qint64 id = postText(QStringLiteral("hello"));
        QVERIFY(id > 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_bob.status(id).has_value(), kWaitMs);
        QSignalSpy viewed(&m_alice.statuses(), &StatusClient::viewed);
        m_bob.statuses().markViewed(id);
        QVERIFY(m_bob.status(id)->viewed); // at once on Bob's side
        QTRY_COMPARE_WITH_TIMEOUT(viewed.size(), 1, kWaitMs);
        QCOMPARE(viewed.first().at(0).toLongLong(), id);
        QCOMPARE(viewed.first().at(1).toString(), kBob);
        QCOMPARE(m_alice.status(id)->views.size(), 1);
        QCOMPARE(m_alice.status(id)->views.first().viewer, kBob);
        QVERIFY(m_alice.status(id)->views.first().timestamp > 0);
        // Viewing again tells nobody anything new; own statuses are not "viewed" by the owner.
        m_bob.statuses().markViewed(id);
        m_alice.statuses().markViewed(id);
        QVERIFY(refreshed(m_alice));
        QCOMPARE(m_alice.status(id)->views.size(), 1);
        QCOMPARE(viewed.size(), 1);
        // Bob's list after a refresh remembers that he has seen it.
        QVERIFY(refreshed(m_bob));
        QVERIFY(m_bob.status(id)->viewed);
    }

    void ownerOfflineSeesViewAfterLogin()
    {
        const qint64 id = postText(QStringLiteral("while I'm away"));
        QVERIFY(id > 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_bob.status(id).has_value(), kWaitMs);
        m_alice.client.reset(); // Alice quits
        m_bob.statuses().markViewed(id);
        QVERIFY(refreshed(m_bob)); // the view is recorded before Alice comes back
        QVERIFY(m_bob.status(id)->viewed);

        QVERIFY(loginUser(m_alice));
        QTRY_VERIFY_WITH_TIMEOUT(m_alice.status(id).has_value(), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_alice.status(id)->views.size(), 1, kWaitMs);
        QCOMPARE(m_alice.status(id)->views.first().viewer, kBob);
    }

    void viewWhileOfflineIsSentAfterReconnect()
    {
        const qint64 id = postText(QStringLiteral("later"));
        QVERIFY(id > 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_bob.status(id).has_value(), kWaitMs);
        m_server->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!m_bob.client->isOnline(), kWaitMs);
        m_bob.statuses().markViewed(id);
        QVERIFY(m_bob.status(id)->viewed);
        QVERIFY(m_server->restart());
        QTRY_VERIFY_WITH_TIMEOUT(m_alice.client->isOnline() && m_bob.client->isOnline(), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_alice.status(id) ? m_alice.status(id)->views.size() : -1, 1,
            kWaitMs);
    }

    void deleteRemovesItAtTheContact()
    {
        const qint64 id = postText(QStringLiteral("oops"));
        QVERIFY(id > 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_bob.status(id).has_value(), kWaitMs);
        QSignalSpy bobRemoved(&m_bob.statuses(), &StatusClient::removed);
        QSignalSpy aliceRemoved(&m_alice.statuses(), &StatusClient::removed);
        // Only the owner may delete.
        QVERIFY(!m_bob.statuses().remove(id));
        QVERIFY(m_alice.statuses().remove(id));
        QTRY_COMPARE_WITH_TIMEOUT(aliceRemoved.size(), 1, kWaitMs);
        QVERIFY(!m_alice.status(id));
        QTRY_COMPARE_WITH_TIMEOUT(bobRemoved.size(), 1, kWaitMs);
        QCOMPARE(bobRemoved.first().at(0).toLongLong(), id);
        QVERIFY(!m_bob.status(id));
        QVERIFY(refreshed(m_bob));
        QCOMPARE(m_bob.count(), 0);
    }

    void expiry()
    {
        // This test's server keeps statuses for 5 seconds.
        const qint64 id = postText(QStringLiteral("short-lived"));
        QVERIFY(id > 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_bob.status(id).has_value(), kWaitMs);
        QVERIFY(m_alice.status(id)->expires - m_alice.status(id)->posted <= 5000);
        QSignalSpy bobRemoved(&m_bob.statuses(), &StatusClient::removed);
        // Both sides drop it by themselves once it expires...
        QTRY_VERIFY_WITH_TIMEOUT(!m_bob.status(id) && !m_alice.status(id), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(bobRemoved.size(), 1, kWaitMs);
        QCOMPARE(m_bob.count(), 0);
        // ...and the server does not hand it out any more.
        QVERIFY(refreshed(m_bob));
        QCOMPARE(m_bob.count(), 0);
        QVERIFY(refreshed(m_alice));
        QCOMPARE(m_alice.count(), 0);
    }

    void postWhileOfflineGoesOutOnceAfterReconnect()
    {
        m_server->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!m_alice.client->isOnline(), kWaitMs);
        QSignalSpy posted(&m_alice.statuses(), &StatusClient::posted);
        const QString clientId
            = m_alice.statuses().postText(QStringLiteral("written offline"), QStringLiteral("#6b3fa0"));
        QVERIFY(!clientId.isEmpty());
        QCOMPARE(m_alice.statuses().pendingPosts().size(), 1);
        QCOMPARE(m_alice.statuses().pendingPosts().first().clientId, clientId);
        QVERIFY(m_server->restart());
        QVERIFY(posted.wait(kWaitMs));
        QCOMPARE(posted.first().at(0).toString(), clientId);
        QVERIFY(m_alice.statuses().pendingPosts().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_bob.count(), 1, kWaitMs);

        // A post whose ack was lost with the link is sent again with the same client id: the
        // server keeps one.
        const QString again
            = m_alice.statuses().postText(QStringLiteral("twice?"), QStringLiteral("#6b3fa0"));
        m_alice.client->connection()->abortConnection();
        QTRY_VERIFY_WITH_TIMEOUT(m_alice.statuses().pendingPosts().isEmpty(), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_bob.count(), 2, kWaitMs);
        QVERIFY(refreshed(m_bob));
        QCOMPARE(m_bob.count(), 2);
        QVERIFY(refreshed(m_alice));
        QCOMPARE(m_alice.count(), 2);
        QCOMPARE(posted.size(), 2);
        QCOMPARE(posted.last().at(0).toString(), again);
    }

    void photoStatusIsDownloadedByTheContact()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("summit.png"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(tinyPng());
        }
        QSignalSpy posted(&m_alice.statuses(), &StatusClient::posted);
        QSignalSpy failed(&m_alice.statuses(), &StatusClient::failed);
        const QString clientId = m_alice.statuses().postMedia(path, QStringLiteral("At the top"));
        QVERIFY2(!clientId.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(posted.size() == 1 || failed.size() == 1, kWaitMs);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
        const qint64 id = posted.first().at(1).toLongLong();
        QCOMPARE(m_alice.status(id)->kind, StatusKind::Media);
        // Alice's viewer shows the app's own copy of the photo, not the file she picked.
        const QString aliceFile = m_alice.statuses().localFile(id);
        QVERIFY(aliceFile.startsWith(m_alice.statuses().statusDir() + u'/'));
        QFile copy(aliceFile);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), tinyPng());

        QTRY_VERIFY_WITH_TIMEOUT(m_bob.status(id).has_value(), kWaitMs);
        const auto item = m_bob.status(id);
        QCOMPARE(item->kind, StatusKind::Media);
        QCOMPARE(item->text, QStringLiteral("At the top"));
        QVERIFY(item->file);
        QCOMPARE(item->file->mime, QStringLiteral("image/png"));
        QVERIFY(m_bob.statuses().localFile(id).isEmpty());
        QSignalSpy ready(&m_bob.statuses(), &StatusClient::fileReady);
        QSignalSpy fileFailed(&m_bob.statuses(), &StatusClient::fileFailed);
        m_bob.statuses().fetchFile(id);
        QTRY_VERIFY_WITH_TIMEOUT(ready.size() == 1 || fileFailed.size() == 1, kWaitMs);
        QVERIFY2(fileFailed.isEmpty(),
            fileFailed.isEmpty() ? "" : qPrintable(fileFailed.first().at(1).toString()));
        const QString local = m_bob.statuses().localFile(id);
        QVERIFY(local.startsWith(m_bob.statuses().statusDir()));
        QFile got(local);
        QVERIFY(got.open(QIODevice::ReadOnly));
        QCOMPARE(got.readAll(), tinyPng());
        got.close();

        // Deleted by Alice: Bob's copy goes with it.
        QSignalSpy bobRemoved(&m_bob.statuses(), &StatusClient::removed);
        QVERIFY(m_alice.statuses().remove(id));
        QTRY_COMPARE_WITH_TIMEOUT(bobRemoved.size(), 1, kWaitMs);
        QVERIFY(!QFile::exists(local));
        // Carol may not download it.
        QVERIFY(refreshed(m_carol));
        QCOMPARE(m_carol.count(), 0);
    }

    void thumbnailTravelsWithThePhotoStatus()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("summit.png"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(tinyPng());
        }
        // Up to 64 KiB: sent in file.thumbnail; one byte more: the post goes without it.
        const QByteArray thumbnail(64 * 1024, 'j');
        const QByteArray tooBig(64 * 1024 + 1, 'k');
        QSignalSpy posted(&m_alice.statuses(), &StatusClient::posted);
        QSignalSpy failed(&m_alice.statuses(), &StatusClient::failed);
        const QString withId = m_alice.statuses().postMedia(path, QString(), thumbnail);
        const QString bigId = m_alice.statuses().postMedia(path, QString(), tooBig);
        QVERIFY(!withId.isEmpty() && !bigId.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(posted.size() + failed.size() == 2, kWaitMs);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
        QHash<QString, qint64> ids;
        for (const auto &args : posted)
            ids.insert(args.at(0).toString(), args.at(1).toLongLong());
        QTRY_VERIFY_WITH_TIMEOUT(
            m_bob.status(ids.value(withId)) && m_bob.status(ids.value(bigId)), kWaitMs);
        QCOMPARE(m_bob.status(ids.value(withId))->file->thumbnail, thumbnail);
        QVERIFY(m_bob.status(ids.value(bigId))->file->thumbnail.isEmpty());
        QCOMPARE(m_alice.status(ids.value(withId))->file->thumbnail, thumbnail);
        QVERIFY(refreshed(m_bob));
        QCOMPARE(m_bob.status(ids.value(withId))->file->thumbnail, thumbnail);
    }

    void logoutForgetsStatuses()
    {
        const qint64 id = postText(QStringLiteral("bye"));
        QVERIFY(id > 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_bob.status(id).has_value(), kWaitMs);
        m_bob.client->logout();
        QCOMPARE(m_bob.count(), 0);
        QVERIFY(m_bob.statuses().ownPhone().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStatusClient)
#include "TestStatusClient.moc"
