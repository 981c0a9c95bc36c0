// The file transfer frames (docs/protocol.md section 11): upload, download, downloaded,
// transfer_cancel and their answers survive encode → decode unchanged, are written as
// documented, and malformed ones are refused with the code the peer would see.
#include "FrameCodecTestData.h"

namespace {
const QByteArray kSha
    = QByteArray::fromHex("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
const QString kShaHex = u"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"_s;
const QString kFileId = u"AbC-123_xyz-0123456789ab"_s;

// A valid upload frame as JSON, with one field replaced (or removed, with an undefined value).
QByteArray uploadWith(const char *key, const QJsonValue &value)
{
    QJsonObject obj {{u"type"_s, u"upload"_s}, {u"kind"_s, u"media"_s}, {u"name"_s, u"a.jpg"_s},
        {u"mime"_s, u"image/jpeg"_s}, {u"size"_s, 1000}, {u"sha256"_s, kShaHex}};
    if (value.isUndefined())
        obj.remove(QLatin1String(key));
    else
        obj.insert(QLatin1String(key), value);
    return compact(obj);
}

QByteArray withField(QJsonObject obj, const char *key, const QJsonValue &value)
{
    if (value.isUndefined())
        obj.remove(QLatin1String(key));
    else
        obj.insert(QLatin1String(key), value);
    return compact(obj);
}

QJsonObject uploadReady()
{
    return {{u"type"_s, u"upload_ready"_s}, {u"transfer"_s, 3}, {u"file_id"_s, kFileId},
        {u"offset"_s, 0}, {u"window"_s, 4 * kMiB}};
}
QJsonObject uploadDone()
{
    return {{u"type"_s, u"upload_done"_s}, {u"transfer"_s, 3}, {u"file_id"_s, kFileId},
        {u"mime"_s, u"image/jpeg"_s}, {u"size"_s, 1000}};
}
QJsonObject downloadReady()
{
    return {{u"type"_s, u"download_ready"_s}, {u"transfer"_s, 4}, {u"file_id"_s, kFileId},
        {u"name"_s, u"a.jpg"_s}, {u"mime"_s, u"image/jpeg"_s}, {u"size"_s, 1000}, {u"offset"_s, 0},
        {u"sha256"_s, kShaHex}};
}
QJsonObject errorFrame()
{
    return {{u"type"_s, u"error"_s}, {u"code"_s, u"hash_mismatch"_s}, {u"message"_s, u"m"_s},
        {u"file_id"_s, kFileId}, {u"transfer"_s, 3}};
}
} // namespace

class TestTransferFrames : public QObject
{
    Q_OBJECT

private slots:
    // ---- round trips -------------------------------------------------------------------
    void clientRoundTrip_data()
    {
        QTest::addColumn<ClientFrame>("frame");
        QTest::addColumn<QString>("type");
        QTest::addRow("upload media") << ClientFrame(
            Upload {FileKind::Media, u"IMG_0001.jpg"_s, u"image/jpeg"_s, 2345678, kSha, {}})
                                      << u"upload"_s;
        QTest::addRow("upload document without mime") << ClientFrame(
            Upload {FileKind::Document, u"Vertrag – final (2).pdf"_s, {}, 1, kSha, {}})
                                                      << u"upload"_s;
        QTest::addRow("upload resume") << ClientFrame(Upload {FileKind::Document, u"big.iso"_s,
            u"application/x-iso9660-image"_s, 100 * kMiB, kSha, kFileId})
                                       << u"upload"_s;
        QTest::addRow("upload media exactly at its limit") << ClientFrame(
            Upload {FileKind::Media, u"v.mp4"_s, u"video/mp4"_s, 16 * kMiB, kSha, {}})
                                                           << u"upload"_s;
        QTest::addRow("upload name of 255 characters with emoji") << ClientFrame(
            Upload {FileKind::Document, QString(253, u'n') + u"😀"_s, {}, 5, kSha, {}})
                                                                  << u"upload"_s;
        QTest::addRow("upload file_id of 64 characters")
            << ClientFrame(Upload {FileKind::Media, u"x.png"_s, {}, 5, kSha, QString(64, u'_')})
            << u"upload"_s;
        QTest::addRow("download from the start")
            << ClientFrame(Download {kFileId, 0}) << u"download"_s;
        QTest::addRow("download resumed")
            << ClientFrame(Download {kFileId, 5 * kMiB + 17}) << u"download"_s;
        QTest::addRow("download at 2^53 - 1")
            << ClientFrame(Download {kFileId, kMaxId}) << u"download"_s;
        QTest::addRow("downloaded") << ClientFrame(Downloaded {kFileId}) << u"downloaded"_s;
        QTest::addRow("transfer_cancel 1")
            << ClientFrame(TransferCancel {1}) << u"transfer_cancel"_s;
        QTest::addRow("transfer_cancel 2^32 - 1")
            << ClientFrame(TransferCancel {0xffffffff}) << u"transfer_cancel"_s;
    }
    void clientRoundTrip()
    {
        QFETCH(ClientFrame, frame);
        QFETCH(QString, type);
        checkRoundTrip(frame, type, u"r1"_s);
    }

