#include "ui/MessageBodies.h"

#include "models/Avatar.h"
#include "models/MessageListModel.h"
#include "models/MessagePreview.h"
#include "ui/MessageBodiesDetail.h"
#include "ui/Painting.h"
#include "ui/Theme.h"

#include <QCoreApplication>
#include <QModelIndex>
#include <QPainter>
#include <QPainterPath>

// The map card of a location and the card of a contact (MessageBodies.cpp has the pictures,
// videos and files).
namespace natter::ui::bodies::detail {

using models::MessageListModel;
namespace preview = models::preview;

namespace {
constexpr qreal kMapHeight = 120;
constexpr qreal kContactWidth = 270;

int shownPhones(const QStringList &phones)
{
    return int(std::min<qsizetype>(phones.size(), 3));
}

} // namespace

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

} // namespace natter::ui::bodies::detail
