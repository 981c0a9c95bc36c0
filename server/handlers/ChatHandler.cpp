#include "handlers/ChatHandler.h"

#include "session/Session.h"

#include <QJsonDocument>

namespace natter::server {

using namespace natter::protocol;

namespace {
QByteArray encodeContent(const MessageContent &content)
{
    QJsonObject obj;
    writeContent(obj, content);
    return QJsonDocument(obj).toJson(QJsonDocument::Compact);
}

} // namespace

void ChatHandler::handle(Session &s, const Send &f, const QJsonValue &rid)
{
    if (f.content.kind == MessageKind::Media || f.content.kind == MessageKind::Document) {
        s.sendError(ErrorCode::NotSupported, QStringLiteral("file messages are not available on this server yet"),
                    rid, f.clientId);
        return;
    }
    const auto receiver = m_ctx.accounts.idOf(f.to);
    if (!receiver) {
        s.sendError(ErrorCode::UnknownUser, QStringLiteral("%1 is not on Natter").arg(f.to), rid, f.clientId);
        return;
    }
    const auto accepted = m_ctx.messages.accept(s.user(), *receiver, f.clientId, encodeContent(f.content),
                                                ServerContext::now());
    if (!accepted) {
        s.sendError(ErrorCode::Internal, QStringLiteral("the message could not be stored; send it again"), rid,
                    f.clientId);
        return;
    }
    s.send(Ack {f.clientId, accepted->serverId, accepted->timestamp}, rid);
    if (accepted->duplicate)
        return; // delivered (or queued) the first time; never twice
    m_ctx.accounts.addPeers(s.user(), *receiver);
    m_ctx.router.sendTo(*receiver, ChatMessage {accepted->serverId, s.phone(), f.to, accepted->timestamp, f.content});
}

void ChatHandler::handle(Session &s, const Delivered &f, const QJsonValue &rid)
{
    advance(s, f.serverIds, DeliveryState::Delivered, rid);
}

void ChatHandler::handle(Session &s, const Read &f, const QJsonValue &rid)
{
    advance(s, f.serverIds, DeliveryState::Read, rid);
}

void ChatHandler::advance(Session &s, const QList<qint64> &ids, DeliveryState state, const QJsonValue &rid)
{
    const auto result = m_ctx.messages.advance(s.user(), ids, state, ServerContext::now());
    if (result.failed) {
        s.sendError(ErrorCode::Internal, QStringLiteral("the receipt could not be stored; send it again"), rid);
        return;
    }
    for (const PendingReceipt &r : result.changed)
        m_ctx.router.sendTo(r.senderId, Receipt {r.serverId, r.clientId, s.phone(), r.state, r.timestamp});
    if (!result.rejected.isEmpty())
        s.sendError(ErrorCode::NotFound, QStringLiteral("no such message addressed to you"), rid, {}, result.rejected);
}

void ChatHandler::handle(Session &s, const ReceiptAck &f, const QJsonValue &rid)
{
    const auto result = m_ctx.messages.acknowledge(s.user(), f.serverIds, f.state);
    if (result.failed) {
        s.sendError(ErrorCode::Internal, QStringLiteral("the acknowledgement could not be stored"), rid);
        return;
    }
    if (!result.rejected.isEmpty())
        s.sendError(ErrorCode::NotFound, QStringLiteral("no such message sent by you"), rid, {}, result.rejected);
}

} // namespace natter::server
