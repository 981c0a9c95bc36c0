#include "client/PresenceTracker.h"

#include "client/ServerConnection.h"

namespace natter::client {
// Stub: implemented in the next commit.
PresenceTracker::PresenceTracker(ServerConnection &connection, QObject *parent) : QObject(parent), m_connection(connection) { }
PresenceTracker::~PresenceTracker() = default;
void PresenceTracker::setTyping(const QString &, bool) { }
void PresenceTracker::queryPresence(const QString &) { }
void PresenceTracker::handleTyping(const protocol::TypingFrom &) { }
void PresenceTracker::handlePresence(const protocol::Presence &) { }
void PresenceTracker::messageFrom(const QString &) { }
void PresenceTracker::clear() { }
} // namespace natter::client
