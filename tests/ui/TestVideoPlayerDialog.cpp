// The video player dialog with Qt Multimedia's real backend on the samples in tests/data: the
// picture on screen and the time running to the end, play/pause by button, Space and a click,
// seeking with the bar and the arrow keys, mute (remembered), sound without a picture, a file
// that cannot be played, Save as…, Open in another program, Esc.
#include "MediaTestData.h"
#include "UiTestSupport.h"
#include "ui/VideoPlayback.h"
#include "ui/dialogs/VideoPlayerDialog.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDesktopServices>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QTest>
#include <QToolButton>

using natter::ui::VideoPlayback;
using natter::ui::VideoPlayerDialog;
using State = natter::ui::VideoPlayback::State;
using namespace std::chrono_literals;
using natter::uitest::kWaitMs;

using namespace natter::uitest::media;

namespace {
QByteArray hash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}
} // namespace

// Catches what QDesktopServices would hand to another program.
class FileUrlCatcher final : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls.append(url); }
};

class TestVideoPlayerDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_dir;
    FileUrlCatcher m_urls;

    template<typename T> static T *child(const QWidget &dialog, const char *name)
    {
        return dialog.findChild<T *>(QLatin1String(name));
    }
    static QString timeText(const VideoPlayerDialog &dialog)
    {
        return child<QLabel>(dialog, "timeLabel")->text();
    }
    // The colour in the picture area as it is on screen: its middle, or `up` pixels above.
    static QColor pictureCentre(VideoPlayerDialog &dialog, int up = 0)
    {
        QWidget *canvas = child<QWidget>(dialog, "videoCanvas");
        const QImage shot = dialog.grab().toImage();
        const QPoint centre = canvas->mapTo(&dialog, canvas->rect().center() - QPoint(0, up));
        return shot.pixelColor((QPointF(centre) * shot.devicePixelRatio()).toPoint());
    }
    static bool opened(VideoPlayerDialog &dialog)
    {
        dialog.show();
        return QTest::qWaitForWindowExposed(&dialog);
    }

