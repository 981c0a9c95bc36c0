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
    bool operator==(const Error &) const = default;
};

// The server has committed what a `delivered`, `read` or `receipt_ack` with this rid asked for
// (ids it refused were named in an `error` before). Sent only when the frame carried a rid.
struct Done
{
    bool operator==(const Done &) const = default;
};

using ClientFrame = std::variant<Hello, Register, Login, Resume, Logout, Lookup, Send, Delivered,
                                 Read, ReceiptAck, TypingTo, PresenceQuery, Sync>;
using ServerFrame = std::variant<Welcome, AuthOk, LoggedOut, LookupResult, Ack, ChatMessage,
                                 Receipt, TypingFrom, Presence, SyncDone, Error, Done>;

// A decoded frame plus the optional request id (`rid`) the client attached; the server echoes
// it on the direct reply so a client can match replies to requests.
template<typename Frame>
struct Decoded
{
    Frame frame;
    QJsonValue rid;
};

} // namespace natter::protocol
