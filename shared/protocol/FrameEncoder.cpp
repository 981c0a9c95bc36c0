#include "protocol/FrameCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace natter::protocol {

namespace {
using Obj = QJsonObject;
QLatin1String k(const char *s) { return QLatin1String(s); }

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(id);
    return a;
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

QJsonObject statusObject(const StatusItem &s)
{
    QJsonObject o {{k("status_id"), s.statusId},
                   {k("owner"), s.owner},
                   {k("posted"), s.posted},
                   {k("expires"), s.expires},
                   {k("kind"), toWireName(s.kind)},
                   {k("viewed"), s.viewed}};
    if (!s.ownerName.isEmpty())
        o.insert(k("owner_name"), s.ownerName);
    if (!s.text.isEmpty())
        o.insert(k("text"), s.text);
    if (!s.background.isEmpty())
        o.insert(k("background"), s.background);
    if (s.file)
        o.insert(k("file"), fileRefObject(*s.file));
    if (!s.views.isEmpty()) {
        QJsonArray views;
        for (const StatusViewEntry &v : s.views)
            views.append(QJsonObject {{k("viewer"), v.viewer}, {k("ts"), v.timestamp}});
        o.insert(k("views"), views);
    }
    return o;
}

QJsonObject limitsObject(const Limits &l)
{
    return {{k("max_text_bytes"), l.maxTextBytes},
            {k("max_frame_bytes"), l.maxControlFrameBytes},
            {k("max_media_bytes"), l.maxMediaBytes},
            {k("max_document_bytes"), l.maxDocumentBytes},
            {k("max_chunk_bytes"), l.maxChunkBytes},
            {k("max_vcard_bytes"), l.maxVCardBytes},
            {k("max_ids_per_frame"), l.maxIdsPerFrame},
            {k("max_phones_per_query"), l.maxPhonesPerQuery},
            {k("sync_batch"), l.syncBatch}};
}

struct Encoder
{
    // client → server
    Obj operator()(const Hello &f) const
    {
        Obj o {{k("type"), k("hello")}, {k("version"), f.version}};
        if (!f.client.isEmpty())
            o.insert(k("client"), f.client);
        return o;
    }
    Obj operator()(const Register &f) const
    {
        return {{k("type"), k("register")}, {k("phone"), f.phone}, {k("name"), f.name}, {k("password"), f.password}};
    }
    Obj operator()(const Login &f) const
    {
        return {{k("type"), k("login")}, {k("phone"), f.phone}, {k("password"), f.password}};
    }
    Obj operator()(const Resume &f) const { return {{k("type"), k("resume")}, {k("token"), f.token}}; }
    Obj operator()(const Logout &) const { return {{k("type"), k("logout")}}; }
    Obj operator()(const Lookup &f) const { return {{k("type"), k("lookup")}, {k("phone"), f.phone}}; }
    Obj operator()(const Send &f) const
    {
        Obj o {{k("type"), k("send")}, {k("client_id"), f.clientId}, {k("to"), f.to}};
        writeContent(o, f.content);
        return o;
    }
    Obj operator()(const Delivered &f) const
    {
        return {{k("type"), k("delivered")}, {k("server_ids"), idArray(f.serverIds)}};
    }
    Obj operator()(const Read &f) const
    {
        return {{k("type"), k("read")}, {k("server_ids"), idArray(f.serverIds)}};
    }
    Obj operator()(const ReceiptAck &f) const
    {
        return {{k("type"), k("receipt_ack")},
                {k("server_ids"), idArray(f.serverIds)},
                {k("state"), toWireName(f.state)}};
    }
    Obj operator()(const TypingTo &f) const
    {
        return {{k("type"), k("typing")}, {k("to"), f.to}, {k("active"), f.active}};
    }
    Obj operator()(const PresenceQuery &f) const
    {
        return {{k("type"), k("presence_query")}, {k("phones"), QJsonArray::fromStringList(f.phones)}};
    }
    Obj operator()(const Sync &) const { return {{k("type"), k("sync")}}; }
    Obj operator()(const Upload &f) const
    {
        Obj o {{k("type"), k("upload")},
               {k("kind"), toWireName(f.kind)},
               {k("name"), f.name},
               {k("size"), f.size},
               {k("sha256"), hex(f.sha256)}};
        if (!f.mime.isEmpty())
            o.insert(k("mime"), f.mime);
        if (!f.fileId.isEmpty())
            o.insert(k("file_id"), f.fileId);
        return o;
    }
    Obj operator()(const Download &f) const
    {
        Obj o {{k("type"), k("download")}, {k("file_id"), f.fileId}};
        if (f.offset > 0)
            o.insert(k("offset"), f.offset);
        return o;
    }
    Obj operator()(const Downloaded &f) const { return {{k("type"), k("downloaded")}, {k("file_id"), f.fileId}}; }
    Obj operator()(const TransferCancel &f) const
    {
        return {{k("type"), k("transfer_cancel")}, {k("transfer"), qint64(f.transfer)}};
    }
    Obj operator()(const StatusPost &f) const
    {
        Obj o {{k("type"), k("status_post")}, {k("client_id"), f.clientId}, {k("kind"), toWireName(f.kind)}};
        if (!f.text.isEmpty())
            o.insert(k("text"), f.text);
        if (!f.background.isEmpty())
            o.insert(k("background"), f.background);
        if (f.file)
            o.insert(k("file"), fileRefObject(*f.file));
        return o;
    }
    Obj operator()(const StatusListQuery &f) const
    {
        Obj o {{k("type"), k("status_list")}};
        if (f.after > 0)
            o.insert(k("after"), f.after);
        return o;
    }
    Obj operator()(const StatusView &f) const
    {
        return {{k("type"), k("status_view")}, {k("status_ids"), idArray(f.statusIds)}};
    }
    Obj operator()(const StatusDelete &f) const
    {
        return {{k("type"), k("status_delete")}, {k("status_id"), f.statusId}};
    }

