#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>

namespace natter::ui {

// The messenger's colours, derived from the current palette so that light and dark system
// themes both look right. Text colours always come from the palette.
struct Theme
{
    bool dark = false;
    QColor chatBackground; // behind the message bubbles
    QColor ownBubble; // our messages
    QColor otherBubble; // the peer's messages
    QColor bubbleText;
    QColor secondaryText; // times, previews, status lines
    QColor accent; // typing…, unread badges, the send button
    QColor accentText; // on the accent colour
    QColor readTicks; // blue ✓✓
    QColor failed; // the red "!"
    QColor pill; // date separators
    QColor pillText;
    QColor selection; // selected messages, the open chat in the list
    QColor hover; // the chat row under the mouse
    QColor divider; // thin lines between panes
    QColor banner; // the connection banner
    QColor bannerText;

    static Theme from(const QPalette &palette);
    static bool isDark(const QPalette &palette);
};

// `font` made `factor` times as large (point or pixel sized).
QFont scaledFont(const QFont &font, qreal factor);

// `a` moved towards `b` by `amount` (0..1).
QColor mix(const QColor &a, const QColor &b, qreal amount);

} // namespace natter::ui
