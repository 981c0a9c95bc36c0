#include "models/MessagePreview.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace natter::models::preview {

using protocol::MessageContent;
using protocol::MessageKind;

namespace {
// vCard text values escape "\,", "\;", "\\" and newlines as "\n".
QString unescape(QStringView value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\\' && i + 1 < value.size()) {
            const QChar next = value.at(++i);
            out += (next == u'n' || next == u'N') ? QChar(u' ') : next;
        } else {
            out += c;
        }
    }
    return out.trimmed();
}
} // namespace

FileCategory fileCategory(const MessageContent &content)
{
    if (content.kind == MessageKind::Document)
        return FileCategory::Document;
    if (content.kind != MessageKind::Media)
        return FileCategory::None;
    const QString mime = content.file ? content.file->mime : QString();
    if (mime.startsWith(QLatin1String("video/")))
        return FileCategory::Video;
    if (mime.startsWith(QLatin1String("audio/")))
        return FileCategory::Audio;
    return FileCategory::Image; // media is image/*, video/* or audio/*; unknown: a picture
}

QString oneLine(const MessageContent &content)
{
    QString caption = content.text.simplified();
    if (caption.size() > 100)
        caption = caption.left(99) + QChar(0x2026);
    auto withCaption = [&](const QString &label) {
        return caption.isEmpty() ? label : label + QStringLiteral(": ") + caption;
    };
    switch (content.kind) {
    case MessageKind::Text:
        return caption;
    case MessageKind::Media:
        switch (fileCategory(content)) {
        case FileCategory::Video:
            return withCaption(
                QStringLiteral("🎥 ") + QCoreApplication::translate("MessagePreview", "Video"));
        case FileCategory::Audio:
            return withCaption(
                QStringLiteral("🎵 ") + QCoreApplication::translate("MessagePreview", "Audio"));
        default:
            return withCaption(
                QStringLiteral("📷 ") + QCoreApplication::translate("MessagePreview", "Photo"));
        }
    case MessageKind::Document:
        return withCaption(QStringLiteral("📄 ")
            + (content.file && !content.file->name.isEmpty()
                    ? content.file->name
                    : QCoreApplication::translate("MessagePreview", "Document")));
    case MessageKind::Location:
        return withCaption(QStringLiteral("📍 ")
            + (content.location && !content.location->label.isEmpty()
                    ? content.location->label
                    : QCoreApplication::translate("MessagePreview", "Location")));
    case MessageKind::Contact: {
        const QString name = summarizeVCard(content.vcard).name;
        return withCaption(QStringLiteral("👤 ")
            + (name.isEmpty() ? QCoreApplication::translate("MessagePreview", "Contact") : name));
    }
    }
    return caption;
}

VCardSummary summarizeVCard(const QString &vcard)
{
    VCardSummary summary;
    QString structuredName;
    // Unfold continuation lines (a line starting with a space or tab continues the previous).
    QString text = vcard;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    static const QRegularExpression fold(QStringLiteral("\n[ \t]"));
    text.replace(fold, QString());
    const QStringList lines = text.split(u'\n');
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            continue;
        const QStringView head = QStringView(line).left(colon);
        const QStringView value = QStringView(line).mid(colon + 1);
        // The property name, without a group prefix ("item1.TEL") and parameters.
        QStringView name = head.left(head.indexOf(u';') < 0 ? head.size() : head.indexOf(u';'));
        if (const qsizetype dot = name.lastIndexOf(u'.'); dot >= 0)
            name = name.mid(dot + 1);
        if (name.compare(QLatin1String("FN"), Qt::CaseInsensitive) == 0) {
            if (summary.name.isEmpty())
                summary.name = unescape(value);
        } else if (name.compare(QLatin1String("N"), Qt::CaseInsensitive) == 0) {
            // N:Family;Given;Additional;Prefix;Suffix
            const auto parts = value.split(u';');
            QStringList words;
            for (int i : {3, 1, 2, 0, 4}) {
                if (i < parts.size() && !parts.at(i).trimmed().isEmpty())
                    words << unescape(parts.at(i));
            }
            structuredName = words.join(u' ');
        } else if (name.compare(QLatin1String("TEL"), Qt::CaseInsensitive) == 0) {
            QString phone = unescape(value);
            if (phone.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
                phone = phone.mid(4);
            if (!phone.isEmpty() && !summary.phones.contains(phone))
                summary.phones << phone;
        }
    }
    if (summary.name.isEmpty())
        summary.name = structuredName;
    return summary;
}

QString fileSize(qint64 bytes)
{
    const QLocale locale;
    constexpr qint64 kKiB = 1024;
    constexpr qint64 kMiB = 1024 * 1024;
    if (bytes < kKiB)
        return QCoreApplication::translate("MessagePreview", "%n bytes", nullptr, int(bytes));
    if (bytes < kMiB)
        return QCoreApplication::translate("MessagePreview", "%1 KB")
            .arg(locale.toString(double(bytes) / kKiB, 'f', bytes < 10 * kKiB ? 1 : 0));
    const double mb = double(bytes) / kMiB;
    return QCoreApplication::translate("MessagePreview", "%1 MB")
        .arg(locale.toString(mb, 'f', mb < 100 ? 1 : 0));
}

QString openStreetMapUrl(double latitude, double longitude)
{
    const QString lat = QString::number(latitude, 'f', 6);
    const QString lon = QString::number(longitude, 'f', 6);
    return QStringLiteral("https://www.openstreetmap.org/?mlat=%1&mlon=%2#map=16/%1/%2")
        .arg(lat, lon);
}

QString coordinates(double latitude, double longitude)
{
    const QLocale locale;
    return QCoreApplication::translate("MessagePreview", "%1° %2, %3° %4")
        .arg(locale.toString(std::abs(latitude), 'f', 5),
            latitude < 0 ? QCoreApplication::translate("MessagePreview", "S")
                         : QCoreApplication::translate("MessagePreview", "N"),
            locale.toString(std::abs(longitude), 'f', 5),
            longitude < 0 ? QCoreApplication::translate("MessagePreview", "W")
                          : QCoreApplication::translate("MessagePreview", "E"));
}

} // namespace natter::models::preview
