#include "transfer/UploadWriter.h"

#include "transfer/FileStore.h"

#include <QCryptographicHash>
#include <QScopeGuard>

#include <memory>
#include <unordered_map>

namespace natter::server {

// Lives in the writer thread; owns the open part files and their running hashes.
class UploadWriter::Worker final : public QObject
{
public:
    struct Upload
    {
        PartFile part;
        std::shared_ptr<QCryptographicHash> hash;
    };
    std::unordered_map<quint64, std::unique_ptr<Upload>> uploads;

    Upload *find(quint64 serial)
    {
        const auto it = uploads.find(serial);
        return it == uploads.end() ? nullptr : it->second.get();
    }
};

UploadWriter::UploadWriter(QObject *parent) : QObject(parent), m_worker(new Worker)
{
    m_thread.setObjectName(QStringLiteral("natterd upload writer"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

UploadWriter::~UploadWriter()
{
    m_thread.quit();
    m_thread.wait();
    delete m_worker; // closes the files still open; jobs not run yet go with it
}

template<typename Job>
void UploadWriter::post(Job &&job)
{
    QMetaObject::invokeMethod(m_worker, std::forward<Job>(job), Qt::QueuedConnection);
}

void UploadWriter::open(quint64 serial, const QString &path, bool hashExisting)
{
    post([this, serial, path, hashExisting] {
        auto upload = std::make_unique<Worker::Upload>();
        bool ok = upload->part.open(path);
        if (ok && hashExisting)
            upload->part.touch(); // a resume counts as activity for the upload timeout
        if (ok && hashExisting && upload->part.size() > 0)
            upload->hash = FileStore::hashPrefix(path, upload->part.size());
        else
            upload->hash = std::make_shared<QCryptographicHash>(QCryptographicHash::Sha256);
        ok = ok && upload->hash;
        const qint64 size = upload->part.size();
        if (ok)
            m_worker->uploads[serial] = std::move(upload);
        emit opened(serial, size, ok);
    });
}

void UploadWriter::write(quint64 serial, const QByteArray &message, qsizetype from)
{
    const int queued = int(std::min<qsizetype>(message.size() - from, kMaxQueuedBytes));
    m_queueRoom.acquire(queued);
    post([this, serial, message, from, queued] {
        const auto room = qScopeGuard([&] { m_queueRoom.release(queued); });
        Worker::Upload *upload = m_worker->find(serial);
        if (!upload) {
            emit written(serial, 0, false, QStringLiteral("the upload is not open"));
            return;
        }
        const QByteArrayView bytes = QByteArrayView(message).sliced(from);
        if (!upload->part.append(bytes)) {
            const QString error = upload->part.errorString();
            m_worker->uploads.erase(serial);
            emit written(serial, 0, false, error);
            return;
        }
        upload->hash->addData(bytes);
        emit written(serial, upload->part.size(), true, {});
    });
}

void UploadWriter::finish(quint64 serial)
{
    post([this, serial] {
        const auto it = m_worker->uploads.find(serial);
        if (it == m_worker->uploads.end()) {
            emit finished(serial, {}, false);
            return;
        }
        const QByteArray digest = it->second->hash->result();
        m_worker->uploads.erase(it); // closes the part file
        emit finished(serial, digest, true);
    });
}

void UploadWriter::close(quint64 serial, bool discard)
{
    post([this, serial, discard] {
        const auto it = m_worker->uploads.find(serial);
        if (it == m_worker->uploads.end())
            return;
        if (discard)
            it->second->part.discard();
        m_worker->uploads.erase(it);
    });
}

} // namespace natter::server
