#include "ui/DesktopIntegration.h"

#include "client/ChatClient.h"
#include "client/LocalStore.h"
#include "ui/dialogs/AppIcon.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMainWindow>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTimer>

namespace natter::ui {

using client::ChatClient;
using protocol::MessageKind;

namespace {

// A burst of messages within this time becomes one notification.
constexpr auto kCoalesce = std::chrono::milliseconds(400);
constexpr int kPreviewChars = 90;

QString elided(const QString &text)
{
    const QString line = text.simplified();
    return line.size() > kPreviewChars ? line.left(kPreviewChars - 1) + QChar(0x2026) : line;
}

// One line saying what a message is, for the notification.
QString previewOf(const protocol::MessageContent &content)
{
    QString label;
    switch (content.kind) {
    case MessageKind::Text:
        return elided(content.text);
    case MessageKind::Media: {
        const QString mime = content.file ? content.file->mime : QString();
        label = mime.startsWith(QLatin1String("video/")) ? DesktopIntegration::tr("🎬 Video")
            : mime.startsWith(QLatin1String("audio/"))   ? DesktopIntegration::tr("🎤 Audio")
                                                         : DesktopIntegration::tr("📷 Photo");
        break;
    }
    case MessageKind::Document:
        label = QStringLiteral("📄 ")
            + (content.file && !content.file->name.isEmpty() ? content.file->name : DesktopIntegration::tr("Document"));
        break;
    case MessageKind::Location:
        label = DesktopIntegration::tr("📍 Location");
        break;
    case MessageKind::Contact:
        label = DesktopIntegration::tr("👤 Contact");
        break;
    }
    return content.text.trimmed().isEmpty() ? label
                                            : elided(label + QStringLiteral(": ") + content.text);
}

} // namespace

DesktopIntegration::DesktopIntegration(ChatClient *client, QMainWindow *window, QObject *parent)
    : QObject(parent ? parent : window)
    , m_client(client)
    , m_window(window)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
    , m_showAction(m_menu->addAction(tr("&Show Natter")))
    , m_quitAction(nullptr)
    , m_coalesce(new QTimer(this))
{
    m_menu->addSeparator();
    m_quitAction = m_menu->addAction(tr("&Quit"));
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_tray->setContextMenu(m_menu);
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(kCoalesce);

    connect(m_showAction, &QAction::triggered, this, &DesktopIntegration::showWindow);
    connect(m_quitAction, &QAction::triggered, this, [this] {
        m_quitting = true;
        QCoreApplication::quit();
    });
    connect(m_tray, &QSystemTrayIcon::activated, this,
        [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                showWindow();
        });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        showWindow();
        emit chatRequested(m_last.peer);
    });
    connect(m_coalesce, &QTimer::timeout, this, &DesktopIntegration::flushNotifications);
    connect(m_client, &ChatClient::totalUnreadChanged, this, &DesktopIntegration::setUnread);
    connect(m_client, &ChatClient::messageAdded, this, &DesktopIntegration::onMessageAdded);
    connect(m_client, &ChatClient::connectionStateChanged, this, &DesktopIntegration::updateTray);
    connect(m_client, &ChatClient::accountChanged, this,
        [this] { setUnread(m_client->totalUnread()); });
    if (m_window)
        m_window->installEventFilter(this);

    setUnread(m_client->totalUnread());
    m_trayShown = QSystemTrayIcon::isSystemTrayAvailable();
    if (m_trayShown)
        m_tray->show();
}

DesktopIntegration::~DesktopIntegration()
{
    m_tray->hide();
    delete m_menu; // a QMenu cannot have a QObject parent
}

QString DesktopIntegration::toolTip() const
{
    QString tip = m_unread > 0 ? tr("Natter — %n unread", nullptr, m_unread) : tr("Natter");
    switch (m_client->connectionState()) {
    case ChatClient::ConnectionState::Connecting:
    case ChatClient::ConnectionState::Authenticating:
        if (!m_client->phone().isEmpty())
            tip += u'\n' + tr("Connecting…");
        break;
    case ChatClient::ConnectionState::Offline:
        if (!m_client->phone().isEmpty())
            tip += u'\n' + tr("Offline");
        break;
    case ChatClient::ConnectionState::Online:
        break;
    }
    return tip;
}

