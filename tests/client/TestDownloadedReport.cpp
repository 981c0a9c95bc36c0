// The `downloaded` report (docs/protocol.md 11.9) survives the app: a receiver whose app quit
// before natterd confirmed the report sends it again after the next start, so natterd can
// delete the file in time. Real ChatClients and an in-process natterd on SQLite, whose
// file_access table is read (and, to stage a report that never arrived, written) directly.
#include "ClientTestUser.h"
#include "FileTestData.h"
#include "TestServer.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace natter::client;
using namespace natter::protocol;
using namespace natter::test;

namespace {
constexpr int kWaitMs = 20000;
} // namespace

class TestDownloadedReport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    ClientUser m_alice {kAlice, QStringLiteral("Alice")};
    ClientUser m_bob {kBob, QStringLiteral("Bob")};
    QTemporaryDir m_files;

    // natterd's record of whether `phone` has downloaded `fileId` (-1: no such grant).
    int serverSaysDownloaded(const QString &fileId, const QString &phone, int setTo = -1)
    {
        int result = -1;
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
            db.setDatabaseName(m_server->dataDir() + QStringLiteral("/natterd.sqlite"));
            if (db.open()) {
                QSqlQuery q(db);
                if (setTo >= 0) {
                    q.prepare(QStringLiteral("UPDATE file_access SET downloaded = ? WHERE file_id = ?"
                                             " AND user_id = (SELECT id FROM users WHERE phone = ?)"));
                    q.addBindValue(setTo);
                    q.addBindValue(fileId);
                    q.addBindValue(phone);
                    q.exec();
                }
                q.prepare(QStringLiteral("SELECT a.downloaded FROM file_access a JOIN users u"
                                         " ON u.id = a.user_id WHERE a.file_id = ? AND u.phone = ?"));
                q.addBindValue(fileId);
                q.addBindValue(phone);
                if (q.exec() && q.next())
                    result = q.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        return result;
    }

private slots:
    void initTestCase()
    {
        if (qgetenv("NATTER_TEST_DB") == "QPSQL")
            QSKIP("reads natterd's SQLite file");
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        QVERIFY(m_alice.registerOn(m_server->url(), kWaitMs));
        QVERIFY(m_bob.registerOn(m_server->url(), kWaitMs));
    }

    void reportIsSentAgainAfterARestart()
    {
        const QString path = m_files.filePath(QStringLiteral("notes.bin"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(randomBytes(300 * 1024));
        file.close();
        const qint64 id = m_alice.client->sendFile(kBob, path, FileKind::Document);
        QVERIFY(id > 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_alice.state(id), MessageState::Delivered, kWaitMs);
        const auto sent = m_alice.message(id);
        const QString fileId = sent->content.file->fileId;
        const auto got = m_bob.store().messageByServerId(sent->serverId);
        QVERIFY(got);

        // Downloaded and confirmed: natterd knows, nothing is left to report.
        QCOMPARE(serverSaysDownloaded(fileId, kBob), 0);
        m_bob.client->downloadFile(got->localId);
        QTRY_COMPARE_WITH_TIMEOUT(m_bob.transfer(got->localId), TransferState::Done, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(serverSaysDownloaded(fileId, kBob), 1, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_bob.store().unreportedDownloads().isEmpty(), kWaitMs);

        // Now as if the app had quit between the download and natterd's confirmation: the
        // report is noted locally, natterd never had it.
        m_bob.client.reset();
        QCOMPARE(serverSaysDownloaded(fileId, kBob, 0), 0);
        {
            LocalStore store(ChatClient::databasePath(m_bob.dir->path(), kBob));
            QVERIFY(store.open());
            QVERIFY(store.addUnreportedDownload(fileId));
        }
        // The next start sends it again.
        QVERIFY(m_bob.loginOn(m_server->url(), kWaitMs));
        QTRY_COMPARE_WITH_TIMEOUT(serverSaysDownloaded(fileId, kBob), 1, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_bob.store().unreportedDownloads().isEmpty(), kWaitMs);
    }
};

QTEST_MAIN(TestDownloadedReport)
#include "TestDownloadedReport.moc"
