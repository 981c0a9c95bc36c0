#include "store/StatusStore.h"

#include "store/Database.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace natter::server {

using namespace natter::protocol;

namespace {
const QString kColumns
    = QStringLiteral("id, owner_id, client_id, kind, body, background, file_id, file_name,"
                     " file_mime, file_size, thumbnail, posted_ms, expires_ms, expired");

StoredStatus statusFrom(const QSqlQuery &q)
{
    StoredStatus s;
    s.id = q.value(0).toLongLong();
    s.owner = q.value(1).toLongLong();
    s.clientId = q.value(2).toString();
    s.kind = q.value(3).toInt() == int(StatusKind::Media) ? StatusKind::Media : StatusKind::Text;
    s.text = q.value(4).toString();
    s.background = q.value(5).toString();
    if (!q.value(6).isNull() && !q.value(6).toString().isEmpty())
        s.file = FileRef {q.value(6).toString(), q.value(7).toString(), q.value(8).toString(),
            q.value(9).toLongLong(), q.value(10).toByteArray()};
    s.posted = q.value(11).toLongLong();
    s.expires = q.value(12).toLongLong();
    s.expired = q.value(13).toInt() != 0;
    return s;
}

QVariant nullString()
{
    return QVariant(QMetaType(QMetaType::QString));
}

// The drivers bind a null QString as SQL NULL; the text columns are NOT NULL.
QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
} // namespace

