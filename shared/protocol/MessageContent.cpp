#include "protocol/MessageContent.h"

#include "protocol/JsonReader.h"

#include <array>
#include <utility>

namespace natter::protocol {

namespace {
constexpr std::array kKindNames {
    std::pair {MessageKind::Text, "text"},
    std::pair {MessageKind::Media, "media"},
    std::pair {MessageKind::Document, "document"},
    std::pair {MessageKind::Location, "location"},
    std::pair {MessageKind::Contact, "contact"},
};

bool isFileIdChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
        || c == u'-' || c == u'_';
}

} // namespace

FileRef readFileRef(JsonReader &outer, const Limits &limits, MessageKind kind)
{
    JsonReader r(outer.object("file"));
    if (!outer.ok())
        return {};
    FileRef file;
    file.fileId = r.string("file_id", 64);
    file.name = r.string("name", kMaxFileNameChars, false);
    file.mime = r.string("mime", kMaxMimeChars);
    const qint64 max = kind == MessageKind::Media ? limits.maxMediaBytes : limits.maxDocumentBytes;
    file.size = r.integer("size", 0, 9007199254740991);
    if (r.ok() && file.size > max)
        r.fail(ErrorCode::TooLarge, QStringLiteral("the file is larger than %1 bytes, the limit for its kind").arg(max));
    const QString thumb = r.string("thumbnail", kMaxThumbnailBytes * 4 / 3 + 4, false);
    if (r.ok() && (file.fileId.isEmpty() || !std::all_of(file.fileId.begin(), file.fileId.end(), isFileIdChar)))
        r.fail(ErrorCode::BadField, QStringLiteral("field 'file_id' is not a file id"));
    if (r.ok() && !thumb.isEmpty()) {
        auto decoded = QByteArray::fromBase64Encoding(thumb.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            r.fail(ErrorCode::BadField, QStringLiteral("field 'thumbnail' is not base64"));
        else if (decoded.decoded.size() > kMaxThumbnailBytes)
            r.fail(ErrorCode::TooLarge, QStringLiteral("the thumbnail is larger than %1 bytes").arg(kMaxThumbnailBytes));
        else
            file.thumbnail = *decoded;
    }
    if (!r.ok())
        outer.fail(r.errorCode(), QStringLiteral("file: ") + r.errorMessage());
    return file;
}

QJsonObject fileRefObject(const FileRef &f)
{
    QJsonObject file {{QLatin1String("file_id"), f.fileId},
                      {QLatin1String("mime"), f.mime},
                      {QLatin1String("size"), f.size}};
    if (!f.name.isEmpty())
        file.insert(QLatin1String("name"), f.name);
    if (!f.thumbnail.isEmpty())
        file.insert(QLatin1String("thumbnail"), QString::fromLatin1(f.thumbnail.toBase64()));
    return file;
}

namespace {
GeoLocation readLocation(JsonReader &outer)
{
    JsonReader r(outer.object("location"));
    if (!outer.ok())
        return {};
    GeoLocation loc;
    loc.latitude = r.number("lat", -90, 90).value_or(0);
    loc.longitude = r.number("lon", -180, 180).value_or(0);
    loc.label = r.string("label", kMaxLabelChars, false);
    loc.accuracy = r.number("accuracy", 0, 1e7, false);
    if (!r.ok())
        outer.fail(r.errorCode(), QStringLiteral("location: ") + r.errorMessage());
    return loc;
}
} // namespace

QString toWireName(MessageKind kind)
{
    for (const auto &[value, name] : kKindNames) {
        if (value == kind)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("text");
}

std::optional<MessageKind> messageKindFromWire(const QString &name)
{
    for (const auto &[value, wire] : kKindNames) {
        if (name == QLatin1String(wire))
            return value;
    }
    return std::nullopt;
}

bool isValidVCard(const QString &vcard)
{
    const QString trimmed = vcard.trimmed();
    if (!trimmed.startsWith(QLatin1String("BEGIN:VCARD"), Qt::CaseInsensitive)
        || !trimmed.endsWith(QLatin1String("END:VCARD"), Qt::CaseInsensitive))
        return false;
    bool version = false;
    bool name = false;
    bool phone = false;
    const auto lines = QStringView(trimmed).split(u'\n');
    for (QStringView line : lines) {
        // A line starting with a space or tab continues the previous one (RFC 6350 3.2 folding):
        // never a property of its own, whatever it looks like.
        if (line.startsWith(u' ') || line.startsWith(u'\t'))
            continue;
        line = line.trimmed();
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            continue;
        // NAME, NAME;PARAM=x or group.NAME (Apple's "item1.TEL"), up to the first colon.
        QStringView property = line.first(colon);
        if (const qsizetype semicolon = property.indexOf(u';'); semicolon >= 0)
            property = property.first(semicolon);
        if (const qsizetype dot = property.lastIndexOf(u'.'); dot >= 0)
            property = property.sliced(dot + 1);
        const QStringView value = line.sliced(colon + 1).trimmed();
        if (property.compare(QLatin1String("VERSION"), Qt::CaseInsensitive) == 0)
            version = value == QLatin1String("3.0") || value == QLatin1String("4.0");
        else if (property.compare(QLatin1String("FN"), Qt::CaseInsensitive) == 0)
            name = name || !value.isEmpty();
        else if (property.compare(QLatin1String("TEL"), Qt::CaseInsensitive) == 0)
            phone = phone || !value.isEmpty();
    }
    return version && name && phone;
}

void writeContent(QJsonObject &obj, const MessageContent &content)
{
    obj.insert(QLatin1String("kind"), toWireName(content.kind));
    if (!content.text.isEmpty() || content.kind == MessageKind::Text)
        obj.insert(QLatin1String("text"), content.text);
    if (content.file)
        obj.insert(QLatin1String("file"), fileRefObject(*content.file));
    if (content.location) {
        QJsonObject loc {{QLatin1String("lat"), content.location->latitude},
                         {QLatin1String("lon"), content.location->longitude}};
        if (!content.location->label.isEmpty())
            loc.insert(QLatin1String("label"), content.location->label);
        if (content.location->accuracy)
            loc.insert(QLatin1String("accuracy"), *content.location->accuracy);
        obj.insert(QLatin1String("location"), loc);
    }
    if (content.kind == MessageKind::Contact)
        obj.insert(QLatin1String("contact"), QJsonObject {{QLatin1String("vcard"), content.vcard}});
}

MessageContent readContent(JsonReader &r, const Limits &limits)
{
    MessageContent content;
    const QString kindName = r.string("kind", 32);
    if (!r.ok())
        return {};
    const auto kind = messageKindFromWire(kindName);
    if (!kind) {
        r.fail(ErrorCode::BadField, QStringLiteral("unknown message kind '%1'").arg(kindName));
        return {};
    }
    content.kind = *kind;
    content.text = r.text("text", limits.maxTextBytes, content.kind == MessageKind::Text);
    switch (content.kind) {
    case MessageKind::Text:
        if (r.ok() && content.text.trimmed().isEmpty())
            r.fail(ErrorCode::BadField, QStringLiteral("a text message needs a non-empty 'text'"));
        break;
    case MessageKind::Media:
    case MessageKind::Document:
        content.file = readFileRef(r, limits, content.kind);
        break;
    case MessageKind::Location:
        content.location = readLocation(r);
        break;
    case MessageKind::Contact: {
        JsonReader c(r.object("contact"));
        if (!r.ok())
            break;
        content.vcard = c.text("vcard", limits.maxVCardBytes);
        if (c.ok() && !isValidVCard(content.vcard))
            c.fail(ErrorCode::BadField, QStringLiteral("'vcard' is not a vCard 3.0 or 4.0 with a name (FN) and a phone number (TEL)"));
        if (!c.ok())
            r.fail(c.errorCode(), QStringLiteral("contact: ") + c.errorMessage());
        break;
    }
    }
    return r.ok() ? content : MessageContent {};
}

} // namespace natter::protocol
