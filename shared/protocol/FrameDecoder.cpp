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

bool isFileIdChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
        || c == u'-' || c == u'_';
}

QString readFileId(JsonReader &r, const char *key, bool required = true)
{
    const QString id = r.string(key, 64, required);
    if (r.ok() && (required || !id.isEmpty())
        && (id.isEmpty() || !std::all_of(id.begin(), id.end(), isFileIdChar)))
        r.fail(ErrorCode::BadField, QStringLiteral("field '%1' is not a file id").arg(QLatin1String(key)));
    return id;
}

quint32 readTransfer(JsonReader &r)
{
    return quint32(r.integer("transfer", 1, 0xffffffffLL));
}

QByteArray readSha256(JsonReader &r, bool required = true)
{
    const QString hex = r.string("sha256", 64, required);
    if (!r.ok() || (!required && hex.isEmpty()))
        return {};
    const bool wellFormed = hex.size() == 64
        && std::all_of(hex.begin(), hex.end(), [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
    if (!wellFormed) {
        r.fail(ErrorCode::BadField, QStringLiteral("field 'sha256' must be 64 lowercase hex digits"));
        return {};
    }
    return QByteArray::fromHex(hex.toLatin1());
}

// "#rrggbb", lowercase or uppercase hex.
bool isColour(const QString &s)
{
    return s.size() == 7 && s.at(0) == u'#'
        && std::all_of(s.begin() + 1, s.end(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
           });
}

StatusItem readStatusItem(const QJsonObject &obj, JsonReader &outer, const Limits &limits)
{
    JsonReader r(obj);
    StatusItem s;
    s.statusId = r.integer("status_id", 1, kMaxId);
    s.owner = readPhone(r, "owner");
    s.ownerName = r.string("owner_name", kMaxNameChars * 4, false);
    s.posted = r.integer("posted", 0, kMaxTime);
    s.expires = r.integer("expires", 0, kMaxTime);
    const QString kind = r.string("kind", 32);
    if (r.ok()) {
        if (const auto k = statusKindFromWire(kind))
            s.kind = *k;
        else
            r.fail(ErrorCode::BadField, QStringLiteral("unknown status kind '%1'").arg(kind));
    }
    s.text = r.text("text", limits.maxTextBytes, false);
    s.background = r.string("background", 7, false);
    if (r.ok() && !s.background.isEmpty() && !isColour(s.background))
        r.fail(ErrorCode::BadField, QStringLiteral("field 'background' must be a colour like #1e88e5"));
    if (r.ok() && s.kind == StatusKind::Media)
        s.file = readFileRef(r, limits, MessageKind::Media);
    s.viewed = r.boolean("viewed", false, false);
    const auto views = r.objectList("views", 1000000, false);
    for (const QJsonObject &v : views) {
        JsonReader vr(v);
        StatusViewEntry e;
        e.viewer = readPhone(vr, "viewer");
        e.timestamp = vr.integer("ts", 0, kMaxTime);
        if (!vr.ok()) {
            r.fail(vr.errorCode(), QStringLiteral("views: ") + vr.errorMessage());
            break;
        }
        s.views.append(e);
    }
    if (!r.ok())
        outer.fail(r.errorCode(), QStringLiteral("status: ") + r.errorMessage());
    return s;
}

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
        {QStringLiteral("upload"),
         [](JsonReader &r, const Limits &limits) -> ClientFrame {
             Upload f;
             const QString kind = r.string("kind", 32);
             if (r.ok()) {
                 if (const auto k = fileKindFromWire(kind))
                     f.kind = *k;
                 else
                     r.fail(ErrorCode::BadField, QStringLiteral("field 'kind' must be 'media' or 'document'"));
             }
             f.name = r.string("name", kMaxFileNameChars);
             if (r.ok() && (f.name.trimmed().isEmpty() || f.name.contains(u'/') || f.name.contains(u'\\')
                            || std::any_of(f.name.begin(), f.name.end(), [](QChar c) { return c.category() == QChar::Other_Control; })))
                 r.fail(ErrorCode::BadField, QStringLiteral("field 'name' must be a file name without a path or control characters"));
             f.mime = r.string("mime", kMaxMimeChars, false);
             f.size = r.integer("size", 1, kMaxId);
             const qint64 max = f.kind == FileKind::Media ? limits.maxMediaBytes : limits.maxDocumentBytes;
             if (r.ok() && f.size > max)
                 r.fail(ErrorCode::TooLarge,
                        QStringLiteral("the file has %1 bytes; %2 files may have at most %3 bytes")
                            .arg(f.size).arg(kind).arg(max));
             f.sha256 = readSha256(r);
             f.fileId = readFileId(r, "file_id", false);
             return f;
         }},
        {QStringLiteral("download"),
         [](JsonReader &r, const Limits &) -> ClientFrame {
             Download f;
             f.fileId = readFileId(r, "file_id");
             f.offset = r.integer("offset", 0, kMaxId, false);
             return f;
         }},
        {QStringLiteral("downloaded"),
         [](JsonReader &r, const Limits &) -> ClientFrame { return Downloaded {readFileId(r, "file_id")}; }},
        {QStringLiteral("transfer_cancel"),
         [](JsonReader &r, const Limits &) -> ClientFrame { return TransferCancel {readTransfer(r)}; }},
        {QStringLiteral("status_post"),
         [](JsonReader &r, const Limits &limits) -> ClientFrame {
             StatusPost f;
             f.clientId = readClientId(r);
             const QString kind = r.string("kind", 32);
             if (r.ok()) {
                 if (const auto k = statusKindFromWire(kind))
                     f.kind = *k;
                 else
                     r.fail(ErrorCode::BadField, QStringLiteral("field 'kind' must be 'text' or 'media'"));
             }
             f.text = r.text("text", limits.maxTextBytes, f.kind == StatusKind::Text);
             if (r.ok() && f.kind == StatusKind::Text) {
                 if (f.text.trimmed().isEmpty())
                     r.fail(ErrorCode::BadField, QStringLiteral("a text status needs a non-empty 'text'"));
                 f.background = r.string("background", 7);
                 if (r.ok() && !isColour(f.background))
                     r.fail(ErrorCode::BadField, QStringLiteral("field 'background' must be a colour like #1e88e5"));
             }
             if (r.ok() && f.kind == StatusKind::Media)
                 f.file = readFileRef(r, limits, MessageKind::Media);
             return f;
         }},
        {QStringLiteral("status_list"),
         [](JsonReader &r, const Limits &) -> ClientFrame {
             return StatusListQuery {r.integer("after", 0, kMaxId, false, 0)};
         }},
        {QStringLiteral("status_view"),
         [](JsonReader &r, const Limits &limits) -> ClientFrame {
             return StatusView {r.idList("status_ids", limits.maxIdsPerFrame)};
         }},
        {QStringLiteral("status_delete"),
         [](JsonReader &r, const Limits &) -> ClientFrame { return StatusDelete {r.integer("status_id", 1, kMaxId)}; }},
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
        {QStringLiteral("upload_ready"),
         [](JsonReader &r, const Limits &) -> ServerFrame {
             UploadReady f;
             f.transfer = readTransfer(r);
             f.fileId = readFileId(r, "file_id");
             f.offset = r.integer("offset", 0, kMaxId);
             f.window = r.integer("window", 1, kMaxId);
             return f;
         }},
        {QStringLiteral("upload_progress"),
         [](JsonReader &r, const Limits &) -> ServerFrame {
             UploadProgress f;
             f.transfer = readTransfer(r);
             f.offset = r.integer("offset", 0, kMaxId);
             return f;
         }},
        {QStringLiteral("upload_done"),
         [](JsonReader &r, const Limits &) -> ServerFrame {
             UploadDone f;
             f.transfer = readTransfer(r);
             f.fileId = readFileId(r, "file_id");
             f.mime = r.string("mime", kMaxMimeChars);
             f.size = r.integer("size", 1, kMaxId);
             return f;
         }},
        {QStringLiteral("download_ready"),
         [](JsonReader &r, const Limits &) -> ServerFrame {
             DownloadReady f;
             f.transfer = readTransfer(r);
             f.fileId = readFileId(r, "file_id");
             f.name = r.string("name", kMaxFileNameChars, false);
             f.mime = r.string("mime", kMaxMimeChars);
             f.size = r.integer("size", 1, kMaxId);
             f.offset = r.integer("offset", 0, kMaxId);
             f.sha256 = readSha256(r);
             return f;
         }},
        {QStringLiteral("status_ack"),
         [](JsonReader &r, const Limits &) -> ServerFrame {
             StatusAck f;
             f.clientId = readClientId(r);
             f.statusId = r.integer("status_id", 1, kMaxId);
             f.posted = r.integer("posted", 0, kMaxTime);
             f.expires = r.integer("expires", 0, kMaxTime);
             return f;
         }},
        {QStringLiteral("status_list"),
         [](JsonReader &r, const Limits &limits) -> ServerFrame {
             StatusList f;
             const auto items = r.objectList("statuses", 1000000);
             for (const QJsonObject &item : items) {
                 if (!r.ok())
                     break;
                 f.statuses.append(readStatusItem(item, r, limits));
             }
             f.more = r.boolean("more", false);
             return f;
         }},
        {QStringLiteral("status"),
         [](JsonReader &r, const Limits &limits) -> ServerFrame {
             StatusPosted f;
             const QJsonObject obj = r.object("status");
             if (r.ok())
                 f.status = readStatusItem(obj, r, limits);
             return f;
         }},
        {QStringLiteral("status_removed"),
         [](JsonReader &r, const Limits &) -> ServerFrame {
             StatusRemoved f;
             f.statusId = r.integer("status_id", 1, kMaxId);
             f.owner = readPhone(r, "owner");
             return f;
         }},
        {QStringLiteral("status_viewed"),
         [](JsonReader &r, const Limits &) -> ServerFrame {
             StatusViewed f;
             f.statusId = r.integer("status_id", 1, kMaxId);
             f.viewer = readPhone(r, "viewer");
             f.timestamp = r.integer("ts", 0, kMaxTime);
             return f;
         }},
        {QStringLiteral("error"),
         [](JsonReader &r, const Limits &) -> ServerFrame {
             Error f;
             const QString code = r.string("code", 64);
             f.message = r.string("message", 4096, false);
             f.clientId = r.string("client_id", 38, false);
             if (r.has("server_ids"))
                 f.serverIds = r.idList("server_ids", 1000000);
             f.fileId = readFileId(r, "file_id", false);
             f.transfer = quint32(r.integer("transfer", 1, 0xffffffffLL, false));
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
