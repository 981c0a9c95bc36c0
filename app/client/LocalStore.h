#pragma once

#include "client/ClientTypes.h"
#include "protocol/Frames.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace natter::client {

// What the local database keeps about the file transfer of a media/document message.
struct TransferRecord
{
    qint64 localId = 0; // the message
    TransferState state = TransferState::None;
    qint64 bytesDone = 0;
    QString localPath; // outgoing: the app's copy; incoming: the downloaded file when complete
    QString error; // human-readable, when Failed or Cancelled
    QString sourcePath; // outgoing: the file the user picked (copied while Preparing)
    QByteArray sha256; // outgoing: the hash of the copy (32 raw bytes), empty until known
    QString fileId; // outgoing: the server's upload id (for resuming); incoming: the file's id

    bool operator==(const TransferRecord &) const = default;
};

// A status post that has no `status_ack` yet (StatusClient's outbox, LocalStoreStatus.cpp).
struct StoredStatusPost
{
    enum class State {
        Preparing = 0, // media: the file is being copied into the account's files folder
        Uploading = 1, // media: the copy is being uploaded
        Ready = 2, // goes out as `status_post` when online (text, or media once uploaded)
        Failed = 3, // refused for good or the upload failed; `failure` says why (retry/discard)
    };
    QString clientId;
    protocol::StatusKind kind = protocol::StatusKind::Text;
    QString text; // text, or the caption of a media status
    QString background;
    QString sourcePath; // media: the file the user picked (copied while Preparing)
    QString localPath; // media: the app's copy, which is what is uploaded
    QString uploadId; // media: the server's file id of the unfinished upload (to resume it)
    std::optional<protocol::FileRef> file; // media: the server's record once uploaded
    qint64 created = 0; // ms since the epoch
    State state = State::Ready;
    QString failure; // human-readable, when Failed
    QByteArray thumbnail; // media: the poster's preview (JPEG, at most 64 KiB), sent in file.thumbnail

    bool operator==(const StoredStatusPost &) const = default;
};

// The per-account local SQLite database: conversations, message history and contacts.
// Every write commits before it returns; reads are indexed and paged, so a conversation of
// 100,000 messages stays fast. Uses its own QSqlDatabase connection; one thread only.
class LocalStore final
{
public:
    // The database file; created (with its directory) by open().
    explicit LocalStore(const QString &path);
    ~LocalStore();
    Q_DISABLE_COPY_MOVE(LocalStore)

    // Opens the file (WAL mode) and migrates the schema; false with *error on failure.
    bool open(QString *error = nullptr);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    // The schema version of the open file, and the one this build migrates to.
    int schemaVersion() const;
    static int latestSchemaVersion();

    // ---- queries for the UI ------------------------------------------------------------
    // All conversations, most recent activity first.
    QList<Conversation> conversations() const;
    std::optional<Conversation> conversation(const QString &peer) const;
    // Up to `limit` messages with sortKey < beforeSortKey, newest first (lazy loading: pass
    // the smallest sortKey of the previous page to get the next older one).
    QList<StoredMessage> messages(
        const QString &peer, qint64 beforeSortKey = kNewestSortKey, int limit = 100) const;
    int messageCount(const QString &peer) const;
    // The oldest unread incoming message of the conversation, if any.
    std::optional<StoredMessage> firstUnread(const QString &peer) const;
    // Unread incoming messages over all conversations.
    int totalUnread() const;
    std::optional<StoredMessage> message(qint64 localId) const;
    std::optional<StoredMessage> messageByServerId(qint64 serverId) const;
    std::optional<StoredMessage> messageByClientId(const QString &clientId) const;
    // How many messages of the conversation sort after `sortKey` (its row in a newest-first list).
    int messagesAfter(const QString &peer, qint64 sortKey) const;

    // ---- contacts ------------------------------------------------------------------------
    bool upsertContact(const Contact &contact);
    std::optional<Contact> contact(const QString &phone) const;
    QList<Contact> contacts() const; // by name

