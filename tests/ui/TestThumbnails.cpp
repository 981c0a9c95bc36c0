// Thumbnails of real image files: bounded in size and bytes, upright by the EXIF orientation,
// transparent parts white, and nothing for files that are not pictures. Poster frames of the
// real video samples in tests/data (through Qt Multimedia's backend), never blocking, never
// calling back once their context is gone.
#include "MediaTestData.h"
#include "ui/dialogs/Thumbnails.h"

#include <QBuffer>
#include <QFile>
#include <QImageWriter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using natter::ui::encodeThumbnail;
using natter::ui::kThumbnailMaxBytes;
using natter::ui::kThumbnailSide;
using natter::ui::makeThumbnail;
using natter::ui::makeVideoThumbnail;
using natter::ui::thumbnailImage;

using namespace natter::uitest::media;

namespace {
constexpr int kWaitMs = 20000;

// The poster frame of `path`, waited for with the event loop running (as the GUI would).
struct Poster
{
    bool called = false;
    QByteArray bytes;
};
} // namespace

class TestThumbnails : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString save(const QImage &image, const QString &name, const char *format, int quality = -1)
    {
        const QString path = m_dir.filePath(name);
        QImageWriter writer(path, format);
        writer.setQuality(quality);
        if (!writer.write(image))
            return {};
        return path;
    }

    static QImage noise(int width, int height)
    {
        QImage image(width, height, QImage::Format_RGB32);
        auto *rng = QRandomGenerator::global();
        for (int y = 0; y < height; ++y) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
            for (int x = 0; x < width; ++x)
                line[x] = rng->generate() | 0xFF000000u;
        }
        return image;
    }

    // A JPEG with an EXIF APP1 segment saying "rotate 90° clockwise to show" (orientation 6).
    static QByteArray withExifOrientation(const QByteArray &jpeg, quint16 orientation)
    {
        QByteArray tiff("MM\x00\x2A\x00\x00\x00\x08", 8);
        QByteArray entry(2 + 12 + 4, '\0');
        qToBigEndian<quint16>(1, entry.data()); // one IFD entry
        qToBigEndian<quint16>(0x0112, entry.data() + 2); // Orientation
        qToBigEndian<quint16>(3, entry.data() + 4); // SHORT
        qToBigEndian<quint32>(1, entry.data() + 6); // count
        qToBigEndian<quint16>(orientation, entry.data() + 10);
        tiff += entry;
        const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
        QByteArray segment("\xFF\xE1", 2);
        QByteArray length(2, '\0');
        qToBigEndian<quint16>(quint16(payload.size() + 2), length.data());
        segment += length + payload;
        return jpeg.left(2) + segment + jpeg.mid(2);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void landscapePhoto()
    {
        QImage image(1600, 900, QImage::Format_RGB32);
        image.fill(QColor(30, 120, 200));
        const QString path = save(image, QStringLiteral("wide.png"), "png");
        const QByteArray bytes = makeThumbnail(path);
        QVERIFY(!bytes.isEmpty());
        QVERIFY(bytes.startsWith("\xFF\xD8")); // JPEG
        QVERIFY(bytes.size() <= kThumbnailMaxBytes);
        const QImage thumb = thumbnailImage(bytes);
        QCOMPARE(thumb.width(), kThumbnailSide);
        QCOMPARE(thumb.height(), 180);
        const QColor centre = thumb.pixelColor(160, 90);
        QVERIFY(qAbs(centre.blue() - 200) < 12 && qAbs(centre.red() - 30) < 12);
    }

    void smallImageKeepsItsSize()
    {
        QImage image(100, 40, QImage::Format_RGB32);
        image.fill(Qt::red);
        const QImage thumb
            = thumbnailImage(makeThumbnail(save(image, QStringLiteral("small.bmp"), "bmp")));
        QCOMPARE(thumb.size(), QSize(100, 40));
    }

    void noisyImageStaysWithinTheByteLimit()
    {
        // Random pixels compress worst: the quality (and if need be the size) goes down.
        const QString path = save(noise(1200, 1200), QStringLiteral("noise.png"), "png");
        const QByteArray bytes = makeThumbnail(path);
        QVERIFY(!bytes.isEmpty());
        QVERIFY2(bytes.size() <= kThumbnailMaxBytes, QByteArray::number(bytes.size()));
        const QImage thumb = thumbnailImage(bytes);
        QVERIFY(thumb.width() <= kThumbnailSide && thumb.height() <= kThumbnailSide);
        QVERIFY(thumb.width() >= 96);
    }

    void exifOrientationIsApplied()
    {
        // Stored 400×200 (landscape); orientation 6 says it is shown as 200×400 (portrait).
        QImage image(400, 200, QImage::Format_RGB32);
        image.fill(Qt::white);
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(image.save(&buffer, "jpeg"));
        const QString path = m_dir.filePath(QStringLiteral("rotated.jpg"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(withExifOrientation(jpeg, 6));
        file.close();
        const QImage thumb = thumbnailImage(makeThumbnail(path));
        QCOMPARE(thumb.size(), QSize(160, 320));
    }

    void transparencyBecomesWhite()
    {
        QImage image(64, 64, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        const QImage thumb
            = thumbnailImage(makeThumbnail(save(image, QStringLiteral("clear.png"), "png")));
        QVERIFY(!thumb.isNull());
        QVERIFY(thumb.pixelColor(32, 32).lightness() > 245);
    }

    void notAnImage()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("just some text, no picture\n");
        file.close();
        QVERIFY(makeThumbnail(path).isEmpty());
        // A picture's name does not make a picture.
        const QString fake = m_dir.filePath(QStringLiteral("fake.jpg"));
        QVERIFY(QFile::copy(path, fake));
        QVERIFY(makeThumbnail(fake).isEmpty());
        QVERIFY(makeThumbnail(m_dir.filePath(QStringLiteral("missing.png"))).isEmpty());
        QVERIFY(thumbnailImage(QByteArray()).isNull());
        QVERIFY(thumbnailImage(QByteArray("garbage")).isNull());
    }

    void contentDecidesNotTheName()
    {
        QImage image(50, 50, QImage::Format_RGB32);
        image.fill(Qt::green);
        const QString png = save(image, QStringLiteral("real.png"), "png");
        const QString renamed = m_dir.filePath(QStringLiteral("looks-like.txt"));
        QVERIFY(QFile::copy(png, renamed));
        QCOMPARE(thumbnailImage(makeThumbnail(renamed)).size(), QSize(50, 50));
    }

    void encodesAnImageInMemory()
    {
        // What a video's frame goes through: a large picture comes back as a JPEG within bounds.
        const QByteArray bytes = encodeThumbnail(noise(1920, 1080));
        QVERIFY(!bytes.isEmpty());
        QVERIFY(bytes.size() <= kThumbnailMaxBytes);
        QVERIFY(bytes.startsWith("\xFF\xD8"));
        QCOMPARE(thumbnailImage(bytes).size(), QSize(320, 180));
        QVERIFY(encodeThumbnail(QImage()).isEmpty());
    }

    void videoPosterFrame()
    {
        QObject context;
        Poster poster;
        int calls = 0;
        makeVideoThumbnail(sample("status-video.mp4"), &context, [&](const QByteArray &bytes) {
            ++calls;
            poster.called = true;
            poster.bytes = bytes;
        });
        // Never inside the call: the answer comes from the event loop.
        QVERIFY(!poster.called);
        QTRY_VERIFY_WITH_TIMEOUT(poster.called, kWaitMs);
        QVERIFY(poster.bytes.startsWith("\xFF\xD8")); // a JPEG
        QVERIFY(poster.bytes.size() <= kThumbnailMaxBytes);
        const QImage image = thumbnailImage(poster.bytes);
        QVERIFY(!image.isNull());
        QVERIFY(std::max(image.width(), image.height()) <= kThumbnailSide);
        QCOMPARE(image.size(), QSize(192, 108)); // small videos are not blown up
        const QColor middle = image.pixelColor(image.width() / 2, image.height() / 2);
        QVERIFY2(near(middle, QColor(0x1e, 0x88, 0xe5)), qPrintable(middle.name()));
        // Exactly one answer, and the job is gone.
        QTRY_COMPARE(context.children().size(), 0);
        QCOMPARE(calls, 1);
    }

    void portraitVideoPosterIsUpright()
    {
        QObject context;
        Poster poster;
        makeVideoThumbnail(sample("portrait-video.mp4"), &context, [&](const QByteArray &bytes) {
            poster.called = true;
            poster.bytes = bytes;
        });
        QTRY_VERIFY_WITH_TIMEOUT(poster.called, kWaitMs);
        const QImage image = thumbnailImage(poster.bytes);
        QVERIFY(!image.isNull());
        QVERIFY2(image.height() > image.width(),
            qPrintable(QStringLiteral("%1×%2").arg(image.width()).arg(image.height())));
    }

    void notAVideoGivesNothing()
    {
        const QString text = m_dir.filePath(QStringLiteral("clip.mp4"));
        {
            QFile file(text);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(4096, 'x'));
        }
        // A real video cut off after its first bytes.
        const QString cut = m_dir.filePath(QStringLiteral("cut.mp4"));
        {
            QFile in(sample("status-video.mp4"));
            QVERIFY(in.open(QIODevice::ReadOnly));
            QFile out(cut);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(in.read(600));
        }
        for (const QString &path : {text, cut, m_dir.filePath(QStringLiteral("missing.mp4"))}) {
            QObject context;
            Poster poster;
            makeVideoThumbnail(path, &context, [&](const QByteArray &bytes) {
                poster.called = true;
                poster.bytes = bytes;
            });
            QTRY_VERIFY_WITH_TIMEOUT(poster.called, kWaitMs);
            QVERIFY2(poster.bytes.isEmpty(), qPrintable(path));
        }
    }

    void noAnswerAfterTheContextIsGone()
    {
        bool calledEarly = false;
        bool calledLater = false;
        {
            QObject gone;
            makeVideoThumbnail(
                sample("status-video.mp4"), &gone, [&](const QByteArray &) { calledEarly = true; });
        } // destroyed before anything happened
        auto later = std::make_unique<QObject>();
        makeVideoThumbnail(sample("status-video.mp4"), later.get(),
            [&](const QByteArray &) { calledLater = true; });
        // Destroyed while the video is being opened.
        QTest::qWait(50);
        later.reset();
        // A third one on the same file finishes; the others would have by then.
        QObject context;
        Poster poster;
        makeVideoThumbnail(sample("status-video.mp4"), &context, [&](const QByteArray &bytes) {
            poster.called = true;
            poster.bytes = bytes;
        });
        QTRY_VERIFY_WITH_TIMEOUT(poster.called, kWaitMs);
        QVERIFY(!poster.bytes.isEmpty());
        QTest::qWait(200);
        QVERIFY(!calledEarly);
        QVERIFY(!calledLater);
    }
};

QTEST_MAIN(TestThumbnails)
#include "TestThumbnails.moc"
