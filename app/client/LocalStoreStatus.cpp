#include "client/LocalStore.h"

#include "client/ClientLog.h"
#include "client/LocalStoreSql.h"
#include "protocol/JsonReader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>

// The status tables of LocalStore: posts without a `status_ack` and views the server has not
// confirmed (StatusClient), so that neither is lost when the app quits.
namespace natter::client {

using namespace natter::protocol;
using namespace natter::client::sql;

namespace {
const QString kPostColumns = QStringLiteral(
    "client_id, kind, text, background, source, local_path, upload_id, file, created, state,"
    " failure, thumbnail");

// The text columns are NOT NULL: a null QString would be bound as NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString fileToJson(const std::optional<FileRef> &file)
{
    if (!file)
        return {};
    QJsonObject obj;
    obj.insert(QStringLiteral("file"), fileRefObject(*file));
    return QString::fromUtf8(QJsonDocument(obj).toJson(QJsonDocument::Compact));
}

std::optional<FileRef> fileFromJson(const QString &json)
{
    if (json.isEmpty())
        return std::nullopt;
    // Written by us after the server accepted the upload: read back with the widest limits.
    Limits wide;
    wide.maxMediaBytes = wide.maxDocumentBytes = std::numeric_limits<qint64>::max() / 2;
    JsonReader reader(QJsonDocument::fromJson(json.toUtf8()).object());
    const FileRef file = readFileRef(reader, wide, MessageKind::Media);
    if (!reader.ok()) {
        qCWarning(lcClientStore) << "a stored status file is unreadable:" << reader.errorMessage();
        return std::nullopt; // uploaded again
    }
    return file;
}

StoredStatusPost readPost(const QSqlQuery &q)
{
    StoredStatusPost p;
    p.clientId = q.value(0).toString();
    p.kind = q.value(1).toInt() == int(StatusKind::Media) ? StatusKind::Media : StatusKind::Text;
    p.text = q.value(2).toString();
    p.background = q.value(3).toString();
    p.sourcePath = q.value(4).toString();
    p.localPath = q.value(5).toString();
    p.uploadId = q.value(6).toString();
    p.file = fileFromJson(q.value(7).toString());
    p.created = q.value(8).toLongLong();
    const int state = q.value(9).toInt();
    p.state = state >= 0 && state <= int(StoredStatusPost::State::Failed)
        ? StoredStatusPost::State(state)
        : StoredStatusPost::State::Failed;
    p.failure = q.value(10).toString();
    p.thumbnail = q.value(11).toByteArray();
    return p;
}

// Runs `sql` once per id in one transaction.
bool forEachId(
    const QString &connectionName, const QString &sql, const QList<qint64> &ids, const char *what)
{
    if (ids.isEmpty())
        return true;
    QSqlDatabase db = connection(connectionName);
    if (!db.transaction())
        return false;
    QSqlQuery q(db);
    q.prepare(sql);
    for (const qint64 id : ids) {
        q.addBindValue(id);
        if (!run(q, what)) {
            db.rollback();
            return false;
        }
    }
    return db.commit();
}
} // namespace

bool LocalStore::saveStatusPost(const StoredStatusPost &post)
{
    QSqlQuery q(connection(m_connectionName));
    // An update keeps the row's place (seq) in the outbox; a new post is appended.
    q.prepare(
        QStringLiteral("INSERT INTO status_outbox (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT (client_id) DO UPDATE SET kind = excluded.kind,"
                       " text = excluded.text, background = excluded.background,"
                       " source = excluded.source, local_path = excluded.local_path,"
                       " upload_id = excluded.upload_id,"
                       " file = excluded.file, created = excluded.created,"
                       " state = excluded.state, failure = excluded.failure,"
                       " thumbnail = excluded.thumbnail")
            .arg(kPostColumns));
    q.addBindValue(notNull(post.clientId));
    q.addBindValue(int(post.kind));
    q.addBindValue(notNull(post.text));
    q.addBindValue(notNull(post.background));
    q.addBindValue(notNull(post.sourcePath));
    q.addBindValue(notNull(post.localPath));
    q.addBindValue(notNull(post.uploadId));
    q.addBindValue(notNull(fileToJson(post.file)));
    q.addBindValue(post.created);
    q.addBindValue(int(post.state));
    q.addBindValue(notNull(post.failure));
    q.addBindValue(post.thumbnail); // a BLOB; NULL when there is none
    return run(q, "storing a status post");
}

bool LocalStore::removeStatusPost(const QString &clientId)
{
    QSqlQuery q(connection(m_connectionName));
    q.prepare(QStringLiteral("DELETE FROM status_outbox WHERE client_id = ?"));
    q.addBindValue(clientId);
    return run(q, "removing a status post");
}

QList<StoredStatusPost> LocalStore::statusOutbox() const
{
    QList<StoredStatusPost> out;
    QSqlQuery q(connection(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM status_outbox ORDER BY seq").arg(kPostColumns));
    if (!run(q, "reading the status outbox"))
        return out;
    while (q.next())
        out.append(readPost(q));
    return out;
}

bool LocalStore::addUnsentStatusViews(const QList<qint64> &statusIds)
{
    return forEachId(m_connectionName,
        QStringLiteral("INSERT OR IGNORE INTO status_views_unsent (status_id) VALUES (?)"),
        statusIds, "storing a status view");
}

bool LocalStore::removeUnsentStatusViews(const QList<qint64> &statusIds)
{
    return forEachId(m_connectionName,
        QStringLiteral("DELETE FROM status_views_unsent WHERE status_id = ?"), statusIds,
        "removing a status view");
}

QList<qint64> LocalStore::unsentStatusViews() const
{
    QList<qint64> out;
    QSqlQuery q(connection(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT status_id FROM status_views_unsent ORDER BY rowid"));
    if (!run(q, "reading unsent status views"))
        return out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

} // namespace natter::client
