// Files in the real main window, against a real natterd with real ChatClients on both sides:
// files dropped on the chat (each its own message) and on a conversation in the list, a picture
// and file URLs pasted into the composer (through the preview), the progress of an 8 MB upload
// rising to 100 %, cancel and retry, and a file over the limit refused with the limit named.

#include "FileMessagesFixture.h"

class TestFileMessages : public FileMessagesFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpFixture(); }
    void cleanupTestCase() { tearDownFixture(); }

    void droppedFilesAreSentEachAsItsOwnMessage()
    {
        m_window->openChat(kBob);
        const QString notes = writeFile(QStringLiteral("notes.txt"), "Bring the ladder.\n");
        const QString report = writeFile(QStringLiteral("report.pdf"), randomBytes(300 * 1024));
        const QString picture = writePicture(QStringLiteral("garden.png"), QColor(20, 160, 40));
        QVERIFY(!notes.isEmpty() && !report.isEmpty() && !picture.isEmpty());
        const int before = messageCount(m_bob, kAlice);

        // Dragging over the chat shows the drop highlight with Bob's name.
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(notes)});
        // (Entering over the message list: the event travels up to the chat view.)
        QWidget *list = chat()->messageView()->viewport();
        const QPoint inside = list->rect().center();
        QDragEnterEvent enter(inside, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(list, &enter);
        QVERIFY(enter.isAccepted());
        QVERIFY(chat()->dropOverlay()->isVisible());
        QCOMPARE(chat()->dropOverlay()->text(),
            QStringLiteral("Drop files to send to %1").arg(chat()->header()->nameText()));
        QDragLeaveEvent leave;
        QApplication::sendEvent(chat(), &leave);
        QVERIFY(!chat()->dropOverlay()->isVisible());
        // Over the composer too: files are no text to insert there.
        QWidget *composer = chat()->composer()->viewport();
        QDragEnterEvent overComposer(
            composer->rect().center(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(composer, &overComposer);
        QVERIFY(overComposer.isAccepted());
        QVERIFY(chat()->dropOverlay()->isVisible());
        QApplication::sendEvent(chat(), &leave);
        QVERIFY(!chat()->dropOverlay()->isVisible());

        drop(chat(), chat()->messageView()->geometry().center(), {notes, report, picture});
        QVERIFY(!chat()->dropOverlay()->isVisible());
        // Three messages at Bob's, each with its own file (in the order their uploads finish).
        QVERIFY(arrived(m_bob, kAlice, before, 3));
        QHash<QString, StoredMessage> got;
        for (const StoredMessage &m : newest(m_bob, kAlice, 3)) {
            QVERIFY(m.content.file);
            got.insert(m.content.file->name, m);
        }
        QCOMPARE(got.size(), 3);
        QCOMPARE(got.value(QStringLiteral("notes.txt")).content.kind, MessageKind::Document);
        QCOMPARE(got.value(QStringLiteral("report.pdf")).content.kind, MessageKind::Document);
        QCOMPARE(got.value(QStringLiteral("report.pdf")).content.file->size, 300 * 1024);
        const StoredMessage garden = got.value(QStringLiteral("garden.png"));
        QCOMPARE(garden.content.kind, MessageKind::Media);
        QCOMPARE(garden.content.file->mime, QStringLiteral("image/png"));
        QVERIFY2(!garden.content.file->thumbnail.isEmpty(), "a picture travels with its thumbnail");
        // Alice sees her three uploads complete.
        QTRY_VERIFY_WITH_TIMEOUT(messages()->rowCount() >= 3
                && messages()
                        ->index(messages()->rowCount() - 1)
                        .data(MessageListModel::TransferStateRole)
                        .toInt()
                    == int(TransferState::Done),
            kWaitMs);
    }

    void filesDroppedOnAConversationGoThere()
    {
        m_window->openChat(kBob);
        const QString plan = writeFile(QStringLiteral("plan.txt"), "Saturday, 10 o'clock.\n");
        const int before = messageCount(m_carol, kAlice);
        QListView *list = m_window->sidebar()->listView();
        const QModelIndex carol = m_window->filterModel()->mapFromSource(
            m_window->conversationModel()->indexOf(kCarol));
        QVERIFY(carol.isValid());
        const QPoint pos = list->visualRect(carol).center();
        drop(list->viewport(), pos, {plan});
        QCOMPARE(m_window->currentChat(), kCarol); // the chat it went to opens
        QVERIFY(arrived(m_carol, kAlice, before, 1));
        const StoredMessage got = newest(m_carol, kAlice, 1).first();
        QCOMPARE(got.content.file->name, QStringLiteral("plan.txt"));
        // Bob got nothing of it.
        QVERIFY(newest(m_bob, kAlice, 1).first().content.file->name != QStringLiteral("plan.txt"));
    }

    void pastedPictureIsSentAsMedia()
    {
        m_window->openChat(kBob);
        const int before = messageCount(m_bob, kAlice);
        QImage image(320, 200, QImage::Format_RGB32);
        image.fill(QColor(30, 60, 200));
        auto *mime = new QMimeData;
        mime->setImageData(image);
        QApplication::clipboard()->setMimeData(mime);
        chat()->composer()->setFocus();
        chat()->composer()->paste();
        QTRY_VERIFY(previewDialog());
        QTRY_VERIFY(previewDialog()->canSend());
        QVERIFY(chat()->composer()->toPlainText().isEmpty()); // no text was inserted
        previewDialog()->accept();
        QVERIFY(arrived(m_bob, kAlice, before, 1));
        const StoredMessage got = newest(m_bob, kAlice, 1).first();
        QCOMPARE(got.content.kind, MessageKind::Media);
        QCOMPARE(got.content.file->mime, QStringLiteral("image/png"));
        QVERIFY(got.content.file->name.endsWith(QLatin1String(".png")));
        QTRY_VERIFY(!previewDialog());
    }

    void pastedFilesArePreviewedAndSent()
    {
        m_window->openChat(kBob);
        const int before = messageCount(m_bob, kAlice);
        const QString a = writeFile(QStringLiteral("minutes.txt"), "Minutes of the meeting.\n");
        const QString b = writeFile(QStringLiteral("budget.csv"), "item,cost\nladder,120\n");
        auto *mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(a), QUrl::fromLocalFile(b)});
        QApplication::clipboard()->setMimeData(mime);
        chat()->composer()->setFocus();
        QTest::keySequence(chat()->composer(), QKeySequence::Paste);
        QTRY_VERIFY(previewDialog());
        QTRY_VERIFY(previewDialog()->canSend());
        QCOMPARE(previewDialog()->choices().size(), 2);
        previewDialog()->accept();
        QVERIFY(arrived(m_bob, kAlice, before, 2));
        QStringList names;
        for (const StoredMessage &m : newest(m_bob, kAlice, 2))
            names << m.content.file->name;
        names.sort();
        QCOMPARE(names, QStringList({QStringLiteral("budget.csv"), QStringLiteral("minutes.txt")}));
        QVERIFY(chat()->composer()->toPlainText().isEmpty());
        QTRY_VERIFY(!previewDialog());
    }

    void progressRisesToHundred()
    {
        m_window->openChat(kBob);
        const QString big = writeFile(QStringLiteral("survey.bin"), randomBytes(8 * kMiB));
        QVERIFY(!big.isEmpty());
        QList<int> seen;
        qint64 id = 0;
        auto record = [&] {
            const int row = id ? messages()->rowOf(id) : -1;
            if (row < 0)
                return;
            const int percent
                = messages()->index(row).data(MessageListModel::TransferProgressRole).toInt();
            if (seen.isEmpty() || seen.last() != percent)
                seen << percent;
        };
        QMetaObject::Connection added = connect(m_alice.client.get(), &ChatClient::messageAdded,
            this, [&](const QString &, qint64 localId) {
                if (!id)
                    id = localId;
            });
        QSignalSpy resets(messages(), &QAbstractItemModel::modelReset);
        QMetaObject::Connection changed
            = connect(messages(), &QAbstractItemModel::dataChanged, this, record);
        QCOMPARE(chat()->sendFiles(kBob, {big}), 1);
        QVERIFY(id != 0);
        QTRY_VERIFY_WITH_TIMEOUT(messages()
                                     ->index(messages()->rowOf(id))
                                     .data(MessageListModel::TransferStateRole)
                                     .toInt()
                == int(TransferState::Done),
            kWaitMs * 3);
        record();
        disconnect(added);
        disconnect(changed);
        QCOMPARE(resets.size(), 0); // progress updates the row, not the whole model
        QVERIFY2(
            seen.size() >= 3, qPrintable(QStringLiteral("progress seen: %1").arg(seen.size())));
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QVERIFY(std::any_of(seen.begin(), seen.end(), [](int p) { return p > 0 && p < 100; }));
        QCOMPARE(seen.last(), 100);
        QTRY_VERIFY_WITH_TIMEOUT(newest(m_bob, kAlice, 1).first().content.file
                && newest(m_bob, kAlice, 1).first().content.file->name
                    == QStringLiteral("survey.bin"),
            kWaitMs);
    }

    void cancelAndRetryAnUpload()
    {
        m_window->openChat(kBob);
        const QString big = writeFile(QStringLiteral("dataset.bin"), randomBytes(10 * kMiB));
        QVERIFY(!big.isEmpty());
        QCOMPARE(chat()->sendFiles(kBob, {big}), 1);
        const int row = messages()->rowCount() - 1;
        const QModelIndex index = messages()->index(row);
        QCOMPARE(
            index.data(MessageListModel::FileNameRole).toString(), QStringLiteral("dataset.bin"));
        // As soon as bytes flow, the × stops it.
        QTRY_VERIFY_WITH_TIMEOUT(
            index.data(MessageListModel::TransferStateRole).toInt() == int(TransferState::Uploading)
                && index.data(MessageListModel::TransferBytesRole).toLongLong() > 0,
            kWaitMs);
        const QPoint cancel = pointOf(row, BubbleAction::Cancel);
        QVERIFY(cancel.x() >= 0);
        QTest::mouseClick(chat()->messageView()->viewport(), Qt::LeftButton, {}, cancel);
        QTRY_VERIFY(
            index.data(MessageListModel::TransferStateRole).toInt() == int(TransferState::Cancelled)
            || index.data(MessageListModel::TransferStateRole).toInt()
                == int(TransferState::Failed));
        QVERIFY(index.data(MessageListModel::TransferProgressRole).toInt() < 100);
        // Retry starts it again, and Bob gets it.
        const int before = messageCount(m_bob, kAlice);
        const QPoint retry = pointOf(row, BubbleAction::Retry);
        QVERIFY(retry.x() >= 0);
        QTest::mouseClick(chat()->messageView()->viewport(), Qt::LeftButton, {}, retry);
        QTRY_VERIFY_WITH_TIMEOUT(
            index.data(MessageListModel::TransferStateRole).toInt() == int(TransferState::Done),
            kWaitMs * 3);
        QVERIFY(arrived(m_bob, kAlice, before, 1));
        QCOMPARE(
            newest(m_bob, kAlice, 1).first().content.file->name, QStringLiteral("dataset.bin"));
        QCOMPARE(newest(m_bob, kAlice, 1).first().content.file->size, 10 * kMiB);
    }

    void fileOverTheLimitIsRefused()
    {
        m_window->openChat(kBob);
        const QString path = m_files.filePath(QStringLiteral("archive.zip"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(kDocumentLimit + 1)); // sparse: quick to make
        }
        const int before = messageCount(m_alice, kBob);
        QCOMPARE(chat()->sendFiles(kBob, {path}), 0);
        QTRY_VERIFY(!chat()->noticeText().isEmpty());
        QVERIFY2(chat()->noticeText().contains(QLatin1String("12 MB")),
            qPrintable(chat()->noticeText()));
        QVERIFY(chat()->noticeText().contains(QLatin1String("archive.zip")));
        QCOMPARE(messageCount(m_alice, kBob), before); // nothing stored
    }
};

QTEST_MAIN(TestFileMessages)
#include "TestFileMessages.moc"
#include "moc_FileMessagesFixture.cpp"
