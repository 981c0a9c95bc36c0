#pragma once

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QMenu;
class QToolButton;

namespace natter::client {
class ChatClient;
}
namespace natter::models {
class MessageListModel;
}

namespace natter::ui {

class Attachments;
class BubbleActions;
class ChatHeader;
class ComposerEdit;
class DropOverlay;
class MessageListView;
class ScrollDownButton;

// One open chat: the header with the peer's name and status, the message list and the
// composer with its attach button. It marks the chat read while the window is active and the
// newest message is in view, keeps a draft per chat, and tells the peer when the user is
// typing. Files dropped on it are sent (each its own message); pictures and files pasted into
// the composer are previewed first; the buttons inside bubbles act through BubbleActions.
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
    // Sends each file to `peer` as its own message (drag and drop); how many were stored.
    int sendFiles(const QString &peer, const QStringList &paths);
    // A line above the composer that says what went wrong (a refused file, …).
    void showNotice(const QString &text);
    QString noticeText() const;

    ChatHeader *header() const { return m_header; }
    MessageListView *messageView() const { return m_messages; }
    ComposerEdit *composer() const { return m_composer; }
    QToolButton *sendButton() const { return m_send; }
    ScrollDownButton *scrollDownButton() const { return m_scrollDown; }
    models::MessageListModel *messageModel() const { return m_model; }
    QToolButton *attachButton() const { return m_attach; }
    // "Photo or video…", "Document…", "Location…", "Contact…" (also in the main window's menu).
    QMenu *attachMenu() const { return m_attachMenu; }
    DropOverlay *dropOverlay() const { return m_overlay; }
    Attachments *attachments() const { return m_attachments; }
    BubbleActions *bubbleActions() const { return m_actions; }

signals:
    void closeRequested();
    // The user wants to chat with `peer` ("Message" on a contact card).
    void chatRequested(const QString &peer);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void onComposerChanged();
    void scheduleReadCheck();
    void markReadIfSeen();
    void updateHeaderName();
    void stopTyping();
    void updateScrollDown();
    void createAttachMenu();
    void pasteFiles(const QStringList &paths);
    void hideDropOverlay();

    QPointer<client::ChatClient> m_client;
    ChatHeader *m_header;
    MessageListView *m_messages;
    ComposerEdit *m_composer;
    QToolButton *m_send;
    QWidget *m_composerBar;
    ScrollDownButton *m_scrollDown;
    QToolButton *m_attach;
    QMenu *m_attachMenu = nullptr;
    DropOverlay *m_overlay;
    QWidget *m_noticeBar;
    QLabel *m_notice;
    QTimer m_noticeTimer;
    Attachments *m_attachments;
    BubbleActions *m_actions;
    models::MessageListModel *m_model = nullptr;
    QString m_peer;
    QHash<QString, QString> m_drafts; // per peer, while the app runs
    QString m_draftsAccount; // whose drafts they are
    QTimer m_readCheck;
    QTimer m_typingIdle; // stops the typing indicator after a pause
    QPointer<QWidget> m_watchedWindow;
};

} // namespace natter::ui
