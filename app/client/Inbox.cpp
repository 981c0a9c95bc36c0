#include "client/Inbox.h"

#include "client/ClientLog.h"
#include "client/LocalStore.h"
#include "client/ServerConnection.h"

#include <QSet>

namespace natter::client {

using namespace natter::protocol;

Inbox::Inbox(ServerConnection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    // Everything that arrives in one event-loop turn is committed in one transaction.
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &Inbox::flush);
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setInterval(5000);
    connect(&m_retryTimer, &QTimer::timeout, this, &Inbox::reportReceipts);
}

Inbox::~Inbox() = default;

void Inbox::setStore(LocalStore *store, const QString &self)
{
    m_messages.clear();
    m_receipts.clear();
    m_store = store;
    m_self = self;
    m_reports.clear();
}

void Inbox::setOnline(bool online)
{
    m_online = online;
    // What was on its way is not known to have arrived: it goes out again after the reconnect.
    m_reports.clear();
    m_retryTimer.stop();
    if (!online) {
        // Not acknowledged, so the server hands these over again after the reconnect.
        m_flushTimer.stop();
        flush();
        return;
    }
    reportReceipts();
}

void Inbox::handleMessage(const ChatMessage &message)
{
    m_messages.append(message);
    m_flushTimer.start();
}

void Inbox::handleReceipt(const Receipt &receipt)
{
    m_receipts.append(receipt);
    m_flushTimer.start();
}

void Inbox::flush()
{
    m_flushTimer.stop();
    processMessages();
    processReceipts();
}

void Inbox::processMessages()
{
    if (m_messages.isEmpty())
        return;
    const QList<ChatMessage> batch = std::exchange(m_messages, {});
    if (!m_store)
        return;
    // Our own number as receiver (a note to self) was stored when we sent it; only confirm it.
    QList<ChatMessage> toStore;
    QList<qint64> selfIds;
    for (const ChatMessage &m : batch) {
        if (m.from == m_self)
            selfIds.append(m.serverId);
        else
            toStore.append(m);
    }
    const QList<LocalStore::Incoming> stored = m_store->addIncoming(toStore, m_self);
    QSet<QString> peers;
    bool anyNew = false;
    for (qsizetype i = 0; i < stored.size(); ++i) {
        const ChatMessage &m = toStore[i];
        if (stored[i].localId == 0) {
            // Not committed: no receipt, so the server hands it over again later.
            qCWarning(lcClientChat) << "could not store incoming message" << m.serverId;
            continue;
        }
        if (!stored[i].inserted)
            continue;
        anyNew = true;
        peers.insert(m.from);
        emit messageAdded(m.from, stored[i].localId);
        emit messageFrom(m.from);
    }
    for (const QString &peer : std::as_const(peers))
        emit conversationChanged(peer);
    if (anyNew)
        emit unreadChanged();
    qCDebug(lcClientChat) << "stored" << stored.size() << "incoming messages";
    if (!selfIds.isEmpty())
        sendIds(false, selfIds);
    // Only now, after the commit, does the server learn they arrived.
    reportReceipts();
}

void Inbox::processReceipts()
{
    if (m_receipts.isEmpty())
        return;
    const QList<Receipt> batch = std::exchange(m_receipts, {});
    if (!m_store)
        return;
    QList<qint64> delivered;
    QList<qint64> read;
    QSet<QString> peers;
    for (const Receipt &r : batch) {
        // Acknowledged whether or not the row changed: an unknown or already-known receipt
        // must not be handed over again either.
        if (const std::optional<qint64> changed = m_store->applyReceipt(r)) {
            if (const auto m = m_store->message(*changed)) {
                emit messageChanged(m->peer, *changed);
                peers.insert(m->peer); // the list shows the state of the last message
            }
        }
        (r.state == DeliveryState::Read ? read : delivered).append(r.serverId);
    }
    for (const QString &peer : std::as_const(peers))
        emit conversationChanged(peer);
    const int maxIds = std::max(1, m_connection.welcome().limits.maxIdsPerFrame);
    for (const auto &[ids, state] :
        {std::pair {delivered, DeliveryState::Delivered}, std::pair {read, DeliveryState::Read}}) {
        for (qsizetype i = 0; i < ids.size(); i += maxIds)
            m_connection.send(ReceiptAck {ids.mid(i, maxIds), state});
    }
}

void Inbox::reportReceipts()
{
    if (!m_store || !m_online || !m_reports.isEmpty() || m_retryTimer.isActive())
        return; // the next page goes when the server has confirmed this one
    const int maxIds = std::max(1, m_connection.welcome().limits.maxIdsPerFrame);
    const auto pending = m_store->unreportedReceipts(maxIds);
    if (pending.isEmpty())
        return;
    QList<qint64> delivered;
    QList<qint64> read;
    for (const auto &[id, state] : pending)
        (state == MessageState::Read ? read : delivered).append(id);
    if (!sendIds(false, delivered) || !sendIds(true, read))
        m_reports.clear(); // offline again: reported after the next login
}

bool Inbox::sendIds(bool read, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return true;
    const QString rid = QStringLiteral("report-%1").arg(++m_nextReport);
    const bool sent = read ? m_connection.send(Read {ids}, rid) : m_connection.send(Delivered {ids}, rid);
    if (sent)
        m_reports.insert(rid, Report {ids, read});
    return sent;
}

bool Inbox::handleDone(const QJsonValue &rid)
{
    const auto it = m_reports.find(rid.toString());
    if (it == m_reports.end())
        return false;
    const Report report = *it;
    m_reports.erase(it);
    // Ids the server refused (not ours any more) were named in an error: not retried either.
    if (m_store)
        m_store->setReported(report.ids, report.read ? MessageState::Read : MessageState::Delivered);
    reportReceipts();
    return true;
}

bool Inbox::handleError(const Error &error, const QJsonValue &rid)
{
    const auto it = m_reports.constFind(rid.toString());
    if (it == m_reports.constEnd())
        return false;
    if (error.code == ErrorCode::NotFound)
        return true; // the `done` for the rest follows
    // Refused for now (rate limit, a server failure): stays unreported and goes again later.
    qCInfo(lcClientChat) << "receipt report refused for now:" << toWireName(error.code);
    m_reports.erase(it);
    if (m_reports.isEmpty())
        m_retryTimer.start();
    return true;
}

void Inbox::markRead(const QString &peer)
{
    if (!m_store)
        return;
    flush();
    const QList<qint64> ids = m_store->markConversationRead(peer);
    if (ids.isEmpty())
        return;
    qCDebug(lcClientChat) << "marked" << ids.size() << "messages read";
    emit conversationChanged(peer);
    emit unreadChanged();
    reportReceipts();
}

} // namespace natter::client
