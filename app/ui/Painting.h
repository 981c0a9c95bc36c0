#pragma once

#include "client/ClientTypes.h"

#include <QColor>
#include <QIcon>
#include <QRectF>
#include <QString>

class QPainter;

namespace natter::ui {

struct Theme;

// Small vector drawings shared by the delegates and widgets: crisp at any scale, tinted from
// the palette, and no dependency on an icon theme or an emoji font.
namespace painting {

// A filled circle with white initials, or a person silhouette when `initials` is empty.
void avatar(QPainter *p, const QRectF &rect, const QString &initials, const QColor &color);

// How wide the state mark of a message is for a text of `height` pixels.
qreal stateMarkWidth(client::MessageState state, qreal height);
// The clock (pending), ✓ (sent), ✓✓ (delivered, grey), blue ✓✓ (read) or a red "!" (failed),
// drawn with its bottom-left corner at `bottomLeft`.
void stateMark(QPainter *p, const QPointF &bottomLeft, qreal height, client::MessageState state,
    const QColor &grey, const Theme &theme);

// Toolbar icons drawn in `color`.
QIcon sendIcon(const QColor &color);
QIcon newChatIcon(const QColor &color);
QIcon closeIcon(const QColor &color);
QIcon searchIcon(const QColor &color);
QIcon attachIcon(const QColor &color); // a paperclip
// A loudspeaker with sound waves, or with a × when `muted`.
QIcon speakerIcon(const QColor &color, bool muted);
// A player's play triangle and pause bars.
QIcon playIcon(const QColor &color);
QIcon pauseIcon(const QColor &color);

// Glyphs inside message bubbles, fitted into `rect`.
// A sheet with a folded corner and `label` (the file's extension) on a coloured band.
void documentGlyph(QPainter *p, const QRectF &rect, const QString &label, const QColor &color);
// A circle with a play triangle (video) or a note (audio).
void playGlyph(QPainter *p, const QRectF &rect, const QColor &color);
void audioGlyph(QPainter *p, const QRectF &rect, const QColor &color);
// Hills and a sun: an image that is not here yet.
void photoGlyph(QPainter *p, const QRectF &rect, const QColor &color);
// A map pin.
void pinGlyph(QPainter *p, const QRectF &rect, const QColor &color);
// An arrow down onto a line.
void downloadGlyph(QPainter *p, const QRectF &rect, const QColor &color);
// A × (cancel).
void crossGlyph(QPainter *p, const QRectF &rect, const QColor &color);

} // namespace painting
} // namespace natter::ui