    void serverRoundTrip_data()
    {
        QTest::addColumn<ServerFrame>("frame");
        QTest::addColumn<QString>("type");
        QTest::addRow("upload_ready new")
            << ServerFrame(UploadReady {1, kFileId, 0, 4 * kMiB}) << u"upload_ready"_s;
        QTest::addRow("upload_ready resumed")
            << ServerFrame(UploadReady {0xffffffff, kFileId, 3 * kMiB, 1}) << u"upload_ready"_s;
        QTest::addRow("upload_progress")
            << ServerFrame(UploadProgress {2, 1048576}) << u"upload_progress"_s;
        QTest::addRow("upload_progress at 0")
            << ServerFrame(UploadProgress {2, 0}) << u"upload_progress"_s;
        QTest::addRow("upload_done")
            << ServerFrame(UploadDone {2, kFileId, u"image/jpeg"_s, 2345678}) << u"upload_done"_s;
        QTest::addRow("download_ready") << ServerFrame(
            DownloadReady {5, kFileId, u"IMG_0001.jpg"_s, u"image/jpeg"_s, 2345678, 0, kSha})
                                        << u"download_ready"_s;
        QTest::addRow("download_ready resumed at the end without name")
            << ServerFrame(DownloadReady {6, kFileId, {}, u"application/pdf"_s, 10, 10, kSha})
            << u"download_ready"_s;
        QTest::addRow("error with file_id and transfer") << ServerFrame(
            Error {ErrorCode::HashMismatch, u"the bytes do not match"_s, {}, {}, kFileId, 7})
                                                         << u"error"_s;
        QTest::addRow("error with transfer only") << ServerFrame(
            Error {ErrorCode::BadField, u"chunk at offset 5, expected 0"_s, {}, {}, {}, 0xffffffff})
                                                  << u"error"_s;
        QTest::addRow("error with file_id only")
            << ServerFrame(Error {ErrorCode::NotFound, u"no such file"_s, {}, {}, kFileId, 0})
            << u"error"_s;
    }
    void serverRoundTrip()
    {
        QFETCH(ServerFrame, frame);
        QFETCH(QString, type);
        checkRoundTrip(frame, type);
    }

