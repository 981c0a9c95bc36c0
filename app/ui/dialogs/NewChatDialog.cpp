#include "ui/dialogs/NewChatDialog.h"

#include "client/LocalStore.h"
#include "protocol/Phone.h"
#include "ui/dialogs/AppIcon.h"
#include "ui/dialogs/ContactList.h"
#include "ui/dialogs/InlineMessage.h"
#include "ui/dialogs/PhoneField.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QVBoxLayout>

namespace natter::ui {

using namespace dialogs;

using client::ChatClient;

namespace {
// How long to wait for the server's answer before saying so (the wait never blocks).
constexpr auto kLookupTimeout = std::chrono::seconds(15);

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

NewChatDialog::NewChatDialog(ChatClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_timeout(new QTimer(this))
{
    setObjectName(QStringLiteral("newChatDialog"));
    setWindowTitle(tr("New chat"));
    setWindowIcon(appIcon());
    m_timeout->setSingleShot(true);
    m_timeout->setInterval(kLookupTimeout);
    buildUi();
    loadContacts();

    connect(m_client, &ChatClient::lookupFinished, this, &NewChatDialog::onLookupFinished);
    connect(m_client, &ChatClient::connectionStateChanged, this, [this] {
        // A lost connection never answers: say so instead of waiting on.
        if (m_busy && !m_client->isOnline()) {
            setBusy(false);
            showError(
                tr("The connection to the server was lost. Try again when you are back online."));
        }
        updateConnectionNote();
    });
    connect(m_timeout, &QTimer::timeout, this, [this] {
        setBusy(false);
        showError(tr("The server did not answer. Check your connection and try again."));
    });
    updateConnectionNote();
    updateButtons();
}

NewChatDialog::~NewChatDialog() = default;

void NewChatDialog::buildUi()
{
    m_phone = new PhoneField(this);
    m_phone->setEmptyHint(tr("Type a number with its country code, or pick a contact below."));
    connect(m_phone, &PhoneField::validityChanged, this, &NewChatDialog::updateButtons);
    connect(m_phone, &PhoneField::edited, this, [this] {
        if (m_message->kind() == InlineMessage::Kind::Error)
            m_message->clear();
        updateConnectionNote();
    });

    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("lookupMessage"));

    m_contactsTitle = sectionTitle(tr("Contacts"), this);
    const ContactListWidgets contactList = makeContactList(this, QStringLiteral("contactFilter"));
    m_filter = contactList.search;
    m_contacts = contactList.contacts;
    m_proxy = contactList.proxy;
    m_list = contactList.list;
    m_emptyLabel = contactList.empty;
    m_listStack = contactList.stack;

    connect(m_filter, &QLineEdit::textChanged, this, [this] { updateListPage(); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid() && m_list->hasFocus())
                pickContact(current, false);
        });
    connect(m_list, &QListView::clicked, this,
        [this](const QModelIndex &index) { pickContact(index, false); });
    connect(m_list, &QListView::activated, this,
        [this](const QModelIndex &index) { pickContact(index, true); });

    m_busyRow = new QWidget(this);
    auto *busyBar = new QProgressBar(m_busyRow);
    busyBar->setObjectName(QStringLiteral("busyIndicator"));
    busyBar->setRange(0, 0);
    busyBar->setTextVisible(false);
    busyBar->setMaximumHeight(6);
    m_busyLabel = new QLabel(m_busyRow);
    auto *busyLayout = new QVBoxLayout(m_busyRow);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->setSpacing(4);
    busyLayout->addWidget(m_busyLabel);
    busyLayout->addWidget(busyBar);
    m_busyRow->hide();

    m_buttons = new QDialogButtonBox(this);
    m_startButton = m_buttons->addButton(tr("Start chat"), QDialogButtonBox::AcceptRole);
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_startButton->setDefault(true);
    QPushButton *cancel = m_buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setAutoDefault(false);
    connect(m_startButton, &QPushButton::clicked, this, &NewChatDialog::start);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);
    layout->setSpacing(8);
    layout->addWidget(sectionTitle(tr("Phone number"), this));
    layout->addWidget(m_phone);
    layout->addWidget(m_message);
    layout->addSpacing(6);
    layout->addWidget(m_contactsTitle);
    layout->addWidget(m_filter);
    layout->addWidget(m_listStack, 1);
    layout->addWidget(m_busyRow);
    layout->addWidget(m_buttons);
    resize(qMax(420, fontMetrics().averageCharWidth() * 58), 520);
    m_phone->setFocus();
}

