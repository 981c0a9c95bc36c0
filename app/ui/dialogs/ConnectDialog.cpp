#include "ui/dialogs/ConnectDialog.h"

#include "protocol/Limits.h"
#include "ui/dialogs/AppIcon.h"
#include "ui/dialogs/InlineMessage.h"
#include "ui/dialogs/PhoneField.h"
#include "ui/dialogs/SessionNote.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QShowEvent>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace natter::ui {

using namespace dialogs;

using client::ChatClient;
using protocol::kMaxNameChars;
using protocol::kMinPasswordChars;

namespace {

// A field with a small hint line under it, as one form row.
QWidget *withHint(QWidget *field, QLabel *hint, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(field);
    layout->addWidget(hint);
    hint->setWordWrap(true);
    QFont small = hint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    hint->setFont(small);
    return row;
}

enum class Tone { Muted, Error };

void setHint(QLabel *label, const QString &text, Tone tone)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText,
        tone == Tone::Error ? errorColor(label->parentWidget()->palette())
                            : mutedColor(label->parentWidget()->palette()));
    label->setPalette(p);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

// The last "(…)" of a client message: the technical reason of a failed connection.
QString trailingDetail(const QString &message)
{
    static const QRegularExpression detail(QStringLiteral("\\(([^()]+)\\)\\s*\\.?$"));
    const auto match = detail.match(message);
    if (!match.hasMatch())
        return {};
    // "Cannot reach the server: Connection refused" → "Connection refused": the headline is ours.
    const QString text = match.captured(1).trimmed();
    const qsizetype colon = text.lastIndexOf(QLatin1String(": "));
    return colon < 0 ? text : text.mid(colon + 2);
}

} // namespace

