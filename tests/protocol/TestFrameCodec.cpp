// FrameCodec: every frame survives encode → decode unchanged, and every malformed frame is
// refused with the error code a peer would see in its `error` frame.
#include "protocol/FrameCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace natter::protocol;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(natter::protocol::ClientFrame)
Q_DECLARE_METATYPE(natter::protocol::ServerFrame)
Q_DECLARE_METATYPE(natter::protocol::ErrorCode)

namespace {
const QString kAlice = u"+4915112345678"_s;
const QString kBob = u"+14155550123"_s;
const QString kCid = u"6f1c2a4e-3b5d-4c8e-9f10-2a3b4c5d6e7f"_s;
constexpr qint64 kMaxId = 9007199254740991; // 2^53 - 1

// The start of a valid `send`; the content fields are appended by the caller.
QByteArray sendWith(const char *content)
{
    return QByteArray(R"({"type":"send","client_id":"6f1c2a4e-3b5d-4c8e-9f10-2a3b4c5d6e7f",)"
                      R"("to":"+4915112345678",)")
        + content + '}';
}

QByteArray compact(const QJsonObject &obj)
{
    return QJsonDocument(obj).toJson(QJsonDocument::Compact);
}

QByteArray sendContent(const QString &kind, const QString &text)
{
    QJsonObject obj {{u"type"_s, u"send"_s}, {u"client_id"_s, kCid}, {u"to"_s, kAlice},
        {u"kind"_s, kind}, {u"text"_s, text}};
    if (kind == u"media"_s)
        obj.insert(u"file"_s,
            QJsonObject {{u"file_id"_s, u"f1"_s}, {u"mime"_s, u"image/png"_s}, {u"size"_s, 10}});
    return compact(obj);
}

QByteArray contactWith(const QString &vcard)
{
    return compact({{u"type"_s, u"send"_s}, {u"client_id"_s, kCid}, {u"to"_s, kAlice},
        {u"kind"_s, u"contact"_s}, {u"contact"_s, QJsonObject {{u"vcard"_s, vcard}}}});
}

// A valid vCard 3.0 whose NOTE pads it to exactly `bytes` UTF-8 bytes.
QString vcardOfSize(qsizetype bytes)
{
    const QString head = u"BEGIN:VCARD\nVERSION:3.0\nFN:Padded Person\nNOTE:"_s;
    const QString tail = u"\nEND:VCARD"_s;
    return head + QString(bytes - head.size() - tail.size(), u'x') + tail;
}

QByteArray idsFrame(const char *type, int count)
{
    QJsonArray ids;
    for (int i = 1; i <= count; ++i)
        ids.append(i);
    return compact({{u"type"_s, QString::fromLatin1(type)}, {u"server_ids"_s, ids}});
}

QByteArray presenceQuery(int count)
{
    QJsonArray phones;
    for (int i = 0; i < count; ++i)
        phones.append(u"+49151%1"_s.arg(1000000 + i));
    return compact({{u"type"_s, u"presence_query"_s}, {u"phones"_s, phones}});
}

// A syntactically valid frame of exactly `bytes` bytes (an ignored extra field pads it).
QByteArray paddedHello(qsizetype bytes)
{
    QByteArray frame = R"({"type":"hello","version":1,"pad":""})";
    frame.insert(frame.size() - 2, QByteArray(bytes - frame.size(), 'p'));
    return frame;
}

template<typename Frame> QByteArray describe(const DecodeResult<Frame> &result)
{
    if (const auto *error = std::get_if<DecodeError>(&result))
        return QString(toWireName(error->code) + u": "_s + error->message).toUtf8();
    return "decoded";
}

MessageContent textContent()
{
    return MessageContent::fromText(u"Hi Bob 👋\nSee you at 8 — \"quoted\" \\ backslash"_s);
}
MessageContent mediaContent()
{
    MessageContent c;
    c.kind = MessageKind::Media;
    c.text = u"Sunset at the lake"_s;
    c.file = FileRef {u"f_01HXYZ-abc_123"_s, u"IMG_0001.jpg"_s, u"image/jpeg"_s, 2345678,
        QByteArray("\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x02", 13)};
    return c;
}
MessageContent mediaWithoutExtras()
{
    MessageContent c;
    c.kind = MessageKind::Media;
    c.file = FileRef {u"abc"_s, {}, u"video/mp4"_s, 16 * kMiB, {}};
    return c;
}
MessageContent documentContent()
{
    MessageContent c;
    c.kind = MessageKind::Document;
    c.text = u"The contract"_s;
    c.file = FileRef {u"doc-42"_s, u"Vertrag – final.pdf"_s, u"application/pdf"_s, 100 * kMiB,
        QByteArray("\x89PNG\r\n\x1a\n", 8)};
    return c;
}
MessageContent locationContent(bool withExtras)
{
    MessageContent c;
    c.kind = MessageKind::Location;
    c.location = GeoLocation {52.520008, 13.404954, {}, std::nullopt};
    if (withExtras) {
        c.location = GeoLocation {-33.8688197, 151.2092955, u"Sydney Opera House"_s, 12.5};
        c.text = u"Meet here"_s;
    }
    return c;
}
MessageContent locationAtLimits()
{
    MessageContent c;
    c.kind = MessageKind::Location;
    c.location = GeoLocation {-90, 180, u"South Pole"_s, 0.0};
    return c;
}
MessageContent contactContent()
{
    MessageContent c;
    c.kind = MessageKind::Contact;
    c.vcard
        = u"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Jöhn Doe\r\nTEL;TYPE=cell:+4915112345678\r\nEND:VCARD\r\n"_s;
    return c;
}

QList<std::pair<const char *, MessageContent>> allContents()
{
    return {{"text", textContent()}, {"media with caption, name and thumbnail", mediaContent()},
        {"media without caption, name or thumbnail", mediaWithoutExtras()},
        {"document", documentContent()},
        {"location without label and accuracy", locationContent(false)},
        {"location with label, accuracy and caption", locationContent(true)},
        {"location at the limits", locationAtLimits()}, {"contact", contactContent()}};
}

Limits customLimits()
{
    Limits l;
    l.maxTextBytes = 1000;
    l.maxControlFrameBytes = 5000;
    l.maxMediaBytes = 7 * kMiB;
    l.maxDocumentBytes = 9 * kMiB;
    l.maxChunkBytes = 4096;
    l.maxVCardBytes = 2048;
    l.maxIdsPerFrame = 50;
    l.maxPhonesPerQuery = 20;
    l.syncBatch = 33;
    return l;
}
} // namespace