    // server → client
    Obj operator()(const Welcome &f) const
    {
        return {{k("type"), k("welcome")},
                {k("version"), f.version},
                {k("server"), f.server},
                {k("limits"), limitsObject(f.limits)}};
    }
    Obj operator()(const AuthOk &f) const
    {
        Obj o {{k("type"), k("auth_ok")}, {k("phone"), f.phone}, {k("name"), f.name}};
        if (!f.token.isEmpty())
            o.insert(k("token"), f.token);
        return o;
    }
    Obj operator()(const LoggedOut &) const { return {{k("type"), k("logged_out")}}; }
    Obj operator()(const LookupResult &f) const
    {
        Obj o {{k("type"), k("lookup_result")}, {k("phone"), f.phone}, {k("found"), f.found}};
        if (f.found)
            o.insert(k("name"), f.name);
        return o;
    }
    Obj operator()(const Ack &f) const
    {
        return {{k("type"), k("ack")},
                {k("client_id"), f.clientId},
                {k("server_id"), f.serverId},
                {k("ts"), f.timestamp}};
    }
    Obj operator()(const ChatMessage &f) const
    {
        Obj o {{k("type"), k("message")},
               {k("server_id"), f.serverId},
               {k("from"), f.from},
               {k("to"), f.to},
               {k("ts"), f.timestamp}};
        writeContent(o, f.content);
        return o;
    }
    Obj operator()(const Receipt &f) const
    {
        return {{k("type"), k("receipt")},
                {k("server_id"), f.serverId},
                {k("client_id"), f.clientId},
                {k("peer"), f.peer},
                {k("state"), toWireName(f.state)},
                {k("ts"), f.timestamp}};
    }
    Obj operator()(const TypingFrom &f) const
    {
        return {{k("type"), k("typing")}, {k("from"), f.from}, {k("active"), f.active}};
    }
    Obj operator()(const Presence &f) const
    {
        Obj o {{k("type"), k("presence")}, {k("phone"), f.phone}, {k("online"), f.online}};
        if (f.lastSeen > 0)
            o.insert(k("last_seen"), f.lastSeen);
        return o;
    }
    Obj operator()(const SyncDone &f) const
    {
        return {{k("type"), k("sync_done")},
                {k("messages"), f.messages},
                {k("receipts"), f.receipts},
                {k("more"), f.more}};
    }
    Obj operator()(const Done &) const { return {{k("type"), k("done")}}; }
    Obj operator()(const UploadReady &f) const
    {
        return {{k("type"), k("upload_ready")},
                {k("transfer"), qint64(f.transfer)},
                {k("file_id"), f.fileId},
                {k("offset"), f.offset},
                {k("window"), f.window}};
    }
    Obj operator()(const UploadProgress &f) const
    {
        return {{k("type"), k("upload_progress")}, {k("transfer"), qint64(f.transfer)}, {k("offset"), f.offset}};
    }
    Obj operator()(const UploadDone &f) const
    {
        return {{k("type"), k("upload_done")},
                {k("transfer"), qint64(f.transfer)},
                {k("file_id"), f.fileId},
                {k("mime"), f.mime},
                {k("size"), f.size}};
    }
    Obj operator()(const DownloadReady &f) const
    {
        Obj o {{k("type"), k("download_ready")},
               {k("transfer"), qint64(f.transfer)},
               {k("file_id"), f.fileId},
               {k("mime"), f.mime},
               {k("size"), f.size},
               {k("offset"), f.offset},
               {k("sha256"), hex(f.sha256)}};
        if (!f.name.isEmpty())
            o.insert(k("name"), f.name);
        return o;
    }
    Obj operator()(const StatusAck &f) const
    {
        return {{k("type"), k("status_ack")},
                {k("client_id"), f.clientId},
                {k("status_id"), f.statusId},
                {k("posted"), f.posted},
                {k("expires"), f.expires}};
    }
    Obj operator()(const StatusList &f) const
    {
        QJsonArray items;
        for (const StatusItem &s : f.statuses)
            items.append(statusObject(s));
        return {{k("type"), k("status_list")}, {k("statuses"), items}, {k("more"), f.more}};
    }
    Obj operator()(const StatusPosted &f) const
    {
        return {{k("type"), k("status")}, {k("status"), statusObject(f.status)}};
    }
    Obj operator()(const StatusRemoved &f) const
    {
        return {{k("type"), k("status_removed")}, {k("status_id"), f.statusId}, {k("owner"), f.owner}};
    }
    Obj operator()(const StatusViewed &f) const
    {
        return {{k("type"), k("status_viewed")},
                {k("status_id"), f.statusId},
                {k("viewer"), f.viewer},
                {k("ts"), f.timestamp}};
    }
    Obj operator()(const Error &f) const
    {
        Obj o {{k("type"), k("error")}, {k("code"), toWireName(f.code)}, {k("message"), f.message}};
        if (!f.clientId.isEmpty())
            o.insert(k("client_id"), f.clientId);
        if (!f.serverIds.isEmpty())
            o.insert(k("server_ids"), idArray(f.serverIds));
        if (!f.fileId.isEmpty())
            o.insert(k("file_id"), f.fileId);
        if (f.transfer != 0)
            o.insert(k("transfer"), qint64(f.transfer));
        return o;
    }
};

template<typename Variant>
QByteArray encodeVariant(const Variant &frame, const QJsonValue &rid)
{
    QJsonObject obj = std::visit(Encoder {}, frame);
    if (!rid.isUndefined() && !rid.isNull())
        obj.insert(k("rid"), rid);
    return QJsonDocument(obj).toJson(QJsonDocument::Compact);
}
} // namespace

