#pragma once

#include "client/ChatClient.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace natter::ui {

class InlineMessage;
class PhoneField;

// The first-run dialog: which server, then log in or create an account. Accepted as soon as the
// client reports authSucceeded(); every failure is explained inline and the dialog stays open.
// Waits are asynchronous (a busy bar, inputs disabled). The password is handed to the client
// and never kept.
class ConnectDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Login, Register };
    Q_ENUM(Mode)

    explicit ConnectDialog(natter::client::ChatClient *client, QWidget *parent = nullptr);
    ~ConnectDialog() override;
    Q_DISABLE_COPY_MOVE(ConnectDialog)

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    // Prefills the number (e.g. the account whose session expired).
    void setPhone(const QString &phone);
    // Shows a note above the buttons (e.g. "Your session has expired. Please log in again.").
    void showNotice(const QString &text);
    bool isBusy() const { return m_busy; }
    // The error or notice currently shown, as plain text (empty when none).
    QString messageText() const;

signals:
    void busyChanged(bool busy);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void styleToggle();
    void submit();
    void setBusy(bool busy);
    void updateValidity();
    void updateStatus();
    void onAuthFailed(natter::client::ChatClient::AuthError error, const QString &message);
    void onAuthSucceeded();
    void showError(const QString &html, QWidget *focus);
    QUrl serverUrl() const;
    QString serverHint() const;
    QString passwordHint() const;
    QString confirmHint() const;

    natter::client::ChatClient *m_client;
    Mode m_mode = Mode::Login;
    bool m_busy = false;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_toggleLabel = nullptr;
    QPushButton *m_toggle = nullptr;
    QWidget *m_form = nullptr;
    QFormLayout *m_formLayout = nullptr;
    QLineEdit *m_serverEdit = nullptr;
    QLabel *m_serverHint = nullptr;
    PhoneField *m_phone = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QWidget *m_nameRow = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QLabel *m_passwordHint = nullptr;
    QLineEdit *m_confirmEdit = nullptr;
    QLabel *m_confirmHint = nullptr;
    QWidget *m_confirmRow = nullptr;
    InlineMessage *m_message = nullptr;
    QWidget *m_busyRow = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_busyLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_submit = nullptr;
};

} // namespace natter::ui
