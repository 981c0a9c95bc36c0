#pragma once

#include "TestClient.h"

#include "protocol/Chunk.h"
#include "protocol/Frames.h"

#include <QByteArray>
#include <QFile>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

// File transfers (docs/protocol.md section 11) on top of TestClient: content that sniffs as what
// it claims to be, uploads that keep to the server's window, downloads that check the sha256.
// The helpers do what a well-behaved client does; tests that misbehave on purpose send the odd
// frame or chunk themselves with TestClient::send / sendBinary.
namespace natter::test {

// ---- content ---------------------------------------------------------------------------------
// What a generated file starts with. Everything after the header is pseudo-random bytes, so the
// content sniffs by its header alone (random bytes on their own sniff as application/octet-stream).
enum class Content {
    Random, // no header at all
    Png, // PNG signature and an IHDR chunk: image/png
    Jpeg, // JFIF SOI/APP0: image/jpeg
    Pdf, // "%PDF-1.4": application/pdf
    Mp4, // an ISO BMFF "ftyp isom" box: video/mp4
    Text, // plain ASCII text lines (instead of random bytes): text/plain
};

// The first bytes of a file of that type (empty for Random and Text).
QByteArray contentHeader(Content type);
// `size` bytes: the header of `type`, then filler made from `seed` (the same seed gives the same
// bytes, a different seed different ones).
QByteArray makeContent(qint64 size, Content type, quint32 seed = 1);
// The same bytes as makeContent(size, type, seed), written to `path` in 1 MiB pieces (no
// whole-file buffer). Returns the sha256 (32 raw bytes), or an empty array if writing failed.
QByteArray writeContentFile(const QString &path, qint64 size, Content type, quint32 seed = 1);

QByteArray sha256(QByteArrayView data);
// Streams the file; empty if it cannot be read.
QByteArray sha256OfFile(const QString &path);

// The regular files anywhere below the server's data directory except its SQLite database
// (natterd.sqlite*), relative paths, sorted: for "nothing was stored" / "the part file is gone"
// checks that do not depend on where the server keeps its files and part files (by default
// <dataDir>/files).
QStringList storedFiles(const QString &dataDir);
// Their total size in bytes.
qint64 storedBytes(const QString &dataDir);

// ---- a byte source for uploads ---------------------------------------------------------------
// Reads an upload's bytes from memory or from a file on disk, whichever the test has.
class UploadSource final
{
public:
    static UploadSource fromBytes(QByteArray bytes);
    // `sha256`: the file's hash if the caller knows it already (saves reading the file twice).
    static UploadSource fromFile(const QString &path, const QByteArray &sha256 = {});

    qint64 size() const;
    QByteArray read(qint64 offset, qint64 length) const;
    QByteArray sha256() const; // computed once, then remembered
    bool isValid() const { return m_file == nullptr || m_file->isOpen(); }

private:
    QByteArray m_bytes;
    std::shared_ptr<QFile> m_file;
    mutable QByteArray m_sha256;
};

// ---- uploads -------------------------------------------------------------------------------
struct UploadResult
{
    std::optional<protocol::UploadReady> ready;
    std::optional<protocol::UploadDone> done;
    std::optional<protocol::Error> error; // the first error about this upload, if any
    qint64 sent = 0; // file offset after the last chunk sent
    qint64 committed
        = 0; // the highest offset the server confirmed (upload_ready / upload_progress)

