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

QIcon searchIcon(const QColor &color)
{
    return iconOf([color](QPainter &p, qreal s) {
        p.setPen(QPen(color, std::max(1.4, s / 12), Qt::SolidLine, Qt::RoundCap));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QPointF(s * 0.43, s * 0.43), s * 0.24, s * 0.24);
        p.drawLine(QPointF(s * 0.61, s * 0.61), QPointF(s * 0.82, s * 0.82));
    });
}

} // namespace natter::ui::painting
