#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace natter::ui {

// What the right pane shows while no chat is open: "Select a chat to start messaging", or,
// without an account, a button that opens the login.
class ChatPlaceholder final : public QWidget
{
    Q_OBJECT
public:
    explicit ChatPlaceholder(QWidget *parent = nullptr);
    ~ChatPlaceholder() override;
    Q_DISABLE_COPY_MOVE(ChatPlaceholder)

    void setLoggedIn(bool loggedIn);
    QString text() const;

signals:
    void loginRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_title;
    QLabel *m_subtitle;
    QPushButton *m_login;
};

} // namespace natter::ui
