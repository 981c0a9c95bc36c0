// StatusClient: the status outbox — posts from the moment they are made until the server's
// `status_ack` (or until the user discards them), kept in the account's LocalStore so that they
// survive a restart. The wire half (sendPost) and the refusals (handleError) are in
// StatusClient.cpp, the copy and the upload of a media file in StatusClientFiles.cpp.
#include "client/StatusClient.h"

#include "client/ChatClient.h"
#include "client/TransferManager.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace natter::client {

using namespace natter::protocol;

QList<StatusClient::PendingPost> StatusClient::pendingPosts() const
{
    return m_pending;
}

std::optional<StatusClient::PendingPost> StatusClient::pendingPost(const QString &clientId) const
{
    for (const PendingPost &p : m_pending)
        if (p.clientId == clientId)
            return p;
    return std::nullopt;
}

StatusClient::PendingPost *StatusClient::findPending(const QString &clientId)
{
    for (PendingPost &p : m_pending)
        if (p.clientId == clientId)
            return &p;
    return nullptr;
}

void StatusClient::store(const PendingPost &post)
{
    if (m_store)
        m_store->saveStatusPost(post);
}

QString StatusClient::postText(const QString &text, const QString &background)
{
    static const QRegularExpression colour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    QString reason;
    if (m_phone.isEmpty())
        reason = tr("Log in to post a status.");
    else if (text.trimmed().isEmpty())
        reason = tr("Write something for your status.");
    else if (text.toUtf8().size() > m_client.serverLimits().maxTextBytes)
        reason = tr("The status is too long.");
    else if (!colour.match(background).hasMatch())
        reason = tr("Choose a background colour.");
    if (!reason.isEmpty()) {
        emit failed(QString(), reason);
        return {};
    }
    PendingPost post;
    post.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    post.kind = StatusKind::Text;
    post.text = text;
    post.background = background.toLower();
    post.created = QDateTime::currentMSecsSinceEpoch();
    post.state = PostState::Ready;
    store(post); // before anything is sent: survives a restart from here on
    m_pending.append(post);
    sendPost(post);
    emit changed();
    return post.clientId;
}

void StatusClient::cancelPost(const QString &clientId)
{
    const auto it = std::find_if(m_pending.begin(), m_pending.end(),
        [&](const PendingPost &p) { return p.clientId == clientId; });
    if (it == m_pending.end())
        return;
    const PendingPost post = *it;
    m_pending.erase(it); // first: the cancelled upload reports a failure
    if (post.upload != 0)
        m_client.transfers()->cancelStandalone(post.upload);
    removeStatusFile(post.localPath);
    if (m_store)
        m_store->removeStatusPost(clientId);
    emit changed();
}

bool StatusClient::retryPost(const QString &clientId)
{
    PendingPost *post = findPending(clientId);
    if (!post || post->state != PostState::Failed)
        return false;
    post->failure.clear();
    if (post->kind == StatusKind::Text || post->file) {
        post->state = PostState::Ready;
        store(*post);
        sendPost(*post);
    } else if (QFileInfo::exists(post->localPath)) {
        startUpload(*post);
    } else if (QFileInfo::exists(post->sourcePath)) {
        startCopy(clientId);
    } else {
        failPost(clientId, tr("The file is no longer there."));
        return true;
    }
    emit changed();
    return true;
}

void StatusClient::failPost(const QString &clientId, const QString &reason)
{
    PendingPost *post = findPending(clientId);
    if (!post)
        return;
    post->state = PostState::Failed;
    post->failure = reason;
    post->upload = 0;
    store(*post);
    emit failed(clientId, reason);
    emit changed();
}

void StatusClient::handle(const StatusAck &ack)
{
    const auto it = std::find_if(m_pending.begin(), m_pending.end(),
        [&](const PendingPost &p) { return p.clientId == ack.clientId; });
    if (it == m_pending.end())
        return; // a repeated ack, or a post given up meanwhile
    const PendingPost post = *it;
    m_pending.erase(it);
    if (m_store)
        m_store->removeStatusPost(ack.clientId);
    noteServerTime(ack.posted);
    StatusItem item;
    item.statusId = ack.statusId;
    item.owner = m_phone;
    item.ownerName = m_client.displayName();
    item.posted = ack.posted;
    item.expires = ack.expires;
    item.kind = post.kind;
    item.text = post.text;
    item.background = post.background;
    item.file = fileOf(post);
    if (post.kind == StatusKind::Media && !post.localPath.isEmpty())
        m_files.insert(ack.statusId, post.localPath);
    insert(item);
    emit posted(ack.clientId, ack.statusId);
    emit changed();
}

void StatusClient::loadStored()
{
    if (!m_store)
        return;
    m_unsentViews = m_store->unsentStatusViews();
    for (const StoredStatusPost &stored : m_store->statusOutbox()) {
        PendingPost post;
        static_cast<StoredStatusPost &>(post) = stored;
        m_pending.append(post);
    }
    // Copies and uploads that were under way start again (from the copy when it is complete).
    const QList<PendingPost> posts = m_pending;
    for (const PendingPost &post : posts) {
        if (post.state == PostState::Preparing
            || (post.state == PostState::Uploading && !QFileInfo::exists(post.localPath)))
            startCopy(post.clientId);
        else if (post.state == PostState::Uploading)
            startUpload(*findPending(post.clientId));
    }
}

} // namespace natter::client
