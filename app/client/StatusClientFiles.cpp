// StatusClient: the media half (copying and uploading a photo/video for a post, downloading the
// file of a media status for the viewer) on top of the standalone transfers of TransferManager.
#include "client/StatusClient.h"

#include "client/ChatClient.h"
#include "client/TransferFiles.h"
#include "client/TransferManager.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QThreadPool>
#include <QUuid>

#include <algorithm>

namespace natter::client {

using namespace natter::protocol;

void StatusClient::connectTransfers()
{
    TransferManager *transfers = m_client.transfers();
    connect(
        transfers, &TransferManager::standaloneUploadStarted, this, &StatusClient::onUploadStarted);
    connect(transfers, &TransferManager::standaloneUploaded, this, &StatusClient::onUploaded);
    connect(transfers, &TransferManager::standaloneDownloaded, this, &StatusClient::onDownloaded);
    connect(transfers, &TransferManager::standaloneFailed, this, &StatusClient::onTransferFailed);
    connect(
        transfers, &TransferManager::standaloneProgress, this, &StatusClient::onTransferProgress);
}

QString StatusClient::statusDir() const
{
    const QString files = m_client.filesDir();
    return files.isEmpty() ? QString() : QDir(files).filePath(QStringLiteral("status"));
}

QString StatusClient::postMedia(
    const QString &path, const QString &caption, const QByteArray &thumbnail)
{
    QString reason;
    if (m_phone.isEmpty())
        reason = tr("Log in to post a status.");
    else if (caption.toUtf8().size() > m_client.serverLimits().maxTextBytes)
        reason = tr("The caption is too long.");
    else
        reason = m_client.checkFile(path, FileKind::Media);
    if (!reason.isEmpty()) {
        emit failed(QString(), reason);
        return {};
    }
    if (statusDir().isEmpty()) {
        emit failed(QString(), tr("Log in to post a status."));
        return {};
    }
    PendingPost post;
    post.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    post.kind = StatusKind::Media;
    post.text = caption;
    post.sourcePath = QFileInfo(path).absoluteFilePath();
    post.created = QDateTime::currentMSecsSinceEpoch();
    post.state = PostState::Preparing;
    if (thumbnail.size() <= kMaxThumbnailBytes) // larger: the post goes out without one
        post.thumbnail = thumbnail;
    m_pending.append(post);
    startCopy(post.clientId); // stores the post
    emit changed();
    return post.clientId;
}

void StatusClient::startCopy(const QString &clientId)
{
    PendingPost *post = findPending(clientId);
    if (!post)
        return;
    // The app's own copy is what is uploaded and kept: the user may move or edit the original.
    // It lives with the status files (kept while the post or its status lives), in a folder of
    // its own so that it keeps the name of the original (the name the server records).
    if (post->localPath.isEmpty())
        post->localPath
            = QDir(outboxDir())
                  .filePath(clientId + u'/' + safeFileName(QFileInfo(post->sourcePath).fileName()));
    post->state = PostState::Preparing;
    post->failure.clear();
    post->upload = 0;
    post->uploadId.clear(); // the bytes may differ from what the server holds
    post->bytesDone = post->bytesTotal = 0;
    store(*post);
    QDir().mkpath(QFileInfo(post->localPath).absolutePath());
    const QString source = post->sourcePath;
    const QString copy = post->localPath;
    QPointer<StatusClient> self(this);
    QThreadPool::globalInstance()->start([self, clientId, source, copy] {
        const PreparedFile result = hashFile(source, copy);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, clientId, result] {
                if (self)
                    self->copied(clientId, result.ok, result.error);
            },
            Qt::QueuedConnection);
    });
}

void StatusClient::copied(const QString &clientId, bool ok, const QString &error)
{
    PendingPost *post = findPending(clientId);
    if (!post || post->state != PostState::Preparing)
        return; // discarded meanwhile (its copy is removed with it)
    if (!ok) {
        failPost(clientId, error);
        return;
    }
    startUpload(*post);
    emit changed();
}

void StatusClient::startUpload(PendingPost &post)
{
    post.state = PostState::Uploading;
    post.failure.clear();
    post.bytesDone = 0;
    post.bytesTotal = QFileInfo(post.localPath).size();
    store(post);
    // After a restart it goes on from what the server holds of the earlier upload.
    post.upload
        = m_client.transfers()->uploadStandalone(post.localPath, FileKind::Media, post.uploadId);
    if (post.upload == 0)
        failPost(post.clientId, tr("The file cannot be uploaded."));
}

void StatusClient::onUploadStarted(quint64 handle, const QString &fileId)
{
    for (PendingPost &post : m_pending) {
        if (post.upload == handle && post.uploadId != fileId) {
            post.uploadId = fileId;
            store(post);
            return;
        }
    }
}

