// The status frames (docs/protocol.md section 12): status_post, status_list, status_view,
// status_delete and the server's status_ack, status_list, status, status_removed, status_viewed
// survive encode → decode unchanged, are written as documented, and malformed ones are refused.
#include "FrameCodecTestData.h"

namespace {
const QString kCid2 = u"0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"_s;
const QString kFileId = u"Zm9vYmFyYmF6cXV4MTIzNA"_s;

FileRef photo()
{
    return FileRef {
        kFileId, u"IMG_0001.jpg"_s, u"image/jpeg"_s, 2345678, QByteArray("\xff\xd8\xff\xe0", 4)};
}

StatusPost textPost()
{
    return StatusPost {kCid, StatusKind::Text, u"Off to the lake 🌊"_s, u"#1e88e5"_s, std::nullopt};
}
StatusPost mediaPost(const QString &caption)
{
    return StatusPost {kCid2, StatusKind::Media, caption, {}, photo()};
}

StatusItem textItem()
{
    return StatusItem {41, kAlice, u"Alice"_s, 1700000000000, 1700086400000, StatusKind::Text,
        u"Hello"_s, u"#AABBCC"_s, std::nullopt, true, {}};
}
StatusItem mediaItem()
{
    return StatusItem {42, kBob, {}, 1700000001000, 1700086401000, StatusKind::Media, u"caption"_s,
        {}, photo(), false, {}};
}
StatusItem ownItem()
{
    return StatusItem {43, kAlice, u"Alice"_s, 1700000002000, 1700086402000, StatusKind::Text,
        u"Mine"_s, u"#000000"_s, std::nullopt, false,
        {StatusViewEntry {kBob, 1700000003000}, StatusViewEntry {u"+4930123456"_s, 1700000004000}}};
}

QJsonObject postObject()
{
    return {{u"type"_s, u"status_post"_s}, {u"client_id"_s, kCid}, {u"kind"_s, u"text"_s},
        {u"text"_s, u"hi"_s}, {u"background"_s, u"#112233"_s}};
}
QJsonObject mediaPostObject()
{
    return {{u"type"_s, u"status_post"_s}, {u"client_id"_s, kCid}, {u"kind"_s, u"media"_s},
        {u"file"_s,
            QJsonObject {
                {u"file_id"_s, kFileId}, {u"mime"_s, u"image/jpeg"_s}, {u"size"_s, 1000}}}};
}
QJsonObject itemObject()
{
    return {{u"status_id"_s, 5}, {u"owner"_s, kAlice}, {u"posted"_s, 1000}, {u"expires"_s, 2000},
        {u"kind"_s, u"text"_s}, {u"text"_s, u"hi"_s}, {u"background"_s, u"#112233"_s},
        {u"viewed"_s, false}};
}

QByteArray withField(QJsonObject obj, const char *key, const QJsonValue &value)
{
    if (value.isUndefined())
        obj.remove(QLatin1String(key));
    else
        obj.insert(QLatin1String(key), value);
    return compact(obj);
}
QJsonObject objWith(QJsonObject obj, const char *key, const QJsonValue &value)
{
    if (value.isUndefined())
        obj.remove(QLatin1String(key));
    else
        obj.insert(QLatin1String(key), value);
    return obj;
}
// A `status` push around one item.
QByteArray pushOf(const QJsonObject &item)
{
    return compact({{u"type"_s, u"status"_s}, {u"status"_s, item}});
}
QByteArray idsFrame(const char *type, const char *key, const QJsonValue &ids)
{
    return compact({{u"type"_s, QString::fromLatin1(type)}, {QString::fromLatin1(key), ids}});
}
} // namespace

