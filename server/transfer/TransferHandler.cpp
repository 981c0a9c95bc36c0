#include "transfer/TransferHandler.h"

#include "protocol/Chunk.h"
#include "session/Session.h"

#include <QDateTime>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QMimeDatabase>
#include <QPointer>
#include <QRegularExpression>
#include <QWebSocketProtocol>
#include <QtEndian>
#include <QtConcurrent/QtConcurrentRun>

Q_DECLARE_LOGGING_CATEGORY(lcFiles)

namespace natter::server {

using namespace natter::protocol;

namespace {
void sendTransferError(Session &s, ErrorCode code, const QString &message, const QString &fileId,
                       quint32 transfer, const QJsonValue &rid = {})
{
    s.send(Error {code, message, {}, {}, fileId, transfer}, rid);
}

bool isMediaMime(const QString &mime)
{
    return mime.startsWith(QLatin1String("image/")) || mime.startsWith(QLatin1String("video/"))
        || mime.startsWith(QLatin1String("audio/"));
}

// What a stored file is announced as: the sniffed type; for a document whose content says nothing
// more specific than "bytes" or "text", the client's type when it looks like one.
QString storedMime(FileKind kind, const QString &sniffed, const QString &clientMime)
{
    if (kind == FileKind::Media)
        return sniffed;
    static const QRegularExpression typeSubtype(
        QStringLiteral("^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*$"));
    if ((sniffed == QLatin1String("application/octet-stream") || sniffed == QLatin1String("text/plain"))
        && typeSubtype.match(clientMime).hasMatch())
        return clientMime.toLower();
    return sniffed;
}
} // namespace

TransferHandler::TransferHandler(ServerContext &ctx, QObject *parent) : QObject(parent), m_ctx(ctx)
{
    connect(&m_writer, &UploadWriter::opened, this, &TransferHandler::onOpened);
    connect(&m_writer, &UploadWriter::written, this, &TransferHandler::onWritten);
    connect(&m_writer, &UploadWriter::finished, this, &TransferHandler::onFinished);
}

TransferHandler::~TransferHandler() = default;

// ---- bookkeeping -----------------------------------------------------------------------------

TransferHandler::SessionTransfers &TransferHandler::transfersOf(Session &s)
{
    auto [it, inserted] = m_sessions.try_emplace(&s);
    if (inserted)
        it->second.bytesWritten = connect(&s, &Session::bytesWritten, this, [this, session = &s] { pump(*session); });
    return it->second;
}

TransferHandler::Transfer *TransferHandler::find(Session *s, quint32 handle, quint64 serial)
{
    const auto it = m_sessions.find(s);
    if (it == m_sessions.end())
        return nullptr;
    const auto t = it->second.transfers.find(handle);
    if (t == it->second.transfers.end() || (serial && t->second->serial != serial))
        return nullptr;
    return t->second.get();
}

std::pair<Session *, TransferHandler::Transfer *> TransferHandler::bySerial(quint64 serial)
{
    const auto where = m_serials.value(serial);
    Transfer *t = where.first ? find(where.first, where.second, serial) : nullptr;
    return {t ? where.first : nullptr, t};
}

quint32 TransferHandler::newHandle(SessionTransfers &st)
{
    // One counter for all connections: a handle is not reused on a connection that logs out and
    // in again, so a late chunk of an old transfer cannot land in a new one.
    quint32 handle = m_nextHandle;
    while (handle == 0 || st.transfers.count(handle))
        ++handle;
    m_nextHandle = handle + 1;
    return handle;
}

TransferHandler::Transfer &TransferHandler::add(Session &s, std::unique_ptr<Transfer> t)
{
    SessionTransfers &st = transfersOf(s);
    t->handle = newHandle(st);
    t->serial = m_nextSerial++;
    if (t->upload)
        m_uploads.insert(t->record.id, {&s, t->handle});
    m_serials.insert(t->serial, {&s, t->handle});
    Transfer &ref = *t;
    st.transfers.emplace(t->handle, std::move(t));
    return ref;
}

void TransferHandler::remove(Session &s, quint32 handle, bool discard)
{
    const auto it = m_sessions.find(&s);
    if (it == m_sessions.end())
        return;
    const auto t = it->second.transfers.find(handle);
    if (t == it->second.transfers.end())
        return;
    if (t->second->upload) {
        const auto u = m_uploads.constFind(t->second->record.id);
        if (u != m_uploads.constEnd() && u->first == &s && u->second == handle)
            m_uploads.erase(u);
        m_writer.close(t->second->serial, discard); // after the chunks queued before it
    }
    m_serials.remove(t->second->serial);
    it->second.transfers.erase(t); // closes the file being read
}

void TransferHandler::sessionGone(Session &s)
{
    const auto it = m_sessions.find(&s);
    if (it == m_sessions.end())
        return;
    QList<quint32> handles;
    for (const auto &[handle, t] : it->second.transfers)
        handles.append(handle);
    for (quint32 handle : std::as_const(handles))
        remove(s, handle); // uploads keep their part file and row: they resume later
    disconnect(it->second.bytesWritten);
    m_sessions.erase(it);
}

QSet<QString> TransferHandler::activeUploads() const
{
    QSet<QString> ids;
    for (auto it = m_uploads.constBegin(); it != m_uploads.constEnd(); ++it)
        ids.insert(it.key());
    return ids + m_finishing;
}

bool TransferHandler::hasRoom(qint64 bytes) const
{
    const qint64 free = m_ctx.files.bytesAvailable();
    return free < 0 || free >= bytes + kDiskMargin;
}

// ---- upload ----------------------------------------------------------------------------------

void TransferHandler::handle(Session &s, const Upload &f, const QJsonValue &rid)
{
    if (transfersOf(s).transfers.size() >= size_t(kMaxTransfersPerConnection)) {
        sendTransferError(s, ErrorCode::RateLimited,
                          QStringLiteral("at most %1 transfers at once per connection").arg(kMaxTransfersPerConnection),
                          f.fileId, 0, rid);
        return;
    }
    if (f.fileId.isEmpty())
        startUpload(s, f, rid);
    else
        resumeUpload(s, f, rid);
}

void TransferHandler::startUpload(Session &s, const Upload &f, const QJsonValue &rid)
{
    if (!hasRoom(f.size)) {
        qCWarning(lcFiles) << "refused an upload of" << f.size << "bytes: the disk is nearly full";
        sendTransferError(s, ErrorCode::StorageFailed, QStringLiteral("the server has no room for this file now; try again later"),
                          {}, 0, rid);
        return;
    }
    auto t = std::make_unique<Transfer>();
    t->record = FileRecord {FileStore::newFileId(), s.user(), f.kind, f.name,
                            f.mime.isEmpty() ? QStringLiteral("application/octet-stream") : f.mime,
                            f.size, f.sha256, false, ServerContext::now(), 0};
    t->clientMime = f.mime;
    t->rid = rid;
    switch (m_ctx.files.createUpload(t->record)) {
    case FileStore::Result::Ok:
        break;
    case FileStore::Result::StorageFailed:
        sendTransferError(s, ErrorCode::StorageFailed, QStringLiteral("the server could not store the file; try again later"),
                          {}, 0, rid);
        return;
    default:
        s.sendError(ErrorCode::Internal, QStringLiteral("the upload could not be recorded; try again"), rid);
        return;
    }
    Transfer &added = add(s, std::move(t));
    m_writer.open(added.serial, m_ctx.files.partPath(added.record.id), false);
    // The client learns the id only once its row is committed, so a resume always finds it.
    m_ctx.db.afterCommit([this, session = QPointer<Session>(&s), handle = added.handle, serial = added.serial](bool ok) {
        Transfer *t = session ? find(session, handle, serial) : nullptr;
        if (!t)
            return;
        if (!ok) {
            const QJsonValue rid = t->rid;
            remove(*session, handle, true);
            session->sendError(ErrorCode::Internal, QStringLiteral("the upload could not be recorded; try again"), rid);
            return;
        }
        uploadReady(*session, *t);
    });
}

void TransferHandler::resumeUpload(Session &s, const Upload &f, const QJsonValue &rid)
{
    const auto record = m_ctx.files.find(f.fileId);
    if (!record || record->owner != s.user() || record->kind != f.kind || record->size != f.size
        || record->sha256 != f.sha256) {
        sendTransferError(s, ErrorCode::NotFound, QStringLiteral("no unfinished upload with this id and these details"),
                          f.fileId, 0, rid);
        return;
    }
    SessionTransfers &st = transfersOf(s);
    if (m_finishing.contains(record->id)) {
        sendTransferError(s, ErrorCode::RateLimited, QStringLiteral("the upload is being stored; ask again in a moment"),
                          record->id, 0, rid);
        return;
    }
    if (record->stored) { // finished before: the same answer again
        s.send(UploadDone {newHandle(st), record->id, record->mime, record->size}, rid);
        return;
    }
    // Another transfer (perhaps on a dead connection not noticed yet) was writing it: the newer
    // one wins. The other connection is told; this one just gets its new handle.
    if (const auto other = m_uploads.value(record->id); other.first) {
        if (other.first != &s && find(other.first, other.second))
            sendTransferError(*other.first, ErrorCode::NotFound,
                              QStringLiteral("this upload was resumed on another connection"), record->id, other.second);
        remove(*other.first, other.second);
    }
    const QString partPath = m_ctx.files.partPath(record->id);
    const QString storedPath = m_ctx.files.storedPath(record->id);
    // Renamed into place but not recorded (stopped in between): it is a part file again.
    if (!QFileInfo::exists(partPath) && QFileInfo::exists(storedPath))
        QFile::rename(storedPath, partPath);
    if (QFileInfo(partPath).size() > record->size)
        QFile::resize(partPath, 0);
    auto t = std::make_unique<Transfer>();
    t->record = *record;
    t->clientMime = f.mime;
    t->rid = rid;
    t->resuming = true;
    Transfer &added = add(s, std::move(t));
    // The writer opens the part file after whatever an earlier transfer of it still had queued,
    // and hashes what it holds; upload_ready follows in onOpened().
    m_writer.open(added.serial, partPath, true);
}

void TransferHandler::onOpened(quint64 serial, qint64 size, bool ok)
{
    auto [session, t] = bySerial(serial);
    if (!t)
        return; // cancelled, taken over or disconnected meanwhile
    if (!ok || (t->resuming && !hasRoom(t->record.size - size))) {
        const QJsonValue rid = t->rid;
        const QString id = t->record.id;
        const bool fresh = !t->resuming; // nothing to resume: gone entirely
        remove(*session, t->handle, fresh);
        if (fresh)
            m_ctx.files.deleteFile(id);
        sendTransferError(*session, ErrorCode::StorageFailed,
                          QStringLiteral("the server could not store the file; try again later"), id, 0, rid);
        return;
    }
    if (!t->resuming)
        return; // a new upload: upload_ready goes out once its row is committed
    t->committed = t->accepted = size;
    uploadReady(*session, *t);
}

void TransferHandler::uploadReady(Session &s, Transfer &t)
{
    t.ready = true;
    const qint64 window = 4 * m_ctx.config.limits.maxChunkBytes;
    s.send(UploadReady {t.handle, t.record.id, t.committed, window}, t.rid);
    if (t.committed == t.record.size) { // everything was there already
        t.ready = false;
        m_writer.finish(t.serial);
    }
}

void TransferHandler::handleChunk(Session &s, const QByteArray &message)
{
    if (message.size() <= kChunkHeaderBytes) {
        s.sendError(ErrorCode::BadFrame,
                    QStringLiteral("a file chunk is a 12-byte header (transfer, offset) and at least one byte"));
        return;
    }
    const quint32 handle = qFromBigEndian<quint32>(message.constData());
    Transfer *t = find(&s, handle);
    if (!t || !t->upload || !t->ready) {
        s.sendError(ErrorCode::UnexpectedBinary, QStringLiteral("no upload %1 is in progress on this connection").arg(handle));
        return;
    }
    const auto header = decodeChunkHeader(message); // nullopt: an offset beyond any file
    const qint64 length = message.size() - kChunkHeaderBytes;
    if (!header || header->offset != t->accepted) {
        sendTransferError(s, ErrorCode::BadField,
                          QStringLiteral("chunk at offset %1, expected %2")
                              .arg(qFromBigEndian<quint64>(message.constData() + 4))
                              .arg(t->accepted),
                          t->record.id, t->handle);
        return;
    }
    if (length > m_ctx.config.limits.maxChunkBytes) {
        sendTransferError(s, ErrorCode::TooLarge,
                          QStringLiteral("a chunk may carry at most %1 bytes").arg(m_ctx.config.limits.maxChunkBytes),
                          t->record.id, t->handle);
        return;
    }
    if (t->accepted + length > t->record.size) {
        discardUpload(s, *t, ErrorCode::TooLarge, QStringLiteral("more bytes than the declared size"));
        s.close(int(QWebSocketProtocol::CloseCodePolicyViolated), QStringLiteral("upload larger than declared"));
        return;
    }
    // What waits for the writer stays within the window the client was given.
    const qint64 window = 4 * m_ctx.config.limits.maxChunkBytes;
    if (t->accepted + length - t->committed > window) {
        sendTransferError(s, ErrorCode::BadField,
                          QStringLiteral("chunk at offset %1 goes beyond the window: at most %2 bytes past offset %3")
                              .arg(header->offset)
                              .arg(window)
                              .arg(t->committed),
                          t->record.id, t->handle);
        return;
    }
    t->accepted += length;
    m_writer.write(t->serial, message, kChunkHeaderBytes);
}

void TransferHandler::onWritten(quint64 serial, qint64 size, bool ok, const QString &error)
{
    auto [session, t] = bySerial(serial);
    if (!t)
        return;
    if (!ok) {
        qCWarning(lcFiles) << "writing an upload failed:" << error;
        discardUpload(*session, *t, ErrorCode::StorageFailed, QStringLiteral("the server could not write the file; try again later"));
        return;
    }
    t->committed = size;
    session->send(UploadProgress {t->handle, size});
    if (size == t->record.size) {
        t->ready = false; // no more chunks
        m_writer.finish(serial);
    }
}

void TransferHandler::onFinished(quint64 serial, const QByteArray &sha256, bool ok)
{
    auto [session, found] = bySerial(serial);
    if (!found)
        return; // the upload stays unfinished; a resume finishes it
    Session &s = *session;
    Transfer &t = *found;
    if (!ok) {
        discardUpload(s, t, ErrorCode::StorageFailed, QStringLiteral("the server could not write the file; try again later"));
        return;
    }
    if (sha256 != t.record.sha256) {
        discardUpload(s, t, ErrorCode::HashMismatch, QStringLiteral("the file's bytes do not match its sha256"));
        return;
    }
    const QString partPath = m_ctx.files.partPath(t.record.id);
    const QString sniffed = QMimeDatabase().mimeTypeForFile(partPath, QMimeDatabase::MatchContent).name();
    if (t.record.kind == FileKind::Media && !isMediaMime(sniffed)) {
        discardUpload(s, t, ErrorCode::KindMismatch,
                      QStringLiteral("the file is %1, not an image, video or audio file; send it as a document").arg(sniffed));
        return;
    }
    const QString mime = storedMime(t.record.kind, sniffed, t.clientMime);
    const QString id = t.record.id;
    const quint32 handle = t.handle;
    const qint64 size = t.record.size;
    remove(s, handle); // chunks and cancels for it are refused from now on
    m_finishing.insert(id);
    auto *watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, session = QPointer<Session>(&s), handle, id, mime, size] {
                watcher->deleteLater();
                m_finishing.remove(id);
                if (!watcher->result()) {
                    qCWarning(lcFiles) << "storing an upload failed (fsync or rename)";
                    m_ctx.files.deleteFile(id);
                    if (session)
                        sendTransferError(*session, ErrorCode::StorageFailed,
                                          QStringLiteral("the server could not store the file; try again later"), id, handle);
                    return;
                }
                // Recorded even if the uploader has gone meanwhile: a resume then gets upload_done.
                recordUpload(session, handle, id, mime, size);
            });
    watcher->setFuture(QtConcurrent::run(&FileStore::commitPart, partPath, m_ctx.files.storedPath(id)));
}

