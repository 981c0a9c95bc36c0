#include "TransferHelpers.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstring>
#include <functional>

namespace natter::test {

using namespace natter::protocol;

namespace {

constexpr qint64 kBlockBytes = kMiB;

// Runs the event loop (sleeping while nothing happens, unlike QTest::qWaitFor's 10 ms naps)
// until `done` says so or the time is up.
bool pumpUntil(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QTimer tick; // wakes the blocking processEvents up now and then to look at the clock
    tick.start(50);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

// Filler for block `index` (1 MiB each) of a generated file; deterministic per (type, seed, index).
void fillBlock(char *dst, qint64 length, qint64 index, Content type, quint32 seed)
{
    if (type == Content::Text) {
        QByteArray text;
        qint64 line = index * 100000;
        while (text.size() < length)
            text += QByteArrayLiteral("Line ") + QByteArray::number(line++)
                + QByteArrayLiteral(" of a plain text file, seed ") + QByteArray::number(seed)
                + '\n';
        std::memcpy(dst, text.constData(), size_t(length));
        return;
    }
    QRandomGenerator gen(quint32(seed * 2654435761U) ^ quint32(index * 40503U + 1));
    QList<quint32> words((length + 3) / 4);
    gen.fillRange(words.data(), words.size());
    std::memcpy(dst, words.constData(), size_t(length));
}

} // namespace

QByteArray contentHeader(Content type)
{
    switch (type) {
    case Content::Png:
        // Signature, then an IHDR chunk (13 bytes: 64x64, 8-bit RGB) with its length and type.
        return QByteArray("\x89PNG\r\n\x1a\n"
                          "\x00\x00\x00\x0dIHDR"
                          "\x00\x00\x00\x40\x00\x00\x00\x40\x08\x02\x00\x00\x00"
                          "\x25\x0b\xe6\x89",
            33);
    case Content::Jpeg:
        return QByteArray(
            "\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", 20);
    case Content::Pdf:
        return QByteArrayLiteral("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
    case Content::Mp4:
        return QByteArray("\x00\x00\x00\x1c"
                          "ftypisom"
                          "\x00\x00\x02\x00"
                          "isomiso2mp41",
            28);
    case Content::Random:
    case Content::Text:
        break;
    }
    return {};
}

QByteArray makeContent(qint64 size, Content type, quint32 seed)
{
    QByteArray out(size, Qt::Uninitialized);
    for (qint64 block = 0; block * kBlockBytes < size; ++block) {
        const qint64 at = block * kBlockBytes;
        fillBlock(out.data() + at, std::min(kBlockBytes, size - at), block, type, seed);
    }
    const QByteArray header = contentHeader(type);
    std::memcpy(out.data(), header.constData(), size_t(std::min<qint64>(size, header.size())));
    return out;
}

QByteArray writeContentFile(const QString &path, qint64 size, Content type, quint32 seed)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QByteArray header = contentHeader(type);
    QByteArray block;
    for (qint64 index = 0; index * kBlockBytes < size; ++index) {
        const qint64 at = index * kBlockBytes;
        block.resize(std::min(kBlockBytes, size - at));
        fillBlock(block.data(), block.size(), index, type, seed);
        if (index == 0)
            std::memcpy(block.data(), header.constData(),
                size_t(std::min<qint64>(block.size(), header.size())));
        if (file.write(block) != block.size())
            return {};
        hash.addData(block);
    }
    if (!file.flush())
        return {};
    return hash.result();
}

QByteArray sha256(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

QByteArray sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return hash.result();
}

QStringList storedFiles(const QString &dataDir)
{
    const QDir root(dataDir);
    QStringList files;
    QDirIterator it(
        root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!it.fileName().startsWith(QLatin1String("natterd.sqlite")))
            files.append(root.relativeFilePath(path));
    }
    files.sort();
    return files;
}

qint64 storedBytes(const QString &dataDir)
{
    qint64 total = 0;
    for (const QString &file : storedFiles(dataDir))
        total += QFileInfo(dataDir + u'/' + file).size();
    return total;
}

// ---- UploadSource ----------------------------------------------------------------------------

UploadSource UploadSource::fromBytes(QByteArray bytes)
{
    UploadSource s;
    s.m_bytes = std::move(bytes);
    return s;
}

UploadSource UploadSource::fromFile(const QString &path, const QByteArray &sha256)
{
    UploadSource s;
    s.m_sha256 = sha256;
    s.m_file = std::make_shared<QFile>(path);
    if (!s.m_file->open(QIODevice::ReadOnly))
        qWarning("UploadSource: cannot open %s", qPrintable(path));
    return s;
}

qint64 UploadSource::size() const
{
    return m_file ? m_file->size() : m_bytes.size();
}

QByteArray UploadSource::read(qint64 offset, qint64 length) const
{
    if (!m_file)
        return m_bytes.mid(offset, length);
    if (!m_file->seek(offset))
        return {};
    return m_file->read(length);
}

QByteArray UploadSource::sha256() const
{
    if (m_sha256.isEmpty()) {
        if (!m_file) {
            m_sha256 = natter::test::sha256(m_bytes);
        } else {
            QCryptographicHash hash(QCryptographicHash::Sha256);
            m_file->seek(0);
            hash.addData(m_file.get());
            m_sha256 = hash.result();
        }
    }
    return m_sha256;
}

// ---- uploads ---------------------------------------------------------------------------------

QJsonValue newRid()
{
    return QJsonValue(QStringLiteral("r-") + QUuid::createUuid().toString(QUuid::Id128).left(20));
}

std::optional<Error> errorReplyTo(TestClient &client, const QJsonValue &rid, int timeoutMs)
{
    const auto reply = client.waitForRid(rid, timeoutMs);
    if (!reply)
        return std::nullopt;
    if (const auto *e = std::get_if<Error>(&reply->frame))
        return *e;
    return std::nullopt;
}

Upload uploadFrame(
    FileKind kind, const QString &name, const UploadSource &source, const QString &mime)
{
    return Upload {kind, name, mime, source.size(), source.sha256(), {}};
}

UploadResult announceUpload(TestClient &client, const Upload &frame, int timeoutMs)
{
    UploadResult result;
    const QJsonValue rid = newRid();
    client.send(frame, rid);
    const auto reply = client.waitForRid(rid, timeoutMs);
    if (!reply)
        return result;
    if (const auto *ready = std::get_if<UploadReady>(&reply->frame)) {
        result.ready = *ready;
        result.committed = ready->offset;
        result.sent = ready->offset;
    } else if (const auto *done = std::get_if<UploadDone>(&reply->frame)) {
        result.done = *done;
    } else if (const auto *error = std::get_if<Error>(&reply->frame)) {
        result.error = *error;
    }
    return result;
}

bool sendChunks(TestClient &client, UploadResult &result, const UploadSource &source, qint64 stopAt,
    qint64 chunkBytes, int timeoutMs)
{
    if (!result.ready || result.done || result.error)
        return true;
    const quint32 transfer = result.ready->transfer;
    const QString fileId = result.ready->fileId;
    const qint64 size = source.size();
    const qint64 end = stopAt < 0 ? size : std::min(stopAt, size);
    const qint64 window = std::max<qint64>(1, result.ready->window);
    const qint64 chunk = std::max<qint64>(1, std::min(chunkBytes, window));
    result.sent = std::max(result.sent, result.committed);

    // Takes what the server said about this upload; true if anything new came.
    auto drain = [&] {
        bool news = false;
        while (const auto p = client.take<UploadProgress>(
                   [&](const UploadProgress &f) { return f.transfer == transfer; })) {
            result.committed = std::max(result.committed, p->offset);
            news = true;
        }
        if (!result.done) {
            if (const auto d = client.take<UploadDone>([&](const UploadDone &f) {
                    return f.transfer == transfer || f.fileId == fileId;
                })) {
                result.done = d;
                news = true;
            }
        }
        if (!result.error) {
            if (const auto e = client.take<Error>(
                    [&](const Error &f) { return f.transfer == transfer || f.fileId == fileId; })) {
                result.error = e;
                news = true;
            }
        }
        return news;
    };

    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        drain();
        if (result.done || result.error)
            return true;
        if (result.sent >= end && result.committed >= end)
            break;
        while (result.sent < end) {
            const qint64 n = std::min(chunk, end - result.sent);
            if (result.sent + n - result.committed > window)
                break;
            client.sendBinary(encodeChunk(transfer, result.sent, source.read(result.sent, n)));
            result.sent += n;
        }
        if (!pumpUntil([&] { return drain() || !client.isConnected(); },
                int(std::max<qint64>(1, deadline.remainingTime()))))
            return false;
        if (!client.isConnected()) { // cut off: whatever the server said last is in `result`
            drain();
            return true;
        }
    }
    if (end == size)
        return pumpUntil(
            [&] { return (drain(), result.done || result.error || !client.isConnected()); },
            int(std::max<qint64>(1, deadline.remainingTime())));
    return true;
}

