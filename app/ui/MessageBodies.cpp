#include "ui/MessageBodies.h"

#include "client/ClientTypes.h"
#include "models/Avatar.h"
#include "models/MessageListModel.h"
#include "models/MessagePreview.h"
#include "ui/Painting.h"
#include "ui/Theme.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QModelIndex>
#include <QPainter>
#include <QPainterPath>

namespace natter::ui::bodies {

using client::TransferState;
using models::MessageListModel;
using models::preview::FileCategory;
namespace preview = models::preview;

namespace {
constexpr qreal kImageMaxWidth = 320;
constexpr qreal kImageMaxHeight = 320;
constexpr qreal kImageMinWidth = 150;
constexpr qreal kFileWidth = 300;
constexpr qreal kFileMinWidth = 230;
constexpr qreal kIconWidth = 40;
constexpr qreal kMapHeight = 120;
constexpr qreal kContactWidth = 270;

QFont smallOf(const QFont &font)
{
    return scaledFont(font, 0.8);
}

QFont boldOf(const QFont &font)
{
    QFont bold = font;
    bold.setWeight(QFont::DemiBold);
    return bold;
}

TransferState stateOf(const QModelIndex &index)
{
    return TransferState(index.data(MessageListModel::TransferStateRole).toInt());
}

bool isRunning(TransferState s)
{
    return s == TransferState::Preparing || s == TransferState::Uploading
        || s == TransferState::Downloading || s == TransferState::Waiting;
}

bool isFailed(TransferState s)
{
    return s == TransferState::Failed || s == TransferState::Cancelled;
}

bool hasLocalFile(const QModelIndex &index)
{
    return !index.data(MessageListModel::LocalPathRole).toString().isEmpty();
}

// "Uploading… 3.2 of 8.0 MB" and the like, for a running transfer.
QString progressText(const QModelIndex &index)
{
    const qint64 size = index.data(MessageListModel::FileSizeRole).toLongLong();
    const qint64 done = index.data(MessageListModel::TransferBytesRole).toLongLong();
    const QString amounts = QCoreApplication::translate("MessageBodies", "%1 of %2")
                                .arg(preview::fileSize(done), preview::fileSize(size));
    switch (stateOf(index)) {
    case TransferState::Preparing:
        return QCoreApplication::translate("MessageBodies", "Preparing…");
    case TransferState::Waiting:
        return QCoreApplication::translate("MessageBodies", "Waiting for the connection… %1")
            .arg(amounts);
    default:
        return amounts;
    }
}

QString failureText(const QModelIndex &index)
{
    if (stateOf(index) == TransferState::Cancelled)
        return QCoreApplication::translate("MessageBodies", "Cancelled");
    const QString error = index.data(MessageListModel::TransferErrorRole).toString();
    return error.isEmpty() ? QCoreApplication::translate("MessageBodies", "The transfer failed")
                           : error;
}

QString extensionOf(const QModelIndex &index)
{
    return QFileInfo(index.data(MessageListModel::FileNameRole).toString()).suffix();
}

// The file's size and type: "2.4 MB · PDF".
QString fileMeta(const QModelIndex &index)
{
    QString meta = preview::fileSize(index.data(MessageListModel::FileSizeRole).toLongLong());
    const QString ext = extensionOf(index).toUpper();
    if (!ext.isEmpty())
        meta += QStringLiteral(" · ") + ext;
    return meta;
}

void progressBar(
    QPainter *p, const QRectF &bar, int percent, const QColor &track, const QColor &fill)
{
    p->setPen(Qt::NoPen);
    p->setBrush(track);
    p->drawRoundedRect(bar, bar.height() / 2, bar.height() / 2);
    QRectF done = bar;
    done.setWidth(bar.width() * std::clamp(percent, 0, 100) / 100.0);
    if (done.width() > 0) {
        p->setBrush(fill);
        p->drawRoundedRect(done, bar.height() / 2, bar.height() / 2);
    }
}

// ---- layouts ---------------------------------------------------------------------------------

Body layoutImage(const QModelIndex &index, const QFont &font, qreal maxWidth)
{
    Body body;
    body.type = Type::Image;
    const qreal maxW = std::min(maxWidth, kImageMaxWidth);
    const QImage image = index.data(MessageListModel::ImageRole).value<QImage>();
    QSizeF size;
    if (!image.isNull()) {
        size = QSizeF(image.size()).scaled(maxW, kImageMaxHeight, Qt::KeepAspectRatio);
        if (size.width() < kImageMinWidth) {
            const qreal w = std::min(kImageMinWidth, maxW);
            size = QSizeF(w, std::min(kImageMaxHeight, size.height() * w / size.width()));
        }
    } else {
        size = QSizeF(std::min(maxW, 260.0), 170);
    }
    body.size = QSizeF(std::round(size.width()), std::round(size.height()));
    const QFontMetricsF sfm(smallOf(font));
    const qreal stripH = sfm.height() + 16;
    const QRectF strip(0, body.size.height() - stripH, body.size.width(), stripH);
    const TransferState state = stateOf(index);
    if (isRunning(state)) {
        body.zones.append(
            {QRectF(strip.right() - stripH, strip.top(), stripH, stripH), BubbleAction::Cancel});
        body.progressBar = QRectF(10, strip.bottom() - 8, strip.width() - stripH - 14, 3);
    } else if (isFailed(state)) {
        body.zones.append({strip, BubbleAction::Retry});
    } else if (!hasLocalFile(index)) {
        const qreal d = 52;
        body.zones.append(
            {QRectF(body.size.width() / 2 - d / 2, body.size.height() / 2 - d / 2, d, d),
                BubbleAction::Download});
    }
    body.zones.append({QRectF(QPointF(0, 0), body.size), BubbleAction::ViewImage});
    return body;
}

// The line under a file card: progress, failure, Open/Save as… or Download.
qreal actionLineHeight(const QFont &font)
{
    return QFontMetricsF(smallOf(font)).height() + 12;
}

Body layoutFile(const QModelIndex &index, const QFont &font, qreal maxWidth)
{
    Body body;
    body.type = Type::File;
    const QFontMetricsF fm(font);
    const QFontMetricsF sfm(smallOf(font));
    const qreal w = std::min(maxWidth,
        std::max(kFileMinWidth,
            std::min(kFileWidth,
                kIconWidth + 12
                    + QFontMetricsF(boldOf(font))
                          .horizontalAdvance(index.data(MessageListModel::FileNameRole).toString())
                    + 4)));
    const qreal row = std::max(46.0, fm.height() + sfm.height() + 8);
    const qreal lineTop = row + 6;
    const qreal lineH = actionLineHeight(font);
    body.size = QSizeF(std::round(w), std::round(lineTop + lineH));
    const TransferState state = stateOf(index);
    const QRectF line(0, lineTop, w, lineH);
    if (isRunning(state)) {
        body.zones.append(
            {QRectF(line.right() - lineH, line.top(), lineH, lineH), BubbleAction::Cancel});
        body.progressBar = QRectF(0, line.bottom() - 5, w - lineH - 6, 4);
    } else if (isFailed(state)) {
        const qreal retry
            = sfm.horizontalAdvance(QCoreApplication::translate("MessageBodies", "Retry")) + 16;
        body.zones.append(
            {QRectF(line.right() - retry, line.top(), retry, line.height()), BubbleAction::Retry});
    } else if (hasLocalFile(index)) {
        // The links are drawn in bold: measured so.
        const QFontMetricsF links(boldOf(smallOf(font)));
        const qreal open
            = links.horizontalAdvance(QCoreApplication::translate("MessageBodies", "Open")) + 16;
        const qreal save
            = links.horizontalAdvance(QCoreApplication::translate("MessageBodies", "Save as…"))
            + 16;
        body.zones.append(
            {QRectF(line.left(), line.top(), open, line.height()), BubbleAction::Open});
        body.zones.append({QRectF(line.left() + open + 4, line.top(), save, line.height()),
            BubbleAction::SaveAs});
        body.zones.append({QRectF(0, 0, w, row), BubbleAction::Open});
    } else {
        body.zones.append({line, BubbleAction::Download});
        body.zones.append({QRectF(0, 0, w, row), BubbleAction::Download});
    }
    return body;
}

Body layoutLocation(const QModelIndex &index, const QFont &font, qreal maxWidth)
{
    Body body;
    body.type = Type::Location;
    const QFontMetricsF fm(boldOf(font));
    const QFontMetricsF sfm(smallOf(font));
    const qreal w = std::min(maxWidth, 280.0);
    qreal h = kMapHeight + 6;
    if (!index.data(MessageListModel::LocationLabelRole).toString().isEmpty())
        h += fm.height();
    h += sfm.height() + 2;
    body.size = QSizeF(std::round(w), std::round(h));
    body.zones.append({QRectF(QPointF(0, 0), body.size), BubbleAction::OpenLocation});
    return body;
}

int shownPhones(const QStringList &phones)
{
    return int(std::min<qsizetype>(phones.size(), 3));
}

Body layoutContact(const QModelIndex &index, const QFont &font, qreal maxWidth)
{
    Body body;
    body.type = Type::Contact;
    const QFontMetricsF fm(boldOf(font));
    const QFontMetricsF sfm(smallOf(font));
    const QStringList phones = index.data(MessageListModel::ContactPhonesRole).toStringList();
    const qreal w = std::min(maxWidth, kContactWidth);
    int lines = std::max(1, shownPhones(phones));
    if (phones.size() > 3)
        ++lines; // "and 2 more"
    const qreal card = std::max(46.0, fm.height() + lines * sfm.height() + 8);
    const qreal buttons = fm.height() + 12;
    body.size = QSizeF(std::round(w), std::round(card + 8 + buttons));
    const QRectF row(0, card + 8, w, buttons);
    body.zones.append(
        {QRectF(row.left(), row.top(), w / 2, buttons), BubbleAction::MessageContact});
    body.zones.append(
        {QRectF(row.left() + w / 2, row.top(), w / 2, buttons), BubbleAction::SaveContact});
    return body;
}

// ---- painting --------------------------------------------------------------------------------

void paintImage(QPainter *p, const Body &body, const QModelIndex &index, const Theme &theme,
    const QColor &bubble, const QFont &font)
{
    const QRectF rect(QPointF(0, 0), body.size);
    QPainterPath clip;
    clip.addRoundedRect(rect, 6, 6);
    p->save();
    p->setClipPath(clip);
    const QImage image = index.data(MessageListModel::ImageRole).value<QImage>();
    if (image.isNull()) {
        p->fillRect(rect, mix(bubble, theme.bubbleText, 0.08));
        painting::photoGlyph(
            p, QRectF(rect.center() - QPointF(24, 40), QSizeF(48, 48)), theme.secondaryText);
    } else {
        p->setRenderHint(QPainter::SmoothPixmapTransform);
        p->drawImage(rect, image);
    }
    const QFont small = smallOf(font);
    const QFontMetricsF sfm(small);
    p->setFont(small);
    const TransferState state = stateOf(index);
    const qreal stripH = sfm.height() + 16;
    const QRectF strip(0, rect.bottom() - stripH, rect.width(), stripH);
    if (isRunning(state)) {
        p->fillRect(strip, QColor(0, 0, 0, 150));
        p->setPen(Qt::white);
        p->drawText(strip.adjusted(10, 3, -stripH, 0), Qt::AlignLeft | Qt::AlignTop,
            sfm.elidedText(progressText(index), Qt::ElideRight, strip.width() - stripH - 14));
        progressBar(p, body.progressBar, index.data(MessageListModel::TransferProgressRole).toInt(),
            QColor(255, 255, 255, 80), Qt::white);
        painting::crossGlyph(
            p, QRectF(strip.right() - stripH, strip.top(), stripH, stripH), Qt::white);
    } else if (isFailed(state)) {
        p->fillRect(strip, theme.failed);
        p->setPen(Qt::white);
        const QString retry = QCoreApplication::translate("MessageBodies", "Retry");
        const qreal retryW = sfm.horizontalAdvance(retry) + 20;
        p->drawText(strip.adjusted(10, 0, -retryW, 0), Qt::AlignLeft | Qt::AlignVCenter,
            sfm.elidedText(failureText(index), Qt::ElideRight, strip.width() - retryW - 12));
        QFont bold = boldOf(small);
        p->setFont(bold);
        p->drawText(strip.adjusted(0, 0, -10, 0), Qt::AlignRight | Qt::AlignVCenter, retry);
    } else if (!hasLocalFile(index)) {
        // A round download button in the middle, the size below it.
        const QRectF circle = body.zones.first().rect;
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(0, 0, 0, 120));
        p->drawEllipse(circle);
        painting::downloadGlyph(p, circle.adjusted(14, 14, -14, -14), Qt::white);
        const QString size
            = preview::fileSize(index.data(MessageListModel::FileSizeRole).toLongLong());
        const QRectF label(circle.center().x() - sfm.horizontalAdvance(size) / 2 - 8,
            circle.bottom() + 6, sfm.horizontalAdvance(size) + 16, sfm.height() + 4);
        p->setBrush(QColor(0, 0, 0, 120));
        p->drawRoundedRect(label, label.height() / 2, label.height() / 2);
        p->setPen(Qt::white);
        p->drawText(label, Qt::AlignCenter, size);
    }
    p->restore();
}

void paintFile(QPainter *p, const Body &body, const QModelIndex &index, const Theme &theme,
    const QColor &bubble, const QFont &font)
{
    const QFontMetricsF fm(font);
    const QFont small = smallOf(font);
    const QFontMetricsF sfm(small);
    const qreal w = body.size.width();
    const qreal row = std::max(46.0, fm.height() + sfm.height() + 8);
    // The card: a tinted box with the icon, the name and the size.
    const QRectF card(0, 0, w, row);
    p->setPen(Qt::NoPen);
    p->setBrush(mix(bubble, theme.bubbleText, theme.dark ? 0.1 : 0.05));
    p->drawRoundedRect(card, 6, 6);
    const QRectF icon(6, (row - 36) / 2, kIconWidth - 6, 36);
    const auto category = FileCategory(index.data(MessageListModel::FileCategoryRole).toInt());
    if (category == FileCategory::Video)
        painting::playGlyph(p, icon, theme.accent);
    else if (category == FileCategory::Audio)
        painting::audioGlyph(p, icon, theme.accent);
    else
        painting::documentGlyph(p, icon, extensionOf(index), QColor(0x3b, 0x7d, 0xd8));
    const qreal textX = kIconWidth + 10;
    const qreal textW = w - textX - 6;
    const QFont bold = boldOf(font);
    p->setFont(bold);
    p->setPen(theme.bubbleText);
    const qreal top = (row - fm.height() - sfm.height()) / 2;
    p->drawText(QRectF(textX, top, textW, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(bold).elidedText(
            index.data(MessageListModel::FileNameRole).toString(), Qt::ElideMiddle, textW));
    p->setFont(small);
    p->setPen(theme.secondaryText);
    p->drawText(QRectF(textX, top + fm.height(), textW, sfm.height()),
        Qt::AlignLeft | Qt::AlignVCenter, fileMeta(index));

    // The line below: progress, failure, Open / Save as…, or Download.
    const qreal lineH = actionLineHeight(font);
    const QRectF line(0, row + 6, w, lineH);
    const TransferState state = stateOf(index);
    if (isRunning(state)) {
        p->setPen(theme.secondaryText);
        p->drawText(QRectF(line.left(), line.top(), w - lineH, lineH - 8),
            Qt::AlignLeft | Qt::AlignVCenter,
            sfm.elidedText(progressText(index), Qt::ElideRight, w - lineH));
        progressBar(p, body.progressBar, index.data(MessageListModel::TransferProgressRole).toInt(),
            mix(bubble, theme.bubbleText, 0.15), theme.accent);
        painting::crossGlyph(
            p, QRectF(line.right() - lineH, line.top(), lineH, lineH), theme.secondaryText);
    } else if (isFailed(state)) {
        const QString retry = QCoreApplication::translate("MessageBodies", "Retry");
        const qreal retryW = sfm.horizontalAdvance(retry) + 16;
        p->setPen(theme.failed);
        p->drawText(QRectF(line.left(), line.top(), w - retryW - 4, lineH),
            Qt::AlignLeft | Qt::AlignVCenter,
            sfm.elidedText(failureText(index), Qt::ElideRight, w - retryW - 4));
        p->setFont(boldOf(small));
        p->setPen(theme.accent);
        p->drawText(line, Qt::AlignRight | Qt::AlignVCenter, retry);
    } else {
        p->setFont(boldOf(small));
        p->setPen(theme.accent);
        for (const Zone &zone : body.zones) {
            if (!line.intersects(zone.rect))
                continue;
            if (zone.action == BubbleAction::Open)
                p->drawText(zone.rect, Qt::AlignCenter,
                    QCoreApplication::translate("MessageBodies", "Open"));
            else if (zone.action == BubbleAction::SaveAs)
                p->drawText(zone.rect, Qt::AlignCenter,
                    QCoreApplication::translate("MessageBodies", "Save as…"));
            else if (zone.action == BubbleAction::Download) {
                const qreal g = lineH - 10;
                painting::downloadGlyph(p, QRectF(line.left(), line.top() + 5, g, g), theme.accent);
                p->drawText(line.adjusted(g + 6, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                    QCoreApplication::translate("MessageBodies", "Download (%1)")
                        .arg(preview::fileSize(
                            index.data(MessageListModel::FileSizeRole).toLongLong())));
            }
        }
    }
}

void paintLocation(
    QPainter *p, const Body &body, const QModelIndex &index, const Theme &theme, const QFont &font)
{
    const qreal w = body.size.width();
    const QRectF map(0, 0, w, kMapHeight);
    QPainterPath clip;
    clip.addRoundedRect(map, 6, 6);
    p->save();
    p->setClipPath(clip);
    // A stylised street map: land, a park, a river and a few streets.
    const bool dark = theme.dark;
    p->fillRect(map, dark ? QColor(0x2d, 0x36, 0x3a) : QColor(0xf2, 0xef, 0xe9));
    p->setPen(Qt::NoPen);
    p->setBrush(dark ? QColor(0x2f, 0x4a, 0x3a) : QColor(0xc8, 0xe6, 0xc0));
    p->drawRoundedRect(QRectF(w * 0.62, 10, w * 0.3, kMapHeight * 0.38), 6, 6);
    QPainterPath river;
    river.moveTo(-10, kMapHeight * 0.8);
    river.cubicTo(QPointF(w * 0.3, kMapHeight * 0.6), QPointF(w * 0.55, kMapHeight * 1.05),
        QPointF(w + 10, kMapHeight * 0.78));
    p->setBrush(Qt::NoBrush);
    p->setPen(QPen(dark ? QColor(0x2b, 0x4f, 0x6e) : QColor(0xaa, 0xd3, 0xdf), 9));
    p->drawPath(river);
    p->setPen(QPen(dark ? QColor(0x4a, 0x55, 0x5a) : Qt::white, 5));
    p->drawLine(QPointF(w * 0.15, -5), QPointF(w * 0.4, kMapHeight + 5));
    p->drawLine(QPointF(-5, kMapHeight * 0.35), QPointF(w + 5, kMapHeight * 0.5));
    p->setPen(QPen(dark ? QColor(0x44, 0x4e, 0x52) : QColor(0xff, 0xff, 0xff), 3));
    p->drawLine(QPointF(w * 0.7, -5), QPointF(w * 0.8, kMapHeight + 5));
    p->drawLine(QPointF(-5, kMapHeight * 0.12), QPointF(w * 0.5, kMapHeight * 0.2));
    p->restore();
    const qreal pinH = 34;
    painting::pinGlyph(p, QRectF(w / 2 - pinH * 0.36, kMapHeight / 2 - pinH, pinH * 0.72, pinH),
        QColor(0xe5, 0x39, 0x35));

    qreal y = kMapHeight + 6;
    const QString label = index.data(MessageListModel::LocationLabelRole).toString();
    if (!label.isEmpty()) {
        const QFont bold = boldOf(font);
        p->setFont(bold);
        p->setPen(theme.bubbleText);
        const QFontMetricsF fm(bold);
        p->drawText(QRectF(0, y, w, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(label, Qt::ElideRight, w));
        y += fm.height();
    }
    const QFont small = smallOf(font);
    const QFontMetricsF sfm(small);
    p->setFont(small);
    p->setPen(theme.secondaryText);
    QString coords = preview::coordinates(index.data(MessageListModel::LatitudeRole).toDouble(),
        index.data(MessageListModel::LongitudeRole).toDouble());
    const QVariant accuracy = index.data(MessageListModel::LocationAccuracyRole);
    if (accuracy.isValid())
        coords += QCoreApplication::translate("MessageBodies", " (± %1 m)")
                      .arg(qRound(accuracy.toDouble()));
    p->drawText(QRectF(0, y, w, sfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
        sfm.elidedText(coords, Qt::ElideRight, w));
}

void paintContact(QPainter *p, const Body &body, const QModelIndex &index, const Theme &theme,
    const QColor &bubble, const QFont &font)
{
    const qreal w = body.size.width();
    const QFont bold = boldOf(font);
    const QFontMetricsF fm(bold);
    const QFont small = smallOf(font);
    const QFontMetricsF sfm(small);
    const QString name = index.data(MessageListModel::ContactNameRole).toString();
    const QStringList phones = index.data(MessageListModel::ContactPhonesRole).toStringList();
    const QRectF buttons = body.zones.first().rect.united(body.zones.at(1).rect);
    const qreal card = buttons.top() - 8;
    const QString firstPhone = phones.isEmpty() ? QString() : phones.first();
    painting::avatar(p, QRectF(2, (card - 42) / 2, 42, 42), models::avatar::initials(name),
        models::avatar::colorFor(firstPhone));
    const qreal textX = 54;
    const qreal textW = w - textX;
    int lines = std::max(1, shownPhones(phones));
    if (phones.size() > 3)
        ++lines;
    qreal y = (card - fm.height() - lines * sfm.height()) / 2;
    p->setFont(bold);
    p->setPen(theme.bubbleText);
    p->drawText(QRectF(textX, y, textW, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(
            name.isEmpty() ? QCoreApplication::translate("MessageBodies", "Contact") : name,
            Qt::ElideRight, textW));
    y += fm.height();
    p->setFont(small);
    p->setPen(theme.secondaryText);
    if (phones.isEmpty()) {
        p->drawText(QRectF(textX, y, textW, sfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
            QCoreApplication::translate("MessageBodies", "No phone number"));
    }
    for (int i = 0; i < shownPhones(phones); ++i) {
        p->drawText(QRectF(textX, y, textW, sfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
            sfm.elidedText(phones.at(i), Qt::ElideRight, textW));
        y += sfm.height();
    }
    if (phones.size() > 3) {
        // The count is a plain variable: lupdate 6.4 hangs on an expression like int(a - 3) there.
        const int more = int(phones.size()) - 3;
        p->drawText(QRectF(textX, y, textW, sfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
            QCoreApplication::translate("MessageBodies", "and %n more", nullptr, more));
    }
    // Two buttons under a hairline: Message | Save as .vcf…
    const QColor line = mix(bubble, theme.bubbleText, 0.15);
    p->setPen(QPen(line, 1));
    p->drawLine(QPointF(0, buttons.top() - 0.5), QPointF(w, buttons.top() - 0.5));
    p->drawLine(QPointF(w / 2, buttons.top() + 4), QPointF(w / 2, buttons.bottom() - 2));
    p->setFont(boldOf(font));
    p->setPen(theme.accent);
    p->drawText(body.zones.at(0).rect, Qt::AlignCenter,
        QCoreApplication::translate("MessageBodies", "Message"));
    p->drawText(body.zones.at(1).rect, Qt::AlignCenter,
        QCoreApplication::translate("MessageBodies", "Save as .vcf…"));
}
} // namespace

Type typeOf(const QModelIndex &index)
{
    switch (protocol::MessageKind(index.data(MessageListModel::KindRole).toInt())) {
    case protocol::MessageKind::Text:
        return Type::Text;
    case protocol::MessageKind::Media:
        return FileCategory(index.data(MessageListModel::FileCategoryRole).toInt())
                == FileCategory::Image
            ? Type::Image
            : Type::File;
    case protocol::MessageKind::Document:
        return Type::File;
    case protocol::MessageKind::Location:
        return Type::Location;
    case protocol::MessageKind::Contact:
        return Type::Contact;
    }
    return Type::Text;
}

Body layout(const QModelIndex &index, const QFont &font, qreal maxWidth)
{
    switch (typeOf(index)) {
    case Type::Text:
        return {};
    case Type::Image:
        return layoutImage(index, font, maxWidth);
    case Type::File:
        return layoutFile(index, font, maxWidth);
    case Type::Location:
        return layoutLocation(index, font, maxWidth);
    case Type::Contact:
        return layoutContact(index, font, maxWidth);
    }
    return {};
}

void paint(QPainter *p, const Body &body, const QPointF &topLeft, const QModelIndex &index,
    const Theme &theme, const QColor &bubble, const QFont &font)
{
    if (body.type == Type::Text)
        return;
    p->save();
    p->translate(topLeft);
    switch (body.type) {
    case Type::Text:
        break;
    case Type::Image:
        paintImage(p, body, index, theme, bubble, font);
        break;
    case Type::File:
        paintFile(p, body, index, theme, bubble, font);
        break;
    case Type::Location:
        paintLocation(p, body, index, theme, font);
        break;
    case Type::Contact:
        paintContact(p, body, index, theme, bubble, font);
        break;
    }
    p->restore();
}

BubbleAction actionAt(const Body &body, const QPointF &pos)
{
    for (const Zone &zone : body.zones) {
        if (zone.rect.contains(pos))
            return zone.action;
    }
    return BubbleAction::None;
}

} // namespace natter::ui::bodies