void TransferHandler::recordUpload(QPointer<Session> session, quint32 handle, const QString &id, const QString &mime,
                                   qint64 size)
{
    const QString storedPath = m_ctx.files.storedPath(id);
    const QString partPath = m_ctx.files.partPath(id);
    if (!m_ctx.files.markStored(id, mime, ServerContext::now())) {
        QFile::rename(storedPath, partPath); // resumable: the next upload_ready has offset == size
        if (session)
            sendTransferError(*session, ErrorCode::Internal, QStringLiteral("the file could not be recorded; resume the upload"),
                              id, handle);
        return;
    }
    m_ctx.db.afterCommit([this, session, id, handle, mime, size, storedPath, partPath](bool ok) {
        if (!ok) {
            QFile::rename(storedPath, partPath);
            m_ctx.files.unmarkStored(id); // in case a later batch wrote it after all
            if (session)
                sendTransferError(*session, ErrorCode::Internal,
                                  QStringLiteral("the file could not be recorded; resume the upload"), id, handle);
            return;
        }
        qCDebug(lcFiles) << "stored a file of" << size << "bytes as" << mime;
        if (session)
            session->send(UploadDone {handle, id, mime, size});
    });
}

void TransferHandler::discardUpload(Session &s, Transfer &t, ErrorCode code, const QString &message)
{
    const QString id = t.record.id;
    const quint32 handle = t.handle;
    remove(s, handle, true);
    m_ctx.files.deleteFile(id);
    sendTransferError(s, code, message, id, handle);
}

