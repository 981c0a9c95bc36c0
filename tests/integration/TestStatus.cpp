// Statuses (docs/protocol.md section 12) against a real natterd with real WebSocket clients:
// a status reaches the poster's contacts (people they have a conversation with) and nobody
// else, views travel back to the owner (live, or in status_list after a login), the owner can
// delete one early, and it is gone once its lifetime (seconds here) has passed, media included.
#include "TestClient.h"
#include "TestServer.h"
#include "TransferHelpers.h"

#include <QDateTime>
#include <QTest>

using namespace natter::protocol;
using namespace natter::test;
using namespace Qt::StringLiterals;

namespace {
const QString kAlice = u"+4915110000001"_s;
const QString kBob = u"+4915110000002"_s;
const QString kCarol = u"+4915110000003"_s; // a stranger: no conversation with Alice
const QString kDave = u"+4915110000004"_s;

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

StatusPost textStatus(const QString &text, const QString &clientId = TestClient::newClientId())
{
    return StatusPost {clientId, StatusKind::Text, text, u"#1e88e5"_s, std::nullopt};
}

// Sends `frame` with a fresh rid and returns the frame that answered it.
std::optional<ServerFrame> request(TestClient &client, const ClientFrame &frame)
{
    const QJsonValue rid = newRid();
    client.send(frame, rid);
    const auto reply = client.waitForRid(rid);
    if (!reply)
        return std::nullopt;
    return reply->frame;
}

template<typename T> std::optional<T> requestAs(TestClient &client, const ClientFrame &frame)
{
    const auto reply = request(client, frame);
    if (!reply || !std::holds_alternative<T>(*reply))
        return std::nullopt;
    return std::get<T>(*reply);
}

std::optional<Error> requestError(TestClient &client, const ClientFrame &frame)
{
    return requestAs<Error>(client, frame);
}

QList<StatusItem> listOf(TestClient &client)
{
    const auto list = requestAs<StatusList>(client, StatusListQuery {});
    return list ? list->statuses : QList<StatusItem> {};
}
} // namespace

class TestStatus : public QObject
{
    Q_OBJECT

private:
    // Alice and Bob have a conversation (they are contacts); Carol is registered but a stranger.
    bool startWith(int lifetimeSeconds)
    {
        m_alice.reset();
        m_bob.reset();
        m_carol.reset();
        m_server.reset();
        auto config = TestServer::defaultConfig();
        config.statusLifetimeSeconds = lifetimeSeconds;
        m_server = std::make_unique<TestServer>(config);
        if (!m_server->start())
            return false;
        m_alice = std::make_unique<TestClient>();
        m_bob = std::make_unique<TestClient>();
        m_carol = std::make_unique<TestClient>();
        if (!m_alice->registerUser(m_server->url(), kAlice, u"Alice"_s)
            || !m_bob->registerUser(m_server->url(), kBob, u"Bob"_s)
            || !m_carol->registerUser(m_server->url(), kCarol, u"Carol"_s))
            return false;
        m_bob->sendText(kAlice, u"Hi Alice"_s);
        if (!m_bob->waitFor<Ack>() || !m_alice->waitFor<ChatMessage>())
            return false;
        m_alice->clearInbox();
        m_bob->clearInbox();
        m_carol->clearInbox();
        return true;
    }

    std::optional<StatusAck> post(TestClient &client, const StatusPost &frame)
    {
        return requestAs<StatusAck>(client, frame);
    }

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestClient> m_alice;
    std::unique_ptr<TestClient> m_bob;
    std::unique_ptr<TestClient> m_carol;

private slots:
    void init() { QVERIFY(startWith(3600)); }
    void cleanup()
    {
        m_alice.reset();
        m_bob.reset();
        m_carol.reset();
        m_server.reset();
    }

