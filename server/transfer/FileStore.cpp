#include "transfer/FileStore.h"

#include "store/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcFiles, "natter.server.files")

namespace natter::server {

using namespace natter::protocol;

namespace {
constexpr qint64 kHashStep = kMiB;

FileRecord recordFrom(const QSqlQuery &q)
{
    FileRecord r;
    r.id = q.value(0).toString();
    r.owner = q.value(1).toLongLong();
    r.kind = q.value(2).toInt() == int(FileKind::Media) ? FileKind::Media : FileKind::Document;
    r.name = q.value(3).toString();
    r.mime = q.value(4).toString();
    r.size = q.value(5).toLongLong();
    r.sha256 = q.value(6).toByteArray();
    r.stored = q.value(7).toInt() != 0;
    r.createdMs = q.value(8).toLongLong();
    r.storedMs = q.value(9).toLongLong();
    return r;
}

bool syncDirectory(const QString &dir)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    Q_UNUSED(dir);
    return true;
#endif
}
} // namespace

FileStore::FileStore(Database &db, QString dir) : m_db(db), m_dir(std::move(dir)) { }

bool FileStore::open(QString *error)
{
    if (!QDir().mkpath(m_dir)) {
        *error = QStringLiteral("cannot create the files directory %1").arg(m_dir);
        return false;
    }
    QFile::setPermissions(m_dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // Files whose rows are gone (natterd stopped between deleting the rows and the files).
    const QFileInfoList entries = QDir(m_dir).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo &info : entries) {
        QString id = info.fileName();
        if (id.endsWith(QLatin1String(".part")))
            id.chop(5);
        if (!find(id))
            QFile::remove(info.absoluteFilePath());
    }
    return true;
}

QString FileStore::partPath(const QString &id) const
{
    return m_dir + u'/' + id + QStringLiteral(".part");
}

QString FileStore::storedPath(const QString &id) const
{
    return m_dir + u'/' + id;
}

qint64 FileStore::bytesAvailable() const
{
    const QStorageInfo info(m_dir);
    return info.isValid() ? info.bytesAvailable() : -1;
}

QString FileStore::newFileId()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<FileRecord> FileStore::find(const QString &id)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT id, owner_id, kind, name, mime, size, sha256, stored, created_ms, stored_ms FROM files WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        qCWarning(lcFiles) << "reading a file row failed:" << q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    FileRecord r = recordFrom(q);
    q.finish();
    return r;
}

bool FileStore::isOwnedFinishedUpload(const QString &id, UserId user, FileKind kind)
{
    const auto r = find(id);
    return r && r->stored && r->owner == user && r->kind == kind;
}

FileStore::Result FileStore::createUpload(const FileRecord &record)
{
    {
        QFile part(partPath(record.id));
        if (!part.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            qCWarning(lcFiles) << "cannot create" << part.fileName() << part.errorString();
            return Result::StorageFailed;
        }
    }
    Database::WriteScope write(m_db);
    bool ok = write.ready();
    if (ok) {
        QSqlQuery &q = m_db.prepared(QStringLiteral(
            "INSERT INTO files (id, owner_id, kind, name, mime, size, sha256, stored, created_ms, stored_ms)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, 0)"));
        q.addBindValue(record.id);
        q.addBindValue(record.owner);
        q.addBindValue(int(record.kind));
        q.addBindValue(record.name);
        q.addBindValue(record.mime);
        q.addBindValue(record.size);
        q.addBindValue(record.sha256);
        q.addBindValue(record.createdMs);
        ok = q.exec();
        if (!ok)
            qCWarning(lcFiles) << "recording an upload failed:" << q.lastError().text();
        q.finish();
    }
    if (!ok || !write.commit()) {
        QFile::remove(partPath(record.id));
        return Result::Failed;
    }
    return Result::Ok;
}

bool FileStore::markStored(const QString &id, const QString &mime, qint64 now)
{
    Database::WriteScope write(m_db);
    if (!write.ready())
        return false;
    QSqlQuery &q = m_db.prepared(QStringLiteral("UPDATE files SET stored = 1, mime = ?, stored_ms = ? WHERE id = ?"));
    q.addBindValue(mime);
    q.addBindValue(now);
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        qCWarning(lcFiles) << "recording a stored file failed:" << q.lastError().text();
        return false;
    }
    return write.commit();
}

