#include "client/ChatClient.h"

#include "client/ClientLog.h"
#include "client/Inbox.h"
#include "client/LocalStore.h"
#include "client/Outbox.h"
#include "client/PresenceTracker.h"
#include "client/ServerConnection.h"
#include "client/StatusClient.h"
#include "client/TokenStore.h"
#include "client/TransferFiles.h"
#include "client/TransferManager.h"
#include "protocol/Phone.h"

#include <QDir>
#include <QSettings>

namespace natter::client {

using namespace natter::protocol;

namespace {
template<class... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};

const QString kAuthRid = QStringLiteral("auth");
const QString kLookupRid = QStringLiteral("lookup:");
const QString kAutoLookupRid = QStringLiteral("autolookup:");

// The record of the last account: where and who, never a secret.
QString accountFile(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("account.ini"));
}
} // namespace

ChatClient::ChatClient(const QString &dataDir, QObject *parent, const QString &keychainService)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_connection(new ServerConnection(this))
    , m_tokens(new TokenStore(keychainService, this))
    , m_outbox(std::make_unique<Outbox>(*m_connection))
    , m_inbox(std::make_unique<Inbox>(*m_connection))
    , m_presence(std::make_unique<PresenceTracker>(*m_connection))
    , m_transfers(std::make_unique<TransferManager>(*m_connection))
{
    m_statuses = new StatusClient(*this, this);
    connect(m_connection, &ServerConnection::ready, this, &ChatClient::onReady);
    connect(m_connection, &ServerConnection::frameReceived, this, &ChatClient::onFrame);
    connect(m_connection, &ServerConnection::disconnected, this, &ChatClient::onDisconnected);
    connect(m_connection, &ServerConnection::stateChanged, this, [this](ServerConnection::State s) {
        if (s == ServerConnection::State::Idle)
            setState(ConnectionState::Offline);
        else if (s != ServerConnection::State::Ready)
            setState(ConnectionState::Connecting);
    });
    connect(
        m_tokens, &TokenStore::persistenceChanged, this, &ChatClient::sessionPersistenceChanged);
    // Find out early whether a session can be kept, so the UI can say so before the login.
    m_tokens->checkAvailability();
    connect(m_tokens, &TokenStore::readFinished, this,
        [this](const QUrl &server, const QString &phone, const QString &token) {
            if (m_authMode != AuthMode::Resume || !m_token.isEmpty() || phone != m_phone
                || server != this->server())
                return;
            if (token.isEmpty()) {
                failAuth(AuthError::NoSession,
                    tr("There is no saved session for %1. Please log in.").arg(phone));
                return;
            }
            m_token = token;
            m_connection->open();
        });

    connect(m_outbox.get(), &Outbox::messageAdded, this, &ChatClient::messageAdded);
    connect(m_outbox.get(), &Outbox::messageChanged, this, &ChatClient::messageChanged);
    connect(m_outbox.get(), &Outbox::conversationChanged, this, &ChatClient::conversationChanged);
    connect(m_inbox.get(), &Inbox::messageAdded, this, &ChatClient::messageAdded);
    connect(m_inbox.get(), &Inbox::messageChanged, this, &ChatClient::messageChanged);
    connect(m_inbox.get(), &Inbox::conversationChanged, this, &ChatClient::conversationChanged);
    connect(m_inbox.get(), &Inbox::unreadChanged, this, &ChatClient::emitUnread);
    connect(m_inbox.get(), &Inbox::messageFrom, this, [this](const QString &peer) {
        m_presence->messageFrom(peer);
        // Learn the name of somebody who wrote first.
        if (m_store && !m_store->contact(peer) && m_connection->isReady())
            m_connection->send(Lookup {peer}, QString(kAutoLookupRid + peer));
    });
    connect(m_inbox.get(), &Inbox::messageAdded, m_transfers.get(),
        [this](const QString &, qint64 localId) { m_transfers->messageArrived(localId); });
    connect(m_connection, &ServerConnection::binaryReceived, m_transfers.get(),
        &TransferManager::handleBinary);
    connect(m_transfers.get(), &TransferManager::progress, this, &ChatClient::transferProgress);
    connect(m_transfers.get(), &TransferManager::messageChanged, this, &ChatClient::messageChanged);
    connect(m_transfers.get(), &TransferManager::uploaded, m_outbox.get(), &Outbox::flush);
    // A failed or cancelled upload no longer holds back the files sent after it.
    connect(m_transfers.get(), &TransferManager::messageChanged, m_outbox.get(), &Outbox::flush);
    connect(m_presence.get(), &PresenceTracker::typingChanged, this, &ChatClient::typingChanged);
    connect(
        m_presence.get(), &PresenceTracker::presenceChanged, this, &ChatClient::presenceChanged);
}