// ---- download --------------------------------------------------------------------------------

void TransferHandler::handle(Session &s, const Download &f, const QJsonValue &rid)
{
    if (transfersOf(s).transfers.size() >= size_t(kMaxTransfersPerConnection)) {
        sendTransferError(s, ErrorCode::RateLimited,
                          QStringLiteral("at most %1 transfers at once per connection").arg(kMaxTransfersPerConnection),
                          f.fileId, 0, rid);
        return;
    }
    const auto record = m_ctx.files.find(f.fileId);
    // One answer for "no such file", "not finished", "deleted" and "not yours": nothing to probe.
    if (!record || !record->stored || !m_ctx.files.mayDownload(f.fileId, s.user())) {
        sendTransferError(s, ErrorCode::NotFound, QStringLiteral("no such file"), f.fileId, 0, rid);
        return;
    }
    if (f.offset > record->size) {
        sendTransferError(s, ErrorCode::BadField,
                          QStringLiteral("offset %1 is beyond the end of the file (%2 bytes)").arg(f.offset).arg(record->size),
                          f.fileId, 0, rid);
        return;
    }
    auto t = std::make_unique<Transfer>();
    t->upload = false;
    t->record = *record;
    t->offset = f.offset;
    t->file.setFileName(m_ctx.files.storedPath(record->id));
    if (!t->file.open(QIODevice::ReadOnly | QIODevice::Unbuffered) || !t->file.seek(f.offset)) {
        qCWarning(lcFiles) << "cannot read a stored file:" << t->file.errorString();
        sendTransferError(s, ErrorCode::StorageFailed, QStringLiteral("the server could not read the file; try again later"),
                          f.fileId, 0, rid);
        return;
    }
    Transfer &added = add(s, std::move(t));
    s.send(DownloadReady {added.handle, record->id, record->name, record->mime, record->size, f.offset, record->sha256},
           rid);
    if (added.offset == record->size)
        remove(s, added.handle);
    else
        pump(s);
}

