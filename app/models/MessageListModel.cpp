#include "models/MessageListModel.h"

#include "client/ChatClient.h"
#include "client/LocalStore.h"
#include "models/MessagePreview.h"

#include <QDateTime>
#include <QFileInfo>
#include <QImageReader>
#include <QLocale>
#include <QScopedValueRollback>
#include <QUrl>

#include <algorithm>

namespace natter::models {

using namespace natter::client;
using natter::protocol::MessageContent;
using natter::protocol::MessageKind;

MessageListModel::MessageListModel(
    ChatClient *client, const QString &peer, QObject *parent, int pageSize)
    : QAbstractListModel(parent)
    , m_client(client)
    , m_peer(peer)
    , m_pageSize(std::max(1, pageSize))
{
    connect(client, &ChatClient::messageAdded, this, &MessageListModel::onMessageAdded);
    connect(client, &ChatClient::messageChanged, this, &MessageListModel::onMessageChanged);
    connect(client, &ChatClient::transferProgress, this, &MessageListModel::onTransferProgress);
    connect(client, &ChatClient::accountChanged, this, [this] {
        beginResetModel();
        reload();
        endResetModel();
    });
    reload();
}

MessageListModel::~MessageListModel() = default;

void MessageListModel::reload()
{
    m_rows.clear();
    m_hasMore = false;
    m_older.reset();
    m_unreadMarkerId = 0;
    m_unreadAtOpen = 0;
    m_images.clear();
    if (!m_client || !m_client->store())
        return;
    const LocalStore &store = *m_client->store();
    m_rows = readPage(kNewestSortKey);
    if (const auto first = store.firstUnread(m_peer)) {
        m_unreadMarkerId = first->localId;
        if (const auto c = store.conversation(m_peer))
            m_unreadAtOpen = std::max(1, c->unreadCount);
    }
}

QList<StoredMessage> MessageListModel::readPage(qint64 before)
{
    // One more than a page tells whether there is more, and which message precedes the page.
    QList<StoredMessage> page = m_client->store()->messages(m_peer, before, m_pageSize + 1);
    m_hasMore = page.size() > m_pageSize;
    if (m_hasMore)
        m_older = page.takeLast();
    else
        m_older.reset();
    std::reverse(page.begin(), page.end());
    return page;
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool MessageListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore;
}

void MessageListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_hasMore || m_fetching || !m_client || !m_client->store())
        return;
    const QScopedValueRollback guard(m_fetching, true);
    const qint64 before = m_rows.isEmpty() ? kNewestSortKey : m_rows.first().sortKey;
    QList<StoredMessage> page = readPage(before);
    if (page.isEmpty())
        return;
    const int count = int(page.size());
    beginInsertRows({}, 0, count - 1);
    page.append(m_rows);
    m_rows = std::move(page);
    endInsertRows();
    // The former first row may lose its date separator now that its predecessor is known.
    refreshRows(count, count);
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const StoredMessage &m = m_rows.at(row);
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return displayText(m.content);
    case Qt::ToolTipRole:
        return m.state == MessageState::Failed ? m.failureReason : QVariant();
    case Qt::AccessibleTextRole:
        return accessibleText(m);
    case LocalIdRole:
        return m.localId;
    case OutgoingRole:
        return m.outgoing;
    case StateRole:
        return int(m.state);
    case TimestampRole:
        return QDateTime::fromMSecsSinceEpoch(m.timestamp);
    case FailureReasonRole:
        return m.failureReason;
    case DateSeparatorRole:
        return needsDateSeparator(row);
    case SenderRole:
        return m.outgoing ? (m_client ? m_client->phone() : QString()) : m.peer;
    case FirstInGroupRole:
        return isFirstInGroup(row);
    case UnreadMarkerRole:
        return m.localId == m_unreadMarkerId ? m_unreadAtOpen : 0;
    case ServerIdRole:
        return m.serverId;
    case KindRole:
        return int(m.content.kind);
    case CaptionRole:
        return m.content.text;
    case FileCategoryRole:
        return int(preview::fileCategory(m.content));
    case FileIdRole:
        return m.content.file ? m.content.file->fileId : QString();
    case FileNameRole:
        return m.content.file ? m.content.file->name : QString();
    case FileMimeRole:
        return m.content.file ? m.content.file->mime : QString();
    case FileSizeRole:
        return m.content.file ? m.content.file->size : qint64(0);
    case ImageRole:
        return imageOf(m);
    case TransferStateRole:
        return int(m.transfer.state);
    case TransferBytesRole:
        return m.transfer.bytesDone;
    case TransferProgressRole: {
        const qint64 size = m.content.file ? m.content.file->size : 0;
        if (m.transfer.state == TransferState::Done)
            return 100;
        return size > 0 ? int(std::clamp<qint64>(m.transfer.bytesDone * 100 / size, 0, 100)) : 0;
    }
    case LocalPathRole:
        return m.transfer.localPath;
    case TransferErrorRole:
        return m.transfer.error;
    case LatitudeRole:
        return m.content.location ? m.content.location->latitude : 0.0;
    case LongitudeRole:
        return m.content.location ? m.content.location->longitude : 0.0;
    case LocationLabelRole:
        return m.content.location ? m.content.location->label : QString();
    case LocationAccuracyRole:
        return m.content.location && m.content.location->accuracy
            ? QVariant(*m.content.location->accuracy)
            : QVariant();
    case LocationUrlRole:
        return m.content.location ? QUrl(preview::openStreetMapUrl(
                   m.content.location->latitude, m.content.location->longitude))
                                  : QUrl();
    case VCardRole:
        return m.content.vcard;
    case ContactNameRole:
        return m.content.kind == MessageKind::Contact
            ? preview::summarizeVCard(m.content.vcard).name
            : QString();
    case ContactPhonesRole:
        return m.content.kind == MessageKind::Contact
            ? preview::summarizeVCard(m.content.vcard).phones
            : QStringList();
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({
        {LocalIdRole, "localId"},
        {TextRole, "text"},
        {OutgoingRole, "outgoing"},
        {StateRole, "state"},
        {TimestampRole, "timestamp"},
        {FailureReasonRole, "failureReason"},
        {DateSeparatorRole, "dateSeparator"},
        {SenderRole, "sender"},
        {FirstInGroupRole, "firstInGroup"},
        {UnreadMarkerRole, "unreadMarker"},
        {ServerIdRole, "serverId"},
        {KindRole, "kind"},
        {CaptionRole, "caption"},
        {FileCategoryRole, "fileCategory"},
        {FileIdRole, "fileId"},
        {FileNameRole, "fileName"},
        {FileMimeRole, "fileMime"},
        {FileSizeRole, "fileSize"},
        {ImageRole, "image"},
        {TransferStateRole, "transferState"},
        {TransferBytesRole, "transferBytes"},
        {TransferProgressRole, "transferProgress"},
        {LocalPathRole, "localPath"},
        {TransferErrorRole, "transferError"},
        {LatitudeRole, "latitude"},
        {LongitudeRole, "longitude"},
        {LocationLabelRole, "locationLabel"},
        {LocationAccuracyRole, "locationAccuracy"},
        {LocationUrlRole, "locationUrl"},
        {VCardRole, "vcard"},
        {ContactNameRole, "contactName"},
        {ContactPhonesRole, "contactPhones"},
    });
    return names;
}

