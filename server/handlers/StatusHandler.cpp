#include "handlers/StatusHandler.h"

#include "session/Session.h"

namespace natter::server {

using namespace natter::protocol;

StatusHandler::StatusHandler(ServerContext &ctx, QObject *parent) : QObject(parent), m_ctx(ctx) { }

StatusHandler::~StatusHandler() = default;

void StatusHandler::handle(Session &s, const StatusPost &f, const QJsonValue &rid)
{
    s.sendError(ErrorCode::NotSupported, QStringLiteral("statuses are not available yet"), rid, f.clientId);
}

void StatusHandler::handle(Session &s, const StatusListQuery &, const QJsonValue &rid)
{
    s.sendError(ErrorCode::NotSupported, QStringLiteral("statuses are not available yet"), rid);
}

void StatusHandler::handle(Session &s, const StatusView &, const QJsonValue &rid)
{
    s.sendError(ErrorCode::NotSupported, QStringLiteral("statuses are not available yet"), rid);
}

void StatusHandler::handle(Session &s, const StatusDelete &, const QJsonValue &rid)
{
    s.sendError(ErrorCode::NotSupported, QStringLiteral("statuses are not available yet"), rid);
}

} // namespace natter::server
