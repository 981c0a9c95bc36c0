#include "client/TransferManager.h"

#include "client/ServerConnection.h"

namespace natter::client {

using namespace natter::protocol;

struct TransferManager::Job
{ };
struct TransferManager::Prepared
{ };

TransferManager::TransferManager(ServerConnection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{ }

TransferManager::~TransferManager() = default;

quint64 TransferManager::uploadStandalone(const QString &, FileKind) { return 0; }
quint64 TransferManager::downloadStandalone(const QString &, const QString &) { return 0; }
void TransferManager::cancelStandalone(quint64) { }
void TransferManager::setStore(LocalStore *store, const QString &filesDir)
{
    m_store = store;
    m_filesDir = filesDir;
}
void TransferManager::setOnline(bool online) { m_online = online; }
void TransferManager::startUpload(qint64, const QString &) { }
void TransferManager::download(qint64) { }
void TransferManager::cancel(qint64) { }
bool TransferManager::retry(qint64) { return false; }
void TransferManager::messageArrived(qint64) { }
int TransferManager::activeCount() const { return 0; }
void TransferManager::handleUploadReady(const UploadReady &, const QJsonValue &) { }
void TransferManager::handleUploadProgress(const UploadProgress &) { }
void TransferManager::handleUploadDone(const UploadDone &, const QJsonValue &) { }
void TransferManager::handleDownloadReady(const DownloadReady &, const QJsonValue &) { }
bool TransferManager::handleError(const Error &, const QJsonValue &) { return false; }
bool TransferManager::handleDone(const QJsonValue &) { return false; }
void TransferManager::handleBinary(const QByteArray &) { }

} // namespace natter::client
