#include "ui/StatusPainting.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPixmap>

#include <array>

namespace natter::ui::statuspainting {

namespace {
constexpr int kTextFlags = Qt::AlignCenter | Qt::TextWordWrap;
} // namespace

QList<QColor> backgroundColors()
{
    static constexpr std::array<QRgb, 8> kColors = {
        0xff128c7e, // teal
        0xff1f6fb2, // blue
        0xff6b3fa0, // purple
        0xffc2185b, // raspberry
        0xffd84315, // orange
        0xff8d6e00, // ochre
        0xff2e7d32, // green
        0xff37474f, // slate
    };
    QList<QColor> out;
    for (const QRgb rgb : kColors)
        out.append(QColor::fromRgb(rgb));
    return out;
}

QColor textColorOn(const QColor &background)
{
    // Relative luminance (sRGB, approximate): light backgrounds get dark text.
    const qreal l = 0.2126 * background.redF() + 0.7152 * background.greenF()
        + 0.0722 * background.blueF();
    return l > 0.6 ? QColor(0x1b, 0x1b, 0x1b) : QColor(Qt::white);
}

QFont fitFont(const QString &text, const QSizeF &size, const QFont &base, int minPixels, int maxPixels)
{
    QFont font = base;
    int lo = minPixels;
    int hi = std::max(minPixels, maxPixels);
    const QRect bounds(0, 0, int(size.width()), int(size.height()));
    // Binary search for the largest pixel size whose wrapped text fits.
    while (lo < hi) {
        const int mid = (lo + hi + 1) / 2;
        font.setPixelSize(mid);
        const QRect needed = QFontMetrics(font).boundingRect(bounds, kTextFlags, text);
        if (needed.width() <= bounds.width() && needed.height() <= bounds.height())
            lo = mid;
        else
            hi = mid - 1;
    }
    font.setPixelSize(lo);
    return font;
}

void textStatus(QPainter *p, const QRectF &rect, const QString &text, const QColor &background,
    const QFont &base, int maxPixels)
{
    p->save();
    p->fillRect(rect, background);
    const qreal margin = std::max(8.0, std::min(rect.width(), rect.height()) * 0.08);
    const QRectF area = rect.adjusted(margin, margin, -margin, -margin);
    QFont font = base;
    font.setWeight(QFont::Medium);
    const int maxSize = std::min(maxPixels, std::max(12, int(rect.height() / 6)));
    font = fitFont(text, area.size(), font, std::min(12, maxSize), maxSize);
    p->setFont(font);
    p->setPen(textColorOn(background));
    p->drawText(area, kTextFlags, text);
    p->restore();
}

void ring(QPainter *p, const QRectF &avatarRect, int count, int unseen, const QColor &unseenColor,
    const QColor &seenColor, qreal width)
{
    if (count <= 0)
        return;
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const qreal gap = width + 1.5;
    const QRectF r = avatarRect.adjusted(-gap, -gap, gap, gap);
    QPen pen(seenColor, width, Qt::SolidLine, Qt::FlatCap);
    if (count == 1) {
        pen.setColor(unseen > 0 ? unseenColor : seenColor);
        p->setPen(pen);
        p->setBrush(Qt::NoBrush);
        p->drawEllipse(r);
        p->restore();
        return;
    }
    // Arcs clockwise from the top, oldest first; small gaps between them.
    const int segments = std::min(count, 30);
    const qreal gapDegrees = segments > 12 ? 2.0 : 6.0;
    const qreal span = 360.0 / segments;
    for (int i = 0; i < segments; ++i) {
        const bool isUnseen = i >= segments - std::min(unseen, segments);
        pen.setColor(isUnseen ? unseenColor : seenColor);
        p->setPen(pen);
        // Qt: 0° at 3 o'clock, counter-clockwise positive, in 1/16 degree.
        const qreal start = 90.0 - i * span - gapDegrees / 2;
        p->drawArc(r, int(start * 16), int(-(span - gapDegrees) * 16));
    }
    p->restore();
}

} // namespace natter::ui::statuspainting

namespace natter::ui::statuspainting {
void playIcon(QPainter *p, const QPointF &center, qreal diameter, const QColor &color)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(color, std::max(2.0, diameter / 20)));
    p->setBrush(Qt::NoBrush);
    p->drawEllipse(center, diameter / 2, diameter / 2);
    const qreal k = diameter * 0.2;
    const QPointF triangle[3] = {QPointF(center.x() - k * 0.7, center.y() - k),
        QPointF(center.x() - k * 0.7, center.y() + k), QPointF(center.x() + k * 1.1, center.y())};
    p->setPen(Qt::NoPen);
    p->setBrush(color);
    p->drawPolygon(triangle, 3);
    p->restore();
}
} // namespace natter::ui::statuspainting

namespace natter::ui::statuspainting {
QIcon addIcon(const QColor &color)
{
    QPixmap pixmap(48, 48);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(color, 4, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(24, 10), QPointF(24, 38));
    p.drawLine(QPointF(10, 24), QPointF(38, 24));
    return QIcon(pixmap);
}
} // namespace natter::ui::statuspainting
