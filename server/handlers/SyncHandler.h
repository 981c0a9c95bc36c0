#pragma once

#include "handlers/ServerContext.h"

namespace natter::server {

class Session;

// getMessage: hands a logged-in session what waited for it (messages, then receipts), in
// server order and in bounded batches; `sync` asks for the next batch.
class SyncHandler final
{
public:
    explicit SyncHandler(ServerContext &ctx) : m_ctx(ctx) { }
    Q_DISABLE_COPY_MOVE(SyncHandler)

    void handle(Session &s, const protocol::Sync &f, const QJsonValue &rid);
    // The first batch, sent right after login without being asked.
    void start(Session &s);

private:
    void sendBatch(Session &s, const QJsonValue &rid);

    ServerContext &m_ctx;
};

} // namespace natter::server
