#pragma once

#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>

class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;
class QStandardItem;
class QStandardItemModel;

namespace natter::client {
class ChatClient;
struct Contact;
}

namespace natter::ui {

// Item roles of the contact list in NewChatDialog.
enum ContactRole {
    ContactPhoneRole = Qt::UserRole + 1, // E.164
    ContactNameRole, // may be empty
    ContactOnNatterRole, // bool
};

// One row of the contact list for a stored contact.
QStandardItem *contactItem(const natter::client::Contact &contact);
// Fills `model` with the account's contacts one can chat with: those on Natter, not the user.
// (Numbers looked up that are not on Natter are no one to chat with.)
void fillContacts(QStandardItemModel *model, const natter::client::ChatClient &client);

// Filters contacts by name (any case) or by number (ignoring spaces, dashes and brackets).
class ContactFilterProxyModel final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_digits;
};

// Paints a contact as an avatar with initials, the name, and the number below it.
class ContactDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// The searchable contact list both NewChatDialog and ContactPickerDialog show: a search field,
// the list (model → filter proxy → view with ContactDelegate) and, on a second page of `stack`,
// a label for "no contacts" / "no match". The search field already filters the proxy; the
// dialog connects `search` again to switch pages. All widgets are children of `parent`.
struct ContactListWidgets
{
    QLineEdit *search = nullptr;
    QStandardItemModel *contacts = nullptr;
    ContactFilterProxyModel *proxy = nullptr;
    QListView *list = nullptr;
    QLabel *empty = nullptr;
    QStackedWidget *stack = nullptr;
};
ContactListWidgets makeContactList(QWidget *parent, const QString &searchObjectName);

} // namespace natter::ui
