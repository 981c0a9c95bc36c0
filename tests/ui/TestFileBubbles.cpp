// Bubbles of files, places and contacts in the real main window, against a real natterd: an
// incoming picture with its thumbnail and a click that downloads it into the viewer, a click on
// Download for a document, a video that Open plays in the app's player, the location and
// contact cards with their clicks, the attach menu's Location…, the Downloads setting, and (with
// NATTER_SCREENSHOT_DIR) the screenshots.

#include "FileMessagesFixture.h"
#include "ui/VideoPlayback.h"
#include "ui/dialogs/VideoPlayerDialog.h"

class TestFileBubbles : public FileMessagesFixture
{
    Q_OBJECT

private:
    // Bob sends Alice `path` while her chat with him is open and nothing downloads by itself;
    // the row of the message in her chat once the file's `role` shows `expected` (-1: failed).
    int receiveUndownloaded(const QString &path, protocol::FileKind kind, int role,
        const QString &expected)
    {
        m_alice.client->setAutoDownloadLimit(0);
        m_window->openChat(kBob);
        const int before = messageCount(m_alice, kBob);
        if (m_bob.client->sendFile(kAlice, path, kind) == 0 || !arrived(m_alice, kBob, before, 1))
            return -1;
        const bool shown = QTest::qWaitFor([&] {
            return messages()->index(messages()->rowCount() - 1).data(role).toString() == expected;
        }, kWaitMs);
        return shown ? messages()->rowCount() - 1 : -1;
    }

private slots:
    void initTestCase() { setUpFixture(); }
    void cleanupTestCase() { tearDownFixture(); }