ChatClient::~ChatClient()
{
    // Stop the socket first, so nothing arrives while the parts are torn down.
    blockSignals(true);
    m_connection->disconnect(this);
    m_connection->close();
    m_inbox->flush();
    closeAccount();
}

// ---- server and account ----------------------------------------------------------------------

void ChatClient::setServer(const QUrl &url)
{
    m_connection->setUrl(url);
    if (m_store)
        rememberAccount();
}

QUrl ChatClient::server() const
{
    return m_connection->url();
}

void ChatClient::registerAccount(const QString &phone, const QString &name, const QString &password)
{
    const QString normalized = normalizePhone(phone);
    if (normalized.isEmpty()) {
        failAuth(AuthError::InvalidNumber,
            tr("%1 is not a valid phone number. Use the international "
               "format, for example +49 151 12345678.")
                .arg(phone));
        return;
    }
    m_authMode = AuthMode::None; // a login still running is abandoned, not failed
    m_connection->close();
    m_authMode = AuthMode::Register;
    m_everAuthenticated = false;
    m_pendingPhone = normalized;
    m_pendingName = name.trimmed();
    m_password = password;
    m_token.clear();
    setState(ConnectionState::Connecting);
    m_connection->open();
}

void ChatClient::login(const QString &phone, const QString &password)
{
    const QString normalized = normalizePhone(phone);
    if (normalized.isEmpty()) {
        failAuth(AuthError::InvalidNumber,
            tr("%1 is not a valid phone number. Use the international "
               "format, for example +49 151 12345678.")
                .arg(phone));
        return;
    }
    m_authMode = AuthMode::None;
    m_connection->close();
    m_authMode = AuthMode::Login;
    m_everAuthenticated = false;
    m_pendingPhone = normalized;
    m_password = password;
    m_token.clear();
    setState(ConnectionState::Connecting);
    m_connection->open();
}

bool ChatClient::hasSavedSession() const
{
    const QSettings settings(accountFile(m_dataDir), QSettings::IniFormat);
    return !settings.value(QStringLiteral("account/phone")).toString().isEmpty()
        && !settings.value(QStringLiteral("account/server")).toString().isEmpty();
}

void ChatClient::resumeSession()
{
    const QSettings settings(accountFile(m_dataDir), QSettings::IniFormat);
    const QString phone = settings.value(QStringLiteral("account/phone")).toString();
    const QUrl saved(settings.value(QStringLiteral("account/server")).toString());
    if (phone.isEmpty() || !saved.isValid()) {
        failAuth(AuthError::NoSession, tr("There is no saved session. Please log in."));
        return;
    }
    if (server().isEmpty())
        m_connection->setUrl(saved);
    m_authMode = AuthMode::None;
    m_connection->close();
    m_authMode = AuthMode::Resume;
    m_everAuthenticated = false;
    m_password.clear();
    m_token.clear();
    m_name = settings.value(QStringLiteral("account/name")).toString();
    openAccount(phone); // history and outbox work before the server answers
    setState(ConnectionState::Connecting);
    m_tokens->read(server(), phone);
}

