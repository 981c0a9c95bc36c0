#pragma once

#include "protocol/Frames.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

namespace natter::client {

class ServerConnection;

// Typing indicators both ways and the presence of peers: outgoing typing refreshes are
// rate-limited, incoming typing expires after kTypingExpiry without a refresh.
// Internal to the client library.
class PresenceTracker final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kTypingExpiryMs = 6000; // incoming "typing" lasts this long
    static constexpr int kTypingRefreshMs = 3000; // outgoing "typing" is repeated this often

    explicit PresenceTracker(ServerConnection &connection, QObject *parent = nullptr);
    ~PresenceTracker() override;
    Q_DISABLE_COPY_MOVE(PresenceTracker)

    void setTyping(const QString &peer, bool typing);
    bool isTyping(const QString &peer) const { return m_incoming.contains(peer); }
    void queryPresence(const QString &peer);

    void handleTyping(const protocol::TypingFrom &typing);
    void handlePresence(const protocol::Presence &presence);
    // A message from `peer` arrived: they stopped typing.
    void messageFrom(const QString &peer);
    // The connection is gone: nobody is known to be typing any more.
    void clear();

signals:
    void typingChanged(const QString &peer, bool typing);
    void presenceChanged(const QString &peer, bool online, const QDateTime &lastSeen);

private:
    void stopIncoming(const QString &peer);

    ServerConnection &m_connection;
    QHash<QString, std::shared_ptr<QTimer>> m_incoming; // peer → expiry timer
    QHash<QString, QElapsedTimer> m_outgoing; // peer → since the last "typing" we sent
};

} // namespace natter::client
