#pragma once

#include "client/TransferManager.h"

#include <QFile>

#include <memory>

// The state of one transfer inside TransferManager. Internal to the client library.
namespace natter::client {

inline constexpr qint64 kDefaultTransferWindow = 4 * protocol::kMiB;
inline const QString kTransferRid = QStringLiteral("xfer:"); // upload / download: xfer:<handle>
inline const QString kDownloadedRid = QStringLiteral("xferdl:"); // `downloaded`: xferdl:<file id>
inline const QString kCancelRid = QStringLiteral("xfercancel:"); // `transfer_cancel`

struct TransferManager::Job
{
    enum class Phase {
        Preparing, // hashing (and copying) on the thread pool
        Queued, // waiting for the connection or for a free slot
        Requested, // upload/download sent, waiting for the ready frame
        Running, // chunks flowing
        Verifying, // download complete, hashing on the thread pool
    };
    quint64 handle = 0;
    bool upload = true;
    qint64 localId = 0; // 0: standalone
    QString peer;
    Phase phase = Phase::Queued;
    QString path; // upload: the file to send; standalone download: the target
    QString partPath; // download: where the bytes go until verified
    protocol::FileKind kind = protocol::FileKind::Document;
    QString name;
    QString mime;
    qint64 size = 0;
    QByteArray sha256;
    QString fileId; // upload: the server's id once known (resume); download: the file
    quint32 transfer = 0; // the server's handle on this connection, 0 when none
    qint64 next = 0; // upload: the next offset to send; download: bytes written
    qint64 confirmed = 0; // upload: committed by the server
    qint64 window = kDefaultTransferWindow;
    std::unique_ptr<QFile> file;
    int restarts = 0; // downloads restarted from 0 after a damaged result
};

} // namespace natter::client