void StatusClient::onUploaded(quint64 handle, const FileRef &file)
{
    for (PendingPost &post : m_pending) {
        if (post.upload != handle)
            continue;
        post.upload = 0;
        post.file = file;
        post.state = PostState::Ready;
        post.bytesDone = post.bytesTotal = file.size;
        store(post);
        sendPost(post);
        emit changed();
        return;
    }
}

QString StatusClient::localFile(qint64 statusId) const
{
    const QString path = m_files.value(statusId);
    return !path.isEmpty() && QFileInfo::exists(path) ? path : QString();
}

void StatusClient::fetchFile(qint64 statusId)
{
    const auto it = m_statuses.constFind(statusId);
    if (it == m_statuses.cend() || !it->file || !localFile(statusId).isEmpty()
        || statusDir().isEmpty())
        return;
    for (const qint64 id : std::as_const(m_downloads))
        if (id == statusId)
            return; // on its way
    QDir().mkpath(statusDir());
    // The file id is unguessable and unique; the suffix lets the viewer and other programs
    // recognise the type.
    const QString suffix = QFileInfo(it->file->name).suffix();
    const QString target
        = QDir(statusDir())
              .filePath(it->file->fileId + (suffix.isEmpty() ? QString() : u'.' + suffix));
    const quint64 handle = m_client.transfers()->downloadStandalone(it->file->fileId, target);
    if (handle == 0) {
        emit fileFailed(statusId, tr("The file cannot be downloaded."));
        return;
    }
    m_downloads.insert(handle, statusId);
}

void StatusClient::onDownloaded(quint64 handle, const QString &path)
{
    const auto it = m_downloads.constFind(handle);
    if (it == m_downloads.cend())
        return;
    const qint64 statusId = *it;
    m_downloads.erase(it);
    if (!m_statuses.contains(statusId)) {
        QFile::remove(path); // deleted or expired meanwhile
        return;
    }
    m_files.insert(statusId, path);
    emit fileReady(statusId, path);
}

void StatusClient::onTransferFailed(quint64 handle, const QString &reason)
{
    if (const auto it = m_downloads.constFind(handle); it != m_downloads.cend()) {
        const qint64 statusId = *it;
        m_downloads.erase(it);
        emit fileFailed(statusId, reason);
        return;
    }
    for (const PendingPost &post : std::as_const(m_pending)) {
        if (post.upload == handle) {
            failPost(post.clientId, reason); // kept as Failed: retry or discard
            return;
        }
    }
}

void StatusClient::onTransferProgress(quint64 handle, qint64 done, qint64 total)
{
    if (const auto it = m_downloads.constFind(handle); it != m_downloads.cend()) {
        emit fileProgress(*it, done, total);
        return;
    }
    for (PendingPost &post : m_pending) {
        if (post.upload != handle)
            continue;
        // Never backwards within one upload (a resumed upload goes on from the server's offset).
        post.bytesTotal = total;
        post.bytesDone = std::clamp(std::max(post.bytesDone, done), qint64(0), total);
        emit postProgress(post.clientId, post.bytesDone, post.bytesTotal);
        return;
    }
}

void StatusClient::removeStrayFiles()
{
    const QString dir = statusDir();
    if (dir.isEmpty() || !m_downloads.isEmpty())
        return; // a download may be writing its part file
    QSet<QString> keep;
    for (const QString &path : std::as_const(m_files))
        keep.insert(QFileInfo(path).absoluteFilePath());
    for (const PendingPost &post : std::as_const(m_pending))
        if (!post.localPath.isEmpty())
            keep.insert(QFileInfo(post.localPath).absoluteFilePath());
    const QFileInfoList entries = QDir(dir).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo &entry : entries)
        if (!keep.contains(entry.absoluteFilePath()))
            QFile::remove(entry.absoluteFilePath());
    // Copies of posts that are neither on their way nor shown any more.
    const QFileInfoList posts = QDir(outboxDir()).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo &folder : posts) {
        const QString prefix = folder.absoluteFilePath() + u'/';
        const bool used = std::any_of(keep.cbegin(), keep.cend(),
            [&](const QString &path) { return path.startsWith(prefix); });
        if (!used)
            QDir(folder.absoluteFilePath()).removeRecursively();
    }
}

QString StatusClient::outboxDir() const
{
    const QString dir = statusDir();
    return dir.isEmpty() ? QString() : QDir(dir).filePath(QStringLiteral("outbox"));
}

void StatusClient::removeStatusFile(const QString &path) const
{
    const QString dir = statusDir();
    if (path.isEmpty() || dir.isEmpty() || !path.startsWith(dir + u'/'))
        return;
    QFile::remove(path);
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (folder.absolutePath() == QFileInfo(outboxDir()).absoluteFilePath())
        QDir(folder.absoluteFilePath()).removeRecursively();
}

} // namespace natter::client
