// The picture viewer with real files: a picture is loaded (off the GUI thread) and fitted to
// the window with its proportions, zoomed with the keys and Ctrl+wheel, saved as an exact copy;
// a file that is no picture, or is gone, is said plainly.
#include "ui/dialogs/ImageViewerDialog.h"

#include <QCryptographicHash>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using natter::ui::ImageViewerDialog;

class TestImageViewerDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString picture(const QString &name, QSize size)
    {
        QImage image(size, QImage::Format_RGB32);
        image.fill(QColor(200, 60, 60));
        const QString path = m_dir.filePath(name);
        return image.save(path) ? path : QString();
    }
    static QByteArray hash(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void showsAndFitsThePicture()
    {
        const QString path = picture(QStringLiteral("wide.png"), {4000, 1000});
        ImageViewerDialog dialog(path);
        dialog.resize(800, 600);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(dialog.isLoaded());
        QVERIFY(dialog.errorText().isEmpty());
        QCOMPARE(dialog.windowTitle(), QStringLiteral("wide.png"));
        QVERIFY(dialog.isFitted());
        // 4000 px wide into a window of 800: a fifth or so, and never above 100 %.
        auto *viewport = dialog.findChild<QScrollArea *>(QStringLiteral("imageScroll"))->viewport();
        QVERIFY(dialog.zoom() < 0.21);
        QVERIFY(std::abs(dialog.zoom() * 4000 - viewport->width()) < 2);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("imageMessage"))->isHidden());
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("zoomLabel"))->text(),
            QStringLiteral("%1 %").arg(qRound(dialog.zoom() * 100)));

        // Keys: + zooms in, − out, 0 fits again.
        const double fitted = dialog.zoom();
        QTest::keyClick(&dialog, Qt::Key_Plus);
        QVERIFY(dialog.zoom() > fitted);
        QVERIFY(!dialog.isFitted());
        QTest::keyClick(&dialog, Qt::Key_Minus);
        QTest::keyClick(&dialog, Qt::Key_Minus);
        QVERIFY(dialog.zoom() < fitted);
        QTest::keyClick(&dialog, Qt::Key_0);
        QVERIFY(dialog.isFitted());
        QCOMPARE(dialog.zoom(), fitted);

        // Ctrl+wheel zooms; a plain wheel does not.
        const QPointF at(viewport->width() / 2.0, viewport->height() / 2.0);
        QWheelEvent plain(at, viewport->mapToGlobal(at), {}, {0, 120}, Qt::NoButton, Qt::NoModifier,
            Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(viewport, &plain);
        QCOMPARE(dialog.zoom(), fitted);
        QWheelEvent ctrl(at, viewport->mapToGlobal(at), {}, {0, 120}, Qt::NoButton,
            Qt::ControlModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(viewport, &ctrl);
        QVERIFY(dialog.zoom() > fitted);
        // Zoomed past the window, the picture can be moved.
        for (int i = 0; i < 10; ++i)
            dialog.zoomIn();
        QVERIFY(dialog.findChild<QScrollArea *>(QStringLiteral("imageScroll"))
                    ->horizontalScrollBar()
                    ->maximum()
            > 0);
    }

    void smallPicturesAreNotBlownUp()
    {
        ImageViewerDialog dialog(picture(QStringLiteral("icon.png"), {40, 30}));
        dialog.resize(800, 600);
        dialog.show();
        QTRY_VERIFY(dialog.isLoaded());
        QCOMPARE(dialog.zoom(), 1.0);
    }

    void escapeCloses()
    {
        ImageViewerDialog dialog(picture(QStringLiteral("esc.png"), {100, 100}));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(dialog.isLoaded());
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }

    void saveAsCopiesTheFile()
    {
        const QString path = picture(QStringLiteral("keep.png"), {64, 64});
        ImageViewerDialog dialog(path);
        dialog.show();
        QTRY_VERIFY(dialog.isLoaded());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());
        // Save as… asks where without blocking the window, then copies.
        dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        QFileDialog *save = nullptr;
        QTRY_VERIFY((save = dialog.findChild<QFileDialog *>(QStringLiteral("saveFileDialog"))));
        const QString target = m_dir.filePath(QStringLiteral("copy.png"));
        save->selectFile(target);
        static_cast<QDialog *>(save)->accept(); // QFileDialog::accept, which is protected
        QCOMPARE(hash(target), hash(path));
        // A place that cannot be written: the window says why.
        dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        QTRY_VERIFY((save = dialog.findChild<QFileDialog *>(QStringLiteral("saveFileDialog"))));
        save->selectFile(m_dir.filePath(QStringLiteral("no/such/dir/y.png")));
        emit save->fileSelected(m_dir.filePath(QStringLiteral("no/such/dir/y.png")));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = dialog.findChild<QMessageBox *>(QStringLiteral("saveErrorBox"))));
        QVERIFY(box->text().startsWith(QStringLiteral("The picture could not be saved: ")));
        box->close();
        save->close();
        // Over an existing file (the save dialog asked already).
        QVERIFY(dialog.saveTo(target));
        QCOMPARE(hash(target), hash(path));
        QString error;
        QVERIFY(!dialog.saveTo(m_dir.filePath(QStringLiteral("no/such/dir/x.png")), &error));
        QVERIFY(!error.isEmpty());
    }

    void unreadableFileSaysSo()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.jpg"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a picture");
        file.close();
        ImageViewerDialog dialog(path);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(!dialog.isLoading());
        QVERIFY(!dialog.isLoaded());
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("imageMessage"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().startsWith(QLatin1String("This picture cannot be shown")),
            qPrintable(message->text()));
        QCOMPARE(dialog.errorText(), message->text());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("zoomInButton"))->isEnabled());
        QTest::keyClick(&dialog, Qt::Key_Plus); // nothing to zoom, nothing breaks
        QVERIFY(!dialog.isLoaded());
    }

    void missingFileSaysSo()
    {
        ImageViewerDialog dialog(m_dir.filePath(QStringLiteral("gone.png")));
        dialog.show();
        QTRY_VERIFY(!dialog.isLoading());
        QVERIFY2(dialog.errorText().contains(QLatin1String("no longer there")),
            qPrintable(dialog.errorText()));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());
    }
};

QTEST_MAIN(TestImageViewerDialog)
#include "TestImageViewerDialog.moc"