class TestStatusFrames : public QObject
{
    Q_OBJECT

private slots:
    // ---- round trips -------------------------------------------------------------------
    void clientRoundTrip_data()
    {
        QTest::addColumn<ClientFrame>("frame");
        QTest::addColumn<QString>("type");
        QTest::addRow("status_post text") << ClientFrame(textPost()) << u"status_post"_s;
        StatusPost upper = textPost();
        upper.background = u"#ABCDEF"_s;
        upper.text = QString(Limits {}.maxTextBytes, u'a');
        QTest::addRow("status_post text at the limit, upper-case colour")
            << ClientFrame(upper) << u"status_post"_s;
        QTest::addRow("status_post media with caption")
            << ClientFrame(mediaPost(u"Sunset"_s)) << u"status_post"_s;
        QTest::addRow("status_post media without caption")
            << ClientFrame(mediaPost({})) << u"status_post"_s;
        StatusPost noThumb = mediaPost({});
        noThumb.file = FileRef {u"v"_s, {}, u"video/mp4"_s, 16 * kMiB, {}};
        QTest::addRow("status_post video at the media limit")
            << ClientFrame(noThumb) << u"status_post"_s;
        QTest::addRow("status_list") << ClientFrame(StatusListQuery {}) << u"status_list"_s;
        QTest::addRow("status_list next page")
            << ClientFrame(StatusListQuery {41}) << u"status_list"_s;
        QTest::addRow("status_view one") << ClientFrame(StatusView {{1}}) << u"status_view"_s;
        QTest::addRow("status_view many")
            << ClientFrame(StatusView {{9, 3, kMaxId}}) << u"status_view"_s;
        QTest::addRow("status_delete") << ClientFrame(StatusDelete {77}) << u"status_delete"_s;
        QTest::addRow("status_delete 2^53 - 1")
            << ClientFrame(StatusDelete {kMaxId}) << u"status_delete"_s;
    }
    void clientRoundTrip()
    {
        QFETCH(ClientFrame, frame);
        QFETCH(QString, type);
        checkRoundTrip(frame, type, 12);
    }

    void serverRoundTrip_data()
    {
        QTest::addColumn<ServerFrame>("frame");
        QTest::addColumn<QString>("type");
        QTest::addRow("status_ack")
            << ServerFrame(StatusAck {kCid, 41, 1700000000000, 1700086400000}) << u"status_ack"_s;
        QTest::addRow("status_list empty") << ServerFrame(StatusList {}) << u"status_list"_s;
        QTest::addRow("status_list mixed")
            << ServerFrame(StatusList {{textItem(), mediaItem(), ownItem()}, false}) << u"status_list"_s;
        QTest::addRow("status_list page with more")
            << ServerFrame(StatusList {{textItem()}, true}) << u"status_list"_s;
        QTest::addRow("status text") << ServerFrame(StatusPosted {textItem()}) << u"status"_s;
        QTest::addRow("status media") << ServerFrame(StatusPosted {mediaItem()}) << u"status"_s;
        QTest::addRow("status own with views")
            << ServerFrame(StatusPosted {ownItem()}) << u"status"_s;
        QTest::addRow("status_removed")
            << ServerFrame(StatusRemoved {41, kAlice}) << u"status_removed"_s;
        QTest::addRow("status_viewed")
            << ServerFrame(StatusViewed {41, kBob, 1700000005000}) << u"status_viewed"_s;
        QTest::addRow("error expired naming ids") << ServerFrame(
            Error {ErrorCode::Expired, u"the status has expired"_s, {}, {41, 42}, {}, 0})
                                                  << u"error"_s;
    }
    void serverRoundTrip()
    {
        QFETCH(ServerFrame, frame);
        QFETCH(QString, type);
        checkRoundTrip(frame, type);
    }

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
        client("status_post text",
            StatusPost {kCid, StatusKind::Text, u"hi"_s, u"#112233"_s, std::nullopt},
            R"({"type":"status_post","client_id":"6f1c2a4e-3b5d-4c8e-9f10-2a3b4c5d6e7f","kind":"text",)"
            "\"text\":\"hi\",\"background\":\"#112233\"}");
        client("status_post media",
            StatusPost {
                kCid, StatusKind::Media, u"c"_s, {}, FileRef {u"F"_s, {}, u"image/png"_s, 5, {}}},
            R"({"type":"status_post","client_id":"6f1c2a4e-3b5d-4c8e-9f10-2a3b4c5d6e7f","kind":"media",)"
            R"("text":"c","file":{"file_id":"F","mime":"image/png","size":5}})");
        client("status_list", StatusListQuery {}, R"({"type":"status_list"})");
        client("status_list after", StatusListQuery {41}, R"({"type":"status_list","after":41})");
        client("status_view", StatusView {{4, 5}}, R"({"type":"status_view","status_ids":[4,5]})");
        client("status_delete", StatusDelete {4}, R"({"type":"status_delete","status_id":4})");
        server("status_ack", StatusAck {kCid, 4, 10, 20},
            R"({"type":"status_ack","client_id":"6f1c2a4e-3b5d-4c8e-9f10-2a3b4c5d6e7f","status_id":4,)"
            R"("posted":10,"expires":20})");
        server("status",
            StatusPosted {StatusItem {4, kBob, u"Bob"_s, 10, 20, StatusKind::Text, u"t"_s,
                u"#000000"_s, std::nullopt, false, {}}},
            R"({"type":"status","status":{"status_id":4,"owner":"+14155550123","owner_name":"Bob",)"
            "\"posted\":10,\"expires\":20,\"kind\":\"text\",\"text\":\"t\",\"background\":\"#"
            "000000\",\"viewed\":false}}");
        server("status_list with views",
            StatusList {{StatusItem {4, kAlice, {}, 10, 20, StatusKind::Media, {}, {},
                FileRef {u"F"_s, {}, u"video/mp4"_s, 9, {}}, true, {StatusViewEntry {kBob, 15}}}}, true},
            R"({"type":"status_list","statuses":[{"status_id":4,"owner":"+4915112345678","posted":10,)"
            R"("expires":20,"kind":"media","file":{"file_id":"F","mime":"video/mp4","size":9},"viewed":true,)"
            R"("views":[{"viewer":"+14155550123","ts":15}]}],"more":true})");
        server("status_removed", StatusRemoved {4, kAlice},
            R"({"type":"status_removed","status_id":4,"owner":"+4915112345678"})");
        server("status_viewed", StatusViewed {4, kBob, 15},
            R"({"type":"status_viewed","status_id":4,"viewer":"+14155550123","ts":15})");
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
        const qint64 maxText = Limits {}.maxTextBytes;

