#pragma once

#include "config/ServerConfig.h"
#include "protocol/FrameCodec.h"

#include <QObject>
#include <QTimer>

#include <memory>

class QWebSocket;

namespace natter::server {

class AccountStore;
class AuthHandler;
class ChatHandler;
class Database;
class FileStore;
class Listener;
class MessageStore;
class PresenceHandler;
class Router;
class Session;
class StatusHandler;
class SyncHandler;
class TransferHandler;
struct ServerContext;

// natterd as a library: owns the database, the stores, the router and the handlers, and routes
// every decoded frame to the handler for its type. main.cpp and the tests both start this.
class Server final : public QObject
{
    Q_OBJECT
public:
    explicit Server(ServerConfig config, QObject *parent = nullptr);
    ~Server() override;
    Q_DISABLE_COPY_MOVE(Server)

    // Opens the database and starts listening; false with *error when either fails.
    bool start(QString *error);
    // Stops accepting, closes every connection (close code 1001), closes the database.
    void stop();

    // Applies the settings that may change while running (see reloadConfigFile()).
    void reload(const ServerConfig &config);

    quint16 port() const;
    QString url() const;
    int sessionCount() const { return int(m_sessions.size()); }
    const ServerConfig &config() const { return m_config; }

private:
    void onConnected(QWebSocket *socket);
    void onClosed(Session *session);
    void dispatch(Session &session, protocol::Decoded<protocol::ClientFrame> &&decoded);
    void dispatchBinary(Session &session, const QByteArray &message);
    void purge();

    ServerConfig m_config;
    protocol::FrameCodec m_codec;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<MessageStore> m_messages;
    std::unique_ptr<FileStore> m_files;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<ServerContext> m_ctx;
    std::unique_ptr<AuthHandler> m_auth;
    std::unique_ptr<ChatHandler> m_chat;
    std::unique_ptr<SyncHandler> m_sync;
    std::unique_ptr<PresenceHandler> m_presence;
    std::unique_ptr<TransferHandler> m_transfers;
    std::unique_ptr<StatusHandler> m_statuses;
    std::unique_ptr<Listener> m_listener;
    QList<Session *> m_sessions;
    QTimer m_purgeTimer;
};

} // namespace natter::server
