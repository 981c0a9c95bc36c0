#include "ui/ChatView.h"

#include "client/ChatClient.h"
#include "client/LocalStore.h"
#include "models/MessageListModel.h"
#include "ui/Attachments.h"
#include "ui/BubbleActions.h"
#include "ui/ChatHeader.h"
#include "ui/ComposerEdit.h"
#include "ui/DropOverlay.h"
#include "ui/MessageListView.h"
#include "ui/Painting.h"
#include "ui/ScrollDownButton.h"
#include "ui/Theme.h"

#include <QDragEnterEvent>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

namespace natter::ui {

using client::ChatClient;
using models::MessageListModel;

namespace {
constexpr int kTypingPauseMs = 5000;
constexpr int kNoticeMs = 15000;

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
    , m_attach(new QToolButton)
    , m_overlay(new DropOverlay(this))
    , m_noticeBar(new QWidget(this))
    , m_notice(new QLabel(m_noticeBar))
    , m_attachments(new Attachments(client, this))
    , m_actions(new BubbleActions(client, this))
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
    m_attach->setObjectName(QStringLiteral("attachButton"));
    m_attach->setToolTip(tr("Attach a photo, document, location or contact"));
    m_attach->setAccessibleName(tr("Attach"));
    m_attach->setAutoRaise(true);
    m_attach->setIconSize(QSize(22, 22));
    m_attach->setFocusPolicy(Qt::NoFocus);
    m_attach->setPopupMode(QToolButton::InstantPopup);
    m_attach->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; }"));
    createAttachMenu();
    bar->addWidget(m_attach, 0, Qt::AlignBottom);
    bar->addWidget(field, 1, Qt::AlignBottom);
    bar->addWidget(m_send, 0, Qt::AlignBottom);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_messages, 1);
    layout->addWidget(m_noticeBar);
    layout->addWidget(m_composerBar);

    // The notice line: what went wrong with a file, with a close button.
    m_noticeBar->setObjectName(QStringLiteral("chatNotice"));
    m_noticeBar->setAutoFillBackground(true);
    m_notice->setObjectName(QStringLiteral("chatNoticeText"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *closeNotice = new QToolButton(m_noticeBar);
    closeNotice->setAutoRaise(true);
    closeNotice->setIcon(painting::closeIcon(palette().color(QPalette::WindowText)));
    closeNotice->setToolTip(tr("Close"));
    closeNotice->setAccessibleName(tr("Close the notice"));
    connect(closeNotice, &QToolButton::clicked, m_noticeBar, &QWidget::hide);
    auto *noticeLayout = new QHBoxLayout(m_noticeBar);
    noticeLayout->setContentsMargins(16, 6, 8, 6);
    noticeLayout->addWidget(m_notice, 1);
    noticeLayout->addWidget(closeNotice, 0, Qt::AlignTop);
    m_noticeBar->hide();
    m_noticeTimer.setSingleShot(true);
    m_noticeTimer.setInterval(kNoticeMs);
    connect(&m_noticeTimer, &QTimer::timeout, m_noticeBar, &QWidget::hide);

    setAcceptDrops(true);
    connect(m_composer, &ComposerEdit::imagePasted, this,
        [this](const QImage &image) { m_attachments->previewImage(m_peer, image); });
    connect(m_composer, &ComposerEdit::filesPasted, this, &ChatView::pasteFiles);
    connect(m_messages, &MessageListView::actionRequested, m_actions, &BubbleActions::trigger);
    connect(m_actions, &BubbleActions::notice, this, &ChatView::showNotice);
    connect(m_actions, &BubbleActions::chatRequested, this, &ChatView::chatRequested);
    connect(m_attachments, &Attachments::refused, this, &ChatView::showNotice);
    connect(m_attachments, &Attachments::sent, this, [this](const QString &peer) {
        if (peer == m_peer)
            m_messages->scrollToNewest();
    });
    connect(
        client, &ChatClient::fileRefused, this, [this](const QString &path, const QString &reason) {
            showNotice(tr("“%1” was not sent. %2").arg(QFileInfo(path).fileName(), reason));
        });

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
    m_attachMenu->menuAction()->setEnabled(true);
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
    m_noticeBar->hide();
    hideDropOverlay();
    m_attachMenu->menuAction()->setEnabled(false);
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

void ChatView::createAttachMenu()
{
    m_attachMenu = new QMenu(tr("&Attach"), this);
    m_attachMenu->setObjectName(QStringLiteral("attachMenu"));
    auto add = [this](const QString &text, const char *name, auto slot) {
        QAction *action = m_attachMenu->addAction(text, this, [this, slot] {
            if (!m_peer.isEmpty())
                (m_attachments->*slot)(m_peer);
        });
        action->setObjectName(QLatin1String(name));
        return action;
    };
    add(tr("&Photo or video…"), "attachPhotoAction", &Attachments::choosePhotos);
    add(tr("&Document…"), "attachDocumentAction", &Attachments::chooseDocuments);
    add(tr("&Location…"), "attachLocationAction", &Attachments::chooseLocation);
    add(tr("&Contact…"), "attachContactAction", &Attachments::chooseContact);
    m_attach->setMenu(m_attachMenu);
    m_attachMenu->menuAction()->setEnabled(false); // until a chat is open
}

int ChatView::sendFiles(const QString &peer, const QStringList &paths)
{
    return m_attachments->sendNow(peer, paths);
}

void ChatView::pasteFiles(const QStringList &paths)
{
    if (m_peer.isEmpty() || paths.isEmpty())
        return;
    // Pictures and videos are previewed as media, anything else as documents.
    bool allMedia = true;
    for (const QString &path : paths)
        allMedia = allMedia && m_attachments->kindFor(path) == protocol::FileKind::Media;
    m_attachments->preview(
        m_peer, paths, allMedia ? protocol::FileKind::Media : protocol::FileKind::Document);
}

void ChatView::showNotice(const QString &text)
{
    if (text.isEmpty())
        return;
    m_notice->setText(text);
    m_noticeBar->show();
    m_noticeTimer.start();
}

QString ChatView::noticeText() const
{
    return m_noticeBar->isVisible() ? m_notice->text() : QString();
}

void ChatView::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_peer.isEmpty() || Attachments::localFiles(event->mimeData()).isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    m_overlay->setText(tr("Drop files to send to %1").arg(nameOf(m_client, m_peer)));
    m_overlay->setGeometry(m_messages->geometry().united(m_composerBar->geometry()));
    m_overlay->raise();
    m_overlay->show();
}

void ChatView::dragMoveEvent(QDragMoveEvent *event)
{
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void ChatView::dragLeaveEvent(QDragLeaveEvent *event)
{
    hideDropOverlay();
    QWidget::dragLeaveEvent(event);
}

void ChatView::dropEvent(QDropEvent *event)
{
    hideDropOverlay();
    const QStringList files = Attachments::localFiles(event->mimeData());
    if (m_peer.isEmpty() || files.isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    sendFiles(m_peer, files);
}

void ChatView::hideDropOverlay()
{
    m_overlay->hide();
}

void ChatView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_overlay->isVisible())
        m_overlay->setGeometry(m_messages->geometry().united(m_composerBar->geometry()));
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
    if (!event || event->type() == QEvent::PaletteChange) {
        const Theme theme = Theme::from(palette());
        m_send->setIcon(painting::sendIcon(theme.accent));
        m_attach->setIcon(painting::attachIcon(theme.secondaryText));
        QPalette notice = m_noticeBar->palette();
        notice.setColor(QPalette::Window, theme.banner);
        notice.setColor(QPalette::WindowText, theme.bannerText);
        m_noticeBar->setPalette(notice);
    }
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
