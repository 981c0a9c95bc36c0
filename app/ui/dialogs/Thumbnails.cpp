#include "ui/dialogs/Thumbnails.h"

#include "ui/VideoPlayback.h"
#include "ui/dialogs/Background.h"

#include <QBuffer>
#include <QFutureWatcher>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QTimer>

namespace natter::ui {

namespace {

QByteArray encodeJpeg(const QImage &image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    writer.setOptimizedWrite(true);
    if (!writer.write(image))
        return {};
    return bytes;
}

QImage scaledToSide(const QImage &image, int side)
{
    if (image.width() <= side && image.height() <= side)
        return image;
    return image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

// Whether a frame is (nearly) black all over, as many videos start: the average of a 16×16
// reduction is below a dark grey.
bool isNearlyBlack(const QImage &image)
{
    const QImage small = image.scaled(16, 16, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                             .convertToFormat(QImage::Format_RGB32);
    qint64 sum = 0;
    for (int y = 0; y < small.height(); ++y) {
        for (int x = 0; x < small.width(); ++x)
            sum += qGray(small.pixel(x, y));
    }
    return sum < qint64(small.width()) * small.height() * 20;
}

// One poster frame in the making: a child of the caller's context object, so it stops (and
// never calls back) when the context goes. Deletes itself once it has called back.
class VideoThumbnailJob final : public QObject
{
public:
    VideoThumbnailJob(const QString &path, QObject *context,
        std::function<void(const QByteArray &)> done, std::chrono::milliseconds timeout)
        : QObject(context)
        , m_done(std::move(done))
        , m_video(new VideoPlayback(this))
    {
        m_video->setLoadTimeout(timeout);
        m_video->setAudioEnabled(false); // no sound device for a poster frame
        // However the backend behaves, the answer comes: after the load timeout plus a little
        // for the frame 1 s in.
        m_deadline.setSingleShot(true);
        m_deadline.setInterval(timeout + std::chrono::seconds(2));
        connect(&m_deadline, &QTimer::timeout, this, [this] { finish(m_first); });
        m_seekGuard.setSingleShot(true);
        m_seekGuard.setInterval(std::chrono::milliseconds(1500));
        connect(&m_seekGuard, &QTimer::timeout, this, [this] { finish(m_first); });
        connect(m_video, &VideoPlayback::failed, this, [this] { finish(m_first); });
        connect(m_video, &VideoPlayback::frameChanged, this, [this] { onFrame(); });
        m_deadline.start();
        // Started from the event loop: the caller never gets its answer inside this call.
        QMetaObject::invokeMethod(
            this, [this, path] { m_video->open(path, false); }, Qt::QueuedConnection);
    }

private:
    void onFrame()
    {
        if (m_finishing || !m_video->hasFrame())
            return;
        const QImage image = m_video->currentImage();
        if (image.isNull())
            return;
        if (!m_seeking) {
            m_first = image;
            const qint64 duration = m_video->duration();
            if (isNearlyBlack(image) && duration > 0) {
                // A black first frame says nothing: try the picture about a second in.
                m_seeking = true;
                m_seekGuard.start();
                m_video->seek(std::min<qint64>(1000, duration / 2));
                return;
            }
            finish(image);
            return;
        }
        if (!isNearlyBlack(image))
            finish(image);
    }

    void finish(const QImage &image)
    {
        if (m_finishing)
            return;
        m_finishing = true;
        m_deadline.stop();
        m_seekGuard.stop();
        m_video->disconnect(this);
        m_video->stop();
        if (image.isNull()) {
            QMetaObject::invokeMethod(
                this, [this] { deliver({}); }, Qt::QueuedConnection);
            return;
        }
        // Scaling and encoding the JPEG take a few ms for a large frame: off the GUI thread.
        auto *watcher = new QFutureWatcher<QByteArray>(this);
        connect(watcher, &QFutureWatcher<QByteArray>::finished, this, [this, watcher] {
            deliver(watcher->future().resultCount() > 0 ? watcher->result() : QByteArray());
        });
        watcher->setFuture(runInBackground([image] { return encodeThumbnail(image); }));
    }

    void deliver(const QByteArray &bytes)
    {
        auto done = std::move(m_done);
        m_done = nullptr;
        deleteLater();
        if (done)
            done(bytes);
    }

    std::function<void(const QByteArray &)> m_done;
    VideoPlayback *m_video;
    QTimer m_deadline;
    QTimer m_seekGuard;
    QImage m_first;
    bool m_seeking = false;
    bool m_finishing = false;
};

} // namespace

QImage readThumbnailSource(const QString &imagePath)
{
    QImageReader reader(imagePath);
    reader.setAutoTransform(true);
    reader.setDecideFormatFromContent(true);
    if (!reader.canRead())
        return {};
    // Decoding at a reduced size keeps a 50-megapixel photo from costing hundreds of MB (JPEG
    // decodes straight to the smaller size). The EXIF rotation comes after scaling and keeps
    // the proportions, so the longest side stays within the bound either way.
    const QSize full = reader.size();
    if (full.isValid() && (full.width() > kThumbnailSide || full.height() > kThumbnailSide))
        reader.setScaledSize(full.scaled(kThumbnailSide, kThumbnailSide, Qt::KeepAspectRatio));
    return reader.read();
}

QByteArray encodeThumbnail(const QImage &source)
{
    if (source.isNull())
        return {};
    const QImage image = scaledToSide(source, kThumbnailSide);
    // JPEG has no transparency: paint the picture over white so transparent parts do not turn
    // black.
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    {
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
    }
    for (int side : {kThumbnailSide, 240, 160, 96}) {
        const QImage candidate = scaledToSide(flat, side);
        for (int quality = 85; quality >= 25; quality -= 15) {
            QByteArray bytes = encodeJpeg(candidate, quality);
            if (bytes.isEmpty())
                return {};
            if (bytes.size() <= kThumbnailMaxBytes)
                return bytes;
        }
    }
    return {};
}

QByteArray makeThumbnail(const QString &imagePath)
{
    return encodeThumbnail(readThumbnailSource(imagePath));
}

QImage thumbnailImage(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return {};
    QImage image;
    image.loadFromData(bytes);
    return image;
}

void makeVideoThumbnail(const QString &videoPath, QObject *context,
    std::function<void(const QByteArray &)> done, std::chrono::milliseconds timeout)
{
    if (!context || !done)
        return;
    new VideoThumbnailJob(videoPath, context, std::move(done), timeout);
}

} // namespace natter::ui
