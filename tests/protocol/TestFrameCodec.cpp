// FrameCodec: every frame survives encode → decode unchanged, is written as documented, and
// the codec keeps its own limits (refusals of malformed frames: TestFrameCodecValidation).
#include "FrameCodecTestData.h"


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
        checkRoundTrip(frame, type);
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
            << ServerFrame(Error {ErrorCode::UnknownUser, u"no such user"_s, kCid, {}, {}, 0})
            << u"error"_s;
        QTest::addRow("error naming ids")
            << ServerFrame(Error {ErrorCode::NotFound, u"not yours"_s, {}, {3, 4, kMaxId}, {}, 0})
            << u"error"_s;
    }
    void serverRoundTrip()
    {
        QFETCH(ServerFrame, frame);
        QFETCH(QString, type);
        checkRoundTrip(frame, type);
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
        server("error", Error {ErrorCode::NotFound, u"m"_s, kCid, {7}, {}, 0},
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
        for (int i = 0; i <= int(ErrorCode::Expired); ++i) {
            const Error error {ErrorCode(i), u"text"_s, {}, {}, {}, 0};
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
