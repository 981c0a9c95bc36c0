#include "client/TransferManager.h"

#include "client/ClientLog.h"
#include "client/LocalStore.h"
#include "client/ServerConnection.h"
#include "client/TransferFiles.h"
#include "client/TransferJob.h"
#include "protocol/Chunk.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QRegularExpression>
#include <QThreadPool>

namespace natter::client {

using namespace natter::protocol;
using namespace std::chrono_literals;

TransferManager::TransferManager(ServerConnection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setInterval(5s);
    connect(&m_retryTimer, &QTimer::timeout, this, &TransferManager::schedule);
    connect(&m_connection, &ServerConnection::bytesWritten, this, [this] {
        if (m_online)
            schedulePump();
    });
}

TransferManager::~TransferManager() = default;

// ---- jobs --------------------------------------------------------------------------------------

TransferManager::Job *TransferManager::jobFor(qint64 localId) const
{
    if (localId <= 0)
        return nullptr;
    for (const auto &[handle, job] : m_jobs)
        if (job->localId == localId)
            return job.get();
    return nullptr;
}

TransferManager::Job *TransferManager::jobByTransfer(quint32 transfer) const
{
    if (transfer == 0)
        return nullptr;
    for (const auto &[handle, job] : m_jobs)
        if (job->transfer == transfer)
            return job.get();
    return nullptr;
}

TransferManager::Job *TransferManager::jobByRid(const QJsonValue &rid) const
{
    const QString text = rid.toString();
    if (!text.startsWith(kTransferRid))
        return nullptr;
    const auto it = m_jobs.find(text.mid(kTransferRid.size()).toULongLong());
    return it == m_jobs.end() ? nullptr : it->second.get();
}

TransferManager::Job *TransferManager::addJob(std::unique_ptr<Job> job)
{
    job->handle = m_nextHandle++;
    Job *raw = job.get();
    m_order.append(raw->handle);
    m_jobs.emplace(raw->handle, std::move(job));
    return raw;
}

void TransferManager::removeJob(Job *job)
{
    m_order.removeOne(job->handle);
    m_jobs.erase(job->handle); // deletes job
}

int TransferManager::activeCount() const
{
    int n = 0;
    for (const auto &[handle, job] : m_jobs)
        n += job->phase == Job::Phase::Requested || job->phase == Job::Phase::Running;
    return n;
}

void TransferManager::schedule()
{
    if (!m_online)
        return;
    // `downloaded` reports that were refused for the moment go out again.
    const QStringList unreported = std::exchange(m_unreported, {});
    for (const QString &fileId : unreported)
        reportDownloaded(fileId);
    int active = activeCount();
    const QList<quint64> order = m_order;
    for (quint64 handle : order) {
        if (active >= kMaxActive)
            break;
        const auto it = m_jobs.find(handle);
        if (it == m_jobs.end() || it->second->phase != Job::Phase::Queued)
            continue;
        startJob(it->second.get());
        if (it->second->phase == Job::Phase::Requested)
            ++active;
        else
            break; // could not send: the connection is going away
    }
}

void TransferManager::startJob(Job *job)
{
    bool sent = false;
    const QString rid = kTransferRid + QString::number(job->handle);
    if (job->upload) {
        sent = m_connection.send(
            Upload {job->kind, job->name, job->mime, job->size, job->sha256, job->fileId}, rid);
    } else {
        qint64 offset = QFileInfo(job->partPath).size();
        if (job->size > 0 && offset > job->size) {
            QFile::remove(job->partPath);
            offset = 0;
        }
        job->next = offset;
        sent = m_connection.send(Download {job->fileId, offset}, rid);
    }
    if (!sent)
        return;
    job->phase = Job::Phase::Requested;
    job->transfer = 0;
    setMessageState(job, job->upload ? TransferState::Uploading : TransferState::Downloading);
}

void TransferManager::requeue(Job *job)
{
    job->phase = Job::Phase::Queued;
    job->transfer = 0;
    job->file.reset();
    setMessageState(job, TransferState::Waiting);
}

void TransferManager::setOnline(bool online)
{
    m_online = online;
    if (online) {
        schedule();
        return;
    }
    m_retryTimer.stop();
    // Reports the server has not confirmed may be lost with the connection: send them again.
    for (const QString &fileId : std::exchange(m_reporting, {}))
        if (!m_unreported.contains(fileId))
            m_unreported.append(fileId);
    // The server forgets this connection's transfers: uploads resume from its offset, downloads
    // from the partial file.
    for (const auto &[handle, job] : m_jobs)
        if (job->phase == Job::Phase::Requested || job->phase == Job::Phase::Running)
            requeue(job.get());
}

// ---- message state -----------------------------------------------------------------------------

void TransferManager::setMessageState(Job *job, TransferState state, const QString &error)
{
    if (job->localId == 0 || !m_store)
        return;
    auto record = m_store->transfer(job->localId).value_or(TransferRecord {});
    record.localId = job->localId;
    if (record.state == state && record.error == error && record.fileId == job->fileId)
        return;
    record.state = state;
    record.error = error;
    record.fileId = job->fileId;
    record.bytesDone = job->upload ? job->confirmed : job->next;
    if (!job->sha256.isEmpty() && job->upload)
        record.sha256 = job->sha256;
    m_store->saveTransfer(record);
    emit messageChanged(job->peer, job->localId);
}

void TransferManager::emitProgress(Job *job)
{
    const qint64 done = job->upload ? job->confirmed : job->next;
    if (job->localId == 0)
        emit standaloneProgress(job->handle, done, job->size);
    else
        emit progress(job->peer, job->localId, done, job->size);
}

void TransferManager::fail(Job *job, const QString &reason, bool cancelled)
{
    qCInfo(lcClientChat) << (job->upload ? "upload" : "download") << job->handle
                         << (cancelled ? "cancelled" : "failed");
    if (job->transfer != 0 && job->phase == Job::Phase::Running)
        m_connection.send(
            TransferCancel {job->transfer}, QString(kCancelRid + QString::number(job->handle)));
    job->file.reset();
    if (job->upload && cancelled)
        job->fileId.clear(); // the server discards a cancelled upload
    if (!job->upload && cancelled)
        QFile::remove(job->partPath);
    if (job->localId == 0) {
        emit standaloneFailed(job->handle, reason);
    } else if (m_store) {
        setMessageState(job, cancelled ? TransferState::Cancelled : TransferState::Failed, reason);
        if (job->upload && m_store->markFailed(job->localId, reason))
            emit messageChanged(job->peer, job->localId);
    }
    removeJob(job);
    schedule();
}

// ---- standalone --------------------------------------------------------------------------------

quint64 TransferManager::uploadStandalone(
    const QString &path, FileKind kind, const QString &resumeFileId)
{
    auto job = std::make_unique<Job>();
    job->upload = true;
    job->kind = kind;
    job->fileId = resumeFileId;
    job->path = path;
    job->name = safeFileName(QFileInfo(path).fileName());
    Job *raw = addJob(std::move(job));
    prepare(raw);
    return raw->handle;
}

quint64 TransferManager::downloadStandalone(const QString &fileId, const QString &targetPath)
{
    auto job = std::make_unique<Job>();
    job->upload = false;
    job->fileId = fileId;
    job->path = targetPath;
    job->partPath = targetPath + QStringLiteral(".part");
    Job *raw = addJob(std::move(job));
    const quint64 handle = raw->handle;
    schedule();
    return handle;
}

void TransferManager::cancelStandalone(quint64 handle)
{
    const auto it = m_jobs.find(handle);
    if (it != m_jobs.end() && it->second->localId == 0)
        fail(it->second.get(), tr("Cancelled"), true);
}

// ---- preparing: hash (and copy) on the thread pool ----------------------------------------------

void TransferManager::prepare(Job *job)
{
    job->phase = Job::Phase::Preparing;
    const QString source = job->path;
    // Message uploads send the app's own copy, so the user may move or edit the original.
    QString copy;
    if (job->localId != 0) {
        auto record = m_store ? m_store->transfer(job->localId) : std::nullopt;
        copy = record && !record->localPath.isEmpty() ? record->localPath : uniqueTarget(job->name);
        if (record && record->localPath != copy) {
            record->localPath = copy;
            m_store->saveTransfer(*record);
        }
    }
    const quint64 handle = job->handle;
    QPointer<TransferManager> self(this);
    QThreadPool::globalInstance()->start([self, handle, source, copy] {
        const PreparedFile result = hashFile(source, copy);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, handle, result] {
                if (self)
                    self->prepared(handle, result);
            },
            Qt::QueuedConnection);
    });
}

