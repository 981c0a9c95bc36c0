#include "models/ConversationFilterProxyModel.h"

#include "models/ConversationListModel.h"

namespace natter::models {

namespace {
// "+49 151-123" → "49151123"; empty when the text holds anything but a number's characters.
QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
        else if (c != u'+' && c != u' ' && c != u'-' && c != u'(' && c != u')' && c != u'/')
            return {};
    }
    return digits;
}
} // namespace

ConversationFilterProxyModel::ConversationFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Keep the source's order; rows that change are filtered again.
    setDynamicSortFilter(true);
}

ConversationFilterProxyModel::~ConversationFilterProxyModel() = default;

void ConversationFilterProxyModel::setFilterText(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified == m_text)
        return;
    m_text = simplified;
    m_digits = digitsOf(simplified);
    invalidateRowsFilter();
}

bool ConversationFilterProxyModel::filterAcceptsRow(
    int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString name = idx.data(ConversationListModel::DisplayNameRole).toString();
    const QString peer = idx.data(ConversationListModel::PeerRole).toString();
    const QString preview = idx.data(ConversationListModel::LastPreviewRole).toString();
    if (name.contains(m_text, Qt::CaseInsensitive) || peer.contains(m_text, Qt::CaseInsensitive)
        || preview.contains(m_text, Qt::CaseInsensitive))
        return true;
    return !m_digits.isEmpty() && digitsOf(peer).contains(m_digits);
}

} // namespace natter::models