    void incomingPictureShowsItsThumbnail()
    {
        m_alice.client->setAutoDownloadLimit(0); // so it waits for a click
        m_window->openChat(kBob);
        const QString picture = writePicture(QStringLiteral("sunset.png"), QColor(220, 30, 30));
        const QByteArray thumbnail = ui::makeThumbnail(picture);
        QVERIFY(!thumbnail.isEmpty());
        const int before = messageCount(m_alice, kBob);
        QVERIFY(
            m_bob.client->sendFile(kAlice, picture, protocol::FileKind::Media, {}, thumbnail) != 0);
        QVERIFY(arrived(m_alice, kBob, before, 1));
        QTRY_COMPARE(
            messages()->index(messages()->rowCount() - 1).data(MessageListModel::KindRole).toInt(),
            int(MessageKind::Media));
        const int row = messages()->rowCount() - 1;
        const QModelIndex index = messages()->index(row);
        QVERIFY(!index.data(MessageListModel::ImageRole).value<QImage>().isNull());
        QVERIFY(index.data(MessageListModel::LocalPathRole).toString().isEmpty());
        // The bubble shows it: red inside the picture's body.
        ui::MessageListView *view = chat()->messageView();
        view->scrollToNewest();
        const QRect body
            = view->messageDelegate()->bodyRect(view->visualRect(view->viewIndex(row)), index);
        QVERIFY(view->viewport()->rect().contains(body));
        const QImage shot = view->viewport()->grab().toImage();
        const QColor c = shot.pixelColor(
            (QPointF(body.left() + 10, body.top() + 10) * shot.devicePixelRatio()).toPoint());
        QVERIFY2(c.red() > 180 && c.green() < 80, qPrintable(c.name()));
        QVERIFY(pointOf(row, BubbleAction::Download).x() >= 0);

        // A click on the picture downloads it and shows it in the viewer.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, body.topLeft() + QPoint(10, 10));
        ui::ImageViewerDialog *viewer = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (viewer = m_window->findChild<ui::ImageViewerDialog *>()), kWaitMs);
        QTRY_VERIFY(viewer->isLoaded());
        const QString local
            = messages()->index(row).data(MessageListModel::LocalPathRole).toString();
        QVERIFY(QFileInfo::exists(local));
        QCOMPARE(QImage(local).size(), QSize(400, 300));
        viewer->close();
        QTRY_VERIFY(!m_window->findChild<ui::ImageViewerDialog *>());
    }

    void clickOnDownloadFetchesTheDocument()
    {
        const QByteArray bytes = randomBytes(600 * 1024);
        const QString path = writeFile(QStringLiteral("manual.pdf"), bytes);
        const int row = receiveUndownloaded(path, protocol::FileKind::Document,
            MessageListModel::FileNameRole, QStringLiteral("manual.pdf"));
        QVERIFY(row >= 0);
        QCOMPARE(messages()->index(row).data(MessageListModel::TransferStateRole).toInt(),
            int(TransferState::None));
        const QPoint download = pointOf(row, BubbleAction::Download);
        QVERIFY(download.x() >= 0);
        QTest::mouseClick(chat()->messageView()->viewport(), Qt::LeftButton, {}, download);
        QTRY_VERIFY_WITH_TIMEOUT(
            messages()->index(row).data(MessageListModel::TransferStateRole).toInt()
                == int(TransferState::Done),
            kWaitMs);
        const QString local
            = messages()->index(row).data(MessageListModel::LocalPathRole).toString();
        QFile file(local);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(local));
        QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256),
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
        // Now it offers Open, which hands the file to the desktop.
        m_urls.urls.clear();
        QTest::mouseClick(chat()->messageView()->viewport(), Qt::LeftButton, {},
            pointOf(row, BubbleAction::Open));
        QCOMPARE(m_urls.urls, QList<QUrl>({QUrl::fromLocalFile(local)}));
        // … and Save as… copies it where the user says.
        QTest::mouseClick(chat()->messageView()->viewport(), Qt::LeftButton, {},
            pointOf(row, BubbleAction::SaveAs));
        QFileDialog *save = nullptr;
        QTRY_VERIFY((save = m_window->findChild<QFileDialog *>(QStringLiteral("saveFileDialog"))));
        const QString target = m_files.filePath(QStringLiteral("saved manual.pdf"));
        save->selectFile(target);
        static_cast<QDialog *>(save)->accept(); // QFileDialog::accept, which is protected
        QFile copy(target);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), bytes);
    }

    void openOnAVideoPlaysItInTheApp()
    {
        const QString video = QStringLiteral(NATTER_TEST_DATA_DIR "/status-video.mp4");
        const int row = receiveUndownloaded(video, protocol::FileKind::Media,
            MessageListModel::FileMimeRole, QStringLiteral("video/mp4"));
        QVERIFY(row >= 0);
        // Not here yet: the bubble offers Download, not Open.
        QVERIFY(pointOf(row, BubbleAction::Open).x() < 0);
        QTest::mouseClick(chat()->messageView()->viewport(), Qt::LeftButton, {},
            pointOf(row, BubbleAction::Download));
        QTRY_VERIFY_WITH_TIMEOUT(
            messages()->index(row).data(MessageListModel::TransferStateRole).toInt()
                == int(TransferState::Done),
            kWaitMs);
        const QString local
            = messages()->index(row).data(MessageListModel::LocalPathRole).toString();
        QFile copy(local);
        QVERIFY2(copy.open(QIODevice::ReadOnly), qPrintable(local));
        QFile original(video);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), original.readAll());

        // Open plays it in the app's player, not in another program.
        m_urls.urls.clear();
        QTest::mouseClick(chat()->messageView()->viewport(), Qt::LeftButton, {},
            pointOf(row, BubbleAction::Open));
        ui::VideoPlayerDialog *player = nullptr;
        QTRY_VERIFY((player = m_window->findChild<ui::VideoPlayerDialog *>()));
        QVERIFY(m_urls.urls.isEmpty());
        QCOMPARE(player->file(), local);
        QCOMPARE(player->windowTitle(), QFileInfo(local).fileName());
        QVERIFY(player->isVisible());
        QVERIFY(!player->isModal());
        QTRY_COMPARE_WITH_TIMEOUT(player->playback()->state(), ui::VideoPlayback::State::Playing,
            kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(player->playback()->hasFrame(), kWaitMs);
        QCOMPARE(player->playback()->frameSize(), QSize(192, 108));
        // Open again brings the same window forward.
        QTest::mouseClick(chat()->messageView()->viewport(), Qt::LeftButton, {},
            pointOf(row, BubbleAction::Open));
        QCOMPARE(m_window->findChildren<ui::VideoPlayerDialog *>().size(), 1);
        // Closed, it stops and goes away.
        player->close();
        QTRY_VERIFY(!m_window->findChild<ui::VideoPlayerDialog *>());
    }

    void locationAndContactCards()
    {
        m_window->openChat(kBob);
        const int before = messageCount(m_alice, kBob);
        QVERIFY(m_bob.client->sendLocation(kAlice,
                    protocol::GeoLocation {48.858370, 2.294481, QStringLiteral("Eiffel Tower"), {}})
            != 0);
        const QString vcard = QStringLiteral(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Carol\r\nTEL;TYPE=CELL:%1\r\nEND:VCARD\r\n")
                                  .arg(kCarol);
        QVERIFY(m_bob.client->sendContact(kAlice, vcard) != 0);
        const QString strangerCard
            = QStringLiteral("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Stranger\r\nTEL:%1\r\nEND:VCARD\r\n")
                  .arg(kStranger);
        QVERIFY(m_bob.client->sendContact(kAlice, strangerCard) != 0);
        QVERIFY(arrived(m_alice, kBob, before, 3));
        QTRY_COMPARE(
            messages()->index(messages()->rowCount() - 1).data(MessageListModel::KindRole).toInt(),
            int(MessageKind::Contact));
        const int last = messages()->rowCount() - 1;
        const int locationRow = last - 2;
        const int carolRow = last - 1;
        QCOMPARE(
            messages()->index(locationRow).data(MessageListModel::LocationLabelRole).toString(),
            QStringLiteral("Eiffel Tower"));
        QCOMPARE(messages()->index(carolRow).data(MessageListModel::ContactNameRole).toString(),
            QStringLiteral("Carol"));
        // The chat list says what came last.
        QTRY_COMPARE(m_window->conversationModel()
                         ->indexOf(kBob)
                         .data(ConversationListModel::LastPreviewRole)
                         .toString(),
            QStringLiteral("👤 Stranger"));

        // Painted: the pin on the map card.
        ui::MessageListView *view = chat()->messageView();
        view->scrollToNewest();
        const QRect map = view->messageDelegate()->bodyRect(
            view->visualRect(view->viewIndex(locationRow)), messages()->index(locationRow));
        QVERIFY(view->viewport()->rect().contains(map));
        const QImage shot = view->viewport()->grab().toImage();
        bool pin = false;
        for (int x = map.left(); x < map.right() && !pin; ++x) {
            for (int y = map.top(); y < map.bottom() && !pin; ++y) {
                const QColor c
                    = shot.pixelColor((QPointF(x, y) * shot.devicePixelRatio()).toPoint());
                pin = c.red() > 200 && c.green() < 90 && c.blue() < 90;
            }
        }
        QVERIFY(pin);

        // A click on the card opens the place on openstreetmap.org.
        m_urls.urls.clear();
        QTest::mouseClick(
            view->viewport(), Qt::LeftButton, {}, pointOf(locationRow, BubbleAction::OpenLocation));
        QCOMPARE(m_urls.urls,
            QList<QUrl>(
                {QUrl(QStringLiteral("https://www.openstreetmap.org/?mlat=48.858370&mlon=2.294481"
                                     "#map=16/48.858370/2.294481"))}));

        // "Message" on a number that is not on Natter says so.
        QTest::mouseClick(
            view->viewport(), Qt::LeftButton, {}, pointOf(last, BubbleAction::MessageContact));
        QTRY_VERIFY_WITH_TIMEOUT(chat()->noticeText().contains(kStranger), kWaitMs);
        QVERIFY(chat()->noticeText().contains(QLatin1String("is not on Natter")));
        QCOMPARE(m_window->currentChat(), kBob);
        // Save as .vcf… writes the card.
        QTest::mouseClick(
            view->viewport(), Qt::LeftButton, {}, pointOf(carolRow, BubbleAction::SaveContact));
        QFileDialog *save = nullptr;
        QTRY_VERIFY((save = m_window->findChild<QFileDialog *>(QStringLiteral("saveFileDialog"))));
        const QString target = m_files.filePath(QStringLiteral("Carol.vcf"));
        save->selectFile(target);
        static_cast<QDialog *>(save)->accept(); // QFileDialog::accept, which is protected
        QFile card(target);
        QVERIFY(card.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(card.readAll()), vcard);
        // … and on Carol's number opens her chat.
        QTest::mouseClick(
            view->viewport(), Qt::LeftButton, {}, pointOf(carolRow, BubbleAction::MessageContact));
        QTRY_COMPARE(m_window->currentChat(), kCarol);
    }

    void attachMenuSendsALocation()
    {
        m_window->openChat(kBob);
        QMenu *menu = chat()->attachButton()->menu();
        QVERIFY(menu);
        QStringList labels;
        for (QAction *action : menu->actions())
            labels << action->text();
        QCOMPARE(labels,
            QStringList({QStringLiteral("&Photo or video…"), QStringLiteral("&Document…"),
                QStringLiteral("&Location…"), QStringLiteral("&Contact…")}));
        const int before = messageCount(m_bob, kAlice);
        menu->findChild<QAction *>(QStringLiteral("attachLocationAction"))->trigger();
        ui::LocationDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ui::LocationDialog *>()));
        dialog->findChild<QLineEdit *>(QStringLiteral("latitudeEdit"))
            ->setText(QStringLiteral("51.5007"));
        dialog->findChild<QLineEdit *>(QStringLiteral("longitudeEdit"))
            ->setText(QStringLiteral("-0.1246"));
        dialog->findChild<QLineEdit *>(QStringLiteral("labelEdit"))
            ->setText(QStringLiteral("Big Ben"));
        QTRY_VERIFY(dialog->hasLocation());
        dialog->accept();
        QVERIFY(arrived(m_bob, kAlice, before, 1));
        const StoredMessage got = newest(m_bob, kAlice, 1).first();
        QCOMPARE(got.content.kind, MessageKind::Location);
        QCOMPARE(got.content.location->label, QStringLiteral("Big Ben"));
        QCOMPARE(got.content.location->latitude, 51.5007);
        QCOMPARE(got.content.location->longitude, -0.1246);
    }

    void downloadSettingsAreKeptAndApplied()
    {
        ui::DownloadSettingsDialog dialog(m_alice.client.get(), m_window.get());
        QCOMPARE(dialog.spinBox()->value(), ui::DownloadSettingsDialog::storedMegabytes());
        dialog.spinBox()->setValue(0);
        dialog.accept();
        QCOMPARE(m_alice.client->autoDownloadLimit(), 0);
        QCOMPARE(ui::DownloadSettingsDialog::storedMegabytes(), 0);
        ui::DownloadSettingsDialog again(m_alice.client.get(), m_window.get());
        QCOMPARE(again.spinBox()->value(), 0);
        again.spinBox()->setValue(8);
        again.accept();
        QCOMPARE(m_alice.client->autoDownloadLimit(), 8 * kMiB);
    }

    // With NATTER_SCREENSHOT_DIR set (run under Xvfb): the chat with every kind of bubble, in
    // the light and a dark palette, and the drop highlight.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("NATTER_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set NATTER_SCREENSHOT_DIR to write the screenshots");
        User dave(kDave, QStringLiteral("Dave Miller"));
        QVERIFY(dave.registerOn(m_server->url()));
        m_alice.client->setAutoDownloadLimit(4 * kMiB);
        QVERIFY(dave.client->sendText(kAlice, QStringLiteral("Photos from Saturday!")) != 0);
        QImage sunset(960, 640, QImage::Format_RGB32);
        {
            QPainter p(&sunset);
            QLinearGradient sky(0, 0, 0, 640);
            sky.setColorAt(0, QColor(0x3a, 0x2f, 0x7a));
            sky.setColorAt(0.55, QColor(0xf2, 0x8a, 0x3c));
            sky.setColorAt(1, QColor(0xfb, 0xd0, 0x6b));
            p.fillRect(sunset.rect(), sky);
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0xff, 0xe8, 0x9c));
            p.drawEllipse(QPointF(480, 430), 90, 90);
            p.setBrush(QColor(0x1d, 0x2b, 0x3a));
            p.drawRect(0, 470, 960, 170);
        }
        const QString picture = m_files.filePath(QStringLiteral("sunset.jpg"));
        QVERIFY(sunset.save(picture, "JPEG", 90));
        const int before = messageCount(m_alice, kDave);
        QVERIFY(dave.client->sendFile(kAlice, picture, protocol::FileKind::Media,
                    QStringLiteral("The view from the hut"), ui::makeThumbnail(picture))
            != 0);
        QVERIFY(arrived(m_alice, kDave, before, 2));
        const QString itinerary
            = writeFile(QStringLiteral("Itinerary.pdf"), randomBytes(240 * 1024));
        QVERIFY(m_alice.client->sendFile(kDave, itinerary, protocol::FileKind::Document) != 0);
        QTRY_VERIFY_WITH_TIMEOUT(messageCount(dave, kAlice) >= 3, kWaitMs);
        // An upload under way and one that failed (as the local database keeps them).
        {
            auto writer = m_alice.openWriter();
            QVERIFY(writer);
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            for (const bool failed : {false, true}) {
                protocol::MessageContent doc;
                doc.kind = protocol::MessageKind::Document;
                doc.file = protocol::FileRef {QStringLiteral("pending"),
                    failed ? QStringLiteral("Budget 2027.xlsx") : QStringLiteral("Hut video.mp4"),
                    failed ? QStringLiteral("application/vnd.ms-excel")
                           : QStringLiteral("video/mp4"),
                    failed ? 3 * kMiB / 2 : 58 * kMiB, {}};
                client::TransferRecord transfer;
                transfer.state = failed ? TransferState::Failed : TransferState::Uploading;
                transfer.bytesDone = failed ? 0 : 37 * kMiB;
                transfer.localPath = itinerary;
                transfer.error = failed ? QStringLiteral("The connection was lost.") : QString();
                QVERIFY(writer->addOutgoingFile(kDave,
                            QUuid::createUuid().toString(QUuid::WithoutBraces), doc,
                            now + (failed ? 2 : 1), transfer)
                    != 0);
            }
        }
        QVERIFY(
            dave.client->sendLocation(kAlice,
                protocol::GeoLocation {47.421, 10.985, QStringLiteral("Zugspitze summit"), 12.0})
            != 0);
        QVERIFY(dave.client->sendContact(kAlice,
                    QStringLiteral("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Erika Mustermann\r\n"
                                   "TEL;TYPE=cell:+49 151 23456789\r\nTEL;TYPE=work:+49 30 "
                                   "1234567\r\nEND:VCARD\r\n"))
            != 0);
        QVERIFY(arrived(m_alice, kDave, before, 7));
        m_window->resize(1100, 1000);
        m_window->openChat(kDave);
        // The chat model was made after the writer's rows: all seven are there.
        QTRY_VERIFY_WITH_TIMEOUT(messages()->rowCount() >= 7
                && !messages()->index(1).data(MessageListModel::LocalPathRole).toString().isEmpty(),
            kWaitMs);
        chat()->messageView()->scrollToNewest();
        QTest::qWait(300);
        QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("files-chat.png"))));

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(picture)});
        QDragEnterEvent enter(chat()->messageView()->geometry().center(), Qt::CopyAction, &mime,
            Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(chat(), &enter);
        QTest::qWait(100);
        QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("drop-overlay.png"))));
        QDragLeaveEvent leave;
        QApplication::sendEvent(chat(), &leave);

        const QPalette light = m_window->palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Button, QColor(0x33, 0x33, 0x33));
        dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        QApplication::setPalette(dark);
        QTest::qWait(300);
        QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("files-chat-dark.png"))));
        QApplication::setPalette(light);
        dave.client.reset();
    }
};

QTEST_MAIN(TestFileBubbles)
#include "TestFileBubbles.moc"
#include "moc_FileMessagesFixture.cpp"
