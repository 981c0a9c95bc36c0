#pragma once

#include "protocol/Frames.h"
#include "store/AccountStore.h"

#include <QHash>
#include <QList>

namespace natter::protocol {
class FrameCodec;
}

namespace natter::server {

class Session;

// Which users are online on which sessions; hands a frame to every session of a user.
class Router final
{
public:
    explicit Router(const protocol::FrameCodec &codec) : m_codec(codec) { }
    Q_DISABLE_COPY_MOVE(Router)

    // Returns true when this made the user come online (their first session).
    bool add(Session *session);
    // Returns true when this was the user's last session.
    bool remove(Session *session);

    bool isOnline(UserId user) const { return m_sessions.contains(user); }
    // Sends to every session of `user`; returns false when the user is offline.
    bool sendTo(UserId user, const protocol::ServerFrame &frame);
    QList<Session *> allSessions() const;
    int onlineUsers() const { return int(m_sessions.size()); }

private:
    const protocol::FrameCodec &m_codec;
    QHash<UserId, QList<Session *>> m_sessions;
};

} // namespace natter::server
