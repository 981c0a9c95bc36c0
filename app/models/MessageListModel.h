#pragma once

#include "client/ClientTypes.h"

#include <QAbstractListModel>
#include <QHash>
#include <QImage>
#include <QPointer>

#include <optional>

namespace natter::client {
class ChatClient;
}

namespace natter::models {

// The messages of one conversation, oldest at row 0 and newest last, loaded lazily: it opens
// with the newest page and fetchMore() prepends the next older page, so a conversation of any
// length opens at once. New messages are inserted where they sort, a changed message (a
// receipt, a failure, its server id) updates its row or moves it to its new place.
class MessageListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        LocalIdRole = Qt::UserRole + 1, // qint64
        TextRole, // QString (also Qt::DisplayRole): the text, or a description of an attachment
        OutgoingRole, // bool
        StateRole, // int (client::MessageState)
        TimestampRole, // QDateTime (local time)
        FailureReasonRole, // QString, set when Failed
        DateSeparatorRole, // bool: the first message of its day (a date is drawn above it)
        SenderRole, // QString: the sender's number (our own for outgoing messages)
        FirstInGroupRole, // bool: the first of consecutive messages from the same sender
        UnreadMarkerRole, // int: on the first unread message when the chat was opened, the
                          // number of unread messages then; 0 elsewhere
        ServerIdRole, // qint64, 0 until the server has numbered it
        KindRole, // int (protocol::MessageKind)
        // Files, locations, contacts (issue 4 and 5).
        CaptionRole, // QString: the caption of a file or location (the text of a text message)
        FileCategoryRole, // int (preview::FileCategory): image, video, audio, document or none
        FileIdRole, // QString
        FileNameRole, // QString
        FileMimeRole, // QString
        FileSizeRole, // qint64, bytes
        ImageRole, // QImage: the downloaded image (scaled to at most kImageSide), else the
                   // thumbnail that came with the message (a video's poster frame); null when
                   // there is none
        TransferStateRole, // int (client::TransferState)
        TransferBytesRole, // qint64: bytes uploaded or downloaded so far
        TransferProgressRole, // int 0..100
        LocalPathRole, // QString: the file on this computer (empty until downloaded)
        TransferErrorRole, // QString, when the transfer failed
        LatitudeRole, // double
        LongitudeRole, // double
        LocationLabelRole, // QString
        LocationAccuracyRole, // double metres, or invalid when unknown
        LocationUrlRole, // QUrl: the place on openstreetmap.org
        VCardRole, // QString
        ContactNameRole, // QString: from the vCard
        ContactPhonesRole, // QStringList: from the vCard
    };
    Q_ENUM(Role)

    static constexpr int kDefaultPageSize = 100;
    // Downloaded images are shown scaled to at most this many pixels on their longer side.
    static constexpr int kImageSide = 640;

    MessageListModel(client::ChatClient *client, const QString &peer, QObject *parent = nullptr,
        int pageSize = kDefaultPageSize);
    ~MessageListModel() override;
    Q_DISABLE_COPY_MOVE(MessageListModel)

    QString peer() const { return m_peer; }
    int pageSize() const { return m_pageSize; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // The row of a message, -1 when it is not loaded.
    int rowOf(qint64 localId) const;
    // Loads older pages until the message with `localId` is loaded; its row, or -1.
    int loadUntil(qint64 localId);
    // The first unread message when the chat was opened (0 when there was none).
    qint64 unreadMarkerId() const { return m_unreadMarkerId; }
    // The message of a row (for copy, retry, tooltips).
    const client::StoredMessage &messageAt(int row) const { return m_rows.at(row); }

    // A short text for messages that are not plain text ("Photo", the file name, …).
    static QString displayText(const protocol::MessageContent &content);

private:
    // What a screen reader says for a message.
    static QString accessibleText(const client::StoredMessage &m);
    void reload();
    // Up to one page older than `before`; sets the boundary to the message past the page.
    QList<client::StoredMessage> readPage(qint64 before);
    void onMessageAdded(const QString &peer, qint64 localId);
    void onMessageChanged(const QString &peer, qint64 localId);
    // Progress of a file transfer: only that row's progress roles change.
    void onTransferProgress(const QString &peer, qint64 localId, qint64 done, qint64 total);
    QImage imageOf(const client::StoredMessage &m) const;
    // Where a message with `sortKey` goes among the loaded rows, not counting `skipRow`.
    int insertPosition(qint64 sortKey, int skipRow = -1) const;
    // The message shown above a row: the previous row, or the known one past the oldest page.
    const client::StoredMessage *previousOf(int row) const;
    bool needsDateSeparator(int row) const;
    bool isFirstInGroup(int row) const;
    // Repaints rows whose separator or grouping depends on their neighbours.
    void refreshRows(int first, int last);

    QPointer<client::ChatClient> m_client;
    QString m_peer;
    int m_pageSize;
    QList<client::StoredMessage> m_rows; // ascending sortKey
    bool m_hasMore = false;
    bool m_fetching = false; // fetchMore() is not re-entered from its own signals
    std::optional<client::StoredMessage> m_older; // the newest message older than row 0, if any
    qint64 m_unreadMarkerId = 0;
    int m_unreadAtOpen = 0;
    struct CachedImage
    {
        QString path; // the local file it was read for (empty: the thumbnail)
        QImage image;
    };
    mutable QHash<qint64, CachedImage> m_images; // by local id, decoded on first use
};

} // namespace natter::models