void NewChatDialog::loadContacts()
{
    fillContacts(m_contacts, *m_client);
    updateListPage();
}

void NewChatDialog::updateListPage()
{
    const bool any = m_contacts->rowCount() > 0;
    m_filter->setVisible(any);
    if (!any) {
        m_emptyLabel->setText(tr("No contacts yet. People you look up or chat with appear here."));
        m_listStack->setCurrentWidget(m_emptyLabel);
    } else if (m_proxy->rowCount() == 0) {
        m_emptyLabel->setText(tr("No contact matches “%1”.").arg(m_filter->text().trimmed()));
        m_listStack->setCurrentWidget(m_emptyLabel);
    } else {
        m_listStack->setCurrentWidget(m_list);
    }
}

void NewChatDialog::pickContact(const QModelIndex &index, bool startNow)
{
    if (!index.isValid() || m_busy)
        return;
    m_phone->setText(index.data(ContactPhoneRole).toString());
    m_message->clear();
    updateConnectionNote();
    if (startNow)
        start();
}

void NewChatDialog::updateButtons()
{
    m_startButton->setEnabled(!m_busy && m_phone->isValid());
}

void NewChatDialog::updateConnectionNote()
{
    const bool offline = !m_client->isOnline();
    if (offline && !m_busy && (m_message->isHidden() || m_offlineNoteShown)) {
        m_message->showMessage(InlineMessage::Kind::Info,
            tr("You are offline. You can still pick a contact; new numbers are checked "
               "when Natter is back online."));
        m_offlineNoteShown = true;
    } else if (!offline && m_offlineNoteShown) {
        m_message->clear();
        m_offlineNoteShown = false;
    }
}

QString NewChatDialog::messageText() const
{
    if (m_message->isHidden())
        return {};
    return QTextDocumentFragment::fromHtml(m_message->text()).toPlainText();
}

void NewChatDialog::showError(const QString &html)
{
    m_offlineNoteShown = false;
    m_message->showMessage(InlineMessage::Kind::Error, html);
}

void NewChatDialog::start()
{
    if (m_busy || !m_phone->isValid())
        return;
    const QString phone = m_phone->normalized();
    m_message->clear();
    m_offlineNoteShown = false;
    // A known Natter contact needs no round trip (and works offline: the outbox sends later).
    if (const client::LocalStore *store = m_client->store()) {
        if (const auto contact = store->contact(phone); contact && contact->onNatter) {
            acceptPeer(phone, contact->name);
            return;
        }
    }
    if (!m_client->isOnline()) {
        showError(tr("You are offline, so Natter cannot check whether <b>%1</b> is on Natter. "
                     "Try again when you are connected.")
                      .arg(phone));
        return;
    }
    m_pending = phone;
    setBusy(true);
    m_client->lookup(phone);
}

void NewChatDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_phone->setEnabled(!busy);
    m_filter->setEnabled(!busy);
    m_list->setEnabled(!busy);
    m_busyRow->setVisible(busy);
    m_busyLabel->setText(busy ? tr("Looking up %1…").arg(m_pending) : QString());
    if (busy)
        m_timeout->start();
    else
        m_timeout->stop();
    updateButtons();
    if (!busy)
        m_phone->setFocus();
}

void NewChatDialog::onLookupFinished(
    const QString &phone, bool found, const QString &name, const QString &error)
{
    if (!m_busy || protocol::normalizePhone(phone) != m_pending)
        return;
    const QString number = m_pending.toHtmlEscaped();
    m_pending.clear();
    setBusy(false);
    loadContacts(); // the client stored what it learnt
    if (found) {
        acceptPeer(phone, name);
        return;
    }
    if (!error.isEmpty()) {
        if (!m_client->isOnline())
            showError(tr("You are offline, so Natter cannot check whether <b>%1</b> is on Natter. "
                         "Try again when you are connected.")
                          .arg(number));
        else
            showError(tr("Could not check <b>%1</b>: %2").arg(number, error.toHtmlEscaped()));
        return;
    }
    showError(tr("<b>%1</b> is not on Natter yet. Check the number, or invite them to join your "
                 "Natter server.")
                  .arg(number));
    m_phone->lineEdit()->selectAll();
}

void NewChatDialog::acceptPeer(const QString &phone, const QString &name)
{
    m_peer = protocol::normalizePhone(phone);
    m_peerName = name;
    accept();
}

} // namespace natter::ui
