#pragma once

#include "handlers/ServerContext.h"

#include <QObject>

namespace natter::server {

class Session;

// status_post, status_list, status_view, status_delete: 24-hour statuses
// (docs/protocol.md section 12).
class StatusHandler final : public QObject
{
    Q_OBJECT
public:
    explicit StatusHandler(ServerContext &ctx, QObject *parent = nullptr);
    ~StatusHandler() override;
    Q_DISABLE_COPY_MOVE(StatusHandler)

    void handle(Session &s, const protocol::StatusPost &f, const QJsonValue &rid);
    void handle(Session &s, const protocol::StatusListQuery &f, const QJsonValue &rid);
    void handle(Session &s, const protocol::StatusView &f, const QJsonValue &rid);
    void handle(Session &s, const protocol::StatusDelete &f, const QJsonValue &rid);

private:
    ServerContext &m_ctx;
};

} // namespace natter::server
