#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

#include <chrono>
#include <functional>

class QObject;

// The small previews that travel with photos and videos (FileRef::thumbnail): made on the
// sender's side from the picture itself or from a video's poster frame, shown in the bubble
// until the full file is downloaded.
namespace natter::ui {

// The longest side of a thumbnail, and the most bytes one may have (the protocol's limit).
inline constexpr int kThumbnailSide = 320;
inline constexpr qsizetype kThumbnailMaxBytes = 64 * 1024;

// The picture at `imagePath`, turned upright by its EXIF orientation and decoded at (about) the
// thumbnail's size, not larger. A null image when the file is not a readable image.
QImage readThumbnailSource(const QString &imagePath);
// A JPEG of `image` (transparency over white) scaled so its longest side is at most 320 px, at
// the best quality that stays within 64 KiB. Empty for a null image. Safe off the GUI thread.
QByteArray encodeThumbnail(const QImage &image);
// readThumbnailSource() then encodeThumbnail(): empty when the file is not a readable image.
QByteArray makeThumbnail(const QString &imagePath);
// The image in thumbnail bytes (JPEG or PNG); a null image when they are empty or unreadable.
QImage thumbnailImage(const QByteArray &bytes);

// How long a video's poster frame may take before it is given up (opening included).
inline constexpr std::chrono::milliseconds kVideoThumbnailTimeout {6000};

// A video's poster frame as thumbnail bytes, without blocking: opens `videoPath` with
// VideoPlayback (held, not played; it lives on the GUI thread and is event-driven), takes the
// first frame, or the frame about 1 s in when the first one is (nearly) black, and encodes it
// like makeThumbnail() does (the JPEG off the GUI thread). `done` is called exactly once, on
// the GUI thread, with the bytes, or with empty bytes when the file cannot be played or nothing
// came within `timeout`, unless `context` is destroyed first: then never. The work belongs to
// `context` and stops with it.
void makeVideoThumbnail(const QString &videoPath, QObject *context,
    std::function<void(const QByteArray &)> done,
    std::chrono::milliseconds timeout = kVideoThumbnailTimeout);

} // namespace natter::ui
