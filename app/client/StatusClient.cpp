#include "client/StatusClient.h"

#include "client/ChatClient.h"
#include "client/ClientLog.h"
#include "client/ServerConnection.h"
#include "client/TransferManager.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cstdlib>

namespace natter::client {

using namespace natter::protocol;
using namespace std::chrono_literals;

namespace {
const QString kRidPrefix = QStringLiteral("status:");
const QString kListRid = QStringLiteral("status:list");
const QString kPostRid = QStringLiteral("status:post:");
const QString kViewRid = QStringLiteral("status:view:");
const QString kDeleteRid = QStringLiteral("status:delete:");

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool byPosted(const StatusItem &a, const StatusItem &b)
{
    return a.posted != b.posted ? a.posted < b.posted : a.statusId < b.statusId;
}

// Refusals that may go away by themselves: the post stays and is sent again.
bool isTransient(ErrorCode code)
{
    return code == ErrorCode::Internal || code == ErrorCode::RateLimited
        || code == ErrorCode::NotAuthenticated || code == ErrorCode::StorageFailed;
}

QString postRefusal(const Error &error)
{
    switch (error.code) {
    case ErrorCode::TooLarge:
        return StatusClient::tr("The status is too long.");
    case ErrorCode::NotSupported:
        return StatusClient::tr("The server does not support statuses.");
    case ErrorCode::NotFound:
        return StatusClient::tr("The server no longer has the uploaded file.");
    default:
        return error.message.isEmpty()
            ? StatusClient::tr("The server refused the status.")
            : StatusClient::tr("The server refused the status: %1").arg(error.message);
    }
}
} // namespace

StatusClient::StatusClient(ChatClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_expiryTimer.setSingleShot(true);
    connect(&m_expiryTimer, &QTimer::timeout, this, &StatusClient::dropExpired);
    connect(&client, &ChatClient::connectionStateChanged, this,
        [this](ChatClient::ConnectionState state) {
            if (state == ChatClient::ConnectionState::Online)
                onOnline();
        });
    connect(&client, &ChatClient::accountChanged, this, &StatusClient::onAccountChanged);
    connectTransfers();
}

StatusClient::~StatusClient() = default;

// ---- reading -------------------------------------------------------------------------------

QList<StatusItem> StatusClient::statuses() const
{
    QList<StatusItem> out;
    const qint64 t = serverNow();
    for (const StatusItem &s : m_statuses)
        if (s.expires > t)
            out.append(s);
    std::sort(out.begin(), out.end(), byPosted);
    return out;
}

QList<StatusItem> StatusClient::statusesOf(const QString &owner) const
{
    QList<StatusItem> out = statuses();
    out.removeIf([&](const StatusItem &s) { return s.owner != owner; });
    return out;
}

std::optional<StatusItem> StatusClient::status(qint64 statusId) const
{
    const auto it = m_statuses.constFind(statusId);
    if (it == m_statuses.cend() || it->expires <= serverNow())
        return std::nullopt;
    return *it;
}

QString StatusClient::ownPhone() const
{
    return m_phone;
}

bool StatusClient::isOwn(const StatusItem &status) const
{
    return !m_phone.isEmpty() && status.owner == m_phone;
}

qint64 StatusClient::serverNow() const
{
    return now() + m_clockOffset;
}

void StatusClient::noteServerTime(qint64 serverTime)
{
    // The server stamped this just now (less the time on the wire): how far our clock is off.
    // Differences under a few seconds do not matter for a day-long lifetime and are ignored.
    const qint64 offset = serverTime - now();
    if (std::abs(offset - m_clockOffset) > 5000)
        m_clockOffset = offset;
}

bool StatusClient::isOnline() const
{
    return m_client.isOnline() && m_client.connection()->isReady();
}

// ---- posting (the outbox itself is in StatusClientOutbox.cpp) ------------------------------

void StatusClient::sendPost(const PendingPost &post)
{
    if (!isOnline() || post.state != PostState::Ready)
        return;
    if (post.kind == StatusKind::Media && !post.file)
        return; // still uploading
    StatusPost frame;
    frame.clientId = post.clientId;
    frame.kind = post.kind;
    frame.text = post.text;
    frame.background = post.kind == StatusKind::Text ? post.background : QString();
    frame.file = fileOf(post);
    m_client.connection()->send(frame, QString(kPostRid + post.clientId));
}

std::optional<FileRef> StatusClient::fileOf(const PendingPost &post)
{
    std::optional<FileRef> file = post.file;
    if (file && file->thumbnail.isEmpty())
        file->thumbnail = post.thumbnail;
    return file;
}

// ---- the list and the pushes ---------------------------------------------------------------

void StatusClient::refresh()
{
    m_listPages.clear();
    if (isOnline())
        m_client.connection()->send(StatusListQuery {}, kListRid);
}

void StatusClient::handle(const StatusList &page)
{
    // The list comes in pages (protocol.md 12.3): gather them, replace only with the whole.
    m_listPages += page.statuses;
    if (page.more && !page.statuses.isEmpty()) {
        m_client.connection()->send(StatusListQuery {page.statuses.last().statusId}, kListRid);
        return;
    }
    QList<StatusItem> list;
    list.swap(m_listPages);
    QHash<qint64, StatusItem> before;
    before.swap(m_statuses);
    for (const StatusItem &item : std::as_const(list)) {
        StatusItem s = item;
        if (isViewPending(s.statusId))
            s.viewed = true;
        if (s.expires > serverNow())
            m_statuses.insert(s.statusId, s);
    }
    // Files of statuses that are gone: not needed any more.
    for (auto it = m_files.begin(); it != m_files.end();) {
        if (!m_statuses.contains(it.key())) {
            removeStatusFile(*it);
            it = m_files.erase(it);
        } else {
            ++it;
        }
    }
    removeStrayFiles();
    scheduleExpiry();
    emit changed();
    // Views that arrived while we were away.
    for (const StatusItem &s : std::as_const(m_statuses)) {
        if (!isOwn(s))
            continue;
        const auto old = before.constFind(s.statusId);
        for (const StatusViewEntry &v : s.views) {
            const bool known = old != before.cend()
                && std::any_of(old->views.cbegin(), old->views.cend(),
                    [&](const StatusViewEntry &e) { return e.viewer == v.viewer; });
            if (!known)
                emit viewed(s.statusId, v.viewer);
        }
    }
}

void StatusClient::handle(const StatusPosted &posted)
{
    noteServerTime(posted.status.posted); // pushed as it was posted
    if (posted.status.expires <= serverNow())
        return;
    insert(posted.status);
    emit changed();
}

void StatusClient::handle(const StatusRemoved &frame)
{
    if (!m_statuses.contains(frame.statusId))
        return;
    erase(frame.statusId);
    emit removed(frame.statusId);
    emit changed();
}

void StatusClient::handle(const StatusViewed &viewed)
{
    const auto it = m_statuses.find(viewed.statusId);
    if (it == m_statuses.end())
        return;
    const bool known = std::any_of(it->views.cbegin(), it->views.cend(),
        [&](const StatusViewEntry &e) { return e.viewer == viewed.viewer; });
    if (known)
        return;
    it->views.append(StatusViewEntry {viewed.viewer, viewed.timestamp});
    emit this->viewed(viewed.statusId, viewed.viewer);
    emit changed();
}

void StatusClient::insert(const StatusItem &item)
{
    StatusItem s = item;
    const auto old = m_statuses.constFind(s.statusId);
    if (old != m_statuses.cend()) {
        s.viewed = s.viewed || old->viewed;
        if (s.views.isEmpty())
            s.views = old->views;
    }
    m_statuses.insert(s.statusId, s);
    scheduleExpiry();
}

bool StatusClient::isViewPending(qint64 statusId) const
{
    if (m_unsentViews.contains(statusId))
        return true;
    return std::any_of(m_viewRequests.cbegin(), m_viewRequests.cend(),
        [&](const QList<qint64> &ids) { return ids.contains(statusId); });
}

void StatusClient::erase(qint64 statusId)
{
    m_statuses.remove(statusId);
    if (m_unsentViews.removeAll(statusId) > 0)
        forgetViews({statusId});
    const QString file = m_files.take(statusId);
    removeStatusFile(file);
}

// ---- expiry --------------------------------------------------------------------------------

void StatusClient::dropExpired()
{
    const qint64 t = serverNow();
    QList<qint64> gone;
    for (const StatusItem &s : std::as_const(m_statuses))
        if (s.expires <= t)
            gone.append(s.statusId);
    for (const qint64 id : std::as_const(gone)) {
        erase(id);
        emit removed(id);
    }
    scheduleExpiry();
    if (!gone.isEmpty())
        emit changed();
}

void StatusClient::scheduleExpiry()
{
    if (m_statuses.isEmpty()) {
        m_expiryTimer.stop();
        return;
    }
    qint64 next = std::numeric_limits<qint64>::max();
    for (const StatusItem &s : std::as_const(m_statuses))
        next = std::min(next, s.expires);
    // At least once a minute, so that a change of the clock cannot keep one for long.
    const qint64 wait = std::clamp<qint64>(next - serverNow() + 1, 0, 60'000);
    m_expiryTimer.start(std::chrono::milliseconds(wait));
}

// ---- views and deletion --------------------------------------------------------------------

void StatusClient::markViewed(qint64 statusId)
{
    const auto it = m_statuses.find(statusId);
    if (it == m_statuses.end() || isOwn(*it) || it->viewed)
        return;
    it->viewed = true;
    if (!m_unsentViews.contains(statusId))
        m_unsentViews.append(statusId);
    if (m_store)
        m_store->addUnsentStatusViews({statusId}); // until the server's `done`
    sendViews();
    emit changed();
}

void StatusClient::sendViews()
{
    if (m_unsentViews.isEmpty() || !isOnline())
        return;
    const int maxIds = std::max(1, m_client.serverLimits().maxIdsPerFrame);
    while (!m_unsentViews.isEmpty()) {
        const QList<qint64> ids = m_unsentViews.mid(0, maxIds);
        const QString rid = kViewRid + QString::number(m_nextRid++);
        if (!m_client.connection()->send(StatusView {ids}, rid))
            return;
        m_viewRequests.insert(rid, ids);
        m_unsentViews.remove(0, ids.size());
    }
}

bool StatusClient::remove(qint64 statusId)
{
    const auto it = m_statuses.constFind(statusId);
    if (it == m_statuses.cend() || !isOwn(*it) || !isOnline())
        return false;
    return m_client.connection()->send(
        StatusDelete {statusId}, QString(kDeleteRid + QString::number(statusId)));
}

bool StatusClient::handleDone(const QJsonValue &rid)
{
    const QString text = rid.toString();
    if (!text.startsWith(kRidPrefix))
        return false;
    if (text.startsWith(kViewRid)) {
        forgetViews(m_viewRequests.take(text));
    } else if (text.startsWith(kDeleteRid)) {
        const qint64 id = text.mid(kDeleteRid.size()).toLongLong();
        if (m_statuses.contains(id)) {
            erase(id);
            emit removed(id);
            emit changed();
        }
    }
    return true;
}

bool StatusClient::handleError(const Error &error, const QJsonValue &rid)
{
    const QString text = rid.toString();
    if (!text.startsWith(kRidPrefix))
        return false;
    if (text.startsWith(kPostRid)) {
        const QString clientId = text.mid(kPostRid.size());
        if (isTransient(error.code)) {
            // Stays pending; goes out again after the next login or in a few seconds.
            QTimer::singleShot(5s, this, [this, clientId] {
                for (const PendingPost &p : std::as_const(m_pending))
                    if (p.clientId == clientId)
                        sendPost(p);
            });
            return true;
        }
        PendingPost *post = findPending(clientId);
        if (!post)
            return true;
        if (error.code == ErrorCode::NotFound) {
            post->file.reset(); // the upload is gone on the server: a retry uploads again
            post->uploadId.clear();
        }
        failPost(clientId, postRefusal(error));
    } else if (text.startsWith(kViewRid)) {
        const QList<qint64> ids = m_viewRequests.value(text);
        const bool transient
            = error.code == ErrorCode::Internal || error.code == ErrorCode::RateLimited;
        // The named ids (not found) or, when expired, the whole request: gone for us. Any other
        // refusal of the whole request will not change either.
        const QList<qint64> gone = error.code == ErrorCode::Expired ? ids
            : !error.serverIds.isEmpty()                            ? error.serverIds
            : transient                                             ? QList<qint64>()
                                                                    : ids;
        if (transient) {
            m_viewRequests.remove(text);
            m_unsentViews.append(ids); // try again after the next login
        }
        forgetViews(gone);
        bool any = false;
        for (const qint64 id : gone) {
            if (m_statuses.contains(id)) {
                erase(id);
                emit removed(id);
                any = true;
            }
        }
        if (any)
            emit changed();
        // A `done` may still follow for the ids that were fine.
    } else if (text.startsWith(kDeleteRid)) {
        const qint64 id = text.mid(kDeleteRid.size()).toLongLong();
        if (error.code == ErrorCode::NotFound && m_statuses.contains(id)) {
            erase(id); // already gone on the server (expired meanwhile)
            emit removed(id);
            emit changed();
        }
    } else if (text == kListRid) {
        qCInfo(lcClientChat).noquote() << "status list refused:" << toWireName(error.code);
    }
    return true;
}

// ---- login and account ---------------------------------------------------------------------

void StatusClient::onOnline()
{
    if (m_phone != m_client.phone())
        onAccountChanged();
    refresh();
    for (const PendingPost &p : std::as_const(m_pending))
        sendPost(p);
    // Views whose answer was lost with the link go out again (recording a view twice is fine).
    for (const QList<qint64> &ids : std::as_const(m_viewRequests))
        for (const qint64 id : ids)
            if (!m_unsentViews.contains(id))
                m_unsentViews.append(id);
    m_viewRequests.clear();
    sendViews();
}

void StatusClient::onAccountChanged()
{
    if (m_phone == m_client.phone() && (m_store != nullptr) == (m_client.store() != nullptr))
        return;
    clear();
    m_phone = m_client.phone();
    if (!m_phone.isEmpty() && m_client.store()) {
        auto store = std::make_unique<LocalStore>(m_client.store()->path());
        QString error;
        if (store->open(&error))
            m_store = std::move(store);
        else
            qCWarning(lcClientStore).noquote() << "statuses: cannot open the database:" << error;
        loadStored();
    }
    emit changed();
}

void StatusClient::forgetViews(const QList<qint64> &ids)
{
    if (m_store && !ids.isEmpty())
        m_store->removeUnsentStatusViews(ids);
}

void StatusClient::clear()
{
    for (const QString &file : std::as_const(m_files))
        removeStatusFile(file);
    m_files.clear();
    m_statuses.clear();
    m_listPages.clear();
    // Uploads of this account stop; the posts stay in its database for its next login.
    for (const PendingPost &post : std::exchange(m_pending, {}))
        if (post.upload != 0)
            m_client.transfers()->cancelStandalone(post.upload);
    m_store.reset();
    m_unsentViews.clear();
    m_viewRequests.clear();
    m_downloads.clear();
    m_expiryTimer.stop();
}

} // namespace natter::client
