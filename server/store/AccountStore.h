#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QList>
#include <QString>

#include <optional>

namespace natter::server {

class Database;

using UserId = qint64;

struct Account
{
    UserId id = 0;
    QString phone;
    QString name;
    QByteArray salt;
    QByteArray passwordHash;
    int iterations = 0;
    qint64 lastSeen = 0;
};

// Accounts, session tokens (only their hashes) and who-has-a-conversation-with-whom.
class AccountStore final
{
public:
    explicit AccountStore(Database &db) : m_db(db) { }
    Q_DISABLE_COPY_MOVE(AccountStore)

    enum class CreateResult { Created, PhoneTaken, Failed };
    CreateResult create(Account &account, qint64 now);

    std::optional<Account> findByPhone(const QString &phone);
    std::optional<Account> findById(UserId id);
    std::optional<UserId> idOf(const QString &phone);
    QString phoneOf(UserId id);
    bool setLastSeen(UserId id, qint64 when);

    bool addSession(const QByteArray &tokenHash, UserId user, qint64 now);
    std::optional<UserId> userForSession(const QByteArray &tokenHash);
    bool removeSession(const QByteArray &tokenHash);

    // Records that a and b have a conversation (both directions); cheap when already known.
    bool addPeers(UserId a, UserId b);
    bool arePeers(UserId a, UserId b);
    QList<UserId> peersOf(UserId user);

private:
    void forgetCaches();
    std::optional<Account> findWhere(const QString &column, const QVariant &value);

    Database &m_db;
    // Phones and ids never change once created, so these only ever grow.
    QHash<QString, UserId> m_idByPhone;
    QHash<UserId, QString> m_phoneById;
    QSet<QPair<UserId, UserId>> m_knownPeers;
};

} // namespace natter::server
