#include "handlers/AuthHandler.h"

#include "protocol/ProtocolVersion.h"
#include "session/Session.h"

#include <QCryptographicHash>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QPasswordDigestor>
#include <QWebSocketProtocol>
#include <QPointer>
#include <QRandomGenerator>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcAuth, "natter.server.auth")

namespace natter::server {

using namespace natter::protocol;

namespace {
constexpr int kSaltBytes = 16;
constexpr int kKeyBytes = 32;
constexpr int kTokenBytes = 32; // 256 bits

QByteArray randomBytes(int n)
{
    QByteArray out(n, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(out.data()), n / 4);
    return out;
}

QByteArray stretch(const QString &password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt,
                                              iterations, kKeyBytes);
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

qsizetype codePoints(const QString &s)
{
    return s.size() - std::count_if(s.begin(), s.end(), [](QChar c) { return c.isLowSurrogate(); });
}

bool isValidName(const QString &name)
{
    if (name.isEmpty() || codePoints(name) > kMaxNameChars)
        return false;
    return std::none_of(name.begin(), name.end(), [](QChar c) {
        return c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator;
    });
}

// Runs `work` on the thread pool and `done(result)` back on the session's thread, unless the
// session went away meanwhile.
template<typename Work, typename Done>
void runOffThread(Session &s, Work work, Done done)
{
    auto *watcher = new QFutureWatcher<decltype(work())>(&s);
    QObject::connect(watcher, &QFutureWatcherBase::finished, &s, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}
} // namespace

QByteArray AuthHandler::hashToken(const QString &token)
{
    return QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256);
}

void AuthHandler::handle(Session &s, const Hello &f, const QJsonValue &rid)
{
    if (f.version < kMinProtocolVersion) {
        s.sendError(ErrorCode::UnsupportedVersion,
                    QStringLiteral("this server speaks protocol versions %1 to %2")
                        .arg(kMinProtocolVersion)
                        .arg(kProtocolVersion),
                    rid);
        s.close(int(QWebSocketProtocol::CloseCodeProtocolError), QStringLiteral("unsupported version"));
        return;
    }
    s.setState(Session::State::Unauthenticated);
    s.send(Welcome {std::min(f.version, kProtocolVersion), QStringLiteral("natterd/" NATTER_VERSION),
                    m_ctx.config.limits},
           rid);
}

void AuthHandler::handle(Session &s, const Register &f, const QJsonValue &rid)
{
    const QString name = f.name.trimmed();
    if (!isValidName(name)) {
        s.sendError(ErrorCode::InvalidName,
                    QStringLiteral("a display name has 1 to %1 characters and no control characters").arg(kMaxNameChars),
                    rid);
        return;
    }
    if (codePoints(f.password) < kMinPasswordChars) {
        s.sendError(ErrorCode::WeakPassword,
                    QStringLiteral("a password has at least %1 characters").arg(kMinPasswordChars), rid);
        return;
    }
    if (m_ctx.accounts.idOf(f.phone)) {
        s.sendError(ErrorCode::PhoneTaken, QStringLiteral("this number already has an account"), rid);
        return;
    }
    s.setState(Session::State::Authenticating);
    const int iterations = m_ctx.config.pbkdf2Iterations;
    const QByteArray salt = randomBytes(kSaltBytes);
    QPointer<Session> session(&s);
    runOffThread(
        s, [password = f.password, salt, iterations] { return stretch(password, salt, iterations); },
        [this, session, phone = f.phone, name, salt, iterations, rid](const QByteArray &hash) {
            if (!session)
                return;
            session->setState(Session::State::Unauthenticated);
            Account account {0, phone, name, salt, hash, iterations, 0};
            switch (m_ctx.accounts.create(account, ServerContext::now())) {
            case AccountStore::CreateResult::PhoneTaken:
                session->sendError(ErrorCode::PhoneTaken, QStringLiteral("this number already has an account"), rid);
                return;
            case AccountStore::CreateResult::Failed:
                session->sendError(ErrorCode::Internal, QStringLiteral("the account could not be stored"), rid);
                return;
            case AccountStore::CreateResult::Created:
                qCInfo(lcAuth) << "registered user" << account.id;
                finishLogin(*session, account, rid);
            }
        });
}

void AuthHandler::handle(Session &s, const Login &f, const QJsonValue &rid)
{
    // Per number and address: guessing is bounded, and a stranger elsewhere cannot lock the
    // owner out of their own account.
    const QString throttleKey = f.phone + u'|' + s.peerAddress();
    if (const qint64 wait = m_throttle.lockedFor(throttleKey); wait > 0) {
        s.sendError(ErrorCode::RateLimited,
                    QStringLiteral("too many failed logins for this number; try again in %1 minutes")
                        .arg((wait + 59999) / 60000),
                    rid);
        return;
    }
    const auto account = m_ctx.accounts.findByPhone(f.phone);
    // Stretch a dummy when the number is unknown, so timing does not tell which case it was.
    const QByteArray salt = account ? account->salt : QByteArray(kSaltBytes, '\0');
    const int iterations = account ? account->iterations : m_ctx.config.pbkdf2Iterations;
    s.setState(Session::State::Authenticating);
    QPointer<Session> session(&s);
    runOffThread(
        s, [password = f.password, salt, iterations] { return stretch(password, salt, iterations); },
        [this, session, account, throttleKey, rid](const QByteArray &hash) {
            if (!session)
                return;
            session->setState(Session::State::Unauthenticated);
            if (!account || !constantTimeEquals(hash, account->passwordHash)) {
                m_throttle.failed(throttleKey);
                qCInfo(lcAuth) << "failed login from" << session->peerDescription();
                session->sendError(ErrorCode::BadCredentials, QStringLiteral("wrong phone number or password"), rid);
                return;
            }
            m_throttle.succeeded(throttleKey);
            finishLogin(*session, *account, rid);
        });
}

void AuthHandler::handle(Session &s, const Resume &f, const QJsonValue &rid)
{
    const QByteArray tokenHash = hashToken(f.token);
    const auto user = m_ctx.accounts.userForSession(tokenHash);
    const auto account = user ? m_ctx.accounts.findById(*user) : std::nullopt;
    if (!account) {
        s.sendError(ErrorCode::BadToken, QStringLiteral("the session token is not valid; log in again"), rid);
        return;
    }
    s.authenticate(account->id, account->phone, tokenHash);
    s.send(AuthOk {account->phone, account->name, {}}, rid);
    emit loggedIn(&s);
}

void AuthHandler::handle(Session &s, const Logout &, const QJsonValue &rid)
{
    if (!m_ctx.accounts.removeSession(s.tokenHash())) {
        s.sendError(ErrorCode::Internal, QStringLiteral("the session could not be revoked; try again"), rid);
        return;
    }
    // Logged out only once the token is gone for good; until then the session stays as it was.
    m_ctx.db.afterCommit([this, session = QPointer<Session>(&s), rid](bool ok) {
        if (!session)
            return;
        if (!ok) {
            session->sendError(ErrorCode::Internal, QStringLiteral("the session could not be revoked; try again"), rid);
            return;
        }
        if (session->state() == Session::State::Authenticated) { // a second logout finds it done
            emit loggingOut(session);
            session->deauthenticate();
        }
        session->send(LoggedOut {}, rid);
    });
}

QString AuthHandler::issueToken(UserId user, QByteArray *tokenHash)
{
    const QString token = QString::fromLatin1(
        randomBytes(kTokenBytes).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    *tokenHash = hashToken(token);
    if (!m_ctx.accounts.addSession(*tokenHash, user, ServerContext::now()))
        return {};
    return token;
}

void AuthHandler::finishLogin(Session &s, const Account &account, const QJsonValue &rid)
{
    QByteArray tokenHash;
    const QString token = issueToken(account.id, &tokenHash);
    if (token.isEmpty()) {
        s.setState(Session::State::Unauthenticated);
        s.sendError(ErrorCode::Internal, QStringLiteral("the session could not be stored"), rid);
        return;
    }
    // The token is handed out only once the database has it (and the account, on register).
    s.setState(Session::State::Authenticating);
    m_ctx.db.afterCommit([this, session = QPointer<Session>(&s), account, token, tokenHash, rid](bool ok) {
        if (!session)
            return;
        if (!ok) {
            session->setState(Session::State::Unauthenticated);
            session->sendError(ErrorCode::Internal, QStringLiteral("the session could not be stored"), rid);
            return;
        }
        session->authenticate(account.id, account.phone, tokenHash);
        session->send(AuthOk {account.phone, account.name, token}, rid);
        emit loggedIn(session);
    });
}

} // namespace natter::server
