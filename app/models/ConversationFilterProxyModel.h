#pragma once

#include <QSortFilterProxyModel>

namespace natter::models {

// The search box over the chat list: keeps the conversations whose name, number or last
// message contains the text, ignoring case (and, for numbers, spaces and dashes). The order
// is the source's (most recent first).
class ConversationFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ConversationFilterProxyModel(QObject *parent = nullptr);
    ~ConversationFilterProxyModel() override;
    Q_DISABLE_COPY_MOVE(ConversationFilterProxyModel)

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text; // simplified
    QString m_digits; // the digits of the text, when it looks like (part of) a number
};

} // namespace natter::models
