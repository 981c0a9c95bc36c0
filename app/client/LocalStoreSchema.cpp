#include "client/LocalStoreSchema.h"

namespace natter::client {

const QList<QStringList> &localStoreMigrations()
{
    static const QList<QStringList> migrations {
        // 0 → 1: the first schema.
        {
            QStringLiteral("CREATE TABLE conversations ("
                           " peer TEXT PRIMARY KEY NOT NULL,"
                           " display_name TEXT NOT NULL DEFAULT '',"
                           " last_activity INTEGER NOT NULL DEFAULT 0,"
                           " last_preview TEXT NOT NULL DEFAULT '',"
                           " last_message_id INTEGER NOT NULL DEFAULT 0,"
                           " last_sort_key INTEGER NOT NULL DEFAULT 0,"
                           " unread_count INTEGER NOT NULL DEFAULT 0,"
                           " message_count INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral(
                "CREATE INDEX conversations_by_activity ON conversations (last_activity DESC)"),
            // state: 0 pending, 1 sent, 2 delivered, 3 read, 4 failed (see MessageState).
            // reported: for incoming rows, the state the server has been told (0 none).
            QStringLiteral("CREATE TABLE messages ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " server_id INTEGER UNIQUE,"
                           " client_id TEXT UNIQUE,"
                           " peer TEXT NOT NULL,"
                           " outgoing INTEGER NOT NULL,"
                           " state INTEGER NOT NULL,"
                           " failure_reason TEXT,"
                           " ts INTEGER NOT NULL,"
                           " sort_key INTEGER NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " text TEXT NOT NULL DEFAULT '',"
                           " content TEXT NOT NULL,"
                           " reported INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX messages_by_peer ON messages (peer, sort_key)"),
            QStringLiteral("CREATE INDEX messages_unread ON messages (peer, sort_key)"
                           " WHERE outgoing = 0 AND state = 2"),
            QStringLiteral("CREATE INDEX messages_pending ON messages (id) WHERE state = 0"),
            QStringLiteral("CREATE INDEX messages_unreported ON messages (id)"
                           " WHERE outgoing = 0 AND reported < state"),
            QStringLiteral("CREATE TABLE contacts ("
                           " phone TEXT PRIMARY KEY NOT NULL,"
                           " name TEXT NOT NULL DEFAULT '',"
                           " on_natter INTEGER NOT NULL DEFAULT 0)"),
        },
    };
    return migrations;
}

} // namespace natter::client