class TestFrameCodec : public QObject
{
    Q_OBJECT

private slots:
    // ---- round trips -------------------------------------------------------------------
    void clientRoundTrip_data()
    {
        QTest::addColumn<ClientFrame>("frame");
        QTest::addColumn<QString>("type");
        QTest::addRow("hello") << ClientFrame(Hello {1, u"Natter Desktop 0.1"_s}) << u"hello"_s;
        QTest::addRow("hello without client") << ClientFrame(Hello {7, {}}) << u"hello"_s;
        QTest::addRow("register") << ClientFrame(Register {kAlice, u"Alice Müller 🙂"_s,
            u"correct horse"_s}) << u"register"_s;
        QTest::addRow("login") << ClientFrame(Login {kBob, u"pässwörd 1234"_s}) << u"login"_s;
        QTest::addRow("resume") << ClientFrame(Resume {QString(64, u'a')}) << u"resume"_s;
        QTest::addRow("logout") << ClientFrame(Logout {}) << u"logout"_s;
        QTest::addRow("lookup") << ClientFrame(Lookup {kBob}) << u"lookup"_s;
        for (const auto &[name, content] : allContents())
            QTest::addRow("send %s", name) << ClientFrame(Send {kCid, kBob, content}) << u"send"_s;
        QTest::addRow("delivered one id") << ClientFrame(Delivered {{1}}) << u"delivered"_s;
        QTest::addRow("delivered many ids")
            << ClientFrame(Delivered {{5, 3, 9, kMaxId}}) << u"delivered"_s;
        QTest::addRow("read") << ClientFrame(Read {{17, 18}}) << u"read"_s;
        QTest::addRow("receipt_ack delivered")
            << ClientFrame(ReceiptAck {{4, 5}, DeliveryState::Delivered}) << u"receipt_ack"_s;
        QTest::addRow("receipt_ack read")
            << ClientFrame(ReceiptAck {{6}, DeliveryState::Read}) << u"receipt_ack"_s;
        QTest::addRow("typing active") << ClientFrame(TypingTo {kBob, true}) << u"typing"_s;
        QTest::addRow("typing stopped") << ClientFrame(TypingTo {kBob, false}) << u"typing"_s;
        QTest::addRow("presence_query")
            << ClientFrame(PresenceQuery {{kAlice, kBob}}) << u"presence_query"_s;
        QTest::addRow("sync") << ClientFrame(Sync {}) << u"sync"_s;
    }
    void clientRoundTrip()
    {
        QFETCH(ClientFrame, frame);
        QFETCH(QString, type);
        const FrameCodec codec;
        const QByteArray wire = codec.encode(frame);
        const QJsonObject obj = QJsonDocument::fromJson(wire).object();
        QCOMPARE(obj.value(u"type"_s).toString(), type);
        QVERIFY(!obj.contains(u"rid"_s));

        const auto result = codec.decodeClient(wire);
        const auto *decoded = std::get_if<Decoded<ClientFrame>>(&result);
        QVERIFY2(decoded, QByteArray(describe(result) + " for " + wire).constData());
        QCOMPARE(decoded->frame.index(), frame.index());
        QVERIFY2(decoded->frame == frame, wire.constData());
        QCOMPARE(codec.encode(decoded->frame), wire);
        QVERIFY(decoded->rid.isNull() || decoded->rid.isUndefined());
    }

    void serverRoundTrip_data()
    {
        QTest::addColumn<ServerFrame>("frame");
        QTest::addColumn<QString>("type");
        QTest::addRow("welcome default limits")
            << ServerFrame(Welcome {1, u"natterd 0.1.0"_s, Limits {}}) << u"welcome"_s;
        QTest::addRow("welcome custom limits")
            << ServerFrame(Welcome {3, u"natterd"_s, customLimits()}) << u"welcome"_s;
        QTest::addRow("auth_ok with token")
            << ServerFrame(AuthOk {kAlice, u"Alice"_s, QString(43, u'T')}) << u"auth_ok"_s;
        QTest::addRow("auth_ok after resume")
            << ServerFrame(AuthOk {kAlice, u"Alice"_s, {}}) << u"auth_ok"_s;
        QTest::addRow("logged_out") << ServerFrame(LoggedOut {}) << u"logged_out"_s;
        QTest::addRow("lookup_result found")
            << ServerFrame(LookupResult {kBob, true, u"Bob"_s}) << u"lookup_result"_s;
        QTest::addRow("lookup_result not found")
            << ServerFrame(LookupResult {kBob, false, {}}) << u"lookup_result"_s;
        QTest::addRow("ack") << ServerFrame(Ack {kCid, 123456, 1700000000123}) << u"ack"_s;
        QTest::addRow("ack largest id") << ServerFrame(Ack {kCid, kMaxId, 0}) << u"ack"_s;
        for (const auto &[name, content] : allContents())
            QTest::addRow("message %s", name)
                << ServerFrame(ChatMessage {77, kAlice, kBob, 1700000000456, content})
                << u"message"_s;
        QTest::addRow("receipt delivered")
            << ServerFrame(Receipt {77, kCid, kBob, DeliveryState::Delivered, 1700000001000})
            << u"receipt"_s;
        QTest::addRow("receipt read")
            << ServerFrame(Receipt {78, kCid, kBob, DeliveryState::Read, 1700000002000})
            << u"receipt"_s;
        QTest::addRow("typing active") << ServerFrame(TypingFrom {kAlice, true}) << u"typing"_s;
        QTest::addRow("typing stopped") << ServerFrame(TypingFrom {kAlice, false}) << u"typing"_s;
        QTest::addRow("presence online")
            << ServerFrame(Presence {kBob, true, 1700000000000}) << u"presence"_s;
        QTest::addRow("presence never seen")
            << ServerFrame(Presence {kBob, false, 0}) << u"presence"_s;
        QTest::addRow("sync_done more") << ServerFrame(SyncDone {200, 13, true}) << u"sync_done"_s;
        QTest::addRow("sync_done last") << ServerFrame(SyncDone {0, 0, false}) << u"sync_done"_s;
        QTest::addRow("error for a send")
            << ServerFrame(Error {ErrorCode::UnknownUser, u"no such user"_s, kCid, {}})
            << u"error"_s;
        QTest::addRow("error naming ids")
            << ServerFrame(Error {ErrorCode::NotFound, u"not yours"_s, {}, {3, 4, kMaxId}})
            << u"error"_s;
    }
    void serverRoundTrip()
    {
        QFETCH(ServerFrame, frame);
        QFETCH(QString, type);
        const FrameCodec codec;
        const QByteArray wire = codec.encode(frame);
        QCOMPARE(QJsonDocument::fromJson(wire).object().value(u"type"_s).toString(), type);

        const auto result = codec.decodeServer(wire);
        const auto *decoded = std::get_if<Decoded<ServerFrame>>(&result);
        QVERIFY2(decoded, QByteArray(describe(result) + " for " + wire).constData());
        QCOMPARE(decoded->frame.index(), frame.index());
        QVERIFY2(decoded->frame == frame, wire.constData());
        QCOMPARE(codec.encode(decoded->frame), wire);
    }

