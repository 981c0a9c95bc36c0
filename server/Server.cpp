#include "Server.h"

#include "handlers/AuthHandler.h"
#include "handlers/ChatHandler.h"
#include "handlers/PresenceHandler.h"
#include "handlers/ServerContext.h"
#include "handlers/StatusHandler.h"
#include "handlers/SyncHandler.h"
#include "net/Listener.h"
#include "routing/Router.h"
#include "session/Session.h"
#include "store/AccountStore.h"
#include "store/Database.h"
#include "store/MessageStore.h"
#include "transfer/FileStore.h"
#include "transfer/TransferHandler.h"

#include <QLoggingCategory>
#include <QWebSocket>

Q_DECLARE_LOGGING_CATEGORY(lcNet)

namespace natter::server {

using namespace natter::protocol;

namespace {
template<class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};

bool isAuthFrame(const ClientFrame &f)
{
    return std::holds_alternative<Register>(f) || std::holds_alternative<Login>(f)
        || std::holds_alternative<Resume>(f);
}
} // namespace

Server::Server(ServerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_codec(m_config.limits)
    , m_db(std::make_unique<Database>())
    , m_accounts(std::make_unique<AccountStore>(*m_db))
    , m_messages(std::make_unique<MessageStore>(*m_db))
    , m_files(std::make_unique<FileStore>(*m_db, m_config.effectiveFilesDir()))
    , m_router(std::make_unique<Router>(m_codec))
    , m_ctx(std::make_unique<ServerContext>(
          ServerContext {m_config, *m_db, m_codec, *m_accounts, *m_messages, *m_router, *m_files}))
    , m_auth(std::make_unique<AuthHandler>(*m_ctx))
    , m_chat(std::make_unique<ChatHandler>(*m_ctx))
    , m_sync(std::make_unique<SyncHandler>(*m_ctx))
    , m_presence(std::make_unique<PresenceHandler>(*m_ctx))
    , m_transfers(std::make_unique<TransferHandler>(*m_ctx))
    , m_statuses(std::make_unique<StatusHandler>(*m_ctx))
    , m_listener(std::make_unique<Listener>(
          std::max(m_config.limits.maxControlFrameBytes, m_config.limits.maxChunkBytes) + 64 * 1024))
{
    connect(m_auth.get(), &AuthHandler::loggedIn, this, [this](Session *s) {
        if (m_router->add(s))
            m_presence->userOnline(s->user(), s->phone());
        m_sync->start(*s);
    });
    connect(m_auth.get(), &AuthHandler::loggingOut, this, [this](Session *s) {
        m_transfers->sessionGone(*s);
        if (m_router->remove(s))
            m_presence->userOffline(s->user(), s->phone());
    });
    connect(m_listener.get(), &Listener::connected, this, &Server::onConnected);
    m_purgeTimer.setInterval(std::chrono::hours(1));
    connect(&m_purgeTimer, &QTimer::timeout, this, &Server::purge);
}

Server::~Server()
{
    stop();
}

bool Server::start(QString *error)
{
    if (!m_db->open(m_config, error))
        return false;
    if (!m_files->open(error)) {
        m_db->close();
        return false;
    }
    m_db->setGroupCommit(true);
    if (!m_listener->listen(m_config.address, m_config.port, error)) {
        m_db->close();
        return false;
    }
    purge();
    m_purgeTimer.start();
    m_statuses->start();
    qCInfo(lcNet).noquote() << "listening on" << url();
    return true;
}

void Server::stop()
{
    m_purgeTimer.stop();
    m_statuses->stop();
    m_listener->close();
    m_db->flush(); // what was accepted is committed and acknowledged before the connections go
    const auto sessions = m_sessions;
    for (Session *s : sessions) {
        if (s->state() == Session::State::Authenticated && m_router->remove(s))
            m_accounts->setLastSeen(s->user(), ServerContext::now());
        s->disconnect(this);
        m_transfers->sessionGone(*s);
        s->close(int(QWebSocketProtocol::CloseCodeGoingAway), QStringLiteral("server shutting down"));
        delete s;
    }
    m_sessions.clear();
    m_db->close();
}

void Server::reload(const ServerConfig &config)
{
    m_config.logLevel = config.logLevel;
    m_config.retentionDays = config.retentionDays;
    m_config.fileRetentionDays = config.fileRetentionDays;
    m_config.uploadTimeoutHours = config.uploadTimeoutHours;
    m_config.pbkdf2Iterations = config.pbkdf2Iterations;
    purge();
}

quint16 Server::port() const
{
    return m_listener->port();
}

QString Server::url() const
{
    QString host = m_listener->address().toString();
    if (m_listener->address().protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' + host + u']';
    return QStringLiteral("ws://%1:%2").arg(host).arg(port());
}

void Server::onConnected(QWebSocket *socket)
{
    auto *session = new Session(
        socket, m_codec, [this](Session &s, Decoded<ClientFrame> &&d) { dispatch(s, std::move(d)); },
        m_config.helloTimeoutMs, this);
    session->setBinaryDispatcher([this](Session &s, const QByteArray &message) { dispatchBinary(s, message); });
    connect(session, &Session::closed, this, &Server::onClosed);
    m_sessions.append(session);
}

void Server::onClosed(Session *session)
{
    m_sessions.removeOne(session);
    m_transfers->sessionGone(*session);
    if (session->state() == Session::State::Authenticated && m_router->remove(session))
        m_presence->userOffline(session->user(), session->phone());
    session->deleteLater();
}

void Server::dispatch(Session &s, Decoded<ClientFrame> &&decoded)
{
    const ClientFrame &frame = decoded.frame;
    const QJsonValue &rid = decoded.rid;
    switch (s.state()) {
    case Session::State::AwaitingHello:
        if (!std::holds_alternative<Hello>(frame)) {
            s.sendError(ErrorCode::HelloRequired, QStringLiteral("the first frame must be 'hello'"), rid);
            return;
        }
        break;
    case Session::State::Authenticating:
        s.sendError(ErrorCode::RateLimited, QStringLiteral("wait for the answer to the previous login"), rid);
        return;
    case Session::State::Unauthenticated:
        if (std::holds_alternative<Hello>(frame)) {
            s.sendError(ErrorCode::BadFrame, QStringLiteral("'hello' was already sent"), rid);
            return;
        }
        if (!isAuthFrame(frame)) {
            s.sendError(ErrorCode::NotAuthenticated, QStringLiteral("log in first"), rid);
            return;
        }
        break;
    case Session::State::Authenticated:
        if (std::holds_alternative<Hello>(frame)) {
            s.sendError(ErrorCode::BadFrame, QStringLiteral("'hello' was already sent"), rid);
            return;
        }
        if (isAuthFrame(frame)) {
            s.sendError(ErrorCode::AlreadyAuthenticated, QStringLiteral("this connection is logged in"), rid);
            return;
        }
        break;
    }

    std::visit(Overloaded {
                   [&](const Hello &f) { m_auth->handle(s, f, rid); },
                   [&](const Register &f) { m_auth->handle(s, f, rid); },
                   [&](const Login &f) { m_auth->handle(s, f, rid); },
                   [&](const Resume &f) { m_auth->handle(s, f, rid); },
                   [&](const Logout &f) { m_auth->handle(s, f, rid); },
                   [&](const Send &f) { m_chat->handle(s, f, rid); },
                   [&](const Delivered &f) { m_chat->handle(s, f, rid); },
                   [&](const Read &f) { m_chat->handle(s, f, rid); },
                   [&](const ReceiptAck &f) { m_chat->handle(s, f, rid); },
                   [&](const Sync &f) { m_sync->handle(s, f, rid); },
                   [&](const Lookup &f) { m_presence->handle(s, f, rid); },
                   [&](const TypingTo &f) { m_presence->handle(s, f, rid); },
                   [&](const PresenceQuery &f) { m_presence->handle(s, f, rid); },
                   [&](const Upload &f) { m_transfers->handle(s, f, rid); },
                   [&](const Download &f) { m_transfers->handle(s, f, rid); },
                   [&](const Downloaded &f) { m_transfers->handle(s, f, rid); },
                   [&](const TransferCancel &f) { m_transfers->handle(s, f, rid); },
                   [&](const StatusPost &f) { m_statuses->handle(s, f, rid); },
                   [&](const StatusListQuery &f) { m_statuses->handle(s, f, rid); },
                   [&](const StatusView &f) { m_statuses->handle(s, f, rid); },
                   [&](const StatusDelete &f) { m_statuses->handle(s, f, rid); },
               },
               frame);
}

void Server::dispatchBinary(Session &s, const QByteArray &message)
{
    m_transfers->handleChunk(s, message);
}

void Server::purge()
{
    const qint64 cutoff = ServerContext::now() - qint64(m_config.retentionDays) * 24 * 3600 * 1000;
    if (const int n = m_messages->purgeOlderThan(cutoff); n > 0)
        qCInfo(lcNet) << "dropped" << n << "messages past the retention period";
    const qint64 now = ServerContext::now();
    const auto files = m_files->purge(now - qint64(m_config.fileRetentionDays) * 24 * 3600 * 1000,
                                      now - qint64(m_config.uploadTimeoutHours) * 3600 * 1000,
                                      m_transfers->activeUploads());
    if (files.stored > 0 || files.stale > 0)
        qCInfo(lcNet) << "deleted" << files.stored << "files past the retention period and" << files.stale
                      << "abandoned uploads";
}

} // namespace natter::server
