#include "protocol/FrameCodec.h"
#include "protocol/JsonReader.h"
#include "protocol/Phone.h"
#include "protocol/ProtocolVersion.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <cmath>
#include <functional>
#include <utility>

namespace natter::protocol {

namespace {
constexpr qint64 kMaxId = 9007199254740991; // 2^53 - 1: exact in every JSON implementation
constexpr qint64 kMaxTime = 253402300799999; // 9999-12-31

QString readPhone(JsonReader &r, const char *key)
{
    // Anything that is not E.164 is an invalid phone number, however long.
    const QString phone = r.string(key, 1 << 20);
    if (r.ok() && !isValidPhone(phone))
        r.fail(ErrorCode::InvalidPhone,
               QStringLiteral("field '%1' is not an E.164 phone number").arg(QLatin1String(key)));
    return phone;
}

// The canonical 36-character form ("123e4567-e89b-12d3-a456-426614174000"), nothing around it.
bool isClientId(const QString &id)
{
    return id.size() == 36 && !QUuid::fromString(id).isNull();
}

QString readClientId(JsonReader &r)
{
    const QString id = r.string("client_id", 1024);
    if (r.ok() && !isClientId(id))
        r.fail(ErrorCode::BadField, QStringLiteral("field 'client_id' must be a UUID like 123e4567-e89b-12d3-a456-426614174000"));
    return id;
}

DeliveryState readState(JsonReader &r, bool allowSent)
{
    const QString name = r.string("state", 16);
    const auto state = deliveryStateFromWire(name);
    if (r.ok() && (!state || (!allowSent && *state == DeliveryState::Sent)))
        r.fail(ErrorCode::BadField, QStringLiteral("field 'state' must be 'delivered' or 'read'"));
    return state.value_or(DeliveryState::Delivered);
}

template<typename Frame>
using Reader = std::function<Frame(JsonReader &, const Limits &)>;

// ---- client frames ----
const QHash<QString, Reader<ClientFrame>> &clientReaders()
{
    static const QHash<QString, Reader<ClientFrame>> table {
        {QStringLiteral("hello"),
         [](JsonReader &r, const Limits &) -> ClientFrame {
             Hello f;
             f.version = int(r.integer("version", 0, 1000000));
             f.client = r.string("client", kMaxClientNameChars, false);
             return f;
         }},
        {QStringLiteral("register"),
         [](JsonReader &r, const Limits &) -> ClientFrame {
             Register f;
             f.phone = readPhone(r, "phone");
             f.name = r.string("name", 1024); // the server says invalid_name beyond kMaxNameChars
             f.password = r.text("password", kMaxPasswordBytes);
             return f;
         }},
        {QStringLiteral("login"),
         [](JsonReader &r, const Limits &) -> ClientFrame {
             Login f;
             f.phone = readPhone(r, "phone");
             f.password = r.text("password", kMaxPasswordBytes);
             return f;
         }},
        {QStringLiteral("resume"),
         [](JsonReader &r, const Limits &) -> ClientFrame {
             return Resume {r.string("token", 1024)}; // a wrong token of any length is bad_token
         }},
        {QStringLiteral("logout"), [](JsonReader &, const Limits &) -> ClientFrame { return Logout {}; }},
        {QStringLiteral("lookup"),
         [](JsonReader &r, const Limits &) -> ClientFrame { return Lookup {readPhone(r, "phone")}; }},
        {QStringLiteral("send"),
         [](JsonReader &r, const Limits &limits) -> ClientFrame {
             Send f;
             f.clientId = readClientId(r);
             f.to = readPhone(r, "to");
             if (r.ok())
                 f.content = readContent(r, limits);
             return f;
         }},
        {QStringLiteral("delivered"),
         [](JsonReader &r, const Limits &limits) -> ClientFrame {
             return Delivered {r.idList("server_ids", limits.maxIdsPerFrame)};
         }},
        {QStringLiteral("read"),
         [](JsonReader &r, const Limits &limits) -> ClientFrame {
             return Read {r.idList("server_ids", limits.maxIdsPerFrame)};
         }},
        {QStringLiteral("receipt_ack"),
         [](JsonReader &r, const Limits &limits) -> ClientFrame {
             ReceiptAck f;
             f.serverIds = r.idList("server_ids", limits.maxIdsPerFrame);
             f.state = readState(r, false);
             return f;
         }},
        {QStringLiteral("typing"),
         [](JsonReader &r, const Limits &) -> ClientFrame {
             TypingTo f;
             f.to = readPhone(r, "to");
             f.active = r.boolean("active");
             return f;
         }},
        {QStringLiteral("presence_query"),
         [](JsonReader &r, const Limits &limits) -> ClientFrame {
             PresenceQuery f;
             f.phones = r.stringList("phones", limits.maxPhonesPerQuery, 1 << 20);
             for (const QString &p : std::as_const(f.phones)) {
                 if (r.ok() && !isValidPhone(p))
                     r.fail(ErrorCode::InvalidPhone, QStringLiteral("'%1' is not an E.164 phone number").arg(p));
             }
             return f;
         }},
        {QStringLiteral("sync"), [](JsonReader &, const Limits &) -> ClientFrame { return Sync {}; }},
    };
    return table;
}

// ---- server frames ----
Limits readLimits(JsonReader &outer)
{
    JsonReader r(outer.object("limits"));
    Limits l;
    l.maxTextBytes = r.integer("max_text_bytes", 1, kMaxId);
    l.maxControlFrameBytes = r.integer("max_frame_bytes", 1, kMaxId);
    l.maxMediaBytes = r.integer("max_media_bytes", 0, kMaxId);
    l.maxDocumentBytes = r.integer("max_document_bytes", 0, kMaxId);
    l.maxChunkBytes = r.integer("max_chunk_bytes", 1, kMaxId);
    l.maxVCardBytes = r.integer("max_vcard_bytes", 1, kMaxId);
    l.maxIdsPerFrame = int(r.integer("max_ids_per_frame", 1, 1000000));
    l.maxPhonesPerQuery = int(r.integer("max_phones_per_query", 1, 1000000));
    l.syncBatch = int(r.integer("sync_batch", 1, 1000000));
    if (!r.ok())
        outer.fail(r.errorCode(), QStringLiteral("limits: ") + r.errorMessage());
    return l;
}

const QHash<QString, Reader<ServerFrame>> &serverReaders()
{
    static const QHash<QString, Reader<ServerFrame>> table {
        {QStringLiteral("welcome"),
         [](JsonReader &r, const Limits &) -> ServerFrame {
             Welcome f;
             f.version = int(r.integer("version", 0, 1000000));
             f.server = r.string("server", kMaxClientNameChars, false);
             f.limits = readLimits(r);
             return f;
         }},
        {QStringLiteral("auth_ok"),
         [](JsonReader &r, const Limits &) -> ServerFrame {
             AuthOk f;
             f.phone = readPhone(r, "phone");
             f.name = r.string("name", kMaxNameChars * 4);
             f.token = r.string("token", kMaxTokenChars, false);
             return f;
         }},
        {QStringLiteral("logged_out"), [](JsonReader &, const Limits &) -> ServerFrame { return LoggedOut {}; }},
        {QStringLiteral("lookup_result"),
         [](JsonReader &r, const Limits &) -> ServerFrame {
             LookupResult f;
             f.phone = readPhone(r, "phone");
             f.found = r.boolean("found");
             f.name = r.string("name", kMaxNameChars * 4, f.found);
             return f;
         }},
        {QStringLiteral("ack"),
         [](JsonReader &r, const Limits &) -> ServerFrame {
             Ack f;
             f.clientId = readClientId(r);
             f.serverId = r.integer("server_id", 1, kMaxId);
             f.timestamp = r.integer("ts", 0, kMaxTime);
             return f;
         }},
        {QStringLiteral("message"),
         [](JsonReader &r, const Limits &limits) -> ServerFrame {
             ChatMessage f;
             f.serverId = r.integer("server_id", 1, kMaxId);
             f.from = readPhone(r, "from");
             f.to = readPhone(r, "to");
             f.timestamp = r.integer("ts", 0, kMaxTime);
             if (r.ok())
                 f.content = readContent(r, limits);
             return f;
         }},
        {QStringLiteral("receipt"),
         [](JsonReader &r, const Limits &) -> ServerFrame {
             Receipt f;
             f.serverId = r.integer("server_id", 1, kMaxId);
             f.clientId = readClientId(r);
             f.peer = readPhone(r, "peer");
             f.state = readState(r, false);
             f.timestamp = r.integer("ts", 0, kMaxTime);
             return f;
         }},
        {QStringLiteral("typing"),
         [](JsonReader &r, const Limits &) -> ServerFrame {
             TypingFrom f;
             f.from = readPhone(r, "from");
             f.active = r.boolean("active");
             return f;
         }},
        {QStringLiteral("presence"),
         [](JsonReader &r, const Limits &) -> ServerFrame {
             Presence f;
             f.phone = readPhone(r, "phone");
             f.online = r.boolean("online");
             f.lastSeen = r.integer("last_seen", 0, kMaxTime, false);
             return f;
         }},
        {QStringLiteral("sync_done"),
         [](JsonReader &r, const Limits &) -> ServerFrame {
             SyncDone f;
             f.messages = int(r.integer("messages", 0, 1000000));
             f.receipts = int(r.integer("receipts", 0, 1000000));
             f.more = r.boolean("more");
             return f;
         }},
        {QStringLiteral("done"), [](JsonReader &, const Limits &) -> ServerFrame { return Done {}; }},
        {QStringLiteral("error"),
         [](JsonReader &r, const Limits &) -> ServerFrame {
             Error f;
             const QString code = r.string("code", 64);
             f.message = r.string("message", 4096, false);
             f.clientId = r.string("client_id", 38, false);
             if (r.has("server_ids"))
                 f.serverIds = r.idList("server_ids", 1000000);
             // A code from a newer server is still an error; it reads as "internal" here.
             if (r.ok() && !fromWireName(code, &f.code))
                 f.code = ErrorCode::Internal;
             return f;
         }},
    };
    return table;
}

DecodeError refuse(ErrorCode code, const QString &message, const QJsonValue &rid = {})
{
    return DecodeError {code, message, rid, {}};
}

template<typename Frame>
DecodeResult<Frame> decodeWith(const QHash<QString, Reader<Frame>> &readers, const QByteArray &json,
                               const Limits &limits)
{
    if (json.size() > limits.maxControlFrameBytes)
        return refuse(ErrorCode::TooLarge,
                            QStringLiteral("frame is larger than %1 bytes").arg(limits.maxControlFrameBytes));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refuse(ErrorCode::BadFrame,
                            QStringLiteral("not valid JSON: %1").arg(parseError.errorString()));
    if (!doc.isObject())
        return refuse(ErrorCode::BadFrame, QStringLiteral("a frame must be a JSON object"));

    const QJsonObject obj = doc.object();
    QJsonValue rid = obj.value(QLatin1String("rid"));
    if (rid.isUndefined() || rid.isNull()) {
        rid = QJsonValue();
    } else if (!(rid.isString() && rid.toString().size() <= kMaxRidChars)
               && !(rid.isDouble() && std::abs(rid.toDouble()) <= double(kMaxId)
                    && rid.toDouble() == std::floor(rid.toDouble()))) {
        return refuse(ErrorCode::BadField,
                            QStringLiteral("field 'rid' must be a whole number or a string of at most %1 characters")
                                .arg(kMaxRidChars));
    }

    const QJsonValue type = obj.value(QLatin1String("type"));
    if (!type.isString())
        return refuse(ErrorCode::BadField, QStringLiteral("field 'type' is missing"), rid);
    const auto it = readers.constFind(type.toString());
    if (it == readers.constEnd())
        return refuse(ErrorCode::UnknownType,
                            QStringLiteral("unknown frame type '%1'").arg(type.toString().left(64)), rid);

    JsonReader reader(obj);
    Frame frame = (*it)(reader, limits);
    if (!reader.ok()) {
        DecodeError error {reader.errorCode(), reader.errorMessage(), rid, {}};
        const QJsonValue clientId = obj.value(QLatin1String("client_id"));
        if (type.toString() == QLatin1String("send") && clientId.isString() && isClientId(clientId.toString()))
            error.clientId = clientId.toString();
        return error;
    }
    return Decoded<Frame> {std::move(frame), rid};
}
} // namespace

DecodeResult<ClientFrame> FrameCodec::decodeClient(const QByteArray &json) const
{
    return decodeWith(clientReaders(), json, m_limits);
}

DecodeResult<ServerFrame> FrameCodec::decodeServer(const QByteArray &json) const
{
    // A client accepts whatever the server says it allows, so it checks frames against the
    // largest values the protocol permits, not against its own defaults.
    Limits lenient = m_limits;
    lenient.maxControlFrameBytes = std::max<qint64>(m_limits.maxControlFrameBytes, 16 * kMiB);
    return decodeWith(serverReaders(), json, lenient);
}

} // namespace natter::protocol
