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
    Obj operator()(const Error &f) const
    {
        Obj o {{k("type"), k("error")}, {k("code"), toWireName(f.code)}, {k("message"), f.message}};
        if (!f.clientId.isEmpty())
            o.insert(k("client_id"), f.clientId);
        if (!f.serverIds.isEmpty())
            o.insert(k("server_ids"), idArray(f.serverIds));
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
