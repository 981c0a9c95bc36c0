#include "protocol/Chunk.h"

#include <QtEndian>

#include <cstring>
#include <limits>

namespace natter::protocol {

QByteArray encodeChunk(quint32 transfer, qint64 offset, QByteArrayView payload)
{
    QByteArray out(kChunkHeaderBytes + payload.size(), Qt::Uninitialized);
    qToBigEndian<quint32>(transfer, out.data());
    qToBigEndian<quint64>(quint64(offset), out.data() + 4);
    if (!payload.isEmpty())
        memcpy(out.data() + kChunkHeaderBytes, payload.data(), size_t(payload.size()));
    return out;
}

std::optional<ChunkHeader> decodeChunkHeader(QByteArrayView message)
{
    if (message.size() <= kChunkHeaderBytes)
        return std::nullopt;
    const auto offset = qFromBigEndian<quint64>(message.data() + 4);
    const auto payload = quint64(message.size() - kChunkHeaderBytes);
    if (offset > quint64(std::numeric_limits<qint64>::max()) - payload)
        return std::nullopt;
    return ChunkHeader {qFromBigEndian<quint32>(message.data()), qint64(offset)};
}

} // namespace natter::protocol