std::optional<StoredStatus> StatusStore::find(qint64 id)
{
    QSqlQuery &q
        = m_db.prepared(QStringLiteral("SELECT %1 FROM statuses WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (!q.exec()) {
        qCWarning(lcStore) << "reading a status failed:" << q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    StoredStatus s = statusFrom(q);
    q.finish();
    return s;
}

std::optional<StoredStatus> StatusStore::findByClientId(UserId owner, const QString &clientId)
{
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT %1 FROM statuses WHERE owner_id = ? AND client_id = ?")
            .arg(kColumns));
    q.addBindValue(owner);
    q.addBindValue(clientId);
    if (!q.exec()) {
        qCWarning(lcStore) << "reading a status failed:" << q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    StoredStatus s = statusFrom(q);
    q.finish();
    return s;
}

std::optional<StatusStore::Posted> StatusStore::post(const StoredStatus &s)
{
    Database::WriteScope write(m_db);
    if (!write.ready())
        return std::nullopt;
    QSqlQuery &insert = m_db.prepared(QStringLiteral(
        "INSERT INTO statuses (owner_id, client_id, kind, body, background, file_id, file_name, "
        "file_mime,"
        " file_size, thumbnail, posted_ms, expires_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (owner_id, client_id) DO NOTHING RETURNING id"));
    insert.addBindValue(s.owner);
    insert.addBindValue(s.clientId);
    insert.addBindValue(int(s.kind));
    insert.addBindValue(nonNull(s.text));
    insert.addBindValue(nonNull(s.background));
    insert.addBindValue(s.file ? QVariant(s.file->fileId) : nullString());
    insert.addBindValue(nonNull(s.file ? s.file->name : QString()));
    insert.addBindValue(nonNull(s.file ? s.file->mime : QString()));
    insert.addBindValue(s.file ? s.file->size : qint64(0));
    insert.addBindValue(s.file && !s.file->thumbnail.isEmpty()
            ? QVariant(s.file->thumbnail)
            : QVariant(QMetaType(QMetaType::QByteArray)));
    insert.addBindValue(s.posted);
    insert.addBindValue(s.expires);
    if (!insert.exec()) {
        qCWarning(lcStore) << "storing a status failed:" << insert.lastError().text();
        return std::nullopt;
    }
    if (insert.next()) {
        const qint64 id = insert.value(0).toLongLong();
        insert.finish();
        if (!write.commit())
            return std::nullopt;
        return Posted {id, s.posted, s.expires, false};
    }
    insert.finish();
    write.commit(); // nothing was written
    const auto existing = findByClientId(s.owner, s.clientId);
    if (!existing)
        return std::nullopt;
    return Posted {existing->id, existing->posted, existing->expires, true};
}

namespace {
// About how many bytes `item` takes in a status_list frame (thumbnails go as base64).
qsizetype encodedSize(const StatusItem &item)
{
    qsizetype size = 160 + item.owner.size() + 2 * (item.ownerName.size() + item.text.size());
    if (item.file)
        size += 120 + 2 * item.file->name.size() + item.file->mime.size()
            + item.file->thumbnail.size() * 4 / 3;
    return size;
}
} // namespace

std::optional<QList<StatusItem>> StatusStore::visibleTo(
    UserId user, qint64 now, qint64 after, qsizetype budgetBytes, bool *more)
{
    QList<StatusItem> out;
    if (more)
        *more = false;
    qsizetype used = 0;
    // Driven from the user and their peers, so it reads only their statuses (index
    // statuses_owner), however many statuses the server holds.
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT s.id, s.owner_id, u.phone, u.name, s.kind, s.body, s.background, s.file_id,"
        " s.file_name, s.file_mime, s.file_size, s.thumbnail, s.posted_ms, s.expires_ms,"
        " (SELECT COUNT(*) FROM status_views v WHERE v.status_id = s.id AND v.viewer_id = ?)"
        " FROM (SELECT CAST(? AS BIGINT) AS owner_id"
        " UNION ALL SELECT peer_id FROM peers WHERE user_id = ?) o"
        " JOIN statuses s ON s.owner_id = o.owner_id JOIN users u ON u.id = s.owner_id"
        " WHERE s.expired = 0 AND s.expires_ms > ? AND s.id > ?"
        " ORDER BY s.id"));
    q.addBindValue(user);
    q.addBindValue(user);
    q.addBindValue(user);
    q.addBindValue(now);
    q.addBindValue(after);
    if (!q.exec()) {
        qCWarning(lcStore) << "listing statuses failed:" << q.lastError().text();
        return std::nullopt;
    }
    QHash<qint64, qsizetype> own; // status id → index in out
    while (q.next()) {
        StatusItem item;
        item.statusId = q.value(0).toLongLong();
        const UserId owner = q.value(1).toLongLong();
        item.owner = q.value(2).toString();
        item.ownerName = q.value(3).toString();
        item.kind
            = q.value(4).toInt() == int(StatusKind::Media) ? StatusKind::Media : StatusKind::Text;
        item.text = q.value(5).toString();
        item.background = q.value(6).toString();
        if (!q.value(7).isNull() && !q.value(7).toString().isEmpty())
            item.file = FileRef {q.value(7).toString(), q.value(8).toString(),
                q.value(9).toString(), q.value(10).toLongLong(), q.value(11).toByteArray()};
        item.posted = q.value(12).toLongLong();
        item.expires = q.value(13).toLongLong();
        if (owner == user)
            own.insert(item.statusId, out.size());
        else
            item.viewed = q.value(14).toLongLong() > 0;
        // The views of an own status count too: at most one per contact, ~40 bytes each.
        used += encodedSize(item);
        if (budgetBytes > 0 && !out.isEmpty() && used > budgetBytes) {
            own.remove(item.statusId);
            if (more)
                *more = true;
            break;
        }
        out.append(item);
    }
    q.finish();
    if (own.isEmpty())
        return out;

    QSqlQuery &views = m_db.prepared(
        QStringLiteral("SELECT v.status_id, u.phone, v.viewed_ms FROM status_views v"
                       " JOIN statuses s ON s.id = v.status_id JOIN users u ON u.id = v.viewer_id"
                       " WHERE s.owner_id = ? AND s.expired = 0 AND s.expires_ms > ? ORDER BY "
                       "v.viewed_ms, v.viewer_id"));
    views.addBindValue(user);
    views.addBindValue(now);
    if (!views.exec()) {
        qCWarning(lcStore) << "listing status views failed:" << views.lastError().text();
        return std::nullopt;
    }
    while (views.next()) {
        const auto it = own.constFind(views.value(0).toLongLong());
        if (it != own.constEnd())
            out[*it].views.append(
                StatusViewEntry {views.value(1).toString(), views.value(2).toLongLong()});
    }
    views.finish();
    return out;
}

StatusStore::ViewResult StatusStore::recordView(qint64 status, UserId viewer, qint64 now)
{
    Database::WriteScope write(m_db);
    if (!write.ready())
        return ViewResult::Failed;
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("INSERT INTO status_views (status_id, viewer_id, viewed_ms) VALUES (?, ?, ?)"
                       " ON CONFLICT (status_id, viewer_id) DO NOTHING RETURNING status_id"));
    q.addBindValue(status);
    q.addBindValue(viewer);
    q.addBindValue(now);
    if (!q.exec()) {
        qCWarning(lcStore) << "recording a status view failed:" << q.lastError().text();
        return ViewResult::Failed;
    }
    const bool first = q.next();
    q.finish();
    if (!write.commit())
        return ViewResult::Failed;
    return first ? ViewResult::First : ViewResult::Repeat;
}

