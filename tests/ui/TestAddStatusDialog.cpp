// The "Add status" dialog: what enables "Post", the live preview of a text status, the colour
// choice, the photo/video checks (kind and the media limit), and what the status pane posts
// from an accepted dialog (a real ChatClient on a real natterd), with the thumbnail the dialog
// made for a photo or a video.
#include "MediaTestData.h"
#include "UiTestSupport.h"
#include "client/StatusClient.h"
#include "ui/StatusPainting.h"
#include "models/StatusListModel.h"
#include "ui/StatusPane.h"
#include "ui/dialogs/AddStatusDialog.h"
#include "ui/dialogs/Thumbnails.h"

#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QToolButton>

using namespace natter;
using namespace natter::uitest;
using ui::AddStatusDialog;

namespace {
const QString kAlice = QStringLiteral("+4915110000001");
} // namespace

class TestAddStatusDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_files;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
        return path;
    }

private slots:
    void initTestCase() { isolateSettings(m_settings); }

    void textNeedsSomethingAndFitsTheLimit()
    {
        AddStatusDialog dialog(nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.mode(), AddStatusDialog::Mode::Text);
        QVERIFY(!dialog.canPost());
        QVERIFY(!dialog.postButton()->isEnabled());
        auto *edit = dialog.findChild<QPlainTextEdit *>(QStringLiteral("statusText"));
        QVERIFY(edit);
        QTest::keyClicks(edit, QStringLiteral("   "));
        QVERIFY(!dialog.postButton()->isEnabled());
        QTest::keyClicks(edit, QStringLiteral("Good morning"));
        QVERIFY(dialog.postButton()->isEnabled());
        QVERIFY(dialog.problem().isEmpty());
        QCOMPARE(dialog.text(), QStringLiteral("   Good morning"));

        // Over the limit: refused with the reason.
        dialog.setText(QString(protocol::Limits {}.maxTextBytes + 1, u'x'));
        QVERIFY(!dialog.postButton()->isEnabled());
        QVERIFY(dialog.problem().contains(QStringLiteral("too long")));
        // Clicking Post anyway does not accept.
        dialog.postButton()->click();
        QVERIFY(dialog.isVisible());
        dialog.setText(QStringLiteral("fine again"));
        QVERIFY(dialog.problem().isEmpty());
        QVERIFY(dialog.postButton()->isEnabled());
    }

    void colourChoiceShowsInThePreview()
    {
        AddStatusDialog dialog(nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QList<QColor> colors = ui::statuspainting::backgroundColors();
        QCOMPARE(colors.size(), 8);
        QCOMPARE(dialog.background(), colors.first().name());
        auto *third = dialog.findChild<QToolButton *>(QStringLiteral("color2"));
        QVERIFY(third);
        third->click();
        QCOMPARE(dialog.background(), colors.at(2).name());
        dialog.setText(QStringLiteral("Hi"));
        // The preview is painted in the chosen colour.
        QWidget *preview = nullptr;
        for (QWidget *w : dialog.findChildren<QWidget *>())
            if (w->accessibleName() == QStringLiteral("Preview"))
                preview = w;
        QVERIFY(preview);
        const QImage image = preview->grab().toImage();
        QCOMPARE(image.pixelColor(image.width() / 2, 12), colors.at(2));
    }

    void mediaMustBeAPhotoOrVideo()
    {
        AddStatusDialog dialog(nullptr, AddStatusDialog::Mode::Media);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.mode(), AddStatusDialog::Mode::Media);
        QVERIFY(!dialog.postButton()->isEnabled()); // no file yet

        const QString text = writeFile(QStringLiteral("notes.txt"), "just some words\n");
        dialog.setFilePath(text);
        QVERIFY(!dialog.postButton()->isEnabled());
        QVERIFY(dialog.problem().contains(QStringLiteral("not a photo or a video")));

        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(QColor(0x1f6fb2));
        const QString photo = m_files.filePath(QStringLiteral("sky.png"));
        QVERIFY(image.save(photo));
        dialog.setFilePath(photo);
        QVERIFY(dialog.problem().isEmpty());
        QVERIFY(dialog.postButton()->isEnabled());
        dialog.setCaption(QStringLiteral("Blue sky"));
        QCOMPARE(dialog.caption(), QStringLiteral("Blue sky"));
        // Counted in UTF-8 bytes: 25,000 euro signs are 75,000 bytes.
        dialog.setCaption(QString(25000, QChar(0x20ac)));
        QVERIFY(!dialog.postButton()->isEnabled());
        dialog.setCaption({});
        QVERIFY(dialog.postButton()->isEnabled());

        dialog.setFilePath(m_files.filePath(QStringLiteral("missing.png")));
        QVERIFY(!dialog.postButton()->isEnabled());
    }

    void videoPreviewShowsItsPosterFrame()
    {
        AddStatusDialog dialog(nullptr);
        dialog.show();
        dialog.setFilePath(QStringLiteral(NATTER_TEST_DATA_DIR "/portrait-video.mp4"));
        QVERIFY(dialog.canPost()); // Post does not wait for the preview
        QVERIFY(!dialog.showsPosterFrame());
        QTRY_VERIFY_WITH_TIMEOUT(dialog.showsPosterFrame(), 20000);
        auto *preview = dialog.findChild<QLabel *>(QStringLiteral("mediaPreview"));
        QVERIFY(preview);
        const QImage shown = preview->pixmap().toImage();
        // Upright (taller than wide, filling the height) and blue, with the play sign over it.
        const QColor top = shown.pixelColor(shown.width() / 2, 20);
        QVERIFY2(top.blue() > 180 && top.red() < 80, qPrintable(top.name()));
        QCOMPARE(shown.pixelColor(4, shown.height() / 2).alpha(), 0); // room at the sides
        // Another choice drops the frame of the first.
        const QString photo = m_files.filePath(QStringLiteral("sunset.png"));
        QImage red(60, 40, QImage::Format_RGB32);
        red.fill(Qt::red);
        QVERIFY(red.save(photo));
        dialog.setFilePath(photo);
        QVERIFY(!dialog.showsPosterFrame());
        // A video that cannot be played keeps the plain play sign.
        dialog.setFilePath(writeFile(QStringLiteral("broken.mp4"), QByteArray(4096, 'x')));
        QTest::qWait(300);
        QVERIFY(!dialog.showsPosterFrame());
    }

    void resultCarriesAThumbnailOfThePhotoOrVideo()
    {
        AddStatusDialog dialog(nullptr, AddStatusDialog::Mode::Media);
        dialog.show();
        QVERIFY(dialog.thumbnail().isEmpty());
        // A photo: a JPEG of it, made off the GUI thread, at most 320 px and 64 KiB.
        QImage image(1600, 1200, QImage::Format_RGB32);
        image.fill(QColor(0xe6, 0x51, 0x00));
        const QString photo = m_files.filePath(QStringLiteral("orange.png"));
        QVERIFY(image.save(photo));
        QSignalSpy ready(&dialog, &AddStatusDialog::thumbnailReady);
        dialog.setFilePath(photo);
        QVERIFY(dialog.canPost()); // Post does not wait for the thumbnail
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, kWaitMs);
        QByteArray bytes = dialog.thumbnail();
        QVERIFY(!bytes.isEmpty());
        QVERIFY(bytes.size() <= 64 * 1024);
        QImage thumb = ui::thumbnailImage(bytes);
        QCOMPARE(thumb.size(), QSize(320, 240));
        QVERIFY2(media::near(thumb.pixelColor(160, 120), QColor(0xe6, 0x51, 0x00)),
            qPrintable(thumb.pixelColor(160, 120).name()));

        // The sample video: its poster frame.
        dialog.setFilePath(media::sample("status-video.mp4"));
        QVERIFY(dialog.thumbnail().isEmpty()); // the photo's is gone
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, kWaitMs);
        bytes = dialog.thumbnail();
        QVERIFY(!bytes.isEmpty());
        QVERIFY(bytes.size() <= 64 * 1024);
        thumb = ui::thumbnailImage(bytes);
        QVERIFY(!thumb.isNull());
        const QColor middle = thumb.pixelColor(thumb.width() / 2, thumb.height() / 2);
        QVERIFY2(media::near(middle, media::kBlue), qPrintable(middle.name()));
        QVERIFY(dialog.showsPosterFrame());

        // A file that cannot be read as either has none (and says so only by being empty).
        dialog.setFilePath(writeFile(QStringLiteral("broken.jpg"), QByteArray(4096, 'x')));
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 3, kWaitMs);
        QVERIFY(dialog.thumbnail().isEmpty());
    }

    void paneAddsAPhotoStatusWithItsThumbnail()
    {
        test::TestServer server;
        QVERIFY(server.start());
        User alice(kAlice, QStringLiteral("Alice"));
        QVERIFY(alice.registerOn(server.url()));
        ui::StatusPane pane(alice.client.get());
        pane.show();
        AddStatusDialog *dialog = pane.showAddDialog(true);
        QVERIFY(dialog);
        QImage image(400, 300, QImage::Format_RGB32);
        image.fill(QColor(0x2e, 0x7d, 0x32));
        const QString photo = m_files.filePath(QStringLiteral("meadow.png"));
        QVERIFY(image.save(photo));
        QSignalSpy ready(dialog, &AddStatusDialog::thumbnailReady);
        dialog->setFilePath(photo);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, kWaitMs);
        const QByteArray thumbnail = dialog->thumbnail();
        QVERIFY(!thumbnail.isEmpty());
        QSignalSpy posted(alice.client->statuses(), &client::StatusClient::posted);
        dialog->postButton()->click();
        QVERIFY(posted.wait(kWaitMs));
        const auto mine = alice.client->statuses()->statusesOf(kAlice);
        QCOMPARE(mine.size(), 1);
        QVERIFY(mine.first().file.has_value());
        QCOMPARE(mine.first().file->thumbnail, thumbnail);
    }

    void mediaLimitComesFromTheClient()
    {
        test::TestServer server;
        QVERIFY(server.start());
        User alice(kAlice, QStringLiteral("Alice"));
        QVERIFY(alice.registerOn(server.url()));
        const qint64 limit = alice.client->serverLimits().maxMediaBytes;
        // A PNG header followed by padding: sniffs as an image, one byte over the limit.
        QByteArray big = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452");
        big.resize(limit + 1, '\0');
        const QString path = writeFile(QStringLiteral("huge.png"), big);
        AddStatusDialog dialog(alice.client.get(), AddStatusDialog::Mode::Media);
        dialog.setFilePath(path);
        QVERIFY(!dialog.postButton()->isEnabled());
        QCOMPARE(dialog.problem(), alice.client->checkFile(path, protocol::FileKind::Media));
        QVERIFY(!dialog.problem().isEmpty());
    }

    void paneAddsATextStatus()
    {
        test::TestServer server;
        QVERIFY(server.start());
        User alice(kAlice, QStringLiteral("Alice"));
        QVERIFY(alice.registerOn(server.url()));
        ui::StatusPane pane(alice.client.get());
        pane.show();
        AddStatusDialog *dialog = pane.showAddDialog(false);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        dialog->setText(QStringLiteral("Hello from the pane"));
        dialog->findChild<QToolButton *>(QStringLiteral("color4"))->click();
        QSignalSpy posted(alice.client->statuses(), &client::StatusClient::posted);
        dialog->postButton()->click();
        QVERIFY(posted.wait(kWaitMs));
        const auto mine = alice.client->statuses()->statusesOf(kAlice);
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.first().text, QStringLiteral("Hello from the pane"));
        QCOMPARE(mine.first().background, ui::statuspainting::backgroundColors().at(4).name());
        QCOMPARE(pane.model()->index(0).data(Qt::DisplayRole).toString(), QStringLiteral("My status"));
        QTRY_COMPARE(pane.model()->index(0).data(models::StatusListModel::CountRole).toInt(), 1);
    }
};

QTEST_MAIN(TestAddStatusDialog)
#include "TestAddStatusDialog.moc"
