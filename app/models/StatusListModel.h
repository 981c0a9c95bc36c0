#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>

namespace natter::client {
class ChatClient;
class StatusClient;
} // namespace natter::client

namespace natter::models {

// The status list: row 0 is "My status" (while an account is active), then one row per contact
// with live statuses — those with statuses the user has not seen first, then those seen in
// full; newest first within each group. The own row also tells about the posts on their way
// (upload progress) and the ones that failed. Follows StatusClient::changed() and
// postProgress().
class StatusListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Section { MineSection = 0, RecentSection = 1, ViewedSection = 2 };
    Q_ENUM(Section)
    enum Role {
        OwnerRole = Qt::UserRole + 1, // QString, E.164
        DisplayNameRole, // QString (also Qt::DisplayRole); "My status" for the own row
        InitialsRole, // QString, may be empty
        AvatarColorRole, // QColor
        CountRole, // int: live statuses
        UnseenCountRole, // int: not viewed yet (0 for the own row)
        LatestPostedRole, // QDateTime (local) of the newest status, invalid when none
        SectionRole, // int (Section)
        FirstInSectionRole, // bool: the first row of its section (the delegate draws a caption)
        PendingCountRole, // int: own posts on their way (not the failed ones)
        ViewCountRole, // int: own row: distinct viewers of all own statuses
        UploadProgressRole, // int: own row: percent uploaded of the media posts on their way,
                            // -1 when none is uploading
        FailedCountRole, // int: own posts that could not be sent (retry or discard)
        FailureRole, // QString: own row: why the oldest failed post could not be sent
    };
    Q_ENUM(Role)

    explicit StatusListModel(client::ChatClient *client, QObject *parent = nullptr);
    ~StatusListModel() override;
    Q_DISABLE_COPY_MOVE(StatusListModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(const QString &owner) const;
    // Reads everything again from the StatusClient.
    void reload();

private:
    struct Row
    {
        QString owner;
        QString name;
        int count = 0;
        int unseen = 0;
        qint64 latest = 0;
        int pending = 0;
        int views = 0;
        int progress = -1;
        int failed = 0;
        QString failure;
        Section section = RecentSection;
        bool operator==(const Row &) const = default;
    };
    QList<Row> readRows() const;
    QString nameOf(const QString &phone, const QString &serverName) const;

    QPointer<client::ChatClient> m_client;
    QList<Row> m_rows;
};

} // namespace natter::models
