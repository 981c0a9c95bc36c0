#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QToolButton;

namespace natter::ui {

// The bar above an open chat: the peer's avatar, name and a status line ("online", "last seen
// today at 14:02", "typing…"), and a button that closes the chat.
class ChatHeader final : public QWidget
{
    Q_OBJECT
public:
    explicit ChatHeader(QWidget *parent = nullptr);
    ~ChatHeader() override;
    Q_DISABLE_COPY_MOVE(ChatHeader)

    // A new chat: forgets the presence and typing state of the one before.
    void setPeer(const QString &peer, const QString &name);
    // The name became known or changed; presence stays.
    void setDisplayName(const QString &name);
    QString peer() const { return m_peer; }
    // Presence as the server reported it; `lastSeen` is invalid while online or when unknown.
    void setPresence(bool known, bool online, const QDateTime &lastSeen);
    void setTyping(bool typing);
    QString statusText() const;
    QString nameText() const;

signals:
    void closeRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateStatus();

    QLabel *m_name;
    QLabel *m_status;
    QToolButton *m_close;
    QString m_peer;
    QString m_displayName;
    bool m_known = false;
    bool m_online = false;
    QDateTime m_lastSeen;
    bool m_typing = false;
};

} // namespace natter::ui
