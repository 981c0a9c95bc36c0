#include "ui/dialogs/ContactList.h"

#include "client/ChatClient.h"
#include "client/ClientTypes.h"
#include "client/LocalStore.h"
#include "models/Avatar.h"
#include "ui/Painting.h"
#include "ui/dialogs/InlineMessage.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QPainter>
#include <QStandardItem>

namespace natter::ui {

using namespace dialogs;

namespace {

QString digitsOf(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isDigit())
            out.append(c);
    }
    return out;
}

} // namespace

QStandardItem *contactItem(const client::Contact &contact)
{
    auto *item = new QStandardItem(contact.name.isEmpty() ? contact.phone : contact.name);
    item->setEditable(false);
    item->setData(contact.phone, ContactPhoneRole);
    item->setData(contact.name, ContactNameRole);
    item->setData(contact.onNatter, ContactOnNatterRole);
    item->setToolTip(contact.phone);
    return item;
}

void fillContacts(QStandardItemModel *model, const client::ChatClient &client)
{
    model->clear();
    if (const client::LocalStore *store = client.store()) {
        const QList<client::Contact> contacts = store->contacts();
        for (const client::Contact &contact : contacts) {
            if (contact.onNatter && contact.phone != client.phone())
                model->appendRow(contactItem(contact));
        }
    }
}

void ContactFilterProxyModel::setFilterText(const QString &text)
{
    m_text = text.trimmed();
    m_digits = digitsOf(m_text);
    // Only a filter made of number characters matches numbers.
    for (const QChar c : m_text) {
        if (!c.isDigit() && !QStringLiteral("+ -.()").contains(c)) {
            m_digits.clear();
            break;
        }
    }
    invalidateFilter();
}

bool ContactFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(ContactNameRole).toString().contains(m_text, Qt::CaseInsensitive))
        return true;
    return !m_digits.isEmpty() && index.data(ContactPhoneRole).toString().contains(m_digits);
}

QSize ContactDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.height();
    return {line * 12, qMax(40, line * 2 + 14)};
}

void ContactDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The style paints the background and selection; the content is ours.
    opt.text.clear();
    opt.icon = {};
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QString phone = index.data(ContactPhoneRole).toString();
    const QString name = index.data(ContactNameRole).toString();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &pal = option.palette;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect.adjusted(8, 4, -8, -4);
    const int diameter = qMin(r.height(), 36);
    const QRect avatar(r.left(), r.center().y() - diameter / 2, diameter, diameter);
    // The same avatar as in the conversation list.
    painting::avatar(
        painter, avatar, models::avatar::initials(name), models::avatar::colorFor(phone));

    const QRect text = r.adjusted(diameter + 10, 0, 0, 0);
    const QColor main = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor secondary = selected ? main : mutedColor(pal);
    QFont nameFont = option.font;
    nameFont.setBold(true);
    const QFontMetrics nameMetrics(nameFont);
    painter->setFont(nameFont);
    painter->setPen(main);
    if (name.isEmpty()) {
        // Only a number: one line, centred beside the avatar.
        painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
            nameMetrics.elidedText(phone, Qt::ElideRight, text.width()));
    } else {
        const int lineGap = 2;
        const int top = text.center().y()
            - (nameMetrics.height() + lineGap + option.fontMetrics.height()) / 2;
        const QRect nameRect(text.left(), top, text.width(), nameMetrics.height());
        painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
            nameMetrics.elidedText(name, Qt::ElideRight, nameRect.width()));
        painter->setFont(option.font);
        painter->setPen(secondary);
        const QRect phoneRect(text.left(), nameRect.bottom() + 1 + lineGap, text.width(),
            option.fontMetrics.height());
        painter->drawText(phoneRect, Qt::AlignLeft | Qt::AlignVCenter, phone);
    }
    painter->restore();
}

ContactListWidgets makeContactList(QWidget *parent, const QString &searchObjectName)
{
    ContactListWidgets w;
    w.search = new QLineEdit(parent);
    w.search->setObjectName(searchObjectName);
    w.search->setPlaceholderText(QCoreApplication::translate("natter::ui::ContactList", "Search contacts by name or number"));
    w.search->setClearButtonEnabled(true);

    w.contacts = new QStandardItemModel(parent);
    w.proxy = new ContactFilterProxyModel(parent);
    w.proxy->setSourceModel(w.contacts);
    w.list = new QListView(parent);
    w.list->setObjectName(QStringLiteral("contactList"));
    w.list->setModel(w.proxy);
    w.list->setItemDelegate(new ContactDelegate(w.list));
    w.list->setUniformItemSizes(true);
    w.list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    w.list->setSelectionMode(QAbstractItemView::SingleSelection);
    w.empty = new QLabel(parent);
    w.empty->setObjectName(QStringLiteral("contactsEmpty"));
    w.empty->setAlignment(Qt::AlignCenter);
    w.empty->setWordWrap(true);
    w.empty->setMargin(16);
    QPalette muted = w.empty->palette();
    muted.setColor(QPalette::WindowText, mutedColor(parent->palette()));
    w.empty->setPalette(muted);
    w.stack = new QStackedWidget(parent);
    w.stack->addWidget(w.list);
    w.stack->addWidget(w.empty);
    ContactFilterProxyModel *proxy = w.proxy;
    QObject::connect(w.search, &QLineEdit::textChanged, proxy,
        [proxy](const QString &text) { proxy->setFilterText(text); });
    return w;
}

} // namespace natter::ui
