#include "ui/Painting.h"

#include "ui/Theme.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace natter::ui::painting {

using client::MessageState;

void avatar(QPainter *p, const QRectF &rect, const QString &initials, const QColor &color)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(Qt::NoPen);
    p->setBrush(color);
    p->drawEllipse(rect);
    p->setBrush(QColor(255, 255, 255, 235));
    if (initials.isEmpty()) {
        // Head and shoulders, clipped to the circle.
        QPainterPath clip;
        clip.addEllipse(rect);
        p->setClipPath(clip);
        const qreal d = rect.width();
        const QPointF c = rect.center();
        p->drawEllipse(QPointF(c.x(), rect.top() + d * 0.38), d * 0.18, d * 0.18);
        p->drawEllipse(QPointF(c.x(), rect.top() + d * 0.95), d * 0.34, d * 0.32);
    } else {
        QFont font = p->font();
        font.setPixelSize(std::max(8, int(rect.height() * 0.38)));
        font.setWeight(QFont::DemiBold);
        p->setFont(font);
        p->setPen(QColor(Qt::white));
        p->drawText(rect, Qt::AlignCenter, initials);
    }
    p->restore();
}

qreal stateMarkWidth(MessageState state, qreal height)
{
    switch (state) {
    case MessageState::Pending:
    case MessageState::Failed:
        return height;
    case MessageState::Sent:
        return height * 0.95;
    case MessageState::Delivered:
    case MessageState::Read:
        return height * 1.35;
    }
    return height;
}

namespace {
void check(QPainter *p, const QPointF &origin, qreal h)
{
    // In units of the mark's height, from its top-left corner.
    QPainterPath path;
    path.moveTo(origin + QPointF(0.06 * h, 0.55 * h));
    path.lineTo(origin + QPointF(0.34 * h, 0.84 * h));
    path.lineTo(origin + QPointF(0.9 * h, 0.16 * h));
    p->drawPath(path);
}
} // namespace

