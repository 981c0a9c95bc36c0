#include "handlers/ChatHandler.h"

#include "session/Session.h"

#include <QJsonDocument>
#include <QPointer>

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
    if (!accepted->duplicate)
        m_ctx.accounts.addPeers(s.user(), *receiver);
    // Acked and forwarded only once the database has it.
    m_ctx.db.afterCommit([this, session = QPointer<Session>(&s), from = s.phone(), f, rid, accepted = *accepted,
                          receiver = *receiver](bool ok) {
        if (!ok) {
            if (session)
                session->sendError(ErrorCode::Internal, QStringLiteral("the message could not be stored; send it again"),
                                   rid, f.clientId);
            return;
        }
        if (session)
            session->send(Ack {f.clientId, accepted.serverId, accepted.timestamp}, rid);
        if (!accepted.duplicate) // delivered (or queued) the first time; never twice
            m_ctx.router.sendTo(receiver, ChatMessage {accepted.serverId, from, f.to,
                                                       accepted.timestamp, f.content});
    });
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
    if (!result.rejected.isEmpty())
        s.sendError(ErrorCode::NotFound, QStringLiteral("no such message addressed to you"), rid, {}, result.rejected);
    m_ctx.db.afterCommit([this, session = QPointer<Session>(&s), phone = s.phone(), changed = result.changed, rid](bool ok) {
        if (!ok) {
            if (session)
                session->sendError(ErrorCode::Internal, QStringLiteral("the receipt could not be stored; send it again"), rid);
            return;
        }
        for (const PendingReceipt &r : changed)
            m_ctx.router.sendTo(r.senderId, Receipt {r.serverId, r.clientId, phone, r.state, r.timestamp});
        if (session && !rid.isNull())
            session->send(Done {}, rid);
    });
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
    m_ctx.db.afterCommit([session = QPointer<Session>(&s), rid](bool ok) {
        if (!session)
            return;
        if (!ok)
            session->sendError(ErrorCode::Internal, QStringLiteral("the acknowledgement could not be stored"), rid);
        else if (!rid.isNull())
            session->send(Done {}, rid);
    });
}

} // namespace natter::server
