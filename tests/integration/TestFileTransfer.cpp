// File transfers end to end against a real natterd (docs/protocol.md section 11): the full cycle
// upload → message → download → downloaded, an offline receiver, resuming interrupted uploads and
// downloads, chunks in the wrong place, and cancelling. Limits and content checks are in
// TestFileLimits, who may download and reference a file in TestFileAccess.
#include "FileTransferFixture.h"

#include <QTemporaryDir>

class TestFileTransfer : public FileTransferFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    // Alice uploads a photo, sends it to Bob with a wrong name/mime/size in the message; Bob
    // gets the server's record, downloads the exact bytes and confirms.
    void fullCycle()
    {
        const QByteArray photo = makeContent(2 * kMiB + kMiB / 2 + 123, Content::Png, 7);
        const UploadResult up = upload(*m_alice, FileKind::Media, u"holiday.png"_s,
            UploadSource::fromBytes(photo), u"image/png"_s);
        QVERIFY2(up.done, qPrintable(describe(up)));
        QVERIFY(up.ready);
        QCOMPARE(up.ready->offset, 0);
        QCOMPARE(up.ready->window, 4 * kMiB);
        QVERIFY(up.ready->transfer != 0);
        QVERIFY2(looksLikeFileId(up.ready->fileId), qPrintable(up.ready->fileId));
        QCOMPARE(up.committed, photo.size()); // upload_progress confirmed every byte
        QCOMPARE(up.done->transfer, up.ready->transfer);
        QCOMPARE(up.done->fileId, up.ready->fileId);
        QCOMPARE(up.done->size, photo.size());
        QCOMPARE(up.done->mime, u"image/png"_s);
        const QString fileId = up.done->fileId;

        // Another upload of the same bytes is another file, with another id.
        const auto again = uploadOk(*m_alice, FileKind::Media, u"holiday.png"_s, photo);
        QVERIFY(again);
        QVERIFY(again->fileId != fileId);

        const auto ack = sendFile(*m_alice, kBob, MessageKind::Media, fileId, u"renamed.gif"_s,
            u"image/gif"_s, 42, u"the beach"_s);
        QVERIFY2(ack, qPrintable(describe(m_alice->inbox())));
        const auto msg = m_bob->waitFor<ChatMessage>();
        QVERIFY(msg);
        QCOMPARE(msg->serverId, ack->serverId);
        QCOMPARE(msg->from, kAlice);
        QCOMPARE(msg->content.kind, MessageKind::Media);
        QCOMPARE(msg->content.text, u"the beach"_s);
        QVERIFY(msg->content.file);
        QCOMPARE(msg->content.file->fileId, fileId);
        QCOMPARE(msg->content.file->name, u"holiday.png"_s);
        QCOMPARE(msg->content.file->mime, u"image/png"_s);
        QCOMPARE(msg->content.file->size, photo.size());

        const DownloadResult down = download(*m_bob, fileId);
        QVERIFY2(down.ready, qPrintable(describe(down.error)));
        QVERIFY(down.ready->transfer != 0);
        QCOMPARE(down.ready->fileId, fileId);
        QCOMPARE(down.ready->name, u"holiday.png"_s);
        QCOMPARE(down.ready->mime, u"image/png"_s);
        QCOMPARE(down.ready->size, photo.size());
        QCOMPARE(down.ready->offset, 0);
        QCOMPARE(down.ready->sha256, sha256(photo));
        QVERIFY2(!down.error, qPrintable(describe(down.error)));
        QVERIFY(down.complete());
        QVERIFY(down.inOrder);
        QVERIFY(down.maxChunk <= kMiB);
        QCOMPARE(down.received, photo.size());
        QCOMPARE(sha256(down.data), sha256(photo));

        const auto confirmed = confirmDownloaded(*m_bob, fileId);
        QVERIFY(confirmed);
        QVERIFY2(
            std::holds_alternative<Done>(confirmed->frame), qPrintable(describe(m_bob->inbox())));
        // Twice is harmless.
        const auto twice = confirmDownloaded(*m_bob, fileId);
        QVERIFY(twice && std::holds_alternative<Done>(twice->frame));
    }

    // Bob is offline when Alice sends him a document; after login the message arrives in the
    // catch-up and the file can be downloaded.
    void offlineReceiverGetsFileAfterLogin()
    {
        m_bob->close();
        const QByteArray doc = makeContent(1 * kMiB + 999, Content::Pdf, 11);
        const auto done
            = uploadOk(*m_alice, FileKind::Document, u"contract.pdf"_s, doc, u"application/pdf"_s);
        QVERIFY(done);
        QCOMPARE(done->mime, u"application/pdf"_s);
        const auto ack = sendFile(*m_alice, kBob, MessageKind::Document, done->fileId,
            u"contract.pdf"_s, u"application/pdf"_s, doc.size());
        QVERIFY(ack);

        m_bob = std::make_unique<TestClient>();
        QVERIFY(m_bob->login(m_server->url(), kBob));
        const auto msg = m_bob->waitFor<ChatMessage>(
            [&](const ChatMessage &m) { return m.serverId == ack->serverId; });
        QVERIFY2(msg, qPrintable(describe(m_bob->inbox())));
        QCOMPARE(msg->content.kind, MessageKind::Document);
        QVERIFY(msg->content.file);
        QCOMPARE(msg->content.file->fileId, done->fileId);
        QCOMPARE(msg->content.file->name, u"contract.pdf"_s);
        QCOMPARE(msg->content.file->mime, u"application/pdf"_s);
        QCOMPARE(msg->content.file->size, doc.size());
        QVERIFY(m_bob->waitFor<SyncDone>());

        const DownloadResult down = download(*m_bob, done->fileId);
        QVERIFY2(down.complete(), qPrintable(describe(down.error)));
        QCOMPARE(sha256(down.data), sha256(doc));
        QCOMPARE(down.ready->sha256, sha256(doc));
        const auto confirmed = confirmDownloaded(*m_bob, done->fileId);
        QVERIFY(confirmed && std::holds_alternative<Done>(confirmed->frame));
    }

    void interruptedUploadResumes_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addRow("link lost after confirmed chunks") << u"confirmed"_s;
        QTest::addRow("link lost with chunks in flight") << u"in-flight"_s;
        QTest::addRow("logged out") << u"logout"_s;
    }
    // The upload continues on a new connection from the offset the server committed, and the
    // stored file is byte for byte the original.
    void interruptedUploadResumes()
    {
        QFETCH(QString, how);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"video-notes.bin"_s);
        const qint64 size = 6 * kMiB + 5;
        const QByteArray hash = writeContentFile(path, size, Content::Random, 21);
        QVERIFY(!hash.isEmpty());
        const UploadSource source = UploadSource::fromFile(path);
        const Upload frame = uploadFrame(FileKind::Document, u"video-notes.bin"_s, source);

        UploadResult first = announceUpload(*m_alice, frame);
        QVERIFY2(first.ready, qPrintable(describe(first)));
        const QString fileId = first.ready->fileId;
        QVERIFY(sendChunks(*m_alice, first, source, 2 * kMiB));
        QCOMPARE(first.committed, 2 * kMiB);
        QVERIFY2(!first.error && !first.done, qPrintable(describe(first)));
        if (how == u"in-flight"_s) {
            // Two more chunks leave, unconfirmed, and the link goes at once.
            for (qint64 at = 2 * kMiB; at < 4 * kMiB; at += kMiB)
                m_alice->sendBinary(encodeChunk(first.transfer(), at, source.read(at, kMiB)));
            first.sent = 4 * kMiB;
        } else if (how == u"logout"_s) {
            const QJsonValue rid = newRid();
            m_alice->send(Logout {}, rid);
            const auto reply = m_alice->waitForRid(rid);
            QVERIFY(reply && std::holds_alternative<LoggedOut>(reply->frame));
        }
        m_alice = reconnect(m_alice, kAlice);
        QVERIFY(m_alice);

        Upload resume = frame;
        resume.fileId = fileId;
        UploadResult second = announceUpload(*m_alice, resume);
        QVERIFY2(second.ready, qPrintable(describe(second)));
        QCOMPARE(second.ready->fileId, fileId);
        QVERIFY(second.ready->transfer != 0);
        QVERIFY(second.ready->window > 0);
        if (how == u"in-flight"_s) {
            QVERIFY2(second.ready->offset >= 2 * kMiB && second.ready->offset <= 4 * kMiB,
                qPrintable(QString::number(second.ready->offset)));
        } else {
            QCOMPARE(second.ready->offset, 2 * kMiB);
        }
        QVERIFY(sendChunks(*m_alice, second, source));
        QVERIFY2(second.done, qPrintable(describe(second)));
        QCOMPARE(second.done->fileId, fileId);
        QCOMPARE(second.done->size, size);

        QTemporaryDir out;
        const QString target = out.filePath(u"downloaded.bin"_s);
        const DownloadResult down = download(*m_alice, fileId, 0, -1, target);
        QVERIFY2(down.complete(), qPrintable(describe(down.error)));
        QVERIFY(down.inOrder);
        QCOMPARE(sha256OfFile(target), hash);
        QCOMPARE(down.ready->sha256, hash);
    }

    // A resume of an upload that is already complete (the upload_done got lost) is answered
    // with upload_done at once.
    void resumingAFinishedUploadIsIdempotent()
    {
        const QByteArray bytes = makeContent(kMiB + 3, Content::Random, 31);
        const UploadSource source = UploadSource::fromBytes(bytes);
        const Upload frame
            = uploadFrame(FileKind::Document, u"notes.bin"_s, source, u"application/x-notes"_s);
        const UploadResult first = upload(*m_alice, frame, source);
        QVERIFY2(first.done, qPrintable(describe(first)));

        m_alice = reconnect(m_alice, kAlice);
        QVERIFY(m_alice);
        Upload resume = frame;
        resume.fileId = first.done->fileId;
        const UploadResult again = announceUpload(*m_alice, resume);
        QVERIFY2(again.done, qPrintable(describe(again) + describe(m_alice->inbox())));
        QVERIFY(!again.ready);
        QCOMPARE(again.done->fileId, first.done->fileId);
        QCOMPARE(again.done->size, bytes.size());
        QCOMPARE(again.done->mime, first.done->mime);
    }

    void resumeWithOtherParametersIsRefused_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addRow("other size") << u"size"_s;
        QTest::addRow("other sha256") << u"sha256"_s;
        QTest::addRow("other kind") << u"kind"_s;
        QTest::addRow("other user") << u"owner"_s;
        QTest::addRow("unknown file id") << u"id"_s;
    }
    // Resuming needs the same user, kind, size and hash; anything else is not_found (with the
    // file_id) and leaves the real upload resumable.
    void resumeWithOtherParametersIsRefused()
    {
        QFETCH(QString, change);
        const QByteArray bytes = makeContent(3 * kMiB, Content::Jpeg, 41);
        const UploadSource source = UploadSource::fromBytes(bytes);
        const Upload frame = uploadFrame(FileKind::Media, u"photo.jpg"_s, source, u"image/jpeg"_s);
        UploadResult first = announceUpload(*m_alice, frame);
        QVERIFY2(first.ready, qPrintable(describe(first)));
        QVERIFY(sendChunks(*m_alice, first, source, kMiB));
        QCOMPARE(first.committed, kMiB);
        const QString fileId = first.ready->fileId;
        m_alice = reconnect(m_alice, kAlice);
        QVERIFY(m_alice);

        Upload wrong = frame;
        wrong.fileId = fileId;
        TestClient *client = m_alice.get();
        if (change == u"size"_s)
            wrong.size += 1;
        else if (change == u"sha256"_s)
            wrong.sha256 = sha256("something else");
        else if (change == u"kind"_s)
            wrong.kind = FileKind::Document;
        else if (change == u"owner"_s)
            client = m_bob.get();
        else
            wrong.fileId = u"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s;
        const QJsonValue rid = newRid();
        client->send(wrong, rid);
        const auto e = errorReplyTo(*client, rid);
        QVERIFY2(e, qPrintable(describe(client->inbox())));
        QCOMPARE(e->code, ErrorCode::NotFound);
        QCOMPARE(e->fileId, wrong.fileId);

        // The real upload is untouched: it resumes at 1 MiB and completes.
        Upload right = frame;
        right.fileId = fileId;
        UploadResult resumed = announceUpload(*m_alice, right);
        QVERIFY2(resumed.ready, qPrintable(describe(resumed)));
        QCOMPARE(resumed.ready->offset, kMiB);
        QVERIFY(sendChunks(*m_alice, resumed, source));
        QVERIFY2(resumed.done, qPrintable(describe(resumed)));
        QCOMPARE(resumed.done->mime, u"image/jpeg"_s);
    }

    // A chunk that is not where the upload stands is dropped with bad_field naming both
    // offsets; the upload goes on from where it was.
    void chunkAtWrongOffsetIsDropped()
    {
        const QByteArray bytes = makeContent(3 * kMiB + 10, Content::Random, 51);
        const UploadSource source = UploadSource::fromBytes(bytes);
        UploadResult up
            = announceUpload(*m_alice, uploadFrame(FileKind::Document, u"data.bin"_s, source));
        QVERIFY2(up.ready, qPrintable(describe(up)));
        QVERIFY(sendChunks(*m_alice, up, source, kMiB));
        QCOMPARE(up.committed, kMiB);

        for (const qint64 wrongAt : {2 * kMiB, qint64(0), kMiB + 1}) {
            m_alice->sendBinary(encodeChunk(up.transfer(), wrongAt, bytes.mid(wrongAt, 1000)));
            const auto e = waitForTransferError(*m_alice, up.transfer(), up.fileId());
            QVERIFY2(e, qPrintable(describe(m_alice->inbox())));
            QCOMPARE(e->code, ErrorCode::BadField);
            QCOMPARE(e->transfer, up.transfer());
            QCOMPARE(e->fileId, up.fileId());
            QVERIFY2(e->message.contains(QString::number(wrongAt))
                    && e->message.contains(QString::number(kMiB)),
                qPrintable(e->message));
        }
        QCOMPARE(m_alice->count<UploadProgress>(), 0);
        QVERIFY(m_alice->isConnected());

        up.sent = up.committed;
        QVERIFY(sendChunks(*m_alice, up, source));
        QVERIFY2(up.done, qPrintable(describe(up)));
        const DownloadResult down = download(*m_alice, up.done->fileId);
        QVERIFY(down.complete());
        QCOMPARE(sha256(down.data), sha256(bytes));
    }

    // A payload over max_chunk_bytes (still under the socket limit) is refused and dropped.
    void oversizedChunkIsRefused()
    {
        const QByteArray bytes = makeContent(3 * kMiB, Content::Random, 52);
        const UploadSource source = UploadSource::fromBytes(bytes);
        UploadResult up
            = announceUpload(*m_alice, uploadFrame(FileKind::Document, u"big-chunks.bin"_s, source));
        QVERIFY2(up.ready, qPrintable(describe(up)));
        m_alice->sendBinary(encodeChunk(up.transfer(), 0, bytes.left(kMiB + 1)));
        const auto e = waitForTransferError(*m_alice, up.transfer(), up.fileId());
        QVERIFY2(e, qPrintable(describe(m_alice->inbox())));
        QCOMPARE(e->code, ErrorCode::TooLarge);
        QVERIFY2(e->message.contains(QString::number(kMiB)), qPrintable(e->message));
        QCOMPARE(m_alice->count<UploadProgress>(), 0);
        QVERIFY(m_alice->isConnected());

        // Nothing of it was taken: the upload goes on from 0 and completes.
        QVERIFY(sendChunks(*m_alice, up, source));
        QVERIFY2(up.done, qPrintable(describe(up)));
        const DownloadResult down = download(*m_alice, up.done->fileId);
        QVERIFY(down.complete());
        QCOMPARE(sha256(down.data), sha256(bytes));
    }

    // Binary messages that belong to no upload of this connection.
    void strayChunksAreRefused()
    {
        // Unknown transfer.
        m_alice->sendBinary(encodeChunk(77, 0, "hello"));
        auto e = m_alice->waitForError();
        QVERIFY(e);
        QCOMPARE(e->code, ErrorCode::UnexpectedBinary);
        QCOMPARE(e->transfer, 0u);
        QVERIFY(e->fileId.isEmpty());

        // A header without payload, and less than a header.
        m_alice->sendBinary(QByteArray(12, '\0'));
        e = m_alice->waitForError();
        QVERIFY(e);
        QCOMPARE(e->code, ErrorCode::BadFrame);
        m_alice->sendBinary(QByteArray(5, '\1'));
        e = m_alice->waitForError();
        QVERIFY(e);
        QCOMPARE(e->code, ErrorCode::BadFrame);

        // A download's handle.
        const auto done = uploadOk(
            *m_alice, FileKind::Document, u"a.bin"_s, makeContent(3 * kMiB, Content::Random, 61));
        QVERIFY(done);
        const DownloadResult down = download(*m_alice, done->fileId, 0, 1);
        QVERIFY(down.ready);
        m_alice->sendBinary(encodeChunk(down.ready->transfer, 0, "hello"));
        e = m_alice->waitForError(ErrorCode::UnexpectedBinary);
        QVERIFY2(e, qPrintable(describe(m_alice->inbox())));
        QCOMPARE(e->transfer, 0u);
        QVERIFY(e->fileId.isEmpty());

        // A finished upload's handle.
        const UploadResult small = upload(*m_alice, FileKind::Document, u"b.bin"_s,
            UploadSource::fromBytes(makeContent(100, Content::Random, 62)));
        QVERIFY(small.done);
        m_alice->sendBinary(encodeChunk(small.transfer(), 100, "x"));
        e = m_alice->waitForError(ErrorCode::UnexpectedBinary);
        QVERIFY2(e, qPrintable(describe(m_alice->inbox())));

        // Before login.
        TestClient anonymous;
        QVERIFY(anonymous.connectTo(m_server->url()));
        anonymous.sendBinary(encodeChunk(1, 0, "hello"));
        e = anonymous.waitForError();
        QVERIFY(e);
        QCOMPARE(e->code, ErrorCode::UnexpectedBinary);

        // The connection still works.
        const QString cid = m_alice->sendText(kBob, u"still here"_s);
        QVERIFY(m_alice->waitFor<Ack>([&](const Ack &a) { return a.clientId == cid; }));
    }

    // transfer_cancel discards an upload: done, the part file goes, the id cannot be resumed.
    void cancelledUploadIsDiscarded()
    {
        const QStringList before = storedFiles(m_server->dataDir());
        const QByteArray bytes = makeContent(3 * kMiB, Content::Random, 71);
        const UploadSource source = UploadSource::fromBytes(bytes);
        const Upload frame = uploadFrame(FileKind::Document, u"draft.bin"_s, source);
        UploadResult up = announceUpload(*m_alice, frame);
        QVERIFY2(up.ready, qPrintable(describe(up)));
        QVERIFY(sendChunks(*m_alice, up, source, kMiB));

        QJsonValue rid = newRid();
        m_alice->send(TransferCancel {up.transfer()}, rid);
        auto reply = m_alice->waitForRid(rid);
        QVERIFY2(reply && std::holds_alternative<Done>(reply->frame),
            qPrintable(describe(m_alice->inbox())));
        QTRY_COMPARE(storedFiles(m_server->dataDir()), before);

        // Its chunks are now stray.
        m_alice->sendBinary(encodeChunk(up.transfer(), kMiB, bytes.mid(kMiB, kMiB)));
        QVERIFY(m_alice->waitForError(ErrorCode::UnexpectedBinary));
        // It cannot be resumed, here or on another connection.
        Upload resume = frame;
        resume.fileId = up.fileId();
        rid = newRid();
        m_alice->send(resume, rid);
        auto e = errorReplyTo(*m_alice, rid);
        QVERIFY2(e, qPrintable(describe(m_alice->inbox())));
        QCOMPARE(e->code, ErrorCode::NotFound);
        QCOMPARE(e->fileId, up.fileId());
        // Nor downloaded.
        const DownloadResult down = download(*m_alice, up.fileId());
        QVERIFY(down.error);
        QCOMPARE(down.error->code, ErrorCode::NotFound);

        // Cancelling what is not running: not_found with the transfer.
        rid = newRid();
        m_alice->send(TransferCancel {up.transfer()}, rid);
        e = errorReplyTo(*m_alice, rid);
        QVERIFY2(e, qPrintable(describe(m_alice->inbox())));
        QCOMPARE(e->code, ErrorCode::NotFound);
        QCOMPARE(e->transfer, up.transfer());
        rid = newRid();
        m_alice->send(TransferCancel {4242}, rid);
        e = errorReplyTo(*m_alice, rid);
        QVERIFY(e);
        QCOMPARE(e->code, ErrorCode::NotFound);
        QCOMPARE(storedFiles(m_server->dataDir()), before);
    }

    // transfer_cancel stops a download: done, and no chunks after those already on the way.
    // The file is not affected: it downloads again completely.
    void cancelledDownloadStops()
    {
        const QByteArray bytes = makeContent(32 * kMiB, Content::Random, 81);
        const auto done = uploadOk(*m_alice, FileKind::Document, u"big.bin"_s, bytes);
        QVERIFY(done);

        const DownloadResult partial = download(*m_alice, done->fileId, 0, 1);
        QVERIFY(partial.ready);
        QVERIFY(partial.received >= 1);
        ChunkCollector late(*m_alice); // what still arrives
        const QJsonValue rid = newRid();
        m_alice->send(TransferCancel {partial.ready->transfer}, rid);
        const auto reply = m_alice->waitForRid(rid);
        QVERIFY2(reply && std::holds_alternative<Done>(reply->frame),
            qPrintable(describe(m_alice->inbox())));
        QTest::qWait(300); // chunks that were already in the socket's buffers
        const qint64 after = late.bytesFor(partial.ready->transfer);
        QVERIFY2(partial.received + after < bytes.size(),
            qPrintable(u"%1 of %2 bytes arrived after the cancel"_s.arg(partial.received + after)
                           .arg(bytes.size())));
        QTest::qWait(300);
        QCOMPARE(late.bytesFor(partial.ready->transfer), after); // nothing more

        const DownloadResult full = download(*m_alice, done->fileId);
        QVERIFY(full.complete());
        QCOMPARE(sha256(full.data), sha256(bytes));
    }

    // A download resumes from an offset; the two parts hash to the file's sha256.
    void downloadResumesFromOffset()
    {
        const QByteArray bytes = makeContent(2 * kMiB + kMiB / 2 + 77, Content::Random, 91);
        const auto done = uploadOk(*m_alice, FileKind::Document, u"resume.bin"_s, bytes);
        QVERIFY(done);
        QVERIFY(sendFile(*m_alice, kBob, MessageKind::Document, done->fileId));
        QVERIFY(m_bob->waitFor<ChatMessage>());

        // Bob gets a part, the link drops, and he continues from what he has.
        const DownloadResult first = download(*m_bob, done->fileId, 0, kMiB);
        QVERIFY(first.ready);
        QVERIFY(first.received >= kMiB);
        QVERIFY(first.inOrder);
        m_bob = reconnect(m_bob, kBob);
        QVERIFY(m_bob);
        const qint64 have = std::min<qint64>(first.data.size(), kMiB + 12345);
        const DownloadResult rest = download(*m_bob, done->fileId, have);
        QVERIFY2(rest.ready, qPrintable(describe(rest.error)));
        QCOMPARE(rest.ready->offset, have);
        QCOMPARE(rest.ready->size, bytes.size());
        QVERIFY(rest.complete());
        QVERIFY(rest.inOrder);
        QCOMPARE(rest.received, bytes.size() - have);
        QCOMPARE(sha256(QByteArray(first.data.left(have) + rest.data)), rest.ready->sha256);
        QCOMPARE(rest.ready->sha256, sha256(bytes));

        // offset == size: download_ready and nothing after it.
        ChunkCollector chunks(*m_bob);
        const DownloadResult empty = download(*m_bob, done->fileId, bytes.size());
        QVERIFY2(empty.ready, qPrintable(describe(empty.error)));
        QCOMPARE(empty.ready->offset, bytes.size());
        QTest::qWait(200);
        QCOMPARE(chunks.bytesFor(empty.ready->transfer), 0);
        QCOMPARE(empty.received, 0);

        // offset > size: bad_field with the file id.
        const DownloadResult beyond = download(*m_bob, done->fileId, bytes.size() + 1);
        QVERIFY(!beyond.ready);
        QVERIFY(beyond.error);
        QCOMPARE(beyond.error->code, ErrorCode::BadField);
        QCOMPARE(beyond.error->fileId, done->fileId);
    }

    // `downloaded` is for those who may download the file.
    void downloadedIsConfirmedOnlyForThoseWhoMayDownload()
    {
        const auto done = uploadOk(
            *m_alice, FileKind::Document, u"x.bin"_s, makeContent(5000, Content::Random, 95));
        QVERIFY(done);
        // Before the message Bob may not.
        auto reply = confirmDownloaded(*m_bob, done->fileId);
        QVERIFY(reply && std::holds_alternative<Error>(reply->frame));
        QCOMPARE(std::get<Error>(reply->frame).code, ErrorCode::NotFound);
        QCOMPARE(std::get<Error>(reply->frame).fileId, done->fileId);

        QVERIFY(sendFile(*m_alice, kBob, MessageKind::Document, done->fileId));
        QVERIFY(m_bob->waitFor<ChatMessage>());
        QVERIFY(download(*m_bob, done->fileId).complete());
        reply = confirmDownloaded(*m_bob, done->fileId);
        QVERIFY(reply && std::holds_alternative<Done>(reply->frame));

        for (const QString &id : {done->fileId, u"NoSuchFileAAAAAAAAAAAAAAAAAA"_s}) {
            reply = confirmDownloaded(*m_carol, id);
            QVERIFY(reply && std::holds_alternative<Error>(reply->frame));
            QCOMPARE(std::get<Error>(reply->frame).code, ErrorCode::NotFound);
            QCOMPARE(std::get<Error>(reply->frame).fileId, id);
        }
    }
};

QTEST_GUILESS_MAIN(TestFileTransfer)
#include "TestFileTransfer.moc"