void stateMark(QPainter *p, const QPointF &bottomLeft, qreal h, MessageState state,
    const QColor &grey, const Theme &theme)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QPointF topLeft = bottomLeft - QPointF(0, h);
    QPen pen(grey, std::max(1.2, h / 8.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p->setBrush(Qt::NoBrush);
    switch (state) {
    case MessageState::Pending: {
        pen.setWidthF(std::max(1.0, h / 11.0));
        p->setPen(pen);
        const QPointF c = topLeft + QPointF(h / 2, h / 2);
        const qreal r = h * 0.4;
        p->drawEllipse(c, r, r);
        p->drawLine(c, c - QPointF(0, r * 0.65));
        p->drawLine(c, c + QPointF(r * 0.5, 0));
        break;
    }
    case MessageState::Sent:
        p->setPen(pen);
        check(p, topLeft, h);
        break;
    case MessageState::Delivered:
    case MessageState::Read:
        pen.setColor(state == MessageState::Read ? theme.readTicks : grey);
        p->setPen(pen);
        check(p, topLeft, h);
        check(p, topLeft + QPointF(h * 0.38, 0), h);
        break;
    case MessageState::Failed: {
        const QRectF circle(topLeft + QPointF(0.02 * h, 0.02 * h), QSizeF(h * 0.96, h * 0.96));
        p->setPen(Qt::NoPen);
        p->setBrush(theme.failed);
        p->drawEllipse(circle);
        QPen mark(QColor(Qt::white), std::max(1.4, h / 7.0), Qt::SolidLine, Qt::RoundCap);
        p->setPen(mark);
        const QPointF c = circle.center();
        p->drawLine(c - QPointF(0, h * 0.24), c + QPointF(0, h * 0.07));
        p->drawPoint(c + QPointF(0, h * 0.25));
        break;
    }
    }
    p->restore();
}

namespace {
// Renders `draw` into a square pixmap of each common size.
template<typename Draw> QIcon iconOf(Draw draw)
{
    QIcon icon;
    for (int size : {16, 20, 24, 32, 48}) {
        for (qreal dpr : {1.0, 2.0}) {
            QPixmap pixmap(int(size * dpr), int(size * dpr));
            pixmap.setDevicePixelRatio(dpr);
            pixmap.fill(Qt::transparent);
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            draw(p, qreal(size));
            p.end();
            icon.addPixmap(pixmap);
        }
    }
    return icon;
}
} // namespace

QIcon sendIcon(const QColor &color)
{
    return iconOf([color](QPainter &p, qreal s) {
        // A paper plane pointing right.
        QPainterPath plane;
        plane.moveTo(s * 0.12, s * 0.14);
        plane.lineTo(s * 0.92, s * 0.5);
        plane.lineTo(s * 0.12, s * 0.86);
        plane.lineTo(s * 0.22, s * 0.56);
        plane.lineTo(s * 0.56, s * 0.5);
        plane.lineTo(s * 0.22, s * 0.44);
        plane.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawPath(plane);
    });
}

QIcon newChatIcon(const QColor &color)
{
    return iconOf([color](QPainter &p, qreal s) {
        // A speech bubble with a plus.
        QPen pen(color, std::max(1.5, s / 12), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        QPainterPath bubble;
        bubble.addRoundedRect(QRectF(s * 0.12, s * 0.14, s * 0.76, s * 0.58), s * 0.16, s * 0.16);
        QPainterPath tail;
        tail.moveTo(s * 0.28, s * 0.7);
        tail.lineTo(s * 0.22, s * 0.9);
        tail.lineTo(s * 0.46, s * 0.72);
        p.drawPath(bubble.united(tail));
        p.drawLine(QPointF(s * 0.5, s * 0.28), QPointF(s * 0.5, s * 0.58));
        p.drawLine(QPointF(s * 0.35, s * 0.43), QPointF(s * 0.65, s * 0.43));
    });
}

QIcon closeIcon(const QColor &color)
{
    return iconOf([color](QPainter &p, qreal s) {
        p.setPen(QPen(color, std::max(1.5, s / 12), Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(s * 0.28, s * 0.28), QPointF(s * 0.72, s * 0.72));
        p.drawLine(QPointF(s * 0.72, s * 0.28), QPointF(s * 0.28, s * 0.72));
    });
}

QIcon speakerIcon(const QColor &color, bool muted)
{
    return iconOf([color, muted](QPainter &p, qreal s) {
        // A speaker cone, then sound waves or a cross.
        QPainterPath cone;
        cone.moveTo(s * 0.14, s * 0.40);
        cone.lineTo(s * 0.30, s * 0.40);
        cone.lineTo(s * 0.50, s * 0.22);
        cone.lineTo(s * 0.50, s * 0.78);
        cone.lineTo(s * 0.30, s * 0.60);
        cone.lineTo(s * 0.14, s * 0.60);
        cone.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawPath(cone);
        p.setPen(QPen(color, std::max(1.4, s / 14), Qt::SolidLine, Qt::RoundCap));
        p.setBrush(Qt::NoBrush);
        if (muted) {
            p.drawLine(QPointF(s * 0.62, s * 0.38), QPointF(s * 0.86, s * 0.62));
            p.drawLine(QPointF(s * 0.86, s * 0.38), QPointF(s * 0.62, s * 0.62));
        } else {
            p.drawArc(QRectF(s * 0.40, s * 0.34, s * 0.32, s * 0.32), -50 * 16, 100 * 16);
            p.drawArc(QRectF(s * 0.32, s * 0.22, s * 0.52, s * 0.56), -50 * 16, 100 * 16);
        }
    });
}

QIcon playIcon(const QColor &color)
{
    return iconOf([color](QPainter &p, qreal s) {
        QPainterPath play;
        play.moveTo(s * 0.30, s * 0.20);
        play.lineTo(s * 0.82, s * 0.50);
        play.lineTo(s * 0.30, s * 0.80);
        play.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawPath(play);
    });
}

QIcon pauseIcon(const QColor &color)
{
    return iconOf([color](QPainter &p, qreal s) {
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawRoundedRect(QRectF(s * 0.24, s * 0.20, s * 0.18, s * 0.60), s * 0.04, s * 0.04);
        p.drawRoundedRect(QRectF(s * 0.58, s * 0.20, s * 0.18, s * 0.60), s * 0.04, s * 0.04);
    });
}

QIcon searchIcon(const QColor &color)
{
    return iconOf([color](QPainter &p, qreal s) {
        p.setPen(QPen(color, std::max(1.4, s / 12), Qt::SolidLine, Qt::RoundCap));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QPointF(s * 0.43, s * 0.43), s * 0.24, s * 0.24);
        p.drawLine(QPointF(s * 0.61, s * 0.61), QPointF(s * 0.82, s * 0.82));
    });
}

QIcon attachIcon(const QColor &color)
{
    return iconOf([color](QPainter &p, qreal s) {
        // A paperclip leaning to the right: two nested U-shapes joined at the top.
        p.setPen(QPen(color, std::max(1.5, s / 12), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.translate(s / 2, s / 2);
        p.rotate(40);
        p.translate(-s / 2, -s / 2);
        const qreal w = s * 0.26;
        QPainterPath clip;
        clip.moveTo(s * 0.5 + w * 0.5, s * 0.36);
        clip.lineTo(s * 0.5 + w * 0.5, s * 0.72);
        clip.arcTo(QRectF(s * 0.5 - w * 0.5, s * 0.72 - w * 0.5, w, w), 0, -180);
        clip.lineTo(s * 0.5 - w * 0.5, s * 0.22);
        clip.arcTo(
            QRectF(s * 0.5 - w * 0.5 - w * 0.25, s * 0.22 - w * 0.75, w * 1.5, w * 1.5), 180, -180);
        clip.lineTo(s * 0.5 + w, s * 0.78);
        clip.arcTo(QRectF(s * 0.5 - w, s * 0.78 - w, 2 * w, 2 * w), 0, -180);
        clip.lineTo(s * 0.5 - w, s * 0.36);
        p.drawPath(clip);
    });
}

void documentGlyph(QPainter *p, const QRectF &rect, const QString &label, const QColor &color)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const qreal w = std::min(rect.width(), rect.height() * 0.78);
    const QRectF sheet(rect.center().x() - w / 2, rect.top(), w, rect.height());
    const qreal fold = w * 0.3;
    QPainterPath path;
    path.moveTo(sheet.topLeft());
    path.lineTo(sheet.right() - fold, sheet.top());
    path.lineTo(sheet.right(), sheet.top() + fold);
    path.lineTo(sheet.bottomRight());
    path.lineTo(sheet.bottomLeft());
    path.closeSubpath();
    p->setPen(Qt::NoPen);
    p->setBrush(QColor(255, 255, 255));
    p->drawPath(path);
    p->setPen(QPen(mix(color, Qt::white, 0.4), 1));
    p->setBrush(Qt::NoBrush);
    p->drawPath(path);
    QPainterPath corner;
    corner.moveTo(sheet.right() - fold, sheet.top());
    corner.lineTo(sheet.right() - fold, sheet.top() + fold);
    corner.lineTo(sheet.right(), sheet.top() + fold);
    corner.closeSubpath();
    p->setBrush(mix(color, Qt::white, 0.6));
    p->drawPath(corner);
    if (!label.isEmpty()) {
        const QRectF band(
            sheet.left() - 2, sheet.top() + sheet.height() * 0.52, w + 4, sheet.height() * 0.3);
        p->setPen(Qt::NoPen);
        p->setBrush(color);
        p->drawRoundedRect(band, 2, 2);
        QFont font = p->font();
        font.setPixelSize(std::max(6, int(band.height() * 0.72)));
        font.setWeight(QFont::Bold);
        p->setFont(font);
        p->setPen(Qt::white);
        p->drawText(band, Qt::AlignCenter, label.left(4).toUpper());
    }
    p->restore();
}

void playGlyph(QPainter *p, const QRectF &rect, const QColor &color)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const qreal d = std::min(rect.width(), rect.height());
    const QRectF circle(rect.center() - QPointF(d / 2, d / 2), QSizeF(d, d));
    p->setPen(Qt::NoPen);
    p->setBrush(color);
    p->drawEllipse(circle);
    QPainterPath play;
    const QPointF c = circle.center();
    play.moveTo(c + QPointF(-d * 0.14, -d * 0.22));
    play.lineTo(c + QPointF(d * 0.24, 0));
    play.lineTo(c + QPointF(-d * 0.14, d * 0.22));
    play.closeSubpath();
    p->setBrush(Qt::white);
    p->drawPath(play);
    p->restore();
}

void audioGlyph(QPainter *p, const QRectF &rect, const QColor &color)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const qreal d = std::min(rect.width(), rect.height());
    const QRectF circle(rect.center() - QPointF(d / 2, d / 2), QSizeF(d, d));
    p->setPen(Qt::NoPen);
    p->setBrush(color);
    p->drawEllipse(circle);
    // A quaver: a stem, a flag and a note head.
    const QPointF c = circle.center();
    p->setPen(QPen(Qt::white, std::max(1.5, d / 14), Qt::SolidLine, Qt::RoundCap));
    p->drawLine(c + QPointF(d * 0.06, d * 0.18), c + QPointF(d * 0.06, -d * 0.26));
    p->drawLine(c + QPointF(d * 0.06, -d * 0.26), c + QPointF(d * 0.24, -d * 0.14));
    p->setPen(Qt::NoPen);
    p->setBrush(Qt::white);
    p->drawEllipse(c + QPointF(-d * 0.04, d * 0.19), d * 0.11, d * 0.085);
    p->restore();
}

void photoGlyph(QPainter *p, const QRectF &rect, const QColor &color)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const qreal d = std::min(rect.width(), rect.height());
    const QRectF box(rect.center() - QPointF(d / 2, d * 0.4), QSizeF(d, d * 0.8));
    p->setPen(QPen(color, std::max(1.5, d / 16), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p->setBrush(Qt::NoBrush);
    p->drawRoundedRect(box, d * 0.1, d * 0.1);
    QPainterPath hills;
    hills.moveTo(box.left() + d * 0.1, box.bottom() - d * 0.12);
    hills.lineTo(box.left() + d * 0.38, box.top() + d * 0.36);
    hills.lineTo(box.left() + d * 0.58, box.bottom() - d * 0.26);
    hills.lineTo(box.left() + d * 0.7, box.top() + d * 0.46);
    hills.lineTo(box.right() - d * 0.1, box.bottom() - d * 0.12);
    p->drawPath(hills);
    p->drawEllipse(QPointF(box.right() - d * 0.26, box.top() + d * 0.22), d * 0.07, d * 0.07);
    p->restore();
}

void pinGlyph(QPainter *p, const QRectF &rect, const QColor &color)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const qreal h = rect.height();
    const qreal r = std::min(rect.width() / 2, h * 0.36);
    const QPointF head(rect.center().x(), rect.top() + r);
    QPainterPath pin;
    pin.moveTo(rect.center().x(), rect.bottom());
    pin.cubicTo(QPointF(head.x() - r * 0.35, rect.bottom() - h * 0.25),
        QPointF(head.x() - r, head.y() + r * 0.7), QPointF(head.x() - r, head.y()));
    pin.arcTo(QRectF(head.x() - r, head.y() - r, 2 * r, 2 * r), 180, -180);
    pin.cubicTo(QPointF(head.x() + r, head.y() + r * 0.7),
        QPointF(head.x() + r * 0.35, rect.bottom() - h * 0.25),
        QPointF(rect.center().x(), rect.bottom()));
    p->setPen(QPen(color.darker(130), 1));
    p->setBrush(color);
    p->drawPath(pin);
    p->setPen(Qt::NoPen);
    p->setBrush(Qt::white);
    p->drawEllipse(head, r * 0.4, r * 0.4);
    p->restore();
}

void downloadGlyph(QPainter *p, const QRectF &rect, const QColor &color)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const qreal d = std::min(rect.width(), rect.height());
    const QPointF c = rect.center();
    p->setPen(QPen(color, std::max(1.6, d / 9), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p->drawLine(c + QPointF(0, -d * 0.34), c + QPointF(0, d * 0.16));
    p->drawLine(c + QPointF(-d * 0.22, -d * 0.04), c + QPointF(0, d * 0.18));
    p->drawLine(c + QPointF(d * 0.22, -d * 0.04), c + QPointF(0, d * 0.18));
    p->drawLine(c + QPointF(-d * 0.3, d * 0.36), c + QPointF(d * 0.3, d * 0.36));
    p->restore();
}

void crossGlyph(QPainter *p, const QRectF &rect, const QColor &color)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const qreal d = std::min(rect.width(), rect.height()) * 0.3;
    const QPointF c = rect.center();
    p->setPen(QPen(color, std::max(1.5, d / 3.5), Qt::SolidLine, Qt::RoundCap));
    p->drawLine(c + QPointF(-d, -d), c + QPointF(d, d));
    p->drawLine(c + QPointF(d, -d), c + QPointF(-d, d));
    p->restore();
}

} // namespace natter::ui::painting
