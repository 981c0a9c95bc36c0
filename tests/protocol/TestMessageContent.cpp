// MessageContent: what a message may carry (text, media, document, location, contact), as the
// codec reads it inside a `send` and inside a `message`. Both directions validate the same way.
#include "protocol/FrameCodec.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace natter::protocol;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(natter::protocol::MessageContent)
Q_DECLARE_METATYPE(natter::protocol::ErrorCode)

namespace {
QByteArray compact(const QJsonObject &obj)
{
    return QJsonDocument(obj).toJson(QJsonDocument::Compact);
}

// The content fields of a frame: a JSON object without its braces.
QByteArray fragment(const QJsonObject &content)
{
    const QByteArray json = compact(content);
    return json.mid(1, json.size() - 2);
}

QByteArray asSend(const QByteArray &content)
{
    return QByteArray("{\"type\":\"send\",\"client_id\":\"6f1c2a4e-3b5d-4c8e-9f10-2a3b4c5d6e7f\","
                      "\"to\":\"+4915112345678\",")
        + content + '}';
}

QByteArray asMessage(const QByteArray &content)
{
    return QByteArray("{\"type\":\"message\",\"server_id\":9,\"from\":\"+14155550123\","
                      "\"to\":\"+4915112345678\",\"ts\":1700000000000,")
        + content + '}';
}

QByteArray textOf(const QString &kind, const QString &text)
{
    QJsonObject obj {{u"kind"_s, kind}, {u"text"_s, text}};
    if (kind == u"media"_s)
        obj.insert(u"file"_s,
            QJsonObject {{u"file_id"_s, u"f1"_s}, {u"mime"_s, u"image/png"_s}, {u"size"_s, 10}});
    return fragment(obj);
}

QByteArray contact(const QString &vcard)
{
    return fragment({{u"kind"_s, u"contact"_s}, {u"contact"_s, QJsonObject {{u"vcard"_s, vcard}}}});
}

// A valid vCard 3.0 whose NOTE pads it to exactly `bytes` UTF-8 bytes.
QString vcardOfSize(qsizetype bytes)
{
    const QString head = u"BEGIN:VCARD\nVERSION:3.0\nFN:Padded Person\nTEL:+4915112345678\nNOTE:"_s;
    const QString tail = u"\nEND:VCARD"_s;
    return head + QString(bytes - head.size() - tail.size(), u'x') + tail;
}

// The content both decoders read, or the wire name of the error each gave.
struct Outcome
{
    std::optional<MessageContent> sent;
    std::optional<MessageContent> received;
    QString sendError;
    QString messageError;
};

Outcome decodeBothWays(const QByteArray &content, const FrameCodec &codec = FrameCodec())
{
    Outcome out;
    const auto client = codec.decodeClient(asSend(content));
    if (const auto *decoded = std::get_if<Decoded<ClientFrame>>(&client))
        out.sent = std::get<Send>(decoded->frame).content;
    else
        out.sendError = toWireName(std::get<DecodeError>(client).code);
    const auto server = codec.decodeServer(asMessage(content));
    if (const auto *decoded = std::get_if<Decoded<ServerFrame>>(&server))
        out.received = std::get<ChatMessage>(decoded->frame).content;
    else
        out.messageError = toWireName(std::get<DecodeError>(server).code);
    return out;
}

MessageContent withKind(MessageKind kind)
{
    MessageContent c;
    c.kind = kind;
    return c;
}
} // namespace

class TestMessageContent : public QObject
{
    Q_OBJECT

private slots:
    void rejects_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<ErrorCode>("code");
        const auto row = [](const char *name, const QByteArray &content, ErrorCode code) {
            QTest::addRow("%s", name) << content << code;
        };
        const ErrorCode bad = ErrorCode::BadField;
        const ErrorCode large = ErrorCode::TooLarge;

        row("kind missing", R"("text":"hi")", bad);
        row("kind as number", R"("kind":1,"text":"hi")", bad);
        row("unknown kind", R"("kind":"sticker","text":"hi")", bad);
        row("kind over 32 characters",
            fragment({{u"kind"_s, QString(33, u't')}, {u"text"_s, u"hi"_s}}), bad);

