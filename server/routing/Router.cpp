#include "routing/Router.h"

#include "protocol/FrameCodec.h"
#include "session/Session.h"

namespace natter::server {

bool Router::add(Session *session)
{
    auto &list = m_sessions[session->user()];
    if (!list.contains(session))
        list.append(session);
    return list.size() == 1;
}

bool Router::remove(Session *session)
{
    const auto it = m_sessions.find(session->user());
    if (it == m_sessions.end() || !it->removeOne(session))
        return false;
    if (!it->isEmpty())
        return false;
    m_sessions.erase(it);
    return true;
}

bool Router::sendTo(UserId user, const protocol::ServerFrame &frame)
{
    const auto it = m_sessions.constFind(user);
    if (it == m_sessions.constEnd())
        return false;
    const QByteArray json = m_codec.encode(frame);
    for (Session *session : *it)
        session->sendEncoded(json);
    return true;
}

QList<Session *> Router::allSessions() const
{
    QList<Session *> out;
    for (const auto &list : m_sessions)
        out += list;
    return out;
}

} // namespace natter::server
