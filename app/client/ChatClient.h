#pragma once

#include "client/ClientTypes.h"
#include "protocol/Frames.h"

#include <QDateTime>
#include <QJsonValue>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace natter::client {

class Inbox;
class LocalStore;
class Outbox;
class PresenceTracker;
class ServerConnection;
class StatusClient;
class TokenStore;
class TransferManager;

// The facade the desktop UI is built on: one account's connection, local history and outbox.
// It owns the ServerConnection, the LocalStore (<dataDir>/account-<digits>.sqlite) and the
// outbox; the session token lives in the keychain through TokenStore. Everything is
// asynchronous: methods return at once and results arrive as signals. One thread only.
class ChatClient final : public QObject
{
    Q_OBJECT
    Q_PROPERTY(ConnectionState connectionState READ connectionState NOTIFY connectionStateChanged)
    Q_PROPERTY(QString phone READ phone NOTIFY accountChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY accountChanged)
    Q_PROPERTY(int totalUnread READ totalUnread NOTIFY totalUnreadChanged)
    Q_PROPERTY(bool sessionPersistent READ sessionPersistent NOTIFY sessionPersistenceChanged)
    Q_PROPERTY(bool syncing READ isSyncing NOTIFY syncingChanged)
public:
    enum class ConnectionState {
        Offline, // no account active, or logged out
        Connecting, // (re)connecting, including the wait between attempts
        Authenticating, // connected, waiting for the server to accept the login
        Online, // logged in: messages flow
    };
    Q_ENUM(ConnectionState)

    // Why a register/login/resume did not succeed (the message of authFailed says it in words).
    enum class AuthError {
        ServerUnreachable, // no connection to the server could be made
        WrongPassword, // wrong phone number or password
        NumberTaken, // register: the number already has an account
        InvalidNumber, // not a valid phone number
        InvalidName, // register: unusable display name
        WeakPassword, // register: password too short
        SessionExpired, // resume: the stored token is no longer valid
        NoSession, // resume: no stored account or token
        IncompatibleServer, // the server speaks another protocol version
        ServerError, // anything else the server reported
        TooManyAttempts, // login: the number is locked for a while after failed attempts
    };
    Q_ENUM(AuthError)

    // `dataDir` holds the local databases and the (non-secret) record of the last account.
    // `keychainService` names the keychain entries (tests use their own).
    explicit ChatClient(const QString &dataDir, QObject *parent = nullptr,
        const QString &keychainService = QStringLiteral("Natter"));
    ~ChatClient() override;
    Q_DISABLE_COPY_MOVE(ChatClient)

    // ---- server and account --------------------------------------------------------------
    // The server to use (ws:// or wss://); a change while connected reconnects there.
    void setServer(const QUrl &url);
    QUrl server() const;
    // Creates an account and logs in; authSucceeded() or authFailed() follows.
    void registerAccount(const QString &phone, const QString &name, const QString &password);
    // Logs in with number and password; authSucceeded() or authFailed() follows.
    void login(const QString &phone, const QString &password);
    // True when a previous login on this data dir can be resumed (server and number are known).
    bool hasSavedSession() const;
    // Resumes the last session with the token from the keychain: opens the local history at
    // once (the outbox works offline) and keeps reconnecting until it succeeds or is refused.
    void resumeSession();
    // Ends the session on the server, forgets the token and goes Offline. History stays.
    void logout();

    ConnectionState connectionState() const { return m_state; }
    bool isOnline() const { return m_state == ConnectionState::Online; }
    // The logged-in (or resuming) account; empty when none.
    QString phone() const { return m_phone; }
    QString displayName() const { return m_name; }
    // False when the keychain is unavailable and the session lasts only while the app runs
    // (checked when the ChatClient is created; sessionPersistenceChanged() tells the outcome).
    bool sessionPersistent() const;
    // Human-readable reason why the session cannot be kept (empty when it can).
    QString sessionPersistenceReason() const;
    // True while the server is still handing over messages queued during the absence.
    bool isSyncing() const { return m_syncing; }

    // Where the local database of `phone` lives inside `dataDir`.
    static QString databasePath(const QString &dataDir, const QString &phone);
    // The account's local database for the UI models (read it; write through this class).
    // nullptr while no account is active.
    const LocalStore *store() const { return m_store.get(); }
    // The connection (for tuning backoff/keep-alive, e.g. in tests).
    ServerConnection *connection() const { return m_connection; }
    TokenStore *tokenStore() const { return m_tokens; }
    // Skips the backoff wait and reconnects now.
    void reconnectNow();

    // ---- messages ------------------------------------------------------------------------
    // Stores a text message as pending and sends it when online; returns its local id, or 0 if
    // nothing was stored (no active account, empty text, invalid number). A text over the
    // server's limit is stored as Failed with the reason.
    qint64 sendText(const QString &peer, const QString &text);
    // Sends a Failed message again with the same client id; false if it is not Failed. Also
    // restarts a Failed/Cancelled transfer (the upload of an outgoing file message, or the
    // download of an incoming one).
    bool retry(qint64 localId);
    // The chat with `peer` is open, visible and focused: its unread messages become read, the
    // sender is told, and the unread count drops to zero.
    void markRead(const QString &peer);
    int totalUnread() const;

