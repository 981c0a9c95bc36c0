#include "models/ConversationListModel.h"

#include "client/ChatClient.h"
#include "client/LocalStore.h"
#include "models/Avatar.h"
#include "models/MessagePreview.h"

#include <QDateTime>

namespace natter::models {

using namespace natter::client;

namespace {
// Most recent first; ties by number, as LocalStore::conversations() orders them.
bool before(const Conversation &a, const Conversation &b)
{
    if (a.lastActivity != b.lastActivity)
        return a.lastActivity > b.lastActivity;
    return a.peer < b.peer;
}
} // namespace

ConversationListModel::ConversationListModel(ChatClient *client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
{
    connect(client, &ChatClient::accountChanged, this, &ConversationListModel::reload);
    connect(
        client, &ChatClient::conversationChanged, this, &ConversationListModel::updateConversation);
    connect(client, &ChatClient::typingChanged, this, &ConversationListModel::updateTyping);
    // A receipt changes the ticks in front of the preview of our newest message.
    connect(client, &ChatClient::messageChanged, this, [this](const QString &peer, qint64 localId) {
        const int row = rowOf(peer);
        if (row >= 0 && m_rows[row].conversation.lastMessageId == localId)
            updateConversation(peer);
    });
    reload();
}

ConversationListModel::~ConversationListModel() = default;

void ConversationListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_typing.clear();
    if (m_client && m_client->store()) {
        const QList<Conversation> all = m_client->store()->conversations();
        m_rows.reserve(all.size());
        for (const Conversation &c : all) {
            m_rows.append(readRow(c));
            if (m_client->isTyping(c.peer))
                m_typing.insert(c.peer);
        }
    }
    endResetModel();
}

ConversationListModel::Row ConversationListModel::readRow(const Conversation &conversation) const
{
    Row row {conversation, false, MessageState::Delivered, {}};
    if (conversation.lastMessageId != 0 && m_client && m_client->store()) {
        if (const auto m = m_client->store()->message(conversation.lastMessageId)) {
            row.lastOutgoing = m->outgoing;
            row.lastState = m->state;
            if (m->content.kind != protocol::MessageKind::Text)
                row.preview = preview::oneLine(m->content);
        }
    }
    return row;
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Conversation &c = row.conversation;
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole:
        return c.displayName;
    case Qt::ToolTipRole:
        return c.displayName == c.peer ? c.peer : tr("%1 (%2)").arg(c.displayName, c.peer);
    case PeerRole:
        return c.peer;
    case InitialsRole:
        return avatar::initials(c.displayName);
    case Qt::DecorationRole:
    case AvatarColorRole:
        return avatar::colorFor(c.peer);
    case LastPreviewRole:
        return row.preview.isEmpty() ? c.lastPreview : row.preview;
    case LastActivityRole:
        return c.lastActivity > 0 ? QDateTime::fromMSecsSinceEpoch(c.lastActivity) : QDateTime();
    case UnreadCountRole:
        return c.unreadCount;
    case TypingRole:
        return m_typing.contains(c.peer);
    case LastOutgoingRole:
        return row.lastOutgoing;
    case LastStateRole:
        return int(row.lastState);
    case MessageCountRole:
        return c.messageCount;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({
        {PeerRole, "peer"},
        {DisplayNameRole, "displayName"},
        {InitialsRole, "initials"},
        {AvatarColorRole, "avatarColor"},
        {LastPreviewRole, "lastPreview"},
        {LastActivityRole, "lastActivity"},
        {UnreadCountRole, "unreadCount"},
        {TypingRole, "typing"},
        {LastOutgoingRole, "lastOutgoing"},
        {LastStateRole, "lastState"},
        {MessageCountRole, "messageCount"},
    });
    return names;
}

int ConversationListModel::rowOf(const QString &peer) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].conversation.peer == peer)
            return i;
    }
    return -1;
}

QModelIndex ConversationListModel::indexOf(const QString &peer) const
{
    const int row = rowOf(peer);
    return row < 0 ? QModelIndex() : index(row);
}

int ConversationListModel::sortedPosition(const Conversation &c, int skipRow) const
{
    int pos = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (i != skipRow && before(m_rows[i].conversation, c))
            ++pos;
    }
    return pos;
}

void ConversationListModel::updateConversation(const QString &peer)
{
    if (!m_client || !m_client->store())
        return;
    const auto fresh = m_client->store()->conversation(peer);
    const int row = rowOf(peer);
    if (!fresh) {
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
        return;
    }
    Row updated = readRow(*fresh);
    if (row < 0) {
        const int pos = sortedPosition(*fresh, -1);
        beginInsertRows({}, pos, pos);
        m_rows.insert(pos, std::move(updated));
        endInsertRows();
        return;
    }
    // `pos` counts the other rows that sort before this one: its index once it is removed.
    const int pos = sortedPosition(*fresh, row);
    if (pos != row) {
        // beginMoveRows takes the destination in the coordinates before the move.
        beginMoveRows({}, row, row, {}, pos > row ? pos + 1 : pos);
        m_rows.move(row, pos);
        endMoveRows();
    }
    m_rows[pos] = std::move(updated);
    const QModelIndex idx = index(pos);
    emit dataChanged(idx, idx);
}

void ConversationListModel::updateTyping(const QString &peer, bool typing)
{
    const bool changed = typing ? !m_typing.contains(peer) : m_typing.contains(peer);
    if (!changed)
        return;
    if (typing)
        m_typing.insert(peer);
    else
        m_typing.remove(peer);
    const QModelIndex idx = indexOf(peer);
    if (idx.isValid())
        emit dataChanged(idx, idx, {TypingRole});
}

} // namespace natter::models