void TransferHandler::pump(Session &s)
{
    const qint64 chunk = m_ctx.config.limits.maxChunkBytes;
    // One chunk per download in turn, while the socket holds less than two chunks. Handles are
    // looked up again before each chunk: sending may end transfers (and errors may end the session).
    bool sent = true;
    while (sent) {
        sent = false;
        const auto it = m_sessions.find(&s);
        if (it == m_sessions.end())
            return;
        QList<quint32> downloads;
        for (const auto &[handle, t] : it->second.transfers) {
            if (!t->upload)
                downloads.append(handle);
        }
        for (quint32 handle : std::as_const(downloads)) {
            if (!s.isOpen() || s.bytesToWrite() >= 2 * chunk)
                return;
            Transfer *t = find(&s, handle);
            if (!t)
                continue;
            const qint64 n = std::min(chunk, t->record.size - t->offset);
            QByteArray message = encodeChunk(handle, t->offset, {});
            message.resize(kChunkHeaderBytes + n);
            qint64 got = 0;
            while (got < n) {
                const qint64 r = t->file.read(message.data() + kChunkHeaderBytes + got, n - got);
                if (r <= 0)
                    break;
                got += r;
            }
            if (got != n) {
                qCWarning(lcFiles) << "reading a stored file failed:" << t->file.errorString();
                const QString id = t->record.id;
                remove(s, handle);
                sendTransferError(s, ErrorCode::StorageFailed,
                                  QStringLiteral("the server could not read the file; try again later"), id, handle);
                continue;
            }
            t->offset += n;
            const bool done = t->offset == t->record.size;
            if (done)
                remove(s, handle);
            s.sendBinary(message);
            sent = true;
        }
    }
}

