// The binary chunk of a file transfer (docs/protocol.md section 11): a 12-byte big-endian header
// (transfer, offset) and 1 .. max_chunk_bytes of payload; encodeChunk/decodeChunkHeader.
#include "protocol/Chunk.h"
#include "protocol/Limits.h"

#include <QTest>

#include <limits>

using namespace natter::protocol;

namespace {
constexpr qint64 kInt64Max = std::numeric_limits<qint64>::max();

// A header written by hand, so the layout is checked independently of encodeChunk.
QByteArray rawHeader(quint32 transfer, quint64 offset)
{
    QByteArray out;
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(char((transfer >> shift) & 0xff));
    for (int shift = 56; shift >= 0; shift -= 8)
        out.append(char((offset >> shift) & 0xff));
    return out;
}
} // namespace

class TestChunk : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<quint32>("transfer");
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<QByteArray>("payload");
        QTest::addRow("first chunk") << quint32(1) << qint64(0) << QByteArray("hello");
        QTest::addRow("one byte") << quint32(7) << qint64(123) << QByteArray(1, '\0');
        QTest::addRow("largest transfer")
            << quint32(0xffffffff) << qint64(4 * kMiB) << QByteArray("x");
        QTest::addRow("offset past 4 GiB")
            << quint32(2) << (qint64(1) << 32) + 5 << QByteArray("abc");
        QTest::addRow("offset 2^53") << quint32(3) << (qint64(1) << 53) << QByteArray("abc");
        QTest::addRow("last offset that fits with one byte")
            << quint32(9) << kInt64Max - 1 << QByteArray("z");
        QByteArray full(int(kMiB), Qt::Uninitialized);
        for (int i = 0; i < full.size(); ++i)
            full[i] = char(i * 31 + 7);
        QTest::addRow("a full 1 MiB chunk") << quint32(4) << 15 * kMiB << full;
        QTest::addRow("payload that looks like JSON")
            << quint32(5) << qint64(10) << QByteArray(R"({"type":"hello"})");
    }
    void roundTrip()
    {
        QFETCH(quint32, transfer);
        QFETCH(qint64, offset);
        QFETCH(QByteArray, payload);
        const QByteArray message = encodeChunk(transfer, offset, payload);
        QCOMPARE(message.size(), kChunkHeaderBytes + payload.size());
        QCOMPARE(message.left(kChunkHeaderBytes), rawHeader(transfer, quint64(offset)));
        const auto header = decodeChunkHeader(message);
        QVERIFY(header);
        QCOMPARE(header->transfer, transfer);
        QCOMPARE(header->offset, offset);
        QVERIFY((*header == ChunkHeader {transfer, offset}));
        QCOMPARE(chunkPayload(message).toByteArray(), payload);
    }

    // The layout is part of the protocol: pin the bytes.
    void wireLayout()
    {
        const QByteArray message = encodeChunk(0x01020304, 0x0a0b0c0d0e0f1011, "XY");
        QCOMPARE(message.toHex(),
            QByteArray("01020304"
                       "0a0b0c0d0e0f1011"
                       "5859"));
        const QByteArray small = encodeChunk(1, 2, "!");
        QCOMPARE(small.toHex(),
            QByteArray("00000001"
                       "0000000000000002"
                       "21"));
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("one byte") << QByteArray(1, '\x01');
        QTest::addRow("11 bytes: a header cut short") << rawHeader(1, 0).left(11);
        QTest::addRow("12 bytes: a header without payload") << rawHeader(1, 0);
        QTest::addRow("header-only chunk from encodeChunk") << encodeChunk(1, 0, {});
        QTest::addRow("offset 2^63") << rawHeader(1, quint64(1) << 63) + "x";
        QTest::addRow("offset 2^64 - 1") << rawHeader(1, std::numeric_limits<quint64>::max()) + "x";
        QTest::addRow("offset 2^63 + 2^62")
            << rawHeader(1, (quint64(1) << 63) | (quint64(1) << 62)) + "xyz";
        QTest::addRow("offset + payload passes 2^63 - 1") << rawHeader(1, quint64(kInt64Max)) + "x";
        QTest::addRow("offset + 3 bytes passes 2^63 - 1")
            << rawHeader(1, quint64(kInt64Max - 2)) + "xyz";
    }
    void rejects()
    {
        QFETCH(QByteArray, message);
        QVERIFY(!decodeChunkHeader(message));
    }

    // Transfer 0 is never assigned, but refusing it is the receiver's job (it knows its
    // transfers): the header itself decodes.
    void transferZeroDecodes()
    {
        const auto header = decodeChunkHeader(encodeChunk(0, 0, "a"));
        QVERIFY(header);
        QCOMPARE(header->transfer, quint32(0));
    }

    // 13 bytes is the shortest chunk there is.
    void shortestChunk()
    {
        const QByteArray message = rawHeader(42, 99) + "!";
        QCOMPARE(message.size(), 13);
        const auto header = decodeChunkHeader(message);
        QVERIFY(header);
        QCOMPARE(header->transfer, quint32(42));
        QCOMPARE(header->offset, qint64(99));
        QCOMPARE(chunkPayload(message).toByteArray(), QByteArray("!"));
    }
};

QTEST_GUILESS_MAIN(TestChunk)
#include "TestChunk.moc"
