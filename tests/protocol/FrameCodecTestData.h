// Shared data for the FrameCodec tests: sample frames and builders of (malformed) JSON.
#pragma once

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

// Header-only, included by one test executable each, so internal linkage is what we want.
namespace {
const QString kAlice = u"+4915112345678"_s;
const QString kBob = u"+14155550123"_s;
const QString kCid = u"6f1c2a4e-3b5d-4c8e-9f10-2a3b4c5d6e7f"_s;
constexpr qint64 kMaxId = 9007199254740991; // 2^53 - 1

// The start of a valid `send`; the content fields are appended by the caller.
inline QByteArray sendWith(const char *content)
{
    return QByteArray(R"({"type":"send","client_id":"6f1c2a4e-3b5d-4c8e-9f10-2a3b4c5d6e7f",)"
                      R"("to":"+4915112345678",)")
        + content + '}';
}

inline QByteArray compact(const QJsonObject &obj)
{
    return QJsonDocument(obj).toJson(QJsonDocument::Compact);
}

inline QByteArray sendContent(const QString &kind, const QString &text)
{
    QJsonObject obj {{u"type"_s, u"send"_s}, {u"client_id"_s, kCid}, {u"to"_s, kAlice},
        {u"kind"_s, kind}, {u"text"_s, text}};
    if (kind == u"media"_s)
        obj.insert(u"file"_s,
            QJsonObject {{u"file_id"_s, u"f1"_s}, {u"mime"_s, u"image/png"_s}, {u"size"_s, 10}});
    return compact(obj);
}

inline QByteArray contactWith(const QString &vcard)
{
    return compact({{u"type"_s, u"send"_s}, {u"client_id"_s, kCid}, {u"to"_s, kAlice},
        {u"kind"_s, u"contact"_s}, {u"contact"_s, QJsonObject {{u"vcard"_s, vcard}}}});
}

// A valid vCard 3.0 whose NOTE pads it to exactly `bytes` UTF-8 bytes.
inline QString vcardOfSize(qsizetype bytes)
{
    const QString head = u"BEGIN:VCARD\nVERSION:3.0\nFN:Padded Person\nTEL:+4915112345678\nNOTE:"_s;
    const QString tail = u"\nEND:VCARD"_s;
    return head + QString(bytes - head.size() - tail.size(), u'x') + tail;
}

inline QByteArray idsFrame(const char *type, int count)
{
    QJsonArray ids;
    for (int i = 1; i <= count; ++i)
        ids.append(i);
    return compact({{u"type"_s, QString::fromLatin1(type)}, {u"server_ids"_s, ids}});
}

inline QByteArray presenceQuery(int count)
{
    QJsonArray phones;
    for (int i = 0; i < count; ++i)
        phones.append(u"+49151%1"_s.arg(1000000 + i));
    return compact({{u"type"_s, u"presence_query"_s}, {u"phones"_s, phones}});
}

// A syntactically valid frame of exactly `bytes` bytes (an ignored extra field pads it).
inline QByteArray paddedHello(qsizetype bytes)
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

// The round trip every frame must survive: encoded (with `rid`, if any) it carries `type`;
// decoded it is the same frame with the same rid; encoded again it is the same bytes. Fails the
// running test otherwise (call it as the last statement of a test function).
template<typename Frame> void checkRoundTrip(const Frame &frame, const QString &type, const QJsonValue &rid = {})
{
    const FrameCodec codec;
    const QByteArray wire = codec.encode(frame, rid);
    const QJsonObject obj = QJsonDocument::fromJson(wire).object();
    QCOMPARE(obj.value(u"type"_s).toString(), type);
    QCOMPARE(obj.value(u"rid"_s).isUndefined(), rid.isNull() || rid.isUndefined());

    DecodeResult<Frame> result;
    if constexpr (std::is_same_v<Frame, ClientFrame>)
        result = codec.decodeClient(wire);
    else
        result = codec.decodeServer(wire);
    const auto *decoded = std::get_if<Decoded<Frame>>(&result);
    QVERIFY2(decoded, QByteArray(describe(result) + " for " + wire.left(300)).constData());
    QCOMPARE(decoded->frame.index(), frame.index());
    QVERIFY2(decoded->frame == frame, wire.left(300).constData());
    if (rid.isNull() || rid.isUndefined())
        QVERIFY(decoded->rid.isNull() || decoded->rid.isUndefined());
    else
        QCOMPARE(decoded->rid, rid);
    QCOMPARE(codec.encode(decoded->frame, decoded->rid), wire);
}

inline MessageContent textContent()
{
    return MessageContent::fromText(u"Hi Bob 👋\nSee you at 8 — \"quoted\" \\ backslash"_s);
}
inline MessageContent mediaContent()
{
    MessageContent c;
    c.kind = MessageKind::Media;
    c.text = u"Sunset at the lake"_s;
    c.file = FileRef {u"f_01HXYZ-abc_123"_s, u"IMG_0001.jpg"_s, u"image/jpeg"_s, 2345678,
        QByteArray("\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x02", 13)};
    return c;
}
inline MessageContent mediaWithoutExtras()
{
    MessageContent c;
    c.kind = MessageKind::Media;
    c.file = FileRef {u"abc"_s, {}, u"video/mp4"_s, 16 * kMiB, {}};
    return c;
}
inline MessageContent documentContent()
{
    MessageContent c;
    c.kind = MessageKind::Document;
    c.text = u"The contract"_s;
    c.file = FileRef {u"doc-42"_s, u"Vertrag – final.pdf"_s, u"application/pdf"_s, 100 * kMiB,
        QByteArray("\x89PNG\r\n\x1a\n", 8)};
    return c;
}
inline MessageContent locationContent(bool withExtras)
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
inline MessageContent locationAtLimits()
{
    MessageContent c;
    c.kind = MessageKind::Location;
    c.location = GeoLocation {-90, 180, u"South Pole"_s, 0.0};
    return c;
}
inline MessageContent contactContent()
{
    MessageContent c;
    c.kind = MessageKind::Contact;
    c.vcard
        = u"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Jöhn Doe\r\nTEL;TYPE=cell:+4915112345678\r\nEND:VCARD\r\n"_s;
    return c;
}

inline QList<std::pair<const char *, MessageContent>> allContents()
{
    return {{"text", textContent()}, {"media with caption, name and thumbnail", mediaContent()},
        {"media without caption, name or thumbnail", mediaWithoutExtras()},
        {"document", documentContent()},
        {"location without label and accuracy", locationContent(false)},
        {"location with label, accuracy and caption", locationContent(true)},
        {"location at the limits", locationAtLimits()}, {"contact", contactContent()}};
}

inline Limits customLimits()
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
