#include "client/Outbox.h"

#include "client/ClientLog.h"
#include "client/LocalStore.h"
#include "client/ServerConnection.h"
#include "protocol/Phone.h"

#include <QDateTime>
#include <QUuid>

namespace natter::client {

using namespace natter::protocol;
using namespace std::chrono_literals;

namespace {
// Refusals that may go away by themselves: the message stays in the outbox and is tried again.
bool isTransient(ErrorCode code)
{
    return code == ErrorCode::Internal || code == ErrorCode::RateLimited
        || code == ErrorCode::NotAuthenticated;
}

QString reasonFor(const Error &error, const QString &peer)
{
    switch (error.code) {
    case ErrorCode::UnknownUser:
        return Outbox::tr("%1 is not on Natter.").arg(peer);
    case ErrorCode::InvalidPhone:
        return Outbox::tr("%1 is not a valid phone number.").arg(peer);
    case ErrorCode::TooLarge:
        return Outbox::tr("The message is too long.");
    case ErrorCode::NotSupported:
        return Outbox::tr("The server does not support this kind of message.");
    default:
        return error.message.isEmpty()
            ? Outbox::tr("The server refused the message.")
            : Outbox::tr("The server refused the message: %1").arg(error.message);
    }
}
} // namespace

Outbox::Outbox(ServerConnection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setInterval(5s);
    connect(&m_retryTimer, &QTimer::timeout, this, &Outbox::flush);
}

Outbox::~Outbox() = default;

void Outbox::setStore(LocalStore *store)
{
    m_store = store;
    m_inFlight.clear();
}

void Outbox::setOnline(bool online)
{
    m_online = online;
    // What was on its way over a lost connection may not have arrived: send it again.
    m_inFlight.clear();
    if (online)
        flush();
    else
        m_retryTimer.stop();
}

qint64 Outbox::sendText(const QString &peer, const QString &text)
{
    if (!m_store)
        return 0;
    const QString to = normalizePhone(peer);
    if (to.isEmpty() || text.trimmed().isEmpty())
        return 0;
    const QString clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const MessageContent content = MessageContent::fromText(text);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 maxBytes = m_connection.isReady() ? m_connection.welcome().limits.maxTextBytes
                                                   : Limits {}.maxTextBytes;
    qint64 localId = 0;
    if (text.toUtf8().size() > maxBytes)
        localId = m_store->addFailedOutgoing(to, clientId, content, now,
            tr("The message is too long (at most %1 bytes).").arg(maxBytes));
    else
        localId = m_store->addOutgoing(to, clientId, content, now);
    if (localId == 0)
        return 0;
    qCDebug(lcClientChat) << "queued message" << localId;
    emit messageAdded(to, localId);
    emit conversationChanged(to);
    if (m_online)
        flush();
    return localId;
}

qint64 Outbox::sendContent(const QString &peer, const MessageContent &content)
{
    if (!m_store)
        return 0;
    const QString to = normalizePhone(peer);
    if (to.isEmpty())
        return 0;
    const QString clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 localId
        = m_store->addOutgoing(to, clientId, content, QDateTime::currentMSecsSinceEpoch());
    if (localId == 0)
        return 0;
    qCDebug(lcClientChat) << "queued message" << localId;
    emit messageAdded(to, localId);
    emit conversationChanged(to);
    if (m_online)
        flush();
    return localId;
}

qint64 Outbox::addFile(
    const QString &peer, const MessageContent &content, const TransferRecord &transfer)
{
    if (!m_store)
        return 0;
    const QString to = normalizePhone(peer);
    if (to.isEmpty())
        return 0;
    const QString clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 localId = m_store->addOutgoingFile(
        to, clientId, content, QDateTime::currentMSecsSinceEpoch(), transfer);
    if (localId == 0)
        return 0;
    qCDebug(lcClientChat) << "queued file message" << localId;
    emit messageAdded(to, localId);
    emit conversationChanged(to);
    return localId;
}

bool Outbox::retry(qint64 localId)
{
    if (!m_store)
        return false;
    const auto m = m_store->message(localId);
    if (!m || m->state != MessageState::Failed || !m_store->markPendingAgain(localId))
        return false;
    emit messageChanged(m->peer, localId);
    flush();
    return true;
}

void Outbox::flush()
{
    if (!m_store || !m_online || m_inFlight.size() >= kWindow)
        return;
    // Oldest first, at most kWindow unacknowledged: acks clock out the rest, which keeps a long
    // outbox from tripping the server's frame budget.
    const QList<StoredMessage> pending = m_store->outbox(kWindow + int(m_inFlight.size()));
    for (const StoredMessage &m : pending) {
        if (m_inFlight.size() >= kWindow)
            break;
        if (!m_inFlight.contains(m.clientId) && !sendRow(m.localId, m.clientId, m.peer, m.content))
            break;
    }
}

bool Outbox::sendRow(
    qint64 localId, const QString &clientId, const QString &peer, const MessageContent &content)
{
    if (!m_connection.send(Send {clientId, peer, content}))
        return false;
    m_inFlight.insert(clientId);
    qCDebug(lcClientChat) << "sent message" << localId;
    return true;
}

void Outbox::handleAck(const Ack &ack)
{
    const bool wasInFlight = m_inFlight.remove(ack.clientId);
    if (!m_store)
        return;
    if (const auto id = m_store->markSent(ack.clientId, ack.serverId, ack.timestamp)) {
        const auto m = m_store->message(*id);
        if (m) {
            emit messageChanged(m->peer, *id);
            emit conversationChanged(m->peer);
        }
    }
    if (wasInFlight && m_inFlight.size() <= kWindow / 2)
        flush(); // the window has room again
}

bool Outbox::handleError(const Error &error)
{
    if (error.clientId.isEmpty()) {
        if (error.code != ErrorCode::RateLimited || m_inFlight.isEmpty())
            return false;
        // The server dropped a frame unread, maybe one of our sends: send the unacked ones
        // again a little later (the server de-duplicates by client id).
        m_inFlight.clear();
        m_retryTimer.start();
        return false;
    }
    m_inFlight.remove(error.clientId);
    if (!m_store)
        return true;
    const auto m = m_store->messageByClientId(error.clientId);
    if (!m || !m->outgoing)
        return true;
    if (isTransient(error.code)) {
        qCInfo(lcClientChat) << "message" << m->localId
                             << "refused for now:" << toWireName(error.code)
                             << "; trying again later";
        m_retryTimer.start();
        return true;
    }
    const QString reason = reasonFor(error, m->peer);
    if (m_store->markFailed(m->localId, reason)) {
        qCInfo(lcClientChat) << "message" << m->localId << "failed:" << toWireName(error.code);
        emit messageChanged(m->peer, m->localId);
    }
    if (m_inFlight.size() <= kWindow / 2)
        flush();
    return true;
}

} // namespace natter::client
