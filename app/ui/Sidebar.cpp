#include "ui/Sidebar.h"

#include "models/ConversationFilterProxyModel.h"
#include "models/ConversationListModel.h"
#include "ui/ConnectionBanner.h"
#include "ui/ConversationDelegate.h"
#include "ui/Painting.h"
#include "ui/Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace natter::ui {

using models::ConversationListModel;

Sidebar::Sidebar(
    client::ChatClient *client, models::ConversationFilterProxyModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_search(new QLineEdit(this))
    , m_banner(new ConnectionBanner(client, this))
    , m_stack(new QStackedWidget(this))
    , m_list(new QListView(m_stack))
    , m_placeholder(new QLabel(m_stack))
    , m_newChat(new QToolButton(this))
{
    auto *title = new QLabel(tr("Chats"), this);
    QFont titleFont = scaledFont(font(), 1.45);
    titleFont.setWeight(QFont::Bold);
    title->setFont(titleFont);
    m_newChat->setObjectName(QStringLiteral("newChatButton"));
    m_newChat->setAutoRaise(true);
    m_newChat->setIconSize(QSize(22, 22));
    m_newChat->setToolTip(tr("New chat (Ctrl+N)"));
    m_newChat->setAccessibleName(tr("New chat"));
    connect(m_newChat, &QToolButton::clicked, this, &Sidebar::newChatRequested);

    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search chats"));
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setFilterText(text);
        selectPeer(m_selectedPeer);
        updatePlaceholder();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { activate(m_model->index(0, 0)); });

    m_list->setObjectName(QStringLiteral("conversationList"));
    m_list->setModel(model);
    m_list->setItemDelegate(new ConversationDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setMouseTracking(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setAccessibleName(tr("Chats"));
    connect(m_list, &QListView::clicked, this, &Sidebar::activate);
    connect(m_list, &QListView::activated, this, &Sidebar::activate);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setContentsMargins(24, 24, 24, 24);
    m_placeholder->setObjectName(QStringLiteral("listPlaceholder"));
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_placeholder);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &Sidebar::updatePlaceholder);
    connect(model, &QAbstractItemModel::modelReset, this, &Sidebar::updatePlaceholder);

    auto *titleRow = new QHBoxLayout;
    titleRow->setContentsMargins(16, 10, 10, 4);
    titleRow->addWidget(title, 1);
    titleRow->addWidget(m_newChat);
    auto *searchRow = new QHBoxLayout;
    searchRow->setContentsMargins(12, 4, 12, 8);
    searchRow->addWidget(m_search);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 1, 0); // room for the divider on the right
    layout->setSpacing(0);
    layout->addLayout(titleRow);
    layout->addLayout(searchRow);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    setMinimumWidth(240);
    changeEvent(nullptr);
    updatePlaceholder();
}

Sidebar::~Sidebar() = default;

void Sidebar::selectPeer(const QString &peer)
{
    m_selectedPeer = peer;
    auto *source = static_cast<ConversationListModel *>(m_model->sourceModel());
    const QModelIndex index
        = peer.isEmpty() ? QModelIndex() : m_model->mapFromSource(source->indexOf(peer));
    if (index.isValid()) {
        m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    } else {
        m_list->selectionModel()->clearSelection();
        m_list->selectionModel()->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
    }
}

void Sidebar::setLoggedIn(bool loggedIn)
{
    m_loggedIn = loggedIn;
    m_search->setEnabled(loggedIn);
    m_newChat->setEnabled(loggedIn);
    updatePlaceholder();
}

void Sidebar::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    emit chatActivated(index.data(ConversationListModel::PeerRole).toString());
}

void Sidebar::updatePlaceholder()
{
    const bool empty = m_model->rowCount() == 0;
    if (empty && !m_loggedIn) {
        m_placeholder->clear();
    } else if (empty) {
        m_placeholder->setText(m_model->filterText().isEmpty()
                ? tr("No chats yet.\nStart one with New chat (Ctrl+N).")
                : tr("No chats found for “%1”.").arg(m_model->filterText()));
    }
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_placeholder) : m_list);
    // A conversation that appears again (a new message) gets its selection back.
    if (!empty && !m_selectedPeer.isEmpty() && !m_list->selectionModel()->hasSelection())
        selectPeer(m_selectedPeer);
}

bool Sidebar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            m_list->setFocus(Qt::TabFocusReason);
            m_list->setCurrentIndex(m_model->index(0, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void Sidebar::changeEvent(QEvent *event)
{
    if (!event || event->type() == QEvent::PaletteChange) {
        const Theme theme = Theme::from(palette());
        m_newChat->setIcon(painting::newChatIcon(theme.secondaryText));
        if (!m_searchIcon)
            m_searchIcon = m_search->addAction(QIcon(), QLineEdit::LeadingPosition);
        m_searchIcon->setIcon(painting::searchIcon(theme.secondaryText));
        // A flat, rounded field as in other messengers, in colours taken from the palette.
        m_search->setStyleSheet(
            QStringLiteral("QLineEdit#searchField { border: none; border-radius: 8px;"
                           " padding: 6px 6px; background: %1; }")
                .arg(mix(palette().color(QPalette::Base), palette().color(QPalette::Text),
                    theme.dark ? 0.1 : 0.06)
                         .name()));
        QPalette pal = m_placeholder->palette();
        pal.setColor(QPalette::WindowText, theme.secondaryText);
        m_placeholder->setPalette(pal);
    }
    if (event)
        QWidget::changeEvent(event);
}

void Sidebar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    // The line between the chat list and the chat.
    p.setPen(Theme::from(palette()).divider);
    p.drawLine(width() - 1, 0, width() - 1, height());
}

} // namespace natter::ui
