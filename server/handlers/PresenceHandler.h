#pragma once

#include "handlers/ServerContext.h"

namespace natter::server {

class Session;

// lookup, typing and presence. Typing and presence pass only between users who have a
// conversation; lookup answers whether a number is on Natter.
class PresenceHandler final
{
public:
    explicit PresenceHandler(ServerContext &ctx) : m_ctx(ctx) { }
    Q_DISABLE_COPY_MOVE(PresenceHandler)

    void handle(Session &s, const protocol::Lookup &f, const QJsonValue &rid);
    void handle(Session &s, const protocol::TypingTo &f, const QJsonValue &rid);
    void handle(Session &s, const protocol::PresenceQuery &f, const QJsonValue &rid);

    void userOnline(UserId user, const QString &phone);
    void userOffline(UserId user, const QString &phone);

private:
    void broadcast(UserId user, const protocol::Presence &presence);

    ServerContext &m_ctx;
};

} // namespace natter::server
