#include "ui/dialogs/ContactPickerDialog.h"

#include "client/ChatClient.h"
#include "client/LocalStore.h"
#include "models/Avatar.h"
#include "protocol/Limits.h"
#include "ui/Painting.h"
#include "ui/dialogs/AppIcon.h"
#include "ui/dialogs/ContactList.h"
#include "ui/dialogs/DialogSizing.h"
#include "ui/dialogs/InlineMessage.h"

#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace natter::ui {

using namespace dialogs;

namespace {

const QStringList kVCardMimeTypes {
    QStringLiteral("text/vcard"), QStringLiteral("text/x-vcard"), QStringLiteral("text/directory")};

bool isVCardFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard");
}

QString typeLabel(const QString &type)
{
    if (type == QLatin1String("cell"))
        return ContactPickerDialog::tr("mobile");
    if (type == QLatin1String("home"))
        return ContactPickerDialog::tr("home");
    if (type == QLatin1String("work"))
        return ContactPickerDialog::tr("work");
    if (type == QLatin1String("fax"))
        return ContactPickerDialog::tr("fax");
    if (type == QLatin1String("pager"))
        return ContactPickerDialog::tr("pager");
    if (type == QLatin1String("main"))
        return ContactPickerDialog::tr("main");
    return {};
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

ContactPickerDialog::ContactPickerDialog(const client::ChatClient &client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("contactPickerDialog"));
    setWindowTitle(tr("Send a contact"));
    setWindowIcon(appIcon());
    setAcceptDrops(true);
    buildUi();
    loadContacts();
    clearCard();
}

ContactPickerDialog::~ContactPickerDialog() = default;

