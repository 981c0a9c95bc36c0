#include "handlers/PresenceHandler.h"

#include "session/Session.h"

namespace natter::server {

using namespace natter::protocol;

void PresenceHandler::handle(Session &s, const Lookup &f, const QJsonValue &rid)
{
    const auto account = m_ctx.accounts.findByPhone(f.phone);
    s.send(LookupResult {f.phone, account.has_value(), account ? account->name : QString()}, rid);
}

void PresenceHandler::handle(Session &s, const TypingTo &f, const QJsonValue &rid)
{
    const auto peer = m_ctx.accounts.idOf(f.to);
    if (!peer || !m_ctx.accounts.arePeers(s.user(), *peer)) {
        s.sendError(ErrorCode::NotFound, QStringLiteral("you have no conversation with %1").arg(f.to), rid);
        return;
    }
    m_ctx.router.sendTo(*peer, TypingFrom {s.phone(), f.active});
}

void PresenceHandler::handle(Session &s, const PresenceQuery &f, const QJsonValue &rid)
{
    for (const QString &phone : f.phones) {
        const auto peer = m_ctx.accounts.idOf(phone);
        if (!peer || !m_ctx.accounts.arePeers(s.user(), *peer)) {
            s.sendError(ErrorCode::NotFound, QStringLiteral("you have no conversation with %1").arg(phone), rid);
            continue;
        }
        const bool online = m_ctx.router.isOnline(*peer);
        const qint64 lastSeen = online ? 0 : m_ctx.accounts.findById(*peer).value_or(Account {}).lastSeen;
        s.send(Presence {phone, online, lastSeen}, rid);
    }
}

void PresenceHandler::userOnline(UserId user, const QString &phone)
{
    broadcast(user, Presence {phone, true, 0});
}

void PresenceHandler::userOffline(UserId user, const QString &phone)
{
    const qint64 now = ServerContext::now();
    m_ctx.accounts.setLastSeen(user, now);
    broadcast(user, Presence {phone, false, now});
}

void PresenceHandler::broadcast(UserId user, const Presence &presence)
{
    for (UserId peer : m_ctx.accounts.peersOf(user))
        m_ctx.router.sendTo(peer, presence);
}

} // namespace natter::server
