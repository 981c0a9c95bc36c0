// Videos in the real main window against a real natterd: an incoming video with a poster frame
// (the real sample in tests/data, through Qt Multimedia) is drawn like a photo with a play sign,
// a click downloads it and afterwards plays it in the app's player; without a poster it keeps the
// file card; dropped videos go with their poster frame, in the order they were dropped; and (with
// NATTER_SCREENSHOT_DIR) the screenshot docs/screenshots/video-bubble.png.

#include "MediaTestData.h"
#include "FileMessagesFixture.h"
#include "ui/MessageBodies.h"
#include "ui/dialogs/VideoPlayerDialog.h"
using namespace natter::uitest::media;

class TestVideoBubbles : public FileMessagesFixture
{
    Q_OBJECT

private:
    // The poster frame of `path`, made as the app makes it (with the event loop running).
    static QByteArray poster(const QString &path)
    {
        QObject context;
        QByteArray bytes;
        bool done = false;
        ui::makeVideoThumbnail(path, &context, [&](const QByteArray &b) {
            bytes = b;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, kWaitMs))
            return {};
        return bytes;
    }
    int newestRow() const { return messages()->rowCount() - 1; }
    QRect bodyOf(int row) const
    {
        ui::MessageListView *view = chat()->messageView();
        view->scrollToNewest();
        return view->messageDelegate()->bodyRect(
            view->visualRect(view->viewIndex(row)), messages()->index(row));
    }
    BubbleAction actionAt(int row, const QPoint &pos) const
    {
        ui::MessageListView *view = chat()->messageView();
        return view->messageDelegate()->actionAt(
            view->visualRect(view->viewIndex(row)), messages()->index(row), pos);
    }

private slots:
    void initTestCase() { setUpFixture(); }
    void cleanupTestCase() { tearDownFixture(); }

    void incomingVideoShowsItsPosterFrame()
    {
        m_alice.client->setAutoDownloadLimit(0); // so it waits for a click
        m_window->openChat(kBob);
        const QByteArray thumbnail = poster(sample("status-video.mp4"));
        QVERIFY(!thumbnail.isEmpty());
        const int before = messageCount(m_alice, kBob);
        QVERIFY(m_bob.client->sendFile(
                    kAlice, sample("status-video.mp4"), protocol::FileKind::Media, {}, thumbnail)
            != 0);
        QVERIFY(arrived(m_alice, kBob, before, 1));
        QTRY_COMPARE(messages()->index(newestRow()).data(MessageListModel::FileNameRole).toString(),
            QStringLiteral("status-video.mp4"));
        const int row = newestRow();
        const QModelIndex index = messages()->index(row);
        QCOMPARE(ui::bodies::typeOf(index), ui::bodies::Type::Image);
        QCOMPARE(index.data(MessageListModel::ImageRole).value<QImage>().size(), QSize(192, 108));
        QVERIFY(index.data(MessageListModel::LocalPathRole).toString().isEmpty());

        // The bubble shows the poster (blue) with a white play sign on a dark disc in the middle.
        ui::MessageListView *view = chat()->messageView();
        const QRect body = bodyOf(row);
        QVERIFY(view->viewport()->rect().contains(body));
        QTRY_VERIFY(!view->viewport()->grab().isNull());
        const QImage shot = view->viewport()->grab().toImage();
        const qreal dpr = shot.devicePixelRatio();
        auto at = [&](const QPointF &p) { return shot.pixelColor((p * dpr).toPoint()); };
        const QColor corner = at(QPointF(body.right() - 12, body.top() + 12));
        QVERIFY2(near(corner, kBlue, 20), qPrintable(corner.name()));
        const QColor middle = at(QRectF(body).center());
        QVERIFY2(middle.lightness() > 230, qPrintable(middle.name()));
        // The disc: darker than the poster, left of the triangle.
        const qreal d = std::min(56.0, std::min(body.width(), body.height()) * 0.45);
        const QColor disc = at(QRectF(body).center() - QPointF(d * 0.35, 0));
        QVERIFY2(disc.lightness() < corner.lightness() - 30, qPrintable(disc.name()));

        // Before the download a click downloads; afterwards it opens the video.
        const QPoint centre = body.center();
        QCOMPARE(actionAt(row, centre), BubbleAction::Download);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
        QTRY_VERIFY_WITH_TIMEOUT(
            messages()->index(row).data(MessageListModel::TransferStateRole).toInt()
                == int(TransferState::Done),
            kWaitMs);
        const QString local
            = messages()->index(row).data(MessageListModel::LocalPathRole).toString();
        QVERIFY(QFileInfo::exists(local));
        QCOMPARE(QFileInfo(local).size(), QFileInfo(sample("status-video.mp4")).size());
        QTRY_COMPARE(actionAt(row, bodyOf(row).center()), BubbleAction::Open);
        // Still the poster frame, not a file card.
        QCOMPARE(ui::bodies::typeOf(messages()->index(row)), ui::bodies::Type::Image);
        // A click on the poster now plays the video in the app's player.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, bodyOf(row).center());
        ui::VideoPlayerDialog *player = nullptr;
        QTRY_VERIFY((player = m_window->findChild<ui::VideoPlayerDialog *>()));
        QCOMPARE(player->file(), local);
        player->close();
        QTRY_VERIFY(!m_window->findChild<ui::VideoPlayerDialog *>());
    }

