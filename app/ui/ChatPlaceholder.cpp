#include "ui/ChatPlaceholder.h"

#include "ui/Painting.h"
#include "ui/Theme.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace natter::ui {

namespace {
constexpr int kIcon = 96;
}

ChatPlaceholder::ChatPlaceholder(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_login(new QPushButton(this))
{
    setObjectName(QStringLiteral("chatPlaceholder"));
    QFont titleFont = scaledFont(font(), 1.5);
    titleFont.setWeight(QFont::Light);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_subtitle->setAlignment(Qt::AlignCenter);
    m_subtitle->setWordWrap(true);
    m_login->setText(tr("Log in or register"));
    connect(m_login, &QPushButton::clicked, this, &ChatPlaceholder::loginRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 40, 40, 40);
    layout->addStretch(1);
    layout->addSpacing(kIcon + 24);
    layout->addWidget(m_title);
    layout->addSpacing(6);
    layout->addWidget(m_subtitle);
    layout->addSpacing(12);
    layout->addWidget(m_login, 0, Qt::AlignHCenter);
    layout->addStretch(1);
    setLoggedIn(true);
    changeEvent(nullptr);
}

ChatPlaceholder::~ChatPlaceholder() = default;

void ChatPlaceholder::setLoggedIn(bool loggedIn)
{
    if (loggedIn) {
        m_title->setText(tr("Select a chat to start messaging"));
        m_subtitle->setText(tr("Or start a new one with File → New chat (Ctrl+N)."));
    } else {
        m_title->setText(tr("Welcome to Natter"));
        m_subtitle->setText(tr("Log in to your Natter server to see your chats."));
    }
    m_login->setVisible(!loggedIn);
}

QString ChatPlaceholder::text() const
{
    return m_title->text();
}

void ChatPlaceholder::changeEvent(QEvent *event)
{
    if (!event || event->type() == QEvent::PaletteChange) {
        QPalette pal = m_subtitle->palette();
        pal.setColor(QPalette::WindowText, Theme::from(palette()).secondaryText);
        m_subtitle->setPalette(pal);
    }
    if (event)
        QWidget::changeEvent(event);
}

void ChatPlaceholder::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const Theme theme = Theme::from(palette());
    p.fillRect(rect(), theme.chatBackground);
    // A large, faint speech bubble above the text.
    const QIcon icon = painting::newChatIcon(mix(theme.chatBackground, theme.secondaryText, 0.35));
    const int top = m_title->geometry().top() - kIcon - 24;
    icon.paint(&p, QRect((width() - kIcon) / 2, top, kIcon, kIcon));
}

} // namespace natter::ui
