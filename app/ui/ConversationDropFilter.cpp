#include "ui/ConversationDropFilter.h"

#include "models/ConversationListModel.h"
#include "ui/Attachments.h"

#include <QDragMoveEvent>
#include <QDropEvent>
#include <QListView>
#include <QMimeData>

namespace natter::ui {

using models::ConversationListModel;

ConversationDropFilter::ConversationDropFilter(QListView *list)
    : QObject(list)
    , m_list(list)
{
    list->viewport()->setAcceptDrops(true);
    list->viewport()->installEventFilter(this);
}

ConversationDropFilter::~ConversationDropFilter() = default;

QString ConversationDropFilter::peerAt(const QPoint &pos) const
{
    return m_list->indexAt(pos).data(ConversationListModel::PeerRole).toString();
}

void ConversationDropFilter::highlight(const QString &peer)
{
    const QModelIndex current = m_list->currentIndex();
    if (current.data(ConversationListModel::PeerRole).toString() == peer
        && m_list->selectionModel()->isSelected(current))
        return;
    QAbstractItemModel *model = m_list->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(ConversationListModel::PeerRole).toString() == peer) {
            m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
            return;
        }
    }
}

void ConversationDropFilter::restore()
{
    if (!m_dragging)
        return;
    m_dragging = false;
    if (m_selectedBefore.isEmpty()) {
        m_list->selectionModel()->clearSelection();
        m_list->selectionModel()->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
    } else {
        highlight(m_selectedBefore);
    }
}

bool ConversationDropFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_list->viewport())
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (Attachments::localFiles(drag->mimeData()).isEmpty()) {
            drag->ignore();
            return true;
        }
        if (!m_dragging) {
            m_dragging = true;
            m_selectedBefore = m_list->selectionModel()->hasSelection()
                ? m_list->currentIndex().data(ConversationListModel::PeerRole).toString()
                : QString();
        }
        const QString peer = peerAt(drag->position().toPoint());
        // Entering is accepted anywhere, so moves keep coming; a drop needs a row.
        if (peer.isEmpty()) {
            drag->setDropAction(Qt::IgnoreAction);
            if (event->type() == QEvent::DragMove)
                drag->ignore();
            else
                drag->accept();
            return true;
        }
        highlight(peer);
        drag->setDropAction(Qt::CopyAction);
        drag->accept();
        return true;
    }
    case QEvent::DragLeave:
        restore();
        return true;
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QString peer = peerAt(drop->position().toPoint());
        const QStringList files = Attachments::localFiles(drop->mimeData());
        restore();
        if (peer.isEmpty() || files.isEmpty()) {
            drop->ignore();
            return true;
        }
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
        emit filesDropped(peer, files);
        return true;
    }
    default:
        return QObject::eventFilter(watched, event);
    }
}

} // namespace natter::ui