void ChatClient::logout()
{
    if (m_connection->isReady() && m_state == ConnectionState::Online)
        m_connection->send(Logout {});
    if (!m_phone.isEmpty())
        m_tokens->remove(server(), m_phone);
    m_authMode = AuthMode::None;
    m_token.clear();
    m_password.clear();
    m_connection->close();
    QSettings settings(accountFile(m_dataDir), QSettings::IniFormat);
    settings.remove(QStringLiteral("account/phone"));
    settings.remove(QStringLiteral("account/name"));
    closeAccount();
    setState(ConnectionState::Offline);
    emit loggedOut();
}

bool ChatClient::sessionPersistent() const
{
    return m_tokens->persistent();
}

QString ChatClient::sessionPersistenceReason() const
{
    return m_tokens->unavailableReason();
}

void ChatClient::reconnectNow()
{
    m_connection->reconnectNow();
}

void ChatClient::setState(ConnectionState state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCDebug(lcClientChat) << "connection state" << state;
    emit connectionStateChanged(state);
}

QString ChatClient::databasePath(const QString &dataDir, const QString &phone)
{
    QString digits = phone;
    digits.remove(u'+');
    return QDir(dataDir).filePath(QStringLiteral("account-%1.sqlite").arg(digits));
}

void ChatClient::openAccount(const QString &phone)
{
    if (m_store && m_phone == phone)
        return;
    closeAccount();
    auto store = std::make_unique<LocalStore>(databasePath(m_dataDir, phone));
    QString error;
    if (!store->open(&error)) {
        qCWarning(lcClientStore).noquote() << "cannot open the local database:" << error;
        m_phone = phone;
        emit accountChanged();
        return;
    }
    m_store = std::move(store);
    m_phone = phone;
    m_outbox->setStore(m_store.get());
    m_inbox->setStore(m_store.get(), phone);
    QString digits = phone;
    digits.remove(u'+');
    m_transfers->setStore(
        m_store.get(), QDir(m_dataDir).filePath(QStringLiteral("files-") + digits));
    m_lastUnread = -1;
    emit accountChanged();
    emitUnread();
}

void ChatClient::closeAccount()
{
    m_outbox->setOnline(false);
    m_inbox->setOnline(false);
    m_transfers->setOnline(false);
    m_transfers->setStore(nullptr, {});
    m_outbox->setStore(nullptr);
    m_inbox->setStore(nullptr, {});
    m_presence->clear();
    const bool had = m_store != nullptr || !m_phone.isEmpty();
    m_store.reset();
    m_phone.clear();
    m_name.clear();
    if (had)
        emit accountChanged();
}

void ChatClient::rememberAccount() const
{
    QSettings settings(accountFile(m_dataDir), QSettings::IniFormat);
    settings.setValue(QStringLiteral("account/server"), server().toString());
    settings.setValue(QStringLiteral("account/phone"), m_phone);
    settings.setValue(QStringLiteral("account/name"), m_name);
}

void ChatClient::failAuth(AuthError error, const QString &message)
{
    qCInfo(lcClientChat) << "authentication failed:" << error;
    m_authMode = AuthMode::None;
    m_password.clear();
    m_token.clear();
    m_connection->close();
    setState(ConnectionState::Offline);
    // Queued: a caller may learn of the failure only after its call returned.
    QMetaObject::invokeMethod(
        this, [this, error, message] { emit authFailed(error, message); }, Qt::QueuedConnection);
}

// ---- connection events -----------------------------------------------------------------------

void ChatClient::onReady()
{
    setState(ConnectionState::Authenticating);
    switch (m_authMode) {
    case AuthMode::Register:
        m_connection->send(Register {m_pendingPhone, m_pendingName, m_password}, kAuthRid);
        break;
    case AuthMode::Login:
        m_connection->send(Login {m_pendingPhone, m_password}, kAuthRid);
        break;
    case AuthMode::Resume:
        m_connection->send(Resume {m_token}, kAuthRid);
        break;
    case AuthMode::None:
        m_connection->close();
        break;
    }
}