    void textStatusReachesContactsOnly()
    {
        TestClient aliceSecond;
        QVERIFY(aliceSecond.login(m_server->url(), kAlice));
        aliceSecond.clearInbox();

        const qint64 before = now();
        const StatusPost frame = textStatus(u"At the lake 🌊"_s);
        const auto ack = post(*m_alice, frame);
        QVERIFY(ack);
        QCOMPARE(ack->clientId, frame.clientId);
        QVERIFY(ack->statusId > 0);
        QVERIFY(ack->posted >= before && ack->posted <= now());
        QCOMPARE(ack->expires - ack->posted, qint64(3600) * 1000);

        // The contact gets it pushed, with the owner's name and nothing viewed yet.
        const auto pushed = m_bob->waitFor<StatusPosted>();
        QVERIFY(pushed);
        const StatusItem expected {ack->statusId, kAlice, u"Alice"_s, ack->posted, ack->expires,
            StatusKind::Text, u"At the lake 🌊"_s, u"#1e88e5"_s, std::nullopt, false, {}};
        QVERIFY(pushed->status == expected);
        // So does Alice's other session, but not the one that posted (it has the ack).
        const auto own = aliceSecond.waitFor<StatusPosted>();
        QVERIFY(own);
        QCOMPARE(own->status.statusId, ack->statusId);
        QCOMPARE(m_alice->count<StatusPosted>(), 0);
        // The stranger gets nothing.
        QVERIFY(!m_carol->receivesWithin<StatusPosted>(300));

        // status_list: the contact and the owner see it; the stranger sees nothing.
        const auto bobList = listOf(*m_bob);
        QCOMPARE(bobList.size(), 1);
        QVERIFY(bobList.first() == expected);
        const auto aliceList = listOf(*m_alice);
        QCOMPARE(aliceList.size(), 1);
        QCOMPARE(aliceList.first().statusId, ack->statusId);
        QVERIFY(aliceList.first().views.isEmpty());
        QVERIFY(listOf(*m_carol).isEmpty());

        // The stranger cannot view it: the same answer as for an id that does not exist.
        const auto refused = requestError(*m_carol, StatusView {{ack->statusId}});
        QVERIFY(refused);
        QCOMPARE(refused->code, ErrorCode::NotFound);
        QCOMPARE(refused->serverIds, QList<qint64> {ack->statusId});
        const auto unknown = requestError(*m_bob, StatusView {{ack->statusId + 1000}});
        QVERIFY(unknown);
        QCOMPARE(unknown->code, ErrorCode::NotFound);
        QCOMPARE(unknown->serverIds, QList<qint64> {ack->statusId + 1000});
        QVERIFY(!m_alice->receivesWithin<StatusViewed>(200));
    }