void TransferHandler::handle(Session &s, const Downloaded &f, const QJsonValue &rid)
{
    switch (m_ctx.files.markDownloaded(f.fileId, s.user())) {
    case FileStore::Result::Ok:
        break;
    case FileStore::Result::NotFound:
        sendTransferError(s, ErrorCode::NotFound, QStringLiteral("no such file"), f.fileId, 0, rid);
        return;
    default:
        sendTransferError(s, ErrorCode::Internal, QStringLiteral("the download could not be recorded; send it again"),
                          f.fileId, 0, rid);
        return;
    }
    m_ctx.db.afterCommit([session = QPointer<Session>(&s), fileId = f.fileId, rid](bool ok) {
        if (!session)
            return;
        if (!ok)
            sendTransferError(*session, ErrorCode::Internal,
                              QStringLiteral("the download could not be recorded; send it again"), fileId, 0, rid);
        else if (!rid.isNull())
            session->send(Done {}, rid);
    });
}

void TransferHandler::handle(Session &s, const TransferCancel &f, const QJsonValue &rid)
{
    Transfer *t = find(&s, f.transfer);
    if (!t) {
        sendTransferError(s, ErrorCode::NotFound, QStringLiteral("no transfer %1 on this connection").arg(f.transfer),
                          {}, f.transfer, rid);
        return;
    }
    if (t->upload) {
        const QString id = t->record.id;
        remove(s, f.transfer, true);
        m_ctx.files.deleteFile(id);
    } else {
        remove(s, f.transfer);
    }
    m_ctx.db.afterCommit([session = QPointer<Session>(&s), rid](bool) {
        if (session && !rid.isNull())
            session->send(Done {}, rid);
    });
}

} // namespace natter::server