void TransferManager::prepared(quint64 handle, const PreparedFile &result)
{
    const auto it = m_jobs.find(handle);
    if (it == m_jobs.end())
        return; // cancelled meanwhile
    Job *job = it->second.get();
    if (!result.ok) {
        fail(job, result.error);
        return;
    }
    const Limits &limits = m_connection.welcome().limits;
    const qint64 max
        = job->kind == FileKind::Media ? limits.maxMediaBytes : limits.maxDocumentBytes;
    if (result.size == 0 || result.size > max) {
        fail(job,
            result.size == 0 ? tr("The file is empty.") : sizeRefusal(job->kind, result.size, max));
        return;
    }
    // A standalone resume is checked by the server (not_found when size or hash differ).
    if (job->localId != 0 && (job->size != result.size || job->sha256 != result.sha256))
        job->fileId.clear(); // not the upload the server knows
    job->size = result.size;
    job->sha256 = result.sha256;
    job->mime = result.mime;
    if (!result.copy.isEmpty())
        job->path = result.copy;
    job->phase = Job::Phase::Queued;
    if (job->localId != 0 && m_store) {
        auto record = m_store->transfer(job->localId).value_or(TransferRecord {});
        record.localId = job->localId;
        record.localPath = job->path;
        record.sha256 = job->sha256;
        record.state = TransferState::Waiting;
        record.fileId = job->fileId;
        m_store->saveTransfer(record);
        emit messageChanged(job->peer, job->localId);
    }
    schedule();
}

