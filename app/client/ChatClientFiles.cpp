#include "client/ChatClient.h"

#include "client/LocalStore.h"
#include "client/Outbox.h"
#include "client/ServerConnection.h"
#include "client/TransferFiles.h"
#include "client/TransferManager.h"
#include "protocol/Phone.h"

#include <QFileInfo>
#include <QMimeDatabase>

#include <cmath>

// ChatClient's file, location and contact messages (the rest is in ChatClient.cpp).
namespace natter::client {

using namespace natter::protocol;

// ---- files, locations, contacts --------------------------------------------------------------

QString ChatClient::checkFile(const QString &path, FileKind kind) const
{
    const QFileInfo info(path);
    const QString name = info.fileName().isEmpty() ? path : info.fileName();
    if (!info.exists() || !info.isFile() || !info.isReadable())
        return tr("%1 cannot be read.").arg(name);
    if (info.size() == 0)
        return tr("%1 is empty.").arg(name);
    const Limits &limits = serverLimits();
    const qint64 limit = kind == FileKind::Media ? limits.maxMediaBytes : limits.maxDocumentBytes;
    if (info.size() > limit)
        return sizeRefusal(kind, info.size(), limit);
    if (kind == FileKind::Media) {
        // The server checks the content too; saying it here spares a useless upload.
        const QString mime = QMimeDatabase().mimeTypeForFile(info).name();
        if (!mime.startsWith(QLatin1String("image/")) && !mime.startsWith(QLatin1String("video/"))
            && !mime.startsWith(QLatin1String("audio/")))
            return tr("%1 is not a photo, video or audio file. Send it as a document instead.")
                .arg(name);
    }
    return {};
}

qint64 ChatClient::sendFile(const QString &peer, const QString &path, FileKind kind,
    const QString &caption, const QByteArray &thumbnail)
{
    auto refuse = [&](const QString &reason) -> qint64 {
        QMetaObject::invokeMethod(
            this, [this, path, reason] { emit fileRefused(path, reason); }, Qt::QueuedConnection);
        return 0;
    };
    if (!m_store)
        return refuse(tr("Log in to send files."));
    const QString to = normalizePhone(peer);
    if (to.isEmpty())
        return refuse(tr("%1 is not a valid phone number.").arg(peer));
    if (const QString problem = checkFile(path, kind); !problem.isEmpty())
        return refuse(problem);
    if (caption.toUtf8().size() > serverLimits().maxTextBytes)
        return refuse(
            tr("The caption is too long (at most %1 bytes).").arg(serverLimits().maxTextBytes));
    const QFileInfo info(path);
    MessageContent content;
    content.kind = kind == FileKind::Media ? MessageKind::Media : MessageKind::Document;
    content.text = caption;
    FileRef file;
    file.fileId = QStringLiteral("pending"); // replaced by the server's id once uploaded
    file.name = safeFileName(info.fileName());
    file.mime = QMimeDatabase().mimeTypeForFile(info, QMimeDatabase::MatchExtension).name();
    file.size = info.size();
    if (thumbnail.size() <= kMaxThumbnailBytes)
        file.thumbnail = thumbnail;
    content.file = file;
    TransferRecord record;
    record.state = TransferState::Preparing;
    record.sourcePath = info.absoluteFilePath();
    const qint64 localId = m_outbox->addFile(to, content, record);
    if (localId == 0)
        return refuse(tr("The message could not be stored."));
    m_transfers->startUpload(localId, info.absoluteFilePath());
    return localId;
}

qint64 ChatClient::sendLocation(
    const QString &peer, const GeoLocation &location, const QString &caption)
{
    const bool valid = std::isfinite(location.latitude) && std::isfinite(location.longitude)
        && location.latitude >= -90 && location.latitude <= 90 && location.longitude >= -180
        && location.longitude <= 180 && location.label.size() <= kMaxLabelChars
        && (!location.accuracy
            || (std::isfinite(*location.accuracy) && *location.accuracy >= 0
                && *location.accuracy <= 1e7));
    if (!valid || caption.toUtf8().size() > serverLimits().maxTextBytes)
        return 0;
    MessageContent content;
    content.kind = MessageKind::Location;
    content.text = caption;
    content.location = location;
    return m_outbox->sendContent(peer, content);
}

qint64 ChatClient::sendContact(const QString &peer, const QString &vcard)
{
    // The same check the codec makes on both ends: never store what the server would refuse.
    if (!isValidVCard(vcard) || vcard.toUtf8().size() > serverLimits().maxVCardBytes)
        return 0;
    MessageContent content;
    content.kind = MessageKind::Contact;
    content.vcard = vcard;
    return m_outbox->sendContent(peer, content);
}

void ChatClient::downloadFile(qint64 localId)
{
    m_transfers->download(localId);
}

void ChatClient::cancelTransfer(qint64 localId)
{
    m_transfers->cancel(localId);
}

void ChatClient::setAutoDownloadLimit(qint64 bytes)
{
    m_transfers->setAutoDownloadLimit(bytes);
}

qint64 ChatClient::autoDownloadLimit() const
{
    return m_transfers->autoDownloadLimit();
}

QString ChatClient::filesDir() const
{
    return m_transfers->filesDir();
}

const Limits &ChatClient::serverLimits() const
{
    return m_connection->welcome().limits;
}

} // namespace natter::client
