#include "ui/MessageListView.h"

#include "client/ClientTypes.h"
#include "models/MessageListModel.h"
#include "ui/MessageDelegate.h"
#include "ui/Theme.h"
#include "ui/TimeFormat.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QIdentityProxyModel>
#include <QMenu>
#include <QPainter>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QTimer>

namespace natter::ui {

using models::MessageListModel;

namespace {
constexpr int kBottomPadding = 8; // below the newest bubble
constexpr int kPrefetchDistance = 400; // pixels from the top at which older pages load

// QAbstractItemView fetches more whenever its last row is visible, which in a chat (scrolled
// to the newest message) is always. The view sees the model through this proxy, which hides
// the paging; MessageListView fetches older pages itself when the top comes near.
class NoAutoFetchProxyModel final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    bool canFetchMore(const QModelIndex &) const override { return false; }
    void fetchMore(const QModelIndex &) override { }
};
} // namespace

MessageListView::MessageListView(QWidget *parent)
    : QListView(parent)
    , m_proxy(new NoAutoFetchProxyModel(this))
    , m_delegate(new MessageDelegate(this))
{
    setItemDelegate(m_delegate);
    connect(m_delegate, &MessageDelegate::retryRequested, this, &MessageListView::retryRequested);
    connect(m_delegate, &MessageDelegate::actionRequested, this, &MessageListView::actionRequested);
    setMouseTracking(true); // the hand cursor over buttons inside bubbles
    setModel(m_proxy);
    setVerticalScrollMode(ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(ExtendedSelection);
    setSelectionBehavior(SelectRows);
    setEditTriggers(NoEditTriggers);
    setResizeMode(Adjust);
    setWordWrap(true); // re-lays out the rows on every width change
    setUniformItemSizes(false);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setAutoFillBackground(false);
    verticalScrollBar()->setSingleStep(24);
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int max) {
        if (m_relayout)
            return; // updateGeometries() places the view itself
        if (m_atBottom)
            verticalScrollBar()->setValue(max);
        updateAtBottom();
    });
}

MessageListView::~MessageListView() = default;

void MessageListView::setMessageModel(MessageListModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_delegate->clearCache();
    static_cast<QIdentityProxyModel *>(m_proxy)->setSourceModel(model);
    if (model) {
        // A receipt or a server id may change a row's height; a cheap relayout follows.
        // Transfer progress only repaints its row (the base class does that).
        connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                const bool progressOnly
                    = !roles.isEmpty() && std::all_of(roles.begin(), roles.end(), [](int role) {
                          return role == MessageListModel::TransferBytesRole
                              || role == MessageListModel::TransferProgressRole;
                      });
                if (!progressOnly)
                    scheduleDelayedItemsLayout();
            });
    }
    m_topMargin = -1;
    doItemsLayout();
    scrollToNewest();
}

MessageListModel *MessageListView::messageModel() const
{
    return m_model;
}

QModelIndex MessageListView::viewIndex(int sourceRow) const
{
    return m_proxy->index(sourceRow, 0);
}

void MessageListView::setNames(const QString &ownName, const QString &peerName)
{
    m_ownName = ownName;
    m_peerName = peerName;
}

void MessageListView::scrollToNewest()
{
    setAtBottom(true); // pinned while the layout below changes the range
    scrollToBottom(); // runs a pending layout first
    updateAtBottom();
}

void MessageListView::scrollToRowAtTop(int sourceRow)
{
    const QModelIndex index = viewIndex(sourceRow);
    if (!index.isValid())
        return;
    doItemsLayout();
    setAtBottom(false);
    scrollTo(index, PositionAtTop);
    // Leave a little of the message before it in view.
    verticalScrollBar()->setValue(verticalScrollBar()->value() - 12);
    m_anchor = index;
    m_anchorOffset = visualRect(index).top();
    updateAtBottom();
}

void MessageListView::updateAtBottom()
{
    const QScrollBar *bar = verticalScrollBar();
    setAtBottom(bar->value() >= bar->maximum() - 4);
}

void MessageListView::setAtBottom(bool atBottom)
{
    if (atBottom == m_atBottom)
        return;
    m_atBottom = atBottom;
    emit atBottomChanged(atBottom);
}

void MessageListView::verticalScrollbarValueChanged(int value)
{
    // While the rows are laid out anew, the value follows the layout, not the user.
    if (m_relayout)
        return;
    // The base class would fetch more at the bottom; history grows at the top here.
    updateAtBottom();
    rememberAnchor();
    if (value <= kPrefetchDistance)
        scheduleFetchOlder();
}

void MessageListView::rememberAnchor()
{
    const QModelIndex top = indexAt(QPoint(viewport()->width() / 2, 0));
    m_anchor = top;
    m_anchorOffset = top.isValid() ? visualRect(top).top() : 0;
}

void MessageListView::scheduleFetchOlder()
{
    if (m_fetchQueued || !m_model || !m_model->canFetchMore({}))
        return;
    m_fetchQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_fetchQueued = false;
        fetchOlder();
    });
}

void MessageListView::fetchOlder()
{
    if (!m_model || !m_model->canFetchMore({}))
        return;
    // The rows above the anchor grow by a page; updateGeometries() moves down by as much, so
    // nothing visible moves (or stays at the bottom when it was there).
    rememberAnchor();
    m_model->fetchMore({});
    doItemsLayout();
    if (verticalScrollBar()->value() <= kPrefetchDistance)
        scheduleFetchOlder();
}