    // ---- files, locations, contacts ------------------------------------------------------
    // Client-side limit check before anything is stored: empty when fine, else a sentence
    // naming the limit ("Photos and videos can be at most 16 MB; this file has 17.2 MB.").
    QString checkFile(const QString &path, protocol::FileKind kind) const;
    // Copies the file into the account's files folder (worker thread, hashing it on the way),
    // stores a pending message (transfer Preparing → Uploading), uploads it, then sends the
    // message. Returns the local id, or 0 when refused (the reason through fileRefused()).
    qint64 sendFile(const QString &peer, const QString &path, protocol::FileKind kind,
        const QString &caption = {}, const QByteArray &thumbnail = {});
    // Returns the local id, or 0 when nothing was stored (no account, invalid number, a
    // location out of range, a caption over the limit).
    qint64 sendLocation(
        const QString &peer, const protocol::GeoLocation &location, const QString &caption = {});
    // Returns the local id, or 0 when nothing was stored (not a vCard 3.0/4.0 with FN and TEL,
    // or over the size limit).
    qint64 sendContact(const QString &peer, const QString &vcard);
    // Incoming file: fetch it into filesDir() (resumes a partial download).
    void downloadFile(qint64 localId);
    // Upload: stops it, the message becomes Failed "Cancelled" (retry() starts it again).
    // Download: stops it and deletes the partial file.
    void cancelTransfer(qint64 localId);
    // Incoming media up to this size download by themselves (default 5 MiB; 0 turns it off).
    // Documents never download by themselves.
    void setAutoDownloadLimit(qint64 bytes);
    qint64 autoDownloadLimit() const;
    // The account's files folder: <dataDir>/files-<digits>/ (empty while no account is active).
    QString filesDir() const;
    // The limits from the server's welcome; the protocol defaults before the first welcome.
    const protocol::Limits &serverLimits() const;
    // The transfer engine (standalone uploads/downloads for statuses).
    TransferManager *transfers() const { return m_transfers.get(); }
    // The 24-hour statuses of the account and its contacts (issue 5).
    StatusClient *statuses() const { return m_statuses; }

    // ---- presence, typing, lookup --------------------------------------------------------
    // The user is (not) typing to `peer`; call on every edit, refreshes are rate-limited.
    void setTyping(const QString &peer, bool typing);
    // Whether `peer` is typing to us right now.
    bool isTyping(const QString &peer) const;
    // Asks for the peer's presence; presenceChanged() follows.
    void queryPresence(const QString &peer);
    // Asks whether a number is on Natter; lookupFinished() follows.
    void lookup(const QString &phone);

signals:
    void connectionStateChanged(natter::client::ChatClient::ConnectionState state);
    // The active account (phone/name) changed, or the local store was opened or closed.
    void accountChanged();
    void authSucceeded(const QString &phone, const QString &name);
    void authFailed(natter::client::ChatClient::AuthError error, const QString &message);
    void loggedOut();
    void sessionPersistenceChanged(bool persistent, const QString &reason);
    void syncingChanged(bool syncing);

    // A message row was inserted (sent by us or received).
    void messageAdded(const QString &peer, qint64 localId);
    // A message row changed (state, server id, time). Its sortKey changes when a pending
    // message gets its server id: the model re-places the row.
    void messageChanged(const QString &peer, qint64 localId);
    // A conversation row changed (preview, time, unread count, name) or was created.
    void conversationChanged(const QString &peer);
    void totalUnreadChanged(int count);
    // Bytes of a message's file uploaded or downloaded so far. State changes of a transfer
    // emit messageChanged(peer, localId).
    void transferProgress(const QString &peer, qint64 localId, qint64 bytesDone, qint64 bytesTotal);
    // sendFile() refused the file; `reason` is a sentence for the user.
    void fileRefused(const QString &path, const QString &reason);

    void typingChanged(const QString &peer, bool typing);
    // `lastSeen` is invalid while online or when never seen.
    void presenceChanged(const QString &peer, bool online, const QDateTime &lastSeen);
    // `name` is empty when not found; `error` is a human-readable problem (empty when none).
    void lookupFinished(
        const QString &phone, bool found, const QString &name, const QString &error);

private:
    void setState(ConnectionState state);
    void openAccount(const QString &phone);
    void closeAccount();
    void startAuth();
    void onReady();
    void onFrame(const natter::protocol::ServerFrame &frame, const QJsonValue &rid);
    void onDisconnected(const QString &reason, bool wasReady);
    void onAuthOk(const natter::protocol::AuthOk &ok);
    void onError(const natter::protocol::Error &error, const QJsonValue &rid);
    void failAuth(AuthError error, const QString &message);
    void rememberAccount() const;
    void emitUnread();

    enum class AuthMode { None, Register, Login, Resume };

    QString m_dataDir;
    ServerConnection *m_connection = nullptr;
    TokenStore *m_tokens = nullptr;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<Inbox> m_inbox;
    std::unique_ptr<PresenceTracker> m_presence;
    std::unique_ptr<TransferManager> m_transfers;
    StatusClient *m_statuses = nullptr; // a child QObject
    ConnectionState m_state = ConnectionState::Offline;
    AuthMode m_authMode = AuthMode::None;
    bool m_everAuthenticated = false; // this attempt has logged in once (later losses are retried)
    QString m_phone;
    QString m_name;
    QString m_pendingPhone; // register/login: the number being authenticated
    QString m_pendingName; // register
    QString m_password; // register/login, cleared as soon as the server answers
    QString m_token; // in memory for reconnects; never logged
    bool m_syncing = false;
    int m_lastUnread = -1;
};

} // namespace natter::client
