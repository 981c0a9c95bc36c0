#include "ui/ChatView.h"

#include "client/ChatClient.h"
#include "client/LocalStore.h"
#include "models/MessageListModel.h"
#include "ui/ChatHeader.h"
#include "ui/ComposerEdit.h"
#include "ui/MessageListView.h"
#include "ui/Painting.h"
#include "ui/ScrollDownButton.h"
#include "ui/Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

namespace natter::ui {

using client::ChatClient;
using models::MessageListModel;

namespace {
constexpr int kTypingPauseMs = 5000;

QString nameOf(const ChatClient *client, const QString &peer)
{
    if (client && client->store()) {
        if (const auto c = client->store()->conversation(peer); c && !c->displayName.isEmpty())
            return c->displayName;
        if (const auto contact = client->store()->contact(peer);
            contact && !contact->name.isEmpty())
            return contact->name;
    }
    return peer;
}
} // namespace

ChatView::ChatView(ChatClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_header(new ChatHeader(this))
    , m_messages(new MessageListView(this))
    , m_composer(new ComposerEdit)
    , m_send(new QToolButton)
    , m_composerBar(new QWidget(this))
    , m_scrollDown(new ScrollDownButton(m_messages))
{
    m_messages->setObjectName(QStringLiteral("messageView"));
    m_composer->setObjectName(QStringLiteral("composer"));
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setToolTip(tr("Send (Enter)"));
    m_send->setAccessibleName(tr("Send"));
    m_send->setAutoRaise(true);
    m_send->setIconSize(QSize(24, 24));
    m_send->setEnabled(false);
    m_send->setFocusPolicy(Qt::NoFocus);
    m_composer->setAccessibleName(tr("Message"));
    m_composer->viewport()->setAutoFillBackground(false);
    m_composer->setAutoFillBackground(false);

    // The composer: a rounded field with the send button beside it.
    auto *field = new QWidget(m_composerBar);
    field->setObjectName(QStringLiteral("composerField"));
    field->installEventFilter(this);
    auto *fieldLayout = new QHBoxLayout(field);
    fieldLayout->setContentsMargins(14, 6, 10, 6);
    fieldLayout->addWidget(m_composer);
    auto *bar = new QHBoxLayout(m_composerBar);
    bar->setContentsMargins(12, 8, 8, 8);
    bar->setSpacing(6);
    bar->addWidget(field, 1, Qt::AlignBottom);
    bar->addWidget(m_send, 0, Qt::AlignBottom);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_messages, 1);
    layout->addWidget(m_composerBar);

    m_readCheck.setSingleShot(true);
    m_readCheck.setInterval(100);
    connect(&m_readCheck, &QTimer::timeout, this, &ChatView::markReadIfSeen);
    m_typingIdle.setSingleShot(true);
    m_typingIdle.setInterval(kTypingPauseMs);
    connect(&m_typingIdle, &QTimer::timeout, this, &ChatView::stopTyping);

    connect(m_header, &ChatHeader::closeRequested, this, &ChatView::closeRequested);
    connect(m_composer, &ComposerEdit::submitted, this, &ChatView::sendComposed);
    connect(m_composer, &QPlainTextEdit::textChanged, this, &ChatView::onComposerChanged);
    connect(m_send, &QToolButton::clicked, this, &ChatView::sendComposed);
    connect(m_messages, &MessageListView::atBottomChanged, this, &ChatView::scheduleReadCheck);
    connect(m_messages, &MessageListView::atBottomChanged, this, &ChatView::updateScrollDown);
    connect(m_scrollDown, &ScrollDownButton::clicked, m_messages, &MessageListView::scrollToNewest);
    m_messages->installEventFilter(this); // keeps the button in its corner
    m_scrollDown->hide();
    connect(m_messages, &MessageListView::retryRequested, this, [this](qint64 id) {
        if (m_client)
            m_client->retry(id);
    });

    connect(client, &ChatClient::conversationChanged, this, [this](const QString &peer) {
        if (peer != m_peer)
            return;
        updateHeaderName();
        scheduleReadCheck();
        updateScrollDown();
    });
    connect(client, &ChatClient::accountChanged, this, [this] {
        // Drafts belong to the account they were written in.
        if (m_client && m_client->phone() != m_draftsAccount) {
            m_drafts.clear();
            m_draftsAccount = m_client->phone();
        }
    });
    m_draftsAccount = client->phone();
    connect(client, &ChatClient::typingChanged, this, [this](const QString &peer, bool typing) {
        if (peer == m_peer)
            m_header->setTyping(typing);
    });
    connect(client, &ChatClient::presenceChanged, this,
        [this](const QString &peer, bool online, const QDateTime &lastSeen) {
            if (peer == m_peer)
                m_header->setPresence(true, online, lastSeen);
        });
    connect(client, &ChatClient::connectionStateChanged, this,
        [this](ChatClient::ConnectionState state) {
            if (m_peer.isEmpty())
                return;
            if (state == ChatClient::ConnectionState::Online)
                m_client->queryPresence(m_peer);
            else
                m_header->setPresence(false, false, {}); // what we knew may be stale now
        });
    changeEvent(nullptr);
}

ChatView::~ChatView()
{
    stopTyping();
}

void ChatView::openChat(const QString &peer)
{
    if (peer == m_peer || !m_client)
        return;
    closeChat();
    m_peer = peer;
    m_model = new MessageListModel(m_client, peer, this);
    m_messages->setMessageModel(m_model);
    updateHeaderName();
    m_header->setTyping(m_client->isTyping(peer));
    m_client->queryPresence(peer);
    {
        const QSignalBlocker blocker(m_composer); // restoring a draft is no typing
        m_composer->setPlainText(m_drafts.take(peer));
        m_composer->moveCursor(QTextCursor::End);
    }
    m_send->setEnabled(!m_composer->message().isEmpty());
    if (const qint64 firstUnread = m_model->unreadMarkerId()) {
        const int row = m_model->loadUntil(firstUnread);
        if (row >= 0)
            m_messages->scrollToRowAtTop(row);
    }
    scheduleReadCheck();
}

void ChatView::closeChat()
{
    if (m_peer.isEmpty())
        return;
    stopTyping();
    const QString draft = m_composer->toPlainText();
    if (!draft.trimmed().isEmpty())
        m_drafts.insert(m_peer, draft);
    {
        const QSignalBlocker blocker(m_composer);
        m_composer->clear();
    }
    m_send->setEnabled(false);
    m_messages->setMessageModel(nullptr);
    delete m_model;
    m_model = nullptr;
    m_peer.clear();
    m_header->setPeer({}, {});
    m_scrollDown->hide();
}

void ChatView::updateHeaderName()
{
    const QString name = nameOf(m_client, m_peer);
    if (m_header->peer() != m_peer)
        m_header->setPeer(m_peer, name);
    else if (m_header->nameText() != name)
        m_header->setDisplayName(name);
    m_messages->setNames(m_client ? m_client->displayName() : QString(), name);
}

void ChatView::sendComposed()
{
    const QString text = m_composer->message();
    if (text.isEmpty() || m_peer.isEmpty() || !m_client)
        return;
    if (m_client->sendText(m_peer, text) == 0)
        return; // nothing stored (no account): keep the text
    {
        const QSignalBlocker blocker(m_composer);
        m_composer->clear();
    }
    m_send->setEnabled(false);
    stopTyping();
    m_messages->scrollToNewest();
}

void ChatView::focusComposer()
{
    m_composer->setFocus(Qt::OtherFocusReason);
}

void ChatView::onComposerChanged()
{
    const bool hasText = !m_composer->message().isEmpty();
    m_send->setEnabled(hasText);
    if (m_peer.isEmpty() || !m_client)
        return;
    if (hasText) {
        m_client->setTyping(m_peer, true);
        m_typingIdle.start();
    } else {
        stopTyping();
    }
}

void ChatView::stopTyping()
{
    m_typingIdle.stop();
    if (m_client && !m_peer.isEmpty())
        m_client->setTyping(m_peer, false);
}

void ChatView::updateScrollDown()
{
    const bool show = !m_peer.isEmpty() && !m_messages->isAtBottom();
    if (show) {
        const auto conversation = m_client && m_client->store()
            ? m_client->store()->conversation(m_peer)
            : std::nullopt;
        m_scrollDown->setUnread(conversation ? conversation->unreadCount : 0);
        const QSize size = m_scrollDown->sizeHint();
        m_scrollDown->setGeometry(m_messages->width() - size.width() - 18,
            m_messages->height() - size.height() - 14, size.width(), size.height());
        m_scrollDown->raise();
    }
    m_scrollDown->setVisible(show);
}

void ChatView::scheduleReadCheck()
{
    if (!m_peer.isEmpty())
        m_readCheck.start();
}

void ChatView::markReadIfSeen()
{
    if (!m_client || !m_client->store() || m_peer.isEmpty())
        return;
    // Read means seen: the chat is on screen, its window has the focus and the newest
    // message is in view.
    if (!isVisible() || !window()->isActiveWindow() || !m_messages->isAtBottom())
        return;
    const auto conversation = m_client->store()->conversation(m_peer);
    if (!conversation || conversation->unreadCount == 0)
        return;
    m_client->markRead(m_peer);
}

void ChatView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (window() != m_watchedWindow) {
        if (m_watchedWindow)
            m_watchedWindow->removeEventFilter(this);
        m_watchedWindow = window();
        m_watchedWindow->installEventFilter(this);
    }
    scheduleReadCheck();
}

bool ChatView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_watchedWindow && event->type() == QEvent::WindowActivate)
        scheduleReadCheck();
    if (watched == m_messages && event->type() == QEvent::Resize)
        updateScrollDown();
    if (watched->objectName() == QLatin1String("composerField") && event->type() == QEvent::Paint) {
        auto *field = static_cast<QWidget *>(watched);
        QPainter p(field);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(palette().color(QPalette::Base));
        const qreal radius = std::min(20.0, field->height() / 2.0);
        p.drawRoundedRect(QRectF(field->rect()), radius, radius);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ChatView::changeEvent(QEvent *event)
{
    if (!event || event->type() == QEvent::PaletteChange)
        m_send->setIcon(painting::sendIcon(Theme::from(palette()).accent));
    if (event)
        QWidget::changeEvent(event);
}

void ChatView::paintEvent(QPaintEvent *)
{
    // The composer bar's background; the list and the header paint their own.
    QPainter p(this);
    const Theme theme = Theme::from(palette());
    const QRect bar = m_composerBar->geometry();
    p.fillRect(bar,
        theme.dark ? mix(palette().color(QPalette::Window), theme.chatBackground, 0.3)
                   : palette().color(QPalette::Window));
}

} // namespace natter::ui
