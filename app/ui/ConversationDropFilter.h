#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QListView;

namespace natter::ui {

// Lets files be dropped on a conversation in the chat list: while they are dragged over a row
// that row is highlighted (selected), and dropping them there emits filesDropped(). Installed
// on the list's viewport, so the list and its delegate stay as they are.
class ConversationDropFilter final : public QObject
{
    Q_OBJECT
public:
    explicit ConversationDropFilter(QListView *list);
    ~ConversationDropFilter() override;
    Q_DISABLE_COPY_MOVE(ConversationDropFilter)

signals:
    void filesDropped(const QString &peer, const QStringList &paths);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString peerAt(const QPoint &pos) const;
    void highlight(const QString &peer);
    void restore();

    QListView *m_list;
    bool m_dragging = false;
    QString m_selectedBefore; // the row selected before the drag, selected again after it
};

} // namespace natter::ui
