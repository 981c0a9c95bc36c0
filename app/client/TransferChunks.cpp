#include "client/ClientLog.h"
#include "client/LocalStore.h"
#include "client/ServerConnection.h"
#include "client/TransferFiles.h"
#include "client/TransferJob.h"
#include "protocol/Chunk.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QThreadPool>

// The wire half of TransferManager: the server's transfer frames, the chunks both ways, and
// the end of a download (verify, rename, report).
namespace natter::client {

using namespace natter::protocol;

// ---- uploads -----------------------------------------------------------------------------------

void TransferManager::handleUploadReady(const UploadReady &ready, const QJsonValue &rid)
{
    Job *job = jobByRid(rid);
    if (!job || !job->upload || job->phase != Job::Phase::Requested) {
        // Cancelled while the request was on its way: the server holds a transfer slot for it.
        if (rid.toString().startsWith(kTransferRid) && !job)
            m_connection.send(TransferCancel {ready.transfer},
                QString(kCancelRid + QString::number(ready.transfer)));
        return;
    }
    auto file = std::make_unique<QFile>(job->path);
    if (!file->open(QIODevice::ReadOnly) || file->size() != job->size) {
        job->transfer = ready.transfer;
        job->phase = Job::Phase::Running;
        fail(job, tr("Cannot read %1.").arg(job->name));
        return;
    }
    job->file = std::move(file);
    job->transfer = ready.transfer;
    job->fileId = ready.fileId;
    job->next = job->confirmed = std::clamp<qint64>(ready.offset, 0, job->size);
    job->window = ready.window > 0 ? ready.window : kDefaultTransferWindow;
    job->phase = Job::Phase::Running;
    setMessageState(job, TransferState::Uploading); // records the file id for a resume
    if (job->localId == 0)
        emit standaloneUploadStarted(job->handle, job->fileId);
    emitProgress(job);
    schedulePump();
}

void TransferManager::handleUploadProgress(const UploadProgress &progress)
{
    Job *job = jobByTransfer(progress.transfer);
    if (!job || !job->upload || progress.offset <= job->confirmed)
        return;
    job->confirmed = std::min(progress.offset, job->size);
    if (job->next < job->confirmed)
        job->next = job->confirmed;
    emitProgress(job);
    schedulePump();
}

void TransferManager::handleUploadDone(const UploadDone &done, const QJsonValue &rid)
{
    Job *job = jobByTransfer(done.transfer);
    if (!job)
        job = jobByRid(rid); // a resumed upload that was already complete
    if (!job || !job->upload)
        return;
    job->file.reset();
    job->fileId = done.fileId;
    job->confirmed = job->next = job->size;
    qCInfo(lcClientChat) << "upload" << job->handle << "done";
    if (job->localId == 0) {
        emitProgress(job);
        emit standaloneUploaded(
            job->handle, FileRef {done.fileId, job->name, done.mime, done.size, {}});
    } else if (m_store) {
        emitProgress(job);
        if (auto m = m_store->message(job->localId); m && m->content.file) {
            m->content.file->fileId = done.fileId;
            if (!done.mime.isEmpty())
                m->content.file->mime = done.mime;
            if (done.size > 0)
                m->content.file->size = done.size;
            m_store->setContent(job->localId, m->content);
        }
        setMessageState(job, TransferState::Done);
        emit uploaded(job->localId);
    }
    removeJob(job);
    schedule();
}

void TransferManager::schedulePump()
{
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(this, &TransferManager::pump, Qt::QueuedConnection);
}

// One chunk per event-loop turn at most, round robin over the running uploads, only while the
// socket's buffer is small and the server's window has room.
void TransferManager::pump()
{
    m_pumpScheduled = false;
    if (!m_online || m_connection.bytesToWrite() >= kMaxBuffered)
        return;
    const qint64 chunk
        = std::max<qint64>(4096, std::min(m_connection.welcome().limits.maxChunkBytes, kMiB));
    const qsizetype count = m_order.size();
    qsizetype start = m_order.indexOf(m_lastPumped) + 1;
    for (qsizetype i = 0; i < count; ++i) {
        const quint64 handle = m_order.at((start + i) % count);
        Job *job = m_jobs.at(handle).get();
        if (!job->upload || job->phase != Job::Phase::Running || job->next >= job->size)
            continue;
        const qint64 n = std::min(chunk, job->size - job->next);
        if (job->next + n - job->confirmed > job->window)
            continue;
        m_lastPumped = handle;
        sendChunk(job);
        schedulePump();
        return;
    }
}

void TransferManager::sendChunk(Job *job)
{
    const qint64 chunk
        = std::max<qint64>(4096, std::min(m_connection.welcome().limits.maxChunkBytes, kMiB));
    const qint64 n = std::min(chunk, job->size - job->next);
    QByteArray data;
    if (job->file->seek(job->next))
        data = job->file->read(n);
    if (data.size() != n) {
        fail(job, tr("Cannot read %1.").arg(job->name));
        return;
    }
    if (!m_connection.sendBinary(encodeChunk(job->transfer, job->next, data)))
        return; // the connection is going away; setOnline(false) requeues
    job->next += n;
}

// ---- downloads ---------------------------------------------------------------------------------

void TransferManager::handleDownloadReady(const DownloadReady &ready, const QJsonValue &rid)
{
    Job *job = jobByRid(rid);
    if (!job || job->upload || job->phase != Job::Phase::Requested) {
        if (rid.toString().startsWith(kTransferRid) && !job)
            m_connection.send(TransferCancel {ready.transfer},
                QString(kCancelRid + QString::number(ready.transfer)));
        return;
    }
    job->transfer = ready.transfer;
    job->phase = Job::Phase::Running;
    job->size = ready.size;
    job->sha256 = ready.sha256;
    if (job->name.isEmpty())
        job->name = ready.name;
    job->mime = ready.mime;
    auto file = std::make_unique<QFile>(job->partPath);
    if (!file->open(QIODevice::ReadWrite) || !file->resize(ready.offset)
        || !file->seek(ready.offset)) {
        fail(job, tr("Cannot write %1: %2").arg(job->partPath, file->errorString()));
        return;
    }
    job->file = std::move(file);
    job->next = ready.offset;
    emitProgress(job);
    if (job->next >= job->size)
        finishDownload(job);
}

void TransferManager::handleBinary(const QByteArray &message)
{
    const auto header = decodeChunkHeader(message);
    if (!header) {
        qCWarning(lcClientNet) << "undecodable file chunk from the server";
        return;
    }
    Job *job = jobByTransfer(header->transfer);
    if (!job || job->upload || job->phase != Job::Phase::Running || !job->file)
        return; // a download cancelled a moment ago
    const QByteArrayView payload = chunkPayload(message);
    if (header->offset != job->next || job->next + payload.size() > job->size) {
        qCWarning(lcClientNet) << "download" << job->handle << "got a chunk at" << header->offset
                               << "expected" << job->next;
        fail(job, tr("The server sent the file in the wrong order."));
        return;
    }
    if (job->file->write(payload.data(), payload.size()) != payload.size()) {
        fail(job,
            tr("Cannot write %1 (is the disk full?): %2").arg(job->name, job->file->errorString()));
        return;
    }
    job->next += payload.size();
    emitProgress(job);
    if (job->next >= job->size)
        finishDownload(job);
}

void TransferManager::finishDownload(Job *job)
{
    if (!job->file->flush()) {
        fail(job,
            tr("Cannot write %1 (is the disk full?): %2").arg(job->name, job->file->errorString()));
        return;
    }
    job->file.reset();
    job->phase = Job::Phase::Verifying;
    job->transfer = 0; // the server has sent everything: its transfer is over
    schedule(); // a slot is free
    const quint64 handle = job->handle;
    const QString part = job->partPath;
    QPointer<TransferManager> self(this);
    QThreadPool::globalInstance()->start([self, handle, part] {
        const PreparedFile result = hashFile(part);
        const QByteArray sha256 = result.ok ? result.sha256 : QByteArray();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, handle, sha256] {
                if (self)
                    self->verified(handle, sha256);
            },
            Qt::QueuedConnection);
    });
}

