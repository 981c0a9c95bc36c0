#pragma once

#include "client/ClientTypes.h"
#include "protocol/Frames.h"

#include <QHash>
#include <QJsonValue>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <unordered_map>

namespace natter::client {

class LocalStore;
class ServerConnection;
struct PreparedFile;

// The file transfer engine: uploads and downloads over the one WebSocket in binary chunks, at
// most kMaxActive at once per connection (the rest wait in a queue), flow-controlled by the
// server's window and by the socket's send buffer. Message transfers (the file of a media or
// document message) are recorded in the LocalStore and survive reconnects and restarts;
// standalone ones (status media) live as long as this object. One thread; files are hashed
// and copied on the global thread pool.
class TransferManager final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxActive = 8; // the server's limit per connection
    static constexpr qint64 kMaxBuffered = 2 * protocol::kMiB; // socket send buffer, at most
    static constexpr qint64 kDefaultAutoDownloadLimit = 5 * protocol::kMiB;

    explicit TransferManager(ServerConnection &connection, QObject *parent = nullptr);
    ~TransferManager() override;
    Q_DISABLE_COPY_MOVE(TransferManager)

    // ---- standalone transfers (statuses) ---------------------------------------------------
    // A standalone upload of a file already on disk (no message): returns a handle (> 0).
    // standaloneUploaded() or standaloneFailed() follows; waits while offline. `resumeFileId`:
    // the file id of an earlier, unfinished upload of the same file (standaloneUploadStarted()),
    // which then goes on from what the server holds (a new upload if it holds nothing).
    quint64 uploadStandalone(
        const QString &path, protocol::FileKind kind, const QString &resumeFileId = {});
    // A standalone download into `targetPath` (no message row); written to
    // `targetPath` + ".part" first and renamed once the sha256 matches.
    quint64 downloadStandalone(const QString &fileId, const QString &targetPath);
    void cancelStandalone(quint64 handle);

    // ---- message transfers (used by ChatClient) ---------------------------------------------
    void setStore(LocalStore *store, const QString &filesDir);
    QString filesDir() const { return m_filesDir; }
    // Online: queued and unfinished transfers start. Offline: active ones become Waiting.
    void setOnline(bool online);
    // Copies `sourcePath` into filesDir() (hashing it), then uploads it for the stored
    // outgoing message `localId`, whose transfer row is Preparing.
    void startUpload(qint64 localId, const QString &sourcePath);
    // Downloads the file of an incoming message (resumes a partial one).
    void download(qint64 localId);
    void cancel(qint64 localId);
    // Restarts a Failed/Cancelled transfer of the message; false if it has none to restart.
    bool retry(qint64 localId);
    // An incoming message was stored: media up to autoDownloadLimit() download by themselves.
    void messageArrived(qint64 localId);
    void setAutoDownloadLimit(qint64 bytes) { m_autoDownloadLimit = bytes; }
    qint64 autoDownloadLimit() const { return m_autoDownloadLimit; }
    // Transfers requested or running on this connection.
    int activeCount() const;

    // ---- frames and chunks from the server (routed by ChatClient) ---------------------------
    void handleUploadReady(const protocol::UploadReady &ready, const QJsonValue &rid);
    void handleUploadProgress(const protocol::UploadProgress &progress);
    void handleUploadDone(const protocol::UploadDone &done, const QJsonValue &rid);
    void handleDownloadReady(const protocol::DownloadReady &ready, const QJsonValue &rid);
    // True when the error concerns one of the transfers (or a report this class sent).
    bool handleError(const protocol::Error &error, const QJsonValue &rid);
    // True when the `done` answered a frame this class sent.
    bool handleDone(const QJsonValue &rid);
    void handleBinary(const QByteArray &message);

signals:
    void standaloneProgress(quint64 handle, qint64 done, qint64 total);
    void standaloneUploaded(quint64 handle, const natter::protocol::FileRef &file);
    void standaloneDownloaded(quint64 handle, const QString &path);
    void standaloneFailed(quint64 handle, const QString &reason);
    // The server accepted a standalone upload under `fileId` (keep it to resume after a restart).
    void standaloneUploadStarted(quint64 handle, const QString &fileId);

    // Message transfers.
    void progress(const QString &peer, qint64 localId, qint64 bytesDone, qint64 bytesTotal);
    void messageChanged(const QString &peer, qint64 localId);
    // The file of the outgoing message is on the server: the message itself may go out.
    void uploaded(qint64 localId);

private:
    struct Job;

    Job *jobFor(qint64 localId) const;
    Job *jobByTransfer(quint32 transfer) const;
    Job *jobByRid(const QJsonValue &rid) const;
    Job *addJob(std::unique_ptr<Job> job);
    void removeJob(Job *job);
    void schedule(); // starts queued jobs as far as the limit allows
    void startJob(Job *job);
    void prepare(Job *job);
    void prepared(quint64 handle, const PreparedFile &result);
    void schedulePump();
    void pump();
    void finishDownload(Job *job);
    void verified(quint64 handle, const QByteArray &sha256);
    void sendChunk(Job *job);
    void reportDownloaded(const QString &fileId);
    void fail(Job *job, const QString &reason, bool cancelled = false);
    void requeue(Job *job); // back to the queue (connection lost, rate limited)
    void setMessageState(Job *job, TransferState state, const QString &error = {});
    void emitProgress(Job *job);
    void resumeStored();
    QString uniqueTarget(const QString &name) const;
    QString partialPath(const QString &fileId) const;

    ServerConnection &m_connection;
    LocalStore *m_store = nullptr;
    QString m_filesDir;
    bool m_online = false;
    qint64 m_autoDownloadLimit = kDefaultAutoDownloadLimit;
    quint64 m_nextHandle = 1;
    std::unordered_map<quint64, std::unique_ptr<Job>> m_jobs;
    QList<quint64> m_order; // handles in the order they were added (queue order)
    bool m_pumpScheduled = false;
    quint64 m_lastPumped = 0; // round robin between the running uploads
    QTimer m_retryTimer; // after a transient refusal
    QStringList m_unreported; // file ids whose `downloaded` could not be sent (offline)
    QStringList m_reporting; // file ids whose `downloaded` is sent but not yet confirmed by `done`
};

} // namespace natter::client