    void uploadShowsProgressOverThePoster()
    {
        // An upright video being sent (as the local database keeps it): the poster, the bar
        // and Cancel over it, and a click elsewhere opens the local file.
        const QByteArray thumbnail = poster(sample("portrait-video.mp4"));
        QVERIFY(ui::thumbnailImage(thumbnail).height() > ui::thumbnailImage(thumbnail).width());
        {
            auto writer = m_alice.openWriter();
            QVERIFY(writer);
            protocol::MessageContent video;
            video.kind = protocol::MessageKind::Media;
            video.file = protocol::FileRef {QStringLiteral("pending"),
                QStringLiteral("Hut video.mp4"), QStringLiteral("video/mp4"), 58 * kMiB, thumbnail};
            client::TransferRecord transfer;
            transfer.state = TransferState::Uploading;
            transfer.bytesDone = 37 * kMiB;
            transfer.localPath = sample("portrait-video.mp4");
            QVERIFY(
                writer->addOutgoingFile(kCarol, QUuid::createUuid().toString(QUuid::WithoutBraces),
                    video, QDateTime::currentMSecsSinceEpoch(), transfer)
                != 0);
        }
        m_window->openChat(kCarol); // the chat's model is made after the row was written
        QTRY_COMPARE(messages()->index(newestRow()).data(MessageListModel::FileNameRole).toString(),
            QStringLiteral("Hut video.mp4"));
        const int row = newestRow();
        const QModelIndex index = messages()->index(row);
        QCOMPARE(ui::bodies::typeOf(index), ui::bodies::Type::Image);
        const QRect body = bodyOf(row);
        QVERIFY(body.height() > body.width()); // upright
        const ui::bodies::Body laidOut
            = ui::bodies::layout(index, chat()->messageView()->font(), 600);
        QVERIFY(!laidOut.progressBar.isEmpty());
        QVERIFY(pointOf(row, BubbleAction::Cancel).x() >= 0);
        QCOMPARE(actionAt(row, body.center()), BubbleAction::Open);
        // The bar is drawn white over the dark strip at the bottom of the picture.
        const QImage shot = chat()->messageView()->viewport()->grab().toImage();
        const QPointF bar = laidOut.progressBar.topLeft() + QPointF(2, 1) + QPointF(body.topLeft());
        const QColor c = shot.pixelColor((bar * shot.devicePixelRatio()).toPoint());
        QVERIFY2(c.lightness() > 200, qPrintable(c.name()));
    }

    void videoWithoutPosterKeepsTheFileCard()
    {
        m_window->openChat(kBob);
        const int before = messageCount(m_alice, kBob);
        QVERIFY(m_bob.client->sendFile(
                    kAlice, sample("status-video.mp4"), protocol::FileKind::Media, {}, QByteArray())
            != 0);
        QVERIFY(arrived(m_alice, kBob, before, 1));
        QTRY_COMPARE(messages()->index(newestRow()).data(MessageListModel::FileNameRole).toString(),
            QStringLiteral("status-video.mp4"));
        const QModelIndex index = messages()->index(newestRow());
        QVERIFY(index.data(MessageListModel::ImageRole).value<QImage>().isNull());
        QCOMPARE(ui::bodies::typeOf(index), ui::bodies::Type::File);
    }