        // status_post: envelope
        row("post without client_id", withField(postObject(), "client_id", missing), bad);
        row("post client_id not a UUID", withField(postObject(), "client_id", u"abc"_s), bad);
        row("post client_id in braces",
            withField(postObject(), "client_id", QString(u"{"_s + kCid + u"}"_s)), bad);
        row("post without kind", withField(postObject(), "kind", missing), bad);
        row("post kind video", withField(postObject(), "kind", u"video"_s), bad);
        row("post kind location", withField(postObject(), "kind", u"location"_s), bad);
        row("post kind as number", withField(postObject(), "kind", 1), bad);
        // text status
        row("text status without text", withField(postObject(), "text", missing), bad);
        row("text status text null", withField(postObject(), "text", QJsonValue::Null), bad);
        row("text status text empty", withField(postObject(), "text", u""_s), bad);
        row("text status text only whitespace", withField(postObject(), "text", u" \n\t "_s), bad);
        row("text status text as number", withField(postObject(), "text", 5), bad);
        row("text status text one byte over the limit",
            withField(postObject(), "text", QString(maxText + 1, u'a')), large);
        row("text status text in two-byte characters over the limit",
            withField(postObject(), "text", u"é"_s.repeated(maxText / 2 + 1)), large);
        row("text status without background", withField(postObject(), "background", missing), bad);
        row("text status background empty", withField(postObject(), "background", u""_s), bad);
        row("text status background a colour name", withField(postObject(), "background", u"red"_s),
            bad);
        row("text status background without #", withField(postObject(), "background", u"112233"_s),
            bad);
        row("text status background short form", withField(postObject(), "background", u"#123"_s),
            bad);
        row("text status background with 5 digits",
            withField(postObject(), "background", u"#12345"_s), bad);
        row("text status background with alpha",
            withField(postObject(), "background", u"#11223344"_s), bad);
        row("text status background not hex", withField(postObject(), "background", u"#gg0000"_s),
            bad);
        row("text status background rgb()", withField(postObject(), "background", u"rgb(1,2,3)"_s),
            bad);
        row("text status background as number", withField(postObject(), "background", 0x112233),
            bad);
        // media status
        row("media status without file", withField(mediaPostObject(), "file", missing), bad);
        row("media status with only a background",
            withField(objWith(mediaPostObject(), "file", missing), "background", u"#112233"_s),
            bad);
        row("media status file as string", withField(mediaPostObject(), "file", kFileId), bad);
        row("media status file without file_id",
            withField(mediaPostObject(), "file",
                QJsonObject {{u"mime"_s, u"image/png"_s}, {u"size"_s, 1}}),
            bad);
        row("media status file_id with a slash",
            withField(mediaPostObject(), "file",
                QJsonObject {
                    {u"file_id"_s, u"a/b"_s}, {u"mime"_s, u"image/png"_s}, {u"size"_s, 1}}),
            bad);
        row("media status file over the media limit",
            withField(mediaPostObject(), "file",
                QJsonObject {{u"file_id"_s, u"F"_s}, {u"mime"_s, u"video/mp4"_s},
                    {u"size"_s, 16 * kMiB + 1}}),
            large);
        row("media status caption over the limit",
            withField(mediaPostObject(), "text", QString(maxText + 1, u'c')), large);
        row("media status caption as number", withField(mediaPostObject(), "text", 1), bad);

