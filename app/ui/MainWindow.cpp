#include "ui/MainWindow.h"

#include "client/ChatClient.h"
#include "client/LocalStore.h"
#include "models/ConversationFilterProxyModel.h"
#include "models/ConversationListModel.h"
#include "ui/ChatPlaceholder.h"
#include "ui/ChatView.h"
#include "ui/ConversationDropFilter.h"
#include "ui/DownloadSettingsDialog.h"
#include "ui/MessageListView.h"
#include "ui/Sidebar.h"
#include "ui/StatusPane.h"
#include "ui/StatusViewer.h"
#include "ui/dialogs/ConnectDialog.h"
#include "ui/dialogs/LanguageDialog.h"
#include "ui/dialogs/NewChatDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>

namespace natter::ui {

using client::ChatClient;
using models::ConversationFilterProxyModel;
using models::ConversationListModel;

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
} // namespace

MainWindow::MainWindow(ChatClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_conversations(new ConversationListModel(client, this))
    , m_filter(new ConversationFilterProxyModel(this))
    , m_sidebar(nullptr)
    , m_right(new QStackedWidget)
    , m_placeholder(new ChatPlaceholder)
    , m_chat(new ChatView(client))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_filter->setSourceModel(m_conversations);
    m_sidebar = new Sidebar(client, m_filter);
    m_right->addWidget(m_placeholder);
    m_right->addWidget(m_chat);
    // The chat list and the status list share the left pane as two tabs.
    m_sidebarTabs = new QTabWidget;
    m_sidebarTabs->setObjectName(QStringLiteral("sidebarTabs"));
    m_sidebarTabs->setDocumentMode(true);
    m_sidebarTabs->addTab(m_sidebar, tr("Chats"));
    m_statusPane = new StatusPane(client);
    m_sidebarTabs->addTab(m_statusPane, tr("Status"));
    m_splitter->addWidget(m_sidebarTabs);
    // Statuses are shown over the whole window.
    m_statusViewer = new StatusViewer(client, this);
    connect(m_statusPane, &StatusPane::viewRequested, this,
        [this](const QString &owner) { m_statusViewer->showOwner(owner); });
    m_splitter->addWidget(m_right);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setHandleWidth(1);
    setCentralWidget(m_splitter);
    createMenus();

    connect(m_sidebar, &Sidebar::chatActivated, this, &MainWindow::openChat);
    connect(m_sidebar, &Sidebar::newChatRequested, this, &MainWindow::showNewChatDialog);
    connect(m_chat, &ChatView::closeRequested, this, &MainWindow::closeChat);
    connect(m_chat, &ChatView::chatRequested, this, &MainWindow::openChat);
    // Files dropped on a conversation in the list go to that conversation, which opens.
    auto *drops = new ConversationDropFilter(m_sidebar->listView());
    connect(drops, &ConversationDropFilter::filesDropped, this,
        [this](const QString &peer, const QStringList &paths) {
            openChat(peer);
            m_chat->sendFiles(peer, paths);
        });
    DownloadSettingsDialog::applyStored(client);
    connect(m_placeholder, &ChatPlaceholder::loginRequested, this, [this] { showConnectDialog(); });
    connect(client, &ChatClient::totalUnreadChanged, this, &MainWindow::updateTitle);
    connect(client, &ChatClient::accountChanged, this, &MainWindow::updateAccountState);
    connect(client, &ChatClient::loggedOut, this, [this] {
        m_chat->closeChat();
        m_right->setCurrentWidget(m_placeholder);
        m_sidebar->searchField()->clear();
        showConnectDialog();
    });
    connect(client, &ChatClient::authFailed, this,
        [this](ChatClient::AuthError, const QString &message) {
            // A saved session that the server no longer accepts: ask for the login again.
            if (!m_connectDialog && m_client
                && m_client->connectionState() == ChatClient::ConnectionState::Offline)
                showConnectDialog(message);
        });

    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &MainWindow::onEscape);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_sidebar->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_sidebar->searchField()->selectAll();
    });

    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1100, 720);
    if (!m_splitter->restoreState(settings.value(kSplitterKey).toByteArray()))
        m_splitter->setSizes({340, 760});
    updateTitle();
    updateAccountState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_newChatAction = file->addAction(tr("&New Chat…"), this, &MainWindow::showNewChatDialog);
    m_newChatAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newChatAction->setShortcutContext(Qt::WindowShortcut);
    file->addMenu(m_chat->attachMenu()); // photo, document, location, contact for the open chat
    file->addSeparator();
    m_logoutAction = file->addAction(tr("&Log Out…"), this, &MainWindow::confirmLogout);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, [this] {
        close();
        QApplication::quit();
    });
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(tr("&Downloads…"), this, [this] {
        auto *dialog = new DownloadSettingsDialog(m_client, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    settings->addAction(tr("&Language…"), this, [this] {
        auto *dialog = new LanguageDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

void MainWindow::start()
{
    show();
    if (m_client->hasSavedSession()) {
        m_client->resumeSession();
        restoreLastChat();
    } else {
        showConnectDialog();
    }
}

void MainWindow::openChat(const QString &peer)
{
    if (peer.isEmpty() || !m_client || !m_client->store())
        return;
    m_chat->openChat(peer);
    m_right->setCurrentWidget(m_chat);
    m_sidebar->selectPeer(peer);
    m_chat->focusComposer();
    QSettings().setValue(lastChatKey(), peer);
}

void MainWindow::closeChat()
{
    if (m_chat->peer().isEmpty())
        return;
    m_chat->closeChat();
    m_right->setCurrentWidget(m_placeholder);
    m_sidebar->selectPeer({});
    m_sidebar->listView()->setFocus(Qt::OtherFocusReason);
    QSettings().remove(lastChatKey());
}

QString MainWindow::currentChat() const
{
    return m_chat->peer();
}

void MainWindow::onEscape()
{
    QLineEdit *search = m_sidebar->searchField();
    if (search->hasFocus() && !search->text().isEmpty()) {
        search->clear();
        return;
    }
    if (m_chat->messageView()->selectionModel()->hasSelection()) {
        m_chat->messageView()->clearSelection();
        return;
    }
    closeChat();
}

void MainWindow::showConnectDialog(const QString &notice)
{
    if (m_connectDialog) {
        m_connectDialog->raise();
        m_connectDialog->activateWindow();
        return;
    }
    auto *dialog = new ConnectDialog(m_client, this);
    if (m_client && !m_client->phone().isEmpty())
        dialog->setPhone(m_client->phone());
    if (!notice.isEmpty())
        dialog->showNotice(notice);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MainWindow::restoreLastChat);
    m_connectDialog = dialog;
    dialog->open();
}

void MainWindow::showNewChatDialog()
{
    if (!m_client || m_client->phone().isEmpty())
        return;
    if (m_newChatDialog) {
        m_newChatDialog->raise();
        m_newChatDialog->activateWindow();
        return;
    }
    auto *dialog = new NewChatDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { openChat(dialog->peer()); });
    m_newChatDialog = dialog;
    dialog->open();
}

void MainWindow::confirmLogout()
{
    if (!m_client || m_client->phone().isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Log Out"),
        tr("Log out of Natter on this computer?"), QMessageBox::Cancel, this);
    box->setInformativeText(
        tr("Your chats stay on this computer. Messages sent to you in the meantime "
           "arrive when you log in again."));
    QPushButton *logout = box->addButton(tr("Log Out"), QMessageBox::AcceptRole);
    box->setDefaultButton(logout);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, logout](QAbstractButton *button) {
        if (button == logout && m_client)
            m_client->logout();
    });
    box->open();
}

void MainWindow::updateTitle()
{
    const int unread = m_client ? m_client->totalUnread() : 0;
    setWindowTitle(unread > 0 ? tr("Natter (%1)").arg(unread) : tr("Natter"));
}

void MainWindow::updateAccountState()
{
    const bool loggedIn = m_client && !m_client->phone().isEmpty();
    m_placeholder->setLoggedIn(loggedIn);
    m_newChatAction->setEnabled(loggedIn);
    m_logoutAction->setEnabled(loggedIn);
    m_sidebar->setLoggedIn(loggedIn);
    updateTitle();
}

QString MainWindow::lastChatKey() const
{
    QString digits = m_client ? m_client->phone() : QString();
    digits.remove(u'+');
    return QStringLiteral("mainWindow/lastChat/")
        + (digits.isEmpty() ? QStringLiteral("none") : digits);
}

void MainWindow::restoreLastChat()
{
    if (!m_client || !m_client->store())
        return;
    const QString peer = QSettings().value(lastChatKey()).toString();
    if (!peer.isEmpty() && m_client->store()->conversation(peer))
        openChat(peer);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    if (m_client && !m_client->phone().isEmpty()) {
        if (m_chat->peer().isEmpty())
            settings.remove(lastChatKey());
        else
            settings.setValue(lastChatKey(), m_chat->peer());
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace natter::ui
