#pragma once

#include <QStyledItemDelegate>

namespace natter::ui {

// Paints one row of the chat list: the avatar circle with initials, the name, the time of the
// last activity, the last message (or "typing…" in the accent colour) and an unread badge.
class ConversationDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ConversationDelegate(QObject *parent = nullptr);
    ~ConversationDelegate() override;
    Q_DISABLE_COPY_MOVE(ConversationDelegate)

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace natter::ui
