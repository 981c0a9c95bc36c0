// FileStore and PartFile against a real SQLite database and a real directory: uploads written to a
// part file and renamed into place, resume offsets and prefix hashes, download rights, and the
// purge of abandoned uploads and of files every receiver has downloaded. Every test runs with each
// write committing on its own and under group commit (as natterd runs it).
#include "config/ServerConfig.h"
#include "store/AccountStore.h"
#include "store/Database.h"
#include "transfer/FileStore.h"
#include "transfer/UploadWriter.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace natter::server;
using namespace natter::protocol;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kDay = 24 * 3600 * 1000;
constexpr qint64 kNow = 1'800'000'000'000; // a fixed "now" in the future of every file's mtime
} // namespace

class TestFileStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<FileStore> m_files;
    UserId m_alice = 0;
    UserId m_bob = 0;
    UserId m_carol = 0;

    QString filesDir() const { return m_dir->filePath(u"files"_s); }

    bool openStore()
    {
        ServerConfig config;
        config.dataDir = m_dir->path();
        m_db = std::make_unique<Database>();
        QString error;
        if (!m_db->open(config, &error)) {
            qWarning() << "open failed:" << error;
            return false;
        }
        QFETCH_GLOBAL(bool, groupCommit);
        m_db->setGroupCommit(groupCommit);
        m_accounts = std::make_unique<AccountStore>(*m_db);
        m_files = std::make_unique<FileStore>(*m_db, config.effectiveFilesDir());
        if (!m_files->open(&error)) {
            qWarning() << "files open failed:" << error;
            return false;
        }
        return true;
    }

    UserId createUser(const QString &phone)
    {
        Account account;
        account.phone = phone;
        account.name = phone.right(4);
        account.salt = "salt";
        account.passwordHash = "hash";
        account.iterations = 1000;
        return m_accounts->create(account, 1000) == AccountStore::CreateResult::Created ? account.id : 0;
    }

    FileRecord record(UserId owner, const QByteArray &content, FileKind kind = FileKind::Document,
                      qint64 created = kNow)
    {
        return FileRecord {FileStore::newFileId(), owner, kind, u"report.pdf"_s, u"application/pdf"_s,
                           content.size(), QCryptographicHash::hash(content, QCryptographicHash::Sha256),
                           false, created, 0};
    }

    // A complete upload: row, part file, bytes, rename, stored mark; returns its id.
    QString storeFile(UserId owner, const QByteArray &content, qint64 storedAt = kNow)
    {
        const FileRecord r = record(owner, content);
        if (m_files->createUpload(r) != FileStore::Result::Ok)
            return {};
        PartFile part;
        if (!part.open(m_files->partPath(r.id)) || !part.append(content) || !part.commit(m_files->storedPath(r.id)))
            return {};
        if (!m_files->markStored(r.id, u"application/pdf"_s, storedAt) || !m_db->flush())
            return {};
        return r.id;
    }

    int rows(const QString &table)
    {
        QSqlQuery q(m_db->handle());
        if (!q.exec(u"SELECT COUNT(*) FROM "_s + table) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    static bool setMtime(const QString &path, qint64 ms)
    {
        QFile f(path);
        return f.open(QIODevice::ReadWrite)
            && f.setFileTime(QDateTime::fromMSecsSinceEpoch(ms), QFileDevice::FileModificationTime);
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"natter.*.info=false"_s);
    }
    void initTestCase_data()
    {
        QTest::addColumn<bool>("groupCommit");
        QTest::addRow("autocommit") << false;
        QTest::addRow("group commit") << true;
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(openStore());
        m_alice = createUser(u"+4915110000001"_s);
        m_bob = createUser(u"+4915110000002"_s);
        m_carol = createUser(u"+4915110000003"_s);
        QVERIFY(m_alice > 0 && m_bob > 0 && m_carol > 0);
        QVERIFY(m_db->flush());
    }

    void cleanup()
    {
        m_files.reset();
        m_accounts.reset();
        m_db.reset();
        m_dir.reset();
    }

    void idsAreLongRandomAndSafeAsFileNames()
    {
        static const QRegularExpression base64url(u"^[A-Za-z0-9_-]{22}$"_s); // 128 bits
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i) {
            const QString id = FileStore::newFileId();
            QVERIFY2(base64url.match(id).hasMatch(), qPrintable(id));
            seen.insert(id);
        }
        QCOMPARE(seen.size(), 1000);
    }

    void openCreatesThePrivateDirectory()
    {
        const QFileInfo dir(filesDir());
        QVERIFY(dir.isDir());
        QCOMPARE(dir.permissions() & (QFile::ReadOther | QFile::WriteOther | QFile::ExeOther), QFile::Permissions {});
    }

    void uploadGoesToAPartFileAndIsRenamedWhenComplete()
    {
        const QByteArray content = QByteArray(300'000, 'x') + "end";
        const FileRecord r = record(m_alice, content);
        QCOMPARE(m_files->createUpload(r), FileStore::Result::Ok);
        QVERIFY(m_db->flush());
        QVERIFY(QFileInfo::exists(m_files->partPath(r.id)));
        QVERIFY(!QFileInfo::exists(m_files->storedPath(r.id)));
        const auto uploading = m_files->find(r.id);
        QVERIFY(uploading);
        QVERIFY(!uploading->stored);
        QCOMPARE(uploading->sha256, r.sha256);
        // Not finished: nobody may attach or download it, not even the uploader.
        QVERIFY(!m_files->isOwnedFinishedUpload(r.id, m_alice, FileKind::Document));
        QVERIFY(!m_files->mayDownload(r.id, m_alice));

        PartFile part;
        QVERIFY(part.open(m_files->partPath(r.id)));
        QCOMPARE(part.size(), 0);
        QVERIFY(part.append(QByteArrayView(content).first(100'000)));
        QVERIFY(part.append(QByteArrayView(content).sliced(100'000)));
        QCOMPARE(part.size(), content.size());
        QVERIFY(part.commit(m_files->storedPath(r.id)));
        QVERIFY(!QFileInfo::exists(m_files->partPath(r.id)));
        QFile stored(m_files->storedPath(r.id));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QCOMPARE(stored.readAll(), content);

        QVERIFY(m_files->markStored(r.id, u"application/pdf"_s, kNow));
        QVERIFY(m_db->flush());
        const auto done = m_files->find(r.id);
        QVERIFY(done && done->stored);
        QCOMPARE(done->storedMs, kNow);
        QVERIFY(m_files->isOwnedFinishedUpload(r.id, m_alice, FileKind::Document));
        QVERIFY(!m_files->isOwnedFinishedUpload(r.id, m_alice, FileKind::Media)); // other kind
        QVERIFY(!m_files->isOwnedFinishedUpload(r.id, m_bob, FileKind::Document)); // not his
        QVERIFY(m_files->mayDownload(r.id, m_alice));
    }

    void resumeContinuesFromThePartFileAndItsHash()
    {
        const QByteArray content = QByteArray(3 * kMiB + 12345, 'a') + QByteArray(1000, 'b');
        const FileRecord r = record(m_alice, content);
        QCOMPARE(m_files->createUpload(r), FileStore::Result::Ok);
        const qint64 cut = 2 * kMiB + 7;
        {
            PartFile part;
            QVERIFY(part.open(m_files->partPath(r.id)));
            QVERIFY(part.append(QByteArrayView(content).first(cut)));
        } // the connection dropped: the part file stays
        PartFile resumed;
        QVERIFY(resumed.open(m_files->partPath(r.id)));
        QCOMPARE(resumed.size(), cut); // the offset a resume answers with

        const auto prefix = FileStore::hashPrefix(m_files->partPath(r.id), cut);
        QVERIFY(prefix);
        QCOMPARE(prefix->result(), QCryptographicHash::hash(content.first(cut), QCryptographicHash::Sha256));
        // Continuing the prefix hash with the rest gives the whole file's hash.
        QVERIFY(resumed.append(QByteArrayView(content).sliced(cut)));
        prefix->addData(QByteArrayView(content).sliced(cut));
        QCOMPARE(prefix->result(), r.sha256);
        QCOMPARE(resumed.size(), content.size());
        // More than the file holds cannot be hashed.
        QVERIFY(!FileStore::hashPrefix(m_files->partPath(r.id), content.size() + 1));
        QVERIFY(!FileStore::hashPrefix(m_files->partPath(u"missing"_s), 1));
    }

    void downloadRightsFollowGrants()
    {
        const QString id = storeFile(m_alice, "hello");
        QVERIFY(!id.isEmpty());
        QVERIFY(m_files->mayDownload(id, m_alice)); // the uploader
        QVERIFY(!m_files->mayDownload(id, m_bob));
        QVERIFY(!m_files->mayDownload(u"no-such-file"_s, m_alice));
        QCOMPARE(m_files->markDownloaded(id, m_carol), FileStore::Result::NotFound);

        QVERIFY(m_files->grantAccess(id, m_carol, FileGrant::Status));
        QVERIFY(!m_files->sentInMessages(id));
        QVERIFY(m_files->grantAccess(id, m_bob)); // receiver of a message
        QVERIFY(m_files->grantAccess(id, m_bob)); // idempotent (the same file sent twice)
        QVERIFY(m_db->flush());
        QVERIFY(m_files->sentInMessages(id));
        QVERIFY(m_files->mayDownload(id, m_bob));
        QVERIFY(m_files->mayDownload(id, m_carol));
        QCOMPARE(rows(u"file_access"_s), 2);

        // Revoking takes away status rights only: a message's receiver keeps the file.
        QVERIFY(m_files->revokeAccess(id, m_carol));
        QVERIFY(m_files->revokeAccess(id, m_bob));
        QVERIFY(m_db->flush());
        QVERIFY(!m_files->mayDownload(id, m_carol));
        QVERIFY(m_files->mayDownload(id, m_bob));
        // A status grant on top of a message grant does not weaken it.
        QVERIFY(m_files->grantAccess(id, m_bob, FileGrant::Status));
        QVERIFY(m_files->revokeAccess(id, m_bob));
        QVERIFY(m_db->flush());
        QVERIFY(m_files->mayDownload(id, m_bob));

        QCOMPARE(m_files->markDownloaded(id, m_bob), FileStore::Result::Ok);
        QCOMPARE(m_files->markDownloaded(id, m_alice), FileStore::Result::Ok); // the uploader: nothing to mark
        QVERIFY(m_db->flush());
    }

    void fileGoesOnceEveryReceiverDownloadedAndRetentionPassed()
    {
        const QString id = storeFile(m_alice, "photo bytes", kNow - 40 * kDay);
        QVERIFY(!id.isEmpty());
        QVERIFY(m_files->grantAccess(id, m_bob));
        QVERIFY(m_files->grantAccess(id, m_carol));
        QVERIFY(m_files->grantAccess(id, m_alice, FileGrant::Status)); // a status grant holds nothing back
        QVERIFY(m_db->flush());
        const qint64 retentionCutoff = kNow - 30 * kDay;

        // Past retention, but Bob and Carol have not downloaded it.
        QCOMPARE(m_files->purge(retentionCutoff, kNow - kDay, {}).stored, 0);
        QCOMPARE(m_files->markDownloaded(id, m_bob), FileStore::Result::Ok);
        QVERIFY(m_db->flush());
        QCOMPARE(m_files->purge(retentionCutoff, kNow - kDay, {}).stored, 0); // Carol still has not
        QCOMPARE(m_files->markDownloaded(id, m_carol), FileStore::Result::Ok);
        QVERIFY(m_db->flush());
        // Everyone has it, but the retention period (counted from the upload) is not over yet.
        QCOMPARE(m_files->purge(kNow - 50 * kDay, kNow - kDay, {}).stored, 0);
        QVERIFY(m_files->find(id));

        QCOMPARE(m_files->purge(retentionCutoff, kNow - kDay, {}).stored, 1);
        QVERIFY(m_db->flush());
        QVERIFY(!m_files->find(id));
        QVERIFY(!QFileInfo::exists(m_files->storedPath(id)));
        QCOMPARE(rows(u"file_access"_s), 0);
        QVERIFY(!m_files->mayDownload(id, m_alice));
    }

    void unreferencedFileGoesAfterRetention()
    {
        const QString recent = storeFile(m_alice, "recent", kNow - 2 * kDay);
        const QString old = storeFile(m_alice, "old", kNow - 31 * kDay);
        QVERIFY(!recent.isEmpty() && !old.isEmpty());
        QCOMPARE(m_files->purge(kNow - 30 * kDay, kNow - kDay, {}).stored, 1);
        QVERIFY(m_db->flush());
        QVERIFY(m_files->find(recent));
        QVERIFY(!m_files->find(old));
        QVERIFY(QFileInfo::exists(m_files->storedPath(recent)));
        QVERIFY(!QFileInfo::exists(m_files->storedPath(old)));
    }

    void abandonedUploadsAreCleanedUpAfterTheTimeout()
    {
        const qint64 staleCutoff = kNow - 24 * 3600 * 1000;
        // Started two days ago, last written two days ago: abandoned.
        const FileRecord abandoned = record(m_alice, "aaaa", FileKind::Document, kNow - 2 * kDay);
        // Started two days ago but written to an hour ago: still going.
        const FileRecord slow = record(m_alice, "bbbb", FileKind::Document, kNow - 2 * kDay);
        // Abandoned too, but a connection is writing it right now.
        const FileRecord active = record(m_bob, "cccc", FileKind::Document, kNow - 2 * kDay);
        for (const FileRecord &r : {abandoned, slow, active}) {
            QCOMPARE(m_files->createUpload(r), FileStore::Result::Ok);
            PartFile part;
            QVERIFY(part.open(m_files->partPath(r.id)));
            QVERIFY(part.append("xy"));
        }
        QVERIFY(m_db->flush());
        QVERIFY(setMtime(m_files->partPath(abandoned.id), kNow - 2 * kDay));
        QVERIFY(setMtime(m_files->partPath(slow.id), kNow - 3600 * 1000));
        QVERIFY(setMtime(m_files->partPath(active.id), kNow - 2 * kDay));

        const auto purged = m_files->purge(kNow - 30 * kDay, staleCutoff, {active.id});
        QCOMPARE(purged.stale, 1);
        QCOMPARE(purged.stored, 0);
        QVERIFY(m_db->flush());
        QVERIFY(!m_files->find(abandoned.id));
        QVERIFY(!QFileInfo::exists(m_files->partPath(abandoned.id)));
        QVERIFY(m_files->find(slow.id));
        QVERIFY(QFileInfo::exists(m_files->partPath(slow.id)));
        QVERIFY(m_files->find(active.id));
    }

    void deleteFileRemovesRowsAndBytes()
    {
        const QString id = storeFile(m_alice, "status media");
        QVERIFY(m_files->grantAccess(id, m_bob, FileGrant::Status));
        QVERIFY(m_db->flush());
        QVERIFY(m_files->deleteFile(id));
        QVERIFY(m_db->flush());
        QVERIFY(!m_files->find(id));
        QVERIFY(!QFileInfo::exists(m_files->storedPath(id)));
        QCOMPARE(rows(u"files"_s), 0);
        QCOMPARE(rows(u"file_access"_s), 0);
        QVERIFY(m_files->deleteFile(id)); // already gone: still fine
    }

    void startupRemovesFilesWithoutRows()
    {
        const QString kept = storeFile(m_alice, "kept");
        QVERIFY(!kept.isEmpty());
        const QString orphan = filesDir() + u"/orphan-id"_s;
        const QString orphanPart = filesDir() + u"/other-id.part"_s;
        for (const QString &path : {orphan, orphanPart}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QString error;
        QVERIFY(m_files->open(&error));
        QVERIFY(!QFileInfo::exists(orphan));
        QVERIFY(!QFileInfo::exists(orphanPart));
        QVERIFY(QFileInfo::exists(m_files->storedPath(kept)));
    }

    // Write errors as root can provoke them too: a full device, a directory that is a file.
    void diskFullIsAWriteError()
    {
        if (!QFileInfo::exists(u"/dev/full"_s))
            QSKIP("no /dev/full on this system");
        PartFile part;
        QVERIFY(part.open(u"/dev/full"_s));
        QVERIFY(!part.append(QByteArray(64 * 1024, 'x')));
        QVERIFY(!part.errorString().isEmpty());
    }

    void unusableDirectoryFailsTheUploadAndRecordsNothing()
    {
        // The files directory was replaced by a regular file while natterd ran.
        QVERIFY(QDir(filesDir()).removeRecursively());
        QFile blocker(filesDir());
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const FileRecord r = record(m_alice, "data");
        QCOMPARE(m_files->createUpload(r), FileStore::Result::StorageFailed);
        QVERIFY(m_db->flush());
        QVERIFY(!m_files->find(r.id));
        QCOMPARE(rows(u"files"_s), 0);

        FileStore elsewhere(*m_db, filesDir() + u"/sub"_s);
        QString error;
        QVERIFY(!elsewhere.open(&error));
        QVERIFY2(error.contains(filesDir()), qPrintable(error));
    }

    void commitFailureLeavesThePartFile()
    {
        const FileRecord r = record(m_alice, "abc");
        QCOMPARE(m_files->createUpload(r), FileStore::Result::Ok);
        PartFile part;
        QVERIFY(part.open(m_files->partPath(r.id)));
        QVERIFY(part.append("abc"));
        QVERIFY(!part.commit(m_dir->filePath(u"no-such-dir/target"_s)));
        QVERIFY(QFileInfo::exists(m_files->partPath(r.id)));
        QCOMPARE(QFileInfo(m_files->partPath(r.id)).size(), 3);
    }

    // The writer thread: chunks in order, the running hash, a resume that hashes what is there.
    void writerAppendsAndHashesInOrder()
    {
        const QByteArray content = QByteArray(2 * kMiB, 'p') + QByteArray(kMiB + 17, 'q');
        const QString path = m_dir->filePath(u"upload.part"_s);
        UploadWriter writer;
        QSignalSpy opened(&writer, &UploadWriter::opened);
        QSignalSpy written(&writer, &UploadWriter::written);
        QSignalSpy finished(&writer, &UploadWriter::finished);
        writer.open(1, path, false);
        // Chunks travel as whole messages; the writer takes the bytes after the header.
        const QByteArray header(12, 'h');
        writer.write(1, header + content.first(kMiB), 12);
        writer.write(1, header + content.sliced(kMiB, kMiB), 12);
        QTRY_COMPARE(written.size(), 2);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(1).toLongLong(), 0);
        QVERIFY(opened.at(0).at(2).toBool());
        QCOMPARE(written.at(0).at(1).toLongLong(), kMiB);
        QCOMPARE(written.at(1).at(1).toLongLong(), 2 * kMiB);
        writer.close(1, false); // the connection dropped: the part file stays

        writer.open(2, path, true); // resumed: the size and hash of what is there
        writer.write(2, header + content.sliced(2 * kMiB), 12);
        writer.finish(2);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(opened.at(1).at(1).toLongLong(), 2 * kMiB);
        QCOMPARE(written.at(2).at(1).toLongLong(), content.size());
        QVERIFY(finished.at(0).at(2).toBool());
        QCOMPARE(finished.at(0).at(1).toByteArray(), QCryptographicHash::hash(content, QCryptographicHash::Sha256));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);

        writer.open(3, path, false);
        writer.close(3, true); // discarded
        QTRY_VERIFY(!QFileInfo::exists(path));
    }

    void writerReportsWriteErrors()
    {
        if (!QFileInfo::exists(u"/dev/full"_s))
            QSKIP("no /dev/full on this system");
        UploadWriter writer;
        QSignalSpy written(&writer, &UploadWriter::written);
        QSignalSpy finished(&writer, &UploadWriter::finished);
        writer.open(7, u"/dev/full"_s, false);
        writer.write(7, QByteArray(12, 'h') + QByteArray(64 * 1024, 'x'), 12);
        writer.finish(7); // the failed upload is gone: nothing to finish
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(written.size(), 1);
        QVERIFY(!written.at(0).at(2).toBool());
        QVERIFY(!written.at(0).at(3).toString().isEmpty());
        QVERIFY(!finished.at(0).at(2).toBool());
        // Writes for an upload that was never opened fail too, rather than going anywhere.
        writer.write(8, QByteArray(13, 'x'), 12);
        QTRY_COMPARE(written.size(), 2);
        QVERIFY(!written.at(1).at(2).toBool());
    }

    void discardRemovesThePartFile()
    {
        const FileRecord r = record(m_alice, "abc");
        QCOMPARE(m_files->createUpload(r), FileStore::Result::Ok);
        PartFile part;
        QVERIFY(part.open(m_files->partPath(r.id)));
        QVERIFY(part.append("ab"));
        part.discard();
        QVERIFY(!QFileInfo::exists(m_files->partPath(r.id)));
    }
};

QTEST_GUILESS_MAIN(TestFileStore)
#include "TestFileStore.moc"