void DesktopIntegration::setCloseToTray(bool enabled)
{
    m_closeToTray = enabled;
    // A hidden main window is not the last window closed: quitting is then the menu's job.
    if (enabled)
        QGuiApplication::setQuitOnLastWindowClosed(false);
}

void DesktopIntegration::showWindow()
{
    if (!m_window)
        return;
    if (m_window->isMinimized())
        m_window->showNormal();
    else
        m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void DesktopIntegration::setUnread(int count)
{
    if (count == m_unread)
        return;
    m_unread = count;
    updateTray();
    emit unreadCountChanged(count);
}

void DesktopIntegration::updateTray()
{
    const QIcon icon = badgedAppIcon(m_unread);
    m_tray->setIcon(icon);
    m_tray->setToolTip(toolTip());
    if (m_window)
        m_window->setWindowIcon(icon);
}

bool DesktopIntegration::windowIsAttended() const
{
    // The user is in Natter: its window, or one of its dialogs over it, has the focus.
    return m_window && m_window->isVisible() && !m_window->isMinimized()
        && (m_window->isActiveWindow() || QApplication::activeWindow() != nullptr);
}

QString DesktopIntegration::senderName(const QString &peer) const
{
    if (const client::LocalStore *store = m_client->store()) {
        // The conversation's name falls back to the number; the contact may know better.
        if (const auto conversation = store->conversation(peer); conversation
            && !conversation->displayName.isEmpty() && conversation->displayName != peer)
            return conversation->displayName;
        if (const auto contact = store->contact(peer); contact && !contact->name.isEmpty())
            return contact->name;
    }
    return peer;
}

void DesktopIntegration::onMessageAdded(const QString &peer, qint64 localId)
{
    if (!m_notify || windowIsAttended())
        return;
    const client::LocalStore *store = m_client->store();
    const auto message = store ? store->message(localId) : std::nullopt;
    if (!message || message->outgoing || message->state == client::MessageState::Read)
        return;
    auto &entry = m_pending[peer];
    if (entry.first == 0)
        m_pendingPeers.append(peer);
    entry.first += 1;
    entry.second = previewOf(message->content);
    if (!m_coalesce->isActive())
        m_coalesce->start();
}

void DesktopIntegration::flushNotifications()
{
    if (m_pendingPeers.isEmpty())
        return;
    int total = 0;
    for (const auto &entry : std::as_const(m_pending))
        total += entry.first;
    Notification note;
    if (m_pendingPeers.size() == 1) {
        const QString peer = m_pendingPeers.constFirst();
        const auto [count, preview] = m_pending.value(peer);
        note.peer = peer;
        note.title = senderName(peer);
        note.body = count == 1 ? preview : tr("%n new messages", nullptr, count) + u'\n' + preview;
    } else {
        QStringList names;
        for (const QString &peer :
            std::as_const(m_pendingPeers).first(qMin<qsizetype>(3, m_pendingPeers.size())))
            names.append(senderName(peer));
        if (m_pendingPeers.size() > 3)
            names.append(QStringLiteral("…"));
        note.title = tr("Natter");
        note.body = tr("%n new messages", nullptr, total) + u' '
            + tr("in %n chats", nullptr, int(m_pendingPeers.size())) + u'\n'
            + names.join(QStringLiteral(", "));
    }
    m_pending.clear();
    m_pendingPeers.clear();
    if (windowIsAttended()) // the user came back meanwhile and sees them
        return;
    m_last = note;
    m_trayShown = m_trayShown || QSystemTrayIcon::isSystemTrayAvailable();
    if (m_trayShown && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray->isVisible())
            m_tray->show();
        m_tray->showMessage(note.title, note.body, appIcon());
    } else if (m_window) {
        QApplication::alert(m_window); // flashes the taskbar entry where there is no tray
    }
    emit notified(note.peer, note.title, note.body);
}

bool DesktopIntegration::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close && m_closeToTray && !m_quitting
        && m_trayShown && m_tray->isVisible()) {
        event->ignore();
        m_window->hide();
        if (!m_toldAboutTray && QSystemTrayIcon::supportsMessages()) {
            m_toldAboutTray = true;
            m_tray->showMessage(tr("Natter is still running"),
                tr("New messages will still reach you. Click the Natter icon to open the "
                   "window, or choose Quit from its menu to close Natter."),
                appIcon());
        }
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace natter::ui