        // status_view
        row("status_view without ids", compact({{u"type"_s, u"status_view"_s}}), bad);
        row("status_view ids empty", idsFrame("status_view", "status_ids", QJsonArray {}), bad);
        row("status_view id 0", idsFrame("status_view", "status_ids", QJsonArray {0}), bad);
        row("status_view id negative", idsFrame("status_view", "status_ids", QJsonArray {-3}), bad);
        row("status_view id fractional", idsFrame("status_view", "status_ids", QJsonArray {1.5}),
            bad);
        row("status_view id as string", idsFrame("status_view", "status_ids", QJsonArray {u"1"_s}),
            bad);
        row("status_view id above 2^53 - 1",
            idsFrame("status_view", "status_ids", QJsonArray {1e16}), bad);
        row("status_view ids not an array", idsFrame("status_view", "status_ids", 5), bad);
        row("status_view with server_ids instead",
            idsFrame("status_view", "server_ids", QJsonArray {1}), bad);
        {
            QJsonArray many;
            for (int i = 1; i <= Limits {}.maxIdsPerFrame + 1; ++i)
                many.append(i);
            row("status_view over max_ids_per_frame", idsFrame("status_view", "status_ids", many),
                large);
        }

        // status_list
        const QJsonObject list {{u"type"_s, u"status_list"_s}};
        row("status_list after negative", withField(list, "after", -1), bad);
        row("status_list after as string", withField(list, "after", u"5"_s), bad);
        row("status_list after above 2^53 - 1", withField(list, "after", 1e16), bad);

        // status_delete
        const QJsonObject del {{u"type"_s, u"status_delete"_s}, {u"status_id"_s, 5}};
        row("status_delete without id", withField(del, "status_id", missing), bad);
        row("status_delete id 0", withField(del, "status_id", 0), bad);
        row("status_delete id negative", withField(del, "status_id", -5), bad);
        row("status_delete id as string", withField(del, "status_id", u"5"_s), bad);
        row("status_delete id as list", withField(del, "status_id", QJsonArray {5}), bad);
        row("status_delete id above 2^53 - 1", withField(del, "status_id", 1e16), bad);

        // server frames sent by a client
        row("status_ack from a client",
            compact({{u"type"_s, u"status_ack"_s}, {u"client_id"_s, kCid}, {u"status_id"_s, 1},
                {u"posted"_s, 1}, {u"expires"_s, 2}}),
            ErrorCode::UnknownType);
        row("status from a client", pushOf(itemObject()), ErrorCode::UnknownType);
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

