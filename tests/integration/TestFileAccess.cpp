// Who may download and who may reference a file (docs/protocol.md 11.8 and section 3 of the
// session spec), against a real natterd: the uploader and the receivers of a message with the
// file may download it, nobody else, and the refusal looks exactly like a file that does not
// exist; only the uploader may put a finished upload into a message.
#include "FileTransferFixture.h"

class TestFileAccess : public FileTransferFixture
{
    Q_OBJECT

    // `client` asks for `fileId` and gets not_found naming it.
    std::optional<Error> verifyNotFound(TestClient &client, const QString &fileId)
    {
        const DownloadResult down = download(client, fileId);
        if (down.ready) {
            qWarning(
                "%s could download %s", qPrintable(describe(client.inbox())), qPrintable(fileId));
            return std::nullopt;
        }
        if (!down.error || down.error->code != ErrorCode::NotFound
            || down.error->fileId != fileId) {
            qWarning("expected not_found for %s, got %s", qPrintable(fileId),
                qPrintable(describe(down.error)));
            return std::nullopt;
        }
        return down.error;
    }

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void onlyTheUploaderAndTheReceiversMayDownload()
    {
        const QByteArray bytes = makeContent(kMiB + kMiB / 2, Content::Pdf, 201);
        const auto done = uploadOk(*m_alice, FileKind::Document, u"minutes.pdf"_s, bytes);
        QVERIFY(done);
        const QString fileId = done->fileId;
        const QString unknownId = u"NoSuchFile0123456789abcdefAB"_s;

        // Before any message: only Alice.
        QVERIFY(verifyNotFound(*m_bob, fileId));
        auto carolsError = verifyNotFound(*m_carol, fileId);
        QVERIFY(carolsError);
        auto unknownError = verifyNotFound(*m_carol, unknownId);
        QVERIFY(unknownError);
        // Nothing tells Carol that the file exists.
        QCOMPARE(carolsError->message.replace(fileId, u"<id>"_s),
            unknownError->message.replace(unknownId, u"<id>"_s));
        QCOMPARE(carolsError->transfer, unknownError->transfer);
        DownloadResult own = download(*m_alice, fileId);
        QVERIFY2(own.complete(), qPrintable(describe(own.error)));
        QCOMPARE(sha256(own.data), sha256(bytes));

        // Alice sends it to Bob: now Bob may, also after he has acknowledged the message.
        const auto ack = sendFile(*m_alice, kBob, MessageKind::Document, fileId);
        QVERIFY(ack);
        const auto msg = m_bob->waitFor<ChatMessage>();
        QVERIFY(msg);
        DownloadResult bobs = download(*m_bob, fileId);
        QVERIFY2(bobs.complete(), qPrintable(describe(bobs.error)));
        QCOMPARE(sha256(bobs.data), sha256(bytes));
        m_bob->send(Delivered {{msg->serverId}});
        QVERIFY(m_alice->waitFor<Receipt>());
        bobs = download(*m_bob, fileId, kMiB);
        QVERIFY(bobs.complete());
        QCOMPARE(bobs.data, bytes.mid(kMiB));

        // Carol still may not, and cannot confirm it either.
        QVERIFY(verifyNotFound(*m_carol, fileId));
        const auto reply = confirmDownloaded(*m_carol, fileId);
        QVERIFY(reply && std::holds_alternative<Error>(reply->frame));
        QCOMPARE(std::get<Error>(reply->frame).code, ErrorCode::NotFound);
    }

    // An upload that has not finished can be neither downloaded nor sent.
    void anUnfinishedUploadIsInvisible()
    {
        const QByteArray bytes = makeContent(3 * kMiB, Content::Random, 202);
        const UploadSource source = UploadSource::fromBytes(bytes);
        UploadResult up
            = announceUpload(*m_alice, uploadFrame(FileKind::Document, u"half.bin"_s, source));
        QVERIFY2(up.ready, qPrintable(describe(up)));
        QVERIFY(sendChunks(*m_alice, up, source, kMiB));
        QCOMPARE(up.committed, kMiB);

        QVERIFY(verifyNotFound(*m_alice, up.fileId()));
        const auto refused
            = sendRefused(*m_alice, kBob, MessageKind::Document, up.fileId(), bytes.size());
        QVERIFY2(refused, qPrintable(describe(m_alice->inbox())));
        QCOMPARE(refused->code, ErrorCode::NotFound);
        QVERIFY(!m_bob->receivesWithin<ChatMessage>(200));
        QVERIFY(verifyNotFound(*m_bob, up.fileId()));

        // The upload itself is unaffected.
        QVERIFY(sendChunks(*m_alice, up, source));
        QVERIFY2(up.done, qPrintable(describe(up)));
    }

    // A send may only reference a finished upload of the sender: not someone else's file, not
    // even one the sender received, and not an id that does not exist.
    void onlyTheUploaderMayReferenceAFile()
    {
        const QByteArray bytes = makeContent(64 * 1024, Content::Png, 203);
        const auto bobs = uploadOk(*m_bob, FileKind::Media, u"bob.png"_s, bytes);
        QVERIFY(bobs);
        auto refused
            = sendRefused(*m_alice, kCarol, MessageKind::Media, bobs->fileId, bytes.size());
        QVERIFY2(refused, qPrintable(describe(m_alice->inbox())));
        QCOMPARE(refused->code, ErrorCode::NotFound);

        refused
            = sendRefused(*m_alice, kCarol, MessageKind::Media, u"NoSuchFile0123456789abcdefAB"_s);
        QVERIFY(refused);
        QCOMPARE(refused->code, ErrorCode::NotFound);

        // Bob sends it to Alice; Alice may download it but not forward it under her name.
        QVERIFY(sendFile(*m_bob, kAlice, MessageKind::Media, bobs->fileId));
        QVERIFY(m_alice->waitFor<ChatMessage>());
        QVERIFY(download(*m_alice, bobs->fileId).complete());
        refused = sendRefused(*m_alice, kCarol, MessageKind::Media, bobs->fileId, bytes.size());
        QVERIFY(refused);
        QCOMPARE(refused->code, ErrorCode::NotFound);

        QVERIFY2(
            !m_carol->receivesWithin<ChatMessage>(200), qPrintable(describe(m_carol->inbox())));
        QVERIFY(verifyNotFound(*m_carol, bobs->fileId));
    }

