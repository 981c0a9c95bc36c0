#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace natter::client {
class ChatClient;
}
namespace natter::models {
class ConversationFilterProxyModel;
class ConversationListModel;
} // namespace natter::models

namespace natter::ui {

class ChatPlaceholder;
class ChatView;
class Sidebar;
class StatusPane;
class StatusViewer;

// The messenger window: the chat list with its search on the left, the open chat (or a hint)
// on the right, the connection banner, and the File menu. It remembers its geometry, the
// splitter and the last open chat, and shows the login and new-chat dialogs when needed.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(client::ChatClient *client, QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    // Shows the window and resumes the saved session, or asks to log in.
    void start();

    void openChat(const QString &peer);
    void closeChat();
    QString currentChat() const;

    // `notice` explains why ("Your session has expired…"); empty on first run.
    void showConnectDialog(const QString &notice = {});
    void showNewChatDialog();

    Sidebar *sidebar() const { return m_sidebar; }
    // The "Chats" and "Status" tabs on the left, the status list and the status viewer.
    QTabWidget *sidebarTabs() const { return m_sidebarTabs; }
    StatusPane *statusPane() const { return m_statusPane; }
    StatusViewer *statusViewer() const { return m_statusViewer; }
    ChatView *chatView() const { return m_chat; }
    ChatPlaceholder *placeholder() const { return m_placeholder; }
    models::ConversationListModel *conversationModel() const { return m_conversations; }
    models::ConversationFilterProxyModel *filterModel() const { return m_filter; }
    QAction *newChatAction() const { return m_newChatAction; }
    QAction *logoutAction() const { return m_logoutAction; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void updateTitle();
    void updateAccountState();
    void onEscape();
    void saveSettings() const;
    void restoreLastChat();
    void confirmLogout();
    QString lastChatKey() const;

    QPointer<client::ChatClient> m_client;
    models::ConversationListModel *m_conversations;
    models::ConversationFilterProxyModel *m_filter;
    Sidebar *m_sidebar;
    QTabWidget *m_sidebarTabs = nullptr;
    StatusPane *m_statusPane = nullptr;
    StatusViewer *m_statusViewer = nullptr;
    QStackedWidget *m_right;
    ChatPlaceholder *m_placeholder;
    ChatView *m_chat;
    QSplitter *m_splitter;
    QAction *m_newChatAction = nullptr;
    QAction *m_logoutAction = nullptr;
    QPointer<QDialog> m_connectDialog;
    QPointer<QDialog> m_newChatDialog;
};

} // namespace natter::ui
