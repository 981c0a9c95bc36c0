#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;
class QToolButton;

namespace natter::client {
class ChatClient;
}
namespace natter::models {
class ConversationFilterProxyModel;
}

namespace natter::ui {

class ConnectionBanner;

// The left pane of the main window: the title with a "new chat" button, the search field,
// the connection banner and the chat list (or a hint when it is empty).
class Sidebar final : public QWidget
{
    Q_OBJECT
public:
    Sidebar(client::ChatClient *client, models::ConversationFilterProxyModel *model,
        QWidget *parent = nullptr);
    ~Sidebar() override;
    Q_DISABLE_COPY_MOVE(Sidebar)

    QLineEdit *searchField() const { return m_search; }
    QListView *listView() const { return m_list; }
    ConnectionBanner *banner() const { return m_banner; }
    QToolButton *newChatButton() const { return m_newChat; }
    // Without an account there is nothing to search and no chat to start.
    void setLoggedIn(bool loggedIn);
    // Selects the row of `peer` (or nothing) without opening anything.
    void selectPeer(const QString &peer);

signals:
    void chatActivated(const QString &peer);
    void newChatRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void updatePlaceholder();
    void activate(const QModelIndex &index);

    models::ConversationFilterProxyModel *m_model;
    QLineEdit *m_search;
    ConnectionBanner *m_banner;
    QStackedWidget *m_stack;
    QListView *m_list;
    QLabel *m_placeholder;
    QToolButton *m_newChat;
    QAction *m_searchIcon = nullptr;
    QString m_selectedPeer;
    bool m_loggedIn = true;
};

} // namespace natter::ui