void ContactPickerDialog::buildUi()
{
    const ContactListWidgets contactList = makeContactList(this, QStringLiteral("contactSearch"));
    m_search = contactList.search;
    m_contacts = contactList.contacts;
    m_proxy = contactList.proxy;
    m_list = contactList.list;
    m_empty = contactList.empty;
    m_listStack = contactList.stack;

    connect(m_search, &QLineEdit::textChanged, this, [this] { updateListPage(); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { pickContact(current); });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        pickContact(index);
        if (!m_vcard.isEmpty())
            accept();
    });

    m_import = new QPushButton(tr("Import .vcf…"), this);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setAutoDefault(false);
    connect(m_import, &QPushButton::clicked, this, &ContactPickerDialog::chooseFile);
    auto *dropHint = new QLabel(tr("or drop a contact card (.vcf) here"), this);
    QPalette muted = dropHint->palette();
    muted.setColor(QPalette::WindowText, mutedColor(palette()));
    dropHint->setPalette(muted);

    m_cardsTitle = sectionTitle(QString(), this);
    m_cardList = new QListWidget(this);
    m_cardList->setObjectName(QStringLiteral("cardList"));
    m_cardList->setMaximumHeight(120);
    connect(m_cardList, &QListWidget::currentRowChanged, this, &ContactPickerDialog::pickCard);
    m_cardsTitle->hide();
    m_cardList->hide();

    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("importMessage"));

    // The preview: the card as the receiver will see it.
    m_preview = new QFrame(this);
    m_preview->setObjectName(QStringLiteral("contactPreview"));
    static_cast<QFrame *>(m_preview)->setFrameShape(QFrame::StyledPanel);
    m_previewAvatar = new QLabel(m_preview);
    m_previewAvatar->setFixedSize(48, 48);
    m_previewName = new QLabel(m_preview);
    m_previewName->setObjectName(QStringLiteral("previewName"));
    m_previewName->setWordWrap(true);
    QFont big = m_previewName->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_previewName->setFont(big);
    m_previewPhones = new QLabel(m_preview);
    m_previewPhones->setObjectName(QStringLiteral("previewPhones"));
    m_previewPhones->setWordWrap(true);
    m_previewPhones->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previewSource = new QLabel(m_preview);
    m_previewSource->setPalette(muted);
    auto *previewText = new QVBoxLayout;
    previewText->setSpacing(2);
    previewText->addWidget(m_previewName);
    previewText->addWidget(m_previewPhones);
    previewText->addWidget(m_previewSource);
    auto *previewLayout = new QHBoxLayout(m_preview);
    previewLayout->setContentsMargins(12, 10, 12, 10);
    previewLayout->setSpacing(12);
    previewLayout->addWidget(m_previewAvatar, 0, Qt::AlignTop);
    previewLayout->addLayout(previewText, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(tr("Send"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setDefault(true);
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setAutoDefault(false);
    connect(m_send, &QPushButton::clicked, this, [this] {
        if (!m_vcard.isEmpty())
            accept();
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *importRow = new QHBoxLayout;
    importRow->setSpacing(10);
    importRow->addWidget(m_import);
    importRow->addWidget(dropHint, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);
    layout->setSpacing(8);
    layout->addWidget(sectionTitle(tr("Your contacts"), this));
    layout->addWidget(m_search);
    layout->addWidget(m_listStack, 1);
    layout->addLayout(importRow);
    layout->addWidget(m_cardsTitle);
    layout->addWidget(m_cardList);
    layout->addWidget(m_message);
    layout->addWidget(m_preview);
    layout->addWidget(buttons);
    resize(qMax(440, fontMetrics().averageCharWidth() * 60), 560);
    m_search->setFocus();
}

void ContactPickerDialog::loadContacts()
{
    fillContacts(m_contacts, m_client);
    updateListPage();
}

void ContactPickerDialog::updateListPage()
{
    const bool any = m_contacts->rowCount() > 0;
    m_search->setVisible(any);
    if (!any) {
        m_empty->setText(tr("No contacts yet. People you chat with appear here; you can also "
                            "import a contact card."));
        m_listStack->setCurrentWidget(m_empty);
    } else if (m_proxy->rowCount() == 0) {
        m_empty->setText(tr("No contact matches “%1”.").arg(m_search->text().trimmed()));
        m_listStack->setCurrentWidget(m_empty);
    } else {
        m_listStack->setCurrentWidget(m_list);
    }
}

void ContactPickerDialog::pickContact(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString phone = index.data(ContactPhoneRole).toString();
    QString name = index.data(ContactNameRole).toString();
    if (name.isEmpty())
        name = phone;
    m_cardList->clearSelection();
    m_message->clear();
    const QList<VCardPhone> phones {VCardPhone {phone, {QStringLiteral("cell")}}};
    showCard(VCardInfo {name, {phone}}, phones, tr("From your Natter contacts"));
}

void ContactPickerDialog::chooseFile()
{
    // Not a blocking getOpenFileName(): the app goes on meanwhile.
    auto *dialog = new QFileDialog(this, tr("Import a contact card"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Contact cards (*.vcf *.vcard);;All files (*)"));
    dialog->setObjectName(QStringLiteral("importFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (!path.isEmpty())
            importFile(path);
    });
    dialog->open();
}

bool ContactPickerDialog::importFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("%1 cannot be read: %2").arg(name, file.errorString()));
        return false;
    }
    if (file.size() > kMaxFileBytes) {
        showError(tr("%1 is too large to be a contact card (at most %2 KB).")
                      .arg(name)
                      .arg(kMaxFileBytes / 1024));
        return false;
    }
    return importText(vCardFileText(file.readAll()), name);
}

bool ContactPickerDialog::importText(const QString &text, const QString &source)
{
    const QList<QString> cards = splitVCards(text);
    if (cards.isEmpty()) {
        showError(tr("%1 holds no contact card.").arg(source));
        return false;
    }
    m_cards = cards;
    m_cardSource = source;
    m_list->clearSelection();
    m_list->setCurrentIndex({});
    m_cardList->blockSignals(true);
    m_cardList->clear();
    int firstUsable = -1;
    for (const QString &card : cards) {
        const auto info = parseVCard(card);
        const QString name = info && !info->name.isEmpty() ? info->name : tr("(no name)");
        const bool usable = info && !info->name.isEmpty() && !info->phones.isEmpty();
        auto *item
            = new QListWidgetItem(usable ? name : tr("%1 — no phone number").arg(name), m_cardList);
        if (!usable)
            item->setForeground(mutedColor(palette()));
        if (usable && firstUsable < 0)
            firstUsable = int(m_cardList->count() - 1);
    }
    m_cardList->blockSignals(false);
    const bool several = cards.size() > 1;
    m_cardsTitle->setText(tr("%n contacts in %1", nullptr, int(cards.size())).arg(source));
    m_cardsTitle->setVisible(several);
    m_cardList->setVisible(several);
    if (several && firstUsable < 0) {
        clearCard();
        showError(tr("None of the %n contacts in %1 has both a name and a phone number.", nullptr,
            int(cards.size()))
                      .arg(source));
        return false;
    }
    const int row = qMax(0, firstUsable);
    m_cardList->setCurrentRow(row);
    pickCard(row); // also when the row was current already
    return !m_vcard.isEmpty();
}

void ContactPickerDialog::pickCard(int row)
{
    if (row < 0 || row >= m_cards.size())
        return;
    const QString &card = m_cards.at(row);
    const auto info = parseVCard(card);
    m_message->clear();
    if (!info) {
        clearCard();
        showError(tr("This contact card cannot be read."));
        return;
    }
    if (info->name.isEmpty()) {
        clearCard();
        showError(tr("This contact card has no name. Natter sends contacts with a name and a "
                     "phone number."));
        return;
    }
    if (info->phones.isEmpty()) {
        clearCard();
        showError(tr("“%1” has no phone number. Natter sends contacts with a name and a phone "
                     "number.")
                      .arg(info->name));
        return;
    }
    showCard(*info, parseVCardPhones(card), tr("From %1").arg(m_cardSource));
}

void ContactPickerDialog::showCard(
    const VCardInfo &info, const QList<VCardPhone> &phones, const QString &source)
{
    const QString card = makeVCard(info.name, phones);
    if (card.toUtf8().size() > protocol::Limits().maxVCardBytes) {
        clearCard();
        showError(tr("This contact is too large to send (at most %1 KB).")
                      .arg(protocol::Limits().maxVCardBytes / 1024));
        return;
    }
    m_vcard = card;
    const qreal dpr = devicePixelRatioF();
    QPixmap avatar(QSize(48, 48) * dpr);
    avatar.setDevicePixelRatio(dpr);
    avatar.fill(Qt::transparent);
    {
        QPainter p(&avatar);
        p.setRenderHint(QPainter::Antialiasing);
        const QString key = phones.isEmpty() ? info.name : phones.first().number;
        painting::avatar(&p, QRectF(0, 0, 48, 48), models::avatar::initials(info.name),
            models::avatar::colorFor(key));
    }
    m_previewAvatar->setPixmap(avatar);
    m_previewName->setText(info.name);
    QStringList lines;
    for (const VCardPhone &phone : phones) {
        QStringList kinds;
        for (const QString &type : phone.types) {
            if (const QString label = typeLabel(type); !label.isEmpty())
                kinds.append(label);
        }
        lines.append(kinds.isEmpty()
                ? phone.number
                : QStringLiteral("%1  (%2)").arg(phone.number, kinds.join(QLatin1String(", "))));
    }
    m_previewPhones->setText(lines.join(u'\n'));
    m_previewSource->setText(source);
    m_preview->show();
    m_send->setEnabled(true);
    growToFit(this);
}

void ContactPickerDialog::clearCard()
{
    m_vcard.clear();
    m_preview->hide();
    m_send->setEnabled(false);
}

void ContactPickerDialog::showError(const QString &text)
{
    m_message->showMessage(InlineMessage::Kind::Error, text.toHtmlEscaped());
    growToFit(this);
}

QString ContactPickerDialog::messageText() const
{
    if (m_message->isHidden())
        return {};
    return QTextDocumentFragment::fromHtml(m_message->text()).toPlainText();
}

void ContactPickerDialog::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *data = event->mimeData();
    for (const QString &type : kVCardMimeTypes) {
        if (data->hasFormat(type)) {
            event->acceptProposedAction();
            return;
        }
    }
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile() && isVCardFile(url.toLocalFile())) {
            event->acceptProposedAction();
            return;
        }
    }
}

void ContactPickerDialog::dropEvent(QDropEvent *event)
{
    const QMimeData *data = event->mimeData();
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile() && isVCardFile(url.toLocalFile())) {
            event->acceptProposedAction();
            importFile(url.toLocalFile());
            return;
        }
    }
    for (const QString &type : kVCardMimeTypes) {
        if (data->hasFormat(type)) {
            const QByteArray bytes = data->data(type);
            if (bytes.size() > kMaxFileBytes) {
                showError(tr("The dropped contact card is too large (at most %1 KB).")
                              .arg(kMaxFileBytes / 1024));
                return;
            }
            event->acceptProposedAction();
            importText(vCardFileText(bytes), tr("the dropped card"));
            return;
        }
    }
}

} // namespace natter::ui
