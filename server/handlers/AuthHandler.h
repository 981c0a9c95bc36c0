#pragma once

#include "handlers/ServerContext.h"
#include "session/RateLimiter.h"

#include <QObject>

namespace natter::server {

class Session;

// hello, register, login, resume, logout. Password stretching runs on the thread pool so a
// login never stalls the other connections.
class AuthHandler final : public QObject
{
    Q_OBJECT
public:
    explicit AuthHandler(ServerContext &ctx, QObject *parent = nullptr) : QObject(parent), m_ctx(ctx) { }
    Q_DISABLE_COPY_MOVE(AuthHandler)

    void handle(Session &s, const protocol::Hello &f, const QJsonValue &rid);
    void handle(Session &s, const protocol::Register &f, const QJsonValue &rid);
    void handle(Session &s, const protocol::Login &f, const QJsonValue &rid);
    void handle(Session &s, const protocol::Resume &f, const QJsonValue &rid);
    void handle(Session &s, const protocol::Logout &f, const QJsonValue &rid);

    static QByteArray hashToken(const QString &token);

signals:
    void loggedIn(natter::server::Session *session);
    void loggingOut(natter::server::Session *session);

private:
    void finishLogin(Session &s, const Account &account, const QJsonValue &rid);
    QString issueToken(UserId user, QByteArray *tokenHash);

    ServerContext &m_ctx;
    LoginThrottle m_throttle;
};

} // namespace natter::server
