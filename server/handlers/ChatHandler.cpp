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

std::optional<MessageContent> ChatHandler::withServerFile(Session &s, const Send &f, const QJsonValue &rid)
{
    MessageContent content = f.content;
    if (!content.file) {
        s.sendError(ErrorCode::BadField, QStringLiteral("a media or document message needs a file"), rid, f.clientId);
        return std::nullopt;
    }
    const auto record = m_ctx.files.find(content.file->fileId);
    // Only the sender's own finished uploads: an id seen elsewhere gives no access to the file.
    if (!record || !record->stored || record->owner != s.user()) {
        s.send(Error {ErrorCode::NotFound, QStringLiteral("no uploaded file with this id"), f.clientId, {},
                      content.file->fileId, 0},
               rid);
        return std::nullopt;
    }
    const FileKind kind = content.kind == MessageKind::Media ? FileKind::Media : FileKind::Document;
    if (record->kind != kind) {
        s.send(Error {ErrorCode::BadField,
                      QStringLiteral("the file was uploaded as %1, not as %2").arg(toWireName(record->kind), toWireName(kind)),
                      f.clientId, {}, content.file->fileId, 0},
               rid);
        return std::nullopt;
    }
    // The receiver sees what the server stored, not what the sender claims.
    content.file->name = record->name;
    content.file->mime = record->mime;
    content.file->size = record->size;
    return content;
}

void ChatHandler::handle(Session &s, const Send &f, const QJsonValue &rid)
{
    const bool withFile = f.content.kind == MessageKind::Media || f.content.kind == MessageKind::Document;
    std::optional<MessageContent> content = f.content;
    if (withFile && !(content = withServerFile(s, f, rid)))
        return;
    const auto receiver = m_ctx.accounts.idOf(f.to);
    if (!receiver) {
        s.sendError(ErrorCode::UnknownUser, QStringLiteral("%1 is not on Natter").arg(f.to), rid, f.clientId);
        return;
    }
    const auto accepted = m_ctx.messages.accept(s.user(), *receiver, f.clientId, encodeContent(*content),
                                                ServerContext::now());
    if (!accepted || (withFile && !m_ctx.files.grantAccess(content->file->fileId, *receiver))) {
        s.sendError(ErrorCode::Internal, QStringLiteral("the message could not be stored; send it again"), rid,
                    f.clientId);
        return;
    }
    if (!accepted->duplicate)
        m_ctx.accounts.addPeers(s.user(), *receiver);
    // Acked and forwarded only once the database has it.
    m_ctx.db.afterCommit([this, session = QPointer<Session>(&s), from = s.phone(), f, content = *content, rid,
                          accepted = *accepted, receiver = *receiver](bool ok) {
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
                                                       accepted.timestamp, content});
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
