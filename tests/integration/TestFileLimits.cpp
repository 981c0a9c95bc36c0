// What natterd refuses in an upload (docs/protocol.md 11.2–11.4), against a real server: sizes at
// and just over the media and document limits, mislabelled files, more bytes than declared, a
// wrong hash, media that is no media, the MIME type the server decides on, and the transfer cap.
// A refusal must leave nothing on the server's disk and the other users unaffected.
#include "FileTransferFixture.h"

#include <QTemporaryDir>

namespace {
const qint64 kMediaLimit = 16 * kMiB;
const qint64 kDocumentLimit = 100 * kMiB;
} // namespace

Q_DECLARE_METATYPE(natter::test::Content)

class TestFileLimits : public FileTransferFixture
{
    Q_OBJECT

    // Announces an upload of `size` bytes that the server must refuse at once with `code`:
    // the answer carries the rid, no upload_ready follows, nothing lands on the disk.
    void verifyRefusedAtAnnounce(
        FileKind kind, const QString &name, const QString &mime, qint64 size, ErrorCode code)
    {
        const QStringList before = storedFiles(m_server->dataDir());
        const QJsonValue rid = newRid();
        m_alice->send(Upload {kind, name, mime, size, sha256("whatever"), {}}, rid);
        const auto e = errorReplyTo(*m_alice, rid);
        QVERIFY2(e, qPrintable(describe(m_alice->inbox())));
        QCOMPARE(e->code, code);
        QVERIFY2(
            !m_alice->receivesWithin<UploadReady>(200), qPrintable(describe(m_alice->inbox())));
        QCOMPARE(storedFiles(m_server->dataDir()), before);
        QVERIFY(m_alice->isConnected());
    }

    // The upload ended with `code` about this transfer and file, and left nothing behind: the
    // file cannot be downloaded, resumed or sent.
    void verifyDiscarded(
        const UploadResult &r, const Upload &frame, ErrorCode code, const QStringList &before)
    {
        QVERIFY2(r.ready, qPrintable(describe(r)));
        QVERIFY2(!r.done, qPrintable(describe(r)));
        QVERIFY2(r.error, qPrintable(describe(r) + u" | "_s + describe(m_alice->inbox())));
        QCOMPARE(r.error->code, code);
        QCOMPARE(r.error->transfer, r.transfer());
        QCOMPARE(r.error->fileId, r.fileId());
        QTRY_COMPARE(storedFiles(m_server->dataDir()), before);
        QVERIFY(m_alice->isConnected());

        const DownloadResult down = download(*m_alice, r.fileId());
        QVERIFY(!down.ready);
        QVERIFY(down.error);
        QCOMPARE(down.error->code, ErrorCode::NotFound);
        Upload resume = frame;
        resume.fileId = r.fileId();
        const UploadResult again = announceUpload(*m_alice, resume);
        QVERIFY2(
            again.error && again.error->code == ErrorCode::NotFound, qPrintable(describe(again)));
        const auto refused = sendRefused(*m_alice, kBob, MessageKind::Document, r.fileId());
        QVERIFY(refused);
        QCOMPARE(refused->code, ErrorCode::NotFound);
        QVERIFY(!m_bob->receivesWithin<ChatMessage>(100));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        m_mediaAtLimit = m_files.filePath(u"limit.png"_s);
        m_documentAtLimit = m_files.filePath(u"limit.bin"_s);
        m_mediaAtLimitHash = writeContentFile(m_mediaAtLimit, kMediaLimit, Content::Png, 1);
        m_documentAtLimitHash
            = writeContentFile(m_documentAtLimit, kDocumentLimit, Content::Random, 2);
        QVERIFY(!m_mediaAtLimitHash.isEmpty());
        QVERIFY(!m_documentAtLimitHash.isEmpty());
    }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void mediaAtTheLimitIsAccepted()
    {
        const UploadResult r = upload(*m_alice, FileKind::Media, u"limit.png"_s,
            UploadSource::fromFile(m_mediaAtLimit, m_mediaAtLimitHash), u"image/png"_s);
        QVERIFY2(r.done, qPrintable(describe(r)));
        QCOMPARE(r.done->size, kMediaLimit);
        QCOMPARE(r.done->mime, u"image/png"_s);
        QVERIFY(storedBytes(m_server->dataDir()) >= kMediaLimit);
    }