// ---- message transfers -------------------------------------------------------------------------

void TransferManager::setStore(LocalStore *store, const QString &filesDir)
{
    if (m_store) {
        // Message transfers pause; the next setStore() of this account resumes them.
        const QList<quint64> order = m_order;
        for (quint64 handle : order) {
            Job *job = m_jobs.at(handle).get();
            if (job->localId == 0)
                continue;
            if (job->phase != Job::Phase::Preparing)
                setMessageState(job, TransferState::Waiting);
            removeJob(job);
        }
    }
    m_store = store;
    m_filesDir = filesDir;
    // Reports belong to one account: this one's are in its store.
    m_unreported.clear();
    m_reporting.clear();
    if (!m_store)
        return;
    QDir().mkpath(m_filesDir);
    m_unreported = m_store->unreportedDownloads(); // sent by schedule() once online
    resumeStored();
}

void TransferManager::resumeStored()
{
    for (const TransferRecord &record : m_store->unfinishedTransfers()) {
        const auto m = m_store->message(record.localId);
        if (!m || !m->content.file || jobFor(record.localId))
            continue;
        if (m->outgoing) {
            auto job = std::make_unique<Job>();
            job->upload = true;
            job->localId = m->localId;
            job->peer = m->peer;
            job->kind
                = m->content.kind == MessageKind::Media ? FileKind::Media : FileKind::Document;
            job->name = m->content.file->name;
            job->mime = m->content.file->mime;
            job->size = m->content.file->size;
            job->sha256 = record.sha256;
            job->fileId = record.fileId;
            const bool copied = record.state != TransferState::Preparing && !record.sha256.isEmpty()
                && QFileInfo(record.localPath).size() == job->size;
            job->path = copied ? record.localPath : record.sourcePath;
            Job *raw = addJob(std::move(job));
            if (copied)
                setMessageState(raw, TransferState::Waiting);
            else
                prepare(raw);
        } else {
            download(m->localId);
        }
    }
    schedule();
}

