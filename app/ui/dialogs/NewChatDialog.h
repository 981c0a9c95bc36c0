#pragma once

#include "client/ChatClient.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QStandardItemModel;
class QTimer;

namespace natter::ui {

class InlineMessage;
class PhoneField;

// Asks whom to chat with: a phone number (checked as it is typed) or a known contact from the
// list (with a filter). "Start chat" asks the server whether the number is on Natter; the
// dialog is accepted when it is, and says plainly when it is not or when offline.
class NewChatDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit NewChatDialog(natter::client::ChatClient *client, QWidget *parent = nullptr);
    ~NewChatDialog() override;
    Q_DISABLE_COPY_MOVE(NewChatDialog)

    // The chosen number in E.164 (valid once accepted).
    QString peer() const { return m_peer; }
    // The name the server reported for it (may be empty).
    QString peerName() const { return m_peerName; }
    bool isBusy() const { return m_busy; }
    // The error or note currently shown, as plain text (empty when none).
    QString messageText() const;

private:
    void buildUi();
    void loadContacts();
    void start();
    void setBusy(bool busy);
    void updateButtons();
    void updateConnectionNote();
    void updateListPage();
    void pickContact(const QModelIndex &index, bool startNow);
    void onLookupFinished(
        const QString &phone, bool found, const QString &name, const QString &error);
    void showError(const QString &html);
    void acceptPeer(const QString &phone, const QString &name);

    natter::client::ChatClient *m_client;
    QString m_peer;
    QString m_peerName;
    QString m_pending; // the number being looked up
    bool m_busy = false;
    bool m_offlineNoteShown = false;

    PhoneField *m_phone = nullptr;
    InlineMessage *m_message = nullptr;
    QLabel *m_contactsTitle = nullptr;
    QLineEdit *m_filter = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QStandardItemModel *m_contacts = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QWidget *m_busyRow = nullptr;
    QLabel *m_busyLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_startButton = nullptr;
    QTimer *m_timeout = nullptr;
};

} // namespace natter::ui
