// The attachment preview with real files and a real ChatClient's limit check: pictures get a
// thumbnail, a file over the media limit is refused with the limit named and Send disabled
// until it goes as a document, the caption reaches the choices, and paths that are no file
// are left out with a note. A video shows its poster frame (the real sample in tests/data,
// through Qt Multimedia), Send waits for it saying "Preparing…", and the frame goes with it.
#include "UiTestSupport.h"
#include "ui/dialogs/AttachmentPreviewDialog.h"
#include "ui/dialogs/Thumbnails.h"

#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QToolButton>

#include "ui/dialogs/InlineMessage.h"

using namespace natter;
using natter::protocol::FileKind;
using natter::ui::AttachmentPreviewDialog;

class TestAttachmentPreviewDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_files;
    QTemporaryDir m_data;
    std::unique_ptr<client::ChatClient> m_client;

    QString image(const QString &name, QSize size)
    {
        QImage img(size, QImage::Format_RGB32);
        img.fill(QColor(40, 140, 90));
        const QString path = m_files.filePath(name);
        return img.save(path, "png") ? path : QString();
    }
    // A file whose content starts like a PNG (so it sniffs as a picture) of `size` bytes; the
    // rest is a hole in the file, not written.
    QString pngLike(const QString &name, qint64 size)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
        return file.resize(size) ? path : QString();
    }
    QString textFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return path;
    }

    static QList<QWidget *> rows(const AttachmentPreviewDialog &dialog)
    {
        return dialog.findChildren<QWidget *>(QStringLiteral("attachmentRow"));
    }
    static QPushButton *send(const AttachmentPreviewDialog &dialog)
    {
        return dialog.findChild<QPushButton *>(QStringLiteral("sendButton"));
    }
    static QLabel *problem(QWidget *row)
    {
        return row->findChild<QLabel *>(QStringLiteral("fileProblem"));
    }

