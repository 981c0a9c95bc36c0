#include "ui/StatusPane.h"

#include "client/ChatClient.h"
#include "client/StatusClient.h"
#include "models/StatusListModel.h"
#include "ui/Painting.h"
#include "ui/StatusDelegate.h"
#include "ui/StatusPainting.h"
#include "ui/Theme.h"
#include "ui/dialogs/AddStatusDialog.h"
#include "ui/dialogs/InlineMessage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace natter::ui {

using models::StatusListModel;

StatusPane::StatusPane(client::ChatClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(new StatusListModel(client, this))
    , m_list(new QListView(this))
    , m_add(new QToolButton(this))
    , m_hint(new QLabel(this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("statusPane"));
    auto *title = new QLabel(tr("Status"), this);
    QFont titleFont = scaledFont(font(), 1.45);
    titleFont.setWeight(QFont::Bold);
    title->setFont(titleFont);

    m_add->setObjectName(QStringLiteral("addStatusButton"));
    m_add->setAutoRaise(true);
    m_add->setIconSize(QSize(22, 22));
    m_add->setToolTip(tr("Add status"));
    m_add->setAccessibleName(tr("Add status"));
    m_add->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_add);
    menu->addAction(tr("&Text status…"), this, [this] { showAddDialog(false); });
    menu->addAction(tr("&Photo or video…"), this, [this] { showAddDialog(true); });
    m_add->setMenu(menu);

    m_list->setObjectName(QStringLiteral("statusList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new StatusDelegate(m_list));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setMouseTracking(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setAccessibleName(tr("Status updates"));
    connect(m_list, &QListView::clicked, this, &StatusPane::activate);
    connect(m_list, &QListView::activated, this, &StatusPane::activate);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this,
        [this](const QPoint &pos) { showFailedPostMenu(m_list->indexAt(pos)); });

    m_hint->setObjectName(QStringLiteral("statusHint"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setContentsMargins(24, 8, 24, 24);
    m_hint->setText(tr("No status updates from your contacts in the last 24 hours."));
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &StatusPane::updateHint);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StatusPane::updateHint);

    if (client) {
        connect(client->statuses(), &client::StatusClient::failed, this,
            [this](const QString &clientId, const QString &reason) {
                // A stored post shows its failure in the "My status" row.
                if (clientId.isEmpty())
                    m_message->showMessage(InlineMessage::Kind::Error, reason);
            });
        connect(
            client->statuses(), &client::StatusClient::posted, m_message, &InlineMessage::clear);
    }

    auto *titleRow = new QHBoxLayout;
    titleRow->setContentsMargins(16, 10, 10, 4);
    titleRow->addWidget(title, 1);
    titleRow->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 1, 0); // room for the divider on the right
    layout->setSpacing(0);
    layout->addLayout(titleRow);
    auto *messageRow = new QVBoxLayout;
    messageRow->setContentsMargins(12, 0, 12, 4);
    messageRow->addWidget(m_message);
    layout->addLayout(messageRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);
    layout->addStretch(0); // takes the room below the hint while the list is short
    changeEvent(nullptr);
    updateHint();
}

StatusPane::~StatusPane() = default;

QString StatusPane::messageText() const
{
    return m_message->text();
}

void StatusPane::updateHint()
{
    // Only "My status": nobody else has posted anything.
    const bool alone = m_model->rowCount() <= 1;
    m_hint->setVisible(alone && m_client && !m_client->phone().isEmpty());
    // While only "My status" is there, the list is as tall as that row and the hint sits right
    // below it; otherwise the list takes the whole pane.
    if (alone) {
        const int rows = m_model->rowCount() > 0 ? m_list->sizeHintForRow(0) : 0;
        m_list->setFixedHeight(rows + 2 * m_list->frameWidth());
    } else {
        m_list->setMinimumHeight(0);
        m_list->setMaximumHeight(QWIDGETSIZE_MAX);
    }
}

void StatusPane::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const bool mine
        = index.data(StatusListModel::SectionRole).toInt() == StatusListModel::MineSection;
    if (mine && index.data(StatusListModel::FailedCountRole).toInt() > 0) {
        showFailedPostMenu(index);
        return;
    }
    if (mine && index.data(StatusListModel::CountRole).toInt() == 0) {
        showAddDialog(false);
        return;
    }
    emit viewRequested(index.data(StatusListModel::OwnerRole).toString());
}

void StatusPane::showFailedPostMenu(const QModelIndex &index)
{
    if (!index.isValid()
        || index.data(StatusListModel::SectionRole).toInt() != StatusListModel::MineSection)
        return;
    QMenu *menu = failedPostMenu();
    if (!menu)
        return;
    const QRect row = m_list->visualRect(index);
    menu->popup(m_list->viewport()->mapToGlobal(QPoint(row.left() + 60, row.bottom() - 8)));
}

QMenu *StatusPane::failedPostMenu()
{
    if (!m_client)
        return nullptr;
    const auto posts = m_client->statuses()->pendingPosts();
    const bool any = std::any_of(posts.cbegin(), posts.cend(),
        [](const auto &p) { return p.state == client::StatusClient::PostState::Failed; });
    if (!any)
        return nullptr;
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("failedStatusMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("&Try again"), this, &StatusPane::retryFailedPosts);
    menu->addAction(tr("&Discard"), this, &StatusPane::discardFailedPosts);
    const QModelIndex mine = m_model->index(0);
    if (mine.isValid() && mine.data(StatusListModel::CountRole).toInt() > 0) {
        menu->addSeparator();
        menu->addAction(tr("&View my status"), this,
            [this] { emit viewRequested(m_client ? m_client->phone() : QString()); });
    }
    return menu;
}

void StatusPane::retryFailedPosts()
{
    if (!m_client)
        return;
    for (const auto &post : m_client->statuses()->pendingPosts())
        if (post.state == client::StatusClient::PostState::Failed)
            m_client->statuses()->retryPost(post.clientId);
}

void StatusPane::discardFailedPosts()
{
    if (!m_client)
        return;
    for (const auto &post : m_client->statuses()->pendingPosts())
        if (post.state == client::StatusClient::PostState::Failed)
            m_client->statuses()->cancelPost(post.clientId);
}

AddStatusDialog *StatusPane::showAddDialog(bool media)
{
    if (m_dialog) {
        m_dialog->setMode(media ? AddStatusDialog::Mode::Media : AddStatusDialog::Mode::Text);
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    m_message->clear();
    auto *dialog = new AddStatusDialog(
        m_client, media ? AddStatusDialog::Mode::Media : AddStatusDialog::Mode::Text, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_client)
            return;
        if (dialog->mode() == AddStatusDialog::Mode::Text)
            m_client->statuses()->postText(dialog->text(), dialog->background());
        else
            m_client->statuses()->postMedia(
                dialog->filePath(), dialog->caption(), dialog->thumbnail());
    });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

void StatusPane::changeEvent(QEvent *event)
{
    if (!event || event->type() == QEvent::PaletteChange) {
        const Theme theme = Theme::from(palette());
        m_add->setIcon(statuspainting::addIcon(theme.secondaryText));
        QPalette pal = m_hint->palette();
        pal.setColor(QPalette::WindowText, theme.secondaryText);
        m_hint->setPalette(pal);
    }
    if (event)
        QWidget::changeEvent(event);
}

void StatusPane::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    p.setPen(Theme::from(palette()).divider);
    p.drawLine(width() - 1, 0, width() - 1, height());
}

} // namespace natter::ui
