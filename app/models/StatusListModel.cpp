#include "models/StatusListModel.h"

#include "client/ChatClient.h"
#include "client/LocalStore.h"
#include "client/StatusClient.h"
#include "models/Avatar.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace natter::models {

using client::StatusClient;
using protocol::StatusItem;

StatusListModel::StatusListModel(client::ChatClient *client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
{
    if (client) {
        connect(client->statuses(), &StatusClient::changed, this, &StatusListModel::reload);
        connect(client->statuses(), &StatusClient::postProgress, this, &StatusListModel::reload);
        connect(client, &client::ChatClient::accountChanged, this, &StatusListModel::reload);
        // A contact's name may become known later.
        connect(client, &client::ChatClient::conversationChanged, this, &StatusListModel::reload);
    }
    m_rows = readRows();
}

StatusListModel::~StatusListModel() = default;

QString StatusListModel::nameOf(const QString &phone, const QString &serverName) const
{
    if (m_client && m_client->store()) {
        if (const auto contact = m_client->store()->contact(phone);
            contact && !contact->name.isEmpty())
            return contact->name;
    }
    return serverName.isEmpty() ? phone : serverName;
}

QList<StatusListModel::Row> StatusListModel::readRows() const
{
    QList<Row> rows;
    if (!m_client || m_client->phone().isEmpty())
        return rows;
    const StatusClient *statuses = m_client->statuses();
    const QString me = m_client->phone();
    Row mine;
    mine.owner = me;
    mine.name = tr("My status");
    mine.section = MineSection;
    qint64 done = 0;
    qint64 total = 0;
    for (const StatusClient::PendingPost &post : statuses->pendingPosts()) {
        if (post.state == StatusClient::PostState::Failed) {
            if (mine.failed++ == 0)
                mine.failure = post.failure;
            continue;
        }
        ++mine.pending;
        if (post.state == StatusClient::PostState::Uploading && post.bytesTotal > 0) {
            done += post.bytesDone;
            total += post.bytesTotal;
        }
    }
    if (total > 0)
        mine.progress = int(std::clamp<qint64>(done * 100 / total, 0, 100));
    QSet<QString> viewers;
    QHash<QString, Row> others;
    for (const StatusItem &s : statuses->statuses()) {
        if (s.owner == me) {
            ++mine.count;
            mine.latest = std::max(mine.latest, s.posted);
            for (const auto &v : s.views)
                viewers.insert(v.viewer);
            continue;
        }
        Row &row = others[s.owner];
        row.owner = s.owner;
        row.name = nameOf(s.owner, s.ownerName);
        ++row.count;
        if (!s.viewed)
            ++row.unseen;
        row.latest = std::max(row.latest, s.posted);
    }
    mine.views = int(viewers.size());
    rows.append(mine);
    QList<Row> rest = others.values();
    for (Row &row : rest)
        row.section = row.unseen > 0 ? RecentSection : ViewedSection;
    std::sort(rest.begin(), rest.end(), [](const Row &a, const Row &b) {
        if (a.section != b.section)
            return a.section < b.section;
        if (a.latest != b.latest)
            return a.latest > b.latest;
        return a.owner < b.owner;
    });
    rows.append(rest);
    return rows;
}

void StatusListModel::reload()
{
    QList<Row> rows = readRows();
    if (rows == m_rows)
        return;
    const bool sameOwners = rows.size() == m_rows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
            [](const Row &a, const Row &b) { return a.owner == b.owner; });
    if (sameOwners) {
        m_rows = rows;
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int StatusListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StatusListModel::rowOf(const QString &owner) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).owner == owner)
            return i;
    return -1;
}

QVariant StatusListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case OwnerRole:
        return row.owner;
    case Qt::DisplayRole:
    case DisplayNameRole:
        return row.name;
    case InitialsRole:
        if (row.section == MineSection && m_client)
            return avatar::initials(m_client->displayName());
        return avatar::initials(row.name);
    case Qt::DecorationRole:
    case AvatarColorRole:
        return avatar::colorFor(row.owner);
    case CountRole:
        return row.count;
    case UnseenCountRole:
        return row.unseen;
    case LatestPostedRole:
        return row.latest > 0 ? QDateTime::fromMSecsSinceEpoch(row.latest) : QDateTime();
    case SectionRole:
        return int(row.section);
    case FirstInSectionRole:
        return index.row() == 0 || m_rows.at(index.row() - 1).section != row.section;
    case PendingCountRole:
        return row.pending;
    case ViewCountRole:
        return row.views;
    case UploadProgressRole:
        return row.progress;
    case FailedCountRole:
        return row.failed;
    case FailureRole:
        return row.failure;
    case Qt::ToolTipRole:
        if (row.section == MineSection && row.failed > 0)
            return tr("Click to try again or to discard it");
        return {};
    case Qt::AccessibleTextRole:
        if (row.section == MineSection && row.failed > 0)
            return tr("My status: couldn't send: %1").arg(row.failure);
        if (row.section == MineSection)
            return row.count == 0 ? tr("My status: none. Add one.")
                                  : tr("My status: %n updates", nullptr, row.count);
        return tr("%1: %n updates, %2 unseen", nullptr, row.count).arg(row.name).arg(row.unseen);
    default:
        return {};
    }
}

QHash<int, QByteArray> StatusListModel::roleNames() const
{
    return {
        {OwnerRole, "owner"},
        {DisplayNameRole, "displayName"},
        {InitialsRole, "initials"},
        {AvatarColorRole, "avatarColor"},
        {CountRole, "count"},
        {UnseenCountRole, "unseenCount"},
        {LatestPostedRole, "latestPosted"},
        {SectionRole, "section"},
        {FirstInSectionRole, "firstInSection"},
        {PendingCountRole, "pendingCount"},
        {ViewCountRole, "viewCount"},
        {UploadProgressRole, "uploadProgress"},
        {FailedCountRole, "failedCount"},
        {FailureRole, "failure"},
    };
}

} // namespace natter::models
