// Video statuses in the status viewer, end to end: Alice posts the sample video through the real
// natterd, Bob's real ChatClient downloads it and his viewer plays it in place with Qt
// Multimedia (the picture on screen, the bar following the video, pause, mute, moving on at the
// video's end), a video that cannot be played says so and offers another program, and the
// status's thumbnail stands in for the video while it downloads.
#include "MediaTestData.h"
#include "UiTestSupport.h"
#include "client/StatusClient.h"
#include "ui/StatusViewer.h"
#include "ui/StatusViewerParts.h"
#include "ui/VideoPlayback.h"
#include "ui/dialogs/Thumbnails.h"

#include <QFile>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

using namespace natter;
using namespace natter::uitest;
using client::StatusClient;
using ui::StatusViewer;
using ui::VideoPlayback;

using namespace natter::uitest::media;

namespace {
const QString kAlice = QStringLiteral("+4915110000011");
const QString kBob = QStringLiteral("+4915110000012");
} // namespace

class TestStatusVideo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_files;
    std::unique_ptr<test::TestServer> m_server;
    User m_alice {kAlice, QStringLiteral("Alice")};
    User m_bob {kBob, QStringLiteral("Bob")};

    // Alice posts `path` (or a text when empty); returns the id once Bob has it.
    qint64 post(const QString &path, const QString &text, const QByteArray &thumbnail = {})
    {
        StatusClient *statuses = m_alice.client->statuses();
        QSignalSpy posted(statuses, &StatusClient::posted);
        QSignalSpy failed(statuses, &StatusClient::failed);
        const QString clientId = path.isEmpty()
            ? statuses->postText(text, QStringLiteral("#00796b"))
            : statuses->postMedia(path, text, thumbnail);
        if (clientId.isEmpty()
            || !QTest::qWaitFor([&] { return !posted.isEmpty() || !failed.isEmpty(); }, kWaitMs)
            || posted.isEmpty())
            return 0;
        const qint64 id = posted.first().at(1).toLongLong();
        if (!QTest::qWaitFor([&] { return m_bob.client->statuses()->status(id).has_value(); }, kWaitMs))
            return 0;
        return id;
    }

    // What Bob sees in the middle of the picture.
    static QColor middle(StatusViewer &viewer)
    {
        return viewer.grab().toImage().pixelColor(viewer.width() / 2, viewer.height() / 2);
    }

