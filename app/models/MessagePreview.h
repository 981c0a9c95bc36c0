#pragma once

#include "protocol/MessageContent.h"

#include <QString>
#include <QStringList>

namespace natter::models {

// What the bubbles and the chat list show of messages that are not plain text.
namespace preview {

// The kind of file a media/document message carries, from its kind and MIME type.
enum class FileCategory { None = 0, Image = 1, Video = 2, Audio = 3, Document = 4 };
FileCategory fileCategory(const protocol::MessageContent &content);

// One line for the chat list: "📷 Photo", "📄 report.pdf", "📍 Location", "👤 Carol", followed
// by the caption when there is one ("📷 Photo: At the beach").
QString oneLine(const protocol::MessageContent &content);

// The name and the phone numbers of a vCard (3.0 or 4.0): FN (or N when FN is missing) and
// every TEL value, unescaped, in their order.
struct VCardSummary
{
    QString name;
    QStringList phones;

    bool operator==(const VCardSummary &) const = default;
};
VCardSummary summarizeVCard(const QString &vcard);

// "2.4 MB", "512 KB", "12 bytes" (MB = 1024 × 1024 bytes, as the limits count).
QString fileSize(qint64 bytes);

// https://www.openstreetmap.org/?mlat=..&mlon=..#map=16/../.. for a location.
QString openStreetMapUrl(double latitude, double longitude);
// "52.52000° N, 13.40500° E"
QString coordinates(double latitude, double longitude);

} // namespace preview
} // namespace natter::models
