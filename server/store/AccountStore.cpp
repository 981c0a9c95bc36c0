#include "store/AccountStore.h"

#include "store/Database.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace natter::server {

AccountStore::CreateResult AccountStore::create(Account &account, qint64 now)
{
    Database::WriteScope write(m_db);
    if (!write.ready())
        return CreateResult::Failed;
    QSqlQuery &q = m_db.prepared(QStringLiteral("INSERT INTO users (phone, name, pw_salt, pw_hash, pw_iterations, created_ms)"
                             " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (phone) DO NOTHING RETURNING id"));
    q.addBindValue(account.phone);
    q.addBindValue(account.name);
    q.addBindValue(account.salt);
    q.addBindValue(account.passwordHash);
    q.addBindValue(account.iterations);
    q.addBindValue(now);
    if (!q.exec()) {
        qCWarning(lcStore) << "creating an account failed:" << q.lastError().text();
        return CreateResult::Failed;
    }
    if (!q.next()) {
        q.finish();
        write.commit(); // nothing was written
        return CreateResult::PhoneTaken;
    }
    account.id = q.value(0).toLongLong();
    q.finish();
    if (!write.commit())
        return CreateResult::Failed;
    m_db.afterCommit([this](bool ok) {
        if (!ok)
            forgetCaches();
    });
    m_idByPhone.insert(account.phone, account.id);
    m_phoneById.insert(account.id, account.phone);
    return CreateResult::Created;
}

void AccountStore::forgetCaches()
{
    // A rolled-back batch may have held what the caches learnt; start over from the database.
    m_idByPhone.clear();
    m_phoneById.clear();
    m_knownPeers.clear();
}

std::optional<Account> AccountStore::findWhere(const QString &column, const QVariant &value)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT id, phone, name, pw_salt, pw_hash, pw_iterations, last_seen_ms"
                             " FROM users WHERE ") + column + QStringLiteral(" = ?"));
    q.addBindValue(value);
    if (!q.exec()) {
        qCWarning(lcStore) << "reading an account failed:" << q.lastError().text();
        return std::nullopt;
    }
    if (!q.next()) {
        q.finish();
        return std::nullopt;
    }
    Account a;
    a.id = q.value(0).toLongLong();
    a.phone = q.value(1).toString();
    a.name = q.value(2).toString();
    a.salt = q.value(3).toByteArray();
    a.passwordHash = q.value(4).toByteArray();
    a.iterations = q.value(5).toInt();
    a.lastSeen = q.value(6).toLongLong();
    q.finish();
    m_idByPhone.insert(a.phone, a.id);
    m_phoneById.insert(a.id, a.phone);
    return a;
}

std::optional<Account> AccountStore::findByPhone(const QString &phone)
{
    return findWhere(QStringLiteral("phone"), phone);
}

std::optional<Account> AccountStore::findById(UserId id)
{
    return findWhere(QStringLiteral("id"), id);
}

std::optional<UserId> AccountStore::idOf(const QString &phone)
{
    if (const auto it = m_idByPhone.constFind(phone); it != m_idByPhone.constEnd())
        return *it;
    if (const auto account = findByPhone(phone))
        return account->id;
    return std::nullopt;
}

QString AccountStore::phoneOf(UserId id)
{
    if (const auto it = m_phoneById.constFind(id); it != m_phoneById.constEnd())
        return *it;
    if (const auto account = findById(id))
        return account->phone;
    return {};
}

bool AccountStore::setLastSeen(UserId id, qint64 when)
{
    Database::WriteScope write(m_db);
    if (!write.ready())
        return false;
    QSqlQuery &q = m_db.prepared(QStringLiteral("UPDATE users SET last_seen_ms = ? WHERE id = ?"));
    q.addBindValue(when);
    q.addBindValue(id);
    return q.exec() && write.commit();
}

bool AccountStore::addSession(const QByteArray &tokenHash, UserId user, qint64 now)
{
    Database::WriteScope write(m_db);
    if (!write.ready())
        return false;
    QSqlQuery &q = m_db.prepared(QStringLiteral("INSERT INTO sessions (token_hash, user_id, created_ms) VALUES (?, ?, ?)"));
    q.addBindValue(tokenHash);
    q.addBindValue(user);
    q.addBindValue(now);
    if (!q.exec()) {
        qCWarning(lcStore) << "storing a session failed:" << q.lastError().text();
        return false;
    }
    return write.commit();
}

std::optional<UserId> AccountStore::userForSession(const QByteArray &tokenHash)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT user_id FROM sessions WHERE token_hash = ?"));
    q.addBindValue(tokenHash);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const UserId user = q.value(0).toLongLong();
    q.finish();
    return user;
}

bool AccountStore::removeSession(const QByteArray &tokenHash)
{
    Database::WriteScope write(m_db);
    if (!write.ready())
        return false;
    QSqlQuery &q = m_db.prepared(QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"));
    q.addBindValue(tokenHash);
    return q.exec() && write.commit();
}

bool AccountStore::addPeers(UserId a, UserId b)
{
    if (m_knownPeers.contains({a, b}))
        return true;
    Database::WriteScope write(m_db);
    if (!write.ready())
        return false;
    QSqlQuery &q = m_db.prepared(QStringLiteral("INSERT INTO peers (user_id, peer_id) VALUES (?, ?), (?, ?)"
                             " ON CONFLICT DO NOTHING"));
    q.addBindValue(a);
    q.addBindValue(b);
    q.addBindValue(b);
    q.addBindValue(a);
    if (!q.exec()) {
        qCWarning(lcStore) << "recording a conversation failed:" << q.lastError().text();
        return false;
    }
    if (!write.commit())
        return false;
    m_db.afterCommit([this](bool ok) {
        if (!ok)
            forgetCaches();
    });
    m_knownPeers.insert({a, b});
    m_knownPeers.insert({b, a});
    return true;
}

bool AccountStore::arePeers(UserId a, UserId b)
{
    if (m_knownPeers.contains({a, b}))
        return true;
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT 1 FROM peers WHERE user_id = ? AND peer_id = ?"));
    q.addBindValue(a);
    q.addBindValue(b);
    if (!q.exec() || !q.next())
        return false;
    q.finish();
    m_knownPeers.insert({a, b});
    m_knownPeers.insert({b, a});
    return true;
}

QList<UserId> AccountStore::peersOf(UserId user)
{
    QList<UserId> out;
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT peer_id FROM peers WHERE user_id = ?"));
    q.addBindValue(user);
    if (q.exec()) {
        while (q.next())
            out.append(q.value(0).toLongLong());
        q.finish();
    }
    return out;
}

} // namespace natter::server
