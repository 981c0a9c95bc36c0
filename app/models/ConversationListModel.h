#pragma once

#include "client/ClientTypes.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QSet>

namespace natter::client {
class ChatClient;
}

namespace natter::models {

// The chat list: one row per conversation of the active account, most recent activity first.
// Rows come from LocalStore::conversations(); a change of one conversation updates (and if
// needed moves) only its row, so selections and scroll positions survive.
class ConversationListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        PeerRole = Qt::UserRole + 1, // QString, E.164
        DisplayNameRole, // QString (also Qt::DisplayRole)
        InitialsRole, // QString, may be empty (no name known)
        AvatarColorRole, // QColor (also Qt::DecorationRole)
        LastPreviewRole, // QString, one line
        LastActivityRole, // QDateTime (local), invalid without messages
        UnreadCountRole, // int
        TypingRole, // bool: the peer is typing to us now
        LastOutgoingRole, // bool: the newest message is ours
        LastStateRole, // int (client::MessageState) of the newest message
        MessageCountRole, // int
    };
    Q_ENUM(Role)

    explicit ConversationListModel(client::ChatClient *client, QObject *parent = nullptr);
    ~ConversationListModel() override;
    Q_DISABLE_COPY_MOVE(ConversationListModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The row of `peer`, -1 when it has no conversation.
    int rowOf(const QString &peer) const;
    QModelIndex indexOf(const QString &peer) const;
    // Reads every row again (account switch).
    void reload();

private:
    struct Row
    {
        client::Conversation conversation;
        bool lastOutgoing = false;
        client::MessageState lastState = client::MessageState::Delivered;
        QString preview; // files, locations, contacts: "📷 Photo", "📄 report.pdf", …
    };
    Row readRow(const client::Conversation &conversation) const;
    void updateConversation(const QString &peer);
    void updateTyping(const QString &peer, bool typing);
    // Where a row with this activity belongs among the others (ignoring `skipRow`).
    int sortedPosition(const client::Conversation &c, int skipRow) const;

    QPointer<client::ChatClient> m_client;
    QList<Row> m_rows;
    QSet<QString> m_typing;
};

} // namespace natter::models
