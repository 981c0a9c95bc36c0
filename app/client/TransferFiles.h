#pragma once

#include "protocol/Frames.h"

#include <QByteArray>
#include <QString>

// File helpers of the transfer engine: hashing/copying (run on the thread pool), names in the
// files folder, and the size sentences the user reads. Internal to the client library.
namespace natter::client {

struct PreparedFile
{
    bool ok = false;
    QString error; // human-readable, when !ok
    QString copy; // where the copy went (empty when none was asked for)
    QByteArray sha256; // 32 raw bytes
    qint64 size = 0;
    QString mime; // guessed from the content and the name
};

// Reads `source` in 1 MiB pieces, hashing it, and writes it to `copyTo` unless that is empty.
// Thread-safe (no shared state); meant for the thread pool.
PreparedFile hashFile(const QString &source, const QString &copyTo = {});

// A name the protocol accepts: no path, no slashes or control characters, at most 255
// characters, never empty, "." or "..".
QString safeFileName(const QString &name);
// A name in `dir` that is not taken yet: "photo.jpg", else "photo (1).jpg", "photo (2).jpg", ….
QString uniqueFileName(const QString &dir, const QString &name);
// Like uniqueFileName(), and creates the (empty) file so no other transfer picks the name.
QString reserveUniqueFile(const QString &dir, const QString &name);

// "16 MB" / "17.2 MB" (MB = 1024 × 1024 bytes).
QString formatMegabytes(qint64 bytes);
// "Photos and videos can be at most 16 MB; this file has 17.2 MB." (or "Documents …").
QString sizeRefusal(protocol::FileKind kind, qint64 size, qint64 limit);

} // namespace natter::client
