#include "handlers/SyncHandler.h"

#include "protocol/JsonReader.h"
#include "session/Session.h"

#include <QJsonDocument>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace natter::server {

using namespace natter::protocol;

void SyncHandler::handle(Session &s, const Sync &, const QJsonValue &rid)
{
    sendBatch(s, rid);
}

void SyncHandler::start(Session &s)
{
    s.messageCursor = 0;
    s.receiptCursor = 0;
    sendBatch(s, {});
}

void SyncHandler::sendBatch(Session &s, const QJsonValue &rid)
{
    const int batch = m_ctx.config.limits.syncBatch;
    // Stored content was validated on the way in; read it back with the widest limits.
    Limits stored;
    stored.maxTextBytes = std::numeric_limits<int>::max();
    stored.maxVCardBytes = std::numeric_limits<int>::max();
    stored.maxMediaBytes = stored.maxDocumentBytes = std::numeric_limits<qint64>::max() / 2;

    // Hand over only what is committed: a rolled-back batch must not reach anybody.
    m_ctx.db.flush();
    // One more than a batch tells whether another batch follows.
    auto messages = m_ctx.messages.queuedFor(s.user(), s.messageCursor, batch + 1);
    auto receipts = m_ctx.messages.receiptsFor(s.user(), s.receiptCursor, batch + 1);
    const bool more = messages.size() > batch || receipts.size() > batch;
    messages = messages.mid(0, batch);
    receipts = receipts.mid(0, batch);
    int sent = 0;
    for (const QueuedMessage &m : messages) {
        s.messageCursor = m.serverId;
        JsonReader reader(QJsonDocument::fromJson(m.payload).object());
        const MessageContent content = readContent(reader, stored);
        if (!reader.ok()) {
            qCWarning(lcStore) << "stored message" << m.serverId << "is unreadable:" << reader.errorMessage();
            continue;
        }
        s.send(ChatMessage {m.serverId, m_ctx.accounts.phoneOf(m.senderId), s.phone(), m.timestamp, content});
        ++sent;
    }
    for (const PendingReceipt &r : receipts) {
        s.receiptCursor = r.serverId;
        s.send(Receipt {r.serverId, r.clientId, m_ctx.accounts.phoneOf(r.receiverId), r.state, r.timestamp});
    }
    s.send(SyncDone {sent, int(receipts.size()), more}, rid);
}

} // namespace natter::server
