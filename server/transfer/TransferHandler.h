#pragma once

#include "handlers/ServerContext.h"
#include "transfer/FileStore.h"
#include "transfer/UploadWriter.h"

#include <QFile>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <map>
#include <memory>
#include <unordered_map>

namespace natter::server {

class Session;

// upload, download, downloaded, transfer_cancel and the binary chunks: file transfers
// (docs/protocol.md section 11). Uploads are appended to a part file chunk by chunk and hashed on
// the way, both on the UploadWriter's thread (a resumed upload re-hashes what its part file holds
// there first); at most one window per upload waits for it. Downloads read one chunk at a time and send the next only while less than two chunks
// wait in the socket, so memory stays bounded whatever the file sizes.
class TransferHandler final : public QObject
{
    Q_OBJECT
public:
    explicit TransferHandler(ServerContext &ctx, QObject *parent = nullptr);
    ~TransferHandler() override;
    Q_DISABLE_COPY_MOVE(TransferHandler)

    static constexpr int kMaxTransfersPerConnection = 8;
    // Room left on the disk beyond the file itself, or the upload is refused up front.
    static constexpr qint64 kDiskMargin = 16 * protocol::kMiB;

    void handle(Session &s, const protocol::Upload &f, const QJsonValue &rid);
    void handle(Session &s, const protocol::Download &f, const QJsonValue &rid);
    void handle(Session &s, const protocol::Downloaded &f, const QJsonValue &rid);
    void handle(Session &s, const protocol::TransferCancel &f, const QJsonValue &rid);
    // One binary WebSocket message of an authenticated session.
    void handleChunk(Session &s, const QByteArray &message);
    // The session closed or logged out: its transfers stop (uploads stay resumable).
    void sessionGone(Session &s);

    // Ids of the uploads being written right now (the purge leaves them alone).
    QSet<QString> activeUploads() const;

private:
    struct Transfer
    {
        quint32 handle = 0;
        quint64 serial = 0; // tells a worker's result whether its transfer is still the same
        bool upload = true;
        bool ready = false; // upload: upload_ready sent, chunks welcome
        bool resuming = false; // upload: upload_ready waits for the part file's size and hash
        FileRecord record;
        QString clientMime;
        QJsonValue rid;
        // upload: bytes on disk (confirmed to the client), and bytes handed to the writer
        qint64 committed = 0;
        qint64 accepted = 0;
        // download
        QFile file;
        qint64 offset = 0;
    };
    struct SessionTransfers
    {
        std::map<quint32, std::unique_ptr<Transfer>> transfers;
        QMetaObject::Connection bytesWritten;
    };

    SessionTransfers &transfersOf(Session &s);
    Transfer *find(Session *s, quint32 handle, quint64 serial = 0);
    std::pair<Session *, Transfer *> bySerial(quint64 serial);
    quint32 newHandle(SessionTransfers &st);
    Transfer &add(Session &s, std::unique_ptr<Transfer> t);
    // Ends a transfer; an upload's part file stays (resumable) unless `discard`.
    void remove(Session &s, quint32 handle, bool discard = false);

    void startUpload(Session &s, const protocol::Upload &f, const QJsonValue &rid);
    void resumeUpload(Session &s, const protocol::Upload &f, const QJsonValue &rid);
    void uploadReady(Session &s, Transfer &t);
    void onOpened(quint64 serial, qint64 size, bool ok);
    void onWritten(quint64 serial, qint64 size, bool ok, const QString &error);
    void onFinished(quint64 serial, const QByteArray &sha256, bool ok);
    void recordUpload(QPointer<Session> session, quint32 handle, const QString &id, const QString &mime, qint64 size);
    // Deletes the upload (rows and part file) and ends its transfer, after telling the client why.
    void discardUpload(Session &s, Transfer &t, protocol::ErrorCode code, const QString &message);
    void pump(Session &s);
    bool hasRoom(qint64 bytes) const;

    ServerContext &m_ctx;
    std::unordered_map<Session *, SessionTransfers> m_sessions;
    // Upload transfers by file id: one connection at a time writes a file.
    QHash<QString, std::pair<Session *, quint32>> m_uploads;
    QHash<quint64, std::pair<Session *, quint32>> m_serials;
    // Uploads whose part file is being synced and renamed on a worker thread (no transfer any more).
    QSet<QString> m_finishing;
    quint64 m_nextSerial = 1;
    quint32 m_nextHandle = 1;
    UploadWriter m_writer;
};

} // namespace natter::server
