#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <optional>

// A file chunk travels as one binary WebSocket message: a 12-byte header, then the bytes.
//   bytes 0..3   transfer  (unsigned 32-bit, big-endian) from `upload_ready` / `download_ready`
//   bytes 4..11  offset    (unsigned 64-bit, big-endian) of the first payload byte in the file
//   bytes 12..   payload   1 .. max_chunk_bytes bytes
// Client → server it is a piece of an upload, server → client a piece of a download.
namespace natter::protocol {

inline constexpr qsizetype kChunkHeaderBytes = 12;

struct ChunkHeader
{
    quint32 transfer = 0;
    qint64 offset = 0;
    bool operator==(const ChunkHeader &) const = default;
};

QByteArray encodeChunk(quint32 transfer, qint64 offset, QByteArrayView payload);
// nullopt when the message carries no payload byte (shorter than 13 bytes), when the offset does
// not fit in qint64, or when offset + payload length would pass the largest qint64 (so a
// receiver can add them without overflow).
std::optional<ChunkHeader> decodeChunkHeader(QByteArrayView message);
// The payload of a message decodeChunkHeader() accepted.
inline QByteArrayView chunkPayload(QByteArrayView message) { return message.sliced(kChunkHeaderBytes); }

} // namespace natter::protocol
