#include "ui/DropOverlay.h"

#include "ui/Painting.h"
#include "ui/Theme.h"

#include <QPainter>

namespace natter::ui {

DropOverlay::DropOverlay(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dropOverlay"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    hide();
}

DropOverlay::~DropOverlay() = default;

void DropOverlay::setText(const QString &text)
{
    m_text = text;
    setAccessibleName(text);
    update();
}

void DropOverlay::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const Theme theme = Theme::from(palette());
    QColor veil = theme.chatBackground;
    veil.setAlpha(225);
    p.fillRect(rect(), veil);
    const QRectF frame = QRectF(rect()).adjusted(16, 16, -16, -16);
    QPen pen(theme.accent, 2.5, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin);
    pen.setDashPattern({6, 4});
    p.setPen(pen);
    QColor fill = theme.accent;
    fill.setAlpha(18);
    p.setBrush(fill);
    p.drawRoundedRect(frame, 14, 14);
    // An arrow into a tray, then the text.
    const QRectF glyph(frame.center().x() - 28, frame.center().y() - 70, 56, 56);
    painting::downloadGlyph(&p, glyph, theme.accent);
    QFont font = scaledFont(this->font(), 1.25);
    font.setWeight(QFont::DemiBold);
    p.setFont(font);
    p.setPen(theme.bubbleText);
    p.drawText(frame.adjusted(24, glyph.bottom() - frame.top() + 8, -24, 0),
        Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_text);
}

} // namespace natter::ui