    // Field names are a contract with every client: pin them.
    void wireFormat_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        QTest::addColumn<QByteArray>("expected");
        const FrameCodec codec;
        const auto client
            = [&](const char *name, const ClientFrame &frame, const QByteArray &expected) {
                  QTest::addRow("%s", name) << codec.encode(frame) << expected;
              };
        const auto server
            = [&](const char *name, const ServerFrame &frame, const QByteArray &expected) {
                  QTest::addRow("%s", name) << codec.encode(frame) << expected;
              };
        client("upload", Upload {FileKind::Media, u"a.jpg"_s, u"image/jpeg"_s, 1000, kSha, {}},
            R"({"type":"upload","kind":"media","name":"a.jpg","mime":"image/jpeg","size":1000,"sha256":")"
                + kShaHex.toLatin1() + R"("})");
        client("upload resume without mime",
            Upload {FileKind::Document, u"d"_s, {}, 1, kSha, u"F1"_s},
            R"({"type":"upload","kind":"document","name":"d","size":1,"sha256":")"
                + kShaHex.toLatin1() + R"(","file_id":"F1"})");
        client("download from 0", Download {u"F1"_s, 0}, R"({"type":"download","file_id":"F1"})");
        client("download from 7", Download {u"F1"_s, 7},
            R"({"type":"download","file_id":"F1","offset":7})");
        client("downloaded", Downloaded {u"F1"_s}, R"({"type":"downloaded","file_id":"F1"})");
        client("transfer_cancel", TransferCancel {4294967295u},
            R"({"type":"transfer_cancel","transfer":4294967295})");
        server("upload_ready", UploadReady {1, u"F1"_s, 5, 4194304},
            R"({"type":"upload_ready","transfer":1,"file_id":"F1","offset":5,"window":4194304})");
        server("upload_progress", UploadProgress {1, 5},
            R"({"type":"upload_progress","transfer":1,"offset":5})");
        server("upload_done", UploadDone {1, u"F1"_s, u"image/png"_s, 5},
            R"({"type":"upload_done","transfer":1,"file_id":"F1","mime":"image/png","size":5})");
        server("download_ready", DownloadReady {2, u"F1"_s, u"a.png"_s, u"image/png"_s, 5, 1, kSha},
            R"({"type":"download_ready","transfer":2,"file_id":"F1","name":"a.png","mime":"image/png",)"
            R"("size":5,"offset":1,"sha256":")"
                + kShaHex.toLatin1() + R"("})");
        server("error of a transfer", Error {ErrorCode::StorageFailed, u"m"_s, {}, {}, u"F1"_s, 2},
            R"({"type":"error","code":"storage_failed","message":"m","file_id":"F1","transfer":2})");
    }
    void wireFormat()
    {
        QFETCH(QByteArray, encoded);
        QFETCH(QByteArray, expected);
        QJsonParseError error;
        const QJsonObject want = QJsonDocument::fromJson(expected, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(QJsonDocument::fromJson(encoded).object(), want);
    }

    // ---- refusals ------------------------------------------------------------------------
    void rejectsClientFrame_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<ErrorCode>("code");
        const auto row = [](const QByteArray &name, const QByteArray &json, ErrorCode code) {
            QTest::addRow("%s", name.constData()) << json << code;
        };
        const ErrorCode bad = ErrorCode::BadField;
        const ErrorCode large = ErrorCode::TooLarge;
        const QJsonValue missing = QJsonValue::Undefined;

        // upload: kind
        row("upload without kind", uploadWith("kind", missing), bad);
        row("upload kind image", uploadWith("kind", u"image"_s), bad);
        row("upload kind text", uploadWith("kind", u"text"_s), bad);
        row("upload kind in upper case", uploadWith("kind", u"MEDIA"_s), bad);
        row("upload kind as number", uploadWith("kind", 1), bad);
        // upload: size
        row("upload without size", uploadWith("size", missing), bad);
        row("upload size 0", uploadWith("size", 0), bad);
        row("upload size negative", uploadWith("size", -5), bad);
        row("upload size fractional", uploadWith("size", 10.5), bad);
        row("upload size as string", uploadWith("size", u"1000"_s), bad);
        row("upload size above 2^53", uploadWith("size", 1e17), bad);
        row("upload media 16 MiB + 1", uploadWith("size", 16 * kMiB + 1), large);
        row("upload media of document size", uploadWith("size", 100 * kMiB), large);
        {
            QJsonObject doc = QJsonDocument::fromJson(uploadWith("kind", u"document"_s)).object();
            row("upload document 100 MiB + 1", withField(doc, "size", 100 * kMiB + 1), large);
            row("upload document 2^53 - 1", withField(doc, "size", double(kMaxId)), large);
        }
        // upload: name
        row("upload without name", uploadWith("name", missing), bad);
        row("upload name empty", uploadWith("name", u""_s), bad);
        row("upload name only spaces", uploadWith("name", u"   "_s), bad);
        row("upload name with a slash", uploadWith("name", u"photos/a.jpg"_s), bad);
        row("upload name is a path", uploadWith("name", u"../../etc/passwd"_s), bad);
        row("upload name with a backslash", uploadWith("name", u"C:\\Users\\a.jpg"_s), bad);
        row("upload name with a newline", uploadWith("name", u"a\nb.jpg"_s), bad);
        row("upload name with NUL", uploadWith("name", QString(u"a"_s + QChar(0) + u".jpg"_s)),
            bad);
        row("upload name with DEL", uploadWith("name", QString(u"a"_s + QChar(0x7f) + u".jpg"_s)),
            bad);
        row("upload name with a C1 control",
            uploadWith("name", QString(u"a"_s + QChar(0x85) + u".jpg"_s)), bad);
        row("upload name of 256 characters", uploadWith("name", QString(256, u'n')), bad);
        row("upload name as number", uploadWith("name", 5), bad);
        // upload: sha256
        row("upload without sha256", uploadWith("sha256", missing), bad);
        row("upload sha256 empty", uploadWith("sha256", u""_s), bad);
        row("upload sha256 in upper case", uploadWith("sha256", kShaHex.toUpper()), bad);
        row("upload sha256 of 63 digits", uploadWith("sha256", kShaHex.left(63)), bad);
        row("upload sha256 of 65 digits", uploadWith("sha256", QString(kShaHex + u"0"_s)), bad);
        row("upload sha256 with a non-hex letter",
            uploadWith("sha256", QString(u"g"_s + kShaHex.mid(1))), bad);
        row("upload sha256 with spaces", uploadWith("sha256", QString(kShaHex.left(62) + u"  "_s)),
            bad);
        row("upload sha256 as base64", uploadWith("sha256", QString::fromLatin1(kSha.toBase64())),
            bad);
        row("upload sha256 as number", uploadWith("sha256", 12345), bad);
        // upload: mime and file_id
        row("upload mime of 128 characters", uploadWith("mime", QString(128, u'm')), bad);
        row("upload mime as number", uploadWith("mime", 3), bad);
        row("upload file_id with a slash", uploadWith("file_id", u"ab/cd"_s), bad);
        row("upload file_id with a dot", uploadWith("file_id", u"..abc"_s), bad);
        row("upload file_id in base64 (not url)", uploadWith("file_id", u"ab+cd="_s), bad);
        row("upload file_id with a space", uploadWith("file_id", u"ab cd"_s), bad);
        row("upload file_id of 65 characters", uploadWith("file_id", QString(65, u'a')), bad);
        row("upload file_id as number", uploadWith("file_id", 17), bad);

        // download
        const QJsonObject download {{u"type"_s, u"download"_s}, {u"file_id"_s, kFileId}};
        row("download without file_id", withField(download, "file_id", missing), bad);
        row("download file_id empty", withField(download, "file_id", u""_s), bad);
        row("download file_id with a slash", withField(download, "file_id", u"a/b"_s), bad);
        row("download file_id of 65 characters", withField(download, "file_id", QString(65, u'a')),
            bad);
        row("download file_id with non-ASCII", withField(download, "file_id", u"äbc"_s), bad);
        row("download file_id as number", withField(download, "file_id", 5), bad);
        row("download offset negative", withField(download, "offset", -1), bad);
        row("download offset fractional", withField(download, "offset", 1.5), bad);
        row("download offset as string", withField(download, "offset", u"0"_s), bad);
        row("download offset above 2^53 - 1", withField(download, "offset", 1e16), bad);

        // downloaded
        const QJsonObject downloaded {{u"type"_s, u"downloaded"_s}, {u"file_id"_s, kFileId}};
        row("downloaded without file_id", withField(downloaded, "file_id", missing), bad);
        row("downloaded file_id empty", withField(downloaded, "file_id", u""_s), bad);
        row("downloaded file_id with a backslash", withField(downloaded, "file_id", u"a\\b"_s),
            bad);

        // transfer_cancel
        const QJsonObject cancel {{u"type"_s, u"transfer_cancel"_s}, {u"transfer"_s, 1}};
        row("transfer_cancel without transfer", withField(cancel, "transfer", missing), bad);
        row("transfer_cancel transfer 0", withField(cancel, "transfer", 0), bad);
        row("transfer_cancel transfer negative", withField(cancel, "transfer", -1), bad);
        row("transfer_cancel transfer 2^32", withField(cancel, "transfer", 4294967296.0), bad);
        row("transfer_cancel transfer fractional", withField(cancel, "transfer", 1.5), bad);
        row("transfer_cancel transfer as string", withField(cancel, "transfer", u"1"_s), bad);

        // server frames sent by a client
        row("upload_ready from a client", compact(uploadReady()), ErrorCode::UnknownType);
        row("download_ready from a client", compact(downloadReady()), ErrorCode::UnknownType);
    }
    void rejectsClientFrame()
    {
        QFETCH(QByteArray, json);
        QFETCH(ErrorCode, code);
        const auto result = FrameCodec().decodeClient(json);
        const auto *error = std::get_if<DecodeError>(&result);
        QVERIFY2(error, QByteArray("accepted: " + json.left(300)).constData());
        QCOMPARE(toWireName(error->code), toWireName(code));
        QVERIFY(!error->message.isEmpty());
    }

    // The limits follow the codec's (the server's configured) values, not the defaults.
    void uploadLimitsFollowTheCodec()
    {
        const FrameCodec codec(customLimits()); // media 7 MiB, documents 9 MiB
        const auto codeOf = [&](const QByteArray &json) {
            const auto result = codec.decodeClient(json);
            const auto *error = std::get_if<DecodeError>(&result);
            return error ? toWireName(error->code) : u"accepted"_s;
        };
        QCOMPARE(codeOf(uploadWith("size", 7 * kMiB)), u"accepted"_s);
        QCOMPARE(codeOf(uploadWith("size", 7 * kMiB + 1)), u"too_large"_s);
        const QJsonObject doc = QJsonDocument::fromJson(uploadWith("kind", u"document"_s)).object();
        QCOMPARE(codeOf(withField(doc, "size", 9 * kMiB)), u"accepted"_s);
        QCOMPARE(codeOf(withField(doc, "size", 9 * kMiB + 1)), u"too_large"_s);
    }

    void acceptsUnusualClientFrames_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<ClientFrame>("expected");
        QTest::addRow("upload with an empty file_id is a new upload")
            << uploadWith("file_id", u""_s)
            << ClientFrame(Upload {FileKind::Media, u"a.jpg"_s, u"image/jpeg"_s, 1000, kSha, {}});
        QTest::addRow("upload with null mime and file_id")
            << compact({{u"type"_s, u"upload"_s}, {u"kind"_s, u"document"_s}, {u"name"_s, u"n"_s},
                   {u"mime"_s, QJsonValue::Null}, {u"file_id"_s, QJsonValue::Null}, {u"size"_s, 1},
                   {u"sha256"_s, kShaHex}})
            << ClientFrame(Upload {FileKind::Document, u"n"_s, {}, 1, kSha, {}});
        QTest::addRow("upload name with dots, spaces and unicode")
            << uploadWith("name", u" .hidden ünïcødé …jpg "_s)
            << ClientFrame(Upload {
                   FileKind::Media, u" .hidden ünïcødé …jpg "_s, u"image/jpeg"_s, 1000, kSha, {}});
        QTest::addRow("upload with an unknown field")
            << uploadWith("colour", u"red"_s)
            << ClientFrame(Upload {FileKind::Media, u"a.jpg"_s, u"image/jpeg"_s, 1000, kSha, {}});
        QTest::addRow("download with null offset") << compact(
            {{u"type"_s, u"download"_s}, {u"file_id"_s, u"F"_s}, {u"offset"_s, QJsonValue::Null}})
                                                   << ClientFrame(Download {u"F"_s, 0});
    }
    void acceptsUnusualClientFrames()
    {
        QFETCH(QByteArray, json);
        QFETCH(ClientFrame, expected);
        const auto result = FrameCodec().decodeClient(json);
        const auto *decoded = std::get_if<Decoded<ClientFrame>>(&result);
        QVERIFY2(decoded, describe(result).constData());
        QVERIFY(decoded->frame == expected);
    }

    void rejectsServerFrame_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<ErrorCode>("code");
        const auto row = [](const QByteArray &name, const QByteArray &json, ErrorCode code) {
            QTest::addRow("%s", name.constData()) << json << code;
        };
        const ErrorCode bad = ErrorCode::BadField;
        const QJsonValue missing = QJsonValue::Undefined;
        row("upload_ready transfer 0", withField(uploadReady(), "transfer", 0), bad);
        row("upload_ready transfer 2^32", withField(uploadReady(), "transfer", 4294967296.0), bad);
        row("upload_ready without transfer", withField(uploadReady(), "transfer", missing), bad);
        row("upload_ready without file_id", withField(uploadReady(), "file_id", missing), bad);
        row("upload_ready bad file_id", withField(uploadReady(), "file_id", u"a/b"_s), bad);
        row("upload_ready offset negative", withField(uploadReady(), "offset", -1), bad);
        row("upload_ready window 0", withField(uploadReady(), "window", 0), bad);
        row("upload_ready without window", withField(uploadReady(), "window", missing), bad);
        row("upload_progress transfer 0",
            compact({{u"type"_s, u"upload_progress"_s}, {u"transfer"_s, 0}, {u"offset"_s, 1}}),
            bad);
        row("upload_progress without offset",
            compact({{u"type"_s, u"upload_progress"_s}, {u"transfer"_s, 1}}), bad);
        row("upload_done size 0", withField(uploadDone(), "size", 0), bad);
        row("upload_done without mime", withField(uploadDone(), "mime", missing), bad);
        row("upload_done transfer 2^32", withField(uploadDone(), "transfer", 4294967296.0), bad);
        row("download_ready sha256 in upper case",
            withField(downloadReady(), "sha256", kShaHex.toUpper()), bad);
        row("download_ready without sha256", withField(downloadReady(), "sha256", missing), bad);
        row("download_ready size 0", withField(downloadReady(), "size", 0), bad);
        row("download_ready name of 256 characters",
            withField(downloadReady(), "name", QString(256, u'n')), bad);
        row("download_ready transfer 0", withField(downloadReady(), "transfer", 0), bad);
        row("error transfer 0", withField(errorFrame(), "transfer", 0), bad);
        row("error transfer 2^32", withField(errorFrame(), "transfer", 4294967296.0), bad);
        row("error transfer as string", withField(errorFrame(), "transfer", u"3"_s), bad);
        row("error bad file_id", withField(errorFrame(), "file_id", u"../x"_s), bad);
        row("upload from a server", uploadWith("size", 5), ErrorCode::UnknownType);
    }
    void rejectsServerFrame()
    {
        QFETCH(QByteArray, json);
        QFETCH(ErrorCode, code);
        const auto result = FrameCodec().decodeServer(json);
        const auto *error = std::get_if<DecodeError>(&result);
        QVERIFY2(error, QByteArray("accepted: " + json.left(300)).constData());
        QCOMPARE(toWireName(error->code), toWireName(code));
    }

    // An error without transfer/file_id (or with them null) is an error about no transfer.
    void errorWithoutTransferFields()
    {
        const FrameCodec codec;
        QJsonObject absent = errorFrame();
        absent.remove(u"transfer"_s);
        absent.remove(u"file_id"_s);
        QJsonObject null = errorFrame();
        null.insert(u"transfer"_s, QJsonValue::Null);
        null.insert(u"file_id"_s, QJsonValue::Null);
        for (const QJsonObject &obj : {absent, null}) {
            const auto result = codec.decodeServer(compact(obj));
            const auto *decoded = std::get_if<Decoded<ServerFrame>>(&result);
            QVERIFY2(decoded, describe(result).constData());
            const Error &e = std::get<Error>(decoded->frame);
            QCOMPARE(e.code, ErrorCode::HashMismatch);
            QCOMPARE(e.transfer, quint32(0));
            QVERIFY(e.fileId.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestTransferFrames)
#include "TestTransferFrames.moc"