    // Field names are a contract with every client ever shipped: pin them, not just the round trip.
    void encodesTheWireFormat_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        QTest::addColumn<QByteArray>("expected");
        const FrameCodec codec;
        const auto client = [&](const char *name, const ClientFrame &frame, const char *expected) {
            QTest::addRow("%s", name) << codec.encode(frame) << QByteArray(expected);
        };
        const auto server = [&](const char *name, const ServerFrame &frame, const char *expected) {
            QTest::addRow("%s", name) << codec.encode(frame) << QByteArray(expected);
        };
        client("hello", Hello {1, u"app"_s}, R"({"type":"hello","version":1,"client":"app"})");
        client("register", Register {kAlice, u"Al"_s, u"pw"_s},
            R"({"type":"register","phone":"+4915112345678","name":"Al","password":"pw"})");
        client("login", Login {kAlice, u"pw"_s},
            R"({"type":"login","phone":"+4915112345678","password":"pw"})");
        client("resume", Resume {u"tok"_s}, R"({"type":"resume","token":"tok"})");
        client("logout", Logout {}, R"({"type":"logout"})");
        client("lookup", Lookup {kBob}, R"({"type":"lookup","phone":"+14155550123"})");
        client("send", Send {kCid, kBob, MessageContent::fromText(u"hi"_s)},
            R"({"type":"send","client_id":"6f1c2a4e-3b5d-4c8e-9f10-2a3b4c5d6e7f","to":"+14155550123","kind":"text","text":"hi"})");
        client("delivered", Delivered {{1, 2}}, R"({"type":"delivered","server_ids":[1,2]})");
        client("read", Read {{3}}, R"({"type":"read","server_ids":[3]})");
        client("receipt_ack", ReceiptAck {{4}, DeliveryState::Read},
            R"({"type":"receipt_ack","server_ids":[4],"state":"read"})");
        client("typing", TypingTo {kBob, false},
            R"({"type":"typing","to":"+14155550123","active":false})");
        client("presence_query", PresenceQuery {{kBob}},
            R"({"type":"presence_query","phones":["+14155550123"]})");
        client("sync", Sync {}, R"({"type":"sync"})");
        server("welcome", Welcome {1, u"natterd"_s, customLimits()},
            R"({"type":"welcome","version":1,"server":"natterd","limits":{"max_text_bytes":1000,)"
            R"("max_frame_bytes":5000,"max_media_bytes":7340032,"max_document_bytes":9437184,)"
            R"("max_chunk_bytes":4096,"max_vcard_bytes":2048,"max_ids_per_frame":50,)"
            R"("max_phones_per_query":20,"sync_batch":33}})");
        server("auth_ok", AuthOk {kAlice, u"Al"_s, u"tok"_s},
            R"({"type":"auth_ok","phone":"+4915112345678","name":"Al","token":"tok"})");
        server("logged_out", LoggedOut {}, R"({"type":"logged_out"})");
        server("lookup_result", LookupResult {kBob, true, u"Bob"_s},
            R"({"type":"lookup_result","phone":"+14155550123","found":true,"name":"Bob"})");
        server("ack", Ack {kCid, 5, 1700000000000},
            R"({"type":"ack","client_id":"6f1c2a4e-3b5d-4c8e-9f10-2a3b4c5d6e7f","server_id":5,"ts":1700000000000})");
        server("message",
            ChatMessage {5, kAlice, kBob, 1700000000000, MessageContent::fromText(u"hi"_s)},
            R"({"type":"message","server_id":5,"from":"+4915112345678","to":"+14155550123",)"
            R"("ts":1700000000000,"kind":"text","text":"hi"})");
        server("receipt", Receipt {5, kCid, kBob, DeliveryState::Delivered, 1700000000001},
            R"({"type":"receipt","server_id":5,"client_id":"6f1c2a4e-3b5d-4c8e-9f10-2a3b4c5d6e7f",)"
            R"("peer":"+14155550123","state":"delivered","ts":1700000000001})");
        server("typing", TypingFrom {kAlice, true},
            R"({"type":"typing","from":"+4915112345678","active":true})");
        server("presence", Presence {kBob, false, 1700000000000},
            R"({"type":"presence","phone":"+14155550123","online":false,"last_seen":1700000000000})");
        server("sync_done", SyncDone {2, 1, true},
            R"({"type":"sync_done","messages":2,"receipts":1,"more":true})");
        server("error", Error {ErrorCode::NotFound, u"m"_s, kCid, {7}},
            R"({"type":"error","code":"not_found","message":"m",)"
            R"("client_id":"6f1c2a4e-3b5d-4c8e-9f10-2a3b4c5d6e7f","server_ids":[7]})");
    }
    void encodesTheWireFormat()
    {
        QFETCH(QByteArray, encoded);
        QFETCH(QByteArray, expected);
        QJsonParseError error;
        const QJsonObject want = QJsonDocument::fromJson(expected, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(QJsonDocument::fromJson(encoded).object(), want);
    }

    void errorFrameCarriesEveryCode()
    {
        const FrameCodec codec;
        for (int i = 0; i <= int(ErrorCode::WeakPassword); ++i) {
            const Error error {ErrorCode(i), u"text"_s, {}, {}};
            const QByteArray wire = codec.encode(ServerFrame(error));
            QVERIFY(wire.contains(QByteArray('"' + toWireName(ErrorCode(i)).toUtf8() + '"')));
            const auto result = codec.decodeServer(wire);
            const auto *decoded = std::get_if<Decoded<ServerFrame>>(&result);
            QVERIFY2(decoded, wire.constData());
            QCOMPARE(std::get<Error>(decoded->frame).code, ErrorCode(i));
        }
    }

    void errorWithUnknownCodeReadsAsInternal()
    {
        const auto result = FrameCodec().decodeServer(
            R"({"type":"error","code":"from_the_future","message":"m"})");
        const auto *decoded = std::get_if<Decoded<ServerFrame>>(&result);
        QVERIFY2(decoded, describe(result));
        QCOMPARE(std::get<Error>(decoded->frame).code, ErrorCode::Internal);
        QCOMPARE(std::get<Error>(decoded->frame).message, u"m"_s);
    }

    void ridIsEchoed_data()
    {
        QTest::addColumn<QJsonValue>("rid");
        QTest::addColumn<QByteArray>("onWire");
        QTest::addRow("string") << QJsonValue(u"req-1"_s) << QByteArray(R"("rid":"req-1")");
        QTest::addRow("string of 64 characters") << QJsonValue(
            QString(64, u'r')) << QByteArray("\"rid\":\"" + QByteArray(64, 'r') + '"');
        QTest::addRow("integer") << QJsonValue(42) << QByteArray(R"("rid":42)");
        QTest::addRow("zero") << QJsonValue(0) << QByteArray(R"("rid":0)");
        QTest::addRow("negative") << QJsonValue(-7) << QByteArray(R"("rid":-7)");
        QTest::addRow("largest exact integer")
            << QJsonValue(kMaxId) << QByteArray(R"("rid":9007199254740991)");
    }
    void ridIsEchoed()
    {
        QFETCH(QJsonValue, rid);
        QFETCH(QByteArray, onWire);
        const FrameCodec codec;

        const QByteArray clientWire = codec.encode(ClientFrame(Lookup {kBob}), rid);
        QVERIFY2(clientWire.contains(onWire), clientWire.constData());
        const auto client = codec.decodeClient(clientWire);
        const auto *decodedClient = std::get_if<Decoded<ClientFrame>>(&client);
        QVERIFY2(decodedClient, describe(client));
        QCOMPARE(decodedClient->rid, rid);
        QCOMPARE(decodedClient->frame, ClientFrame(Lookup {kBob}));

        const QByteArray serverWire
            = codec.encode(ServerFrame(LookupResult {kBob, true, u"Bob"_s}), rid);
        QVERIFY2(serverWire.contains(onWire), serverWire.constData());
        const auto server = codec.decodeServer(serverWire);
        const auto *decodedServer = std::get_if<Decoded<ServerFrame>>(&server);
        QVERIFY2(decodedServer, describe(server));
        QCOMPARE(decodedServer->rid, rid);
    }

    void errorEchoesRid_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QJsonValue>("rid");
        QTest::addRow("missing field, string rid")
            << QByteArray(R"({"type":"login","rid":"r-9","phone":"+4915112345678"})")
            << ErrorCode::BadField << QJsonValue(u"r-9"_s);
        QTest::addRow("invalid phone, integer rid")
            << QByteArray(R"({"type":"lookup","rid":12,"phone":"12345"})")
            << ErrorCode::InvalidPhone << QJsonValue(12);
        QTest::addRow("unknown type") << QByteArray(R"({"type":"teleport","rid":5})")
                                      << ErrorCode::UnknownType << QJsonValue(5);
        QTest::addRow("missing type")
            << QByteArray(R"({"rid":"x"})") << ErrorCode::BadField << QJsonValue(u"x"_s);
        QTest::addRow("bad rid is not echoed") << QByteArray(R"({"type":"sync","rid":{"a":1}})")
                                               << ErrorCode::BadField << QJsonValue();
    }
    void errorEchoesRid()
    {
        QFETCH(QByteArray, json);
        QFETCH(ErrorCode, code);
        QFETCH(QJsonValue, rid);
        const auto result = FrameCodec().decodeClient(json);
        QVERIFY(std::holds_alternative<DecodeError>(result));
        const auto &error = std::get<DecodeError>(result);
        QCOMPARE(toWireName(error.code), toWireName(code));
        if (rid.isNull())
            QVERIFY(error.rid.isNull() || error.rid.isUndefined());
        else
            QCOMPARE(error.rid, rid);
    }

    // A refused `send` names its client_id, so the sender knows which message failed.
    void refusedSendNamesItsClientId_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("clientId");
        QTest::addRow("empty text") << sendWith(R"("kind":"text","text":" ")") << kCid;
        QTest::addRow("invalid to") << QByteArray(
            R"({"type":"send","client_id":"6f1c2a4e-3b5d-4c8e-9f10-2a3b4c5d6e7f","to":"0151","kind":"text","text":"hi"})")
                                    << kCid;
        QTest::addRow("text too large") << sendContent(u"text"_s, QString(65537, u'x')) << kCid;
        QTest::addRow("client_id not a UUID") << QByteArray(
            R"({"type":"send","client_id":"nope","to":"+4915112345678","kind":"text","text":""})")
                                              << QString();
        QTest::addRow("client_id as number") << QByteArray(
            R"({"type":"send","client_id":7,"to":"+4915112345678","kind":"text","text":""})")
                                             << QString();
    }
    void refusedSendNamesItsClientId()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, clientId);
        const auto result = FrameCodec().decodeClient(json);
        QVERIFY(std::holds_alternative<DecodeError>(result));
        QCOMPARE(std::get<DecodeError>(result).clientId, clientId);
    }

    // ---- refusals ----------------------------------------------------------------------
    void rejectsClientFrame_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<ErrorCode>("code");
        const auto row = [](const QByteArray &name, const QByteArray &json, ErrorCode code) {
            QTest::addRow("%s", name.constData()) << json << code;
        };
        const ErrorCode bad = ErrorCode::BadField;
        const ErrorCode phone = ErrorCode::InvalidPhone;
        const ErrorCode large = ErrorCode::TooLarge;

        // The envelope.
        row("empty input", "", ErrorCode::BadFrame);
        row("not JSON", "hello there", ErrorCode::BadFrame);
        row("truncated JSON", R"({"type":"hello","version":1)", ErrorCode::BadFrame);
        row("invalid UTF-8", "{\"type\":\"hello\",\"version\":1,\"client\":\"\xff\xfe\"}",
            ErrorCode::BadFrame);
        row("JSON array", R"([{"type":"hello","version":1}])", ErrorCode::BadFrame);
        row("JSON string", R"("hello")", ErrorCode::BadFrame);
        row("JSON number", "42", ErrorCode::BadFrame);
        row("JSON null", "null", ErrorCode::BadFrame);
        row("empty object", "{}", bad);
        row("missing type", R"({"version":1})", bad);
        row("type null", R"({"type":null,"version":1})", bad);
        row("type is a number", R"({"type":1,"version":1})", bad);
        row("unknown type", R"({"type":"teleport"})", ErrorCode::UnknownType);
        row("type in the wrong case", R"({"type":"HELLO","version":1})", ErrorCode::UnknownType);
        row("server frame sent by a client", R"({"type":"logged_out"})", ErrorCode::UnknownType);
        row("rid is an object", R"({"type":"sync","rid":{"id":1}})", bad);
        row("rid is an array", R"({"type":"sync","rid":[1]})", bad);
        row("rid is a boolean", R"({"type":"sync","rid":true})", bad);
        row("rid is fractional", R"({"type":"sync","rid":1.5})", bad);
        row("rid above 2^53 - 1", R"({"type":"sync","rid":9007199254740993})", bad);
        row("rid far above any integer", R"({"type":"sync","rid":1e300})", bad);
        row("rid of 65 characters", R"({"type":"sync","rid":")" + QByteArray(65, 'r') + R"("})",
            bad);
        row("frame over maxControlFrameBytes", paddedHello(Limits {}.maxControlFrameBytes + 1),
            large);
        row("invalid JSON over maxControlFrameBytes",
            "{" + QByteArray(Limits {}.maxControlFrameBytes + 1, ' '), large);

        // hello
        row("hello without version", R"({"type":"hello"})", bad);
        row("hello version as string", R"({"type":"hello","version":"1"})", bad);
        row("hello version fractional", R"({"type":"hello","version":1.5})", bad);
        row("hello version negative", R"({"type":"hello","version":-1})", bad);
        row("hello client as number", R"({"type":"hello","version":1,"client":5})", bad);
        row("hello client too long",
            R"({"type":"hello","version":1,"client":")" + QByteArray(129, 'c') + R"("})", bad);

        row("hello version over 1000000", R"({"type":"hello","version":1000001})", bad);

        // register / login / resume / lookup
        row("register without phone", R"({"type":"register","name":"A","password":"secret123"})",
            bad);
        row("register without name",
            R"({"type":"register","phone":"+4915112345678","password":"secret123"})", bad);
        row("register without password",
            R"({"type":"register","phone":"+4915112345678","name":"A"})", bad);
        row("register name as number",
            R"({"type":"register","phone":"+4915112345678","name":7,"password":"secret123"})", bad);
        row("register password as number",
            R"({"type":"register","phone":"+4915112345678","name":"A","password":12345678})", bad);
        row("register password over 1024 bytes",
            R"({"type":"register","phone":"+4915112345678","name":"A","password":")"
                + QByteArray(1025, 'p') + R"("})",
            large);
        row("register phone as number",
            R"({"type":"register","phone":4915112345678,"name":"A","password":"secret123"})", bad);
        const std::pair<const char *, const char *> badPhones[] {
            {"phone without +", "4915112345678"},
            {"phone with leading 0", "+04915112345678"},
            {"phone too short (6 digits)", "+123456"},
            {"phone of 16 characters with a letter", "+12345678901234x"},
            {"phone with letters", "+49151ABC45678"},
            {"phone with a space", "+49 15112345678"},
            {"phone with two +", "++4915112345678"},
            {"phone that is only +", "+"},
            {"phone that is empty", ""},
        };
        // docs/protocol.md 2.3: over 16 characters is a malformed field, not a wrong number.
        // Not E.164 is invalid_phone whatever its length, so a client can say "wrong number".
        row("register phone too long (16 digits)",
            R"({"type":"register","name":"A","password":"secret123","phone":"+1234567890123456"})",
            phone);
        row("register phone of 40 characters",
            R"({"type":"register","name":"A","password":"secret123","phone":"+49 (0) 151 1234 5678 ext. 123 office"})",
            phone);
        for (const auto &[name, number] : badPhones) {
            row(QByteArray("register ") + name,
                R"({"type":"register","name":"A","password":"secret123","phone":")"
                    + QByteArray(number) + R"("})",
                phone);
        }
        row("login without phone", R"({"type":"login","password":"secret123"})", bad);
        row("login without password", R"({"type":"login","phone":"+4915112345678"})", bad);
        row("login invalid phone",
            R"({"type":"login","phone":"0151123456","password":"secret123"})", phone);
        row("resume without token", R"({"type":"resume"})", bad);
        row("resume token as number", R"({"type":"resume","token":123})", bad);
        row("lookup without phone", R"({"type":"lookup"})", bad);
        row("lookup invalid phone", R"({"type":"lookup","phone":"+49-151-1234567"})", phone);

        // send: envelope
        row("send without client_id",
            R"({"type":"send","to":"+4915112345678","kind":"text","text":"hi"})", bad);
        row("send without to",
            R"({"type":"send","client_id":"6f1c2a4e-3b5d-4c8e-9f10-2a3b4c5d6e7f","kind":"text","text":"hi"})",
            bad);
        row("send client_id not a UUID",
            R"({"type":"send","client_id":"not-a-uuid","to":"+4915112345678","kind":"text","text":"hi"})",
            bad);
        row("send client_id is the nil UUID",
            R"({"type":"send","client_id":"00000000-0000-0000-0000-000000000000","to":"+4915112345678","kind":"text","text":"hi"})",
            bad);
        row("send client_id with braces",
            R"({"type":"send","client_id":"{6f1c2a4e-3b5d-4c8e-9f10-2a3b4c5d6e7f}","to":"+4915112345678","kind":"text","text":"hi"})",
            bad);
        row("send client_id with trailing junk",
            R"({"type":"send","client_id":"6f1c2a4e-3b5d-4c8e-9f10-2a3b4c5d6e7fXY","to":"+4915112345678","kind":"text","text":"hi"})",
            bad);
        row("send client_id over 38 characters",
            R"({"type":"send","client_id":"{6f1c2a4e-3b5d-4c8e-9f10-2a3b4c5d6e7f}x","to":"+4915112345678","kind":"text","text":"hi"})",
            bad);
        row("send client_id as number",
            R"({"type":"send","client_id":42,"to":"+4915112345678","kind":"text","text":"hi"})",
            bad);
        row("send to invalid phone",
            R"({"type":"send","client_id":"6f1c2a4e-3b5d-4c8e-9f10-2a3b4c5d6e7f","to":"+0123","kind":"text","text":"hi"})",
            phone);
        // delivered / read / receipt_ack
        for (const char *type : {"delivered", "read"}) {
            const QByteArray t(type);
            const QByteArray head = "{\"type\":\"" + t + "\",\"server_ids\":";
            row(t + " without server_ids", R"({"type":")" + t + R"("})", bad);
            row(t + " server_ids not an array", head + "5}", bad);
            row(t + " server_ids empty", head + "[]}", bad);
            row(t + " server_ids over 1000", idsFrame(type, 1001), large);
            row(t + " id zero", head + "[1,0]}", bad);
            row(t + " id negative", head + "[-3]}", bad);
            row(t + " id fractional", head + "[1.5]}", bad);
            row(t + " id as string", head + R"(["5"]})", bad);
            row(t + " id null", head + "[null]}", bad);
            row(t + " id above 2^53-1", head + "[9007199254740992]}", bad);
        }
        row("receipt_ack state sent", R"({"type":"receipt_ack","server_ids":[1],"state":"sent"})",
            bad);
        row("receipt_ack state bogus", R"({"type":"receipt_ack","server_ids":[1],"state":"bogus"})",
            bad);
        row("receipt_ack state in capitals",
            R"({"type":"receipt_ack","server_ids":[1],"state":"READ"})", bad);
        row("receipt_ack state as number", R"({"type":"receipt_ack","server_ids":[1],"state":3})",
            bad);
        row("receipt_ack without state", R"({"type":"receipt_ack","server_ids":[1]})", bad);
        row("receipt_ack without server_ids", R"({"type":"receipt_ack","state":"read"})", bad);
        row("receipt_ack server_ids empty",
            R"({"type":"receipt_ack","server_ids":[],"state":"read"})", bad);

        // typing / presence_query
        row("typing without to", R"({"type":"typing","active":true})", bad);
        row("typing without active", R"({"type":"typing","to":"+4915112345678"})", bad);
        row("typing active as string", R"({"type":"typing","to":"+4915112345678","active":"yes"})",
            bad);
        row("typing active as number", R"({"type":"typing","to":"+4915112345678","active":1})",
            bad);
        row("typing to invalid phone", R"({"type":"typing","to":"bob","active":true})", phone);
        row("presence_query without phones", R"({"type":"presence_query"})", bad);
        row("presence_query phones not an array",
            R"({"type":"presence_query","phones":"+4915112345678"})", bad);
        row("presence_query phone as number",
            R"({"type":"presence_query","phones":[4915112345678]})", bad);
        row("presence_query invalid phone",
            R"({"type":"presence_query","phones":["+4915112345678","0151"]})", phone);
        row("presence_query phone too long (16 digits)",
            R"({"type":"presence_query","phones":["+1234567890123456"]})", phone);
        row("presence_query over 256 phones", presenceQuery(257), large);
    }
    void rejectsClientFrame()
    {
        QFETCH(QByteArray, json);
        QFETCH(ErrorCode, code);
        const auto result = FrameCodec().decodeClient(json);
        QVERIFY2(std::holds_alternative<DecodeError>(result), json.left(300).constData());
        const auto &error = std::get<DecodeError>(result);
        QCOMPARE(toWireName(error.code), toWireName(code));
        QVERIFY(!error.message.isEmpty());
    }

    void rejectsServerFrame_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<ErrorCode>("code");
        const auto row = [](const char *name, const QByteArray &json, ErrorCode code) {
            QTest::addRow("%s", name) << json << code;
        };
        const ErrorCode bad = ErrorCode::BadField;
        row("not JSON", "<html>", ErrorCode::BadFrame);
        row("JSON array", "[]", ErrorCode::BadFrame);
        row("unknown type", R"({"type":"welcome_back"})", ErrorCode::UnknownType);
        row("client frame sent by a server", R"({"type":"sync"})", ErrorCode::UnknownType);
        row("welcome without limits", R"({"type":"welcome","version":1,"server":"n"})", bad);
        row("welcome limits not an object", R"({"type":"welcome","version":1,"limits":5})", bad);
        row("welcome limits incomplete",
            R"({"type":"welcome","version":1,"limits":{"max_text_bytes":10}})", bad);
        row("welcome without version",
            compact({{u"type"_s, u"welcome"_s},
                {u"limits"_s,
                    QJsonDocument::fromJson(FrameCodec().encode(ServerFrame(Welcome {})))
                        .object()
                        .value(u"limits"_s)}}),
            bad);
        row("auth_ok invalid phone", R"({"type":"auth_ok","phone":"alice","name":"Alice"})",
            ErrorCode::InvalidPhone);
        row("auth_ok without name", R"({"type":"auth_ok","phone":"+4915112345678"})", bad);
        row("lookup_result found without name",
            R"({"type":"lookup_result","phone":"+4915112345678","found":true})", bad);
        row("lookup_result without found", R"({"type":"lookup_result","phone":"+4915112345678"})",
            bad);
        row("ack client_id not a UUID", R"({"type":"ack","client_id":"x","server_id":1,"ts":1})",
            bad);
        row("ack server_id zero",
            R"({"type":"ack","client_id":"6f1c2a4e-3b5d-4c8e-9f10-2a3b4c5d6e7f","server_id":0,"ts":1})",
            bad);
        row("ack ts negative",
            R"({"type":"ack","client_id":"6f1c2a4e-3b5d-4c8e-9f10-2a3b4c5d6e7f","server_id":1,"ts":-1})",
            bad);
        row("ack ts after 9999",
            R"({"type":"ack","client_id":"6f1c2a4e-3b5d-4c8e-9f10-2a3b4c5d6e7f","server_id":1,"ts":253402300800000})",
            bad);
        row("ack without ts",
            R"({"type":"ack","client_id":"6f1c2a4e-3b5d-4c8e-9f10-2a3b4c5d6e7f","server_id":1})",
            bad);
        row("message without from",
            R"({"type":"message","server_id":1,"to":"+4915112345678","ts":1,"kind":"text","text":"hi"})",
            bad);
        row("message with empty text",
            R"({"type":"message","server_id":1,"from":"+14155550123","to":"+4915112345678","ts":1,"kind":"text","text":""})",
            bad);
        row("message without kind",
            R"({"type":"message","server_id":1,"from":"+14155550123","to":"+4915112345678","ts":1,"text":"hi"})",
            bad);
        row("receipt state sent",
            R"({"type":"receipt","server_id":1,"client_id":"6f1c2a4e-3b5d-4c8e-9f10-2a3b4c5d6e7f","peer":"+4915112345678","state":"sent","ts":1})",
            bad);
        row("receipt state bogus",
            R"({"type":"receipt","server_id":1,"client_id":"6f1c2a4e-3b5d-4c8e-9f10-2a3b4c5d6e7f","peer":"+4915112345678","state":"bogus","ts":1})",
            bad);
        row("typing without active", R"({"type":"typing","from":"+4915112345678"})", bad);
        row("presence without online", R"({"type":"presence","phone":"+4915112345678"})", bad);
        row("presence last_seen negative",
            R"({"type":"presence","phone":"+4915112345678","online":false,"last_seen":-5})", bad);
        row("sync_done without more", R"({"type":"sync_done","messages":1,"receipts":0})", bad);
        row("error without code", R"({"type":"error","message":"m"})", bad);
        row("error code as number", R"({"type":"error","code":3})", bad);
        row("error server_ids empty", R"({"type":"error","code":"not_found","server_ids":[]})",
            bad);
        row("frame over 16 MiB", paddedHello(16 * kMiB + 1), ErrorCode::TooLarge);
    }
    void rejectsServerFrame()
    {
        QFETCH(QByteArray, json);
        QFETCH(ErrorCode, code);
        const auto result = FrameCodec().decodeServer(json);
        QVERIFY2(std::holds_alternative<DecodeError>(result), json.left(300).constData());
        const auto &error = std::get<DecodeError>(result);
        QCOMPARE(toWireName(error.code), toWireName(code));
        QVERIFY(!error.message.isEmpty());
    }

    // ---- what is accepted --------------------------------------------------------------
    void acceptsClientFrame_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<ClientFrame>("expected");
        const auto row = [](const char *name, const QByteArray &json, const ClientFrame &frame) {
            QTest::addRow("%s", name) << json << frame;
        };
        row("unknown top-level field",
            R"({"type":"hello","version":1,"client":"c","future":{"x":[1,2]}})", Hello {1, u"c"_s});
        row("null optional field", R"({"type":"hello","version":2,"client":null})", Hello {2, {}});
        row("unknown field in a send", sendWith(R"("kind":"text","text":"hi","priority":"high")"),
            Send {kCid, kAlice, MessageContent::fromText(u"hi"_s)});
        row("phone with 7 digits", R"({"type":"lookup","phone":"+1234567"})",
            Lookup {u"+1234567"_s});
        row("phone with 15 digits", R"({"type":"lookup","phone":"+123456789012345"})",
            Lookup {u"+123456789012345"_s});
        row("1000 server_ids", idsFrame("read", 1000), [] {
            Read r;
            for (qint64 i = 1; i <= 1000; ++i)
                r.serverIds.append(i);
            return ClientFrame(r);
        }());
        row("largest id", R"({"type":"delivered","server_ids":[9007199254740991]})",
            Delivered {{kMaxId}});
        row("id written as 3.0", R"({"type":"delivered","server_ids":[3.0]})", Delivered {{3}});
        row("client_id in upper case",
            R"({"type":"send","client_id":"6F1C2A4E-3B5D-4C8E-9F10-2A3B4C5D6E7F","to":"+4915112345678","kind":"text","text":"hi"})",
            Send {u"6F1C2A4E-3B5D-4C8E-9F10-2A3B4C5D6E7F"_s, kAlice,
                MessageContent::fromText(u"hi"_s)});
        row("hello version 0 (refused later, by the server)", R"({"type":"hello","version":0})",
            Hello {0, {}});
        row("presence_query without phones", R"({"type":"presence_query","phones":[]})",
            PresenceQuery {});
        // Lengths the server judges itself (invalid_name, bad_token) pass the codec.
        row("register with a 300-character name",
            compact({{u"type"_s, u"register"_s}, {u"phone"_s, kAlice},
                {u"name"_s, QString(300, u'n')}, {u"password"_s, u"secret123"_s}}),
            Register {kAlice, QString(300, u'n'), u"secret123"_s});
        row("resume with a 200-character token",
            compact({{u"type"_s, u"resume"_s}, {u"token"_s, QString(200, u't')}}),
            Resume {QString(200, u't')});
        row("rid of -(2^53 - 1)", R"({"type":"sync","rid":-9007199254740991})", Sync {});
        row("256 phones", presenceQuery(256), [] {
            PresenceQuery q;
            for (int i = 0; i < 256; ++i)
                q.phones.append(u"+49151%1"_s.arg(1000000 + i));
            return ClientFrame(q);
        }());
        row("frame exactly maxControlFrameBytes", paddedHello(Limits {}.maxControlFrameBytes),
            Hello {1, {}});
    }
    void acceptsClientFrame()
    {
        QFETCH(QByteArray, json);
        QFETCH(ClientFrame, expected);
        const auto result = FrameCodec().decodeClient(json);
        const auto *decoded = std::get_if<Decoded<ClientFrame>>(&result);
        QVERIFY2(decoded, describe(result));
        QCOMPARE(decoded->frame.index(), expected.index());
        QVERIFY(decoded->frame == expected);
    }

    void serverFramesMayBeLargerThanClientFrames()
    {
        const FrameCodec codec;
        const QByteArray big = compact({{u"type"_s, u"sync_done"_s}, {u"messages"_s, 1},
            {u"receipts"_s, 2}, {u"more"_s, false}, {u"pad"_s, QString(kMiB, u'p')}});
        QVERIFY(big.size() > codec.limits().maxControlFrameBytes);
        const auto server = codec.decodeServer(big);
        QVERIFY2(std::holds_alternative<Decoded<ServerFrame>>(server), describe(server));
        QCOMPARE(std::get<Decoded<ServerFrame>>(server).frame, ServerFrame(SyncDone {1, 2, false}));
    }

    // A codec enforces the limits it was built with, not the defaults.
    void codecEnforcesItsOwnLimits()
    {
        Limits limits;
        limits.maxTextBytes = 10;
        limits.maxControlFrameBytes = 400;
        limits.maxIdsPerFrame = 3;
        limits.maxPhonesPerQuery = 2;
        limits.maxVCardBytes = 100;
        limits.maxMediaBytes = 1000;
        const FrameCodec codec(limits);
        QCOMPARE(codec.limits(), limits);

        // The wire name of the refusal, or "accepted".
        const auto code = [&](const QByteArray &json) {
            const auto result = codec.decodeClient(json);
            if (const auto *error = std::get_if<DecodeError>(&result))
                return toWireName(error->code);
            return u"accepted"_s;
        };
        const QString accepted = u"accepted"_s;
        const QString tooLarge = toWireName(ErrorCode::TooLarge);
        QCOMPARE(code(sendContent(u"text"_s, QString(10, u'a'))), accepted);
        QCOMPARE(code(sendContent(u"text"_s, QString(11, u'a'))), tooLarge);
        QCOMPARE(code(sendContent(u"text"_s, u"ééééé"_s)), accepted);
        QCOMPARE(code(sendContent(u"text"_s, u"éééééa"_s)), tooLarge);
        QCOMPARE(code(idsFrame("delivered", 3)), accepted);
        QCOMPARE(code(idsFrame("delivered", 4)), tooLarge);
        QCOMPARE(code(presenceQuery(2)), accepted);
        QCOMPARE(code(presenceQuery(3)), tooLarge);
        QCOMPARE(code(contactWith(vcardOfSize(100))), accepted);
        QCOMPARE(code(contactWith(vcardOfSize(101))), tooLarge);
        QCOMPARE(code(sendWith(
                     R"("kind":"media","file":{"file_id":"m","mime":"image/png","size":1000})")),
            accepted);
        QCOMPARE(code(sendWith(
                     R"("kind":"media","file":{"file_id":"m","mime":"image/png","size":1001})")),
            tooLarge);
        QCOMPARE(code(paddedHello(400)), accepted);
        QCOMPARE(code(paddedHello(401)), tooLarge);
    }

    void wireNamesOfDeliveryStates()
    {
        QCOMPARE(toWireName(DeliveryState::Sent), u"sent"_s);
        QCOMPARE(toWireName(DeliveryState::Delivered), u"delivered"_s);
        QCOMPARE(toWireName(DeliveryState::Read), u"read"_s);
        for (auto state : {DeliveryState::Sent, DeliveryState::Delivered, DeliveryState::Read})
            QVERIFY(deliveryStateFromWire(toWireName(state)) == state);
        QVERIFY(!deliveryStateFromWire(u"Read"_s));
        QVERIFY(!deliveryStateFromWire(QString()));
    }
};

QTEST_GUILESS_MAIN(TestFrameCodec)
#include "TestFrameCodec.moc"
