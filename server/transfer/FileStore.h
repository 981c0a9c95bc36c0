#pragma once

#include "protocol/Frames.h"
#include "store/AccountStore.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace natter::server {

class Database;

// One file as the server records it (table `files`).
struct FileRecord
{
    QString id; // unguessable: 128 random bits, base64url
    UserId owner = 0; // the uploader
    protocol::FileKind kind = protocol::FileKind::Document;
    QString name;
    QString mime; // the client's guess while uploading; the sniffed type once stored
    qint64 size = 0; // declared (and, once stored, actual) size
    QByteArray sha256; // 32 raw bytes, declared by the uploader, verified at the end
    bool stored = false; // complete, verified and moved into place
    qint64 createdMs = 0;
    qint64 storedMs = 0;
    bool operator==(const FileRecord &) const = default;
};

// Why someone may download a file besides being its uploader (table `file_access`).
enum class FileGrant {
    Message = 1, // receiver of a message referencing the file: counts for deletion (`downloaded`)
    Status = 2, // contact who can see a media status: does not hold the file back from deletion
};

// The files of natterd: their rows (`files`, `file_access`) and their bytes on disk under
// `files/dir`. A file being uploaded is `<dir>/<id>.part`; once complete and verified it is
// fsynced and renamed to `<dir>/<id>`. Ids come from the system random generator, so the names
// cannot be guessed; a client-supplied id is only ever used after it was found in the database.
// Writes go through Database::WriteScope (group commit under natterd).
//
// For other handlers (statuses, messages):
//   isOwnedFinishedUpload() — may this user attach this file to a message/status of this kind?
//   grantAccess() / revokeAccess() — download rights of a receiver or status viewer;
//   deleteFile() — removes a file (rows and disk) at once, e.g. the media of a deleted status;
//   check sentInMessages() first: a file that was also sent in a message must stay for its
//   receivers (the normal purge deletes it later).
class FileStore final
{
public:
    FileStore(Database &db, QString dir);
    Q_DISABLE_COPY_MOVE(FileStore)

    // Creates the directory (with owner-only permissions) and removes leftovers of part files whose
    // rows are gone; false with *error when the directory cannot be created.
    bool open(QString *error);
    const QString &dir() const { return m_dir; }
    QString partPath(const QString &id) const;
    QString storedPath(const QString &id) const;
    // Free bytes on the file system of the directory (-1 when unknown).
    qint64 bytesAvailable() const;

    static QString newFileId();

    std::optional<FileRecord> find(const QString &id);
    // A finished upload of `user` of this kind: what a message or status may reference.
    bool isOwnedFinishedUpload(const QString &id, UserId user, protocol::FileKind kind);

    enum class Result { Ok, Failed, StorageFailed, NotFound };
    // Inserts the row of a new upload (not stored yet) and creates its empty part file.
    Result createUpload(const FileRecord &record);
    // The upload is complete: records the sniffed mime and marks the row stored.
    bool markStored(const QString &id, const QString &mime, qint64 now);
    // Back to "uploading" (the commit of markStored failed after the rename).
    bool unmarkStored(const QString &id);
    // Removes the rows, the part file and the stored file. True when the rows are gone (also when
    // there were none).
    bool deleteFile(const QString &id);

    // May download: the uploader, and every user granted access.
    bool mayDownload(const QString &id, UserId user);
    // Idempotent; `grant` Message wins over Status when both apply.
    bool grantAccess(const QString &id, UserId user, FileGrant grant = FileGrant::Message);
    // Removes a Status grant (a Message grant stays: that user received the file in a message).
    bool revokeAccess(const QString &id, UserId user);
    // Whether any message referenced the file (someone holds a Message grant).
    bool sentInMessages(const QString &id);
    // `user` has the whole file: NotFound when the user may not download it.
    Result markDownloaded(const QString &id, UserId user);

    struct Purged
    {
        int stored = 0; // finished files past retention whose receivers all downloaded them
        int stale = 0; // uploads untouched for the timeout
    };
    // Deletes finished files stored before `retentionCutoff` that every message receiver has
    // downloaded (or that no message referenced), and unfinished uploads whose part file was not
    // written since `staleCutoff`, except those in `active` (being written right now).
    Purged purge(qint64 retentionCutoff, qint64 staleCutoff, const QSet<QString> &active);

    // The running SHA-256 of the first `length` bytes of `path`, read in 1 MiB steps (bounded
    // memory). Thread-safe (touches no member): resumed uploads run it on a worker thread.
    // nullptr when the file cannot be read that far.
    static std::shared_ptr<QCryptographicHash> hashPrefix(const QString &path, qint64 length);
    // Makes a complete part file durable and puts it in place: fsync, rename to `target`, fsync
    // the directory. Thread-safe; natterd runs it on a worker thread (an fsync of 100 MB can take
    // a while). False when the fsync or the rename failed (the part file then stays).
    static bool commitPart(const QString &partPath, const QString &target);

private:
    Database &m_db;
    QString m_dir;
};

// The part file of one upload: appended to chunk by chunk, then committed (fsync + rename).
class PartFile final
{
public:
    PartFile() = default;
    ~PartFile();
    Q_DISABLE_COPY_MOVE(PartFile)

    // Opens (creating if missing) for appending; size() is then the committed offset.
    bool open(const QString &path);
    bool isOpen() const { return m_file.isOpen(); }
    qint64 size() const { return m_size; }
    // Writes all of `data` at the end; false on any error (disk full, I/O error).
    bool append(QByteArrayView data);
    // Sets the modification time to now (what the stale-upload purge looks at).
    void touch();
    // fsync, close and rename to `target` (and fsync the directory). False on error; the part
    // file then stays where it was.
    bool commit(const QString &target);
    void close();
    // Closes and deletes the part file.
    void discard();
    QString errorString() const { return m_file.errorString(); }
    const QString &path() const { return m_path; }

private:
    QFile m_file;
    QString m_path;
    qint64 m_size = 0;
};

} // namespace natter::server
