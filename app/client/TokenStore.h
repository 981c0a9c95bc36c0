#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

namespace QKeychain {
class Job;
}

namespace natter::client {

// Keeps the session token per (server, phone) in the OS keychain (Secret Service on Linux)
// through QtKeychain, with asynchronous jobs only. When no keychain is available it says so
// (persistent() turns false, with a human-readable reason) and keeps the token in memory for
// this run only. It never writes a token to a plain file or QSettings.
class TokenStore final : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool persistent READ persistent NOTIFY persistenceChanged)
    Q_PROPERTY(QString unavailableReason READ unavailableReason NOTIFY persistenceChanged)
public:
    // `service` names the keychain entries ("Natter"; tests pass their own).
    explicit TokenStore(
        const QString &service = QStringLiteral("Natter"), QObject *parent = nullptr);
    ~TokenStore() override;
    Q_DISABLE_COPY_MOVE(TokenStore)

    // Starts reading the token; readFinished() follows (also when there is none).
    void read(const QUrl &server, const QString &phone);
    // Starts storing the token; writeFinished() follows. The token is usable from memory at once.
    void write(const QUrl &server, const QString &phone, const QString &token);
    // Starts deleting the token; removeFinished() follows.
    void remove(const QUrl &server, const QString &phone);

    // Asks the keychain whether it works at all (a harmless read), so the UI can warn before
    // the first login; availabilityChecked() follows, and persistenceChanged() if it does not.
    void checkAvailability();

    // False once the keychain proved unavailable: tokens then last only while the app runs.
    bool persistent() const { return m_persistent; }
    // Why the keychain cannot be used (translated), empty while it works.
    QString unavailableReason() const { return m_reason; }
    // Jobs still running.
    int pendingJobs() const { return m_pending; }
    // The keychain key for a (server, phone) pair.
    static QString keyFor(const QUrl &server, const QString &phone);

signals:
    // `token` is empty when none is stored.
    void readFinished(const QUrl &server, const QString &phone, const QString &token);
    // `persisted` is false when the token is only kept in memory.
    void writeFinished(const QUrl &server, const QString &phone, bool persisted);
    void removeFinished(const QUrl &server, const QString &phone);
    // The keychain turned out (un)available; `reason` is empty when it is available.
    void persistenceChanged(bool persistent, const QString &reason);
    // Answer to checkAvailability().
    void availabilityChecked(bool persistent);

private:
    void markUnavailable(const QString &detail);
    bool isBackendFailure(QKeychain::Job *job) const;

    QString m_service;
    QHash<QString, QString> m_memory; // key → token, this run only
    bool m_persistent = true;
    QString m_reason;
    int m_pending = 0;
};

} // namespace natter::client