bool FileStore::unmarkStored(const QString &id)
{
    Database::WriteScope write(m_db);
    if (!write.ready())
        return false;
    QSqlQuery &q = m_db.prepared(QStringLiteral("UPDATE files SET stored = 0, stored_ms = 0 WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && write.commit();
}

bool FileStore::deleteFile(const QString &id)
{
    Database::WriteScope write(m_db);
    if (!write.ready())
        return false;
    QSqlQuery &access = m_db.prepared(QStringLiteral("DELETE FROM file_access WHERE file_id = ?"));
    access.addBindValue(id);
    QSqlQuery &file = m_db.prepared(QStringLiteral("DELETE FROM files WHERE id = ?"));
    if (!access.exec()) {
        qCWarning(lcFiles) << "deleting a file's grants failed:" << access.lastError().text();
        return false;
    }
    file.addBindValue(id);
    if (!file.exec()) {
        qCWarning(lcFiles) << "deleting a file row failed:" << file.lastError().text();
        return false;
    }
    if (!write.commit())
        return false;
    // The bytes go once the rows are gone for good; a download still reading keeps its open file.
    m_db.afterCommit([part = partPath(id), stored = storedPath(id)](bool ok) {
        if (!ok)
            return;
        QFile::remove(part);
        QFile::remove(stored);
    });
    return true;
}

bool FileStore::mayDownload(const QString &id, UserId user)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT 1 FROM files f WHERE f.id = ? AND f.stored = 1 AND (f.owner_id = ?"
        " OR EXISTS (SELECT 1 FROM file_access a WHERE a.file_id = f.id AND a.user_id = ?))"));
    q.addBindValue(id);
    q.addBindValue(user);
    q.addBindValue(user);
    if (!q.exec()) {
        qCWarning(lcFiles) << "checking a download right failed:" << q.lastError().text();
        return false;
    }
    const bool found = q.next();
    q.finish();
    return found;
}

bool FileStore::grantAccess(const QString &id, UserId user, FileGrant grant)
{
    Database::WriteScope write(m_db);
    if (!write.ready())
        return false;
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "INSERT INTO file_access (file_id, user_id, grant_kind, downloaded) VALUES (?, ?, ?, 0)"
        " ON CONFLICT (file_id, user_id) DO UPDATE SET grant_kind = CASE WHEN excluded.grant_kind"
        " < file_access.grant_kind THEN excluded.grant_kind ELSE file_access.grant_kind END"));
    q.addBindValue(id);
    q.addBindValue(user);
    q.addBindValue(int(grant));
    if (!q.exec()) {
        qCWarning(lcFiles) << "granting a download right failed:" << q.lastError().text();
        return false;
    }
    return write.commit();
}

bool FileStore::revokeAccess(const QString &id, UserId user)
{
    Database::WriteScope write(m_db);
    if (!write.ready())
        return false;
    QSqlQuery &q = m_db.prepared(QStringLiteral("DELETE FROM file_access WHERE file_id = ? AND user_id = ? AND grant_kind = ?"));
    q.addBindValue(id);
    q.addBindValue(user);
    q.addBindValue(int(FileGrant::Status));
    if (!q.exec()) {
        qCWarning(lcFiles) << "revoking a download right failed:" << q.lastError().text();
        return false;
    }
    return write.commit();
}

bool FileStore::sentInMessages(const QString &id)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT 1 FROM file_access WHERE file_id = ? AND grant_kind = ?"));
    q.addBindValue(id);
    q.addBindValue(int(FileGrant::Message));
    if (!q.exec()) {
        qCWarning(lcFiles) << "checking a file's messages failed:" << q.lastError().text();
        return true; // when in doubt, keep the file
    }
    const bool found = q.next();
    q.finish();
    return found;
}