QString toWireName(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Sent:
        return QStringLiteral("sent");
    case DeliveryState::Delivered:
        return QStringLiteral("delivered");
    case DeliveryState::Read:
        return QStringLiteral("read");
    }
    return QStringLiteral("sent");
}

QString toWireName(FileKind kind)
{
    return kind == FileKind::Media ? QStringLiteral("media") : QStringLiteral("document");
}

std::optional<FileKind> fileKindFromWire(const QString &name)
{
    if (name == QLatin1String("media"))
        return FileKind::Media;
    if (name == QLatin1String("document"))
        return FileKind::Document;
    return std::nullopt;
}

QString toWireName(StatusKind kind)
{
    return kind == StatusKind::Media ? QStringLiteral("media") : QStringLiteral("text");
}

std::optional<StatusKind> statusKindFromWire(const QString &name)
{
    if (name == QLatin1String("text"))
        return StatusKind::Text;
    if (name == QLatin1String("media"))
        return StatusKind::Media;
    return std::nullopt;
}

std::optional<DeliveryState> deliveryStateFromWire(const QString &name)
{
    if (name == QLatin1String("sent"))
        return DeliveryState::Sent;
    if (name == QLatin1String("delivered"))
        return DeliveryState::Delivered;
    if (name == QLatin1String("read"))
        return DeliveryState::Read;
    return std::nullopt;
}

QByteArray FrameCodec::encode(const ClientFrame &frame, const QJsonValue &rid) const
{
    return encodeVariant(frame, rid);
}

QByteArray FrameCodec::encode(const ServerFrame &frame, const QJsonValue &rid) const
{
    return encodeVariant(frame, rid);
}

} // namespace natter::protocol