private slots:
    void initTestCase()
    {
        uitest::isolateSettings(m_settings);
        QVERIFY(m_files.isValid() && m_data.isValid());
        // No account and no server: the limits are the protocol's defaults.
        m_client = std::make_unique<client::ChatClient>(
            m_data.path(), nullptr, QStringLiteral("natter-test-ui-attach"));
    }

    void videoGetsItsPosterFrame()
    {
        const QString path = QStringLiteral(NATTER_TEST_DATA_DIR "/status-video.mp4");
        const QString other = image(QStringLiteral("after-the-video.png"), {400, 300});
        AttachmentPreviewDialog dialog({path, other}, FileKind::Media, *m_client);
        dialog.show();
        QCOMPARE(rows(dialog).size(), 2);
        // Until the frame is there, Send waits and says so.
        QVERIFY(!send(dialog)->isEnabled());
        QCOMPARE(send(dialog)->text(), QStringLiteral("Preparing…"));
        QTRY_VERIFY_WITH_TIMEOUT(send(dialog)->isEnabled(), 20000);
        QCOMPARE(send(dialog)->text(), QStringLiteral("Send"));
        const QList<ui::AttachmentChoice> choices = dialog.choices();
        QCOMPARE(choices.size(), 2);
        QCOMPARE(choices.at(0).kind, FileKind::Media);
        const QImage poster = ui::thumbnailImage(choices.at(0).thumbnail);
        QCOMPARE(poster.size(), QSize(192, 108));
        const QColor middle = poster.pixelColor(96, 54);
        QVERIFY2(std::abs(middle.blue() - 0xe5) < 20 && std::abs(middle.red() - 0x1e) < 20,
            qPrintable(middle.name()));
        QVERIFY(!choices.at(1).thumbnail.isEmpty());
        // The row shows the frame (blue at the sides) with a play sign in the middle.
        auto *preview = rows(dialog).at(0)->findChild<QLabel *>(QStringLiteral("filePreview"));
        const QImage shown = preview->pixmap().toImage();
        QVERIFY(!shown.isNull());
        const QColor side = shown.pixelColor(3, shown.height() / 2);
        QVERIFY2(side.blue() > 180 && side.red() < 80, qPrintable(side.name()));
        const QColor sign = shown.pixelColor(shown.width() / 2, shown.height() / 2);
        QVERIFY2(sign.lightness() > 230, qPrintable(sign.name()));
        // With NATTER_SCREENSHOT_DIR set (run under Xvfb): how the dialog looks.
        const QString shots = qEnvironmentVariable("NATTER_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("video-preview.png"))));
        // As a document, the frame stays behind.
        rows(dialog).at(0)->findChild<QRadioButton *>(QStringLiteral("asDocument"))->click();
        QVERIFY(dialog.choices().at(0).thumbnail.isEmpty());
    }

    void unplayableVideoGoesWithoutAFrame()
    {
        // An MP4 by its content's first bytes that no decoder can play.
        QFile in(QStringLiteral(NATTER_TEST_DATA_DIR "/status-video.mp4"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QString path = textFile(QStringLiteral("broken.mp4"), in.read(2048));
        AttachmentPreviewDialog dialog({path}, FileKind::Media, *m_client);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(send(dialog)->isEnabled(), 20000);
        QCOMPARE(dialog.choices().size(), 1);
        QVERIFY(dialog.choices().at(0).thumbnail.isEmpty());
        auto *preview = rows(dialog).at(0)->findChild<QLabel *>(QStringLiteral("filePreview"));
        QVERIFY(!preview->pixmap().isNull()); // the type's icon
    }

    void imageGetsThumbnail()
    {
        const QString path = image(QStringLiteral("holiday.png"), {1600, 1200});
        AttachmentPreviewDialog dialog({path}, FileKind::Media, *m_client);
        dialog.show();
        QCOMPARE(rows(dialog).size(), 1);
        QTRY_VERIFY(send(dialog)->isEnabled());
        const QList<ui::AttachmentChoice> choices = dialog.choices();
        QCOMPARE(choices.size(), 1);
        QCOMPARE(choices.at(0).path, QFileInfo(path).absoluteFilePath());
        QCOMPARE(choices.at(0).kind, FileKind::Media);
        QVERIFY(!choices.at(0).thumbnail.isEmpty());
        QCOMPARE(ui::thumbnailImage(choices.at(0).thumbnail).size(), QSize(320, 240));
        // The preview shows the picture, and what the file is.
        auto *preview = rows(dialog).at(0)->findChild<QLabel *>(QStringLiteral("filePreview"));
        QVERIFY(!preview->pixmap().isNull());
        QVERIFY(preview->pixmap().width() > 200);
        const QString details
            = rows(dialog).at(0)->findChild<QLabel *>(QStringLiteral("fileDetails"))->text();
        QVERIFY2(details.contains(QLatin1String("PNG")), qPrintable(details));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Send 1 file"));
    }

    void oversizedMediaIsRefusedUntilSentAsDocument()
    {
        const qint64 limit = m_client->serverLimits().maxMediaBytes;
        QCOMPARE(limit, 16 * protocol::kMiB);
        const QString path = pngLike(QStringLiteral("huge photo.png"), limit + 1);
        QVERIFY(!path.isEmpty());
        AttachmentPreviewDialog dialog({path}, FileKind::Media, *m_client);
        dialog.show();
        QWidget *row = rows(dialog).at(0);
        auto *asMedia = row->findChild<QRadioButton *>(QStringLiteral("asMedia"));
        auto *asDocument = row->findChild<QRadioButton *>(QStringLiteral("asDocument"));
        QVERIFY(asMedia->isVisible() && asMedia->isChecked());
        // The thumbnail attempt ends (nothing to decode), and Send still stays off.
        QTRY_VERIFY(problem(row)->isVisible());
        QTest::qWait(50);
        QVERIFY(!dialog.canSend());
        QVERIFY(!send(dialog)->isEnabled());
        const QString text = problem(row)->text();
        QVERIFY2(text.contains(QLatin1String("Photos and videos can be at most 16 MB")),
            qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Document")), qPrintable(text));

        // As a document the same file is fine.
        asDocument->click();
        QVERIFY(problem(row)->isHidden());
        QTRY_VERIFY(send(dialog)->isEnabled());
        QCOMPARE(dialog.choices().at(0).kind, FileKind::Document);
        QVERIFY(dialog.choices().at(0).thumbnail.isEmpty());

        // And back: refused again.
        asMedia->click();
        QVERIFY(problem(row)->isVisible());
        QVERIFY(!send(dialog)->isEnabled());
        // Pressing Send anyway (Enter) does not accept.
        QTest::keyClick(&dialog, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void oversizedDocumentIsRefused()
    {
        const QString path = textFile(QStringLiteral("archive.bin"), QByteArray(16, 'x'));
        QFile file(path);
        QVERIFY(file.resize(m_client->serverLimits().maxDocumentBytes + 1));
        AttachmentPreviewDialog dialog({path}, FileKind::Document, *m_client);
        dialog.show();
        QWidget *row = rows(dialog).at(0);
        QTRY_VERIFY(problem(row)->isVisible());
        QVERIFY2(problem(row)->text().contains(QLatin1String("Documents can be at most 100 MB")),
            qPrintable(problem(row)->text()));
        QVERIFY(!send(dialog)->isEnabled());
        // Not media: no photo/video choice at all.
        QVERIFY(row->findChild<QRadioButton *>(QStringLiteral("asMedia"))->isHidden());
    }

    void documentsNeverOfferMedia()
    {
        const QString path = textFile(QStringLiteral("notes.txt"), "shopping list\n");
        // Even when the user came through "Photo or video".
        AttachmentPreviewDialog dialog({path}, FileKind::Media, *m_client);
        dialog.show();
        QVERIFY(
            rows(dialog).at(0)->findChild<QRadioButton *>(QStringLiteral("asMedia"))->isHidden());
        QTRY_VERIFY(send(dialog)->isEnabled());
        QCOMPARE(dialog.choices().at(0).kind, FileKind::Document);
    }

    void captionFlowsIntoChoices()
    {
        const QString photo = image(QStringLiteral("a.png"), {300, 200});
        const QString doc = textFile(QStringLiteral("b.txt"), "hello\n");
        AttachmentPreviewDialog dialog({photo, doc}, FileKind::Media, *m_client);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(rows(dialog).size(), 2);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Send 2 files"));
        auto *caption = dialog.findChild<QLineEdit *>(QStringLiteral("captionEdit"));
        QTest::keyClicks(caption, QStringLiteral("  Look at this!  "));
        QTRY_VERIFY(send(dialog)->isEnabled());
        QTest::mouseClick(send(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto choices = dialog.choices();
        QCOMPARE(choices.size(), 2);
        QCOMPARE(choices.at(0).caption, QStringLiteral("Look at this!"));
        QCOMPARE(choices.at(0).kind, FileKind::Media);
        QVERIFY(!choices.at(0).thumbnail.isEmpty());
        QCOMPARE(choices.at(1).caption, QString());
        QCOMPARE(choices.at(1).kind, FileKind::Document);
        QVERIFY(choices.at(1).thumbnail.isEmpty());
    }

    void tooLongCaptionDisablesSend()
    {
        const QString doc = textFile(QStringLiteral("c.txt"), "x\n");
        AttachmentPreviewDialog dialog({doc}, FileKind::Document, *m_client);
        dialog.show();
        QTRY_VERIFY(send(dialog)->isEnabled());
        auto *caption = dialog.findChild<QLineEdit *>(QStringLiteral("captionEdit"));
        caption->setMaxLength(1 << 20);
        caption->setText(QString(int(m_client->serverLimits().maxTextBytes) / 2 + 1, QChar(0xE9)));
        QVERIFY(!send(dialog)->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("captionError"))->isVisible());
        caption->setText(QStringLiteral("short"));
        QVERIFY(send(dialog)->isEnabled());
    }

    void unusablePathsAreLeftOutWithANote()
    {
        const QString good = textFile(QStringLiteral("good.txt"), "fine\n");
        const QString empty = textFile(QStringLiteral("empty.txt"), QByteArray());
        QDir(m_files.path()).mkdir(QStringLiteral("folder"));
        const QString folder = m_files.filePath(QStringLiteral("folder"));
        const QString missing = m_files.filePath(QStringLiteral("missing.pdf"));
        AttachmentPreviewDialog dialog(
            {good, empty, folder, missing, good}, FileKind::Document, *m_client);
        dialog.show();
        QCOMPARE(rows(dialog).size(), 1); // the duplicate too
        auto *note = dialog.findChild<ui::InlineMessage *>(QStringLiteral("attachmentNote"));
        QVERIFY(note->isVisible());
        for (const char *expected :
            {"empty.txt (empty)", "folder (a folder)", "missing.pdf (not found)"})
            QVERIFY2(note->text().contains(QLatin1String(expected)), qPrintable(note->text()));
        QTRY_VERIFY(send(dialog)->isEnabled());

        // Nothing usable at all: nothing to send.
        AttachmentPreviewDialog none({folder, missing}, FileKind::Document, *m_client);
        none.show();
        QVERIFY(rows(none).isEmpty());
        QVERIFY(!send(none)->isEnabled());
        QVERIFY(none.findChild<ui::InlineMessage *>(QStringLiteral("attachmentNote"))
                    ->text()
                    .contains(QLatin1String("None of these can be sent")));
    }

    void removingAFile()
    {
        const qint64 limit = m_client->serverLimits().maxMediaBytes;
        const QString ok = image(QStringLiteral("ok.png"), {50, 50});
        const QString big = pngLike(QStringLiteral("big.png"), limit + 1);
        AttachmentPreviewDialog dialog({ok, big}, FileKind::Media, *m_client);
        dialog.show();
        QTRY_VERIFY(problem(rows(dialog).at(1))->isVisible());
        QVERIFY(!send(dialog)->isEnabled());
        rows(dialog).at(1)->findChild<QToolButton *>(QStringLiteral("removeFile"))->click();
        QTRY_COMPARE(rows(dialog).size(), 1);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Send 1 file"));
        QTRY_VERIFY(send(dialog)->isEnabled());
        QCOMPARE(dialog.choices().size(), 1);
        QCOMPARE(QFileInfo(dialog.choices().at(0).path).fileName(), QStringLiteral("ok.png"));
    }

    void longFileNamesDoNotWidenTheDialog()
    {
        const QString path = textFile(QString(200, u'n') + QStringLiteral(".txt"), "x\n");
        AttachmentPreviewDialog dialog({path}, FileKind::Document, *m_client);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY2(dialog.width() < 900, QByteArray::number(dialog.width()));
    }

    void cleanupTestCase() { m_client.reset(); }
};

QTEST_MAIN(TestAttachmentPreviewDialog)
#include "TestAttachmentPreviewDialog.moc"