bool StatusStore::remove(qint64 id)
{
    Database::WriteScope write(m_db);
    if (!write.ready())
        return false;
    QSqlQuery &views
        = m_db.prepared(QStringLiteral("DELETE FROM status_views WHERE status_id = ?"));
    views.addBindValue(id);
    if (!views.exec()) {
        qCWarning(lcStore) << "deleting status views failed:" << views.lastError().text();
        return false;
    }
    QSqlQuery &status = m_db.prepared(QStringLiteral("DELETE FROM statuses WHERE id = ?"));
    status.addBindValue(id);
    if (!status.exec()) {
        qCWarning(lcStore) << "deleting a status failed:" << status.lastError().text();
        return false;
    }
    return write.commit();
}

std::optional<QList<StatusStore::Expired>> StatusStore::expire(qint64 now, qint64 tombstoneCutoff)
{
    QList<Expired> out;
    QSqlQuery &select
        = m_db.prepared(QStringLiteral("SELECT id, owner_id, file_id FROM statuses WHERE expired = "
                                       "0 AND expires_ms <= ? ORDER BY id"));
    select.addBindValue(now);
    if (!select.exec()) {
        qCWarning(lcStore) << "finding expired statuses failed:" << select.lastError().text();
        return std::nullopt;
    }
    while (select.next())
        out.append({select.value(0).toLongLong(), select.value(1).toLongLong(),
            select.value(2).toString()});
    select.finish();

    Database::WriteScope write(m_db);
    if (!write.ready())
        return std::nullopt;
    QSqlQuery &views
        = m_db.prepared(QStringLiteral("DELETE FROM status_views WHERE status_id = ?"));
    QSqlQuery &tomb = m_db.prepared(
        QStringLiteral("UPDATE statuses SET expired = 1, body = '', background = '', file_id = "
                       "NULL, file_name = '',"
                       " file_mime = '', file_size = 0, thumbnail = NULL WHERE id = ?"));
    for (const Expired &e : std::as_const(out)) {
        views.addBindValue(e.id);
        if (!views.exec()) {
            qCWarning(lcStore) << "deleting the views of an expired status failed:"
                               << views.lastError().text();
            return std::nullopt;
        }
        tomb.addBindValue(e.id);
        if (!tomb.exec()) {
            qCWarning(lcStore) << "expiring a status failed:" << tomb.lastError().text();
            return std::nullopt;
        }
    }
    QSqlQuery &purge = m_db.prepared(
        QStringLiteral("DELETE FROM statuses WHERE expired = 1 AND expires_ms < ?"));
    purge.addBindValue(tombstoneCutoff);
    if (!purge.exec()) {
        qCWarning(lcStore) << "dropping old status tombstones failed:" << purge.lastError().text();
        return std::nullopt;
    }
    if (!write.commit())
        return std::nullopt;
    return out;
}

std::optional<qint64> StatusStore::nextExpiry()
{
    QSqlQuery &q
        = m_db.prepared(QStringLiteral("SELECT MIN(expires_ms) FROM statuses WHERE expired = 0"));
    if (!q.exec() || !q.next()) {
        qCWarning(lcStore) << "reading the next status expiry failed:" << q.lastError().text();
        return std::nullopt;
    }
    const QVariant v = q.value(0);
    q.finish();
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

int StatusStore::liveStatusesWithFile(const QString &fileId)
{
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT COUNT(*) FROM statuses WHERE file_id = ? AND expired = 0"));
    q.addBindValue(fileId);
    if (!q.exec() || !q.next()) {
        qCWarning(lcStore) << "counting the statuses of a file failed:" << q.lastError().text();
        return 1; // keep the file when in doubt
    }
    const int n = q.value(0).toInt();
    q.finish();
    return n;
}

bool StatusStore::fileSentInMessages(const QString &fileId)
{
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT 1 FROM file_access WHERE file_id = ? AND grant_kind = 1"));
    q.addBindValue(fileId);
    if (!q.exec()) {
        qCWarning(lcStore) << "checking the messages of a file failed:" << q.lastError().text();
        return true; // keep the file when in doubt
    }
    const bool found = q.next();
    q.finish();
    return found;
}

bool StatusStore::dropStatusGrants(const QString &fileId)
{
    Database::WriteScope write(m_db);
    if (!write.ready())
        return false;
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("DELETE FROM file_access WHERE file_id = ? AND grant_kind = 2"));
    q.addBindValue(fileId);
    if (!q.exec()) {
        qCWarning(lcStore) << "dropping the status grants of a file failed:"
                           << q.lastError().text();
        return false;
    }
    return write.commit();
}

} // namespace natter::server
