#pragma once

#include <QByteArray>
#include <QObject>
#include <QSemaphore>
#include <QString>
#include <QThread>

namespace natter::server {

// Appends and hashes upload chunks on one worker thread, so that SHA-256 and disk writes (tens of
// milliseconds per MiB on a busy machine) never hold up the event loop every connection shares.
// Jobs run strictly in the order they were posted; each upload is known by a serial number the
// caller chooses. Results come back as signals in the caller's thread. Memory is bounded twice:
// the caller posts at most one window of chunks per upload before their `written` arrive, and
// all uploads together may have at most kMaxQueuedBytes waiting; beyond that write() blocks until
// the writer catches up, so the sockets stop being read and TCP slows the senders down.
class UploadWriter final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxQueuedBytes = 32 * 1024 * 1024; // 8 uploads with full windows

    explicit UploadWriter(QObject *parent = nullptr);
    ~UploadWriter() override; // waits for the job being run; the queued ones are dropped
    Q_DISABLE_COPY_MOVE(UploadWriter)

    // Opens (creating if missing) the part file for appending; with `hashExisting` its current
    // content is hashed first (a resumed upload), in 1 MiB steps. → opened(serial, size, ok)
    void open(quint64 serial, const QString &path, bool hashExisting);
    // Appends the bytes of `message` from `from` on (a chunk without copying it). → written
    // Blocks while the chunks of all uploads waiting for the writer exceed kMaxQueuedBytes.
    void write(quint64 serial, const QByteArray &message, qsizetype from);
    // Closes the file and hands over the SHA-256 of everything written. → finished
    void finish(quint64 serial);
    // Closes the file (deleting it with `discard`). No signal.
    void close(quint64 serial, bool discard);

signals:
    void opened(quint64 serial, qint64 size, bool ok);
    void written(quint64 serial, qint64 size, bool ok, const QString &error);
    void finished(quint64 serial, const QByteArray &sha256, bool ok);

private:
    class Worker;
    template<typename Job>
    void post(Job &&job);

    QThread m_thread;
    QSemaphore m_queueRoom {kMaxQueuedBytes};
    Worker *m_worker = nullptr;
};

} // namespace natter::server
