#include "client/LocalStore.h"

#include "client/LocalStoreSql.h"

// The transfers table of LocalStore: the upload or download of a media/document message.
namespace natter::client {

using namespace natter::protocol;
using namespace natter::client::sql;

namespace {
const QString kTransferColumns
    = QStringLiteral("message_id, t_state, t_done, t_path, t_error, t_source, t_sha256, t_file_id");

TransferRecord readTransfer(const QSqlQuery &q)
{
    TransferRecord r;
    r.localId = q.value(0).toLongLong();
    r.state = TransferState(q.value(1).toInt());
    r.bytesDone = q.value(2).toLongLong();
    r.localPath = q.value(3).toString();
    r.error = q.value(4).toString();
    r.sourcePath = q.value(5).toString();
    r.sha256 = q.value(6).toByteArray();
    r.fileId = q.value(7).toString();
    return r;
}

bool writeTransfer(const QString &connectionName, const TransferRecord &r)
{
    QSqlQuery q(connection(connectionName));
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO transfers (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(kTransferColumns));
    q.addBindValue(r.localId);
    q.addBindValue(int(r.state));
    q.addBindValue(r.bytesDone);
    q.addBindValue(r.localPath);
    q.addBindValue(r.error);
    q.addBindValue(r.sourcePath);
    q.addBindValue(
        r.sha256.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(r.sha256));
    q.addBindValue(r.fileId);
    return run(q, "storing a transfer");
}
} // namespace

std::optional<TransferRecord> LocalStore::transfer(qint64 localId) const
{
    QSqlQuery q(connection(m_connectionName));
    q.prepare(
        QStringLiteral("SELECT %1 FROM transfers WHERE message_id = ?").arg(kTransferColumns));
    q.addBindValue(localId);
    if (!run(q, "reading a transfer") || !q.next())
        return std::nullopt;
    return readTransfer(q);
}

bool LocalStore::saveTransfer(const TransferRecord &record)
{
    return writeTransfer(m_connectionName, record);
}

QList<TransferRecord> LocalStore::unfinishedTransfers() const
{
    QList<TransferRecord> out;
    QSqlQuery q(connection(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM transfers WHERE t_state IN (1, 2, 3, 4)"
                             " ORDER BY message_id")
                  .arg(kTransferColumns));
    if (!run(q, "reading unfinished transfers"))
        return out;
    while (q.next())
        out.append(readTransfer(q));
    return out;
}

bool LocalStore::addUnreportedDownload(const QString &fileId)
{
    QSqlQuery q(connection(m_connectionName));
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO downloads_unreported (file_id) VALUES (?)"));
    q.addBindValue(fileId);
    return run(q, "noting an unreported download");
}

bool LocalStore::removeUnreportedDownload(const QString &fileId)
{
    QSqlQuery q(connection(m_connectionName));
    q.prepare(QStringLiteral("DELETE FROM downloads_unreported WHERE file_id = ?"));
    q.addBindValue(fileId);
    return run(q, "removing an unreported download");
}

QStringList LocalStore::unreportedDownloads() const
{
    QStringList out;
    QSqlQuery q(connection(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT file_id FROM downloads_unreported ORDER BY file_id"));
    if (!run(q, "reading unreported downloads"))
        return out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

bool LocalStore::setContent(qint64 localId, const MessageContent &content)
{
    QSqlQuery q(connection(m_connectionName));
    q.prepare(
        QStringLiteral("UPDATE messages SET content = ?, text = COALESCE(?, '') WHERE id = ?"));
    q.addBindValue(contentToJson(content));
    q.addBindValue(content.text);
    q.addBindValue(localId);
    return run(q, "updating a message");
}

} // namespace natter::client
