#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace natter::client {
class ChatClient;
}

namespace natter::ui {

// A strip above the chat list that says what the connection is doing: "Connecting…",
// "Offline — messages will be sent when you're back online" (with "Retry now"), "Updating…"
// while queued messages arrive. Hidden while everything is fine.
class ConnectionBanner final : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionBanner(client::ChatClient *client, QWidget *parent = nullptr);
    ~ConnectionBanner() override;
    Q_DISABLE_COPY_MOVE(ConnectionBanner)

    enum class Kind { None, Connecting, Offline, Updating };
    Q_ENUM(Kind)
    // What the banner shows (or is about to show after its short delay).
    Kind kind() const { return m_wanted; }
    QString text() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Kind currentKind() const;
    void refresh();
    void apply();

    QPointer<client::ChatClient> m_client;
    QLabel *m_text;
    QPushButton *m_action;
    Kind m_wanted = Kind::None;
    Kind m_shown = Kind::None;
    QTimer m_delay; // a connection that is back within a moment is not worth a flash
};

} // namespace natter::ui
