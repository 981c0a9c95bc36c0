#include "ui/Theme.h"

namespace natter::ui {

QColor mix(const QColor &a, const QColor &b, qreal amount)
{
    const qreal k = std::clamp(amount, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * k),
        float(a.greenF() + (b.greenF() - a.greenF()) * k),
        float(a.blueF() + (b.blueF() - a.blueF()) * k),
        float(a.alphaF() + (b.alphaF() - a.alphaF()) * k));
}

QFont scaledFont(const QFont &font, qreal factor)
{
    QFont scaled = font;
    if (font.pointSizeF() > 0)
        scaled.setPointSizeF(font.pointSizeF() * factor);
    else if (font.pixelSize() > 0)
        scaled.setPixelSize(std::max(6, int(std::round(font.pixelSize() * factor))));
    return scaled;
}

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

Theme Theme::from(const QPalette &palette)
{
    Theme t;
    t.dark = isDark(palette);
    const QColor base = palette.color(QPalette::Base);
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::Text);
    const QColor green = t.dark ? QColor(0x00, 0xa8, 0x84) : QColor(0x00, 0x8f, 0x6f);
    t.accent = green;
    t.accentText = QColor(Qt::white);
    t.bubbleText = text;
    t.secondaryText = mix(text, base, 0.45);
    t.readTicks = t.dark ? QColor(0x53, 0xbd, 0xeb) : QColor(0x34, 0xb7, 0xf1);
    t.failed = t.dark ? QColor(0xf1, 0x5c, 0x6d) : QColor(0xd9, 0x30, 0x25);
    if (t.dark) {
        t.chatBackground = mix(window, QColor(0x0b, 0x14, 0x1a), 0.75);
        t.otherBubble = mix(base, QColor(0x20, 0x2c, 0x33), 0.8);
        t.ownBubble = mix(base, QColor(0x00, 0x5c, 0x4b), 0.9);
        t.pill = mix(t.chatBackground, text, 0.1);
        t.selection = QColor(0x53, 0xbd, 0xeb, 45);
        t.hover = mix(window, text, 0.06);
        t.banner = QColor(0x5a, 0x4b, 0x12);
    } else {
        t.chatBackground = mix(window, QColor(0xef, 0xea, 0xe2), 0.85);
        t.otherBubble = base;
        t.ownBubble = mix(base, QColor(0xd9, 0xfd, 0xd3), 0.95);
        t.pill = mix(base, QColor(0xe1, 0xf3, 0xfb), 0.4);
        t.selection = QColor(0x34, 0xb7, 0xf1, 50);
        t.hover = mix(base, text, 0.05);
        t.banner = QColor(0xfd, 0xf1, 0xc2);
    }
    t.pillText = t.secondaryText;
    t.bannerText = text;
    t.divider = mix(window, text, t.dark ? 0.15 : 0.12);
    return t;
}

} // namespace natter::ui