        // text
        row("text missing", R"("kind":"text")", bad);
        row("text null", R"("kind":"text","text":null)", bad);
        row("text empty", R"("kind":"text","text":"")", bad);
        row("text whitespace only", R"("kind":"text","text":"  \n\t \r\n ")", bad);
        row("text as number", R"("kind":"text","text":5)", bad);
        row("text as array", R"("kind":"text","text":["hi"])", bad);

        // media and document
        row("media without file", R"("kind":"media")", bad);
        row("media file as string", R"("kind":"media","file":"f1")", bad);
        row("media file without file_id", R"("kind":"media","file":{"mime":"image/png","size":1})",
            bad);
        row("media file without mime", R"("kind":"media","file":{"file_id":"f1","size":1})", bad);
        row("media file without size",
            R"("kind":"media","file":{"file_id":"f1","mime":"image/png"})", bad);
        row("media size as string",
            R"("kind":"media","file":{"file_id":"f1","mime":"image/png","size":"10"})", bad);
        row("media size negative",
            R"("kind":"media","file":{"file_id":"f1","mime":"image/png","size":-1})", bad);
        row("media size fractional",
            R"("kind":"media","file":{"file_id":"f1","mime":"image/png","size":1.5})", bad);
        row("media file_id with a path",
            R"("kind":"media","file":{"file_id":"../etc/passwd","mime":"image/png","size":1})",
            bad);
        row("media file_id empty",
            R"("kind":"media","file":{"file_id":"","mime":"image/png","size":1})", bad);
        row("media thumbnail not base64",
            R"("kind":"media","file":{"file_id":"f1","mime":"image/png","size":1,"thumbnail":"!!not base64!!"})",
            bad);
        row("media name as number",
            R"("kind":"media","file":{"file_id":"f1","mime":"image/png","size":1,"name":3})", bad);

        const auto file = [](const char *key, const QString &value) {
            QJsonObject f {{u"file_id"_s, u"f"_s}, {u"mime"_s, u"image/png"_s}, {u"size"_s, 1}};
            f.insert(QLatin1String(key), value);
            return fragment({{u"kind"_s, u"media"_s}, {u"file"_s, f}});
        };
        row("file_id over 64 characters", file("file_id", QString(65, u'f')), bad);
        row("file name over 255 characters", file("name", QString(256, u'n')), bad);
        row("mime over 127 characters", file("mime", QString(128, u'm')), bad);

        // location
        row("location missing", R"("kind":"location")", bad);
        row("location as array", R"("kind":"location","location":[52,13])", bad);
        row("location without lat", R"("kind":"location","location":{"lon":13.4})", bad);
        row("location without lon", R"("kind":"location","location":{"lat":52.5})", bad);
        row("latitude 90.0001", R"("kind":"location","location":{"lat":90.0001,"lon":0})", bad);
        row("latitude -91", R"("kind":"location","location":{"lat":-91,"lon":0})", bad);
        row("latitude -90.0001", R"("kind":"location","location":{"lat":-90.0001,"lon":0})", bad);
        row("longitude 180.0001", R"("kind":"location","location":{"lat":0,"lon":180.0001})", bad);
        row("longitude -180.0001", R"("kind":"location","location":{"lat":0,"lon":-180.0001})",
            bad);
        row("latitude as the string NaN", R"("kind":"location","location":{"lat":"NaN","lon":0})",
            bad);
        row("longitude as the string Infinity",
            R"("kind":"location","location":{"lat":0,"lon":"Infinity"})", bad);
        // Not JSON a peer can produce: the parser refuses a number that overflows a double.
        row("latitude overflowing to infinity",
            R"("kind":"location","location":{"lat":1e400,"lon":0})", ErrorCode::BadFrame);
        row("longitude overflowing to -infinity",
            R"("kind":"location","location":{"lat":0,"lon":-1e400})", ErrorCode::BadFrame);
        row("accuracy overflowing to infinity",
            R"("kind":"location","location":{"lat":0,"lon":0,"accuracy":1e400})",
            ErrorCode::BadFrame);
        row("latitude as true", R"("kind":"location","location":{"lat":true,"lon":0})", bad);
        row("latitude as an array", R"("kind":"location","location":{"lat":[1],"lon":0})", bad);
        row("latitude null", R"("kind":"location","location":{"lat":null,"lon":0})", bad);
        row("accuracy as a string",
            R"("kind":"location","location":{"lat":1,"lon":2,"accuracy":"5"})", bad);
        row("longitude 181", R"("kind":"location","location":{"lat":0,"lon":181})", bad);
        row("longitude -180.5", R"("kind":"location","location":{"lat":0,"lon":-180.5})", bad);
        row("latitude as string", R"("kind":"location","location":{"lat":"52.5","lon":13.4})", bad);
        row("accuracy negative", R"("kind":"location","location":{"lat":1,"lon":2,"accuracy":-1})",
            bad);
        row("label over 256 characters",
            fragment({{u"kind"_s, u"location"_s},
                {u"location"_s,
                    QJsonObject {{u"lat"_s, 1}, {u"lon"_s, 2}, {u"label"_s, QString(257, u'l')}}}}),
            bad);
        row("accuracy over 10,000 km",
            R"("kind":"location","location":{"lat":1,"lon":2,"accuracy":10000001})", bad);
        row("label as number", R"("kind":"location","location":{"lat":1,"lon":2,"label":7})", bad);
        row("label of 257 non-ASCII characters",
            fragment({{u"kind"_s, u"location"_s},
                {u"location"_s,
                    QJsonObject {
                        {u"lat"_s, 1}, {u"lon"_s, 2}, {u"label"_s, u"ü"_s.repeated(257)}}}}),
            bad);