private slots:
    void initTestCase()
    {
        natter::uitest::isolateSettings(m_settings);
        QVERIFY(m_dir.isValid());
        QVERIFY2(VideoPlayback::isAvailable(),
            "Qt Multimedia has no backend here (install gstreamer1.0-plugins-good and -libav)");
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &m_urls, "open");
    }
    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); }
    void init() { QSettings().remove(QStringLiteral("media/muted")); }

    void formatsTimes()
    {
        QCOMPARE(VideoPlayerDialog::formatTime(0, 10000), QStringLiteral("0:00"));
        QCOMPARE(VideoPlayerDialog::formatTime(3400, 10000), QStringLiteral("0:03"));
        QCOMPARE(VideoPlayerDialog::formatTime(754000, 800000), QStringLiteral("12:34"));
        QCOMPARE(VideoPlayerDialog::formatTime(65000, 3600000), QStringLiteral("0:01:05"));
        QCOMPARE(VideoPlayerDialog::formatTime(3723000, 3723000), QStringLiteral("1:02:03"));
    }

    void playsTheVideoToTheEnd()
    {
        VideoPlayerDialog dialog(sample("status-video.mp4"));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("status-video.mp4"));
        QVERIFY(!dialog.isModal());
        QVERIFY(opened(dialog));
        VideoPlayback *video = dialog.playback();
        // It starts by itself, and the picture is the sample's blue.
        QTRY_COMPARE_WITH_TIMEOUT(video->state(), State::Playing, kWaitMs);
        QVERIFY(!dialog.isAudioOnly());
        QTRY_VERIFY2_WITH_TIMEOUT(
            near(pictureCentre(dialog), kBlue), qPrintable(pictureCentre(dialog).name()), kWaitMs);
        // The window took the video's shape (16:9) at a size one can watch.
        QWidget *canvas = child<QWidget>(dialog, "videoCanvas");
        QVERIFY2(std::abs(canvas->width() * 9 - canvas->height() * 16) < 16 * 4,
            qPrintable(QStringLiteral("%1x%2").arg(canvas->width()).arg(canvas->height())));
        QVERIFY(canvas->width() >= 480);
        QTRY_COMPARE_WITH_TIMEOUT(timeText(dialog).right(4), QStringLiteral("0:02"), kWaitMs);
        auto *slider = child<QSlider>(dialog, "seekSlider");
        QCOMPARE(slider->maximum(), 2000);
        // The bar follows while it plays, then it ends on the last frame.
        QTRY_VERIFY_WITH_TIMEOUT(slider->value() > 0, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(video->state(), State::Ended, kWaitMs);
        QCOMPARE(timeText(dialog), QStringLiteral("0:02 / 0:02"));
        QCOMPARE(slider->value(), 2000);
        QVERIFY(video->hasFrame());
        // Paused on the last frame, a round play mark in the middle.
        QVERIFY(near(pictureCentre(dialog, canvas->height() / 4), kBlue));
        QVERIFY(!near(pictureCentre(dialog), kBlue));
        auto *play = child<QToolButton>(dialog, "playButton");
        QCOMPARE(play->toolTip(), QStringLiteral("Play again (Space)"));
        // The play button starts it over.
        play->click();
        QTRY_COMPARE_WITH_TIMEOUT(video->state(), State::Playing, kWaitMs);
        QVERIFY(video->position() < 2000);
        QTRY_COMPARE_WITH_TIMEOUT(video->state(), State::Ended, kWaitMs);
    }

    void pausesAndPlaysByButtonSpaceAndClick()
    {
        VideoPlayerDialog dialog(sample("status-video.mp4"));
        QVERIFY(opened(dialog));
        VideoPlayback *video = dialog.playback();
        QTRY_COMPARE_WITH_TIMEOUT(video->state(), State::Playing, kWaitMs);
        auto *play = child<QToolButton>(dialog, "playButton");
        QCOMPARE(play->toolTip(), QStringLiteral("Pause (Space)"));
        play->click();
        QTRY_COMPARE_WITH_TIMEOUT(video->state(), State::Paused, kWaitMs);
        QCOMPARE(play->toolTip(), QStringLiteral("Play (Space)"));
        QTest::keyClick(&dialog, Qt::Key_Space);
        QTRY_COMPARE_WITH_TIMEOUT(video->state(), State::Playing, kWaitMs);
        QTest::keyClick(&dialog, Qt::Key_Space);
        QTRY_COMPARE_WITH_TIMEOUT(video->state(), State::Paused, kWaitMs);
        // A click on the picture plays too.
        QWidget *canvas = child<QWidget>(dialog, "videoCanvas");
        QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->rect().center());
        QTRY_COMPARE_WITH_TIMEOUT(video->state(), State::Playing, kWaitMs);
    }

    void seeksWithTheBarAndTheArrowKeys()
    {
        VideoPlayerDialog dialog(sample("status-video.mp4"));
        QVERIFY(opened(dialog));
        VideoPlayback *video = dialog.playback();
        QTRY_COMPARE_WITH_TIMEOUT(video->duration(), 2000, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(video->state(), State::Playing, kWaitMs);
        child<QToolButton>(dialog, "playButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(video->state(), State::Paused, kWaitMs);
        auto *slider = child<QSlider>(dialog, "seekSlider");

        // Dragging the bar seeks; the time says where.
        slider->setSliderDown(true);
        slider->setValue(1500);
        QCOMPARE(timeText(dialog), QStringLiteral("0:01 / 0:02"));
        slider->setSliderDown(false);
        QTRY_VERIFY_WITH_TIMEOUT(video->position() >= 1400, kWaitMs);
        QCOMPARE(video->state(), State::Paused);
        // A click on the bar's left end jumps there.
        QTest::mouseClick(slider, Qt::LeftButton, {}, QPoint(2, slider->height() / 2));
        QTRY_VERIFY_WITH_TIMEOUT(video->position() < 300, kWaitMs);

        // → goes 5 s on (here: to the end of the 2 s sample), ← 5 s back (to the start).
        QTest::keyClick(&dialog, Qt::Key_Right);
        QTRY_VERIFY_WITH_TIMEOUT(video->position() >= 1900, kWaitMs);
        QTest::keyClick(&dialog, Qt::Key_Left);
        QTRY_VERIFY_WITH_TIMEOUT(video->position() <= 100, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(timeText(dialog), QStringLiteral("0:00 / 0:02"), kWaitMs);
    }

    void muteIsToggledAndRemembered()
    {
        {
            VideoPlayerDialog dialog(sample("status-video.mp4"));
            QVERIFY(opened(dialog));
            QTRY_COMPARE_WITH_TIMEOUT(dialog.playback()->state(), State::Playing, kWaitMs);
            QVERIFY(!dialog.isMuted());
            QVERIFY(!dialog.playback()->isMuted());
            auto *mute = child<QToolButton>(dialog, "muteButton");
            QCOMPARE(mute->toolTip(), QStringLiteral("Mute (M)"));
            mute->click();
            QVERIFY(dialog.playback()->isMuted());
            QCOMPARE(mute->toolTip(), QStringLiteral("Unmute (M)"));
            QCOMPARE(QSettings().value(QStringLiteral("media/muted")).toBool(), true);
            QTest::keyClick(&dialog, Qt::Key_M);
            QVERIFY(!dialog.playback()->isMuted());
            QCOMPARE(QSettings().value(QStringLiteral("media/muted")).toBool(), false);
            QTest::keyClick(&dialog, Qt::Key_M);
            QVERIFY(dialog.playback()->isMuted());
        }
        // The next player (and the status viewer) starts muted.
        VideoPlayerDialog next(sample("status-video.mp4"));
        QVERIFY(next.isMuted());
        QVERIFY(opened(next));
        QTRY_COMPARE_WITH_TIMEOUT(next.playback()->state(), State::Playing, kWaitMs);
        QVERIFY(next.playback()->isMuted());
    }

    void soundWithoutAPicture()
    {
        VideoPlayerDialog dialog(sample("voice-note.ogg"));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("voice-note.ogg"));
        QVERIFY(dialog.isAudioOnly()); // known from the file's type, before it loads
        QVERIFY(opened(dialog));
        VideoPlayback *video = dialog.playback();
        QTRY_COMPARE_WITH_TIMEOUT(video->state(), State::Playing, kWaitMs);
        QVERIFY(dialog.errorText().isEmpty());
        QVERIFY(!video->hasFrame());
        QTRY_COMPARE_WITH_TIMEOUT(timeText(dialog).right(4), QStringLiteral("0:01"), kWaitMs);
        // The note is drawn in the middle (the app's green), not the video's blue.
        const QColor centre = pictureCentre(dialog);
        QVERIFY2(
            !near(centre, kBlue) && centre != QColor(0x10, 0x12, 0x14), qPrintable(centre.name()));
        QTRY_COMPARE_WITH_TIMEOUT(video->state(), State::Ended, kWaitMs);
        QCOMPARE(timeText(dialog), QStringLiteral("0:01 / 0:01"));
        QTest::keyClick(&dialog, Qt::Key_Space); // again from the start
        QTRY_COMPARE_WITH_TIMEOUT(video->state(), State::Playing, kWaitMs);
    }

    void brokenFileSaysWhyAndOffersAnotherProgram()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.mp4"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a video\n");
        file.close();
        VideoPlayerDialog dialog(path);
        dialog.playback()->setLoadTimeout(3s);
        QVERIFY(opened(dialog));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.playback()->state(), State::Failed, kWaitMs);
        auto *message = child<QLabel>(dialog, "videoMessage");
        QVERIFY(message->isVisible());
        QVERIFY(!message->text().isEmpty());
        QCOMPARE(message->text(), dialog.playback()->errorString());
        QCOMPARE(dialog.errorText(), message->text());
        QVERIFY(!child<QToolButton>(dialog, "playButton")->isEnabled());
        QVERIFY(!child<QSlider>(dialog, "seekSlider")->isEnabled());
        QTest::keyClick(&dialog, Qt::Key_Space); // nothing to play, nothing breaks
        QCOMPARE(dialog.playback()->state(), State::Failed);
        auto *open = child<QPushButton>(dialog, "openElsewhereButton");
        QVERIFY(open->isVisible());
        QVERIFY(open->isEnabled());
        m_urls.urls.clear();
        open->click();
        QCOMPARE(m_urls.urls, QList<QUrl>({QUrl::fromLocalFile(path)}));
    }

    void openInAnotherProgramPauses()
    {
        VideoPlayerDialog dialog(sample("status-video.mp4"));
        QVERIFY(opened(dialog));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.playback()->state(), State::Playing, kWaitMs);
        m_urls.urls.clear();
        child<QPushButton>(dialog, "openElsewhereButton")->click();
        QCOMPARE(m_urls.urls, QList<QUrl>({QUrl::fromLocalFile(sample("status-video.mp4"))}));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.playback()->state(), State::Paused, kWaitMs);
    }

    void saveAsWritesACopy()
    {
        VideoPlayerDialog dialog(sample("status-video.mp4"));
        QVERIFY(opened(dialog));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.playback()->state(), State::Playing, kWaitMs);
        child<QPushButton>(dialog, "saveButton")->click();
        QFileDialog *save = nullptr;
        QTRY_VERIFY((save = dialog.findChild<QFileDialog *>(QStringLiteral("saveFileDialog"))));
        QVERIFY(save->selectedFiles().value(0).endsWith(QLatin1String("/status-video.mp4")));
        const QString target = m_dir.filePath(QStringLiteral("kept video.mp4"));
        save->selectFile(target);
        static_cast<QDialog *>(save)->accept(); // QFileDialog::accept, which is protected
        QCOMPARE(hash(target), hash(sample("status-video.mp4")));
        // It went on playing meanwhile.
        QVERIFY(dialog.playback()->state() != State::Failed);
        // Over an existing file (the save dialog asked already), and a place that cannot be.
        QVERIFY(dialog.saveTo(target));
        QCOMPARE(hash(target), hash(sample("status-video.mp4")));
        QString error;
        QVERIFY(!dialog.saveTo(m_dir.filePath(QStringLiteral("no/such/dir/x.mp4")), &error));
        QVERIFY(!error.isEmpty());
    }

    void escapeClosesAndStops()
    {
        VideoPlayerDialog dialog(sample("status-video.mp4"));
        QVERIFY(opened(dialog));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.playback()->state(), State::Playing, kWaitMs);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.playback()->state(), State::Empty);
        QVERIFY(!dialog.playback()->isPlaying());
        // Shown again, it plays again.
        QVERIFY(opened(dialog));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.playback()->state(), State::Playing, kWaitMs);
        dialog.close();
        QCOMPARE(dialog.playback()->state(), State::Empty);
    }

    void portraitVideoGetsAnUprightWindow()
    {
        VideoPlayerDialog dialog(sample("portrait-video.mp4"));
        QVERIFY(opened(dialog));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.playback()->hasFrame(), kWaitMs);
        QWidget *canvas = child<QWidget>(dialog, "videoCanvas");
        QTRY_VERIFY2(canvas->height() > canvas->width() * 0.9,
            qPrintable(QStringLiteral("%1x%2").arg(canvas->width()).arg(canvas->height())));
        QTRY_VERIFY_WITH_TIMEOUT(near(pictureCentre(dialog), kBlue), kWaitMs);
    }

    // With NATTER_SCREENSHOT_DIR set (run under Xvfb): the player playing, paused, at the end,
    // for sound, and with a file it cannot play.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("NATTER_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set NATTER_SCREENSHOT_DIR to write the screenshots");
        auto shoot = [&](VideoPlayerDialog &dialog, const char *name) {
            QTest::qWait(300);
            QVERIFY(dialog.grab().save(QDir(dir).filePath(QLatin1String(name))));
        };
        {
            VideoPlayerDialog dialog(sample("status-video.mp4"));
            QVERIFY(opened(dialog));
            QTRY_COMPARE_WITH_TIMEOUT(dialog.playback()->state(), State::Playing, kWaitMs);
            QTRY_VERIFY_WITH_TIMEOUT(dialog.playback()->position() > 600, kWaitMs);
            shoot(dialog, "video-player-playing.png");
            dialog.togglePlay();
            QTRY_COMPARE_WITH_TIMEOUT(dialog.playback()->state(), State::Paused, kWaitMs);
            shoot(dialog, "video-player-paused.png");
            dialog.togglePlay();
            QTRY_COMPARE_WITH_TIMEOUT(dialog.playback()->state(), State::Ended, kWaitMs);
            shoot(dialog, "video-player-ended.png");
        }
        {
            VideoPlayerDialog dialog(sample("voice-note.ogg"));
            QVERIFY(opened(dialog));
            QTRY_COMPARE_WITH_TIMEOUT(dialog.playback()->state(), State::Playing, kWaitMs);
            shoot(dialog, "video-player-audio.png");
        }
        {
            const QString path = m_dir.filePath(QStringLiteral("holiday.mp4"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("this is not a video\n");
            file.close();
            VideoPlayerDialog dialog(path);
            dialog.playback()->setLoadTimeout(3s);
            QVERIFY(opened(dialog));
            QTRY_COMPARE_WITH_TIMEOUT(dialog.playback()->state(), State::Failed, kWaitMs);
            shoot(dialog, "video-player-failed.png");
        }
        // The app in a dark palette: the player is dark anyway; its Save dialog follows the app.
        const QPalette light = QApplication::palette();
        for (const bool dark : {false, true}) {
            if (dark) {
                QPalette p;
                p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
                p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
                p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
                p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
                p.setColor(QPalette::Button, QColor(0x33, 0x33, 0x33));
                p.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
                QApplication::setPalette(p);
            }
            VideoPlayerDialog dialog(sample("portrait-video.mp4"));
            QVERIFY(opened(dialog));
            QTRY_COMPARE_WITH_TIMEOUT(dialog.playback()->state(), State::Playing, kWaitMs);
            dialog.togglePlay();
            QTRY_COMPARE_WITH_TIMEOUT(dialog.playback()->state(), State::Paused, kWaitMs);
            shoot(dialog, dark ? "video-player-portrait-dark.png" : "video-player-portrait.png");
            child<QPushButton>(dialog, "saveButton")->click();
            QFileDialog *save = nullptr;
            QTRY_VERIFY((save = dialog.findChild<QFileDialog *>(QStringLiteral("saveFileDialog"))));
            QTest::qWait(300);
            QVERIFY(save->grab().save(
                QDir(dir).filePath(dark ? QStringLiteral("video-player-save-dark.png")
                                        : QStringLiteral("video-player-save.png"))));
            save->reject();
        }
        QApplication::setPalette(light);
    }
};

QTEST_MAIN(TestVideoPlayerDialog)
#include "TestVideoPlayerDialog.moc"