private slots:
    void initTestCase() { isolateSettings(m_settings); }
    void init()
    {
        QSettings().remove(QStringLiteral("media/muted"));
        m_server = std::make_unique<test::TestServer>();
        QVERIFY(m_server->start());
        m_alice = User(kAlice, QStringLiteral("Alice"));
        m_bob = User(kBob, QStringLiteral("Bob"));
        QVERIFY(registerContacts(m_alice, m_bob, m_server->url()));
    }
    void cleanup()
    {
        m_alice.client.reset();
        m_bob.client.reset();
        m_server.reset();
    }

    void videoPlaysInPlaceAndMovesOnAtItsEnd()
    {
        const qint64 video = post(sample("status-video.mp4"), QStringLiteral("At the lake"));
        QVERIFY(video > 0);
        const qint64 after = post(QString(), QStringLiteral("After the video"));
        QVERIFY(after > 0);

        StatusViewer viewer(m_bob.client.get());
        viewer.resize(480, 800);
        viewer.setDuration(60s); // only the video's end can move on within the test
        QVERIFY(viewer.showOwner(kAlice));
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QCOMPARE(viewer.currentStatusId(), video);
        // Downloaded, then played: the picture is on screen.
        QTRY_VERIFY_WITH_TIMEOUT(viewer.videoPlayback(), kWaitMs);
        VideoPlayback *playback = viewer.videoPlayback();
        QTRY_COMPARE_WITH_TIMEOUT(playback->state(), VideoPlayback::State::Playing, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(near(middle(viewer), kBlue), kWaitMs);
        QVERIFY(viewer.notice().isEmpty());
        QVERIFY(viewer.muteButton()->isVisible());
        QVERIFY(!viewer.openButton()->isVisible());
        // The bar follows the video.
        QTRY_VERIFY_WITH_TIMEOUT(viewer.progress() > 0.05, kWaitMs);

        // Space pauses the video and the bar.
        QTest::keyClick(&viewer, Qt::Key_Space);
        QVERIFY(viewer.isPaused());
        QTRY_COMPARE_WITH_TIMEOUT(playback->state(), VideoPlayback::State::Paused, kWaitMs);
        const qreal held = viewer.progress();
        QVERIFY(held < 1.0);
        QTest::qWait(700);
        QVERIFY2(viewer.progress() - held < 0.05, qPrintable(QString::number(viewer.progress() - held)));
        QCOMPARE(viewer.currentStatusId(), video);

        // M mutes, and the choice is remembered.
        QVERIFY(!viewer.isMuted());
        QTest::keyClick(&viewer, Qt::Key_M);
        QVERIFY(viewer.isMuted());
        QVERIFY(playback->isMuted());
        QCOMPARE(QSettings().value(QStringLiteral("media/muted")).toBool(), true);
        viewer.muteButton()->click();
        QVERIFY(!viewer.isMuted());
        QVERIFY(!playback->isMuted());
        viewer.muteButton()->click();

        // Going on: at the video's end the next status comes, long before the 60 s clock.
        QTest::keyClick(&viewer, Qt::Key_Space);
        QTRY_COMPARE_WITH_TIMEOUT(viewer.currentStatusId(), after, kWaitMs);
        QVERIFY(!viewer.muteButton()->isVisible());
        QCOMPARE(playback->state(), VideoPlayback::State::Empty);
        QVERIFY(m_bob.client->statuses()->status(video)->viewed);

        // Back to the video: it plays again; Esc stops it.
        QTest::keyClick(&viewer, Qt::Key_Left);
        QCOMPARE(viewer.currentStatusId(), video);
        QTRY_COMPARE_WITH_TIMEOUT(playback->state(), VideoPlayback::State::Playing, kWaitMs);
        QTest::keyClick(&viewer, Qt::Key_Escape);
        QVERIFY(!viewer.isVisible());
        QCOMPARE(playback->state(), VideoPlayback::State::Empty);

        // A viewer opened later starts muted, as chosen.
        StatusViewer again(m_bob.client.get());
        QVERIFY(again.isMuted());
        QVERIFY(again.showOwner(kAlice, video));
        QTRY_VERIFY_WITH_TIMEOUT(again.videoPlayback(), kWaitMs);
        QVERIFY(again.videoPlayback()->isMuted());
    }

    void ownVideoPlaysFromThePostedFile()
    {
        const qint64 video = post(sample("portrait-video.mp4"), QString());
        QVERIFY(video > 0);
        StatusViewer viewer(m_alice.client.get());
        viewer.resize(480, 800);
        QVERIFY(viewer.showOwner(kAlice));
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QTRY_VERIFY_WITH_TIMEOUT(viewer.videoPlayback(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(viewer.videoPlayback()->hasFrame(), kWaitMs);
        // Upright: a tall picture in the middle, dark beside it.
        QCOMPARE(viewer.videoPlayback()->frameSize(), QSize(108, 192));
        QTRY_VERIFY_WITH_TIMEOUT(near(middle(viewer), kBlue), kWaitMs);
        const QImage shot = viewer.grab().toImage();
        QVERIFY(!near(shot.pixelColor(8, viewer.height() / 2), kBlue));
        QVERIFY(viewer.deleteButton()->isVisible()); // still the owner's controls
    }

    void thumbnailShowsWhileTheVideoDownloads()
    {
        // An orange thumbnail for the blue video: what is on screen tells which is shown.
        const QColor orange(0xe6, 0x51, 0x00);
        QImage picture(180, 320, QImage::Format_RGB32);
        picture.fill(orange);
        const QByteArray thumbnail = ui::encodeThumbnail(picture);
        QVERIFY(!thumbnail.isEmpty());
        const qint64 video = post(sample("status-video.mp4"), QString(), thumbnail);
        QVERIFY(video > 0);
        QCOMPARE(m_bob.client->statuses()->status(video)->file->thumbnail, thumbnail);
        // The server goes away: Bob's download cannot start.
        m_server->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!m_bob.client->isOnline(), kWaitMs);

        StatusViewer viewer(m_bob.client.get());
        viewer.resize(480, 800);
        viewer.setDuration(60s);
        QVERIFY(viewer.showOwner(kAlice));
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QCOMPARE(viewer.currentStatusId(), video);
        QCOMPARE(viewer.notice(), QStringLiteral("Loading…"));
        // The thumbnail fills the picture's place (shaded a little), "Loading…" over it.
        const qreal keep = 1.0 - ui::statusviewer::kPlaceholderShade.alphaF();
        const QColor shaded(qRound(orange.red() * keep), qRound(orange.green() * keep),
            qRound(orange.blue() * keep));
        QImage shot = viewer.grab().toImage();
        const QColor below = shot.pixelColor(viewer.width() / 2, viewer.height() / 2 + 120);
        QVERIFY2(near(below, shaded), qPrintable(below.name()));
        const QColor above = shot.pixelColor(viewer.width() / 2, viewer.height() / 2 - 120);
        QVERIFY2(near(above, shaded), qPrintable(above.name()));
        QTest::qWait(300);
        QCOMPARE(viewer.notice(), QStringLiteral("Loading…"));
        QCOMPARE(viewer.currentStatusId(), video); // held while it loads

        // The server is back: the video arrives and replaces the thumbnail.
        QVERIFY(m_server->restart());
        QTRY_VERIFY_WITH_TIMEOUT(viewer.videoPlayback() && viewer.videoPlayback()->hasFrame(),
            kWaitMs * 2);
        QTRY_VERIFY_WITH_TIMEOUT(near(middle(viewer), kBlue), kWaitMs);
        QVERIFY(viewer.notice().isEmpty());
    }

    void unplayableVideoOffersAnotherProgram()
    {
        // A real MP4 whose picture data is noise: natterd takes it as video, nothing decodes.
        QFile good(sample("status-video.mp4"));
        QVERIFY(good.open(QIODevice::ReadOnly));
        QByteArray noise = good.readAll();
        for (qsizetype i = noise.indexOf("mdat") + 4; i < noise.size(); ++i)
            noise[i] = char((i * 151) & 0xff);
        const QString path = m_files.filePath(QStringLiteral("broken.mp4"));
        QFile broken(path);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(noise);
        broken.close();
        const qint64 video = post(path, QStringLiteral("Broken"));
        QVERIFY(video > 0);
        const qint64 after = post(QString(), QStringLiteral("Next"));
        QVERIFY(after > 0);

        StatusViewer viewer(m_bob.client.get());
        viewer.resize(480, 800);
        viewer.setDuration(1500ms);
        QVERIFY(viewer.showOwner(kAlice));
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QTRY_COMPARE_WITH_TIMEOUT(viewer.notice(),
            QStringLiteral("This video cannot be played on this computer."), kWaitMs);
        QVERIFY(viewer.openButton()->isVisible());
        QCOMPARE(viewer.openButton()->text(), QStringLiteral("Open in another program"));
        QVERIFY(!viewer.muteButton()->isVisible());
        // It then counts like a photo and moves on.
        QTRY_COMPARE_WITH_TIMEOUT(viewer.currentStatusId(), after, kWaitMs);
        QVERIFY(!viewer.openButton()->isVisible());
        QVERIFY(viewer.notice().isEmpty());
    }
};

QTEST_MAIN(TestStatusVideo)
#include "TestStatusVideo.moc"
