#pragma once

#include "handlers/ServerContext.h"
#include "store/StatusStore.h"

#include <QObject>
#include <QTimer>

namespace natter::server {

class Session;

// status_post, status_list, status_view, status_delete: 24-hour statuses
// (docs/protocol.md section 12). A status is seen by its owner's contacts (the peers table);
// it expires `status/lifetime_seconds` after posting, when a timer armed for the next expiry
// deletes its content, views and media (checked at least every minute, and at start).
class StatusHandler final : public QObject
{
    Q_OBJECT
public:
    explicit StatusHandler(ServerContext &ctx, QObject *parent = nullptr);
    ~StatusHandler() override;
    Q_DISABLE_COPY_MOVE(StatusHandler)

    // Once the database is open: expires what is due and arms the expiry timer.
    void start();
    void stop();

    void handle(Session &s, const protocol::StatusPost &f, const QJsonValue &rid);
    void handle(Session &s, const protocol::StatusListQuery &f, const QJsonValue &rid);
    void handle(Session &s, const protocol::StatusView &f, const QJsonValue &rid);
    void handle(Session &s, const protocol::StatusDelete &f, const QJsonValue &rid);

private:
    void expireDue();
    void armExpiry(qint64 at);
    // The status no longer shows its file: delete it unless something else still needs it.
    void releaseFile(const QString &fileId);
    // Sends to every session of `user` except `except`.
    void sendToOtherSessions(
        UserId user, const Session *except, const protocol::ServerFrame &frame);
    qint64 lifetimeMs() const;

    ServerContext &m_ctx;
    StatusStore m_store;
    QTimer m_expiryTimer;
    qint64 m_armedFor = 0; // when the timer fires (ms since the epoch); 0: not armed
    bool m_running = false;
};

} // namespace natter::server
