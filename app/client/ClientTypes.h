#pragma once

#include "protocol/MessageContent.h"

#include <QMetaType>
#include <QString>

#include <limits>

// Value types the local store hands to the UI models.
namespace natter::client {

// Where a message stands. Outgoing: Pending → Sent → Delivered → Read, or Failed (from Pending
// only). Incoming: Delivered (stored, unread) → Read (the user has seen it). Never backwards.
enum class MessageState { Pending = 0, Sent = 1, Delivered = 2, Read = 3, Failed = 4 };

// Where the file of a media/document message stands (outgoing: upload; incoming: download).
enum class TransferState {
    None = 0, // incoming: not downloaded (and not asked for); text etc.: no file at all
    Preparing = 1, // outgoing: copying and hashing the file into the account's files folder
    Uploading = 2,
    Downloading = 3,
    Waiting = 4, // link down or app restarted: resumes by itself
    Failed = 5, // see FileTransfer::error; retry() restarts it
    Done = 6, // uploaded (outgoing) or downloaded and verified (incoming)
    Cancelled = 7, // stopped by the user; retry() restarts it
};

// The file transfer attached to a StoredMessage with a file (media/document).
struct FileTransfer
{
    TransferState state = TransferState::None;
    qint64 bytesDone = 0; // uploaded / downloaded so far
    QString localPath; // outgoing: the app's copy of the file; incoming: the downloaded file
                       // once complete (empty until then)
    QString error; // human-readable, when Failed

    bool operator==(const FileTransfer &) const = default;
};

// Sort keys at or above this value belong to messages the server has not numbered yet.
inline constexpr qint64 kUnackedSortKeyBase = qint64(1) << 53;
// Pass as `beforeSortKey` to get the newest page.
inline constexpr qint64 kNewestSortKey = std::numeric_limits<qint64>::max();

// One message as the local database keeps it.
struct StoredMessage
{
    qint64 localId = 0; // primary key in the local database
    qint64 serverId = 0; // 0 until the server has numbered it
    QString clientId; // outgoing only: the UUID the server de-duplicates on
    QString peer; // the other person's phone number (E.164)
    bool outgoing = false;
    MessageState state = MessageState::Pending;
    QString failureReason; // human-readable, set when state is Failed
    qint64 timestamp = 0; // ms since epoch: server time, or local time while pending
    qint64 sortKey = 0; // server id when known, else kUnackedSortKeyBase + localId
    protocol::MessageContent content;
    FileTransfer transfer; // media/document: the upload or download (content.file has the file)

    bool operator==(const StoredMessage &) const = default;
};

// One row of the conversation list.
struct Conversation
{
    QString peer; // phone number (E.164), the primary key
    QString displayName; // the contact's name, or the phone number when unknown
    qint64 lastActivity = 0; // ms since epoch of the newest message
    QString lastPreview; // one line describing the newest message
    qint64 lastMessageId = 0; // local id of the newest message, 0 if none
    int unreadCount = 0; // incoming messages not yet read
    int messageCount = 0; // all messages in the conversation

    bool operator==(const Conversation &) const = default;
};

// Somebody the user has looked up or chatted with.
struct Contact
{
    QString phone; // E.164
    QString name; // display name as the server reported it (may be empty)
    bool onNatter = false; // the number has a Natter account

    bool operator==(const Contact &) const = default;
};

// Lower-case name of a state ("pending", "sent", …), for logs and tests.
QString stateName(MessageState state);
// Lower-case name of a transfer state ("uploading", "done", …), for logs and tests.
QString transferStateName(TransferState state);

} // namespace natter::client

Q_DECLARE_METATYPE(natter::client::StoredMessage)
Q_DECLARE_METATYPE(natter::client::Conversation)