void TransferManager::verified(quint64 handle, const QByteArray &sha256)
{
    const auto it = m_jobs.find(handle);
    if (it == m_jobs.end())
        return;
    Job *job = it->second.get();
    if (sha256.isEmpty() || sha256 != job->sha256) {
        QFile::remove(job->partPath);
        if (job->restarts++ == 0 && !sha256.isEmpty()) {
            qCInfo(lcClientChat) << "download" << handle << "is damaged; fetching it again";
            job->next = 0;
            requeue(job);
            schedule();
            return;
        }
        fail(job,
            sha256.isEmpty() ? tr("Cannot read the downloaded file.")
                             : tr("The downloaded file is damaged (its checksum does not match)."));
        return;
    }
    QString target;
    if (job->localId == 0) {
        target = job->path;
        QFile::remove(target);
    } else {
        target = uniqueFileName(m_filesDir, job->name);
    }
    if (!QFile::rename(job->partPath, target)) {
        fail(job, tr("Cannot save the file as %1.").arg(target));
        return;
    }
    qCInfo(lcClientChat) << "download" << handle << "done";
    if (job->localId == 0) {
        emit standaloneDownloaded(handle, target);
    } else {
        reportDownloaded(job->fileId);
        if (m_store) {
            auto record = m_store->transfer(job->localId).value_or(TransferRecord {});
            record.localId = job->localId;
            record.state = TransferState::Done;
            record.bytesDone = job->size;
            record.localPath = target;
            record.error.clear();
            record.fileId = job->fileId;
            m_store->saveTransfer(record);
            emit messageChanged(job->peer, job->localId);
        }
    }
    removeJob(job);
    schedule();
}

