// VideoPlayback with Qt Multimedia's real backend (GStreamer on Debian) on the small samples in
// tests/data: what a widget would paint (the frame's size and colour), the states, the end, the
// position, and files that cannot be played.
#include "MediaTestData.h"
#include "ui/VideoPlayback.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using natter::ui::VideoPlayback;
using State = natter::ui::VideoPlayback::State;
using namespace std::chrono_literals;

using namespace natter::uitest::media;

namespace {
constexpr int kWaitMs = 20000;
} // namespace

class TestVideoPlayback : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(VideoPlayback::isAvailable(),
            "Qt Multimedia has no backend here (install gstreamer1.0-plugins-good and -libav)");
        QVERIFY(QFile::exists(sample("status-video.mp4")));
    }

    void holdsAtTheFirstFrameThenPlaysToTheEnd()
    {
        VideoPlayback video;
        QSignalSpy finished(&video, &VideoPlayback::finished);
        QSignalSpy failed(&video, &VideoPlayback::failed);
        QCOMPARE(video.state(), State::Empty);
        video.open(sample("status-video.mp4"), false);
        QCOMPARE(video.state(), State::Loading);
        // Not playing, but the first picture is there to show.
        QTRY_VERIFY_WITH_TIMEOUT(video.hasFrame(), kWaitMs);
        QCOMPARE(video.state(), State::Paused);
        QCOMPARE(video.frameSize(), QSize(192, 108));
        QTRY_COMPARE_WITH_TIMEOUT(video.duration(), 2000, kWaitMs);
        QVERIFY(failed.isEmpty());

        // What a widget paints: the frame keeps its shape inside the box (letterboxed).
        QImage canvas(400, 400, QImage::Format_RGB32);
        canvas.fill(Qt::black);
        QPainter p(&canvas);
        const QRectF covered = video.paint(&p, QRectF(0, 0, 400, 400));
        p.end();
        QCOMPARE(covered, QRectF(0, 200 - 112.5, 400, 225));
        QVERIFY2(near(canvas.pixelColor(200, 200), kBlue), qPrintable(canvas.pixelColor(200, 200).name()));
        QCOMPARE(canvas.pixelColor(200, 20), QColor(Qt::black)); // above the picture
        QVERIFY(near(video.currentImage().pixelColor(10, 10), kBlue));

        video.play();
        QTRY_COMPARE_WITH_TIMEOUT(video.state(), State::Playing, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(video.position() > 0, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
        QCOMPARE(video.state(), State::Ended);
        QCOMPARE(video.position(), video.duration());
        QVERIFY(video.hasFrame()); // the last picture stays

        // Play after the end starts again from the beginning.
        video.play();
        QTRY_COMPARE_WITH_TIMEOUT(video.state(), State::Playing, kWaitMs);
        QVERIFY(video.position() < 2000);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kWaitMs);
        QVERIFY(failed.isEmpty());
    }

    void pauseHoldsThePosition()
    {
        VideoPlayback video;
        video.open(sample("status-video.mp4"));
        QTRY_COMPARE_WITH_TIMEOUT(video.state(), State::Playing, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(video.position() >= 300, kWaitMs);
        video.pause();
        QTRY_COMPARE_WITH_TIMEOUT(video.state(), State::Paused, kWaitMs);
        const qint64 at = video.position();
        QTest::qWait(600);
        QVERIFY2(video.position() - at < 100, qPrintable(QString::number(video.position() - at)));
        QCOMPARE(video.state(), State::Paused);
        video.seek(1500);
        QTRY_VERIFY_WITH_TIMEOUT(video.position() >= 1400, kWaitMs);
        QSignalSpy finished(&video, &VideoPlayback::finished);
        video.play();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
    }

    void mutedStaysMuted()
    {
        VideoPlayback video;
        video.setMuted(true);
        video.open(sample("status-video.mp4"));
        QTRY_COMPARE_WITH_TIMEOUT(video.state(), State::Playing, kWaitMs);
        QVERIFY(video.isMuted());
        QTRY_VERIFY_WITH_TIMEOUT(video.hasAudio(), kWaitMs); // the sample has a sound track
        video.setMuted(false);
        QVERIFY(!video.isMuted());
    }

    void portraitVideoIsShownUpright()
    {
        // Phones record upright video as a landscape stream with a rotation in its metadata.
        VideoPlayback video;
        video.open(sample("portrait-video.mp4"), false);
        QTRY_VERIFY_WITH_TIMEOUT(video.hasFrame(), kWaitMs);
        QCOMPARE(video.frameSize(), QSize(108, 192));
        QImage canvas(400, 400, QImage::Format_RGB32);
        canvas.fill(Qt::black);
        QPainter p(&canvas);
        const QRectF covered = video.paint(&p, QRectF(0, 0, 400, 400));
        p.end();
        QCOMPARE(covered.height(), 400.0);
        QCOMPARE(covered.width(), 225.0);
        QVERIFY(near(canvas.pixelColor(200, 200), kBlue));
        QCOMPARE(canvas.pixelColor(20, 200), QColor(Qt::black)); // beside the picture
    }

    void brokenFilesFailWithASentence_data()
    {
        QTest::addColumn<QByteArray>("content");
        // An MP4 header and then nothing playable (what a cut-off download looks like).
        QByteArray box("\x00\x00\x00\x18" "ftypisom" "\x00\x00\x02\x00" "isomiso2", 24);
        QTest::newRow("mp4 header, garbage after") << (box + QByteArray(4096, '\x5a'));
        // A real MP4 whose picture data is noise: it opens, but no frame decodes.
        QFile good(sample("status-video.mp4"));
        QVERIFY(good.open(QIODevice::ReadOnly));
        QByteArray noise = good.readAll();
        for (qsizetype i = noise.indexOf("mdat") + 4; i < noise.size(); ++i)
            noise[i] = char((i * 151) & 0xff);
        QTest::newRow("mp4 with undecodable frames") << noise;
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("this is not a video\n");
    }
    void brokenFilesFailWithASentence()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.mp4"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();

        VideoPlayback video;
        video.setLoadTimeout(3s); // GStreamer keeps loading some broken files for ever
        QSignalSpy failed(&video, &VideoPlayback::failed);
        video.open(path);
        QTRY_COMPARE_WITH_TIMEOUT(video.state(), State::Failed, kWaitMs);
        QCOMPARE(failed.size(), 1);
        QVERIFY(!video.errorString().isEmpty());
        QCOMPARE(failed.first().at(0).toString(), video.errorString());
        QVERIFY(!video.hasFrame());
        QCOMPARE(video.position(), 0);
        // play() on a failed file does nothing.
        video.play();
        QCOMPARE(video.state(), State::Failed);
    }

    void brokenSoundSaysSoundAndTheNextFilePlays()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("note.ogg"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("OggS but nothing after it");
        file.close();
        VideoPlayback video;
        video.setLoadTimeout(3s);
        video.open(path);
        QTRY_COMPARE_WITH_TIMEOUT(video.state(), State::Failed, kWaitMs);
        QCOMPARE(video.errorString(), QStringLiteral("This sound cannot be played on this computer."));
        // The same player plays the next file (a failed backend pipeline is not reused), sound
        // or video.
        video.open(sample("voice-note.ogg"));
        QTRY_VERIFY2_WITH_TIMEOUT(
            video.state() == State::Playing, qPrintable(video.errorString()), kWaitMs);
        QVERIFY(!video.hasFrame());
        video.open(sample("status-video.mp4"));
        QTRY_VERIFY_WITH_TIMEOUT(video.hasFrame(), kWaitMs);
    }

    void missingFileFails()
    {
        VideoPlayback video;
        video.open(QStringLiteral("/nonexistent/natter/video.mp4"));
        QTRY_COMPARE_WITH_TIMEOUT(video.state(), State::Failed, kWaitMs);
        QVERIFY(!video.errorString().isEmpty());
    }

    void stopForgetsTheFile()
    {
        VideoPlayback video;
        video.open(sample("status-video.mp4"));
        QTRY_VERIFY_WITH_TIMEOUT(video.hasFrame(), kWaitMs);
        video.stop();
        QCOMPARE(video.state(), State::Empty);
        QVERIFY(!video.hasFrame());
        QVERIFY(video.file().isEmpty());
        QCOMPARE(video.duration(), 0);
        QImage canvas(10, 10, QImage::Format_RGB32);
        QPainter p(&canvas);
        QVERIFY(video.paint(&p, QRectF(0, 0, 10, 10)).isEmpty());
        // And another file plays in the same object.
        video.open(sample("portrait-video.mp4"));
        QTRY_COMPARE_WITH_TIMEOUT(video.state(), State::Playing, kWaitMs);
    }
};

QTEST_MAIN(TestVideoPlayback)
#include "TestVideoPlayback.moc"
