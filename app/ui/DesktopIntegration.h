#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QMainWindow;
class QMenu;
class QSystemTrayIcon;
class QTimer;

namespace natter::client {
class ChatClient;
}

namespace natter::ui {

// Natter's presence on the desktop outside its window: the system tray icon (with the unread
// count drawn on it, a "Natter — N unread" tooltip and a Show/Quit menu; a click brings the
// window back) and a desktop notification for a message that arrives while the window is not
// active (sender and a one-line preview; a burst, such as the catch-up after a reconnect,
// becomes one notification). Without a system tray it still keeps the window icon's badge and
// asks the window manager for attention instead of notifying.
class DesktopIntegration final : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int unreadCount READ unreadCount NOTIFY unreadCountChanged)
public:
    // `parent` defaults to `window`.
    DesktopIntegration(
        natter::client::ChatClient *client, QMainWindow *window, QObject *parent = nullptr);
    ~DesktopIntegration() override;
    Q_DISABLE_COPY_MOVE(DesktopIntegration)

    // Whether a system tray is there and the icon is shown in it.
    bool isTrayAvailable() const { return m_trayShown; }
    // The tray icon (it always exists; it is only shown when a tray is available).
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    QMenu *trayMenu() const { return m_menu; }
    int unreadCount() const { return m_unread; }
    QString toolTip() const;

    // Closing the window hides it to the tray instead of quitting (only while a tray is shown);
    // off by default.
    void setCloseToTray(bool enabled);
    bool closeToTray() const { return m_closeToTray; }
    // Desktop notifications on or off (on by default).
    void setNotificationsEnabled(bool enabled) { m_notify = enabled; }
    bool notificationsEnabled() const { return m_notify; }

    // Shows, raises and activates the main window (also from minimised or hidden).
    void showWindow();

    // The last notification, also when no tray could show it (empty peer when several chats).
    struct Notification
    {
        QString peer;
        QString title;
        QString body;
    };
    Notification lastNotification() const { return m_last; }

signals:
    void unreadCountChanged(int count);
    // A notification was shown (or, without a tray, would have been).
    void notified(const QString &peer, const QString &title, const QString &body);
    // The user clicked a notification about `peer` (empty for several chats): open that chat.
    void chatRequested(const QString &peer);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUnread(int count);
    void updateTray();
    void onMessageAdded(const QString &peer, qint64 localId);
    void flushNotifications();
    bool windowIsAttended() const;
    QString senderName(const QString &peer) const;

    natter::client::ChatClient *m_client;
    QPointer<QMainWindow> m_window;
    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
    QAction *m_showAction;
    QAction *m_quitAction;
    QTimer *m_coalesce;
    int m_unread = -1;
    bool m_trayShown = false;
    bool m_closeToTray = false;
    bool m_quitting = false;
    bool m_notify = true;
    bool m_toldAboutTray = false;
    // Messages waiting to be announced: peer → (count, newest preview), in arrival order.
    QStringList m_pendingPeers;
    QHash<QString, QPair<int, QString>> m_pending;
    Notification m_last;
};

} // namespace natter::ui
