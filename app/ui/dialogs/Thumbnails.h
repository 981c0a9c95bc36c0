#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

// The small previews that travel with photos (FileRef::thumbnail): made on the sender's side from
// the picture itself, shown in the bubble until the full file is downloaded.
namespace natter::ui {

// The longest side of a thumbnail, and the most bytes one may have (the protocol's limit).
inline constexpr int kThumbnailSide = 320;
inline constexpr qsizetype kThumbnailMaxBytes = 64 * 1024;

// A JPEG of the image at `imagePath` (turned upright by its EXIF orientation, transparency over
// white) scaled so its longest side is at most 320 px, at the best quality that stays within
// 64 KiB. Empty when the file is not a readable image.
QByteArray makeThumbnail(const QString &imagePath);
// The image in thumbnail bytes (JPEG or PNG); a null image when they are empty or unreadable.
QImage thumbnailImage(const QByteArray &bytes);

} // namespace natter::ui