void ChatClient::onDisconnected(const QString &reason, bool)
{
    m_outbox->setOnline(false);
    m_inbox->setOnline(false);
    m_transfers->setOnline(false);
    m_presence->clear();
    if (m_syncing) {
        m_syncing = false;
        emit syncingChanged(false);
    }
    const bool userWaiting = m_authMode == AuthMode::Register || m_authMode == AuthMode::Login;
    if (userWaiting && !m_everAuthenticated) {
        failAuth(AuthError::ServerUnreachable,
            tr("Cannot reach the server %1. Check the address and your connection. (%2)")
                .arg(server().toDisplayString(), reason));
    }
}

void ChatClient::onFrame(const ServerFrame &frame, const QJsonValue &rid)
{
    std::visit(Overloaded {
                   [&](const AuthOk &f) { onAuthOk(f); },
                   [&](const Error &f) { onError(f, rid); },
                   [&](const ChatMessage &f) { m_inbox->handleMessage(f); },
                   [&](const Receipt &f) { m_inbox->handleReceipt(f); },
                   [&](const Ack &f) { m_outbox->handleAck(f); },
                   [&](const SyncDone &f) {
                       m_inbox->flush(); // commit this batch before asking for the next
                       if (f.more) {
                           m_connection->send(Sync {});
                       } else if (m_syncing) {
                           m_syncing = false;
                           emit syncingChanged(false);
                       }
                   },
                   [&](const TypingFrom &f) { m_presence->handleTyping(f); },
                   [&](const Presence &f) { m_presence->handlePresence(f); },
                   [&](const LookupResult &f) {
                       if (m_store) {
                           m_store->upsertContact(Contact {f.phone, f.name, f.found});
                           if (m_store->conversation(f.phone))
                               emit conversationChanged(f.phone);
                       }
                       if (rid.toString().startsWith(kLookupRid))
                           emit lookupFinished(f.phone, f.found, f.name, {});
                   },
                   [&](const LoggedOut &) { qCDebug(lcClientChat) << "logged out by the server"; },
                   [&](const Done &) {
                       if (!m_transfers->handleDone(rid) && !m_statuses->handleDone(rid))
                           m_inbox->handleDone(rid);
                   },
                   [&](const Welcome &) {},
                   [&](const UploadReady &f) { m_transfers->handleUploadReady(f, rid); },
                   [&](const UploadProgress &f) { m_transfers->handleUploadProgress(f); },
                   [&](const UploadDone &f) { m_transfers->handleUploadDone(f, rid); },
                   [&](const DownloadReady &f) { m_transfers->handleDownloadReady(f, rid); },
                   [&](const StatusAck &f) { m_statuses->handle(f); },
                   [&](const StatusList &f) { m_statuses->handle(f); },
                   [&](const StatusPosted &f) { m_statuses->handle(f); },
                   [&](const StatusRemoved &f) { m_statuses->handle(f); },
                   [&](const StatusViewed &f) { m_statuses->handle(f); },
               },
        frame);
}

void ChatClient::onAuthOk(const AuthOk &ok)
{
    const bool first = !m_everAuthenticated;
    m_everAuthenticated = true;
    m_password.clear();
    if (!ok.token.isEmpty()) {
        m_token = ok.token;
        m_tokens->write(server(), ok.phone, ok.token);
    }
    m_authMode = AuthMode::Resume; // reconnects use the token from now on
    if (!m_store || m_phone != ok.phone)
        openAccount(ok.phone);
    if (m_name != ok.name) {
        m_name = ok.name;
        emit accountChanged();
    }
    rememberAccount();
    qCInfo(lcClientChat) << "logged in";
    m_syncing = true; // the server hands over what was queued, then says sync_done
    emit syncingChanged(true);
    setState(ConnectionState::Online);
    m_outbox->setOnline(true);
    m_inbox->setOnline(true);
    m_transfers->setOnline(true);
    if (first)
        emit authSucceeded(ok.phone, ok.name);
}