    void droppedVideosGoWithTheirPosterFrameInOrder()
    {
        m_window->openChat(kBob);
        const QString portrait = m_files.filePath(QStringLiteral("portrait.mp4"));
        QVERIFY(QFile::copy(sample("portrait-video.mp4"), portrait));
        const QString picture = writePicture(QStringLiteral("between.png"), QColor(30, 160, 60));
        const QString notes = writeFile(QStringLiteral("notes.txt"), "after the videos\n");
        const int before = messageCount(m_bob, kAlice);
        QList<qint64> added; // in the order Alice's client stores them
        const QMetaObject::Connection watch = connect(m_alice.client.get(),
            &ChatClient::messageAdded, this, [&](const QString &peer, qint64 localId) {
                if (peer == kBob)
                    added << localId;
            });
        drop(chat()->messageView()->viewport(), chat()->messageView()->viewport()->rect().center(),
            {sample("status-video.mp4"), picture, portrait, notes});
        // Alice's client stores them in the order dropped (the video first, though its poster
        // frame took a moment). Bob may get them in the order their uploads finish.
        QTRY_VERIFY_WITH_TIMEOUT(added.size() >= 4, kWaitMs);
        QStringList sent;
        for (const qint64 id : std::as_const(added)) {
            const int row = messages()->rowOf(id);
            QVERIFY(row >= 0);
            sent << messages()->index(row).data(MessageListModel::FileNameRole).toString();
        }
        QCOMPARE(sent,
            QStringList({QStringLiteral("status-video.mp4"), QStringLiteral("between.png"),
                QStringLiteral("portrait.mp4"), QStringLiteral("notes.txt")}));
        disconnect(watch);
        QVERIFY(arrived(m_bob, kAlice, before, 4));
        QHash<QString, protocol::MessageContent> got;
        for (const StoredMessage &m : newest(m_bob, kAlice, 4)) {
            if (m.content.file)
                got.insert(m.content.file->name, m.content);
        }
        QCOMPARE(got.size(), 4);
        const QImage first
            = ui::thumbnailImage(got.value(QStringLiteral("status-video.mp4")).file->thumbnail);
        QCOMPARE(first.size(), QSize(192, 108));
        QVERIFY2(
            near(first.pixelColor(96, 54), kBlue, 20), qPrintable(first.pixelColor(96, 54).name()));
        QVERIFY(!got.value(QStringLiteral("between.png")).file->thumbnail.isEmpty());
        const QImage third
            = ui::thumbnailImage(got.value(QStringLiteral("portrait.mp4")).file->thumbnail);
        QCOMPARE(third.size(), QSize(108, 192));
        QVERIFY(got.value(QStringLiteral("notes.txt")).file->thumbnail.isEmpty());
        QCOMPARE(got.value(QStringLiteral("notes.txt")).kind, MessageKind::Document);
        // Alice's own bubble shows the poster too.
        QCOMPARE(ui::bodies::typeOf(messages()->index(messages()->rowOf(added.first()))),
            ui::bodies::Type::Image);
    }

    // With NATTER_SCREENSHOT_DIR set (run under Xvfb): a chat with an incoming video not yet
    // downloaded and an upright one that was sent.
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("NATTER_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set NATTER_SCREENSHOT_DIR to write the screenshot");
        User dave(kDave, QStringLiteral("Dave Miller"));
        QVERIFY(dave.registerOn(m_server->url()));
        m_alice.client->setAutoDownloadLimit(0); // the first one waits for a click
        const QByteArray landscape = poster(sample("status-video.mp4"));
        const QByteArray portrait = poster(sample("portrait-video.mp4"));
        QVERIFY(!landscape.isEmpty() && !portrait.isEmpty());
        QVERIFY(dave.client->sendText(kAlice, QStringLiteral("Two clips from the lake")) != 0);
        QVERIFY(dave.client->sendFile(kAlice, sample("status-video.mp4"), protocol::FileKind::Media,
                    QStringLiteral("Before the storm"), landscape)
            != 0);
        QVERIFY(arrived(m_alice, kDave, 0, 2));
        m_window->resize(1000, 760);
        m_window->openChat(kDave);
        QVERIFY(m_alice.client->sendFile(kDave, sample("portrait-video.mp4"),
                    protocol::FileKind::Media, QStringLiteral("And mine!"), portrait)
            != 0);
        QTRY_VERIFY_WITH_TIMEOUT(messageCount(dave, kAlice) >= 3, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(messages()->rowCount() >= 3
                && messages()
                        ->index(messages()->rowCount() - 1)
                        .data(MessageListModel::TransferStateRole)
                        .toInt()
                    == int(TransferState::Done),
            kWaitMs);
        chat()->messageView()->scrollToNewest();
        QTest::qWait(300);
        QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("video-bubble.png"))));
        // NATTER_SCREENSHOT_HOLD_MS: time to take a screenshot of the real window as well.
        const int hold = qEnvironmentVariableIntValue("NATTER_SCREENSHOT_HOLD_MS");
        if (hold > 0)
            QTest::qWait(hold);
        dave.client.reset();
    }
};

QTEST_MAIN(TestVideoBubbles)
#include "TestVideoBubbles.moc"
#include "moc_FileMessagesFixture.cpp"
