// Two ChatClients against a real natterd: files (documents and media) from the picked file to
// the receiver's files folder, byte for byte; progress; auto-download; resuming uploads across a
// server restart and a recreated ChatClient; cancel and retry; the client-side limits; the
// standalone transfers statuses use; location and contact messages through the receipt cycle.
#include "ClientTestUser.h"
#include "FileTestData.h"
#include "TestServer.h"
#include "client/ChatClient.h"
#include "client/LocalStore.h"
#include "client/ServerConnection.h"
#include "client/TransferManager.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace natter::client;
using namespace natter::protocol;
using namespace natter::test;
using namespace std::chrono_literals;

namespace {
constexpr int kWaitMs = 60000;
using User = ClientUser;
} // namespace

class TestFileTransfers : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_files; // the files the users pick
    User m_alice {kAlice, QStringLiteral("Alice")};
    User m_bob {kBob, QStringLiteral("Bob")};

    bool registerUser(User &user) { return user.registerOn(m_server->url(), kWaitMs); }
    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = QDir(m_files.path()).filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
            return {};
        return path;
    }
    // Bob's copy of Alice's message `aliceId`.
    std::optional<StoredMessage> bobsCopy(qint64 aliceId) const
    {
        const auto sent = m_alice.message(aliceId);
        if (!sent || sent->serverId == 0)
            return std::nullopt;
        return m_bob.store().messageByServerId(sent->serverId);
    }

