#include "ui/dialogs/InlineMessage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>

namespace natter::ui {

namespace dialogs {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor errorColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xFF, 0x8A, 0x80) : QColor(0xB3, 0x26, 0x1E);
}

QColor successColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x6E, 0xE7, 0xB7) : QColor(0x04, 0x78, 0x57);
}

QColor mutedColor(const QPalette &palette)
{
    return palette.color(QPalette::Active, QPalette::PlaceholderText);
}

} // namespace dialogs

using namespace dialogs;

InlineMessage::InlineMessage(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("inlineMessage"));
    m_label->setObjectName(QStringLiteral("inlineMessageText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_label->setOpenExternalLinks(false);
    m_icon->setAlignment(Qt::AlignTop);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(8);
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    connect(m_label, &QLabel::linkActivated, this, &InlineMessage::linkActivated);
    hide();
}

void InlineMessage::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    m_label->setText(text);
    updateColors();
    show();
}

void InlineMessage::clear()
{
    m_label->clear();
    hide();
}

QString InlineMessage::text() const
{
    return m_label->text();
}

void InlineMessage::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange
        || event->type() == QEvent::ParentChange)
        updateColors();
}

void InlineMessage::updateColors()
{
    // A light tint of the message colour over the window background, edged with the colour.
    const QPalette base = parentWidget() ? parentWidget()->palette() : palette();
    const QColor accent
        = m_kind == Kind::Error ? errorColor(base) : base.color(QPalette::Highlight);
    const QColor window = base.color(QPalette::Window);
    const qreal tint = isDark(base) ? 0.16 : 0.08;
    m_background = QColor::fromRgbF(window.redF() * (1 - tint) + accent.redF() * tint,
        window.greenF() * (1 - tint) + accent.greenF() * tint,
        window.blueF() * (1 - tint) + accent.blueF() * tint);
    m_border = accent;
    m_border.setAlphaF(0.45f);
    QPalette text = m_label->palette();
    text.setColor(
        QPalette::WindowText, m_kind == Kind::Error ? accent : base.color(QPalette::WindowText));
    m_label->setPalette(text);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const QIcon icon = style()->standardIcon(
        m_kind == Kind::Error ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation,
        nullptr, this);
    m_icon->setPixmap(icon.pixmap(iconSize, iconSize));
    update();
}

void InlineMessage::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(m_border, 1));
    p.setBrush(m_background);
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
}

} // namespace natter::ui
