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

    const auto messages = m_ctx.messages.queuedFor(s.user(), s.messageCursor, batch);
    for (const QueuedMessage &m : messages) {
        s.messageCursor = m.serverId;
        JsonReader reader(QJsonDocument::fromJson(m.payload).object());
        const MessageContent content = readContent(reader, stored);
        if (!reader.ok()) {
            qCWarning(lcStore) << "stored message" << m.serverId << "is unreadable:" << reader.errorMessage();
            continue;
        }
        s.send(ChatMessage {m.serverId, m_ctx.accounts.phoneOf(m.senderId), s.phone(), m.timestamp, content});
    }
    const auto receipts = m_ctx.messages.receiptsFor(s.user(), s.receiptCursor, batch);
    for (const PendingReceipt &r : receipts) {
        s.receiptCursor = r.serverId;
        s.send(Receipt {r.serverId, r.clientId, m_ctx.accounts.phoneOf(r.receiverId), r.state, r.timestamp});
    }
    s.send(SyncDone {int(messages.size()), int(receipts.size()),
                     messages.size() == batch || receipts.size() == batch},
           rid);
}

} // namespace natter::server
