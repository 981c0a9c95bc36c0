#include "client/LocalStore.h"

#include "client/ClientLog.h"
#include "client/LocalStoreSchema.h"
#include "client/LocalStoreSql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>

// Opening, migrating and reading the local database; the writes are in LocalStoreWrites.cpp.
namespace natter::client {

using namespace natter::protocol;
using namespace natter::client::sql;

LocalStore::LocalStore(const QString &path)
    : m_path(path)
    , m_connectionName(
          QStringLiteral("natter-client-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

LocalStore::~LocalStore()
{
    close();
}

bool LocalStore::open(QString *error)
{
    QString dummy;
    QString &err = error ? *error : dummy;
    if (isOpen())
        return true;
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        err = QCoreApplication::translate("LocalStore", "Cannot create the folder %1.")
                  .arg(info.absolutePath());
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        err = QCoreApplication::translate("LocalStore", "Cannot open the message database: %1")
                  .arg(db.lastError().text());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        return false;
    }
    // WAL with synchronous=NORMAL survives a killed process and keeps commits cheap.
    for (const char *pragma :
        {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"})
        exec(QString::fromLatin1(pragma));
    if (!migrate(&err)) {
        db = QSqlDatabase();
        close();
        return false;
    }
    qCDebug(lcClientStore) << "opened" << m_path << "schema" << schemaVersion();
    return true;
}

void LocalStore::close()
{
    {
        QSqlDatabase db = connection(m_connectionName);
        if (db.isOpen())
            db.close();
    }
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

bool LocalStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection(m_connectionName).isOpen();
}

int LocalStore::schemaVersion() const
{
    QSqlQuery q(connection(m_connectionName));
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

int LocalStore::latestSchemaVersion()
{
    return int(localStoreMigrations().size());
}

bool LocalStore::migrate(QString *error)
{
    const auto &migrations = localStoreMigrations();
    int version = schemaVersion();
    if (version > latestSchemaVersion()) {
        *error = QCoreApplication::translate(
            "LocalStore", "The message database was written by a newer version of Natter.");
        return false;
    }
    while (version < latestSchemaVersion()) {
        if (!transaction()) {
            *error
                = QCoreApplication::translate("LocalStore", "Cannot update the message database.");
            return false;
        }
        bool ok = true;
        for (const QString &sql : migrations[version])
            ok = ok && exec(sql);
        ok = ok && exec(QStringLiteral("PRAGMA user_version=%1").arg(version + 1));
        if (!ok || !commit()) {
            rollback();
            *error
                = QCoreApplication::translate("LocalStore", "Cannot update the message database.");
            return false;
        }
        ++version;
        qCInfo(lcClientStore) << "migrated the local database to schema" << version;
    }
    return true;
}

bool LocalStore::exec(const QString &sql) const
{
    QSqlQuery q(connection(m_connectionName));
    if (q.exec(sql))
        return true;
    qCWarning(lcClientStore) << "statement failed:" << q.lastError().text();
    return false;
}

bool LocalStore::transaction() const
{
    return connection(m_connectionName).transaction();
}

bool LocalStore::commit() const
{
    QSqlDatabase db = connection(m_connectionName);
    if (db.commit())
        return true;
    qCWarning(lcClientStore) << "commit failed:" << db.lastError().text();
    db.rollback();
    return false;
}

void LocalStore::rollback() const
{
    connection(m_connectionName).rollback();
}

// ---- queries ---------------------------------------------------------------------------------

QList<Conversation> LocalStore::conversations() const
{
    QList<Conversation> out;
    QSqlQuery q(connection(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM conversations ORDER BY last_activity DESC, peer")
                  .arg(kConversationColumns));
    if (!run(q, "listing conversations"))
        return out;
    while (q.next())
        out.append(readConversation(q));
    return out;
}

std::optional<Conversation> LocalStore::conversation(const QString &peer) const
{
    QSqlQuery q(connection(m_connectionName));
    q.prepare(
        QStringLiteral("SELECT %1 FROM conversations WHERE peer = ?").arg(kConversationColumns));
    q.addBindValue(peer);
    if (!run(q, "reading a conversation") || !q.next())
        return std::nullopt;
    return readConversation(q);
}

QList<StoredMessage> LocalStore::messages(
    const QString &peer, qint64 beforeSortKey, int limit) const
{
    QList<StoredMessage> out;
    QSqlQuery q(connection(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE peer = ? AND sort_key < ?"
                             " ORDER BY sort_key DESC LIMIT ?")
                  .arg(kMessageColumns, kMessageSource));
    q.addBindValue(peer);
    q.addBindValue(beforeSortKey);
    q.addBindValue(limit);
    if (!run(q, "reading messages"))
        return out;
    out.reserve(limit);
    while (q.next())
        out.append(readMessage(q));
    return out;
}

int LocalStore::messageCount(const QString &peer) const
{
    const auto c = conversation(peer);
    return c ? c->messageCount : 0;
}

std::optional<StoredMessage> LocalStore::firstUnread(const QString &peer) const
{
    QSqlQuery q(connection(m_connectionName));
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE peer = ? AND outgoing = 0 AND state = 2"
                             " ORDER BY sort_key LIMIT 1")
                  .arg(kMessageColumns, kMessageSource));
    q.addBindValue(peer);
    if (!run(q, "finding the first unread message") || !q.next())
        return std::nullopt;
    return readMessage(q);
}

int LocalStore::totalUnread() const
{
    QSqlQuery q(connection(m_connectionName));
    if (!q.exec(QStringLiteral("SELECT COALESCE(SUM(unread_count), 0) FROM conversations"))
        || !q.next())
        return 0;
    return q.value(0).toInt();
}

static std::optional<StoredMessage> oneMessage(
    const QString &connectionName, const QString &where, const QVariant &value)
{
    QSqlQuery q(connection(connectionName));
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                  .arg(kMessageColumns, kMessageSource, where));
    q.addBindValue(value);
    if (!run(q, "reading a message") || !q.next())
        return std::nullopt;
    return readMessage(q);
}

std::optional<StoredMessage> LocalStore::message(qint64 localId) const
{
    return oneMessage(m_connectionName, QStringLiteral("id"), localId);
}

std::optional<StoredMessage> LocalStore::messageByServerId(qint64 serverId) const
{
    return oneMessage(m_connectionName, QStringLiteral("server_id"), serverId);
}

std::optional<StoredMessage> LocalStore::messageByClientId(const QString &clientId) const
{
    return oneMessage(m_connectionName, QStringLiteral("client_id"), clientId);
}

int LocalStore::messagesAfter(const QString &peer, qint64 sortKey) const
{
    QSqlQuery q(connection(m_connectionName));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM messages WHERE peer = ? AND sort_key > ?"));
    q.addBindValue(peer);
    q.addBindValue(sortKey);
    if (!run(q, "counting messages") || !q.next())
        return 0;
    return q.value(0).toInt();
}

// ---- contacts --------------------------------------------------------------------------------

bool LocalStore::upsertContact(const Contact &contact)
{
    if (!transaction())
        return false;
    QSqlQuery q(connection(m_connectionName));
    q.prepare(QStringLiteral(
        "INSERT INTO contacts (phone, name, on_natter) VALUES (?, COALESCE(?, ''), ?)"
        " ON CONFLICT (phone) DO UPDATE SET"
        " name = CASE WHEN excluded.name != '' THEN excluded.name ELSE name END,"
        " on_natter = excluded.on_natter"));
    q.addBindValue(contact.phone);
    q.addBindValue(contact.name);
    q.addBindValue(contact.onNatter);
    bool ok = run(q, "storing a contact");
    if (ok && !contact.name.isEmpty()) {
        QSqlQuery c(connection(m_connectionName));
        c.prepare(QStringLiteral("UPDATE conversations SET display_name = ? WHERE peer = ?"));
        c.addBindValue(contact.name);
        c.addBindValue(contact.phone);
        ok = run(c, "naming a conversation");
    }
    if (!ok) {
        rollback();
        return false;
    }
    return commit();
}

std::optional<Contact> LocalStore::contact(const QString &phone) const
{
    QSqlQuery q(connection(m_connectionName));
    q.prepare(QStringLiteral("SELECT phone, name, on_natter FROM contacts WHERE phone = ?"));
    q.addBindValue(phone);
    if (!run(q, "reading a contact") || !q.next())
        return std::nullopt;
    return Contact {q.value(0).toString(), q.value(1).toString(), q.value(2).toBool()};
}

QList<Contact> LocalStore::contacts() const
{
    QList<Contact> out;
    QSqlQuery q(connection(m_connectionName));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT phone, name, on_natter FROM contacts ORDER BY name COLLATE NOCASE, phone")))
        return out;
    while (q.next())
        out.append(Contact {q.value(0).toString(), q.value(1).toString(), q.value(2).toBool()});
    return out;
}

bool LocalStore::setDisplayName(const QString &peer, const QString &name)
{
    QSqlQuery q(connection(m_connectionName));
    q.prepare(
        QStringLiteral("INSERT INTO conversations (peer, display_name) VALUES (?, COALESCE(?, ''))"
                       " ON CONFLICT (peer) DO UPDATE SET display_name = excluded.display_name"));
    q.addBindValue(peer);
    q.addBindValue(name);
    return run(q, "naming a conversation");
}

} // namespace natter::client
