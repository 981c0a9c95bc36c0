#pragma once

#include <QtGlobal>

namespace natter::protocol {

inline constexpr qint64 kMiB = 1024 * 1024;

// Limits both sides agree on; the server enforces them whatever a client claims and announces
// its values in `welcome`.
struct Limits
{
    qint64 maxTextBytes = 64 * 1024; // UTF-8 bytes of a message text or caption
    // One JSON text frame: room for the longest text even if every character is a six-byte
    // JSON escape, plus the envelope.
    qint64 maxControlFrameBytes = 6 * maxTextBytes + 4096;
    qint64 maxMediaBytes = 16 * kMiB; // image, video, audio
    qint64 maxDocumentBytes = 100 * kMiB;
    qint64 maxChunkBytes = kMiB; // one binary file chunk
    qint64 maxVCardBytes = 16 * 1024;
    int maxIdsPerFrame = 1000; // server_ids in delivered/read/receipt_ack
    int maxPhonesPerQuery = 256;
    int syncBatch = 200; // messages (and receipts) per sync batch

    bool operator==(const Limits &) const = default;
};

// Field bounds that are part of the protocol itself.
inline constexpr int kMaxNameChars = 64;
inline constexpr int kMinPasswordChars = 8;
inline constexpr int kMaxPasswordBytes = 1024;
inline constexpr int kMaxTokenChars = 128;
inline constexpr int kMaxRidChars = 64;
inline constexpr int kMaxClientNameChars = 128;
inline constexpr int kMaxFileNameChars = 255;
inline constexpr int kMaxMimeChars = 127;
inline constexpr int kMaxLabelChars = 256;
inline constexpr int kMaxThumbnailBytes = 64 * 1024;

} // namespace natter::protocol