void TransferManager::startUpload(qint64 localId, const QString &sourcePath)
{
    const auto m = m_store ? m_store->message(localId) : std::nullopt;
    if (!m || !m->content.file)
        return;
    auto job = std::make_unique<Job>();
    job->upload = true;
    job->localId = localId;
    job->peer = m->peer;
    job->kind = m->content.kind == MessageKind::Media ? FileKind::Media : FileKind::Document;
    job->name = m->content.file->name;
    job->mime = m->content.file->mime;
    job->size = m->content.file->size;
    job->path = sourcePath;
    prepare(addJob(std::move(job)));
}

void TransferManager::download(qint64 localId)
{
    if (!m_store || jobFor(localId))
        return;
    const auto m = m_store->message(localId);
    if (!m || !m->content.file)
        return;
    auto record = m_store->transfer(localId).value_or(TransferRecord {});
    if (record.state == TransferState::Done && QFileInfo::exists(record.localPath))
        return;
    if (m->outgoing && record.state != TransferState::None && record.state != TransferState::Done)
        return; // our own upload is not finished: nothing to download yet
    auto job = std::make_unique<Job>();
    job->upload = false;
    job->localId = localId;
    job->peer = m->peer;
    job->fileId = m->content.file->fileId;
    job->name = m->content.file->name;
    job->size = m->content.file->size;
    job->partPath = partialPath(job->fileId);
    QDir().mkpath(QFileInfo(job->partPath).absolutePath());
    job->next = QFileInfo(job->partPath).size();
    Job *raw = addJob(std::move(job));
    record.localId = localId;
    record.localPath.clear();
    record.fileId = raw->fileId;
    record.state = TransferState::Waiting;
    record.error.clear();
    record.bytesDone = raw->next;
    m_store->saveTransfer(record);
    emit messageChanged(raw->peer, localId);
    schedule();
}

void TransferManager::cancel(qint64 localId)
{
    if (Job *job = jobFor(localId))
        fail(job, tr("Cancelled"), true);
}

bool TransferManager::retry(qint64 localId)
{
    if (!m_store || jobFor(localId))
        return false;
    const auto record = m_store->transfer(localId);
    if (!record
        || (record->state != TransferState::Failed && record->state != TransferState::Cancelled))
        return false;
    const auto m = m_store->message(localId);
    if (!m || !m->content.file)
        return false;
    if (!m->outgoing) {
        download(localId);
        return true;
    }
    if (m->state == MessageState::Failed)
        m_store->markPendingAgain(localId);
    auto job = std::make_unique<Job>();
    job->upload = true;
    job->localId = localId;
    job->peer = m->peer;
    job->kind = m->content.kind == MessageKind::Media ? FileKind::Media : FileKind::Document;
    job->name = m->content.file->name;
    job->mime = m->content.file->mime;
    job->size = m->content.file->size;
    job->sha256 = record->sha256;
    job->fileId = record->fileId;
    const bool copied
        = !record->sha256.isEmpty() && QFileInfo(record->localPath).size() == job->size;
    job->path = copied ? record->localPath : record->sourcePath;
    Job *raw = addJob(std::move(job));
    if (copied) {
        setMessageState(raw, TransferState::Waiting);
        schedule();
    } else {
        prepare(raw);
        emit messageChanged(raw->peer, localId);
    }
    return true;
}

void TransferManager::messageArrived(qint64 localId)
{
    if (!m_store || m_autoDownloadLimit <= 0)
        return;
    const auto m = m_store->message(localId);
    if (!m || m->outgoing || m->content.kind != MessageKind::Media || !m->content.file
        || m->content.file->size > m_autoDownloadLimit)
        return;
    download(localId);
}

QString TransferManager::partialPath(const QString &fileId) const
{
    return QDir(m_filesDir).filePath(QStringLiteral(".partial/") + fileId);
}

QString TransferManager::uniqueTarget(const QString &name) const
{
    return reserveUniqueFile(m_filesDir, name);
}

} // namespace natter::client
