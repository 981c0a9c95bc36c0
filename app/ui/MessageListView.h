#pragma once

#include "ui/MessageBodies.h"

#include <QListView>
#include <QPersistentModelIndex>
#include <QPointer>

class QMenu;

namespace natter::models {
class MessageListModel;
}

namespace natter::ui {

class MessageDelegate;

// The message list of an open chat. It scrolls per pixel, stays at the bottom when new messages
// arrive while the bottom is shown, loads older pages when the user scrolls near the top (and
// keeps the visible messages where they were), shows a short history at the bottom as a chat
// does, and copies the selected messages' text (Ctrl+C or the context menu).
class MessageListView final : public QListView
{
    Q_OBJECT
public:
    explicit MessageListView(QWidget *parent = nullptr);
    ~MessageListView() override;
    Q_DISABLE_COPY_MOVE(MessageListView)

    // Shows `model` (not owned; nullptr shows nothing).
    void setMessageModel(models::MessageListModel *model);
    models::MessageListModel *messageModel() const;
    MessageDelegate *messageDelegate() const { return m_delegate; }
    // The row of the view's model that shows `sourceRow` of the message model.
    QModelIndex viewIndex(int sourceRow) const;

    // True when the newest message is in view.
    bool isAtBottom() const { return m_atBottom; }
    void scrollToNewest();
    // Scrolls so that `sourceRow` is near the top (the first unread message).
    void scrollToRowAtTop(int sourceRow);

    // Names used when several messages are copied ("[14:02] Ada: …").
    void setNames(const QString &ownName, const QString &peerName);
    // The text of the selected messages, oldest first.
    QString selectedText() const;
    void copySelection() const;
    // The context menu for a message (Copy, Retry for a failed one); the caller owns it.
    QMenu *createContextMenu(const QModelIndex &index);

signals:
    void atBottomChanged(bool atBottom);
    void retryRequested(qint64 localId);
    // A button inside a bubble (download, open, cancel, …), see MessageDelegate.
    void actionRequested(qint64 localId, natter::ui::BubbleAction action);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    void updateGeometries() override;
    void verticalScrollbarValueChanged(int value) override;

private:
    void updateAtBottom();
    void rememberAnchor();
    void setAtBottom(bool atBottom);
    void scheduleFetchOlder();
    void fetchOlder();
    // Download, open, save, cancel, retry for files; map and contact actions.
    void addFileActions(QMenu *menu, const QModelIndex &index);

    QPointer<models::MessageListModel> m_model;
    QAbstractItemModel *m_proxy = nullptr;
    MessageDelegate *m_delegate;
    bool m_atBottom = true;
    bool m_fetchQueued = false;
    bool m_relayout = false; // inside updateGeometries()
    QPersistentModelIndex m_anchor; // the row at the top of the view, kept there on relayouts
    int m_anchorOffset = 0;
    int m_topMargin = -1;
    QString m_ownName;
    QString m_peerName;
};

} // namespace natter::ui
