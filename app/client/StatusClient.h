#pragma once

#include "protocol/Frames.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QTimer>

#include <optional>

namespace natter::client {

class ChatClient;

// The 24-hour statuses of the account and its contacts (docs/protocol.md section 12), in memory
// only: the server is the record. Asks for the whole list after every login, follows the pushes
// (status, status_removed, status_viewed), drops expired statuses by a timer, posts text and
// media statuses (a media file is uploaded first through the transfer engine) and keeps a post
// that has no ack yet, resending it with the same client id after a reconnect. Media files of
// statuses are downloaded into <filesDir>/status/ for the viewer and deleted with the status.
// ChatClient owns one and routes the status frames to it; one thread only.
class StatusClient final : public QObject
{
    Q_OBJECT
public:
    // A post on its way: not acknowledged yet (media: maybe not even uploaded yet).
    struct PendingPost
    {
        QString clientId;
        protocol::StatusKind kind = protocol::StatusKind::Text;
        QString text; // text, or the caption of a media status
        QString background;
        QString localPath; // media: the file chosen by the user
        std::optional<protocol::FileRef> file; // media: set once uploaded
        quint64 upload = 0; // media: the transfer handle while uploading
        qint64 created = 0; // ms since the epoch
        bool operator==(const PendingPost &) const = default;
    };

    explicit StatusClient(ChatClient &client, QObject *parent = nullptr);
    ~StatusClient() override;
    Q_DISABLE_COPY_MOVE(StatusClient)

    // Mine and the contacts', live only, sorted by time posted (oldest first).
    QList<protocol::StatusItem> statuses() const;
    // The live statuses of one owner, oldest first.
    QList<protocol::StatusItem> statusesOf(const QString &owner) const;
    std::optional<protocol::StatusItem> status(qint64 statusId) const;
    // Posts that are not acknowledged yet, oldest first.
    QList<PendingPost> pendingPosts() const;
    QString ownPhone() const;
    bool isOwn(const protocol::StatusItem &status) const;

    // Posts a text status on a "#rrggbb" background. Returns its client id, or an empty string
    // when refused (the reason through failed() with an empty client id).
    QString postText(const QString &text, const QString &background);
    // Uploads a photo/video and posts it with `caption`. Returns the client id, or empty when
    // refused (see postText).
    QString postMedia(const QString &path, const QString &caption);
    // Gives up a post that is not acknowledged yet.
    void cancelPost(const QString &clientId);
    // The user has seen a contact's status: tells the server (now or after the next login).
    // Own statuses and unknown ids are ignored.
    void markViewed(qint64 statusId);
    // Deletes one of the user's own statuses on the server; false (nothing sent) when offline
    // or not an own status. removed() follows once the server confirms.
    bool remove(qint64 statusId);
    // Asks the server for the whole list again (done by itself after every login).
    void refresh();

    // The local file of a media status: the downloaded copy, or for an own status the file that
    // was posted. Empty until it is there (see fetchFile()).
    QString localFile(qint64 statusId) const;
    // Starts downloading the file of a media status (no-op when it is there or on its way).
    void fetchFile(qint64 statusId);
    // Where downloaded status files go.
    QString statusDir() const;

    // ---- frames from the server (ChatClient routes them here) ----
    void handle(const protocol::StatusAck &ack);
    void handle(const protocol::StatusList &list);
    void handle(const protocol::StatusPosted &posted);
    void handle(const protocol::StatusRemoved &removed);
    void handle(const protocol::StatusViewed &viewed);
    // True when the error or done answered one of our status requests.
    bool handleError(const protocol::Error &error, const QJsonValue &rid);
    bool handleDone(const QJsonValue &rid);

signals:
    // The list (or anything in it: a view, a deletion, a pending post) changed.
    void changed();
    void posted(const QString &clientId, qint64 statusId);
    // A post was refused or its upload failed; `reason` is human-readable.
    void failed(const QString &clientId, const QString &reason);
    void removed(qint64 statusId);
    // Someone viewed one of our statuses (also for views learned through the list).
    void viewed(qint64 statusId, const QString &viewer);
    void fileReady(qint64 statusId, const QString &path);
    void fileFailed(qint64 statusId, const QString &reason);
    void fileProgress(qint64 statusId, qint64 done, qint64 total);

private:
    void connectTransfers();
    void onOnline();
    void onAccountChanged();
    void clear();
    void sendPost(const PendingPost &post);
    void insert(const protocol::StatusItem &item);
    void erase(qint64 statusId);
    void dropExpired();
    void scheduleExpiry();
    void sendViews();
    void removeStrayFiles();
    bool isOnline() const;
    // The server's clock as far as we know it (expiry times are the server's).
    qint64 serverNow() const;
    void noteServerTime(qint64 serverTime);
    void onUploaded(quint64 handle, const protocol::FileRef &file);
    void onDownloaded(quint64 handle, const QString &path);
    void onTransferFailed(quint64 handle, const QString &reason);
    void onTransferProgress(quint64 handle, qint64 done, qint64 total);

    ChatClient &m_client;
    QString m_phone; // the account these statuses belong to
    QHash<qint64, protocol::StatusItem> m_statuses;
    QList<PendingPost> m_pending;
    QList<qint64> m_unsentViews; // viewed while offline
    QHash<QString, QList<qint64>> m_viewRequests; // rid → ids, until done
    int m_nextRid = 1;
    QHash<qint64, QString> m_files; // status id → local file
    QHash<quint64, qint64> m_downloads; // transfer handle → status id
    QTimer m_expiryTimer;
    qint64 m_clockOffset = 0; // server clock minus ours, ms
};

} // namespace natter::client
