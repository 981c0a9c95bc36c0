#pragma once

#include "ui/MessageBodies.h"

#include <QHash>
#include <QStyledItemDelegate>

class QAbstractItemView;
class QTextLayout;

namespace natter::ui {

struct Theme;

// Paints one message of a MessageListModel as a chat bubble: ours on the right, the peer's
// on the left, word-wrapped text, the time and the state mark (clock, ✓, ✓✓, blue ✓✓, red !)
// at the bottom right, a date above the first message of each day and a band above the first
// unread one. Files, locations and contacts get a body above their caption (MessageBodies):
// an image, a file card with progress and actions, a map card, a contact card; clicks on their
// buttons come out as actionRequested(). Sizes follow the width of the view, so a resize
// re-wraps the text.
class MessageDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit MessageDelegate(QAbstractItemView *view);
    ~MessageDelegate() override;
    Q_DISABLE_COPY_MOVE(MessageDelegate)

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

    // The bubble of a message inside its row (in the view's viewport coordinates when `rowRect`
    // is the row's visual rect).
    QRect bubbleRect(const QRect &rowRect, const QModelIndex &index) const;
    // The red "!" beside a failed message (empty for others); a click on it retries.
    QRect failedBadgeRect(const QRect &rowRect, const QModelIndex &index) const;
    // The body (image, file card, map, contact card) of a message inside its row, empty for
    // text; and where a click at `pos` (viewport coordinates) would act.
    QRect bodyRect(const QRect &rowRect, const QModelIndex &index) const;
    BubbleAction actionAt(const QRect &rowRect, const QModelIndex &index, const QPoint &pos) const;
    // The centre of the zone of `action` in the bubble (viewport coordinates), or (-1, -1).
    QPoint actionPoint(const QRect &rowRect, const QModelIndex &index, BubbleAction action) const;
    // Forgets cached sizes (the font changed).
    void clearCache();

signals:
    void retryRequested(qint64 localId);
    // A button inside a bubble was clicked.
    void actionRequested(qint64 localId, natter::ui::BubbleAction action);

private:
    struct Geometry;
    Geometry geometry(
        const QStyleOptionViewItem &option, const QModelIndex &index, QTextLayout *layout) const;
    int viewWidth() const;
    QStyleOptionViewItem viewOption() const;

    struct CachedSize
    {
        int width = 0;
        quint64 key = 0;
        QSize size;
    };
    QAbstractItemView *m_view;
    mutable QHash<qint64, CachedSize> m_sizes; // by local id
};

} // namespace natter::ui
