#pragma once

#include "client/ClientTypes.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

// Helpers shared by the files that implement LocalStore. Internal to the client library.
namespace natter::client::sql {

// The columns readMessage() and readConversation() expect, in order.
extern const QString kMessageColumns;
// What kMessageColumns are selected FROM (messages with their transfer, if any).
extern const QString kMessageSource;
extern const QString kConversationColumns;

QSqlDatabase connection(const QString &connectionName);
// Executes a prepared query; logs and returns false on failure.
bool run(QSqlQuery &q, const char *what);
StoredMessage readMessage(const QSqlQuery &q);
Conversation readConversation(const QSqlQuery &q);
QString contentToJson(const protocol::MessageContent &content);
// One line for the conversation list.
QString previewOf(const protocol::MessageContent &content);

} // namespace natter::client::sql
