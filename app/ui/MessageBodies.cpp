#include "ui/MessageBodies.h"

#include "ui/MessageBodiesDetail.h"

#include "client/ClientTypes.h"
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

QFont detail::smallOf(const QFont &font)
{
    return scaledFont(font, 0.8);
}

QFont detail::boldOf(const QFont &font)
{
    QFont bold = font;
    bold.setWeight(QFont::DemiBold);
    return bold;
}

using client::TransferState;
using detail::boldOf;
using detail::smallOf;
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

bool isVideo(const QModelIndex &index)
{
    return FileCategory(index.data(MessageListModel::FileCategoryRole).toInt())
        == FileCategory::Video;
}

// Over a video's poster frame: the round play sign in the middle and, in the bottom-left
// corner, the size (with a download arrow while the video is not downloaded).
void paintVideoMarks(QPainter *p, const QRectF &rect, const QModelIndex &index, const QFont &small,
    bool downloaded, bool withSize)
{
    const qreal d = std::min(56.0, std::min(rect.width(), rect.height()) * 0.45);
    painting::playGlyph(
        p, QRectF(rect.center() - QPointF(d / 2, d / 2), QSizeF(d, d)), QColor(0, 0, 0, 130));
    if (!withSize)
        return;
    const QFontMetricsF sfm(small);
    const QString size = preview::fileSize(index.data(MessageListModel::FileSizeRole).toLongLong());
    const qreal h = sfm.height() + 4;
    const qreal glyph = downloaded ? 0 : h - 6;
    const QRectF label(rect.left() + 8, rect.bottom() - h - 8,
        sfm.horizontalAdvance(size) + 16 + (downloaded ? 0 : glyph + 3), h);
    p->setPen(Qt::NoPen);
    p->setBrush(QColor(0, 0, 0, 120));
    p->drawRoundedRect(label, h / 2, h / 2);
    if (!downloaded)
        painting::downloadGlyph(
            p, QRectF(label.left() + 7, label.top() + 3, glyph, glyph), Qt::white);
    p->setFont(small);
    p->setPen(Qt::white);
    p->drawText(label.adjusted(downloaded ? 0 : glyph + 5, 0, 0, 0), Qt::AlignCenter, size);
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
    if (isVideo(index)) {
        // A video's poster frame: the play sign in the middle; a click plays the downloaded
        // file (Open) or downloads it first.
        if (isRunning(state)) {
            body.zones.append({QRectF(strip.right() - stripH, strip.top(), stripH, stripH),
                BubbleAction::Cancel});
            body.progressBar = QRectF(10, strip.bottom() - 8, strip.width() - stripH - 14, 3);
        } else if (isFailed(state)) {
            body.zones.append({strip, BubbleAction::Retry});
        }
        if (hasLocalFile(index))
            body.zones.append({QRectF(QPointF(0, 0), body.size), BubbleAction::Open});
        else if (!isRunning(state) && !isFailed(state))
            body.zones.append({QRectF(QPointF(0, 0), body.size), BubbleAction::Download});
        return body;
    }
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
    const bool video = isVideo(index);
    if (video) {
        paintVideoMarks(p,
            rect.adjusted(0, 0, 0, isRunning(state) || isFailed(state) ? -stripH : 0), index, small,
            hasLocalFile(index), !isRunning(state) && !isFailed(state));
    }
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
    } else if (!hasLocalFile(index) && !video) {
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

} // namespace

Type typeOf(const QModelIndex &index)
{
    switch (protocol::MessageKind(index.data(MessageListModel::KindRole).toInt())) {
    case protocol::MessageKind::Text:
        return Type::Text;
    case protocol::MessageKind::Media:
        switch (FileCategory(index.data(MessageListModel::FileCategoryRole).toInt())) {
        case FileCategory::Image:
            return Type::Image;
        case FileCategory::Video:
            // With a poster frame like a photo, else as a file card.
            return index.data(MessageListModel::ImageRole).value<QImage>().isNull() ? Type::File
                                                                                    : Type::Image;
        default:
            return Type::File;
        }
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
        return detail::layoutLocation(index, font, maxWidth);
    case Type::Contact:
        return detail::layoutContact(index, font, maxWidth);
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
        detail::paintLocation(p, body, index, theme, font);
        break;
    case Type::Contact:
        detail::paintContact(p, body, index, theme, bubble, font);
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