UploadResult upload(TestClient &client, const Upload &frame, const UploadSource &source)
{
    UploadResult result = announceUpload(client, frame);
    if (result.ready && !sendChunks(client, result, source))
        qWarning("upload of %s timed out at %lld of %lld bytes (%lld confirmed)",
            qPrintable(frame.name), result.sent, source.size(), result.committed);
    return result;
}

UploadResult upload(TestClient &client, FileKind kind, const QString &name,
    const UploadSource &source, const QString &mime)
{
    return upload(client, uploadFrame(kind, name, source, mime), source);
}

std::optional<Error> waitForTransferError(
    TestClient &client, quint32 transfer, const QString &fileId, int timeoutMs)
{
    return client.waitFor<Error>(
        [&](const Error &e) {
            if (transfer == 0 && fileId.isEmpty())
                return true;
            return (transfer != 0 && e.transfer == transfer)
                || (!fileId.isEmpty() && e.fileId == fileId);
        },
        timeoutMs);
}

// ---- downloads -------------------------------------------------------------------------------

ChunkCollector::ChunkCollector(TestClient &client)
    : QObject(&client)
{
    connect(&client, &TestClient::binaryReceived, this, &ChunkCollector::onBinary);
}

void ChunkCollector::onBinary(const QByteArray &message)
{
    const auto header = decodeChunkHeader(message);
    if (!header || message.size() <= kChunkHeaderBytes) {
        ++m_malformed;
        return;
    }
    const QByteArrayView payload = chunkPayload(message);
    m_maxPayload = std::max<qint64>(m_maxPayload, payload.size());
    m_chunks.append({header->transfer, Chunk {header->offset, payload.toByteArray()}});
}