    void mediaOverTheLimitIsRefused()
    {
        verifyRefusedAtAnnounce(
            FileKind::Media, u"big.png"_s, u"image/png"_s, kMediaLimit + 1, ErrorCode::TooLarge);
    }

    void documentAtTheLimitIsAccepted()
    {
        const UploadResult r = upload(*m_alice, FileKind::Document, u"limit.bin"_s,
            UploadSource::fromFile(m_documentAtLimit, m_documentAtLimitHash));
        QVERIFY2(r.done, qPrintable(describe(r)));
        QCOMPARE(r.done->size, kDocumentLimit);
        QVERIFY(storedBytes(m_server->dataDir()) >= kDocumentLimit);

        const DownloadResult down = download(*m_alice, r.done->fileId, 0, -1, kHashOnly);
        QVERIFY2(down.complete(), qPrintable(describe(down.error)));
        QVERIFY(down.inOrder);
        QVERIFY(down.maxChunk <= kMiB);
        QCOMPARE(down.ready->sha256, m_documentAtLimitHash);
        QCOMPARE(down.sha256, m_documentAtLimitHash);
    }

    void documentOverTheLimitIsRefused()
    {
        verifyRefusedAtAnnounce(
            FileKind::Document, u"big.bin"_s, {}, kDocumentLimit + 1, ErrorCode::TooLarge);
    }

    // A 90 MB video announced as media with a photo's name: the media limit applies.
    void mislabelledBigFileIsRefused()
    {
        verifyRefusedAtAnnounce(
            FileKind::Media, u"x.jpg"_s, u"image/jpeg"_s, 90 * kMiB, ErrorCode::TooLarge);
    }

    // A photo over the media limit may go as a document: the document limit applies and the
    // server still says what it is.
    void bigPhotoAsDocumentIsAccepted()
    {
        const QByteArray photo = makeContent(kMediaLimit + kMiB, Content::Jpeg, 3);
        const auto done
            = uploadOk(*m_alice, FileKind::Document, u"panorama.jpg"_s, photo, u"image/jpeg"_s);
        QVERIFY(done);
        QCOMPARE(done->size, photo.size());
        QCOMPARE(done->mime, u"image/jpeg"_s);
    }

