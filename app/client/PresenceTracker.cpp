#include "client/PresenceTracker.h"

#include "client/ServerConnection.h"
#include "protocol/Phone.h"

namespace natter::client {

using namespace natter::protocol;

PresenceTracker::PresenceTracker(ServerConnection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{ }

PresenceTracker::~PresenceTracker() = default;

void PresenceTracker::setTyping(const QString &peer, bool typing)
{
    const QString to = normalizePhone(peer);
    if (to.isEmpty())
        return;
    if (typing) {
        // Every keystroke calls this; the peer only needs a refresh before its indicator expires.
        const auto it = m_outgoing.constFind(to);
        if (it != m_outgoing.constEnd() && it->isValid() && it->elapsed() < kTypingRefreshMs)
            return;
        if (m_connection.send(TypingTo {to, true}))
            m_outgoing[to].start();
        return;
    }
    if (m_outgoing.remove(to) > 0)
        m_connection.send(TypingTo {to, false});
}

void PresenceTracker::queryPresence(const QString &peer)
{
    const QString phone = normalizePhone(peer);
    if (!phone.isEmpty())
        m_connection.send(PresenceQuery {{phone}});
}

void PresenceTracker::handleTyping(const TypingFrom &typing)
{
    if (!typing.active) {
        stopIncoming(typing.from);
        return;
    }
    auto &timer = m_incoming[typing.from];
    const bool started = !timer;
    if (started) {
        // Deleted later: the timer may be the one whose timeout stops it.
        timer = std::shared_ptr<QTimer>(new QTimer, [](QTimer *t) { t->deleteLater(); });
        timer->setSingleShot(true);
        timer->setInterval(kTypingExpiryMs);
        connect(timer.get(), &QTimer::timeout, this,
            [this, peer = typing.from] { stopIncoming(peer); });
    }
    timer->start(); // a refresh extends it
    if (started)
        emit typingChanged(typing.from, true);
}

void PresenceTracker::handlePresence(const Presence &presence)
{
    const QDateTime lastSeen = presence.online || presence.lastSeen <= 0
        ? QDateTime()
        : QDateTime::fromMSecsSinceEpoch(presence.lastSeen, Qt::UTC);
    if (!presence.online)
        stopIncoming(presence.phone);
    emit presenceChanged(presence.phone, presence.online, lastSeen);
}

void PresenceTracker::messageFrom(const QString &peer)
{
    stopIncoming(peer);
}

void PresenceTracker::clear()
{
    const QStringList peers = m_incoming.keys();
    for (const QString &peer : peers)
        stopIncoming(peer);
    m_outgoing.clear();
}

void PresenceTracker::stopIncoming(const QString &peer)
{
    const auto timer = m_incoming.take(peer);
    if (timer)
        emit typingChanged(peer, false);
}

} // namespace natter::client