QList<ChunkCollector::Chunk> ChunkCollector::take(quint32 transfer)
{
    QList<Chunk> out;
    for (qsizetype i = 0; i < m_chunks.size();) {
        if (m_chunks[i].first == transfer) {
            out.append(std::move(m_chunks[i].second));
            m_chunks.removeAt(i);
        } else {
            ++i;
        }
    }
    return out;
}

qint64 ChunkCollector::bytesFor(quint32 transfer) const
{
    qint64 n = 0;
    for (const auto &[t, chunk] : m_chunks) {
        if (t == transfer)
            n += chunk.payload.size();
    }
    return n;
}

DownloadResult download(TestClient &client, const QString &fileId, qint64 offset, qint64 stopAfter,
    const QString &intoFile, int timeoutMs)
{
    DownloadResult result;
    auto collector = std::make_unique<ChunkCollector>(client);
    const QJsonValue rid = newRid();
    client.send(Download {fileId, offset}, rid);
    const auto reply = client.waitForRid(rid);
    if (!reply)
        return result;
    if (const auto *e = std::get_if<Error>(&reply->frame)) {
        result.error = *e;
        return result;
    }
    const auto *ready = std::get_if<DownloadReady>(&reply->frame);
    if (!ready)
        return result;
    result.ready = *ready;
    result.nextOffset = ready->offset;
    const qint64 remaining = ready->size - ready->offset;
    const qint64 target = stopAfter < 0 ? remaining : std::min(stopAfter, remaining);

    const bool hashOnly = intoFile == kHashOnly;
    const bool toFile = !intoFile.isEmpty() && !hashOnly;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QFile out(toFile ? intoFile : QString());
    if (toFile && !out.open(QIODevice::WriteOnly | QIODevice::Append)) {
        qWarning("download: cannot write %s", qPrintable(intoFile));
        return result;
    }
    const quint32 transfer = ready->transfer;
    auto consume = [&] {
        for (ChunkCollector::Chunk &c : collector->take(transfer)) {
            if (c.offset != result.nextOffset)
                result.inOrder = false;
            result.maxChunk = std::max<qint64>(result.maxChunk, c.payload.size());
            result.received += c.payload.size();
            result.nextOffset = c.offset + c.payload.size();
            hash.addData(c.payload);
            if (toFile)
                out.write(c.payload);
            else if (!hashOnly)
                result.data += c.payload;
        }
        if (!result.error) {
            result.error = client.take<Error>(
                [&](const Error &e) { return e.transfer == transfer || e.fileId == fileId; });
        }
        return result.received >= target || result.error.has_value() || !client.isConnected();
    };
    if (!pumpUntil(consume, timeoutMs))
        qWarning("download of %s timed out after %lld of %lld bytes", qPrintable(fileId),
            result.received, target);
    result.sha256 = hash.result();
    return result;
}

std::optional<Decoded<ServerFrame>> confirmDownloaded(TestClient &client, const QString &fileId)
{
    const QJsonValue rid = newRid();
    client.send(Downloaded {fileId}, rid);
    return client.waitForRid(rid);
}

MessageContent fileMessage(MessageKind kind, const QString &fileId, const QString &name,
    const QString &mime, qint64 size, const QString &caption)
{
    return MessageContent {kind, caption, FileRef {fileId, name, mime, size, {}}, std::nullopt, {}};
}

} // namespace natter::test