Qt::ItemFlags MessageListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QString MessageListModel::displayText(const MessageContent &content)
{
    if (content.kind == MessageKind::Text)
        return content.text;
    // The label and, on its own lines, the whole caption.
    MessageContent label = content;
    label.text.clear();
    const QString line = preview::oneLine(label);
    return content.text.isEmpty() ? line : line + u'\n' + content.text;
}

QString MessageListModel::accessibleText(const StoredMessage &m)
{
    const QString time
        = QLocale().toString(QDateTime::fromMSecsSinceEpoch(m.timestamp), QLocale::ShortFormat);
    if (!m.outgoing)
        return tr("Received %1: %2").arg(time, displayText(m.content));
    QString state;
    switch (m.state) {
    case MessageState::Pending:
        state = tr("waiting to be sent");
        break;
    case MessageState::Sent:
        state = tr("sent");
        break;
    case MessageState::Delivered:
        state = tr("delivered");
        break;
    case MessageState::Read:
        state = tr("read");
        break;
    case MessageState::Failed:
        state = tr("not sent: %1").arg(m.failureReason);
        break;
    }
    return tr("You, %1, %2: %3").arg(time, state, displayText(m.content));
}

int MessageListModel::rowOf(qint64 localId) const
{
    // Changes are nearly always to recent messages: search from the newest.
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (m_rows[i].localId == localId)
            return i;
    }
    return -1;
}

int MessageListModel::loadUntil(qint64 localId)
{
    if (!m_client || !m_client->store())
        return -1;
    const auto target = m_client->store()->message(localId);
    if (!target || target->peer != m_peer)
        return -1;
    while (m_hasMore && (m_rows.isEmpty() || m_rows.first().sortKey > target->sortKey))
        fetchMore({});
    return rowOf(localId);
}

int MessageListModel::insertPosition(qint64 sortKey, int skipRow) const
{
    int pos = 0;
    // Binary search over the rows without `skipRow`.
    int lo = 0;
    int hi = int(m_rows.size()) - (skipRow >= 0 ? 1 : 0);
    auto keyAt = [&](int i) { return m_rows[skipRow >= 0 && i >= skipRow ? i + 1 : i].sortKey; };
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (keyAt(mid) < sortKey)
            lo = mid + 1;
        else
            hi = mid;
    }
    pos = lo;
    return pos;
}

const StoredMessage *MessageListModel::previousOf(int row) const
{
    if (row > 0)
        return &m_rows[row - 1];
    return m_older ? &*m_older : nullptr;
}

bool MessageListModel::needsDateSeparator(int row) const
{
    const StoredMessage *previous = previousOf(row);
    if (!previous)
        return true;
    return QDateTime::fromMSecsSinceEpoch(previous->timestamp).date()
        != QDateTime::fromMSecsSinceEpoch(m_rows[row].timestamp).date();
}