        // contact
        row("contact missing", R"("kind":"contact")", bad);
        row("contact as string", R"("kind":"contact","contact":"BEGIN:VCARD")", bad);
        row("contact without vcard", R"("kind":"contact","contact":{})", bad);
        row("vcard as number", R"("kind":"contact","contact":{"vcard":1})", bad);
        row("vcard is not a vCard", contact(u"John Doe, +4915112345678"_s), bad);
        row("vcard without FN",
            contact(u"BEGIN:VCARD\nVERSION:3.0\nN:Doe;John\nTEL:+4915112345678\nEND:VCARD"_s), bad);
        row("vcard with FNAME instead of FN",
            contact(u"BEGIN:VCARD\nVERSION:3.0\nFNAME:John\nTEL:+4915112345678\nEND:VCARD"_s), bad);
        row("vcard with an empty FN",
            contact(u"BEGIN:VCARD\nVERSION:3.0\nFN:\nTEL:+4915112345678\nEND:VCARD"_s), bad);
        row("vcard without TEL", contact(u"BEGIN:VCARD\nVERSION:3.0\nFN:John\nEND:VCARD"_s), bad);
        row("vcard 4.0 without TEL",
            contact(
                u"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:John\r\nEMAIL:j@example.org\r\nEND:VCARD\r\n"_s),
            bad);
        row("vcard with an empty TEL",
            contact(u"BEGIN:VCARD\nVERSION:3.0\nFN:John\nTEL;TYPE=cell:\nEND:VCARD"_s), bad);
        row("vcard whose TEL is only a folded NOTE line",
            contact(
                u"BEGIN:VCARD\nVERSION:3.0\nFN:John\nNOTE:call\n TEL:+4915112345678\nEND:VCARD"_s),
            bad);
        row("vcard version 2.1",
            contact(u"BEGIN:VCARD\nVERSION:2.1\nFN:John\nTEL:+4915112345678\nEND:VCARD"_s), bad);
        row("vcard without VERSION",
            contact(u"BEGIN:VCARD\nFN:John\nTEL:+4915112345678\nEND:VCARD"_s), bad);
        row("vcard without END",
            contact(u"BEGIN:VCARD\nVERSION:3.0\nFN:John\nTEL:+4915112345678\n"_s), bad);
        row("vcard as a JSON object",
            R"("kind":"contact","contact":{"vcard":{"FN":"John","TEL":"+4915112345678"}})", bad);
        row("vcard one byte over the cap", contact(vcardOfSize(Limits {}.maxVCardBytes + 1)),
            large);
        row("vcard far over the cap", contact(vcardOfSize(Limits {}.maxVCardBytes * 4)), large);
    }
    void rejects()
    {
        QFETCH(QByteArray, content);
        QFETCH(ErrorCode, code);
        const Outcome outcome = decodeBothWays(content);
        QVERIFY2(!outcome.sent, QByteArray("send accepted: " + content.left(200)).constData());
        QVERIFY2(
            !outcome.received, QByteArray("message accepted: " + content.left(200)).constData());
        QCOMPARE(outcome.sendError, toWireName(code));
        QCOMPARE(outcome.messageError, toWireName(code));
    }

    void accepts_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<MessageContent>("expected");
        const auto row = [](const char *name, const QByteArray &content, const MessageContent &c) {
            QTest::addRow("%s", name) << content << c;
        };
        MessageContent c = withKind(MessageKind::Location);
        c.location = GeoLocation {90, -180, {}, {}};
        row("location at the limits with an unknown field",
            R"("kind":"location","location":{"lat":90,"lon":-180,"altitude":35})", c);
        c.location = GeoLocation {-90, 180, u"Pole"_s, 0.0};
        c.location = GeoLocation {-89.9999, 179.9999, QString(256, u'l'), 1e7};
        row("location just inside the limits with the longest label and accuracy",
            fragment({{u"kind"_s, u"location"_s},
                {u"location"_s,
                    QJsonObject {{u"lat"_s, -89.9999}, {u"lon"_s, 179.9999},
                        {u"label"_s, QString(256, u'l')}, {u"accuracy"_s, 1e7}}}}),
            c);
        c.location = GeoLocation {-90, 180, u"Pole"_s, 0.0};
        row("location -90/180 with accuracy 0",
            R"("kind":"location","location":{"lat":-90,"lon":180,"label":"Pole","accuracy":0})", c);
        c.location = GeoLocation {48.1, 11.5, {}, {}};
        row("location with null label and accuracy",
            R"("kind":"location","location":{"lat":48.1,"lon":11.5,"label":null,"accuracy":null})",
            c);

        c = withKind(MessageKind::Document);
        c.file = FileRef {u"d1"_s, {}, u"text/plain"_s, 0, {}};
        row("empty document with an unknown field",
            R"("kind":"document","file":{"file_id":"d1","mime":"text/plain","size":0,"pages":3})",
            c);
        c.file = FileRef {u"d2"_s, u"big.iso"_s, u"application/octet-stream"_s, 100 * kMiB, {}};
        row("document exactly 100 MiB",
            R"("kind":"document","file":{"file_id":"d2","name":"big.iso","mime":"application/octet-stream","size":104857600})",
            c);
        c = withKind(MessageKind::Media);
        c.file = FileRef {u"m"_s, {}, u"video/mp4"_s, 16 * kMiB, {}};
        row("media exactly 16 MiB",
            R"("kind":"media","file":{"file_id":"m","mime":"video/mp4","size":16777216})", c);
        c.file = FileRef {u"Az09-_"_s, {}, u"image/gif"_s, 3, QByteArray("GIF", 3)};
        c.text = u"caption"_s;
        row("media with every file_id character and a thumbnail",
            R"("kind":"media","text":"caption","file":{"file_id":"Az09-_","mime":"image/gif","size":3,"thumbnail":"R0lG"})",
            c);
        c = withKind(MessageKind::Media);
        c.file = FileRef {u"big"_s, {}, u"video/mp4"_s, 16, {}};
        row("location in a media message is ignored",
            R"("kind":"media","file":{"file_id":"big","mime":"video/mp4","size":16},"location":{"lat":1,"lon":2})",
            c);

        row("text with surrounding whitespace", R"("kind":"text","text":"  hi  ")",
            MessageContent::fromText(u"  hi  "_s));
        row("text with a file that is ignored",
            R"("kind":"text","text":"hi","file":{"file_id":"x","mime":"a/b","size":1})",
            MessageContent::fromText(u"hi"_s));
        row("text that is one character", R"("kind":"text","text":".")",
            MessageContent::fromText(u"."_s));

        c = withKind(MessageKind::Contact);
        c.vcard
            = u"begin:vcard\nversion:3.0\nFN;CHARSET=UTF-8:Jöhn\ntel;type=CELL:+49 151 1234\nend:vcard"_s;
        row("vcard 3.0 in lower case with FN and TEL parameters", contact(c.vcard), c);
        c.vcard
            = u"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ann\r\nTEL;VALUE=uri;TYPE=cell:tel:+4915112345678\r\nEND:VCARD\r\n"_s;
        row("vcard 4.0 with CRLF and a tel: URI", contact(c.vcard), c);
        c.vcard = u"BEGIN:VCARD\nVERSION:3.0\nN:Doe;Ann;;;\nFN:Ann "
                  u"Doe\nitem1.TEL;type=pref:+14155550123\n"
                  u"TEL;TYPE=HOME:+4930123456\nEMAIL:ann@example.org\nEND:VCARD"_s;
        row("vcard 3.0 with a grouped TEL (Apple) and two numbers", contact(c.vcard), c);
        c.vcard = vcardOfSize(Limits {}.maxVCardBytes);
        row("vcard exactly at the cap", contact(c.vcard), c);
    }
    void accepts()
    {
        QFETCH(QByteArray, content);
        QFETCH(MessageContent, expected);
        const Outcome outcome = decodeBothWays(content);
        QVERIFY2(outcome.sent, qPrintable(u"send refused: "_s + outcome.sendError));
        QVERIFY2(outcome.received, qPrintable(u"message refused: "_s + outcome.messageError));
        QVERIFY(*outcome.sent == expected);
        QVERIFY(*outcome.received == expected);
        QCOMPARE(outcome.sent->text, expected.text);
        QCOMPARE(outcome.sent->vcard, expected.vcard);
    }

    // The limit is on UTF-8 bytes, not characters or UTF-16 units.
    void textLimitIsInUtf8Bytes_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        const QString emoji = u"😀"_s; // 2 UTF-16 units, 4 UTF-8 bytes
        QTest::addRow("65536 ASCII bytes") << u"text"_s << QString(65536, u'a') << true;
        QTest::addRow("65537 ASCII bytes") << u"text"_s << QString(65537, u'a') << false;
        QTest::addRow("32768 x e-acute = 65536 bytes")
            << u"text"_s << u"é"_s.repeated(32768) << true;
        QTest::addRow("32768 x e-acute + 1 byte")
            << u"text"_s << QString(u"é"_s.repeated(32768) + u'a') << false;
        QTest::addRow("32769 x e-acute") << u"text"_s << u"é"_s.repeated(32769) << false;
        QTest::addRow("21845 x euro + 1 byte = 65536 bytes")
            << u"text"_s << QString(u"€"_s.repeated(21845) + u'a') << true;
        QTest::addRow("21846 x euro = 65538 bytes") << u"text"_s << u"€"_s.repeated(21846) << false;
        QTest::addRow("16384 emoji = 65536 bytes") << u"text"_s << emoji.repeated(16384) << true;
        QTest::addRow("16384 emoji + 1 byte")
            << u"text"_s << QString(emoji.repeated(16384) + u'a') << false;
        QTest::addRow("16383 emoji + 2 x e-acute")
            << u"text"_s << QString(emoji.repeated(16383) + u"éé"_s) << true;
        QTest::addRow("16383 emoji + 2 x e-acute + 1 byte")
            << u"text"_s << QString(emoji.repeated(16383) + u"ééa"_s) << false;
        QTest::addRow("media caption 65536 bytes") << u"media"_s << QString(65536, u'c') << true;
        QTest::addRow("media caption 65537 bytes") << u"media"_s << QString(65537, u'c') << false;
        QTest::addRow("media caption 32768 x e-acute + 1 byte")
            << u"media"_s << QString(u"é"_s.repeated(32768) + u'c') << false;
    }
    void textLimitIsInUtf8Bytes()
    {
        QFETCH(QString, kind);
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        const Outcome outcome = decodeBothWays(textOf(kind, text));
        if (accepted) {
            QVERIFY2(outcome.sent, qPrintable(outcome.sendError));
            QVERIFY2(outcome.received, qPrintable(outcome.messageError));
            QCOMPARE(outcome.sent->text, text);
            QCOMPARE(outcome.received->text, text);
        } else {
            QVERIFY2(!outcome.sent && !outcome.received, "a text over the limit was accepted");
            QCOMPARE(outcome.sendError, toWireName(ErrorCode::TooLarge));
            QCOMPARE(outcome.messageError, toWireName(ErrorCode::TooLarge));
        }
    }

    // A file over the limit of its kind is too large (a malformed size is a bad field).
    void fileSizeLimit_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<bool>("accepted");
        QTest::addRow("media 0 bytes") << u"media"_s << qint64(0) << true;
        QTest::addRow("media exactly 16 MiB") << u"media"_s << 16 * kMiB << true;
        QTest::addRow("media 16 MiB + 1") << u"media"_s << 16 * kMiB + 1 << false;
        QTest::addRow("media of document size") << u"media"_s << 100 * kMiB << false;
        QTest::addRow("document exactly 100 MiB") << u"document"_s << 100 * kMiB << true;
        QTest::addRow("document 100 MiB + 1") << u"document"_s << 100 * kMiB + 1 << false;
        QTest::addRow("document 2^53 - 1") << u"document"_s << qint64(9007199254740991) << false;
    }
    void fileSizeLimit()
    {
        QFETCH(QString, kind);
        QFETCH(qint64, size);
        QFETCH(bool, accepted);
        const QByteArray content = fragment({{u"kind"_s, kind},
            {u"file"_s,
                QJsonObject {
                    {u"file_id"_s, u"f"_s}, {u"mime"_s, u"video/mp4"_s}, {u"size"_s, size}}}});
        const Outcome outcome = decodeBothWays(content);
        if (accepted) {
            QVERIFY2(outcome.sent && outcome.received,
                qPrintable(outcome.sendError + outcome.messageError));
            QCOMPARE(outcome.sent->file->size, size);
            QCOMPARE(outcome.received->file->size, size);
            return;
        }
        QVERIFY2(!outcome.sent && !outcome.received, "a file over the limit was accepted");
        QCOMPARE(outcome.sendError, toWireName(ErrorCode::TooLarge));
        QCOMPARE(outcome.messageError, toWireName(ErrorCode::TooLarge));
    }

    // docs/protocol.md 6: a thumbnail is at most 87,385 base64 characters (64 KiB decoded).
    void thumbnailLimit_data()
    {
        QTest::addColumn<int>("bytes");
        QTest::addColumn<bool>("accepted");
        QTest::addRow("1 byte") << 1 << true;
        QTest::addRow("64 KiB") << kMaxThumbnailBytes << true;
        QTest::addRow("87,388 base64 characters") << kMaxThumbnailBytes + 5 << false;
        QTest::addRow("96 KiB") << kMaxThumbnailBytes * 3 / 2 << false;
    }
    void thumbnailLimit()
    {
        QFETCH(int, bytes);
        QFETCH(bool, accepted);
        QByteArray thumbnail(bytes, '\0');
        for (int i = 0; i < bytes; ++i)
            thumbnail[i] = char(i * 7);
        const QByteArray content = fragment({{u"kind"_s, u"media"_s},
            {u"file"_s,
                QJsonObject {{u"file_id"_s, u"t"_s}, {u"mime"_s, u"image/jpeg"_s},
                    {u"size"_s, 1000},
                    {u"thumbnail"_s, QString::fromLatin1(thumbnail.toBase64())}}}});
        const Outcome outcome = decodeBothWays(content);
        if (accepted) {
            QVERIFY2(outcome.sent && outcome.received,
                qPrintable(outcome.sendError + outcome.messageError));
            QCOMPARE(outcome.sent->file->thumbnail, thumbnail);
            QCOMPARE(outcome.received->file->thumbnail, thumbnail);
        } else {
            QVERIFY2(!outcome.sent, "send accepted a thumbnail over the cap");
            QVERIFY2(!outcome.received, "message accepted a thumbnail over the cap");
            QCOMPARE(outcome.sendError, toWireName(ErrorCode::BadField));
        }
    }

    // The default frame limit leaves room for the longest text even when every character
    // needs a six-byte JSON escape (\u0001).
    void longestTextFitsWhenFullyEscaped()
    {
        const FrameCodec codec;
        const QString text(int(codec.limits().maxTextBytes), QChar(0x01));
        const QByteArray wire = asSend(textOf(u"text"_s, text));
        QVERIFY(wire.size() > 6 * codec.limits().maxTextBytes);
        const auto result = codec.decodeClient(wire);
        const auto *decoded = std::get_if<Decoded<ClientFrame>>(&result);
        QVERIFY2(decoded,
            qPrintable(std::holds_alternative<DecodeError>(result)
                    ? std::get<DecodeError>(result).message
                    : QString()));
        QCOMPARE(std::get<Send>(decoded->frame).content.text, text);
    }

    void isValidVCard_data()
    {
        QTest::addColumn<QString>("vcard");
        QTest::addColumn<bool>("valid");
        const QString tel = u"TEL:+4915112345678\n"_s;
        QTest::addRow("3.0") << u"BEGIN:VCARD\nVERSION:3.0\nFN:Ann\n"_s + tel + u"END:VCARD"_s
                             << true;
        QTest::addRow("4.0 with CRLF and trailing newline")
            << u"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ann\r\nTEL:+4915112345678\r\nEND:VCARD\r\n"_s
            << true;
        QTest::addRow("surrounding whitespace")
            << u"  \nBEGIN:VCARD\nVERSION:3.0\nFN:Ann\n"_s + tel + u"END:VCARD\n\n"_s << true;
        QTest::addRow("FN with parameters")
            << u"BEGIN:VCARD\nVERSION:3.0\nFN;LANGUAGE=de:Ann\n"_s + tel + u"END:VCARD"_s << true;
        QTest::addRow("lower case")
            << u"begin:vcard\nversion:4.0\nfn:Ann\ntel:+4915112345678\nend:vcard"_s << true;
        QTest::addRow("TEL with type parameters")
            << u"BEGIN:VCARD\nVERSION:3.0\nFN:Ann\nTEL;TYPE=CELL,VOICE:+49 151 12345678\nEND:VCARD"_s
            << true;
        QTest::addRow("4.0 TEL as a tel: URI")
            << u"BEGIN:VCARD\nVERSION:4.0\nFN:Ann\nTEL;VALUE=uri:tel:+1-555-555-5555\nEND:VCARD"_s
            << true;
        QTest::addRow("grouped FN and TEL")
            << u"BEGIN:VCARD\nVERSION:3.0\nitem0.FN:Ann\nitem1.TEL:+4915112345678\nEND:VCARD"_s
            << true;
        QTest::addRow("TEL before FN")
            << u"BEGIN:VCARD\nVERSION:3.0\n"_s + tel + u"FN:Ann\nEND:VCARD"_s << true;
        QTest::addRow("empty") << QString() << false;
        QTest::addRow("plain text") << u"Ann, +4915112345678"_s << false;
        QTest::addRow("2.1") << u"BEGIN:VCARD\nVERSION:2.1\nFN:Ann\n"_s + tel + u"END:VCARD"_s
                             << false;
        QTest::addRow("3.1") << u"BEGIN:VCARD\nVERSION:3.1\nFN:Ann\n"_s + tel + u"END:VCARD"_s
                             << false;
        QTest::addRow("no VERSION") << u"BEGIN:VCARD\nFN:Ann\n"_s + tel + u"END:VCARD"_s << false;
        QTest::addRow("no FN") << u"BEGIN:VCARD\nVERSION:3.0\nN:Doe;Ann\n"_s + tel + u"END:VCARD"_s
                               << false;
        QTest::addRow("empty FN") << u"BEGIN:VCARD\nVERSION:3.0\nFN:  \n"_s + tel + u"END:VCARD"_s
                                  << false;
        QTest::addRow("FNAME is not FN")
            << u"BEGIN:VCARD\nVERSION:3.0\nFNAME:Ann\n"_s + tel + u"END:VCARD"_s << false;
        QTest::addRow("no TEL") << u"BEGIN:VCARD\nVERSION:3.0\nFN:Ann\nEND:VCARD"_s << false;
        QTest::addRow("4.0 without TEL")
            << u"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ann\r\nEND:VCARD\r\n"_s << false;
        QTest::addRow("empty TEL")
            << u"BEGIN:VCARD\nVERSION:3.0\nFN:Ann\nTEL;TYPE=cell:\nEND:VCARD"_s << false;
        QTest::addRow("TELEX is not TEL")
            << u"BEGIN:VCARD\nVERSION:3.0\nFN:Ann\nTELEX:12345\nEND:VCARD"_s << false;
        QTest::addRow("TEL only inside a folded line")
            << u"BEGIN:VCARD\nVERSION:3.0\nFN:Ann\nNOTE:ring\n TEL:+4915112345678\nEND:VCARD"_s
            << false;
        QTest::addRow("TEL without a colon")
            << u"BEGIN:VCARD\nVERSION:3.0\nFN:Ann\nTEL +4915112345678\nEND:VCARD"_s << false;
        QTest::addRow("no BEGIN") << u"VERSION:3.0\nFN:Ann\n"_s + tel + u"END:VCARD"_s << false;
        QTest::addRow("no END") << u"BEGIN:VCARD\nVERSION:3.0\nFN:Ann\n"_s + tel << false;
    }
    void isValidVCard()
    {
        QFETCH(QString, vcard);
        QFETCH(bool, valid);
        QCOMPARE(natter::protocol::isValidVCard(vcard), valid);
    }

    // The content's field names are a contract with every client: pin them.
    void wireLayout_data()
    {
        QTest::addColumn<MessageContent>("content");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("text") << MessageContent::fromText(u"hi"_s)
                              << QByteArray(R"({"kind":"text","text":"hi"})");
        MessageContent c = withKind(MessageKind::Media);
        c.text = u"cap"_s;
        c.file = FileRef {u"f1"_s, u"a.jpg"_s, u"image/jpeg"_s, 1234, QByteArray("GIF", 3)};
        QTest::addRow("media")
            << c
            << QByteArray(R"({"kind":"media","text":"cap","file":{"file_id":"f1","name":"a.jpg",)"
                          R"("mime":"image/jpeg","size":1234,"thumbnail":"R0lG"}})");
        c = withKind(MessageKind::Document);
        c.file = FileRef {u"d1"_s, {}, u"application/pdf"_s, 5, {}};
        QTest::addRow("document without caption, name or thumbnail")
            << c
            << QByteArray(
                   R"({"kind":"document","file":{"file_id":"d1","mime":"application/pdf","size":5}})");
        c = withKind(MessageKind::Location);
        c.location = GeoLocation {52.5, 13.25, u"Berlin"_s, 8.5};
        QTest::addRow("location")
            << c
            << QByteArray(
                   R"({"kind":"location","location":{"lat":52.5,"lon":13.25,"label":"Berlin","accuracy":8.5}})");
        c.location = GeoLocation {1.5, -2.5, {}, {}};
        QTest::addRow("location without label and accuracy")
            << c << QByteArray(R"({"kind":"location","location":{"lat":1.5,"lon":-2.5}})");
        c = withKind(MessageKind::Contact);
        c.vcard = u"BEGIN:VCARD"_s;
        QTest::addRow("contact") << c
                                 << QByteArray(
                                        R"({"kind":"contact","contact":{"vcard":"BEGIN:VCARD"}})");
    }
    void wireLayout()
    {
        QFETCH(MessageContent, content);
        QFETCH(QByteArray, expected);
        QJsonObject obj;
        writeContent(obj, content);
        QCOMPARE(obj, QJsonDocument::fromJson(expected).object());
    }

    void kindWireNames()
    {
        const QStringList kinds {u"text"_s, u"media"_s, u"document"_s, u"location"_s, u"contact"_s};
        for (int i = 0; i < kinds.size(); ++i) {
            QCOMPARE(toWireName(MessageKind(i)), kinds.at(i));
            QVERIFY(messageKindFromWire(kinds.at(i)) == MessageKind(i));
        }
        QVERIFY(!messageKindFromWire(u"sticker"_s));
        QVERIFY(!messageKindFromWire(u"TEXT"_s));
        QVERIFY(!messageKindFromWire(QString()));
    }
};

QTEST_GUILESS_MAIN(TestMessageContent)
#include "TestMessageContent.moc"
