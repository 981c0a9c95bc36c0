// FrameCodec validation: every malformed frame is refused with the error code a peer would see
// in its `error` frame, and what is merely unusual is accepted.
#include "FrameCodecTestData.h"

class TestFrameCodecValidation : public QObject
{
    Q_OBJECT

private slots:
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
};

QTEST_GUILESS_MAIN(TestFrameCodecValidation)
#include "TestFrameCodecValidation.moc"
