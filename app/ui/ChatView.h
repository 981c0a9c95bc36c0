#pragma once

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QToolButton;

namespace natter::client {
class ChatClient;
}
namespace natter::models {
class MessageListModel;
}

namespace natter::ui {

class ChatHeader;
class ComposerEdit;
class MessageListView;
class ScrollDownButton;

// One open chat: the header with the peer's name and status, the message list and the
// composer. It marks the chat read while the window is active and the newest message is in
// view, keeps a draft per chat, and tells the peer when the user is typing.
class ChatView final : public QWidget
{
    Q_OBJECT
public:
    explicit ChatView(client::ChatClient *client, QWidget *parent = nullptr);
    ~ChatView() override;
    Q_DISABLE_COPY_MOVE(ChatView)

    // Opens the chat with `peer` (closing the one before) and shows the first unread message,
    // or the newest one.
    void openChat(const QString &peer);
    void closeChat();
    QString peer() const { return m_peer; }

    // Sends what the composer holds (nothing when it is blank).
    void sendComposed();
    void focusComposer();

    ChatHeader *header() const { return m_header; }
    MessageListView *messageView() const { return m_messages; }
    ComposerEdit *composer() const { return m_composer; }
    QToolButton *sendButton() const { return m_send; }
    ScrollDownButton *scrollDownButton() const { return m_scrollDown; }
    models::MessageListModel *messageModel() const { return m_model; }

signals:
    void closeRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void onComposerChanged();
    void scheduleReadCheck();
    void markReadIfSeen();
    void updateHeaderName();
    void stopTyping();
    void updateScrollDown();

    QPointer<client::ChatClient> m_client;
    ChatHeader *m_header;
    MessageListView *m_messages;
    ComposerEdit *m_composer;
    QToolButton *m_send;
    QWidget *m_composerBar;
    ScrollDownButton *m_scrollDown;
    models::MessageListModel *m_model = nullptr;
    QString m_peer;
    QHash<QString, QString> m_drafts; // per peer, while the app runs
    QString m_draftsAccount; // whose drafts they are
    QTimer m_readCheck;
    QTimer m_typingIdle; // stops the typing indicator after a pause
    QPointer<QWidget> m_watchedWindow;
};

} // namespace natter::ui
