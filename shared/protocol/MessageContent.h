#pragma once

#include "protocol/Limits.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace natter::protocol {

class JsonReader;

// What a message carries. Wire names are append-only.
enum class MessageKind { Text, Media, Document, Location, Contact };

QString toWireName(MessageKind kind);
std::optional<MessageKind> messageKindFromWire(const QString &name);

// A file that was uploaded before the message was sent (media or document).
struct FileRef
{
    QString fileId;
    QString name;
    QString mime;
    qint64 size = 0;
    QByteArray thumbnail; // small JPEG/PNG preview for images, may be empty

    bool operator==(const FileRef &) const = default;
};

struct GeoLocation
{
    double latitude = 0;
    double longitude = 0;
    QString label; // optional place name or address
    std::optional<double> accuracy; // metres

    bool operator==(const GeoLocation &) const = default;
};

struct MessageContent
{
    MessageKind kind = MessageKind::Text;
    QString text; // the text of a text message, or the caption of the others
    std::optional<FileRef> file; // Media and Document
    std::optional<GeoLocation> location; // Location
    QString vcard; // Contact

    bool operator==(const MessageContent &) const = default;

    static MessageContent fromText(const QString &text) { return {MessageKind::Text, text, {}, {}, {}}; }
};

// Writes the content fields (`kind`, `text`, `file`, `location`, `contact`) into `obj`.
void writeContent(QJsonObject &obj, const MessageContent &content);
// Reads and validates them; on error the reader holds the reason.
MessageContent readContent(JsonReader &reader, const Limits &limits);

// A vCard 3.0 or 4.0 (BEGIN/END:VCARD, VERSION) with a non-empty name (FN) and at least one
// non-empty phone number (TEL). Property groups ("item1.TEL") and parameters are allowed.
bool isValidVCard(const QString &vcard);

// The `file` object of a media/document message or a media status, read from `outer`'s field
// `file` (size checked against the limit of `kind`) and written back.
FileRef readFileRef(JsonReader &outer, const Limits &limits, MessageKind kind);
QJsonObject fileRefObject(const FileRef &file);

} // namespace natter::protocol
