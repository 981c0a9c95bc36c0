#pragma once

#include "protocol/ErrorCode.h"
#include "protocol/Limits.h"
#include "protocol/MessageContent.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

// Every JSON control frame as a C++ type. The `type` names live in FrameEncoder/FrameDecoder;
// docs/protocol.md documents each one. Times are milliseconds since the Unix epoch (UTC).
namespace natter::protocol {

// How far a message has come; a state never goes backwards. Wire: "sent", "delivered", "read".
enum class DeliveryState { Sent = 1, Delivered = 2, Read = 3 };
QString toWireName(DeliveryState state);
std::optional<DeliveryState> deliveryStateFromWire(const QString &name);

// ---- client → server -------------------------------------------------------------------
struct Hello
{
    int version = 0;
    QString client;
    bool operator==(const Hello &) const = default;
};
struct Register
{
    QString phone;
    QString name;
    QString password;
    bool operator==(const Register &) const = default;
};
struct Login
{
    QString phone;
    QString password;
    bool operator==(const Login &) const = default;
};
struct Resume
{
    QString token;
    bool operator==(const Resume &) const = default;
};
struct Logout
{
    bool operator==(const Logout &) const = default;
};
struct Lookup
{
    QString phone;
    bool operator==(const Lookup &) const = default;
};
struct Send
{
    QString clientId; // UUID chosen by the client; makes the send idempotent
    QString to;
    MessageContent content;
    bool operator==(const Send &) const = default;
};
struct Delivered
{
    QList<qint64> serverIds;
    bool operator==(const Delivered &) const = default;
};
struct Read
{
    QList<qint64> serverIds;
    bool operator==(const Read &) const = default;
};
struct ReceiptAck
{
    QList<qint64> serverIds;
    DeliveryState state = DeliveryState::Delivered;
    bool operator==(const ReceiptAck &) const = default;
};
struct TypingTo
{
    QString to;
    bool active = true;
    bool operator==(const TypingTo &) const = default;
};
struct PresenceQuery
{
    QStringList phones;
    bool operator==(const PresenceQuery &) const = default;
};
struct Sync
{
    bool operator==(const Sync &) const = default;
};

// ---- file transfers (docs/protocol.md section 11) ----
// Which limit an upload falls under. Wire: "media" (image, video, audio) or "document".
enum class FileKind { Media = 1, Document = 2 };
QString toWireName(FileKind kind);
std::optional<FileKind> fileKindFromWire(const QString &name);

// Announces an upload (or resumes one: fileId set to the id of an earlier, unfinished upload of
// the same user with the same size and sha256). Answered by `upload_ready`.
struct Upload
{
    FileKind kind = FileKind::Document;
    QString name; // the file's name, without a path
    QString mime; // what the client thinks it is; the server sniffs the content itself
    qint64 size = 0; // 1 .. the limit of the kind
    QByteArray sha256; // 32 raw bytes; 64 lowercase hex digits on the wire
    QString fileId; // resume: the id from the earlier `upload_ready`
    bool operator==(const Upload &) const = default;
};
// Asks for a file's bytes from `offset` on. Answered by `download_ready`, then binary chunks.
struct Download
{
    QString fileId;
    qint64 offset = 0;
    bool operator==(const Download &) const = default;
};
// The client has the whole file and it hashed right (counts for deleting it on the server).
struct Downloaded
{
    QString fileId;
    bool operator==(const Downloaded &) const = default;
};
// Stops a transfer of this connection. An upload is discarded (no resume); a download stops.
struct TransferCancel
{
    quint32 transfer = 0;
    bool operator==(const TransferCancel &) const = default;
};

// ---- statuses (docs/protocol.md section 12) ----
enum class StatusKind { Text = 1, Media = 2 };
QString toWireName(StatusKind kind);
std::optional<StatusKind> statusKindFromWire(const QString &name);

struct StatusPost
{
    QString clientId; // UUID; makes the post idempotent
    StatusKind kind = StatusKind::Text;
    QString text; // the text of a text status, the caption of a media status
    QString background; // text status: "#rrggbb"
    std::optional<FileRef> file; // media status: an uploaded media file
    bool operator==(const StatusPost &) const = default;
};
// Asks for every live status the user may see (their own with their views included).
struct StatusListQuery
{
    qint64 after = 0; // only statuses with a larger id (the next page); 0: from the start
    bool operator==(const StatusListQuery &) const = default;
};
// The viewer has seen these statuses.
struct StatusView
{
    QList<qint64> statusIds;
    bool operator==(const StatusView &) const = default;
};
// The owner removes one of their statuses before it expires.
struct StatusDelete
{
    qint64 statusId = 0;
    bool operator==(const StatusDelete &) const = default;
};

// ---- server → client -------------------------------------------------------------------
struct Welcome
{
    int version = 0;
    QString server;
    Limits limits;
    bool operator==(const Welcome &) const = default;
};
struct AuthOk
{
    QString phone;
    QString name;
    QString token; // empty after resume: the client keeps the token it has
    bool operator==(const AuthOk &) const = default;
};
struct LoggedOut
{
    bool operator==(const LoggedOut &) const = default;
};
struct LookupResult
{
    QString phone;
    bool found = false;
    QString name;
    bool operator==(const LookupResult &) const = default;
};
struct Ack
{
    QString clientId;
    qint64 serverId = 0;
    qint64 timestamp = 0;
    bool operator==(const Ack &) const = default;
};
struct ChatMessage
{
    qint64 serverId = 0;
    QString from;
    QString to;
    qint64 timestamp = 0;
    MessageContent content;
    bool operator==(const ChatMessage &) const = default;
};
struct Receipt
{
    qint64 serverId = 0;
    QString clientId;
    QString peer; // the receiver whose device reported it
    DeliveryState state = DeliveryState::Delivered;
    qint64 timestamp = 0;
    bool operator==(const Receipt &) const = default;
};
struct TypingFrom
{
    QString from;
    bool active = true;
    bool operator==(const TypingFrom &) const = default;
};
struct Presence
{
    QString phone;
    bool online = false;
    qint64 lastSeen = 0; // 0: never seen
    bool operator==(const Presence &) const = default;
};
struct SyncDone
{
    int messages = 0;
    int receipts = 0;
    bool more = false;
    bool operator==(const SyncDone &) const = default;
};
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString clientId; // set when the error answers a `send`
    QList<qint64> serverIds; // set when it names ids the session may not act on
    QString fileId; // set when the error is about an upload or download of this file
    quint32 transfer = 0; // set when the error ends or refuses a chunk of this transfer
    bool operator==(const Error &) const = default;
};