    void acceptsUnusualClientFrames_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<ClientFrame>("expected");
        QTest::addRow("text status with a file that is ignored")
            << withField(postObject(), "file",
                   QJsonObject {
                       {u"file_id"_s, u"F"_s}, {u"mime"_s, u"image/png"_s}, {u"size"_s, 1}})
            << ClientFrame(
                   StatusPost {kCid, StatusKind::Text, u"hi"_s, u"#112233"_s, std::nullopt});
        QTest::addRow("media status with a background that is ignored")
            << withField(mediaPostObject(), "background", u"#112233"_s)
            << ClientFrame(StatusPost {kCid, StatusKind::Media, {}, {},
                   FileRef {kFileId, {}, u"image/jpeg"_s, 1000, {}}});
        QTest::addRow("text status text with surrounding spaces kept")
            << withField(postObject(), "text", u"  hi  "_s)
            << ClientFrame(
                   StatusPost {kCid, StatusKind::Text, u"  hi  "_s, u"#112233"_s, std::nullopt});
        QTest::addRow("status_list with an unknown field")
            << compact({{u"type"_s, u"status_list"_s}, {u"since"_s, 5}})
            << ClientFrame(StatusListQuery {});
        QTest::addRow("status_view with a repeated id") << idsFrame("status_view", "status_ids",
            QJsonArray {3, 3}) << ClientFrame(StatusView {{3, 3}});
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
        row("status without the item", compact({{u"type"_s, u"status"_s}}), bad);
        row("status item as string", compact({{u"type"_s, u"status"_s}, {u"status"_s, u"x"_s}}),
            bad);
        row("status item id 0", pushOf(objWith(itemObject(), "status_id", 0)), bad);
        row("status item without id", pushOf(objWith(itemObject(), "status_id", missing)), bad);
        row("status item owner not E.164", pushOf(objWith(itemObject(), "owner", u"alice"_s)),
            ErrorCode::InvalidPhone);
        row("status item without posted", pushOf(objWith(itemObject(), "posted", missing)), bad);
        row("status item expires negative", pushOf(objWith(itemObject(), "expires", -1)), bad);
        row("status item kind unknown", pushOf(objWith(itemObject(), "kind", u"poll"_s)), bad);
        row("status item bad background", pushOf(objWith(itemObject(), "background", u"blue"_s)),
            bad);
        row("media status item without file", pushOf(objWith(itemObject(), "kind", u"media"_s)),
            bad);
        row("status item viewed as string", pushOf(objWith(itemObject(), "viewed", u"yes"_s)), bad);
        row("status item views not a list", pushOf(objWith(itemObject(), "views", 3)), bad);
        row("status item view without viewer",
            pushOf(objWith(itemObject(), "views", QJsonArray {QJsonObject {{u"ts"_s, 5}}})), bad);
        row("status item view with a bad viewer",
            pushOf(objWith(itemObject(), "views",
                QJsonArray {QJsonObject {{u"viewer"_s, u"bob"_s}, {u"ts"_s, 5}}})),
            ErrorCode::InvalidPhone);
        row("status_list without statuses", compact({{u"type"_s, u"status_list"_s}}), bad);
        row("status_list with more as string",
            compact({{u"type"_s, u"status_list"_s}, {u"statuses"_s, QJsonArray {}},
                {u"more"_s, u"yes"_s}}),
            bad);
        row("status_list with a bad item",
            compact({{u"type"_s, u"status_list"_s},
                {u"statuses"_s,
                    QJsonArray {itemObject(), objWith(itemObject(), "status_id", -1)}}}),
            bad);
        row("status_list with a non-object",
            compact({{u"type"_s, u"status_list"_s}, {u"statuses"_s, QJsonArray {itemObject(), 5}}}),
            bad);
        row("status_ack without status_id",
            compact({{u"type"_s, u"status_ack"_s}, {u"client_id"_s, kCid}, {u"posted"_s, 1},
                {u"expires"_s, 2}}),
            bad);
        row("status_ack bad client_id",
            compact({{u"type"_s, u"status_ack"_s}, {u"client_id"_s, u"x"_s}, {u"status_id"_s, 1},
                {u"posted"_s, 1}, {u"expires"_s, 2}}),
            bad);
        row("status_removed without owner",
            compact({{u"type"_s, u"status_removed"_s}, {u"status_id"_s, 1}}), bad);
        row("status_removed id 0",
            compact({{u"type"_s, u"status_removed"_s}, {u"status_id"_s, 0}, {u"owner"_s, kAlice}}),
            bad);
        row("status_viewed ts negative",
            compact({{u"type"_s, u"status_viewed"_s}, {u"status_id"_s, 1}, {u"viewer"_s, kBob},
                {u"ts"_s, -1}}),
            bad);
        row("status_viewed viewer not E.164",
            compact({{u"type"_s, u"status_viewed"_s}, {u"status_id"_s, 1}, {u"viewer"_s, u"0049"_s},
                {u"ts"_s, 1}}),
            ErrorCode::InvalidPhone);
        row("status_post from a server", compact(postObject()), ErrorCode::UnknownType);
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

    // `status_list` is a client frame (the query) and a server frame (the answer) of one name.
    void statusListNameInBothDirections()
    {
        const FrameCodec codec;
        const auto asClient = codec.decodeClient(R"({"type":"status_list","statuses":[]})");
        QVERIFY(std::holds_alternative<Decoded<ClientFrame>>(asClient));
        QVERIFY(std::holds_alternative<StatusListQuery>(
            std::get<Decoded<ClientFrame>>(asClient).frame));
        const auto asServer = codec.decodeServer(R"({"type":"status_list","statuses":[]})");
        QVERIFY(std::holds_alternative<Decoded<ServerFrame>>(asServer));
        QVERIFY(std::holds_alternative<StatusList>(std::get<Decoded<ServerFrame>>(asServer).frame));
    }

    void kindWireNames()
    {
        QCOMPARE(toWireName(StatusKind::Text), u"text"_s);
        QCOMPARE(toWireName(StatusKind::Media), u"media"_s);
        QVERIFY(statusKindFromWire(u"text"_s) == StatusKind::Text);
        QVERIFY(statusKindFromWire(u"media"_s) == StatusKind::Media);
        QVERIFY(!statusKindFromWire(u"Text"_s));
        QVERIFY(!statusKindFromWire(u"document"_s));
        QCOMPARE(toWireName(FileKind::Media), u"media"_s);
        QCOMPARE(toWireName(FileKind::Document), u"document"_s);
        QVERIFY(fileKindFromWire(u"document"_s) == FileKind::Document);
        QVERIFY(!fileKindFromWire(u"text"_s));
    }
};

QTEST_GUILESS_MAIN(TestStatusFrames)
#include "TestStatusFrames.moc"