    // The message kind must be the kind of the upload.
    void theMessageKindMustMatchTheUpload()
    {
        const auto photo = uploadOk(
            *m_alice, FileKind::Media, u"p.jpg"_s, makeContent(50000, Content::Jpeg, 204));
        QVERIFY(photo);
        auto refused = sendRefused(*m_alice, kBob, MessageKind::Document, photo->fileId);
        QVERIFY(refused);
        QCOMPARE(refused->code, ErrorCode::BadField);

        // A photo sent as a document stays a document.
        const auto doc = uploadOk(
            *m_alice, FileKind::Document, u"d.jpg"_s, makeContent(50000, Content::Jpeg, 205));
        QVERIFY(doc);
        refused = sendRefused(*m_alice, kBob, MessageKind::Media, doc->fileId);
        QVERIFY(refused);
        QCOMPARE(refused->code, ErrorCode::BadField);
        QVERIFY(!m_bob->receivesWithin<ChatMessage>(200));
        QVERIFY(verifyNotFound(*m_bob, photo->fileId));
        QVERIFY(verifyNotFound(*m_bob, doc->fileId));
    }

    // One upload forwarded to several people: each may download it.
    void oneFileForSeveralReceivers()
    {
        const QByteArray bytes = makeContent(700 * 1024, Content::Jpeg, 206);
        const auto done = uploadOk(*m_alice, FileKind::Media, u"group.jpg"_s, bytes);
        QVERIFY(done);
        QVERIFY(sendFile(*m_alice, kBob, MessageKind::Media, done->fileId));
        QVERIFY(sendFile(*m_alice, kCarol, MessageKind::Media, done->fileId, u"group.jpg"_s,
            u"image/jpeg"_s, bytes.size(), u"you too"_s));
        QVERIFY(sendFile(*m_alice, kBob, MessageKind::Media, done->fileId)); // and again
        for (TestClient *c : {m_bob.get(), m_carol.get()}) {
            const auto msg = c->waitFor<ChatMessage>();
            QVERIFY(msg && msg->content.file);
            QCOMPARE(msg->content.file->fileId, done->fileId);
            QCOMPARE(msg->content.file->mime, u"image/jpeg"_s);
            const DownloadResult down = download(*c, done->fileId);
            QVERIFY2(down.complete(), qPrintable(describe(down.error)));
            QCOMPARE(sha256(down.data), sha256(bytes));
            const auto reply = confirmDownloaded(*c, done->fileId);
            QVERIFY(reply && std::holds_alternative<Done>(reply->frame));
        }
        QVERIFY(m_bob->waitFor<ChatMessage>());
    }

    // Files, download rights and unfinished uploads survive a restart of the server.
    void filesSurviveARestart()
    {
        const QByteArray sent = makeContent(kMiB + 17, Content::Pdf, 207);
        const auto done = uploadOk(*m_alice, FileKind::Document, u"keep.pdf"_s, sent);
        QVERIFY(done);
        QVERIFY(sendFile(*m_alice, kBob, MessageKind::Document, done->fileId));
        QVERIFY(m_bob->waitFor<ChatMessage>());
        const QByteArray half = makeContent(2 * kMiB + 5, Content::Random, 208);
        const UploadSource halfSource = UploadSource::fromBytes(half);
        const Upload halfFrame = uploadFrame(FileKind::Document, u"half.bin"_s, halfSource);
        UploadResult up = announceUpload(*m_alice, halfFrame);
        QVERIFY2(up.ready, qPrintable(describe(up)));
        QVERIFY(sendChunks(*m_alice, up, halfSource, kMiB));

        m_alice.reset();
        m_bob.reset();
        m_carol.reset();
        QVERIFY(m_server->restart());
        m_alice = std::make_unique<TestClient>();
        m_bob = std::make_unique<TestClient>();
        m_carol = std::make_unique<TestClient>();
        QVERIFY(m_alice->login(m_server->url(), kAlice));
        QVERIFY(m_bob->login(m_server->url(), kBob));
        QVERIFY(m_carol->login(m_server->url(), kCarol));

        const DownloadResult down = download(*m_bob, done->fileId);
        QVERIFY2(down.complete(), qPrintable(describe(down.error)));
        QCOMPARE(sha256(down.data), sha256(sent));
        QVERIFY(verifyNotFound(*m_carol, done->fileId));

        Upload resume = halfFrame;
        resume.fileId = up.fileId();
        UploadResult again = announceUpload(*m_alice, resume);
        QVERIFY2(again.ready, qPrintable(describe(again)));
        QCOMPARE(again.ready->offset, kMiB);
        QVERIFY(sendChunks(*m_alice, again, halfSource));
        QVERIFY2(again.done, qPrintable(describe(again)));
        QCOMPARE(sha256(download(*m_alice, up.fileId()).data), sha256(half));
    }
};

QTEST_GUILESS_MAIN(TestFileAccess)
#include "TestFileAccess.moc"
