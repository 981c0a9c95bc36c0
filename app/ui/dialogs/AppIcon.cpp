#include "ui/dialogs/AppIcon.h"

#include <QFile>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace natter::ui {

namespace {

constexpr int kSizes[] = {16, 24, 32, 48, 64, 128, 256};

QString resourcePath(int size)
{
    return QStringLiteral(":/natter/icons/natter-%1.png").arg(size);
}

// The bubble of resources/natter.svg, drawn, for builds without the resources.
QPixmap drawnIcon(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 256.0, size / 256.0);
    QPainterPath bubble;
    bubble.addEllipse(QRectF(10, 16, 236, 200));
    QPainterPath tail;
    tail.moveTo(60, 180);
    tail.lineTo(26, 238);
    tail.lineTo(100, 200);
    tail.closeSubpath();
    p.fillPath(bubble.united(tail), QColor(0x10, 0xB9, 0x81));
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    for (const int x : {78, 128, 178})
        p.drawEllipse(QPointF(x, 116), 21, 21);
    return pixmap;
}

} // namespace

QIcon appIcon()
{
    static const QIcon icon = [] {
        QIcon i;
        for (const int size : kSizes) {
            const QString path = resourcePath(size);
            if (QFile::exists(path))
                i.addFile(path, QSize(size, size));
        }
        if (i.isNull()) {
            for (const int size : kSizes)
                i.addPixmap(drawnIcon(size));
        }
        return i;
    }();
    return icon;
}

QIcon badgedAppIcon(int count)
{
    if (count <= 0)
        return appIcon();
    QIcon badged;
    for (const int size : kSizes) {
        // Tiny icons have room for one digit and a plus.
        const int cap = size <= 24 ? 9 : 99;
        const QString label = count > cap ? QString::number(cap) + u'+' : QString::number(count);
        QPixmap pixmap = appIcon().pixmap(size, size);
        if (pixmap.size() != QSize(size, size))
            pixmap = pixmap.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        // A red badge in the top right corner, large enough to read at 16 px.
        const qreal height = size <= 24 ? size * 0.62 : size * 0.48;
        QFont font;
        font.setBold(true);
        font.setPixelSize(qMax(7, int(height * 0.72)));
        const qreal textWidth = QFontMetricsF(font).horizontalAdvance(label);
        const qreal width = qMin<qreal>(size, qMax(height, textWidth + height * 0.45));
        const QRectF badge(size - width, 0, width, height);
        p.setPen(QPen(Qt::white, qMax(1.0, size / 32.0)));
        p.setBrush(QColor(0xE5, 0x39, 0x35));
        p.drawRoundedRect(badge.adjusted(0.5, 0.5, -0.5, -0.5), height / 2, height / 2);
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(badge, Qt::AlignCenter, label);
        p.end();
        badged.addPixmap(pixmap);
    }
    return badged;
}

} // namespace natter::ui
