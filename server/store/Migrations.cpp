#include "store/Migrations.h"

namespace natter::server {

namespace {
// Shared DDL with two spellings: the id column and the binary type.
QStringList schemaV1(const QString &idColumn, const QString &blob)
{
    return {
        QStringLiteral("CREATE TABLE users ("
                       " id %1,"
                       " phone TEXT NOT NULL UNIQUE,"
                       " name TEXT NOT NULL,"
                       " pw_salt %2 NOT NULL,"
                       " pw_hash %2 NOT NULL,"
                       " pw_iterations INTEGER NOT NULL,"
                       " created_ms BIGINT NOT NULL,"
                       " last_seen_ms BIGINT NOT NULL DEFAULT 0)")
            .arg(idColumn, blob),
        QStringLiteral("CREATE TABLE sessions ("
                       " token_hash %1 PRIMARY KEY,"
                       " user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                       " created_ms BIGINT NOT NULL)")
            .arg(blob),
        QStringLiteral("CREATE INDEX sessions_user ON sessions(user_id)"),
        // A message row lives until the sender has learnt it was read, or the retention ends.
        // payload holds the content until the receiver has it, then it is cleared.
        // state / sender_state: 1 sent, 2 delivered, 3 read (what happened / what the sender knows).
        QStringLiteral("CREATE TABLE messages ("
                       " id %1,"
                       " sender_id BIGINT NOT NULL REFERENCES users(id),"
                       " receiver_id BIGINT NOT NULL REFERENCES users(id),"
                       " client_id TEXT NOT NULL,"
                       " created_ms BIGINT NOT NULL,"
                       " payload TEXT,"
                       " state INTEGER NOT NULL DEFAULT 1,"
                       " sender_state INTEGER NOT NULL DEFAULT 1,"
                       " state_ms BIGINT NOT NULL DEFAULT 0,"
                       " UNIQUE (sender_id, client_id))")
            .arg(idColumn),
        QStringLiteral("CREATE INDEX messages_inbox ON messages(receiver_id, state, id)"),
        QStringLiteral("CREATE INDEX messages_outbox ON messages(sender_id, id)"),
        QStringLiteral("CREATE INDEX messages_created ON messages(created_ms)"),
        // Who has a conversation with whom (both directions): gates typing and presence.
        QStringLiteral("CREATE TABLE peers ("
                       " user_id BIGINT NOT NULL REFERENCES users(id),"
                       " peer_id BIGINT NOT NULL REFERENCES users(id),"
                       " PRIMARY KEY (user_id, peer_id))"),
    };
}
// 3: files (uploads and stored files) and who may download them. stored: 0 while uploading,
// 1 once complete, verified and moved into place. grant_kind: 1 receiver of a message (counts for
// deletion once downloaded), 2 viewer of a status.
QStringList schemaV3(const QString &blob)
{
    return {
        QStringLiteral("CREATE TABLE files ("
                       " id TEXT PRIMARY KEY,"
                       " owner_id BIGINT NOT NULL REFERENCES users(id),"
                       " kind INTEGER NOT NULL,"
                       " name TEXT NOT NULL,"
                       " mime TEXT NOT NULL,"
                       " size BIGINT NOT NULL,"
                       " sha256 %1 NOT NULL,"
                       " stored INTEGER NOT NULL DEFAULT 0,"
                       " created_ms BIGINT NOT NULL,"
                       " stored_ms BIGINT NOT NULL DEFAULT 0)")
            .arg(blob),
        QStringLiteral("CREATE INDEX files_purge ON files(stored, stored_ms)"),
        QStringLiteral("CREATE INDEX files_uploads ON files(stored, created_ms)"),
        QStringLiteral("CREATE TABLE file_access ("
                       " file_id TEXT NOT NULL REFERENCES files(id) ON DELETE CASCADE,"
                       " user_id BIGINT NOT NULL REFERENCES users(id),"
                       " grant_kind INTEGER NOT NULL,"
                       " downloaded INTEGER NOT NULL DEFAULT 0,"
                       " PRIMARY KEY (file_id, user_id))"),
    };
}
// 4: statuses (24-hour posts) and who viewed them. expired: 0 while live; 1 once past its lifetime,
// when the content, the views and the media file are gone and only the row stays (a tombstone, so
// a late status_view says `expired` and a repeated status_post gets its old ack) until it is
// purged one lifetime later. kind: 1 text, 2 media.
QStringList schemaV4(const QString &idColumn, const QString &blob)
{
    return {
        QStringLiteral("CREATE TABLE statuses ("
                       " id %1,"
                       " owner_id BIGINT NOT NULL REFERENCES users(id),"
                       " client_id TEXT NOT NULL,"
                       " kind INTEGER NOT NULL,"
                       " body TEXT NOT NULL DEFAULT '',"
                       " background TEXT NOT NULL DEFAULT '',"
                       " file_id TEXT,"
                       " file_name TEXT NOT NULL DEFAULT '',"
                       " file_mime TEXT NOT NULL DEFAULT '',"
                       " file_size BIGINT NOT NULL DEFAULT 0,"
                       " thumbnail %2,"
                       " posted_ms BIGINT NOT NULL,"
                       " expires_ms BIGINT NOT NULL,"
                       " expired INTEGER NOT NULL DEFAULT 0,"
                       " UNIQUE (owner_id, client_id))")
            .arg(idColumn, blob),
        QStringLiteral("CREATE INDEX statuses_expiry ON statuses(expired, expires_ms)"),
        QStringLiteral("CREATE INDEX statuses_owner ON statuses(owner_id, expires_ms)"),
        QStringLiteral("CREATE INDEX statuses_file ON statuses(file_id)"),
        QStringLiteral("CREATE TABLE status_views ("
                       " status_id BIGINT NOT NULL REFERENCES statuses(id) ON DELETE CASCADE,"
                       " viewer_id BIGINT NOT NULL REFERENCES users(id),"
                       " viewed_ms BIGINT NOT NULL,"
                       " PRIMARY KEY (status_id, viewer_id))"),
    };
}
} // namespace

const QList<Migration> &migrations()
{
    // 2: retention counts from delivery (state_ms), not from acceptance.
    const QStringList v2 {QStringLiteral("DROP INDEX IF EXISTS messages_created"),
                          QStringLiteral("CREATE INDEX IF NOT EXISTS messages_state_time ON messages(state, state_ms)")};
    static const QList<Migration> list {
        {1, schemaV1(QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"), QStringLiteral("BLOB")),
         schemaV1(QStringLiteral("BIGSERIAL PRIMARY KEY"), QStringLiteral("BYTEA"))},
        {2, v2, v2},
        {3, schemaV3(QStringLiteral("BLOB")), schemaV3(QStringLiteral("BYTEA"))},
        {4, schemaV4(QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"), QStringLiteral("BLOB")),
         schemaV4(QStringLiteral("BIGSERIAL PRIMARY KEY"), QStringLiteral("BYTEA"))},
    };
    return list;
}

} // namespace natter::server
