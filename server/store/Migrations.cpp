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
    };
    return list;
}

} // namespace natter::server
