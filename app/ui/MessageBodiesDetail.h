#pragma once

#include "ui/MessageBodies.h"

#include <QColor>
#include <QFont>

class QModelIndex;
class QPainter;

// What MessageBodies.cpp and MessageBodiesCards.cpp share (not for other callers).
namespace natter::ui::bodies::detail {

QFont smallOf(const QFont &font);
QFont boldOf(const QFont &font);

Body layoutLocation(const QModelIndex &index, const QFont &font, qreal maxWidth);
Body layoutContact(const QModelIndex &index, const QFont &font, qreal maxWidth);
void paintLocation(
    QPainter *p, const Body &body, const QModelIndex &index, const Theme &theme, const QFont &font);
void paintContact(QPainter *p, const Body &body, const QModelIndex &index, const Theme &theme,
    const QColor &bubble, const QFont &font);

} // namespace natter::ui::bodies::detail
