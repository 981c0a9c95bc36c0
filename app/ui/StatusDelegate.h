#pragma once

#include <QStyledItemDelegate>

namespace natter::ui {

// Paints one row of the status list (models::StatusListModel): the avatar inside its ring
// (coloured while something is unseen, grey when all is seen), the name and the time of the
// newest status; "My status" with a "+" badge, the progress of a post on its way ("Sending…
// 45 %" over a thin bar) or, in red, why a post could not be sent; a small caption above the
// first row of the "Recent updates" and "Viewed updates" groups.
class StatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit StatusDelegate(QObject *parent = nullptr);
    ~StatusDelegate() override;
    Q_DISABLE_COPY_MOVE(StatusDelegate)

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The caption drawn above a row that starts a group (empty for none).
    static QString sectionCaption(const QModelIndex &index);
    // The line under the name (what the row says about the statuses or the posts on their way).
    static QString detailLine(const QModelIndex &index);
};

} // namespace natter::ui
