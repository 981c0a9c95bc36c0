#include "ui/ScrollDownButton.h"

#include "ui/Theme.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace natter::ui {

namespace {
constexpr int kDiameter = 40;
constexpr int kBadgeRoom = 8; // the badge sticks out above the circle
} // namespace

ScrollDownButton::ScrollDownButton(QWidget *parent)
    : QAbstractButton(parent)
{
    setObjectName(QStringLiteral("scrollDownButton"));
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::NoFocus);
    setToolTip(tr("Go to the newest message"));
    setAccessibleName(tr("Go to the newest message"));
    resize(sizeHint());
}

ScrollDownButton::~ScrollDownButton() = default;

QSize ScrollDownButton::sizeHint() const
{
    return QSize(kDiameter + kBadgeRoom, kDiameter + kBadgeRoom);
}

void ScrollDownButton::setUnread(int count)
{
    if (count == m_unread)
        return;
    m_unread = count;
    update();
}

void ScrollDownButton::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const Theme theme = Theme::from(palette());
    const QRectF circle(kBadgeRoom / 2.0, kBadgeRoom, kDiameter - 2, kDiameter - 2);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, theme.dark ? 60 : 30));
    p.drawEllipse(circle.translated(0, 1));
    p.setBrush(isDown() ? mix(theme.otherBubble, theme.bubbleText, 0.1) : theme.otherBubble);
    p.drawEllipse(circle);

    // A chevron pointing down.
    const QPointF c = circle.center();
    const qreal s = circle.width() * 0.16;
    QPen pen(theme.secondaryText, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    QPainterPath chevron;
    chevron.moveTo(c + QPointF(-s, -s * 0.45));
    chevron.lineTo(c + QPointF(0, s * 0.55));
    chevron.lineTo(c + QPointF(s, -s * 0.45));
    p.drawPath(chevron);

    if (m_unread > 0) {
        QFont font = scaledFont(this->font(), 0.8);
        font.setWeight(QFont::DemiBold);
        p.setFont(font);
        const QFontMetricsF fm(font);
        const QString text = m_unread > 99 ? QStringLiteral("99+") : QLocale().toString(m_unread);
        const qreal h = fm.height() + 2;
        const qreal w = std::max(h, fm.horizontalAdvance(text) + 8);
        const QRectF badge(std::min(circle.right() - w / 2, width() - w), 0, w, h);
        p.setPen(Qt::NoPen);
        p.setBrush(theme.accent);
        p.drawRoundedRect(badge, h / 2, h / 2);
        p.setPen(theme.accentText);
        p.drawText(badge, Qt::AlignCenter, text);
    }
}

} // namespace natter::ui
