#pragma once

#include "handlers/ServerContext.h"

namespace natter::server {

class Session;

// send, delivered, read, receipt_ack: the message life cycle. Persist first, then ack, then
// deliver; receipts travel back to the sender the same way.
class ChatHandler final
{
public:
    explicit ChatHandler(ServerContext &ctx) : m_ctx(ctx) { }
    Q_DISABLE_COPY_MOVE(ChatHandler)

    void handle(Session &s, const protocol::Send &f, const QJsonValue &rid);
    void handle(Session &s, const protocol::Delivered &f, const QJsonValue &rid);
    void handle(Session &s, const protocol::Read &f, const QJsonValue &rid);
    void handle(Session &s, const protocol::ReceiptAck &f, const QJsonValue &rid);

private:
    // A media/document message's content with name, mime and size from the server's record of
    // its file; nullopt (after the error went out) when the file is not the sender's to send.
    std::optional<protocol::MessageContent> withServerFile(Session &s, const protocol::Send &f, const QJsonValue &rid);
    void advance(Session &s, const QList<qint64> &ids, protocol::DeliveryState state, const QJsonValue &rid);

    ServerContext &m_ctx;
};

} // namespace natter::server