ConnectDialog::ConnectDialog(ChatClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Welcome to Natter"));
    setWindowIcon(appIcon());
    buildUi();

    connect(m_client, &ChatClient::authSucceeded, this, &ConnectDialog::onAuthSucceeded);
    connect(m_client, &ChatClient::authFailed, this, &ConnectDialog::onAuthFailed);
    connect(m_client, &ChatClient::connectionStateChanged, this, &ConnectDialog::updateStatus);

    setMode(m_client->hasSavedSession() ? Mode::Login : Mode::Register);
    updateValidity();
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::buildUi()
{
    // Header: the icon, what this is, what to do.
    auto *logo = new QLabel(this);
    logo->setPixmap(appIcon().pixmap(48, 48));
    logo->setAlignment(Qt::AlignTop);
    m_title = new QLabel(tr("Welcome to Natter"), this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(this);
    m_subtitle->setWordWrap(true);
    auto *headerText = new QVBoxLayout;
    headerText->setSpacing(2);
    headerText->addWidget(m_title);
    headerText->addWidget(m_subtitle);
    auto *header = new QHBoxLayout;
    header->setSpacing(14);
    header->addWidget(logo);
    header->addLayout(headerText, 1);

    // Switching between logging in and creating an account, a link-like button under the form.
    m_toggleLabel = new QLabel(this);
    m_toggle = new QPushButton(this);
    m_toggle->setObjectName(QStringLiteral("modeToggle"));
    m_toggle->setFlat(true);
    m_toggle->setAutoDefault(false);
    m_toggle->setCursor(Qt::PointingHandCursor);
    styleToggle();
    connect(m_toggle, &QPushButton::clicked, this,
        [this] { setMode(m_mode == Mode::Login ? Mode::Register : Mode::Login); });

    m_form = new QWidget(this);
    m_formLayout = new QFormLayout(m_form);
    m_formLayout->setContentsMargins(0, 4, 0, 0);
    m_formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_formLayout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_formLayout->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_serverEdit = new QLineEdit(m_form);
    m_serverEdit->setObjectName(QStringLiteral("serverEdit"));
    m_serverEdit->setPlaceholderText(tr("ws://chat.example.org:7350"));
    m_serverEdit->setText(m_client->server().toString());
    m_serverHint = new QLabel(m_form);
    m_serverHint->setObjectName(QStringLiteral("serverHint"));
    m_formLayout->addRow(tr("&Server:"), withHint(m_serverEdit, m_serverHint, m_form));

    m_phone = new PhoneField(m_form);
    m_formLayout->addRow(tr("&Phone number:"), m_phone);

    m_nameEdit = new QLineEdit(m_form);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setPlaceholderText(tr("How others see you"));
    m_nameEdit->setMaxLength(kMaxNameChars);
    m_nameRow = m_nameEdit;
    m_formLayout->addRow(tr("Your &name:"), m_nameEdit);

    m_passwordEdit = new QLineEdit(m_form);
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordHint = new QLabel(m_form);
    m_passwordHint->setObjectName(QStringLiteral("passwordHint"));
    m_formLayout->addRow(tr("Pass&word:"), withHint(m_passwordEdit, m_passwordHint, m_form));

    m_confirmEdit = new QLineEdit(m_form);
    m_confirmEdit->setObjectName(QStringLiteral("confirmEdit"));
    m_confirmEdit->setEchoMode(QLineEdit::Password);
    m_confirmHint = new QLabel(m_form);
    m_confirmHint->setObjectName(QStringLiteral("confirmHint"));
    m_confirmRow = withHint(m_confirmEdit, m_confirmHint, m_form);
    m_formLayout->addRow(tr("&Confirm:"), m_confirmRow);

    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("errorMessage"));
    connect(m_message, &InlineMessage::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("login")) {
            setMode(Mode::Login);
            m_passwordEdit->setFocus();
        }
    });

    m_busyRow = new QWidget(this);
    m_busyBar = new QProgressBar(m_busyRow);
    m_busyBar->setObjectName(QStringLiteral("busyIndicator"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(6);
    m_busyLabel = new QLabel(m_busyRow);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    auto *busyLayout = new QVBoxLayout(m_busyRow);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->setSpacing(4);
    busyLayout->addWidget(m_busyLabel);
    busyLayout->addWidget(m_busyBar);
    m_busyRow->hide();

    m_buttons = new QDialogButtonBox(this);
    m_submit = m_buttons->addButton(tr("Log in"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_submit->setDefault(true);
    QPushButton *quit = m_buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitButton"));
    quit->setAutoDefault(false);
    // The dialog is accepted by the server's answer, not by the button.
    connect(m_submit, &QPushButton::clicked, this, &ConnectDialog::submit);
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addWidget(m_form);
    layout->addWidget(m_message);
    layout->addWidget(m_busyRow);
    layout->addStretch(1);
    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(4);
    bottom->addWidget(m_toggleLabel);
    bottom->addWidget(m_toggle);
    bottom->addStretch(1);
    bottom->addSpacing(12);
    bottom->addWidget(m_buttons);
    layout->addLayout(bottom);
    layout->setSizeConstraint(QLayout::SetFixedSize);
    // A steady width, so hints and errors wrap instead of widening the dialog.
    const int width = qMax(470, fontMetrics().averageCharWidth() * 66);
    m_form->setFixedWidth(
        width - layout->contentsMargins().left() - layout->contentsMargins().right());

    for (QLineEdit *edit : {m_serverEdit, m_nameEdit, m_passwordEdit, m_confirmEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateValidity);
    connect(m_phone->lineEdit(), &QLineEdit::textChanged, this, &ConnectDialog::updateValidity);
    // Editing what an error was about takes the error away.
    for (QLineEdit *edit :
        {m_serverEdit, m_phone->lineEdit(), m_nameEdit, m_passwordEdit, m_confirmEdit})
        connect(edit, &QLineEdit::textEdited, m_message, &InlineMessage::clear);
}

void ConnectDialog::setMode(Mode mode)
{
    m_mode = mode;
    const bool creating = mode == Mode::Register;
    m_title->setText(creating ? tr("Welcome to Natter") : tr("Log in to Natter"));
    m_subtitle->setText(creating ? tr("Create an account to start chatting.")
                                 : tr("Log in with your phone number and password."));
    m_toggleLabel->setText(creating ? tr("Have an account?") : tr("New to Natter?"));
    m_toggle->setText(creating ? tr("Log in") : tr("Create an account"));
    m_formLayout->setRowVisible(m_nameRow, creating);
    m_formLayout->setRowVisible(m_confirmRow, creating);
    m_passwordEdit->setPlaceholderText(
        creating ? tr("At least %n characters", nullptr, kMinPasswordChars) : QString());
    m_submit->setText(creating ? tr("Create account") : tr("Log in"));
    m_message->clear();
    updateValidity();
}

void ConnectDialog::styleToggle()
{
    // A link, not a button: no frame, the palette's link colour, underlined under the mouse.
    m_toggle->setStyleSheet(
        QStringLiteral("QPushButton#modeToggle { border: none; padding: 2px 1px;"
                       " color: palette(link); background: transparent; }"
                       "QPushButton#modeToggle:hover, QPushButton#modeToggle:focus"
                       " { text-decoration: underline; }"
                       "QPushButton#modeToggle:disabled { color: palette(mid); }"));
}

void ConnectDialog::setPhone(const QString &phone)
{
    m_phone->setText(phone);
}

void ConnectDialog::showNotice(const QString &text)
{
    m_message->showMessage(InlineMessage::Kind::Info, text.toHtmlEscaped());
}

QString ConnectDialog::messageText() const
{
    if (m_message->isHidden())
        return {};
    return QTextDocumentFragment::fromHtml(m_message->text()).toPlainText();
}

QUrl ConnectDialog::serverUrl() const
{
    const QUrl url(m_serverEdit->text().trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("ws") && scheme != QLatin1String("wss"))
        || url.host().isEmpty())
        return {};
    return url;
}

QString ConnectDialog::serverHint() const
{
    const QString text = m_serverEdit->text().trimmed();
    if (text.isEmpty())
        return tr("Enter the address of your Natter server, e.g. ws://chat.example.org:7350.");
    if (!serverUrl().isEmpty())
        return {};
    if (!text.contains(QLatin1String("://")))
        return tr("Start the address with wss:// (or ws:// on a local network), e.g. wss://%1.")
            .arg(text);
    return tr("This is not a server address. It looks like ws://host:port or wss://host.");
}

QString ConnectDialog::passwordHint() const
{
    const int length = int(m_passwordEdit->text().size());
    if (m_mode != Mode::Register || length == 0 || length >= kMinPasswordChars)
        return {};
    return tr("Too short: %1 of at least %2 characters.").arg(length).arg(kMinPasswordChars);
}

QString ConnectDialog::confirmHint() const
{
    if (m_mode != Mode::Register || m_confirmEdit->text().isEmpty())
        return {};
    if (m_confirmEdit->text() != m_passwordEdit->text()) {
        // While the confirmation is still a prefix of the password the user is simply typing.
        if (m_passwordEdit->text().startsWith(m_confirmEdit->text()))
            return tr("Keep typing…");
        return tr("The passwords do not match.");
    }
    return {};
}

void ConnectDialog::updateValidity()
{
    const QString server = serverHint();
    const bool serverTyped = !m_serverEdit->text().trimmed().isEmpty();
    setHint(m_serverHint, server, serverTyped ? Tone::Error : Tone::Muted);
    setHint(m_passwordHint, passwordHint(), Tone::Muted);
    const QString confirm = confirmHint();
    const bool mismatch
        = !confirm.isEmpty() && !m_passwordEdit->text().startsWith(m_confirmEdit->text());
    setHint(m_confirmHint, confirm, mismatch ? Tone::Error : Tone::Muted);

    bool ok = server.isEmpty() && m_phone->isValid() && !m_passwordEdit->text().isEmpty();
    if (m_mode == Mode::Register) {
        const QString name = m_nameEdit->text().trimmed();
        ok = ok && !name.isEmpty() && name.size() <= kMaxNameChars
            && m_passwordEdit->text().size() >= kMinPasswordChars
            && m_confirmEdit->text() == m_passwordEdit->text();
    }
    m_submit->setEnabled(ok && !m_busy);
}

void ConnectDialog::submit()
{
    updateValidity();
    if (m_busy || !m_submit->isEnabled())
        return;
    const QUrl url = serverUrl();
    m_message->clear();
    if (m_client->server() != url)
        m_client->setServer(url);
    setBusy(true);
    if (m_mode == Mode::Register)
        m_client->registerAccount(
            m_phone->normalized(), m_nameEdit->text().trimmed(), m_passwordEdit->text());
    else
        m_client->login(m_phone->normalized(), m_passwordEdit->text());
}

void ConnectDialog::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    m_form->setEnabled(!busy);
    m_toggle->setEnabled(!busy);
    m_busyRow->setVisible(busy);
    updateStatus();
    updateValidity();
    if (!busy)
        m_busyLabel->clear();
    emit busyChanged(busy);
}

void ConnectDialog::updateStatus()
{
    if (!m_busy)
        return;
    const QString server = serverUrl().toDisplayString();
    switch (m_client->connectionState()) {
    case ChatClient::ConnectionState::Offline:
    case ChatClient::ConnectionState::Connecting:
        m_busyLabel->setText(tr("Connecting to %1…").arg(server));
        break;
    case ChatClient::ConnectionState::Authenticating:
    case ChatClient::ConnectionState::Online:
        m_busyLabel->setText(
            m_mode == Mode::Register ? tr("Creating your account…") : tr("Logging in…"));
        break;
    }
}

void ConnectDialog::showError(const QString &html, QWidget *focus)
{
    m_message->showMessage(InlineMessage::Kind::Error, html);
    if (focus) {
        focus->setFocus(Qt::OtherFocusReason);
        if (auto *edit = qobject_cast<QLineEdit *>(focus))
            edit->selectAll();
        else if (focus == m_phone)
            m_phone->lineEdit()->selectAll();
    }
}

void ConnectDialog::onAuthFailed(ChatClient::AuthError error, const QString &message)
{
    const bool wasWaiting = m_busy;
    setBusy(false);
    const QString server = serverUrl().isEmpty() ? m_client->server().toDisplayString()
                                                 : serverUrl().toDisplayString();
    const QString phone = m_phone->normalized().toHtmlEscaped();
    const auto detail = [&message](const QString &text) {
        const QString extra = trailingDetail(message);
        return extra.isEmpty() ? text
                               : text + QStringLiteral("<br><small>") + extra.toHtmlEscaped()
                + QStringLiteral("</small>");
    };
    switch (error) {
    case ChatClient::AuthError::ServerUnreachable:
        showError(
            detail(
                tr("Cannot reach the server at <b>%1</b>. Check the address and your connection, "
                   "and that the server is running.")
                    .arg(server.toHtmlEscaped())),
            m_serverEdit);
        break;
    case ChatClient::AuthError::WrongPassword:
        showError(tr("Wrong phone number or password. Check both and try again."), m_passwordEdit);
        break;
    case ChatClient::AuthError::NumberTaken:
        showError(
            tr("%1 already has a Natter account. <a href=\"login\">Log&nbsp;in&nbsp;instead</a>")
                .arg(phone),
            m_phone);
        break;
    case ChatClient::AuthError::InvalidNumber:
        showError(
            tr("The server does not accept %1 as a phone number. Use the international format, "
               "e.g. +49 151 12345678.")
                .arg(m_phone->text().toHtmlEscaped()),
            m_phone);
        break;
    case ChatClient::AuthError::InvalidName:
        showError(tr("The server does not accept this name. Choose a name of 1 to %1 characters.")
                      .arg(kMaxNameChars),
            m_nameEdit);
        break;
    case ChatClient::AuthError::WeakPassword:
        showError(
            tr("The password is too weak: use at least %n characters.", nullptr, kMinPasswordChars),
            m_passwordEdit);
        break;
    case ChatClient::AuthError::IncompatibleServer:
        showError(
            detail(tr("The server at <b>%1</b> runs a version of Natter this app cannot talk to. "
                      "Update Natter, or ask the server's administrator.")
                       .arg(server.toHtmlEscaped())),
            m_serverEdit);
        break;
    case ChatClient::AuthError::SessionExpired:
        showError(tr("Your session has expired. Please log in again."), m_passwordEdit);
        break;
    case ChatClient::AuthError::NoSession:
        if (wasWaiting)
            showError(tr("Please log in."), m_phone);
        break;
    case ChatClient::AuthError::TooManyAttempts:
        showError(detail(tr("Too many attempts with this number. Wait a little, then try again.")),
            m_passwordEdit);
        break;
    case ChatClient::AuthError::ServerError:
        showError(message.toHtmlEscaped(), nullptr);
        break;
    }
}

void ConnectDialog::onAuthSucceeded()
{
    setBusy(false);
    // Nothing of the password stays behind in the widgets either.
    m_passwordEdit->clear();
    m_confirmEdit->clear();
    noteSessionPersistence(m_client, parentWidget());
    accept();
}

void ConnectDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (event->spontaneous() || m_busy)
        return;
    // Start where there is something to type: the server is usually prefilled.
    QWidget *first = m_passwordEdit;
    if (!serverUrl().isValid() || serverUrl().isEmpty())
        first = m_serverEdit;
    else if (!m_phone->isValid())
        first = m_phone->lineEdit();
    else if (m_mode == Mode::Register && m_nameEdit->text().trimmed().isEmpty())
        first = m_nameEdit;
    first->setFocus(Qt::OtherFocusReason);
}

void ConnectDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_submit) {
        styleToggle();
        updateValidity();
    }
}

} // namespace natter::ui
