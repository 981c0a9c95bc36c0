// The quality bar of DESIGN.md against a real natterd with real WebSocket clients: every bad
// input gets a clear error frame with the right code, nothing is stored or delivered, and the
// connection stays usable wherever that is safe. (Frames in the wrong session state:
// TestSessionStates.)
#include "BadInputFixture.h"

class TestBadInput : public BadInputFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void badFrameIsRefused_data()
    {
        QTest::addColumn<QString>("frame");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<bool>("echoesRid"); // the frame got far enough to have a rid
        const auto raw = [](const char *name, const QString &text) {
            QTest::newRow(name) << text << ErrorCode::BadFrame << false;
        };
        const auto row
            = [](const char *name, const QJsonObject &obj, ErrorCode code, bool echoesRid = true) {
                  QTest::newRow(name) << compact(obj) << code << echoesRid;
              };
        const QJsonObject send = validSend();
        const QString sendText = compact(send);

        raw("malformed JSON", sendText.chopped(1));
        raw("trailing garbage", sendText + u"}"_s);
        raw("single quotes", QString(sendText).replace(u'"', u'\''));
        raw("JSON array", u"[%1]"_s.arg(sendText));
        raw("JSON string", u"\"send\""_s);
        raw("JSON number", u"42"_s);
        raw("JSON null", u"null"_s);
        raw("empty text frame", QString());
        raw("deeply nested", QString(u"["_s.repeated(5000) + u"]"_s.repeated(5000)));

        row("unknown type", with(send, u"type"_s, u"sned"_s), ErrorCode::UnknownType);
        row("type in upper case", with(send, u"type"_s, u"SEND"_s), ErrorCode::UnknownType);
        // A client must not be able to inject frames that only the server sends.
        row("server-only type 'message'",
            with(with(with(send, u"type"_s, u"message"_s), u"server_id"_s, 1), u"from"_s, kAlice),
            ErrorCode::UnknownType);
        row("server-only type 'receipt'",
            {{u"type"_s, u"receipt"_s}, {u"rid"_s, kBadRid}, {u"server_id"_s, 1},
                {u"client_id"_s, TestClient::newClientId()}, {u"peer"_s, kBob},
                {u"state"_s, u"read"_s}, {u"ts"_s, 1}},
            ErrorCode::UnknownType);

        row("missing type", without(send, u"type"_s), ErrorCode::BadField);
        row("type is a number", with(send, u"type"_s, 6), ErrorCode::BadField);
        row("missing client_id", without(send, u"client_id"_s), ErrorCode::BadField);
        row("missing to", without(send, u"to"_s), ErrorCode::BadField);
        row("missing kind", without(send, u"kind"_s), ErrorCode::BadField);
        row("missing text", without(send, u"text"_s), ErrorCode::BadField);
        row("null text", with(send, u"text"_s, QJsonValue::Null), ErrorCode::BadField);
        row("client_id not a UUID", with(send, u"client_id"_s, u"42"_s), ErrorCode::BadField);
        row("client_id is a number", with(send, u"client_id"_s, 42), ErrorCode::BadField);
        row("to is a number", with(send, u"to"_s, 4915110000002.0), ErrorCode::BadField);
        row("to is an array", with(send, u"to"_s, QJsonArray {kBob}), ErrorCode::BadField);
        row("to is not E.164", with(send, u"to"_s, u"015110000002"_s), ErrorCode::InvalidPhone);
        row("text is a number", with(send, u"text"_s, 7), ErrorCode::BadField);
        row("text is an object", with(send, u"text"_s, QJsonObject {}), ErrorCode::BadField);
        row("blank text", with(send, u"text"_s, u" \n\t "_s), ErrorCode::BadField);
        row("unknown kind", with(send, u"kind"_s, u"sticker"_s), ErrorCode::BadField);
        row("kind is a boolean", with(send, u"kind"_s, true), ErrorCode::BadField);
        row("location out of range",
            with(with(send, u"kind"_s, u"location"_s), u"location"_s,
                QJsonObject {{u"lat"_s, 91}, {u"lon"_s, 0}}),
            ErrorCode::BadField);
        row("contact without a vCard",
            with(with(send, u"kind"_s, u"contact"_s), u"contact"_s,
                QJsonObject {{u"vcard"_s, u"Bob, +4915110000002"_s}}),
            ErrorCode::BadField);

        row("rid is an object", with(send, u"rid"_s, QJsonObject {}), ErrorCode::BadField, false);
        row("rid is fractional", with(send, u"rid"_s, 1.5), ErrorCode::BadField, false);
        row("rid is too long", with(send, u"rid"_s, QString(kMaxRidChars + 1, u'r')),
            ErrorCode::BadField, false);

        const QJsonObject delivered {{u"type"_s, u"delivered"_s}, {u"rid"_s, kBadRid}};
        const auto ids
            = [&](const QJsonValue &value) { return with(delivered, u"server_ids"_s, value); };
        row("delivered without ids", delivered, ErrorCode::BadField);
        row("delivered with empty ids", ids(QJsonArray {}), ErrorCode::BadField);
        row("delivered with a string id", ids(QJsonArray {u"1"_s}), ErrorCode::BadField);
        row("delivered with id 0", ids(QJsonArray {0}), ErrorCode::BadField);
        row("delivered with a negative id", ids(QJsonArray {-1}), ErrorCode::BadField);
        row("delivered with a fractional id", ids(QJsonArray {1.5}), ErrorCode::BadField);
        row("delivered with ids as a number", ids(1), ErrorCode::BadField);
        row("receipt_ack with state 'sent'",
            {{u"type"_s, u"receipt_ack"_s}, {u"rid"_s, kBadRid}, {u"server_ids"_s, QJsonArray {1}},
                {u"state"_s, u"sent"_s}},
            ErrorCode::BadField);
        row("typing with a string flag",
            {{u"type"_s, u"typing"_s}, {u"rid"_s, kBadRid}, {u"to"_s, kBob},
                {u"active"_s, u"true"_s}},
            ErrorCode::BadField);
        row("presence_query with a number",
            {{u"type"_s, u"presence_query"_s}, {u"rid"_s, kBadRid},
                {u"phones"_s, QJsonArray {4915110000002.0}}},
            ErrorCode::BadField);
        row("lookup without phone", {{u"type"_s, u"lookup"_s}, {u"rid"_s, kBadRid}},
            ErrorCode::BadField);
    }

    void badFrameIsRefused()
    {
        QFETCH(QString, frame);
        QFETCH(ErrorCode, code);
        QFETCH(bool, echoesRid);

        m_alice->sendRaw(frame);
        const auto error = echoesRid ? errorReply(*m_alice, kBadRid) : m_alice->waitForError();
        QVERIFY2(error, echoesRid ? "no error frame carrying the frame's rid" : "no error frame");
        QCOMPARE(toWireName(error->code), toWireName(code));
        QVERIFY2(!error->message.isEmpty(), "the error does not say what was wrong");
        QVERIFY(!m_alice->receivesWithin<Ack>(0));

        verifyNothingStoredAndStillUsable();
    }

    void textOverTheLimitIsTooLarge_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        const qint64 max = Limits {}.maxTextBytes;
        QTest::addRow("exactly the limit") << QString(max, u'a') << true;
        QTest::addRow("one byte over") << QString(max + 1, u'a') << false;
        // 21,846 characters, but 65,538 UTF-8 bytes: the limit counts bytes.
        QTest::addRow("multi-byte over") << QString((max + 2) / 3, QChar(0x20AC)) << false;
        QTest::addRow("far over") << QString(200 * 1024, u'a') << false;
    }

    void textOverTheLimitIsTooLarge()
    {
        QFETCH(QString, text);
        QFETCH(bool, accepted);

        const QString cid = TestClient::newClientId();
        m_alice->send(Send {cid, kBob, MessageContent::fromText(text)}, u"big"_s);
        const auto reply = m_alice->waitForRid(u"big"_s);
        QVERIFY(reply);
        if (accepted) {
            const auto *ack = std::get_if<Ack>(&reply->frame);
            QVERIFY2(ack, "a text of exactly the limit was refused");
            const auto msg = m_bob->waitFor<ChatMessage>();
            QVERIFY(msg);
            QCOMPARE(msg->content.text, text);
            return;
        }
        const auto *error = std::get_if<Error>(&reply->frame);
        QVERIFY2(error, "an over-long text was accepted");
        QCOMPARE(toWireName(error->code), toWireName(ErrorCode::TooLarge));
        QVERIFY(!error->message.isEmpty());

        verifyNothingStoredAndStillUsable();
    }

    // A client marks the message `failed` by its client_id; a rid is optional, so the error for
    // a refused `send` has to name the message.
    void tooLargeTextNamesTheMessage()
    {
        const QString cid = TestClient::newClientId();
        m_alice->send(
            Send {cid, kBob, MessageContent::fromText(QString(Limits {}.maxTextBytes + 1, u'a'))});
        const auto error = m_alice->waitForError(ErrorCode::TooLarge);
        QVERIFY(error);
        QCOMPARE(error->clientId, cid);
    }

    // Bigger than max_frame_bytes, small enough for the socket: the server reads it, refuses it
    // and carries on with the connection.
    void frameOverMaxFrameBytesIsTooLarge()
    {
        const qint64 maxFrame = Limits {}.maxControlFrameBytes;
        // A valid send whose padding (an unknown field, otherwise ignored) pushes it past the
        // limit.
        const QString frame
            = compact(with(validSend(u"padded"_s), u"padding"_s, QString(maxFrame + 1024, u'x')));
        QVERIFY(frame.size() > maxFrame);
        QVERIFY(frame.size() < kMiB);
        m_alice->sendRaw(frame);
        const auto error = m_alice->waitForError();
        QVERIFY(error);
        QCOMPARE(toWireName(error->code), toWireName(ErrorCode::TooLarge));
        QVERIFY(!error->message.isEmpty());
        QVERIFY(m_alice->isConnected());

        verifyNothingStoredAndStillUsable();
    }

    // Over the socket's own limit the message is never buffered whole: QtWebSockets closes the
    // connection with 1009, and the server goes on serving everybody else.
    void messageOverSocketLimitClosesWith1009()
    {
        auto mallory = std::make_unique<TestClient>();
        QVERIFY(mallory->login(m_server->url(), kAlice));
        QVERIFY(mallory->waitFor<SyncDone>());
        m_bob->clearInbox();

        mallory->sendRaw(compact(validSend(QString(2 * kMiB, u'x'))));
        QVERIFY(mallory->waitForDisconnected());
        QCOMPARE(mallory->closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
        QCOMPARE(mallory->count<Ack>(), 0);

        // Everybody else is still served: Alice's other connection sends, a new client logs in.
        verifyNothingStoredAndStillUsable();
        if (QTest::currentTestFailed())
            return;
        QVERIFY(mallory->login(m_server->url(), kAlice));
        mallory->send(Lookup {kBob}, 1);
        QVERIFY(replyIs<LookupResult>(*mallory, 1));
    }

    // Logged in, a binary message is a file chunk: too short for its header it is a bad frame,
    // otherwise a chunk of a transfer this connection does not have.
    void garbageBinaryIsUnexpected_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<ErrorCode>("code");
        QTest::addRow("one byte") << QByteArray(1, '\0') << ErrorCode::BadFrame;
        QTest::addRow("a bare chunk header") << QByteArray(12, '\1') << ErrorCode::BadFrame;
        QTest::addRow("JSON in a binary frame") << compact(validSend()).toUtf8() << ErrorCode::UnexpectedBinary;
        QByteArray noise(4096, Qt::Uninitialized);
        for (qsizetype i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 131 + 17) % 256);
        QTest::addRow("4 KiB of noise") << noise << ErrorCode::UnexpectedBinary;
        QTest::addRow("a chunk-sized frame") << QByteArray(kMiB, '\xff') << ErrorCode::UnexpectedBinary;
    }

    void garbageBinaryIsUnexpected()
    {
        QFETCH(QByteArray, data);
        QFETCH(ErrorCode, code);
        m_alice->sendBinary(data);
        const auto error = m_alice->waitForError();
        QVERIFY(error);
        QCOMPARE(toWireName(error->code), toWireName(code));
        QVERIFY(!error->message.isEmpty());
        QVERIFY(m_alice->isConnected());

        verifyNothingStoredAndStillUsable();
    }

    void binaryBeforeLoginIsUnexpected()
    {
        TestClient client;
        QVERIFY(client.connectTo(m_server->url(), false));
        client.sendBinary(QByteArrayLiteral("\x00\x01\x02"));
        const auto error = client.waitForError();
        QVERIFY(error);
        QCOMPARE(toWireName(error->code), toWireName(ErrorCode::UnexpectedBinary));
        // Still usable: hello and login go through.
        client.send(Hello {kProtocolVersion, u"tests"_s}, 1);
        QVERIFY(replyIs<Welcome>(client, 1));
        client.send(Login {kBob, u"correct horse"_s}, 2);
        QVERIFY(replyIs<AuthOk>(client, 2));
    }

    void sendToUnregisteredNumberIsUnknownUser()
    {
        const QString cid = m_alice->sendText(kNobody, u"anyone there?"_s);
        const auto error = m_alice->waitForError();
        QVERIFY(error);
        QCOMPARE(toWireName(error->code), toWireName(ErrorCode::UnknownUser));
        QCOMPARE(error->clientId, cid);
        QVERIFY(!error->message.isEmpty());
        QVERIFY(!m_alice->receivesWithin<Ack>(200));

        // Nothing was kept for the number: whoever registers it later finds an empty queue.
        TestClient newcomer;
        QVERIFY(newcomer.registerUser(m_server->url(), kNobody, u"Newcomer"_s));
        const auto done = newcomer.waitFor<SyncDone>();
        QVERIFY(done);
        QCOMPARE(done->messages, 0);
        QCOMPARE(newcomer.count<ChatMessage>(), 0);
        // The same client_id can still be used for a real message: nothing was recorded under it.
        m_alice->sendText(kNobody, u"now you are"_s, cid);
        const auto ack = m_alice->waitFor<Ack>();
        QVERIFY(ack);
        QCOMPARE(ack->clientId, cid);
        const auto msg = newcomer.waitFor<ChatMessage>();
        QVERIFY(msg);
        QCOMPARE(msg->content.text, u"now you are"_s);
    }

    void tooManyIdsIsTooLarge_data()
    {
        QTest::addColumn<QString>("type");
        QTest::newRow("delivered") << u"delivered"_s;
        QTest::newRow("read") << u"read"_s;
        QTest::newRow("receipt_ack") << u"receipt_ack"_s;
    }

    void tooManyIdsIsTooLarge()
    {
        QFETCH(QString, type);
        const int max = Limits {}.maxIdsPerFrame;
        m_alice->sendText(kBob, u"one"_s);
        const auto ack = m_alice->waitFor<Ack>();
        QVERIFY(ack);
        const auto msg = m_bob->waitFor<ChatMessage>();
        QVERIFY(msg);
        if (type == QLatin1String("receipt_ack")) {
            m_bob->send(Read {{msg->serverId}});
            QVERIFY(m_alice->waitFor<Receipt>());
        }
        // The real id first, then ids that do not exist, one more than allowed.
        TestClient &actor = type == QLatin1String("receipt_ack") ? *m_alice : *m_bob;
        QJsonObject frame {{u"type"_s, type}, {u"rid"_s, kBadRid}};
        if (type == QLatin1String("receipt_ack"))
            frame.insert(u"state"_s, u"read"_s);
        QJsonArray ids {ack->serverId};
        for (qint64 id : idList(ack->serverId + 1000, max))
            ids.append(id);
        QCOMPARE(ids.size(), max + 1);
        actor.sendRaw(compact(with(frame, u"server_ids"_s, ids)));
        const auto error = errorReply(actor, kBadRid);
        QVERIFY(error);
        QCOMPARE(toWireName(error->code), toWireName(ErrorCode::TooLarge));
        QVERIFY(error->message.contains(QString::number(max)));

        if (type == QLatin1String("receipt_ack")) {
            // Not acknowledged: the read receipt is handed over again on the next login.
            QVERIFY(m_alice->resume(m_server->url()));
            const auto done = m_alice->waitFor<SyncDone>();
            QVERIFY(done);
            QCOMPARE(done->receipts, 1);
            return;
        }
        // Nothing changed: Alice hears nothing, and the real receipt still gets through.
        QVERIFY(!m_alice->receivesWithin<Receipt>(200));
        m_bob->send(Read {{msg->serverId}});
        const auto receipt = m_alice->waitFor<Receipt>();
        QVERIFY(receipt);
        QCOMPARE(receipt->serverId, ack->serverId);
    }

    // The limit itself is allowed: 1000 unknown ids are refused one by one, not as too large.
    void idsAtTheLimitAreAccepted()
    {
        const int max = Limits {}.maxIdsPerFrame;
        const QList<qint64> ids = idList(5000, max);
        m_bob->send(Delivered {ids}, 1);
        const auto error = errorReply(*m_bob, 1);
        QVERIFY(error);
        QCOMPARE(toWireName(error->code), toWireName(ErrorCode::NotFound));
        QCOMPARE(error->serverIds, ids);
    }

    // A file message must reference a finished upload of the sender; these ids were never uploaded.
    void fileMessagesWithUnknownFilesAreNotFound_data()
    {
        QTest::addColumn<MessageContent>("content");
        MessageContent media {MessageKind::Media, u"look"_s,
            FileRef {u"f1"_s, u"cat.jpg"_s, u"image/jpeg"_s, 1000, {}}, {}, {}};
        MessageContent document {MessageKind::Document, {},
            FileRef {u"f2"_s, u"cv.pdf"_s, u"application/pdf"_s, 5000, {}}, {}, {}};
        QTest::newRow("media") << media;
        QTest::newRow("document") << document;
    }

    void fileMessagesWithUnknownFilesAreNotFound()
    {
        QFETCH(MessageContent, content);
        const QString cid = TestClient::newClientId();
        m_alice->send(Send {cid, kBob, content}, 1);
        const auto error = errorReply(*m_alice, 1);
        QVERIFY(error);
        QCOMPARE(toWireName(error->code), toWireName(ErrorCode::NotFound));
        QCOMPARE(error->clientId, cid);
        QCOMPARE(error->fileId, content.file->fileId);
        QVERIFY(!error->message.isEmpty());

        verifyNothingStoredAndStillUsable();
    }

    // Many bad frames in a row do not wear the connection down.
    void connectionSurvivesABarrageOfBadFrames()
    {
        for (int i = 0; i < 200; ++i) {
            m_alice->sendRaw(u"{not json %1"_s.arg(i));
            m_alice->sendBinary(QByteArray(16, char(i)));
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_alice->count<Error>(), 400, TestClient::kTimeoutMs);
        verifyNothingReachedBob();
        if (QTest::currentTestFailed())
            return;
        m_alice->clearInbox();
        verifyAliceStillSends();
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "TestBadInput.moc"
