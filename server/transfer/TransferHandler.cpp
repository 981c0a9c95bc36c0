#include "transfer/TransferHandler.h"

#include "session/Session.h"

namespace natter::server {

using namespace natter::protocol;

TransferHandler::TransferHandler(ServerContext &ctx, QObject *parent) : QObject(parent), m_ctx(ctx) { }

TransferHandler::~TransferHandler() = default;

void TransferHandler::handle(Session &s, const Upload &, const QJsonValue &rid)
{
    s.sendError(ErrorCode::NotSupported, QStringLiteral("file transfers are not available yet"), rid);
}

void TransferHandler::handle(Session &s, const Download &, const QJsonValue &rid)
{
    s.sendError(ErrorCode::NotSupported, QStringLiteral("file transfers are not available yet"), rid);
}

void TransferHandler::handle(Session &s, const Downloaded &, const QJsonValue &rid)
{
    s.sendError(ErrorCode::NotSupported, QStringLiteral("file transfers are not available yet"), rid);
}

void TransferHandler::handle(Session &s, const TransferCancel &, const QJsonValue &rid)
{
    s.sendError(ErrorCode::NotSupported, QStringLiteral("file transfers are not available yet"), rid);
}

void TransferHandler::handleChunk(Session &s, const QByteArray &)
{
    s.sendError(ErrorCode::UnexpectedBinary, QStringLiteral("no file transfer is in progress on this connection"));
}

void TransferHandler::sessionGone(Session &) { }

} // namespace natter::server
