#pragma once

#include <QColor>
#include <QFont>
#include <QIcon>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace natter::ui::statuspainting {

// The background colours a text status can have ("#rrggbb"), the first is the default.
QList<QColor> backgroundColors();
// White or near-black, whichever reads better on `background`.
QColor textColorOn(const QColor &background);
// The largest font (from `base`'s family, between `minPixels` and `maxPixels`) at which `text`
// wrapped at word boundaries fits `size`.
QFont fitFont(const QString &text, const QSizeF &size, const QFont &base, int minPixels = 12,
    int maxPixels = 72);
// A text status: `background` filling `rect`, `text` centred in the fitting font.
void textStatus(QPainter *p, const QRectF &rect, const QString &text, const QColor &background,
    const QFont &base, int maxPixels = 72);
// The ring around an avatar in the status list: one arc per status (`count`), the newest
// `unseen` ones in `unseenColor`, the others in `seenColor`; a full circle for one status.
void ring(QPainter *p, const QRectF &avatarRect, int count, int unseen, const QColor &unseenColor,
    const QColor &seenColor, qreal width);

} // namespace natter::ui::statuspainting

namespace natter::ui::statuspainting {
// A "video" placeholder: a circle with a play triangle, centred in `rect`, `diameter` wide.
void playIcon(QPainter *p, const QPointF &center, qreal diameter, const QColor &color);
// A "+" for "Add status", drawn in `color`.
QIcon addIcon(const QColor &color);
} // namespace natter::ui::statuspainting