private slots:
    void init()
    {
        auto config = TestServer::defaultConfig();
        config.port = freePort();
        m_server = std::make_unique<TestServer>(config);
        QVERIFY(m_server->start());
        m_alice = User(kAlice, QStringLiteral("Alice"));
        m_bob = User(kBob, QStringLiteral("Bob"));
        QVERIFY(registerUser(m_alice));
        QVERIFY(registerUser(m_bob));
    }
    void cleanup()
    {
        m_alice.client.reset();
        m_bob.client.reset();
        m_server.reset();
    }

    void documentArrivesByteIdentical()
    {
        ChatClient &alice = *m_alice.client;
        ChatClient &bob = *m_bob.client;
        const QByteArray data = randomBytes(3 * kMiB + 12345);
        const QString path = writeFile(QStringLiteral("report.bin"), data);
        QSignalSpy aliceProgress(&alice, &ChatClient::transferProgress);
        QSignalSpy bobProgress(&bob, &ChatClient::transferProgress);

        const qint64 id
            = alice.sendFile(kBob, path, FileKind::Document, QStringLiteral("the numbers"));
        QVERIFY(id > 0);
        // Stored at once as pending, with the file's name and size, while it is copied.
        auto pending = m_alice.message(id);
        QCOMPARE(pending->state, MessageState::Pending);
        QCOMPARE(pending->content.kind, MessageKind::Document);
        QCOMPARE(pending->content.file->name, QStringLiteral("report.bin"));
        QCOMPARE(pending->content.file->size, data.size());
        QCOMPARE(pending->transfer.state, TransferState::Preparing);

        QTRY_COMPARE_WITH_TIMEOUT(m_alice.state(id), MessageState::Delivered, kWaitMs);
        const auto sent = m_alice.message(id);
        QCOMPARE(sent->transfer.state, TransferState::Done);
        QCOMPARE(sent->transfer.bytesDone, data.size());
        // The app's own copy, in the account's files folder.
        QVERIFY(sent->transfer.localPath.startsWith(alice.filesDir()));
        QCOMPARE(readAll(sent->transfer.localPath), data);
        QVERIFY(sent->content.file->fileId != QLatin1String("pending"));
        QString why;
        QVERIFY2(progressIsMonotonic(aliceProgress, id, data.size(), &why), qPrintable(why));

        // Bob has the message with the file's description; a document waits for a click.
        QTRY_VERIFY_WITH_TIMEOUT(bobsCopy(id).has_value(), kWaitMs);
        auto got = *bobsCopy(id);
        QCOMPARE(got.content.kind, MessageKind::Document);
        QCOMPARE(got.content.text, QStringLiteral("the numbers"));
        QCOMPARE(got.content.file->name, QStringLiteral("report.bin"));
        QCOMPARE(got.content.file->size, data.size());
        QCOMPARE(got.content.file->fileId, sent->content.file->fileId);
        QCOMPARE(got.transfer.state, TransferState::None);
        QVERIFY(got.transfer.localPath.isEmpty());

        QSignalSpy changed(&bob, &ChatClient::messageChanged);
        bob.downloadFile(got.localId);
        QTRY_COMPARE_WITH_TIMEOUT(m_bob.transfer(got.localId), TransferState::Done, kWaitMs);
        got = *m_bob.message(got.localId);
        QCOMPARE(QFileInfo(got.transfer.localPath).absolutePath(),
            QFileInfo(bob.filesDir()).absoluteFilePath());
        QCOMPARE(QFileInfo(got.transfer.localPath).fileName(), QStringLiteral("report.bin"));
        QCOMPARE(sha256(readAll(got.transfer.localPath)), sha256(data));
        QVERIFY(!changed.isEmpty());
        QVERIFY2(progressIsMonotonic(bobProgress, got.localId, data.size(), &why), qPrintable(why));
        // No partial file left behind.
        QVERIFY(QDir(bob.filesDir() + QStringLiteral("/.partial")).isEmpty());

        // Downloading it again is a no-op; a second file of the same name gets its own name.
        bob.downloadFile(got.localId);
        QCOMPARE(m_bob.transfer(got.localId), TransferState::Done);
        const qint64 second = alice.sendFile(kBob, path, FileKind::Document);
        QTRY_VERIFY_WITH_TIMEOUT(bobsCopy(second).has_value(), kWaitMs);
        const qint64 bobsSecond = bobsCopy(second)->localId;
        bob.downloadFile(bobsSecond);
        QTRY_COMPARE_WITH_TIMEOUT(m_bob.transfer(bobsSecond), TransferState::Done, kWaitMs);
        QCOMPARE(QFileInfo(m_bob.message(bobsSecond)->transfer.localPath).fileName(),
            QStringLiteral("report (1).bin"));

        // The sender can fetch her own file too (another device of hers would).
        QCOMPARE(bob.store()->conversation(kAlice)->lastPreview, QStringLiteral("report.bin"));
    }

    void mediaDownloadsByItselfUnderTheLimit()
    {
        ChatClient &alice = *m_alice.client;
        ChatClient &bob = *m_bob.client;
        QCOMPARE(bob.autoDownloadLimit(), 5 * kMiB);
        const QByteArray small = randomBytes(kMiB + 7, kPngSignature);
        const QByteArray big = randomBytes(6 * kMiB, kPngSignature);
        const QByteArray thumb = randomBytes(1000);
        const qint64 smallId = alice.sendFile(
            kBob, writeFile(QStringLiteral("small.png"), small), FileKind::Media, {}, thumb);
        const qint64 bigId
            = alice.sendFile(kBob, writeFile(QStringLiteral("big.png"), big), FileKind::Media);
        QVERIFY(smallId > 0 && bigId > 0);

        QTRY_VERIFY_WITH_TIMEOUT(bobsCopy(smallId).has_value(), kWaitMs);
        const qint64 bobsSmall = bobsCopy(smallId)->localId;
        QCOMPARE(m_bob.message(bobsSmall)->content.file->mime, QStringLiteral("image/png"));
        QCOMPARE(m_bob.message(bobsSmall)->content.file->thumbnail, thumb);
        QTRY_COMPARE_WITH_TIMEOUT(m_bob.transfer(bobsSmall), TransferState::Done, kWaitMs);
        QCOMPARE(readAll(m_bob.message(bobsSmall)->transfer.localPath), small);

        QTRY_VERIFY_WITH_TIMEOUT(bobsCopy(bigId).has_value(), kWaitMs);
        const qint64 bobsBig = bobsCopy(bigId)->localId;
        QTest::qWait(300);
        QCOMPARE(m_bob.transfer(bobsBig), TransferState::None); // over 5 MB: waits for a click

        // Turned off: not even a small one.
        bob.setAutoDownloadLimit(0);
        const qint64 third
            = alice.sendFile(kBob, writeFile(QStringLiteral("third.png"), small), FileKind::Media);
        QTRY_VERIFY_WITH_TIMEOUT(bobsCopy(third).has_value(), kWaitMs);
        QTest::qWait(300);
        QCOMPARE(m_bob.transfer(bobsCopy(third)->localId), TransferState::None);
    }

    void uploadResumesAfterServerRestart()
    {
        ChatClient &alice = *m_alice.client;
        const QByteArray data = randomBytes(24 * kMiB + 5);
        const QString path = writeFile(QStringLiteral("big.bin"), data);
        qint64 id = 0;
        qint64 stoppedAt = -1;
        QSignalSpy progress(&alice, &ChatClient::transferProgress);
        // Stop the server as soon as part of the file is committed there.
        auto stopper = connect(&alice, &ChatClient::transferProgress, this,
            [&](const QString &, qint64 localId, qint64 done, qint64 total) {
                if (localId == id && done > 0 && done < total && stoppedAt < 0) {
                    stoppedAt = done;
                    m_server->stop();
                }
            });
        id = alice.sendFile(kBob, path, FileKind::Document);
        QVERIFY(id > 0);
        QTRY_VERIFY_WITH_TIMEOUT(stoppedAt > 0, kWaitMs);
        disconnect(stopper);
        QTRY_COMPARE_WITH_TIMEOUT(m_alice.transfer(id), TransferState::Waiting, kWaitMs);
        QCOMPARE(m_alice.state(id), MessageState::Pending);

        // Texts written meanwhile do not wait for the file.
        const qint64 text = alice.sendText(kBob, QStringLiteral("file coming"));
        QVERIFY(m_server->restart());
        QTRY_COMPARE_WITH_TIMEOUT(m_alice.state(text), MessageState::Delivered, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_alice.state(id), MessageState::Delivered, kWaitMs);
        QString why;
        QVERIFY2(progressIsMonotonic(progress, id, data.size(), &why), qPrintable(why));

        const qint64 bobsId = bobsCopy(id)->localId;
        m_bob.client->downloadFile(bobsId);
        QTRY_COMPARE_WITH_TIMEOUT(m_bob.transfer(bobsId), TransferState::Done, kWaitMs);
        QCOMPARE(sha256(readAll(m_bob.message(bobsId)->transfer.localPath)), sha256(data));
    }

    void uploadResumesInRecreatedClient()
    {
        const QByteArray data = randomBytes(24 * kMiB + 11);
        const QString path = writeFile(QStringLiteral("resume.bin"), data);
        qint64 id = 0;
        bool quit = false;
        connect(m_alice.client.get(), &ChatClient::transferProgress, this,
            [&](const QString &, qint64 localId, qint64 done, qint64 total) {
                if (localId == id && done > 0 && done < total && !quit) {
                    quit = true;
                    // The user quits the app in the middle of the upload.
                    QTimer::singleShot(0, this, [this] { m_alice.client.reset(); });
                }
            });
        id = m_alice.client->sendFile(kBob, path, FileKind::Document);
        QVERIFY(id > 0);
        QTRY_VERIFY_WITH_TIMEOUT(quit && !m_alice.client, kWaitMs);

        ChatClient &alice = m_alice.make(m_server->url());
        QSignalSpy progress(&alice, &ChatClient::transferProgress);
        alice.login(kAlice, kPassword);
        QTRY_COMPARE_WITH_TIMEOUT(m_alice.state(id), MessageState::Delivered, kWaitMs);
        // It went on from what the server had, not from the start.
        QVERIFY(!progress.isEmpty());
        QVERIFY2(progress.first().at(2).toLongLong() > 0, "the upload started over");
        QString why;
        QVERIFY2(progressIsMonotonic(progress, id, data.size(), &why), qPrintable(why));

        QCOMPARE(m_bob.store().messageCount(kAlice), 1);
        const qint64 bobsId = bobsCopy(id)->localId;
        m_bob.client->downloadFile(bobsId);
        QTRY_COMPARE_WITH_TIMEOUT(m_bob.transfer(bobsId), TransferState::Done, kWaitMs);
        QCOMPARE(sha256(readAll(m_bob.message(bobsId)->transfer.localPath)), sha256(data));
    }

    void fileSentRightBeforeQuitting()
    {
        // The app quits while the file is still being copied: the next start copies it again
        // from the original and sends it.
        const QByteArray data = randomBytes(8 * kMiB + 1);
        const qint64 id = m_alice.client->sendFile(
            kBob, writeFile(QStringLiteral("quick.bin"), data), FileKind::Document);
        QVERIFY(id > 0);
        QCOMPARE(m_alice.transfer(id), TransferState::Preparing);
        m_alice.client.reset();

        ChatClient &alice = m_alice.make(m_server->url());
        alice.login(kAlice, kPassword);
        QTRY_COMPARE_WITH_TIMEOUT(m_alice.state(id), MessageState::Delivered, kWaitMs);
        QCOMPARE(readAll(m_alice.message(id)->transfer.localPath), data);
        const qint64 bobsId = bobsCopy(id)->localId;
        m_bob.client->downloadFile(bobsId);
        QTRY_COMPARE_WITH_TIMEOUT(m_bob.transfer(bobsId), TransferState::Done, kWaitMs);
        QCOMPARE(sha256(readAll(m_bob.message(bobsId)->transfer.localPath)), sha256(data));
    }

    void downloadResumesAfterReconnect()
    {
        const QByteArray data = randomBytes(20 * kMiB + 3);
        const qint64 id = m_alice.client->sendFile(
            kBob, writeFile(QStringLiteral("dl.bin"), data), FileKind::Document);
        QTRY_COMPARE_WITH_TIMEOUT(m_alice.state(id), MessageState::Delivered, kWaitMs);
        ChatClient &bob = *m_bob.client;
        const qint64 bobsId = bobsCopy(id)->localId;
        bool dropped = false;
        connect(&bob, &ChatClient::transferProgress, this,
            [&](const QString &, qint64 localId, qint64 done, qint64 total) {
                if (localId == bobsId && done > 0 && done < total && !dropped) {
                    dropped = true;
                    bob.connection()->abortConnection();
                }
            });
        QSignalSpy progress(&bob, &ChatClient::transferProgress);
        bob.downloadFile(bobsId);
        QTRY_VERIFY_WITH_TIMEOUT(dropped, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_bob.transfer(bobsId), TransferState::Done, kWaitMs);
        QCOMPARE(sha256(readAll(m_bob.message(bobsId)->transfer.localPath)), sha256(data));
        // It continued from the partial file (a restart from 0 would show as progress going back).
        QString why;
        QVERIFY2(progressIsMonotonic(progress, bobsId, data.size(), &why), qPrintable(why));
    }

    void downloadResumesInRecreatedClient()
    {
        const QByteArray data = randomBytes(20 * kMiB + 17);
        const qint64 id = m_alice.client->sendFile(
            kBob, writeFile(QStringLiteral("later.bin"), data), FileKind::Document);
        QTRY_COMPARE_WITH_TIMEOUT(m_alice.state(id), MessageState::Delivered, kWaitMs);
        const qint64 bobsId = bobsCopy(id)->localId;
        bool quit = false;
        connect(m_bob.client.get(), &ChatClient::transferProgress, this,
            [&](const QString &, qint64 localId, qint64 done, qint64 total) {
                if (localId == bobsId && done > 0 && done < total && !quit) {
                    quit = true;
                    QTimer::singleShot(0, this, [this] { m_bob.client.reset(); });
                }
            });
        m_bob.client->downloadFile(bobsId);
        QTRY_VERIFY_WITH_TIMEOUT(quit && !m_bob.client, kWaitMs);

        // The next start of the app goes on with it by itself, from the partial file.
        ChatClient &bob = m_bob.make(m_server->url());
        QSignalSpy progress(&bob, &ChatClient::transferProgress);
        bob.login(kBob, kPassword);
        QTRY_COMPARE_WITH_TIMEOUT(m_bob.transfer(bobsId), TransferState::Done, kWaitMs);
        QVERIFY(!progress.isEmpty());
        QVERIFY2(progress.first().at(2).toLongLong() > 0, "the download started over");
        QCOMPARE(sha256(readAll(m_bob.message(bobsId)->transfer.localPath)), sha256(data));
    }

    void cancelThenRetry()
    {
        ChatClient &alice = *m_alice.client;
        const QByteArray data = randomBytes(24 * kMiB);
        qint64 id = 0;
        bool cancelled = false;
        auto canceller = connect(&alice, &ChatClient::transferProgress, this,
            [&](const QString &, qint64 localId, qint64 done, qint64 total) {
                if (localId == id && done > 0 && done < total && !cancelled) {
                    cancelled = true;
                    alice.cancelTransfer(id);
                }
            });
        id = alice.sendFile(
            kBob, writeFile(QStringLiteral("cancel.bin"), data), FileKind::Document);
        QTRY_VERIFY_WITH_TIMEOUT(cancelled, kWaitMs);
        disconnect(canceller);
        QCOMPARE(m_alice.state(id), MessageState::Failed);
        QCOMPARE(m_alice.transfer(id), TransferState::Cancelled);
        QVERIFY(!m_alice.message(id)->failureReason.isEmpty());
        QTest::qWait(200);
        QCOMPARE(m_bob.store().messageCount(kAlice), 0);

        QVERIFY(alice.retry(id));
        QCOMPARE(m_alice.state(id), MessageState::Pending);
        QTRY_COMPARE_WITH_TIMEOUT(m_alice.state(id), MessageState::Delivered, kWaitMs);
        QCOMPARE(m_alice.transfer(id), TransferState::Done);
        QVERIFY(!alice.retry(id)); // nothing left to retry

        // A download cancelled half-way leaves no partial file; retry fetches it whole.
        ChatClient &bob = *m_bob.client;
        const qint64 bobsId = bobsCopy(id)->localId;
        bool stopped = false;
        auto stopper = connect(&bob, &ChatClient::transferProgress, this,
            [&](const QString &, qint64 localId, qint64 done, qint64 total) {
                if (localId == bobsId && done > 0 && done < total && !stopped) {
                    stopped = true;
                    bob.cancelTransfer(bobsId);
                }
            });
        bob.downloadFile(bobsId);
        QTRY_VERIFY_WITH_TIMEOUT(stopped, kWaitMs);
        disconnect(stopper);
        QCOMPARE(m_bob.transfer(bobsId), TransferState::Cancelled);
        QVERIFY(QDir(bob.filesDir() + QStringLiteral("/.partial")).isEmpty());
        QVERIFY(bob.retry(bobsId));
        QTRY_COMPARE_WITH_TIMEOUT(m_bob.transfer(bobsId), TransferState::Done, kWaitMs);
        QCOMPARE(sha256(readAll(m_bob.message(bobsId)->transfer.localPath)), sha256(data));
    }

    void manyFilesAtOnce()
    {
        // More than the server's eight transfers per connection: the rest queue.
        ChatClient &alice = *m_alice.client;
        int mostActive = 0;
        auto track = [&] {
            mostActive = std::max({mostActive, alice.transfers()->activeCount(),
                m_bob.client->transfers()->activeCount()});
        };
        connect(&alice, &ChatClient::transferProgress, this, track);
        connect(m_bob.client.get(), &ChatClient::transferProgress, this, track);
        QList<qint64> ids;
        QList<QByteArray> files;
        for (int i = 0; i < 12; ++i) {
            files.append(randomBytes(200 * 1024 + i));
            ids.append(alice.sendFile(kBob,
                writeFile(QStringLiteral("f%1.bin").arg(i), files.last()), FileKind::Document));
        }
        for (qint64 id : ids)
            QTRY_COMPARE_WITH_TIMEOUT(m_alice.state(id), MessageState::Delivered, kWaitMs);
        QCOMPARE(m_bob.store().messageCount(kAlice), 12);
        for (int i = 0; i < 12; ++i)
            m_bob.client->downloadFile(bobsCopy(ids[i])->localId);
        for (int i = 0; i < 12; ++i) {
            const qint64 bobsId = bobsCopy(ids[i])->localId;
            QTRY_COMPARE_WITH_TIMEOUT(m_bob.transfer(bobsId), TransferState::Done, kWaitMs);
            QCOMPARE(readAll(m_bob.message(bobsId)->transfer.localPath), files[i]);
        }
        QCOMPARE(mostActive, TransferManager::kMaxActive);
    }

    void filesArriveInTheOrderSent()
    {
        // A big file, then a small one and a text: the small file's upload ends first, yet the
        // receiver gets the files in the order sent (the text is not held back by them).
        ChatClient &alice = *m_alice.client;
        const QByteArray big = randomBytes(12 * 1024 * 1024);
        const QByteArray small = randomBytes(2048);
        const qint64 first = alice.sendFile(kBob, writeFile(QStringLiteral("big.bin"), big), FileKind::Document);
        const qint64 second = alice.sendFile(kBob, writeFile(QStringLiteral("small.bin"), small), FileKind::Document);
        const qint64 text = alice.sendText(kBob, QStringLiteral("both sent"));
        QVERIFY(first > 0 && second > 0 && text > 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_alice.transfer(second), TransferState::Done, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(bobsCopy(text).has_value(), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_alice.state(second), MessageState::Delivered, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_alice.state(first), MessageState::Delivered, kWaitMs);
        QVERIFY(bobsCopy(first)->serverId < bobsCopy(second)->serverId);

        // A cancelled upload does not hold back the file after it.
        const qint64 cancelled = alice.sendFile(kBob, writeFile(QStringLiteral("big2.bin"), big), FileKind::Document);
        const qint64 after = alice.sendFile(kBob, writeFile(QStringLiteral("small2.bin"), small), FileKind::Document);
        QTRY_COMPARE_WITH_TIMEOUT(m_alice.transfer(after), TransferState::Done, kWaitMs);
        alice.cancelTransfer(cancelled);
        QTRY_COMPARE_WITH_TIMEOUT(m_alice.state(after), MessageState::Delivered, kWaitMs);
        QCOMPARE(m_alice.state(cancelled), MessageState::Failed);
    }

    void limitsAreCheckedBeforeAnythingIsStored()
    {
        ChatClient &alice = *m_alice.client;
        QCOMPARE(alice.serverLimits().maxMediaBytes, 16 * kMiB);
        const QString exact
            = writeFile(QStringLiteral("exact.png"), randomBytes(16 * kMiB, kPngSignature));
        const QString over
            = writeFile(QStringLiteral("over.png"), randomBytes(16 * kMiB + 1, kPngSignature));
        QCOMPARE(alice.checkFile(exact, FileKind::Media), QString());
        const QString reason = alice.checkFile(over, FileKind::Media);
        QVERIFY2(reason.contains(QLatin1String("16 MB")), qPrintable(reason));
        // The same file is fine as a document.
        QCOMPARE(alice.checkFile(over, FileKind::Document), QString());

        QSignalSpy refused(&alice, &ChatClient::fileRefused);
        QCOMPARE(alice.sendFile(kBob, over, FileKind::Media), 0);
        QTRY_COMPARE(refused.size(), 1);
        QCOMPARE(refused[0][0].toString(), over);
        QCOMPARE(refused[0][1].toString(), reason);
        QVERIFY(!alice.store()->conversation(kBob));

        // A document over 100 MB (sparse, so the test stays quick).
        const QString huge = QDir(m_files.path()).filePath(QStringLiteral("huge.bin"));
        {
            QFile f(huge);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(100 * kMiB + 1));
        }
        const QString docReason = alice.checkFile(huge, FileKind::Document);
        QVERIFY2(docReason.contains(QLatin1String("100 MB")), qPrintable(docReason));
        // Not a photo, video or audio file; an empty file; a missing file.
        const QString text = writeFile(QStringLiteral("notes.txt"), "just some text\n");
        QVERIFY(!alice.checkFile(text, FileKind::Media).isEmpty());
        QVERIFY(alice.checkFile(text, FileKind::Document).isEmpty());
        QVERIFY(!alice.checkFile(writeFile(QStringLiteral("empty.bin"), {}), FileKind::Document)
                     .isEmpty());
        QVERIFY(
            !alice.checkFile(QStringLiteral("/nonexistent/file"), FileKind::Document).isEmpty());
        QCOMPARE(alice.sendFile(kBob, text, FileKind::Media), 0);
        QVERIFY(!alice.store()->conversation(kBob));

        // Exactly at the limit goes through, as media, and arrives.
        const qint64 id = alice.sendFile(kBob, exact, FileKind::Media);
        QVERIFY(id > 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_alice.state(id), MessageState::Delivered, kWaitMs);
        QCOMPARE(m_alice.message(id)->content.file->size, 16 * kMiB);
    }

    void standaloneTransfers()
    {
        // What statuses use: an upload without a message, and a download to a chosen path.
        TransferManager *transfers = m_alice.client->transfers();
        QVERIFY(transfers);
        const QByteArray data = randomBytes(2 * kMiB + 99, kPngSignature);
        QSignalSpy uploaded(transfers, &TransferManager::standaloneUploaded);
        QSignalSpy downloaded(transfers, &TransferManager::standaloneDownloaded);
        QSignalSpy failed(transfers, &TransferManager::standaloneFailed);
        QSignalSpy progress(transfers, &TransferManager::standaloneProgress);
        const quint64 up = transfers->uploadStandalone(
            writeFile(QStringLiteral("status.png"), data), FileKind::Media);
        QVERIFY(up > 0);
        QTRY_COMPARE_WITH_TIMEOUT(uploaded.size(), 1, kWaitMs);
        QCOMPARE(uploaded[0][0].toULongLong(), up);
        const auto file = uploaded[0][1].value<FileRef>();
        QVERIFY(!file.fileId.isEmpty());
        QCOMPARE(file.name, QStringLiteral("status.png"));
        QCOMPARE(file.mime, QStringLiteral("image/png"));
        QCOMPARE(file.size, data.size());
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(1).toLongLong(), data.size());

        const QString target = QDir(m_files.path()).filePath(QStringLiteral("fetched.png"));
        const quint64 down = transfers->downloadStandalone(file.fileId, target);
        QVERIFY(down > 0 && down != up);
        QTRY_COMPARE_WITH_TIMEOUT(downloaded.size(), 1, kWaitMs);
        QCOMPARE(downloaded[0][0].toULongLong(), down);
        QCOMPARE(downloaded[0][1].toString(), target);
        QCOMPARE(readAll(target), data);
        QVERIFY(!QFile::exists(target + QStringLiteral(".part")));

        // Bob may not fetch a file nobody sent him.
        QSignalSpy bobFailed(m_bob.client->transfers(), &TransferManager::standaloneFailed);
        m_bob.client->transfers()->downloadStandalone(
            file.fileId, QDir(m_files.path()).filePath(QStringLiteral("stolen")));
        QTRY_COMPARE_WITH_TIMEOUT(bobFailed.size(), 1, kWaitMs);
        QVERIFY(!QFile::exists(QDir(m_files.path()).filePath(QStringLiteral("stolen"))));
        QCOMPARE(failed.size(), 0);
    }

    void locationAndContactGoThroughTheReceiptCycle()
    {
        ChatClient &alice = *m_alice.client;
        ChatClient &bob = *m_bob.client;
        GeoLocation place;
        place.latitude = 52.5163;
        place.longitude = 13.3777;
        place.label = QStringLiteral("Brandenburger Tor");
        place.accuracy = 12.5;
        const qint64 loc = alice.sendLocation(kBob, place, QStringLiteral("meet here"));
        const qint64 card = alice.sendContact(kBob, kVCard);
        QVERIFY(loc > 0 && card > 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_alice.state(loc), MessageState::Delivered, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_alice.state(card), MessageState::Delivered, kWaitMs);
        const auto gotLoc = bobsCopy(loc);
        const auto gotCard = bobsCopy(card);
        QVERIFY(gotLoc && gotCard);
        QCOMPARE(gotLoc->content.kind, MessageKind::Location);
        QCOMPARE(gotLoc->content.location, std::optional(place));
        QCOMPARE(gotLoc->content.text, QStringLiteral("meet here"));
        QCOMPARE(gotCard->content.kind, MessageKind::Contact);
        QCOMPARE(gotCard->content.vcard, kVCard);
        QCOMPARE(gotLoc->transfer.state, TransferState::None);
        bob.markRead(kAlice);
        QTRY_COMPARE_WITH_TIMEOUT(m_alice.state(loc), MessageState::Read, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_alice.state(card), MessageState::Read, kWaitMs);
    }

    void badLocationOrContactIsNotStored()
    {
        ChatClient &alice = *m_alice.client;
        GeoLocation bad;
        bad.latitude = 91;
        QCOMPARE(alice.sendLocation(kBob, bad), 0);
        bad.latitude = std::numeric_limits<double>::quiet_NaN();
        QCOMPARE(alice.sendLocation(kBob, bad), 0);
        bad.latitude = 0;
        bad.longitude = -180.5;
        QCOMPARE(alice.sendLocation(kBob, bad), 0);
        bad.longitude = 0;
        bad.accuracy = -1;
        QCOMPARE(alice.sendLocation(kBob, bad), 0);
        // A vCard without a phone number, not a vCard at all, one over the size limit.
        QCOMPARE(alice.sendContact(kBob,
                     QStringLiteral("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:No Phone\r\nEND:VCARD\r\n")),
            0);
        QCOMPARE(alice.sendContact(kBob, QStringLiteral("FN:Carol")), 0);
        QString huge = kVCard;
        huge.insert(huge.indexOf(QLatin1String("END:VCARD")),
            QStringLiteral("NOTE:%1\r\n").arg(QString(20000, u'x')));
        QCOMPARE(alice.sendContact(kBob, huge), 0);
        QVERIFY(!alice.store()->conversation(kBob));
        QVERIFY(alice.store()->outbox().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFileTransfers)
#include "TestFileTransfers.moc"
