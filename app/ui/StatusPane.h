#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QListView;
class QMenu;
class QToolButton;

namespace natter::client {
class ChatClient;
}
namespace natter::models {
class StatusListModel;
}

namespace natter::ui {

class AddStatusDialog;
class InlineMessage;

// The "Status" tab of the sidebar: "My status" (click to view your own or to add one), then the
// contacts with statuses — unseen first, each avatar in its ring. "Add status" (the "+" button)
// offers a text or a photo/video status and posts what the dialog holds. While a post could not
// be sent, clicking (or right-clicking) "My status" offers to try again or to discard it.
class StatusPane final : public QWidget
{
    Q_OBJECT
public:
    explicit StatusPane(client::ChatClient *client, QWidget *parent = nullptr);
    ~StatusPane() override;
    Q_DISABLE_COPY_MOVE(StatusPane)

    models::StatusListModel *model() const { return m_model; }
    QListView *listView() const { return m_list; }
    QToolButton *addButton() const { return m_add; }
    // Opens the "Add status" dialog (non-modal to the event loop; posts when accepted).
    AddStatusDialog *showAddDialog(bool media = false);
    // The last problem shown (a post refused before it was stored), empty when none.
    QString messageText() const;
    // A new menu "Try again" / "Discard" for the posts that could not be sent (nullptr when
    // there are none); deletes itself once closed. Shown on a click on "My status".
    QMenu *failedPostMenu();
    void retryFailedPosts();
    void discardFailedPosts();

signals:
    // The user wants to see the statuses of `owner` (own number for "My status").
    void viewRequested(const QString &owner);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void activate(const QModelIndex &index);
    void showFailedPostMenu(const QModelIndex &index);
    void updateHint();

    client::ChatClient *m_client;
    models::StatusListModel *m_model;
    QListView *m_list;
    QToolButton *m_add;
    QLabel *m_hint;
    InlineMessage *m_message;
    QPointer<AddStatusDialog> m_dialog;
};

} // namespace natter::ui