void TransferManager::reportDownloaded(const QString &fileId)
{
    // Lets the server delete the file once every receiver has it (and the retention is over).
    // Repeated until the server confirms it (`done`): until then the server keeps the file. The
    // report is noted in the local store first, so it also goes out after a restart.
    if (m_store)
        m_store->addUnreportedDownload(fileId);
    if (!m_connection.send(Downloaded {fileId}, QString(kDownloadedRid + fileId))) {
        if (!m_unreported.contains(fileId))
            m_unreported.append(fileId);
    } else if (!m_reporting.contains(fileId)) {
        m_reporting.append(fileId);
    }
}

// ---- refusals ----------------------------------------------------------------------------------

bool TransferManager::handleError(const Error &error, const QJsonValue &rid)
{
    const QString ridText = rid.toString();
    Job *job = jobByRid(rid);
    if (!job)
        job = jobByTransfer(error.transfer);
    if (!job) {
        if (ridText.startsWith(kDownloadedRid)) {
            const QString fileId = ridText.mid(kDownloadedRid.size());
            m_reporting.removeAll(fileId);
            qCInfo(lcClientChat).noquote() << "downloaded refused:" << toWireName(error.code);
            if (error.code == ErrorCode::Internal || error.code == ErrorCode::RateLimited) {
                if (!m_unreported.contains(fileId))
                    m_unreported.append(fileId); // transient: again in a moment
                m_retryTimer.start();
            } else if (m_store) {
                m_store->removeUnreportedDownload(fileId); // the file is gone: nothing to report
            }
        }
        // About a transfer that is gone already, or a report of ours.
        return ridText.startsWith(kTransferRid) || ridText.startsWith(kDownloadedRid)
            || ridText.startsWith(kCancelRid) || error.transfer != 0;
    }
    qCInfo(lcClientChat).noquote() << (job->upload ? "upload" : "download") << job->handle
                                   << "refused:" << toWireName(error.code) << error.message;
    switch (error.code) {
    case ErrorCode::RateLimited:
    case ErrorCode::Internal:
        requeue(job); // transient: again in a moment
        m_retryTimer.start();
        return true;
    case ErrorCode::BadField:
        if (job->upload && job->phase == Job::Phase::Running) {
            // A chunk the server did not take (wrong offset, beyond the window). Error texts are
            // not part of the protocol, so ask again: a resume's upload_ready names the offset.
            requeue(job);
            schedule();
            return true;
        }
        if (!job->upload && job->restarts++ == 0) { // offset beyond the file: start over
            QFile::remove(job->partPath);
            requeue(job);
            schedule();
            return true;
        }
        break;
    case ErrorCode::NotFound:
        if (job->upload && !job->fileId.isEmpty() && job->phase == Job::Phase::Requested) {
            job->fileId.clear(); // the server no longer has the part: upload it all again
            requeue(job);
            schedule();
            return true;
        }
        if (!job->upload) {
            fail(job, tr("The file is no longer available on the server."));
            return true;
        }
        break;
    case ErrorCode::KindMismatch:
        fail(job,
            tr("%1 is not a photo, video or audio file. Send it as a document instead.")
                .arg(job->name));
        return true;
    case ErrorCode::HashMismatch:
        job->fileId.clear();
        fail(job, tr("The file changed while it was being sent. Try again."));
        return true;
    case ErrorCode::StorageFailed:
        if (!job->upload) { // the partial file stays: a retry continues from it
            fail(job, tr("The server could not read the file. Try again later."));
            return true;
        }
        if (job->phase == Job::Phase::Running)
            job->fileId.clear(); // discarded by the server (a refused resume stays resumable)
        fail(job,
            tr("The server could not store the file (it may be out of space). Try again later."));
        return true;
    case ErrorCode::NotSupported:
        fail(job, tr("The server does not support file transfers."));
        return true;
    case ErrorCode::TooLarge:
        job->fileId.clear();
        fail(job, tr("The file is too large for the server: %1").arg(error.message));
        return true;
    default:
        break;
    }
    fail(job,
        error.message.isEmpty() ? tr("The server refused the transfer.")
                                : tr("The server refused the transfer: %1").arg(error.message));
    return true;
}

bool TransferManager::handleDone(const QJsonValue &rid)
{
    const QString text = rid.toString();
    if (text.startsWith(kDownloadedRid)) {
        const QString fileId = text.mid(kDownloadedRid.size());
        m_reporting.removeAll(fileId);
        if (m_store)
            m_store->removeUnreportedDownload(fileId);
    }
    return text.startsWith(kDownloadedRid) || text.startsWith(kCancelRid);
}

} // namespace natter::client
