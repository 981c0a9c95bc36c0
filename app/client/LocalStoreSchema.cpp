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
        // 1 → 2: file transfers. One row per media/document message that has an upload or a
        // download (t_state: see TransferState). Outgoing: t_path is the app's copy of the file,
        // t_source the file the user picked (needed again if the copy was interrupted),
        // t_sha256 the copy's hash, t_file_id the server's upload id (resume). Incoming: t_path
        // is the downloaded file once complete, t_file_id the message's file id.
        {
            QStringLiteral("CREATE TABLE transfers ("
                           " message_id INTEGER PRIMARY KEY REFERENCES messages (id)"
                           "   ON DELETE CASCADE,"
                           " t_state INTEGER NOT NULL,"
                           " t_done INTEGER NOT NULL DEFAULT 0,"
                           " t_path TEXT NOT NULL DEFAULT '',"
                           " t_error TEXT NOT NULL DEFAULT '',"
                           " t_source TEXT NOT NULL DEFAULT '',"
                           " t_sha256 BLOB,"
                           " t_file_id TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX transfers_unfinished ON transfers (message_id)"
                           " WHERE t_state IN (1, 2, 3, 4)"),
        },
        // 2 → 3: statuses that have not reached the server yet (StatusClient). status_outbox: one
        // row per post without a `status_ack` (state: see StoredStatusPost::State; local_path the
        // app's copy of a media file, source the file the user picked, upload_id the server's id
        // of the unfinished upload, file the server's `file` object once uploaded (without the
        // thumbnail), thumbnail the poster's preview of a media file, sent as file.thumbnail).
        // status_views_unsent: views the server has not confirmed. downloads_unreported: file
        // ids of downloaded files whose `downloaded` report the server has not confirmed (sent
        // again after a restart, so the server can delete the file in time).
        {
            QStringLiteral("CREATE TABLE status_outbox ("
                           " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " client_id TEXT UNIQUE NOT NULL,"
                           " kind INTEGER NOT NULL,"
                           " text TEXT NOT NULL DEFAULT '',"
                           " background TEXT NOT NULL DEFAULT '',"
                           " source TEXT NOT NULL DEFAULT '',"
                           " local_path TEXT NOT NULL DEFAULT '',"
                           " upload_id TEXT NOT NULL DEFAULT '',"
                           " file TEXT NOT NULL DEFAULT '',"
                           " created INTEGER NOT NULL,"
                           " state INTEGER NOT NULL,"
                           " failure TEXT NOT NULL DEFAULT '',"
                           " thumbnail BLOB)"),
            QStringLiteral("CREATE TABLE status_views_unsent ("
                           " status_id INTEGER PRIMARY KEY NOT NULL)"),
            QStringLiteral("CREATE TABLE downloads_unreported (file_id TEXT PRIMARY KEY NOT NULL)"),
        },
    };
    return migrations;
}

} // namespace natter::client