    bool finished() const { return done.has_value(); }
    quint32 transfer() const { return ready ? ready->transfer : 0; }
    QString fileId() const { return ready ? ready->fileId : QString(); }
};

// The `upload` frame a well-behaved client sends for `source`.
protocol::Upload uploadFrame(protocol::FileKind kind, const QString &name,
    const UploadSource &source, const QString &mime = {});

// Sends `frame` with a fresh rid and waits for the answer: upload_ready (result.ready), or
// upload_done (a resumed upload that was already complete) or an error (result.error).
UploadResult announceUpload(
    TestClient &client, const protocol::Upload &frame, int timeoutMs = TestClient::kTimeoutMs);

// Sends the chunks of an announced upload from result.committed on, never more than `window`
// bytes beyond the last confirmed offset, until the file offset `stopAt` (-1: the end of the
// file) has been sent and confirmed, or until the server answers upload_done or an error
// (recorded in `result`). With waitForCompletion and stopAt at the end, also waits for
// upload_done / the error that follows the last chunk. `chunkBytes` is the payload per chunk
// (capped by the window). Returns false on a timeout.
bool sendChunks(TestClient &client, UploadResult &result, const UploadSource &source,
    qint64 stopAt = -1, qint64 chunkBytes = protocol::kMiB, int timeoutMs = 60000);

// announceUpload + sendChunks to the end: result.done is set when the server stored the file.
UploadResult upload(TestClient &client, protocol::FileKind kind, const QString &name,
    const UploadSource &source, const QString &mime = {});
UploadResult upload(TestClient &client, const protocol::Upload &frame, const UploadSource &source);

// Waits for the error about `transfer` or `fileId` (or any error if both are empty).
std::optional<protocol::Error> waitForTransferError(TestClient &client, quint32 transfer,
    const QString &fileId, int timeoutMs = TestClient::kTimeoutMs);

// ---- downloads -----------------------------------------------------------------------------
// Collects the binary messages a TestClient receives from the moment it is created.
class ChunkCollector final : public QObject
{
    Q_OBJECT
public:
    explicit ChunkCollector(TestClient &client);

    // Chunks of `transfer` received so far (header decoded), in arrival order, removed from the
    // collector. Messages that are not chunks count in malformed().
    struct Chunk
    {
        qint64 offset = 0;
        QByteArray payload;
    };
    QList<Chunk> take(quint32 transfer);
    qint64 bytesFor(quint32 transfer) const; // payload bytes buffered for it, not yet taken
    int malformed() const { return m_malformed; }
    qint64 maxPayload() const { return m_maxPayload; }

private:
    void onBinary(const QByteArray &message);

    QList<std::pair<quint32, Chunk>> m_chunks;
    int m_malformed = 0;
    qint64 m_maxPayload = 0;
};

struct DownloadResult
{
    std::optional<protocol::DownloadReady> ready;
    std::optional<protocol::Error> error;
    QByteArray data; // the bytes from ready->offset on (downloads into memory)
    QByteArray sha256; // of the bytes received (from ready->offset on), computed as they arrive
    qint64 received = 0; // payload bytes received
    qint64 nextOffset = 0; // where the next chunk should start
    bool inOrder = true; // every chunk started where the one before ended
    qint64 maxChunk = 0; // the largest payload seen
    bool complete() const { return ready && nextOffset == ready->size; }
};

// Sends `download` {file_id, offset} and waits for download_ready or an error.
// Then (if ready) receives chunks until `stopAfter` payload bytes have arrived (-1: to the end of
// the file), into memory (`intoFile` empty) or appended to `intoFile`, or only hashed
// (`intoFile` == kHashOnly: for big files whose bytes the test does not need).
inline const QString kHashOnly = QStringLiteral("<hash only>");
DownloadResult download(TestClient &client, const QString &fileId, qint64 offset = 0,
    qint64 stopAfter = -1, const QString &intoFile = {}, int timeoutMs = 60000);

// Sends `downloaded` {file_id} with a rid and returns the reply (done or an error).
std::optional<protocol::Decoded<protocol::ServerFrame>> confirmDownloaded(
    TestClient &client, const QString &fileId);

// A message carrying an uploaded file, as the app would send it.
protocol::MessageContent fileMessage(protocol::MessageKind kind, const QString &fileId,
    const QString &name, const QString &mime, qint64 size, const QString &caption = {});

// A fresh rid for one request.
QJsonValue newRid();

// The error answering the frame sent with `rid`, or nullopt when the reply was something else
// or none came.
std::optional<protocol::Error> errorReplyTo(
    TestClient &client, const QJsonValue &rid, int timeoutMs = TestClient::kTimeoutMs);

} // namespace natter::test