    // ---- outgoing ------------------------------------------------------------------------
    // Stores a new outgoing message as Pending (the outbox); returns its local id, 0 on failure.
    qint64 addOutgoing(const QString &peer, const QString &clientId,
        const protocol::MessageContent &content, qint64 localTimestamp);
    // Stores a new outgoing message directly as Failed (refused before it was sent).
    qint64 addFailedOutgoing(const QString &peer, const QString &clientId,
        const protocol::MessageContent &content, qint64 localTimestamp, const QString &reason);
    // Pending outgoing messages in the order they were written (oldest first); at most
    // `limit` of them unless it is negative.
    QList<StoredMessage> outbox(int limit = -1) const;
    // The server accepted the message: sets its server id and time and moves Pending to Sent.
    // Returns the local id when the row changed.
    std::optional<qint64> markSent(const QString &clientId, qint64 serverId, qint64 timestamp);
    // A receipt for one of our messages; never moves a state backwards. Returns the local id
    // when the row changed.
    std::optional<qint64> applyReceipt(const protocol::Receipt &receipt);
    // A Pending message the server refused; returns false if it was not pending.
    bool markFailed(qint64 localId, const QString &reason);
    // Puts a Failed message back into the outbox (same client id); false if it was not failed.
    bool markPendingAgain(qint64 localId);

    // ---- incoming ------------------------------------------------------------------------
    struct Incoming
    {
        qint64 localId = 0; // 0 on a database failure
        bool inserted = false; // false: the server id was already stored (a duplicate)
    };
    // Stores incoming messages in one transaction, de-duplicated by server id. `self` is the
    // account's own number (a message from oneself is filed under its receiver).
    QList<Incoming> addIncoming(const QList<protocol::ChatMessage> &messages, const QString &self);
    // Marks the conversation's unread incoming messages Read and zeroes its unread count;
    // returns their server ids (for the `read` receipt).
    QList<qint64> markConversationRead(const QString &peer);
    // Incoming messages whose state the server has not been told yet: (server id, state) pairs
    // with state Delivered or Read, oldest first.
    QList<std::pair<qint64, MessageState>> unreportedReceipts(int limit = 1000) const;
    // Records that the server was told `state` for these incoming messages.
    bool setReported(const QList<qint64> &serverIds, MessageState state);

    // ---- file transfers (LocalStoreTransfers.cpp) ------------------------------------------
    // Stores a new outgoing media/document message as Pending together with its transfer row
    // (one transaction); the outbox sends it only once the transfer is Done.
    qint64 addOutgoingFile(const QString &peer, const QString &clientId,
        const protocol::MessageContent &content, qint64 localTimestamp,
        const TransferRecord &transfer);
    std::optional<TransferRecord> transfer(qint64 localId) const;
    // Inserts or replaces the transfer row of record.localId.
    bool saveTransfer(const TransferRecord &record);
    // Transfers that were under way (Preparing, Uploading, Downloading, Waiting), oldest first.
    QList<TransferRecord> unfinishedTransfers() const;
    // File ids of downloads whose `downloaded` report the server has not confirmed yet.
    bool addUnreportedDownload(const QString &fileId);
    bool removeUnreportedDownload(const QString &fileId);
    QStringList unreportedDownloads() const;
    // Replaces the content of a message (the file id and the server's name/mime/size once the
    // upload is done).
    bool setContent(qint64 localId, const protocol::MessageContent &content);

    // ---- conversations -------------------------------------------------------------------
    // Sets the display name of a conversation (creating it if needed).
    bool setDisplayName(const QString &peer, const QString &name);

    // ---- statuses (LocalStoreStatus.cpp) ----------------------------------------------------
    // Inserts or replaces the outbox row of post.clientId.
    bool saveStatusPost(const StoredStatusPost &post);
    bool removeStatusPost(const QString &clientId);
    // The status outbox in the order the posts were made (oldest first).
    QList<StoredStatusPost> statusOutbox() const;
    // Status views the server has not confirmed yet (a repeated id is kept once).
    bool addUnsentStatusViews(const QList<qint64> &statusIds);
    bool removeUnsentStatusViews(const QList<qint64> &statusIds);
    QList<qint64> unsentStatusViews() const;

private:
    bool migrate(QString *error);
    bool exec(const QString &sql) const;
    struct Writer; // the statements of one write transaction, prepared once
    static std::optional<qint64> insertMessage(Writer &w, const StoredMessage &m, bool *duplicate);
    static bool touchConversation(Writer &w, const StoredMessage &m, bool unread);
    bool transaction() const;
    bool commit() const;
    void rollback() const;

    QString m_path;
    QString m_connectionName;
};

} // namespace natter::client