FileStore::Result FileStore::markDownloaded(const QString &id, UserId user)
{
    if (!mayDownload(id, user))
        return Result::NotFound;
    Database::WriteScope write(m_db);
    if (!write.ready())
        return Result::Failed;
    QSqlQuery &q = m_db.prepared(QStringLiteral("UPDATE file_access SET downloaded = 1 WHERE file_id = ? AND user_id = ?"));
    q.addBindValue(id);
    q.addBindValue(user);
    if (!q.exec()) {
        qCWarning(lcFiles) << "recording a download failed:" << q.lastError().text();
        return Result::Failed;
    }
    return write.commit() ? Result::Ok : Result::Failed;
}

FileStore::Purged FileStore::purge(qint64 retentionCutoff, qint64 staleCutoff, const QSet<QString> &active)
{
    Purged purged;
    QStringList done;
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT id FROM files f WHERE f.stored = 1 AND f.stored_ms < ? AND NOT EXISTS (SELECT 1 FROM"
        " file_access a WHERE a.file_id = f.id AND a.grant_kind = 1 AND a.downloaded = 0)"));
    q.addBindValue(retentionCutoff);
    if (q.exec()) {
        while (q.next())
            done.append(q.value(0).toString());
        q.finish();
    } else {
        qCWarning(lcFiles) << "finding expired files failed:" << q.lastError().text();
    }
    QStringList stale;
    QSqlQuery &u = m_db.prepared(QStringLiteral("SELECT id FROM files WHERE stored = 0 AND created_ms < ?"));
    u.addBindValue(staleCutoff);
    if (u.exec()) {
        while (u.next())
            stale.append(u.value(0).toString());
        u.finish();
    } else {
        qCWarning(lcFiles) << "finding stale uploads failed:" << u.lastError().text();
    }
    for (const QString &id : std::as_const(done)) {
        if (!active.contains(id) && deleteFile(id))
            ++purged.stored;
    }
    for (const QString &id : std::as_const(stale)) {
        if (active.contains(id))
            continue;
        // Untouched: the part file (written by every chunk) is older than the cutoff, or gone.
        const QFileInfo part(partPath(id));
        if (part.exists() && part.lastModified().toMSecsSinceEpoch() >= staleCutoff)
            continue;
        if (deleteFile(id))
            ++purged.stale;
    }
    return purged;
}

std::shared_ptr<QCryptographicHash> FileStore::hashPrefix(const QString &path, qint64 length)
{
    auto hash = std::make_shared<QCryptographicHash>(QCryptographicHash::Sha256);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return nullptr;
    QByteArray buffer(kHashStep, Qt::Uninitialized);
    qint64 left = length;
    while (left > 0) {
        const qint64 n = file.read(buffer.data(), std::min(left, kHashStep));
        if (n <= 0)
            return nullptr;
        hash->addData(QByteArrayView(buffer.constData(), n));
        left -= n;
    }
    return hash;
}

bool FileStore::commitPart(const QString &partPath, const QString &target)
{
#ifdef Q_OS_UNIX
    // fsync through a fresh descriptor flushes the pages the writer left in the cache.
    const int fd = ::open(QFile::encodeName(partPath).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (!synced)
        return false;
#endif
    if (!QFile::rename(partPath, target))
        return false;
    syncDirectory(QFileInfo(target).absolutePath());
    return true;
}

// ---- PartFile ------------------------------------------------------------------------------

PartFile::~PartFile()
{
    close();
}

bool PartFile::open(const QString &path)
{
    close();
    m_path = path;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return false;
    m_size = m_file.size();
    return true;
}

bool PartFile::append(QByteArrayView data)
{
    qint64 done = 0;
    while (done < data.size()) {
        const qint64 n = m_file.write(data.data() + done, data.size() - done);
        if (n <= 0)
            return false;
        done += n;
    }
    m_size += done;
    return true;
}

void PartFile::touch()
{
    if (m_file.isOpen())
        m_file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
}

bool PartFile::commit(const QString &target)
{
    if (!m_file.isOpen())
        return false;
    m_file.close();
    return FileStore::commitPart(m_path, target);
}

void PartFile::close()
{
    if (m_file.isOpen())
        m_file.close();
}

void PartFile::discard()
{
    close();
    if (!m_path.isEmpty())
        QFile::remove(m_path);
}

} // namespace natter::server
