#include "ui/ChatHeader.h"

#include "models/Avatar.h"
#include "ui/Painting.h"
#include "ui/Theme.h"
#include "ui/TimeFormat.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

namespace natter::ui {

namespace {
constexpr int kAvatar = 40;
constexpr int kPad = 12;
} // namespace

ChatHeader::ChatHeader(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLabel(this))
    , m_status(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("chatHeader"));
    QFont nameFont = scaledFont(font(), 1.1);
    nameFont.setWeight(QFont::DemiBold);
    m_name->setFont(nameFont);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setFont(scaledFont(font(), 0.9));
    m_name->setObjectName(QStringLiteral("chatName"));
    m_status->setObjectName(QStringLiteral("chatStatus"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close chat (Esc)"));
    m_close->setAccessibleName(tr("Close chat"));
    m_close->setIconSize(QSize(18, 18));
    connect(m_close, &QToolButton::clicked, this, &ChatHeader::closeRequested);

    auto *text = new QVBoxLayout;
    text->setSpacing(1);
    text->addStretch();
    text->addWidget(m_name);
    text->addWidget(m_status);
    text->addStretch();
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(kPad + kAvatar + kPad, 8, kPad, 8);
    row->addLayout(text, 1);
    row->addWidget(m_close);
    setMinimumHeight(kAvatar + 20);
    changeEvent(nullptr);
}

ChatHeader::~ChatHeader() = default;

void ChatHeader::setPeer(const QString &peer, const QString &name)
{
    m_peer = peer;
    m_displayName = name.isEmpty() ? peer : name;
    m_name->setText(m_displayName);
    m_name->setToolTip(peer);
    m_known = false;
    m_online = false;
    m_lastSeen = {};
    m_typing = false;
    updateStatus();
    update();
}

void ChatHeader::setDisplayName(const QString &name)
{
    m_displayName = name.isEmpty() ? m_peer : name;
    m_name->setText(m_displayName);
    updateStatus();
    update();
}

void ChatHeader::setPresence(bool known, bool online, const QDateTime &lastSeen)
{
    m_known = known;
    m_online = online;
    m_lastSeen = lastSeen;
    updateStatus();
}

void ChatHeader::setTyping(bool typing)
{
    m_typing = typing;
    updateStatus();
}

QString ChatHeader::statusText() const
{
    return m_status->text();
}

QString ChatHeader::nameText() const
{
    return m_name->text();
}

void ChatHeader::updateStatus()
{
    const Theme theme = Theme::from(palette());
    QString status;
    QColor color = theme.secondaryText;
    if (m_typing) {
        status = tr("typing…");
        color = theme.accent;
    } else if (m_known && m_online) {
        status = tr("online");
    } else if (m_known && m_lastSeen.isValid()) {
        status = timeformat::lastSeen(m_lastSeen);
    } else if (m_displayName != m_peer) {
        status = m_peer; // nothing known yet: at least the number
    }
    m_status->setText(status);
    QPalette pal = m_status->palette();
    pal.setColor(QPalette::WindowText, color);
    m_status->setPalette(pal);
    m_status->setVisible(!status.isEmpty());
}

void ChatHeader::changeEvent(QEvent *event)
{
    if (!event || event->type() == QEvent::PaletteChange) {
        m_close->setIcon(painting::closeIcon(Theme::from(palette()).secondaryText));
        updateStatus();
    }
    if (event)
        QWidget::changeEvent(event);
}

void ChatHeader::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const Theme theme = Theme::from(palette());
    p.fillRect(rect(), palette().color(QPalette::Window));
    p.setPen(theme.divider);
    p.drawLine(0, height() - 1, width(), height() - 1);
    if (m_peer.isEmpty())
        return;
    const QRectF avatar(kPad, (height() - kAvatar) / 2.0, kAvatar, kAvatar);
    painting::avatar(
        &p, avatar, models::avatar::initials(m_displayName), models::avatar::colorFor(m_peer));
}

} // namespace natter::ui
