#include "client/LocalStoreSql.h"

#include "client/ClientLog.h"
#include "protocol/JsonReader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>

namespace natter::client::sql {

using namespace natter::protocol;

const QString kMessageColumns = QStringLiteral(
    "id, server_id, client_id, peer, outgoing, state, failure_reason, ts, sort_key, content,"
    " t_state, t_done, t_path, t_error");
const QString kMessageSource
    = QStringLiteral("messages LEFT JOIN transfers ON transfers.message_id = messages.id");

QString contentToJson(const MessageContent &content)
{
    QJsonObject obj;
    writeContent(obj, content);
    return QString::fromUtf8(QJsonDocument(obj).toJson(QJsonDocument::Compact));
}

static MessageContent contentFromJson(const QString &json, qint64 localId)
{
    // Stored content was validated when it was written; read it back with the widest limits.
    Limits wide;
    wide.maxTextBytes = std::numeric_limits<int>::max();
    wide.maxVCardBytes = std::numeric_limits<int>::max();
    wide.maxMediaBytes = wide.maxDocumentBytes = std::numeric_limits<qint64>::max() / 2;
    JsonReader reader(QJsonDocument::fromJson(json.toUtf8()).object());
    MessageContent content = readContent(reader, wide);
    if (!reader.ok())
        qCWarning(lcClientStore) << "stored message" << localId
                                 << "is unreadable:" << reader.errorMessage();
    return content;
}

StoredMessage readMessage(const QSqlQuery &q)
{
    StoredMessage m;
    m.localId = q.value(0).toLongLong();
    m.serverId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
    m.clientId = q.value(2).toString();
    m.peer = q.value(3).toString();
    m.outgoing = q.value(4).toBool();
    m.state = MessageState(q.value(5).toInt());
    m.failureReason = q.value(6).toString();
    m.timestamp = q.value(7).toLongLong();
    m.sortKey = q.value(8).toLongLong();
    m.content = contentFromJson(q.value(9).toString(), m.localId);
    if (!q.value(10).isNull()) {
        m.transfer.state = TransferState(q.value(10).toInt());
        m.transfer.bytesDone = q.value(11).toLongLong();
        m.transfer.localPath = q.value(12).toString();
        m.transfer.error = q.value(13).toString();
    }
    return m;
}

Conversation readConversation(const QSqlQuery &q)
{
    Conversation c;
    c.peer = q.value(0).toString();
    c.displayName = q.value(1).toString();
    if (c.displayName.isEmpty())
        c.displayName = c.peer;
    c.lastActivity = q.value(2).toLongLong();
    c.lastPreview = q.value(3).toString();
    c.lastMessageId = q.value(4).toLongLong();
    c.unreadCount = q.value(5).toInt();
    c.messageCount = q.value(6).toInt();
    return c;
}

const QString kConversationColumns
    = QStringLiteral("peer, display_name, last_activity, last_preview, last_message_id, "
                     "unread_count, message_count");

// One line for the conversation list.
QString previewOf(const MessageContent &content)
{
    QString caption = content.text.simplified();
    if (caption.size() > 100)
        caption = caption.left(99) + QChar(0x2026);
    auto withCaption = [&](const QString &label) {
        return caption.isEmpty() ? label : label + QStringLiteral(": ") + caption;
    };
    switch (content.kind) {
    case MessageKind::Text:
        return caption;
    case MessageKind::Media:
        return withCaption(QCoreApplication::translate("LocalStore", "Media"));
    case MessageKind::Document:
        return withCaption(content.file ? content.file->name : QCoreApplication::translate("LocalStore", "Document"));
    case MessageKind::Location:
        return withCaption(QCoreApplication::translate("LocalStore", "Location"));
    case MessageKind::Contact:
        return withCaption(QCoreApplication::translate("LocalStore", "Contact"));
    }
    return caption;
}

bool run(QSqlQuery &q, const char *what)
{
    if (q.exec())
        return true;
    qCWarning(lcClientStore) << what << "failed:" << q.lastError().text();
    return false;
}

QSqlDatabase connection(const QString &connectionName)
{
    return QSqlDatabase::database(connectionName, false);
}

} // namespace natter::client::sql
