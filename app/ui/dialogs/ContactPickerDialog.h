#pragma once

#include "ui/dialogs/VCard.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QStandardItemModel;

namespace natter::client {
class ChatClient;
}

namespace natter::ui {

class InlineMessage;

// Asks which contact to send: one of the user's Natter contacts (a list with search), or a
// card from a .vcf file (vCard 2.1/3.0/4.0; "Import .vcf…" or dropped onto the dialog; a file
// with several cards lets the user choose one). The chosen contact is previewed as a card
// (name and phone numbers) before sending; a card without a name or a phone number is refused
// with the reason. What is sent is a vCard 4.0 with just that name and those numbers, so what
// the preview shows is all that leaves (no photo, notes or addresses from the file).
class ContactPickerDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ContactPickerDialog(
        const natter::client::ChatClient &client, QWidget *parent = nullptr);
    ~ContactPickerDialog() override;
    Q_DISABLE_COPY_MOVE(ContactPickerDialog)

    // The card to send (empty while nothing usable is chosen).
    QString vcard() const { return m_vcard; }
    // Reads a .vcf file (what "Import .vcf…" and a drop do); false, with the reason shown,
    // when it holds no usable card.
    bool importFile(const QString &path);
    // The same for card text (dropped from an address book); `source` names it in the preview.
    bool importText(const QString &text, const QString &source);
    // The error or note currently shown, as plain text (empty when none).
    QString messageText() const;

    // Larger files are not contact cards (an address book export of a few thousand contacts
    // fits).
    static constexpr qint64 kMaxFileBytes = 1024 * 1024;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildUi();
    void loadContacts();
    void updateListPage();
    void pickContact(const QModelIndex &index);
    void pickCard(int row);
    void chooseFile();
    void showCard(const VCardInfo &info, const QList<VCardPhone> &phones, const QString &source);
    void clearCard();
    void showError(const QString &text);

    const natter::client::ChatClient &m_client;
    QString m_vcard;
    QList<QString> m_cards; // the cards of the imported file
    QString m_cardSource; // its file name

    QLineEdit *m_search = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QStandardItemModel *m_contacts = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QPushButton *m_import = nullptr;
    QLabel *m_cardsTitle = nullptr;
    QListWidget *m_cardList = nullptr;
    InlineMessage *m_message = nullptr;
    QWidget *m_preview = nullptr;
    QLabel *m_previewAvatar = nullptr;
    QLabel *m_previewName = nullptr;
    QLabel *m_previewPhones = nullptr;
    QLabel *m_previewSource = nullptr;
    QPushButton *m_send = nullptr;
};

} // namespace natter::ui