void ChatClient::onError(const Error &error, const QJsonValue &rid)
{
    const QString ridText = rid.toString();
    if (error.code == ErrorCode::UnsupportedVersion) {
        failAuth(AuthError::IncompatibleServer,
            tr("The server runs an incompatible version of Natter (%1).").arg(error.message));
        return;
    }
    if (ridText == kAuthRid) {
        const bool wasLoggedIn = m_everAuthenticated;
        switch (error.code) {
        case ErrorCode::BadCredentials:
            failAuth(AuthError::WrongPassword, tr("Wrong phone number or password."));
            break;
        case ErrorCode::PhoneTaken:
            failAuth(AuthError::NumberTaken,
                tr("The number %1 already has an account. Log in instead.").arg(m_pendingPhone));
            break;
        case ErrorCode::InvalidPhone:
            failAuth(AuthError::InvalidNumber, tr("This is not a valid phone number."));
            break;
        case ErrorCode::InvalidName:
            failAuth(AuthError::InvalidName,
                tr("Choose a name of 1 to %1 characters.").arg(kMaxNameChars));
            break;
        case ErrorCode::WeakPassword:
            failAuth(AuthError::WeakPassword,
                tr("The password must have at least %1 characters.").arg(kMinPasswordChars));
            break;
        case ErrorCode::RateLimited:
            failAuth(AuthError::TooManyAttempts,
                tr("Too many attempts. Please wait a while and try again. (%1)")
                    .arg(error.message));
            break;
        case ErrorCode::BadToken:
            m_tokens->remove(server(), m_phone);
            failAuth(
                AuthError::SessionExpired, tr("Your session has expired. Please log in again."));
            break;
        default:
            failAuth(AuthError::ServerError,
                tr("The server could not log you in: %1").arg(error.message));
            break;
        }
        if (wasLoggedIn)
            emit loggedOut();
        return;
    }
    if (m_transfers->handleError(error, rid))
        return;
    if (m_statuses->handleError(error, rid))
        return;
    if (m_inbox->handleError(error, rid) || m_outbox->handleError(error))
        return;
    if (ridText.startsWith(kLookupRid)) {
        emit lookupFinished(ridText.mid(kLookupRid.size()), false, {},
            error.code == ErrorCode::InvalidPhone ? tr("This is not a valid phone number.")
                                                  : error.message);
        return;
    }
    qCInfo(lcClientChat).noquote() << "server error" << toWireName(error.code) << error.message;
}

// ---- messages --------------------------------------------------------------------------------

qint64 ChatClient::sendText(const QString &peer, const QString &text)
{
    return m_outbox->sendText(peer, text);
}

bool ChatClient::retry(qint64 localId)
{
    return m_transfers->retry(localId) || m_outbox->retry(localId);
}

void ChatClient::markRead(const QString &peer)
{
    m_inbox->markRead(normalizePhone(peer));
}

int ChatClient::totalUnread() const
{
    return m_store ? m_store->totalUnread() : 0;
}

void ChatClient::emitUnread()
{
    const int now = totalUnread();
    if (now == m_lastUnread)
        return;
    m_lastUnread = now;
    emit totalUnreadChanged(now);
}

// ---- presence, typing, lookup ----------------------------------------------------------------

void ChatClient::setTyping(const QString &peer, bool typing)
{
    m_presence->setTyping(peer, typing);
}

bool ChatClient::isTyping(const QString &peer) const
{
    return m_presence->isTyping(peer);
}

void ChatClient::queryPresence(const QString &peer)
{
    m_presence->queryPresence(peer);
}

void ChatClient::lookup(const QString &phone)
{
    const QString normalized = normalizePhone(phone);
    QString problem;
    if (normalized.isEmpty())
        problem = tr("%1 is not a valid phone number.").arg(phone);
    else if (!m_connection->send(Lookup {normalized}, QString(kLookupRid + normalized)))
        problem = tr("You are offline; try again when connected.");
    if (!problem.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, phone, problem] { emit lookupFinished(phone, false, {}, problem); },
            Qt::QueuedConnection);
    }
}

} // namespace natter::client
