#include "handlers/StatusHandler.h"

#include "session/Session.h"

#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcStatus, "natter.server.status")

namespace natter::server {

using namespace natter::protocol;

namespace {
// The timer checks at least this often (spec: at least every minute), so a clock jump or a
// lost wake-up never leaves an expired status around for long.
constexpr qint64 kMaxSleepMs = 60 * 1000;

StatusItem itemOf(const StoredStatus &s, const QString &ownerPhone, const QString &ownerName)
{
    return StatusItem {s.id, ownerPhone, ownerName, s.posted, s.expires, s.kind, s.text,
        s.background, s.file, false, {}};
}
} // namespace

StatusHandler::StatusHandler(ServerContext &ctx, QObject *parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_store(ctx.db)
{
    m_expiryTimer.setSingleShot(true);
    m_expiryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_expiryTimer, &QTimer::timeout, this, [this] {
        m_armedFor = 0;
        expireDue();
    });
}

StatusHandler::~StatusHandler() = default;

qint64 StatusHandler::lifetimeMs() const
{
    return qint64(std::max(1, m_ctx.config.statusLifetimeSeconds)) * 1000;
}

void StatusHandler::start()
{
    m_running = true;
    expireDue();
}

void StatusHandler::stop()
{
    m_running = false;
    m_expiryTimer.stop();
    m_armedFor = 0;
}

void StatusHandler::armExpiry(qint64 at)
{
    if (!m_running)
        return;
    const qint64 now = ServerContext::now();
    const qint64 wake = std::min(at, now + kMaxSleepMs);
    if (m_expiryTimer.isActive() && m_armedFor <= wake)
        return; // already due to wake up earlier
    m_armedFor = wake;
    // +1 ms: expiry is "at or before now", so wake just after it, never just before.
    m_expiryTimer.start(int(std::clamp<qint64>(wake - now + 1, 0, kMaxSleepMs)));
}

void StatusHandler::expireDue()
{
    if (!m_running)
        return;
    const qint64 now = ServerContext::now();
    const auto expired = m_store.expire(now, now - lifetimeMs());
    if (expired) {
        for (const StatusStore::Expired &e : *expired) {
            if (!e.fileId.isEmpty())
                releaseFile(e.fileId);
        }
        if (!expired->isEmpty())
            qCInfo(lcStatus) << expired->size() << "statuses expired";
    }
    const auto next = m_store.nextExpiry();
    armExpiry(next.value_or(now + kMaxSleepMs));
}

void StatusHandler::releaseFile(const QString &fileId)
{
    if (m_store.liveStatusesWithFile(fileId) > 0)
        return; // the same upload shows in another live status
    if (m_store.fileSentInMessages(fileId)) {
        m_store.dropStatusGrants(fileId); // the receivers of the messages keep it
        return;
    }
    if (!m_ctx.files.deleteFile(fileId))
        qCWarning(lcStatus) << "could not delete the file of an expired or deleted status";
}

void StatusHandler::sendToOtherSessions(
    UserId user, const Session *except, const ServerFrame &frame)
{
    QByteArray json;
    for (Session *session : m_ctx.router.allSessions()) {
        if (session->user() != user || session == except)
            continue;
        if (json.isEmpty())
            json = m_ctx.codec.encode(frame);
        session->sendEncoded(json);
    }
}

void StatusHandler::handle(Session &s, const StatusPost &f, const QJsonValue &rid)
{
    // A repeat (the ack was lost) gets the same ack, even after the status expired.
    if (const auto existing = m_store.findByClientId(s.user(), f.clientId)) {
        m_ctx.db.afterCommit([session = QPointer<Session>(&s), f, rid, e = *existing](bool ok) {
            if (!session)
                return;
            if (ok)
                session->send(StatusAck {f.clientId, e.id, e.posted, e.expires}, rid);
            else
                session->sendError(ErrorCode::Internal,
                    QStringLiteral("the status could not be stored; post it again"), rid,
                    f.clientId);
        });
        return;
    }

    StoredStatus status;
    status.owner = s.user();
    status.clientId = f.clientId;
    status.kind = f.kind;
    status.text = f.text;
    status.posted = ServerContext::now();
    status.expires = status.posted + lifetimeMs();
    if (f.kind == StatusKind::Text) {
        status.background = f.background;
    } else {
        // Same rules as a message: a finished upload of the poster, of kind media; the server's
        // record replaces name, mime and size, the client's thumbnail is kept.
        const auto record = m_ctx.files.find(f.file->fileId);
        if (!record || !record->stored || record->owner != s.user()) {
            Error e {ErrorCode::NotFound, QStringLiteral("no finished upload with this file_id"),
                f.clientId, {}, f.file->fileId, 0};
            s.send(e, rid);
            return;
        }
        if (record->kind != FileKind::Media) {
            s.sendError(ErrorCode::BadField,
                QStringLiteral("a media status needs a photo, video or audio upload (kind media)"),
                rid, f.clientId);
            return;
        }
        status.file
            = FileRef {record->id, record->name, record->mime, record->size, f.file->thumbnail};
    }

    const auto posted = m_store.post(status);
    if (!posted) {
        s.sendError(ErrorCode::Internal,
            QStringLiteral("the status could not be stored; post it again"), rid, f.clientId);
        return;
    }
    status.id = posted->id;
    status.posted = posted->posted;
    status.expires = posted->expires;
    const QList<UserId> contacts
        = posted->duplicate ? QList<UserId> {} : m_ctx.accounts.peersOf(s.user());
    if (status.file && !posted->duplicate) {
        for (UserId contact : contacts)
            m_ctx.files.grantAccess(status.file->fileId, contact, FileGrant::Status);
    }
    const auto account = m_ctx.accounts.findById(s.user());
    const StatusItem item = itemOf(status, s.phone(), account ? account->name : QString());
    m_ctx.db.afterCommit([this, session = QPointer<Session>(&s), f, rid, posted = *posted, contacts,
                             item, owner = s.user()](bool ok) {
        if (!ok) {
            if (session)
                session->sendError(ErrorCode::Internal,
                    QStringLiteral("the status could not be stored; post it again"), rid,
                    f.clientId);
            return;
        }
        if (session)
            session->send(StatusAck {f.clientId, posted.id, posted.posted, posted.expires}, rid);
        if (posted.duplicate)
            return;
        for (UserId contact : contacts)
            m_ctx.router.sendTo(contact, StatusPosted {item});
        sendToOtherSessions(owner, session.data(), StatusPosted {item});
        armExpiry(posted.expires);
    });
}

void StatusHandler::handle(Session &s, const StatusListQuery &f, const QJsonValue &rid)
{
    bool more = false;
    const auto items = m_store.visibleTo(
        s.user(), ServerContext::now(), f.after, m_ctx.config.statusListPageBytes, &more);
    if (!items) {
        s.sendError(
            ErrorCode::Internal, QStringLiteral("the statuses could not be read; try again"), rid);
        return;
    }
    // A contact who joined after the post can download its media too (idempotent).
    for (const StatusItem &item : *items) {
        if (item.file && item.owner != s.phone())
            m_ctx.files.grantAccess(item.file->fileId, s.user(), FileGrant::Status);
    }
    m_ctx.db.afterCommit([session = QPointer<Session>(&s), list = StatusList {*items, more}, rid](bool) {
        if (session)
            session->send(
                list, rid); // what was read is true either way; a lost grant is retried next time
    });
}

void StatusHandler::handle(Session &s, const StatusView &f, const QJsonValue &rid)
{
    const qint64 now = ServerContext::now();
    QList<qint64> unknown;
    QList<qint64> expired;
    QList<std::pair<UserId, StatusViewed>> firstViews;
    QList<qint64> seen;
    for (qint64 id : f.statusIds) {
        if (seen.contains(id))
            continue;
        seen.append(id);
        const auto status = m_store.find(id);
        if (!status) {
            unknown.append(id);
            continue;
        }
        if (status->owner == s.user())
            continue; // one's own status: nothing to record
        if (!m_ctx.accounts.arePeers(status->owner, s.user())) {
            unknown.append(id); // a stranger learns nothing, not even that it exists
            continue;
        }
        if (status->expired || status->expires <= now) {
            expired.append(id);
            continue;
        }
        switch (m_store.recordView(id, s.user(), now)) {
        case StatusStore::ViewResult::Failed:
            s.sendError(ErrorCode::Internal,
                QStringLiteral("the view could not be stored; send it again"), rid);
            return;
        case StatusStore::ViewResult::First:
            firstViews.append({status->owner, StatusViewed {id, s.phone(), now}});
            break;
        case StatusStore::ViewResult::Repeat:
            break;
        }
    }
    if (!unknown.isEmpty())
        s.sendError(
            ErrorCode::NotFound, QStringLiteral("no such status visible to you"), rid, {}, unknown);
    if (!expired.isEmpty())
        s.sendError(ErrorCode::Expired, QStringLiteral("the status has expired"), rid, {}, expired);
    m_ctx.db.afterCommit([this, session = QPointer<Session>(&s), firstViews, rid](bool ok) {
        if (!ok) {
            if (session)
                session->sendError(ErrorCode::Internal,
                    QStringLiteral("the view could not be stored; send it again"), rid);
            return;
        }
        for (const auto &[owner, viewed] : firstViews)
            m_ctx.router.sendTo(owner, viewed);
        if (session && !rid.isNull())
            session->send(Done {}, rid);
    });
}

void StatusHandler::handle(Session &s, const StatusDelete &f, const QJsonValue &rid)
{
    const auto status = m_store.find(f.statusId);
    if (!status || status->owner != s.user()) {
        s.sendError(
            ErrorCode::NotFound, QStringLiteral("no such status of yours"), rid, {}, {f.statusId});
        return;
    }
    if (!m_store.remove(status->id)) {
        s.sendError(
            ErrorCode::Internal, QStringLiteral("the status could not be deleted; try again"), rid);
        return;
    }
    // An expired one is already gone for everyone: only its tombstone goes now.
    const bool wasLive = !status->expired;
    if (status->file)
        releaseFile(status->file->fileId);
    const QList<UserId> contacts = wasLive ? m_ctx.accounts.peersOf(s.user()) : QList<UserId> {};
    m_ctx.db.afterCommit(
        [this, session = QPointer<Session>(&s), rid, contacts, wasLive,
            removed = StatusRemoved {status->id, s.phone()}, owner = s.user()](bool ok) {
            if (!ok) {
                if (session)
                    session->sendError(ErrorCode::Internal,
                        QStringLiteral("the status could not be deleted; try again"), rid);
                return;
            }
            if (wasLive) {
                for (UserId contact : contacts)
                    m_ctx.router.sendTo(contact, removed);
                sendToOtherSessions(owner, session.data(), removed);
            }
            if (session && !rid.isNull())
                session->send(Done {}, rid);
        });
}

} // namespace natter::server