    // Alice declares 1 MiB + 10 bytes and sends 2 MiB: too_large, the upload is gone and her
    // connection is closed with 1008. Bob, uploading at the same time, carries on.
    void moreBytesThanDeclaredClosesTheConnection()
    {
        const QByteArray bobBytes = makeContent(3 * kMiB, Content::Random, 4);
        const UploadSource bobSource = UploadSource::fromBytes(bobBytes);
        UploadResult bob
            = announceUpload(*m_bob, uploadFrame(FileKind::Document, u"bob.bin"_s, bobSource));
        QVERIFY2(bob.ready, qPrintable(describe(bob)));
        QVERIFY(sendChunks(*m_bob, bob, bobSource, kMiB));
        const QStringList withBobsPart = storedFiles(m_server->dataDir());

        const QByteArray bytes = makeContent(2 * kMiB, Content::Random, 5);
        const Upload frame {
            FileKind::Document, u"liar.bin"_s, {}, kMiB + 10, sha256(bytes.left(kMiB + 10)), {}};
        const UploadResult liar = announceUpload(*m_alice, frame);
        QVERIFY2(liar.ready, qPrintable(describe(liar)));
        m_alice->sendBinary(encodeChunk(liar.transfer(), 0, bytes.left(kMiB)));
        m_alice->sendBinary(encodeChunk(liar.transfer(), kMiB, bytes.mid(kMiB)));
        const auto e = waitForTransferError(*m_alice, liar.transfer(), liar.fileId());
        QVERIFY2(e, qPrintable(describe(m_alice->inbox())));
        QCOMPARE(e->code, ErrorCode::TooLarge);
        QCOMPARE(e->transfer, liar.transfer());
        QCOMPARE(e->fileId, liar.fileId());
        QCOMPARE(m_alice->count<UploadDone>(), 0);
        QVERIFY(m_alice->waitForDisconnected());
        QCOMPARE(m_alice->closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        QCOMPARE(m_alice->closeReason(), u"upload larger than declared"_s);
        QTRY_COMPARE(storedFiles(m_server->dataDir()), withBobsPart);

        // Bob's connection and upload are fine.
        const QString cid = m_bob->sendText(kCarol, u"still here"_s);
        QVERIFY(m_bob->waitFor<Ack>([&](const Ack &a) { return a.clientId == cid; }));
        QVERIFY(m_carol->waitFor<ChatMessage>());
        QVERIFY(sendChunks(*m_bob, bob, bobSource));
        QVERIFY2(bob.done, qPrintable(describe(bob)));
        const DownloadResult down = download(*m_bob, bob.done->fileId);
        QVERIFY(down.complete());
        QCOMPARE(sha256(down.data), sha256(bobBytes));

        // Alice's upload cannot be resumed.
        m_alice = reconnect(m_alice, kAlice);
        QVERIFY(m_alice);
        Upload resume = frame;
        resume.fileId = liar.fileId();
        const UploadResult again = announceUpload(*m_alice, resume);
        QVERIFY2(
            again.error && again.error->code == ErrorCode::NotFound, qPrintable(describe(again)));
        QCOMPARE(again.error->fileId, liar.fileId());
    }

    // All bytes arrive but they do not hash to the announced sha256.
    void wrongHashIsDiscarded()
    {
        const QStringList before = storedFiles(m_server->dataDir());
        const QByteArray bytes = makeContent(2 * kMiB + 1, Content::Random, 6);
        const UploadSource source = UploadSource::fromBytes(bytes);
        Upload frame = uploadFrame(FileKind::Document, u"corrupt.bin"_s, source);
        frame.sha256 = sha256("not these bytes");
        const UploadResult r = upload(*m_alice, frame, source);
        verifyDiscarded(r, frame, ErrorCode::HashMismatch, before);
    }

    void mediaThatIsNoMediaIsDiscarded_data()
    {
        QTest::addColumn<Content>("content");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mime");
        QTest::addRow("PDF named .jpg") << Content::Pdf << u"x.jpg"_s << u"image/jpeg"_s;
        QTest::addRow("random bytes named .png") << Content::Random << u"x.png"_s << u"image/png"_s;
        QTest::addRow("text named .mp4") << Content::Text << u"x.mp4"_s << QString();
    }
    void mediaThatIsNoMediaIsDiscarded()
    {
        QFETCH(Content, content);
        QFETCH(QString, name);
        QFETCH(QString, mime);
        const QStringList before = storedFiles(m_server->dataDir());
        const QByteArray bytes = makeContent(300 * 1024, content, 7);
        const UploadSource source = UploadSource::fromBytes(bytes);
        const Upload frame = uploadFrame(FileKind::Media, name, source, mime);
        const UploadResult r = upload(*m_alice, frame, source);
        verifyDiscarded(r, frame, ErrorCode::KindMismatch, before);
    }

    void mediaMimeIsSniffed_data()
    {
        QTest::addColumn<Content>("content");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("clientMime");
        QTest::addColumn<QString>("expected");
        QTest::addRow("PNG") << Content::Png << u"a.png"_s << u"image/png"_s << u"image/png"_s;
        QTest::addRow("JPEG named .png")
            << Content::Jpeg << u"a.png"_s << u"image/png"_s << u"image/jpeg"_s;
        QTest::addRow("MP4 without a client type")
            << Content::Mp4 << u"clip"_s << QString() << u"video/mp4"_s;
    }
    void mediaMimeIsSniffed()
    {
        QFETCH(Content, content);
        QFETCH(QString, name);
        QFETCH(QString, clientMime);
        QFETCH(QString, expected);
        const QByteArray bytes = makeContent(200 * 1024 + 1, content, 8);
        const auto done = uploadOk(*m_alice, FileKind::Media, name, bytes, clientMime);
        QVERIFY(done);
        QCOMPARE(done->mime, expected);
        const DownloadResult down = download(*m_alice, done->fileId);
        QVERIFY(down.complete());
        QCOMPARE(down.ready->mime, expected);
        QCOMPARE(down.ready->name, name);
    }

    void documentMime_data()
    {
        QTest::addColumn<Content>("content");
        QTest::addColumn<QString>("clientMime");
        QTest::addColumn<QString>("expected");
        QTest::addRow("PDF") << Content::Pdf << u"application/pdf"_s << u"application/pdf"_s;
        QTest::addRow("PDF with a wrong client guess")
            << Content::Pdf << u"image/png"_s << u"application/pdf"_s;
        QTest::addRow("video sent as document") << Content::Mp4 << QString() << u"video/mp4"_s;
        QTest::addRow("unknown bytes, client's type")
            << Content::Random << u"application/x-natter-test"_s << u"application/x-natter-test"_s;
        QTest::addRow("unknown bytes, malformed client type")
            << Content::Random << u"not a mime"_s << u"application/octet-stream"_s;
        QTest::addRow("unknown bytes, no client type")
            << Content::Random << QString() << u"application/octet-stream"_s;
        QTest::addRow("text, client's type")
            << Content::Text << u"text/markdown"_s << u"text/markdown"_s;
        QTest::addRow("text, no client type") << Content::Text << QString() << u"text/plain"_s;
    }
    void documentMime()
    {
        QFETCH(Content, content);
        QFETCH(QString, clientMime);
        QFETCH(QString, expected);
        const QByteArray bytes = makeContent(100 * 1024 + 3, content, 9);
        const auto done = uploadOk(*m_alice, FileKind::Document, u"file.dat"_s, bytes, clientMime);
        QVERIFY(done);
        QCOMPARE(done->mime, expected);
        QVERIFY(sendFile(*m_alice, kBob, MessageKind::Document, done->fileId, u"file.dat"_s,
            u"application/x-lie"_s, bytes.size()));
        const auto msg = m_bob->waitFor<ChatMessage>();
        QVERIFY(msg && msg->content.file);
        QCOMPARE(msg->content.file->mime, expected);
    }

    // Eight transfers at once per connection; the ninth is rate_limited until one ends.
    void atMostEightTransfersAtOnce()
    {
        QList<UploadResult> running;
        for (int i = 0; i < 8; ++i) {
            const QByteArray bytes = makeContent(1000 + i, Content::Random, 10 + i);
            running.append(announceUpload(*m_alice,
                uploadFrame(
                    FileKind::Document, u"f%1.bin"_s.arg(i), UploadSource::fromBytes(bytes))));
            QVERIFY2(running.last().ready, qPrintable(describe(running.last())));
        }
        const UploadSource ninth = UploadSource::fromBytes(makeContent(5000, Content::Random, 30));
        const UploadResult refused
            = announceUpload(*m_alice, uploadFrame(FileKind::Document, u"f9.bin"_s, ninth));
        QVERIFY2(refused.error, qPrintable(describe(refused)));
        QCOMPARE(refused.error->code, ErrorCode::RateLimited);

        // A download is a transfer too (Alice may download her own file; Bob uploads one for her).
        const auto bobs = uploadOk(
            *m_bob, FileKind::Document, u"bob.bin"_s, makeContent(100, Content::Random, 31));
        QVERIFY(bobs);
        QVERIFY(sendFile(*m_bob, kAlice, MessageKind::Document, bobs->fileId));
        QVERIFY(m_alice->waitFor<ChatMessage>());
        const DownloadResult down = download(*m_alice, bobs->fileId);
        QVERIFY(down.error);
        QCOMPARE(down.error->code, ErrorCode::RateLimited);

        // Other connections are not affected.
        QVERIFY(uploadOk(
            *m_carol, FileKind::Document, u"c.bin"_s, makeContent(100, Content::Random, 32)));

        const QJsonValue rid = newRid();
        m_alice->send(TransferCancel {running.first().transfer()}, rid);
        const auto reply = m_alice->waitForRid(rid);
        QVERIFY(reply && std::holds_alternative<Done>(reply->frame));
        UploadResult now
            = upload(*m_alice, uploadFrame(FileKind::Document, u"f9.bin"_s, ninth), ninth);
        QVERIFY2(now.done, qPrintable(describe(now)));
    }

private:
    QTemporaryDir m_files;
    QString m_mediaAtLimit;
    QString m_documentAtLimit;
    QByteArray m_mediaAtLimitHash;
    QByteArray m_documentAtLimitHash;
};

QTEST_GUILESS_MAIN(TestFileLimits)
#include "TestFileLimits.moc"
