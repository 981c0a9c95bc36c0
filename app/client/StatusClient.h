#pragma once

#include "client/LocalStore.h"
#include "protocol/Frames.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace natter::client {

class ChatClient;

// The 24-hour statuses of the account and its contacts (docs/protocol.md section 12). The
// statuses themselves are kept in memory only (the server is the record): asks for the whole list
// after every login, follows the pushes (status, status_removed, status_viewed) and drops expired
// statuses by a timer. What has not reached the server yet is kept in the account's LocalStore
// (its own connection to the database) and survives a restart:
// - Posts (the status outbox): written before anything is sent, deleted on `status_ack` or when
//   the user discards them, and sent again with the same client id after every login (the server
//   keeps one status per client id). A media file is first copied into
//   <filesDir>/status/outbox/<client id>/ under its own name (the user may move or edit the
//   original) and the copy is uploaded through the transfer engine;
//   after a lost link or a restart the upload goes on from what the server holds (the upload's
//   file id is stored with the post). postProgress() follows the upload.
// - Views made while offline (or not yet confirmed by the server's `done`).
// Retried by themselves: a lost link, and the refusals that may go away (internal,
// rate_limited, not_authenticated, storage_failed; again after 5 s). Final — the post stays in
// the outbox as Failed with a reason until retryPost() or cancelPost(): a copy that could not be
// made, an upload the transfer engine gave up (the copy unreadable, the server's too_large,
// kind_mismatch, hash_mismatch, storage_failed for the upload), and the server's refusals of
// the post itself: too_large, bad_field (e.g. a file not uploaded as media), not_supported and
// not_found (the upload is gone: a retry uploads the copy again). A user's retry is cheap, while
// retrying these by ourselves would only repeat the same answer. Refusals found before anything is stored
// (empty text, no account, a file over the limit) only go to failed() with an empty client id.
// Media files of statuses are downloaded into <filesDir>/status/ for the viewer and deleted
// with the status. ChatClient owns one and routes the status frames to it; one thread only.
class StatusClient final : public QObject
{
    Q_OBJECT
public:
    // A post on its way (not acknowledged yet) or failed: the stored part (see
    // StoredStatusPost; localPath is the app's copy of a media file) plus the live upload.
    struct PendingPost : StoredStatusPost
    {
        quint64 upload = 0; // media: the transfer handle while uploading
        qint64 bytesDone = 0; // media: uploaded so far (confirmed by the server)
        qint64 bytesTotal = 0; // media: the file's size once known, else 0
        bool operator==(const PendingPost &) const = default;
    };
    using PostState = StoredStatusPost::State;

    explicit StatusClient(ChatClient &client, QObject *parent = nullptr);
    ~StatusClient() override;
    Q_DISABLE_COPY_MOVE(StatusClient)

    // Mine and the contacts', live only, sorted by time posted (oldest first).
    QList<protocol::StatusItem> statuses() const;
    // The live statuses of one owner, oldest first.
    QList<protocol::StatusItem> statusesOf(const QString &owner) const;
    std::optional<protocol::StatusItem> status(qint64 statusId) const;
    // Posts that are not acknowledged yet (also the failed ones), oldest first.
    QList<PendingPost> pendingPosts() const;
    std::optional<PendingPost> pendingPost(const QString &clientId) const;
    QString ownPhone() const;
    bool isOwn(const protocol::StatusItem &status) const;

    // Posts a text status on a "#rrggbb" background. Returns its client id, or an empty string
    // when refused (the reason through failed() with an empty client id).
    QString postText(const QString &text, const QString &background);
    // Uploads a photo/video and posts it with `caption` and `thumbnail` (a small JPEG preview
    // the contacts see while the file downloads; see ui/dialogs/Thumbnails.h). A thumbnail over
    // the protocol's 64 KiB is dropped (the post goes out without one), as ChatClient::sendFile
    // does. The thumbnail is kept with the post in the outbox. Returns the client id, or empty
    // when refused (see postText).
    QString postMedia(
        const QString &path, const QString &caption, const QByteArray &thumbnail = {});
    // Gives up a post that is not acknowledged yet (also a failed one): it is forgotten, its
    // upload stopped and its copy of the file deleted.
    void cancelPost(const QString &clientId);
    // Tries a failed post again with the same client id (uploading the copy again when the
    // upload did not finish). False when there is no such failed post.
    bool retryPost(const QString &clientId);
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
    // A post was refused or its upload failed; `reason` is human-readable. With a client id the
    // post stays in pendingPosts() as Failed (retryPost()/cancelPost()); an empty client id means
    // it was refused before anything was stored.
    void failed(const QString &clientId, const QString &reason);
    // The upload of a media post advanced: `done` of `total` bytes confirmed by the server.
    void postProgress(const QString &clientId, qint64 done, qint64 total);
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
    // The post's file as it goes out and is shown: the server's record plus the thumbnail.
    static std::optional<protocol::FileRef> fileOf(const PendingPost &post);
    PendingPost *findPending(const QString &clientId);
    // Writes the post's row (state, file, failure) to the outbox table.
    void store(const PendingPost &post);
    void loadStored();
    void startCopy(const QString &clientId);
    void copied(const QString &clientId, bool ok, const QString &error);
    void startUpload(PendingPost &post);
    void failPost(const QString &clientId, const QString &reason);
    void forgetViews(const QList<qint64> &ids); // confirmed or pointless: out of the table
    void insert(const protocol::StatusItem &item);
    void erase(qint64 statusId);
    bool isViewPending(qint64 statusId) const; // viewed here, not confirmed by the server yet
    void dropExpired();
    void scheduleExpiry();
    void sendViews();
    void removeStrayFiles();
    // Deletes a file of ours in statusDir() (with its outbox folder); others are left alone.
    void removeStatusFile(const QString &path) const;
    QString outboxDir() const; // statusDir()/outbox: one folder per post with its copy
    bool isOnline() const;
    // The server's clock as far as we know it (expiry times are the server's).
    qint64 serverNow() const;
    void noteServerTime(qint64 serverTime);
    void onUploadStarted(quint64 handle, const QString &fileId);
    void onUploaded(quint64 handle, const protocol::FileRef &file);
    void onDownloaded(quint64 handle, const QString &path);
    void onTransferFailed(quint64 handle, const QString &reason);
    void onTransferProgress(quint64 handle, qint64 done, qint64 total);

    ChatClient &m_client;
    QString m_phone; // the account these statuses belong to
    std::unique_ptr<LocalStore> m_store; // own connection to the account's database
    QHash<qint64, protocol::StatusItem> m_statuses;
    QList<PendingPost> m_pending;
    QList<qint64> m_unsentViews; // viewed while offline
    QList<protocol::StatusItem> m_listPages; // status_list pages so far (until more: false)
    QHash<QString, QList<qint64>> m_viewRequests; // rid → ids, until done
    int m_nextRid = 1;
    QHash<qint64, QString> m_files; // status id → local file
    QHash<quint64, qint64> m_downloads; // transfer handle → status id
    QTimer m_expiryTimer;
    qint64 m_clockOffset = 0; // server clock minus ours, ms
};

} // namespace natter::client