// The server has committed what a `delivered`, `read` or `receipt_ack` with this rid asked for
// (ids it refused were named in an `error` before). Sent only when the frame carried a rid.
struct Done
{
    bool operator==(const Done &) const = default;
};

// ---- file transfers ----
// The upload may go on: send binary chunks for `transfer` from `offset` on (everything before it
// is committed), keeping at most `window` bytes sent but not yet confirmed by `upload_progress`.
struct UploadReady
{
    quint32 transfer = 0;
    QString fileId;
    qint64 offset = 0;
    qint64 window = 0;
    bool operator==(const UploadReady &) const = default;
};
// The server has written the upload's bytes up to `offset` to its disk.
struct UploadProgress
{
    quint32 transfer = 0;
    qint64 offset = 0;
    bool operator==(const UploadProgress &) const = default;
};
// The upload is complete, verified and stored; `fileId` can go into a message or status.
struct UploadDone
{
    quint32 transfer = 0;
    QString fileId;
    QString mime; // what the server found in the content
    qint64 size = 0;
    bool operator==(const UploadDone &) const = default;
};
// The bytes of `fileId` from `offset` on follow as binary chunks for `transfer`.
struct DownloadReady
{
    quint32 transfer = 0;
    QString fileId;
    QString name;
    QString mime;
    qint64 size = 0;
    qint64 offset = 0;
    QByteArray sha256; // 32 raw bytes
    bool operator==(const DownloadReady &) const = default;
};

// ---- statuses ----
struct StatusViewEntry
{
    QString viewer; // phone
    qint64 timestamp = 0;
    bool operator==(const StatusViewEntry &) const = default;
};
struct StatusItem
{
    qint64 statusId = 0;
    QString owner; // phone
    QString ownerName;
    qint64 posted = 0;
    qint64 expires = 0;
    StatusKind kind = StatusKind::Text;
    QString text;
    QString background;
    std::optional<FileRef> file;
    bool viewed = false; // this user has reported viewing it
    QList<StatusViewEntry> views; // only on the owner's own statuses
    bool operator==(const StatusItem &) const = default;
};
struct StatusAck
{
    QString clientId;
    qint64 statusId = 0;
    qint64 posted = 0;
    qint64 expires = 0;
    bool operator==(const StatusAck &) const = default;
};
struct StatusList
{
    QList<StatusItem> statuses; // by status id, ascending
    bool more = false; // the server stopped at its page size: ask again with `after`
    bool operator==(const StatusList &) const = default;
};
// A contact posted a status (pushed to their online contacts).
struct StatusPosted
{
    StatusItem status;
    bool operator==(const StatusPosted &) const = default;
};
// A status was deleted by its owner before it expired.
struct StatusRemoved
{
    qint64 statusId = 0;
    QString owner;
    bool operator==(const StatusRemoved &) const = default;
};
// Someone viewed one of this user's statuses.
struct StatusViewed
{
    qint64 statusId = 0;
    QString viewer;
    qint64 timestamp = 0;
    bool operator==(const StatusViewed &) const = default;
};

using ClientFrame = std::variant<Hello, Register, Login, Resume, Logout, Lookup, Send, Delivered,
                                 Read, ReceiptAck, TypingTo, PresenceQuery, Sync, Upload, Download,
                                 Downloaded, TransferCancel, StatusPost, StatusListQuery, StatusView,
                                 StatusDelete>;
using ServerFrame = std::variant<Welcome, AuthOk, LoggedOut, LookupResult, Ack, ChatMessage,
                                 Receipt, TypingFrom, Presence, SyncDone, Error, Done, UploadReady,
                                 UploadProgress, UploadDone, DownloadReady, StatusAck, StatusList,
                                 StatusPosted, StatusRemoved, StatusViewed>;

// A decoded frame plus the optional request id (`rid`) the client attached; the server echoes
// it on the direct reply so a client can match replies to requests.
template<typename Frame>
struct Decoded
{
    Frame frame;
    QJsonValue rid;
};

} // namespace natter::protocol