void MessageListView::updateGeometries()
{
    {
        const QScopedValueRollback relayout(m_relayout, true);
        QListView::updateGeometries();
        // Rows above may have changed their height (a new width, an older page): keep the
        // message at the top where it was, unless the newest one is what is being shown.
        QScrollBar *bar = verticalScrollBar();
        if (m_atBottom)
            bar->setValue(bar->maximum());
        else if (m_anchor.isValid())
            bar->setValue(bar->value() + visualRect(m_anchor).top() - m_anchorOffset);
    }
    updateAtBottom();
    // A short history sits at the bottom, next to the composer, as in a chat.
    const int available = height() - 2 * frameWidth() - kBottomPadding;
    const int top = std::max(0, available - contentsSize().height());
    if (top != m_topMargin) {
        m_topMargin = top;
        setViewportMargins(0, top, 0, kBottomPadding);
    }
    if (verticalScrollBar()->maximum() == 0)
        scheduleFetchOlder();
}

bool MessageListView::event(QEvent *event)
{
    if (event->type() == QEvent::Paint) {
        // The margins around the viewport belong to this widget: give them the chat colour too.
        QPainter p(this);
        p.fillRect(rect(), Theme::from(palette()).chatBackground);
    }
    return QListView::event(event);
}

void MessageListView::paintEvent(QPaintEvent *event)
{
    {
        QPainter p(viewport());
        p.fillRect(event->rect(), Theme::from(palette()).chatBackground);
    }
    QListView::paintEvent(event);
}

void MessageListView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        m_delegate->clearCache();
    QListView::changeEvent(event);
}

QString MessageListView::selectedText() const
{
    if (!m_model)
        return {};
    QList<int> rows;
    const QModelIndexList selected = selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    if (rows.size() == 1)
        return m_model->index(rows.first()).data(MessageListModel::TextRole).toString();
    QStringList parts;
    for (int row : std::as_const(rows)) {
        const QModelIndex index = m_model->index(row);
        const bool outgoing = index.data(MessageListModel::OutgoingRole).toBool();
        const QDateTime when = index.data(MessageListModel::TimestampRole).toDateTime();
        parts << tr("[%1 %2] %3: %4")
                     .arg(QLocale().toString(when.date(), QLocale::ShortFormat),
                         timeformat::messageTime(when), outgoing ? m_ownName : m_peerName,
                         index.data(MessageListModel::TextRole).toString());
    }
    return parts.join(u'\n');
}

void MessageListView::copySelection() const
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void MessageListView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

QMenu *MessageListView::createContextMenu(const QModelIndex &index)
{
    auto *menu = new QMenu(this);
    QAction *copy = menu->addAction(tr("&Copy"), this, &MessageListView::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(selectionModel()->hasSelection());
    if (index.isValid()) {
        const auto state = client::MessageState(index.data(MessageListModel::StateRole).toInt());
        if (state == client::MessageState::Failed
            && index.data(MessageListModel::OutgoingRole).toBool()) {
            const qint64 id = index.data(MessageListModel::LocalIdRole).toLongLong();
            menu->addAction(tr("&Retry"), this, [this, id] { emit retryRequested(id); });
        }
        addFileActions(menu, index);
    }
    menu->addSeparator();
    menu->addAction(tr("Select &All"), this, &QAbstractItemView::selectAll)
        ->setShortcut(QKeySequence::SelectAll);
    return menu;
}

void MessageListView::addFileActions(QMenu *menu, const QModelIndex &index)
{
    const qint64 id = index.data(MessageListModel::LocalIdRole).toLongLong();
    const auto add = [this, menu, id](const QString &text, BubbleAction action) {
        menu->addAction(text, this, [this, id, action] { emit actionRequested(id, action); });
    };
    const auto kind = protocol::MessageKind(index.data(MessageListModel::KindRole).toInt());
    if (kind == protocol::MessageKind::Location) {
        add(tr("Open &Map"), BubbleAction::OpenLocation);
        return;
    }
    if (kind == protocol::MessageKind::Contact) {
        add(tr("&Message Contact"), BubbleAction::MessageContact);
        add(tr("Save as .&vcf…"), BubbleAction::SaveContact);
        return;
    }
    if (kind != protocol::MessageKind::Media && kind != protocol::MessageKind::Document)
        return;
    using client::TransferState;
    const auto state = TransferState(index.data(MessageListModel::TransferStateRole).toInt());
    const bool local = !index.data(MessageListModel::LocalPathRole).toString().isEmpty();
    if (state == TransferState::Preparing || state == TransferState::Uploading
        || state == TransferState::Downloading || state == TransferState::Waiting)
        add(tr("Ca&ncel Transfer"), BubbleAction::Cancel);
    else if ((state == TransferState::Failed || state == TransferState::Cancelled)
        && client::MessageState(index.data(MessageListModel::StateRole).toInt())
            != client::MessageState::Failed) // else "Retry" is there already
        add(tr("Retry &Transfer"), BubbleAction::Retry);
    else if (!local)
        add(tr("&Download"), BubbleAction::Download);
    if (local) {
        add(tr("&Open"), BubbleAction::Open);
        add(tr("&Save as…"), BubbleAction::SaveAs);
    }
}

void MessageListView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (index.isValid() && !selectionModel()->isSelected(index))
        selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QMenu *menu = createContextMenu(index);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

} // namespace natter::ui
