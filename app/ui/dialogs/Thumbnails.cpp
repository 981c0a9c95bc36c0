#include "ui/dialogs/Thumbnails.h"

#include <QBuffer>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

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

} // namespace

QByteArray makeThumbnail(const QString &imagePath)
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
    QImage image = reader.read();
    if (image.isNull())
        return {};
    image = scaledToSide(image, kThumbnailSide);
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

QImage thumbnailImage(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return {};
    QImage image;
    image.loadFromData(bytes);
    return image;
}

} // namespace natter::ui