    void statusListIsSortedAndSeparatesOwnFromOthers()
    {
        const auto first = post(*m_alice, textStatus(u"one"_s));
        QVERIFY(first);
        const auto second = post(*m_bob, textStatus(u"two"_s));
        QVERIFY(second);
        const auto third = post(*m_alice, textStatus(u"three"_s));
        QVERIFY(third);
        const auto list = listOf(*m_bob);
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).statusId, first->statusId);
        QCOMPARE(list.at(1).statusId, second->statusId);
        QCOMPARE(list.at(2).statusId, third->statusId);
        QCOMPARE(list.at(1).owner, kBob);
        QVERIFY(list.at(0).posted <= list.at(1).posted && list.at(1).posted <= list.at(2).posted);
        QVERIFY(listOf(*m_carol).isEmpty());
        // Carol posts too: Alice and Bob do not see it (no conversation with her).
        QVERIFY(post(*m_carol, textStatus(u"lonely"_s)));
        QCOMPARE(listOf(*m_bob).size(), 3);
        QCOMPARE(listOf(*m_carol).size(), 1);
    }

    void viewsReachTheOwnerLive()
    {
        const auto ack = post(*m_alice, textStatus(u"look"_s));
        QVERIFY(ack);
        QVERIFY(m_bob->waitFor<StatusPosted>());

        const qint64 before = now();
        const auto done = request(*m_bob, StatusView {{ack->statusId}});
        QVERIFY(done && std::holds_alternative<Done>(*done));
        const auto viewed = m_alice->waitFor<StatusViewed>();
        QVERIFY(viewed);
        QCOMPARE(viewed->statusId, ack->statusId);
        QCOMPARE(viewed->viewer, kBob);
        QVERIFY(viewed->timestamp >= before && viewed->timestamp <= now());

        // Only the first view is news.
        const auto again = request(*m_bob, StatusView {{ack->statusId, ack->statusId}});
        QVERIFY(again && std::holds_alternative<Done>(*again));
        QVERIFY(!m_alice->receivesWithin<StatusViewed>(300));

        const auto aliceList = listOf(*m_alice);
        QCOMPARE(aliceList.size(), 1);
        QVERIFY(aliceList.first().views == (QList<StatusViewEntry> {{kBob, viewed->timestamp}}));
        const auto bobList = listOf(*m_bob);
        QCOMPARE(bobList.size(), 1);
        QVERIFY(bobList.first().viewed);
        QVERIFY(bobList.first().views.isEmpty()); // who else viewed is the owner's business

        // Viewing one's own status is ignored silently.
        const auto own = request(*m_alice, StatusView {{ack->statusId}});
        QVERIFY(own && std::holds_alternative<Done>(*own));
        QVERIFY(!m_alice->receivesWithin<StatusViewed>(200));
        QCOMPARE(listOf(*m_alice).first().views.size(), 1);
    }

    void viewsReachAnOfflineOwnerAfterLogin()
    {
        const auto ack = post(*m_alice, textStatus(u"while I am away"_s));
        QVERIFY(ack);
        m_alice->close();
        const auto done = request(*m_bob, StatusView {{ack->statusId}});
        QVERIFY(done && std::holds_alternative<Done>(*done));

        QVERIFY(m_alice->resume(m_server->url()));
        const auto list = listOf(*m_alice);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().views.size(), 1);
        QCOMPARE(list.first().views.first().viewer, kBob);
        QVERIFY(list.first().views.first().timestamp >= ack->posted);
    }

    void mixedViewNamesOnlyTheRefusedIds()
    {
        const auto mine = post(*m_alice, textStatus(u"visible"_s));
        const auto carols = post(*m_carol, textStatus(u"not for Bob"_s));
        QVERIFY(mine && carols);
        const QJsonValue rid = newRid();
        m_bob->send(StatusView {{mine->statusId, carols->statusId, 999999}}, rid);
        const auto error = m_bob->waitForRid(rid);
        QVERIFY(error && std::holds_alternative<Error>(error->frame));
        QCOMPARE(std::get<Error>(error->frame).code, ErrorCode::NotFound);
        QCOMPARE(
            std::get<Error>(error->frame).serverIds, (QList<qint64> {carols->statusId, 999999}));
        const auto done = m_bob->waitForRid(rid);
        QVERIFY(done && std::holds_alternative<Done>(done->frame));
        // The visible one was recorded all the same.
        QVERIFY(m_alice->waitFor<StatusViewed>());
        QVERIFY(!m_carol->receivesWithin<StatusViewed>(200));
    }

    void ownerDeletesEarly()
    {
        const auto ack = post(*m_alice, textStatus(u"oops"_s));
        QVERIFY(ack);
        QVERIFY(m_bob->waitFor<StatusPosted>());

        // Nobody else may delete it; the answer is the same as for an unknown id.
        for (TestClient *other : {m_bob.get(), m_carol.get()}) {
            const auto refused = requestError(*other, StatusDelete {ack->statusId});
            QVERIFY(refused);
            QCOMPARE(refused->code, ErrorCode::NotFound);
        }
        QCOMPARE(listOf(*m_bob).size(), 1);
        QVERIFY(!m_bob->receivesWithin<StatusRemoved>(100));

        const auto done = request(*m_alice, StatusDelete {ack->statusId});
        QVERIFY(done && std::holds_alternative<Done>(*done));
        const auto removed = m_bob->waitFor<StatusRemoved>();
        QVERIFY(removed);
        QCOMPARE(removed->statusId, ack->statusId);
        QCOMPARE(removed->owner, kAlice);
        QVERIFY(!m_carol->receivesWithin<StatusRemoved>(200));
        QVERIFY(listOf(*m_bob).isEmpty());
        QVERIFY(listOf(*m_alice).isEmpty());
        const auto view = requestError(*m_bob, StatusView {{ack->statusId}});
        QVERIFY(view);
        QCOMPARE(view->code, ErrorCode::NotFound);
        const auto twice = requestError(*m_alice, StatusDelete {ack->statusId});
        QVERIFY(twice);
        QCOMPARE(twice->code, ErrorCode::NotFound);
    }

    void repeatedPostIsIdempotent()
    {
        const StatusPost frame = textStatus(u"only once"_s);
        const auto first = post(*m_alice, frame);
        QVERIFY(first);
        QVERIFY(m_bob->waitFor<StatusPosted>());
        // The link dropped before the ack arrived; the app posts the same client_id again.
        QVERIFY(m_alice->resume(m_server->url()));
        const auto second = post(*m_alice, frame);
        QVERIFY(second);
        QVERIFY(*second == *first);
        QVERIFY(!m_bob->receivesWithin<StatusPosted>(300));
        QCOMPARE(listOf(*m_bob).size(), 1);
    }

    void refusedPostsChangeNothing()
    {
        // Malformed: refused by the codec with the reason.
        m_alice->sendRaw(
            uR"({"type":"status_post","rid":"x","client_id":"6f1c2a4e-3b5d-4c8e-9f10-2a3b4c5d6e7f",)"
            uR"("kind":"text","text":"hi","background":"blue"})"_s);
        const auto badColour = m_alice->waitForRid(u"x"_s);
        QVERIFY(badColour && std::holds_alternative<Error>(badColour->frame));
        QCOMPARE(std::get<Error>(badColour->frame).code, ErrorCode::BadField);
        // A media status with a file that does not exist.
        const auto noFile = requestError(*m_alice,
            StatusPost {TestClient::newClientId(), StatusKind::Media, {}, {},
                FileRef {u"AAAAAAAAAAAAAAAAAAAAAA"_s, {}, u"image/png"_s, 5, {}}});
        QVERIFY(noFile);
        QCOMPARE(noFile->code, ErrorCode::NotFound);
        QVERIFY(!noFile->clientId.isEmpty());
        QVERIFY(!m_bob->receivesWithin<StatusPosted>(300));
        QVERIFY(listOf(*m_bob).isEmpty());
        QVERIFY(listOf(*m_alice).isEmpty());
    }

    void expiredStatusIsGone()
    {
        QVERIFY(startWith(2));
        const auto ack = post(*m_alice, textStatus(u"short-lived"_s));
        QVERIFY(ack);
        QCOMPARE(ack->expires - ack->posted, qint64(2000));
        QCOMPARE(listOf(*m_bob).size(), 1);
        const auto done = request(*m_bob, StatusView {{ack->statusId}});
        QVERIFY(done && std::holds_alternative<Done>(*done));

        // Never listed once expired; deleted by the server within about a second.
        QTRY_VERIFY_WITH_TIMEOUT(listOf(*m_bob).isEmpty(), 5000);
        QVERIFY(now() >= ack->expires);
        QVERIFY(listOf(*m_alice).isEmpty());
        const auto view = requestError(*m_bob, StatusView {{ack->statusId}});
        QVERIFY(view);
        QCOMPARE(view->code, ErrorCode::Expired);
        QCOMPARE(view->serverIds, QList<qint64> {ack->statusId});
        // To a stranger an expired status is as unknown as any other.
        const auto stranger = requestError(*m_carol, StatusView {{ack->statusId}});
        QVERIFY(stranger);
        QCOMPARE(stranger->code, ErrorCode::NotFound);
        // A repeat of the post still gets its (old) ack, not a second status.
        const auto again = post(*m_alice,
            StatusPost {
                ack->clientId, StatusKind::Text, u"short-lived"_s, u"#1e88e5"_s, std::nullopt});
        QVERIFY(again);
        QCOMPARE(again->statusId, ack->statusId);
        QCOMPARE(again->expires, ack->expires);
        QVERIFY(listOf(*m_bob).isEmpty());
    }

    // The expiry timer deletes a status within about a second after it expires, even when
    // nobody asks (the sweep runs by itself; views and content go with it).
    void expiryRunsByItself()
    {
        QVERIFY(startWith(2));
        const auto ack = post(*m_alice, textStatus(u"tick"_s));
        QVERIFY(ack);
        // Wait, without touching the server, until just after the expiry plus the allowed second.
        QTRY_VERIFY_WITH_TIMEOUT(now() >= ack->expires + 1200, 5000);
        // The tombstone is there (expired, not unknown) and the owner's list is empty.
        const auto view = requestError(*m_bob, StatusView {{ack->statusId}});
        QVERIFY(view);
        QCOMPARE(view->code, ErrorCode::Expired);
        QVERIFY(listOf(*m_alice).isEmpty());
        // A new post after the expiry is a new status with a fresh lifetime.
        const auto next = post(*m_alice, textStatus(u"tock"_s));
        QVERIFY(next);
        QVERIFY(next->statusId != ack->statusId);
        QCOMPARE(listOf(*m_bob).size(), 1);
    }

    void mediaStatusFollowsItsContacts()
    {
        QVERIFY(startWith(6));
        const UploadSource source
            = UploadSource::fromBytes(makeContent(200 * 1024, Content::Png, 7));
        const UploadResult up = upload(*m_alice, FileKind::Media, u"lake.png"_s, source);
        if (up.error && up.error->code == ErrorCode::NotSupported)
            QSKIP("uploads are not available on this server yet");
        QVERIFY2(up.finished(), up.error ? qPrintable(up.error->message) : "no upload_done");

        const StatusPost frame {TestClient::newClientId(), StatusKind::Media, u"The lake"_s, {},
            FileRef {up.fileId(), u"whatever.bin"_s, u"application/x-made-up"_s, 1,
                QByteArray("thumb", 5)}};
        const auto ack = post(*m_alice, frame);
        QVERIFY(ack);
        // The server's record replaces what the client claimed; the thumbnail stays.
        const auto pushed = m_bob->waitFor<StatusPosted>();
        QVERIFY(pushed);
        QVERIFY(pushed->status.file);
        QCOMPARE(pushed->status.file->fileId, up.fileId());
        QCOMPARE(pushed->status.file->name, u"lake.png"_s);
        QCOMPARE(pushed->status.file->mime, u"image/png"_s);
        QCOMPARE(pushed->status.file->size, source.size());
        QCOMPARE(pushed->status.file->thumbnail, QByteArray("thumb"));
        QCOMPARE(pushed->status.text, u"The lake"_s);

        // The contact may download it; the stranger may not.
        const DownloadResult got = download(*m_bob, up.fileId());
        QVERIFY2(got.complete(), got.error ? qPrintable(got.error->message) : "incomplete");
        QCOMPARE(sha256(got.data), source.sha256());
        const DownloadResult refused = download(*m_carol, up.fileId());
        QVERIFY(refused.error);
        QCOMPARE(refused.error->code, ErrorCode::NotFound);
        QVERIFY(!refused.ready);

        // Someone who becomes a contact after the post sees it and may download it too.
        TestClient dave;
        QVERIFY(dave.registerUser(m_server->url(), kDave, u"Dave"_s));
        dave.sendText(kAlice, u"hello"_s);
        QVERIFY(dave.waitFor<Ack>());
        const auto daveList = listOf(dave);
        QCOMPARE(daveList.size(), 1);
        QVERIFY(download(dave, up.fileId()).complete());

        // After the expiry the server deletes the file by itself within about a second (nobody
        // asks in between), and the status is gone from the lists, the file not downloadable.
        QVERIFY2(
            now() < ack->expires, "the machine was too slow for the status lifetime of this test");
        QVERIFY(!storedFiles(m_server->dataDir()).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(storedFiles(m_server->dataDir()).isEmpty(), 12000);
        qInfo("media status file deleted %lld ms after the expiry", now() - ack->expires);
        QVERIFY(now() >= ack->expires);
        QVERIFY2(now() <= ack->expires + 1500,
            qPrintable(u"deleted %1 ms after the expiry"_s.arg(now() - ack->expires)));
        QVERIFY(listOf(*m_bob).isEmpty());
        const DownloadResult late = download(*m_bob, up.fileId());
        QVERIFY(late.error);
        QCOMPARE(late.error->code, ErrorCode::NotFound);
        QVERIFY(!download(*m_alice, up.fileId()).complete());
    }

    // A status that expired while natterd was down is deleted, file included, as it starts.
    void expiryAlsoAtStart()
    {
        QVERIFY(startWith(3));
        const UploadSource png = UploadSource::fromBytes(makeContent(20 * 1024, Content::Png, 5));
        const UploadResult up = upload(*m_alice, FileKind::Media, u"s.png"_s, png);
        if (up.error && up.error->code == ErrorCode::NotSupported)
            QSKIP("uploads are not available on this server yet");
        QVERIFY(up.finished());
        const auto ack = post(*m_alice,
            StatusPost {TestClient::newClientId(), StatusKind::Media, {}, {},
                FileRef {up.fileId(), {}, u"image/png"_s, 1, {}}});
        QVERIFY(ack);
        m_alice->close();
        m_bob->close();
        m_server->stop();
        QVERIFY(!storedFiles(m_server->dataDir()).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(now() > ack->expires, 6000);

        QVERIFY(m_server->start());
        QTRY_VERIFY_WITH_TIMEOUT(storedFiles(m_server->dataDir()).isEmpty(), 1000);
        QVERIFY(m_bob->resume(m_server->url()));
        QVERIFY(listOf(*m_bob).isEmpty());
        const auto view = requestError(*m_bob, StatusView {{ack->statusId}});
        QVERIFY(view);
        QCOMPARE(view->code, ErrorCode::Expired);
    }

    // A photo that was also sent in a message outlives its status: the message's receiver keeps
    // it, a contact who only had it through the status loses it.
    void fileSentInAMessageOutlivesTheStatus()
    {
        TestClient dave;
        QVERIFY(dave.registerUser(m_server->url(), kDave, u"Dave"_s));
        dave.sendText(kAlice, u"hi"_s);
        QVERIFY(dave.waitFor<Ack>());

        const UploadSource png = UploadSource::fromBytes(makeContent(30 * 1024, Content::Png, 11));
        const UploadResult up = upload(*m_alice, FileKind::Media, u"both.png"_s, png);
        if (up.error && up.error->code == ErrorCode::NotSupported)
            QSKIP("uploads are not available on this server yet");
        QVERIFY(up.finished());
        m_alice->send(Send {TestClient::newClientId(), kBob,
            fileMessage(
                MessageKind::Media, up.fileId(), u"both.png"_s, u"image/png"_s, png.size())});
        QVERIFY(m_alice->waitFor<Ack>());
        QVERIFY(m_bob->waitFor<ChatMessage>());
        const auto ack = post(*m_alice,
            StatusPost {TestClient::newClientId(), StatusKind::Media, {}, {},
                FileRef {up.fileId(), {}, u"image/png"_s, 1, {}}});
        QVERIFY(ack);
        QVERIFY(download(dave, up.fileId()).complete());

        const auto done = request(*m_alice, StatusDelete {ack->statusId});
        QVERIFY(done && std::holds_alternative<Done>(*done));
        const DownloadResult daveLate = download(dave, up.fileId());
        QVERIFY(daveLate.error);
        QCOMPARE(daveLate.error->code, ErrorCode::NotFound);
        const DownloadResult bobs = download(*m_bob, up.fileId());
        QVERIFY(bobs.complete());
        QCOMPARE(sha256(bobs.data), png.sha256());
    }

    void mediaStatusNeedsOwnFinishedMediaUpload()
    {
        const UploadSource pdf = UploadSource::fromBytes(makeContent(10 * 1024, Content::Pdf, 3));
        const UploadResult doc = upload(*m_alice, FileKind::Document, u"a.pdf"_s, pdf);
        if (doc.error && doc.error->code == ErrorCode::NotSupported)
            QSKIP("uploads are not available on this server yet");
        QVERIFY(doc.finished());
        const auto asDocument = requestError(*m_alice,
            StatusPost {TestClient::newClientId(), StatusKind::Media, {}, {},
                FileRef {doc.fileId(), {}, u"image/png"_s, 1, {}}});
        QVERIFY(asDocument);
        QCOMPARE(asDocument->code, ErrorCode::BadField);

        const UploadSource png = UploadSource::fromBytes(makeContent(10 * 1024, Content::Png, 4));
        const UploadResult bobs = upload(*m_bob, FileKind::Media, u"b.png"_s, png);
        QVERIFY(bobs.finished());
        const auto notHers = requestError(*m_alice,
            StatusPost {TestClient::newClientId(), StatusKind::Media, {}, {},
                FileRef {bobs.fileId(), {}, u"image/png"_s, 1, {}}});
        QVERIFY(notHers);
        QCOMPARE(notHers->code, ErrorCode::NotFound);
        QVERIFY(!m_bob->receivesWithin<StatusPosted>(200));
        QVERIFY(listOf(*m_alice).isEmpty());
    }

    // Deleting a media status deletes its file too.
    void deletingAMediaStatusDeletesItsFile()
    {
        const UploadSource png = UploadSource::fromBytes(makeContent(50 * 1024, Content::Png, 9));
        const UploadResult up = upload(*m_alice, FileKind::Media, u"p.png"_s, png);
        if (up.error && up.error->code == ErrorCode::NotSupported)
            QSKIP("uploads are not available on this server yet");
        QVERIFY(up.finished());
        const auto ack = post(*m_alice,
            StatusPost {TestClient::newClientId(), StatusKind::Media, {}, {},
                FileRef {up.fileId(), {}, u"image/png"_s, 1, {}}});
        QVERIFY(ack);
        QVERIFY(download(*m_bob, up.fileId()).complete());
        const auto done = request(*m_alice, StatusDelete {ack->statusId});
        QVERIFY(done && std::holds_alternative<Done>(*done));
        QTRY_VERIFY_WITH_TIMEOUT(storedFiles(m_server->dataDir()).isEmpty(), 3000);
        const DownloadResult late = download(*m_bob, up.fileId());
        QVERIFY(late.error);
        QCOMPARE(late.error->code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestStatus)
#include "TestStatus.moc"
