#pragma once

#include <QAbstractButton>

namespace natter::ui {

// The round "↓" button over the message list while older messages are in view; a click goes
// to the newest message. It shows how many unread messages wait below.
class ScrollDownButton final : public QAbstractButton
{
    Q_OBJECT
public:
    explicit ScrollDownButton(QWidget *parent = nullptr);
    ~ScrollDownButton() override;
    Q_DISABLE_COPY_MOVE(ScrollDownButton)

    void setUnread(int count);
    int unread() const { return m_unread; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_unread = 0;
};

} // namespace natter::ui
