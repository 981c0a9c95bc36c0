#pragma once

#include "protocol/Frames.h"
#include "store/AccountStore.h"

#include <QList>
#include <QString>

#include <optional>

namespace natter::server {

class Database;

// One status row. Once past its lifetime it is a tombstone (`expired`): content, views and
// media are gone, the row stays one more lifetime so late views and repeated posts are answered.
struct StoredStatus
{
    qint64 id = 0;
    UserId owner = 0;
    QString clientId;
    protocol::StatusKind kind = protocol::StatusKind::Text;
    QString text;
    QString background;
    std::optional<protocol::FileRef> file;
    qint64 posted = 0;
    qint64 expires = 0;
    bool expired = false;
};

// The statuses (24-hour posts) and who viewed them (tables `statuses`, `status_views`).
// Visibility follows the `peers` table: a user sees their own statuses and those of every user
// they have a conversation with. Writes go through Database::WriteScope (group commit).
class StatusStore final
{
public:
    explicit StatusStore(Database &db)
        : m_db(db)
    { }
    Q_DISABLE_COPY_MOVE(StatusStore)

    std::optional<StoredStatus> find(qint64 id);
    std::optional<StoredStatus> findByClientId(UserId owner, const QString &clientId);

    struct Posted
    {
        qint64 id = 0;
        qint64 posted = 0;
        qint64 expires = 0;
        bool duplicate = false; // this client_id was posted before: its ack, nothing new
    };
    // Stores a new status (status.id, .expired ignored); nullopt when the database failed.
    std::optional<Posted> post(const StoredStatus &status);

    // The live statuses `user` may see (their own and their contacts') with an id above
    // `after`, by id (the order they were posted), with owner phone and name, `viewed` for the
    // others' and `views` for their own. With a `budgetBytes` above 0 it stops once the items
    // would take about that many bytes in JSON (always at least one item) and sets `*more`.
    // nullopt when the database failed.
    std::optional<QList<protocol::StatusItem>> visibleTo(UserId user, qint64 now, qint64 after = 0,
        qsizetype budgetBytes = 0, bool *more = nullptr);

    enum class ViewResult { First, Repeat, Failed };
    ViewResult recordView(qint64 status, UserId viewer, qint64 now);

    // Deletes a status and its views (a tombstone too).
    bool remove(qint64 id);

    struct Expired
    {
        qint64 id = 0;
        UserId owner = 0;
        QString fileId; // empty for a text status
    };
    // Turns every live status whose expiry is at or before `now` into a tombstone (views and
    // content deleted) and drops tombstones that expired before `tombstoneCutoff`. Returns the
    // statuses that expired now; nullopt when the database failed.
    std::optional<QList<Expired>> expire(qint64 now, qint64 tombstoneCutoff);
    // The earliest expiry of a live status, if any.
    std::optional<qint64> nextExpiry();

    // Live statuses that show this file (the same upload may be posted twice).
    int liveStatusesWithFile(const QString &fileId);
    // Whether a message gave someone this file (FileStore's `file_access`, grant Message): then
    // the file outlives the status and only the status grants go.
    bool fileSentInMessages(const QString &fileId);
    bool dropStatusGrants(const QString &fileId);

private:
    Database &m_db;
};

} // namespace natter::server
