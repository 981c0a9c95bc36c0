#pragma once

#include "handlers/ServerContext.h"

#include <QObject>

namespace natter::server {

class Session;

// upload, download, downloaded, transfer_cancel and the binary chunks: file transfers
// (docs/protocol.md section 11).
class TransferHandler final : public QObject
{
    Q_OBJECT
public:
    explicit TransferHandler(ServerContext &ctx, QObject *parent = nullptr);
    ~TransferHandler() override;
    Q_DISABLE_COPY_MOVE(TransferHandler)

    void handle(Session &s, const protocol::Upload &f, const QJsonValue &rid);
    void handle(Session &s, const protocol::Download &f, const QJsonValue &rid);
    void handle(Session &s, const protocol::Downloaded &f, const QJsonValue &rid);
    void handle(Session &s, const protocol::TransferCancel &f, const QJsonValue &rid);
    // One binary WebSocket message of an authenticated session.
    void handleChunk(Session &s, const QByteArray &message);
    // The session closed or logged out: its transfers stop (uploads stay resumable).
    void sessionGone(Session &s);

private:
    ServerContext &m_ctx;
};

} // namespace natter::server