bool MessageListModel::isFirstInGroup(int row) const
{
    const StoredMessage *previous = previousOf(row);
    return !previous || previous->outgoing != m_rows[row].outgoing || needsDateSeparator(row)
        || m_rows[row].localId == m_unreadMarkerId;
}

void MessageListModel::refreshRows(int first, int last)
{
    first = std::max(first, 0);
    last = std::min(last, int(m_rows.size()) - 1);
    if (first > last)
        return;
    emit dataChanged(index(first), index(last), {DateSeparatorRole, FirstInGroupRole});
}

void MessageListModel::onMessageAdded(const QString &peer, qint64 localId)
{
    if (peer != m_peer || !m_client || !m_client->store())
        return;
    if (rowOf(localId) >= 0) {
        onMessageChanged(peer, localId);
        return;
    }
    const auto m = m_client->store()->message(localId);
    if (!m)
        return;
    const int pos = insertPosition(m->sortKey);
    // Older than everything loaded while older pages remain: it arrives with its page.
    if (pos == 0 && m_hasMore)
        return;
    beginInsertRows({}, pos, pos);
    m_rows.insert(pos, *m);
    endInsertRows();
    refreshRows(pos + 1, pos + 1);
}

void MessageListModel::onMessageChanged(const QString &peer, qint64 localId)
{
    if (peer != m_peer || !m_client || !m_client->store())
        return;
    const int row = rowOf(localId);
    if (row < 0)
        return; // not loaded: read fresh when its page is
    const auto m = m_client->store()->message(localId);
    if (!m)
        return;
    int now = row;
    if (m->sortKey != m_rows[row].sortKey) {
        // `pos` is the row it gets once the others have closed the gap.
        const int pos = insertPosition(m->sortKey, row);
        if (pos != row) {
            beginMoveRows({}, row, row, {}, pos > row ? pos + 1 : pos);
            m_rows.move(row, pos);
            endMoveRows();
            now = pos;
        }
    }
    // The database may hold an older byte count than the last progress signal: while the
    // transfer keeps its state, progress never goes back.
    const FileTransfer &shown = m_rows[now].transfer;
    const qint64 shownBytes = shown.state == m->transfer.state ? shown.bytesDone : 0;
    m_rows[now] = *m;
    m_rows[now].transfer.bytesDone = std::max(m->transfer.bytesDone, shownBytes);
    m_images.remove(localId); // a download may have replaced the thumbnail
    const QModelIndex idx = index(now);
    emit dataChanged(idx, idx);
    if (now != row) {
        // Neighbours at the old and the new place may gain or lose a separator.
        refreshRows(row, row + 1);
        refreshRows(now + 1, now + 1);
    }
}

void MessageListModel::onTransferProgress(
    const QString &peer, qint64 localId, qint64 done, qint64 total)
{
    if (peer != m_peer)
        return;
    const int row = rowOf(localId);
    if (row < 0)
        return;
    StoredMessage &m = m_rows[row];
    if (m.transfer.bytesDone == done)
        return;
    m.transfer.bytesDone = done;
    if (m.content.file && total > 0 && m.content.file->size <= 0)
        m.content.file->size = total;
    const QModelIndex idx = index(row);
    emit dataChanged(idx, idx, {TransferBytesRole, TransferProgressRole});
}

QImage MessageListModel::imageOf(const StoredMessage &m) const
{
    if (!m.content.file)
        return {};
    const preview::FileCategory category = preview::fileCategory(m.content);
    if (category == preview::FileCategory::Video) {
        // A video's poster frame is the thumbnail that came with it (the file is never decoded
        // here), whether or not the video is downloaded.
        if (m.content.file->thumbnail.isEmpty())
            return {};
        const auto cached = m_images.constFind(m.localId);
        if (cached != m_images.constEnd())
            return cached->image;
        const QImage image = QImage::fromData(m.content.file->thumbnail);
        m_images.insert(m.localId, CachedImage {QString(), image});
        return image;
    }
    if (category != preview::FileCategory::Image)
        return {};
    const QString path
        = m.transfer.state == TransferState::Done || m.outgoing ? m.transfer.localPath : QString();
    const auto cached = m_images.constFind(m.localId);
    if (cached != m_images.constEnd() && cached->path == path)
        return cached->image;
    QImage image;
    if (!path.isEmpty() && QFileInfo::exists(path)) {
        // Decoded at the size it is shown at: a 16 MB photo costs no 100 MB of pixels.
        QImageReader reader(path);
        reader.setAutoTransform(true);
        const QSize full = reader.size();
        if (full.isValid() && std::max(full.width(), full.height()) > kImageSide)
            reader.setScaledSize(full.scaled(kImageSide, kImageSide, Qt::KeepAspectRatio));
        image = reader.read();
    }
    if (image.isNull() && !m.content.file->thumbnail.isEmpty())
        image = QImage::fromData(m.content.file->thumbnail);
    m_images.insert(m.localId, CachedImage {path, image});
    return image;
}

} // namespace natter::models
