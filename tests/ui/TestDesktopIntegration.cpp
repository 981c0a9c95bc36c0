// The tray icon and desktop notifications against a real natterd and a real second user: the
// unread count on the icon and in the tooltip follows the client's totalUnread, a message that
// arrives while the window is not active is announced with sender and preview, and everything
// keeps working where no system tray exists (as under the offscreen platform).
#include "TestClient.h"
#include "TestServer.h"
#include "client/ChatClient.h"
#include "client/TokenStore.h"
#include "ui/DesktopIntegration.h"
#include "ui/dialogs/AppIcon.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

using namespace natter;
using natter::client::ChatClient;
using natter::ui::DesktopIntegration;

namespace {
const QString kAlice = QStringLiteral("+4915150000001");
const QString kBob = QStringLiteral("+4915150000002");
const QString kPassword = QStringLiteral("correct horse");
constexpr int kWaitMs = 20000;

// The colour of a pixel of the icon at 32 px inside the badge, beside its digit.
QColor badgeCorner(const QIcon &icon)
{
    return icon.pixmap(32, 32).toImage().pixelColor(19, 8);
}
} // namespace

class TestDesktopIntegration : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestServer> m_server;
    test::TestClient m_bob;
    QTemporaryDir m_dir;
    std::unique_ptr<ChatClient> m_alice;

private slots:
    void cleanupTestCase()
    {
        // A keychain job still running when its client goes crashes in libsecret's callback.
        QTRY_VERIFY_WITH_TIMEOUT(m_alice->tokenStore()->pendingJobs() == 0, kWaitMs);
    }

    void initTestCase()
    {
        m_server = std::make_unique<test::TestServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        QVERIFY(
            m_bob.registerUser(m_server->url(), kBob, QStringLiteral("Bob Builder"), kPassword));
        m_alice = std::make_unique<ChatClient>(
            m_dir.path(), nullptr, QStringLiteral("natter-test-desktop"));
        m_alice->setServer(m_server->url());
        QSignalSpy ok(m_alice.get(), &ChatClient::authSucceeded);
        m_alice->registerAccount(kAlice, QStringLiteral("Alice"), kPassword);
        QTRY_VERIFY_WITH_TIMEOUT(
            ok.size() == 1 && m_alice->isOnline() && !m_alice->isSyncing(), kWaitMs);
        // Alice knows Bob's name, as after starting a chat with him.
        QSignalSpy looked(m_alice.get(), &ChatClient::lookupFinished);
        m_alice->lookup(kBob);
        QTRY_COMPARE_WITH_TIMEOUT(looked.size(), 1, kWaitMs);
    }

    void theBadgeShowsTheCount()
    {
        const QIcon plain = ui::appIcon();
        QVERIFY(!plain.isNull());
        QCOMPARE(ui::badgedAppIcon(0).cacheKey(), plain.cacheKey());
        const QColor corner = badgeCorner(ui::badgedAppIcon(3));
        QVERIFY2(corner.red() > 180 && corner.green() < 120, qPrintable(corner.name()));
        QVERIFY(badgeCorner(plain).red() < 100); // the green bubble without unread messages
    }

    void unreadCountAndNotificationsFollowTheClient()
    {
        QMainWindow window; // not shown: never the active window
        DesktopIntegration desktop(m_alice.get(), &window);
        QCOMPARE(desktop.isTrayAvailable(), QSystemTrayIcon::isSystemTrayAvailable());
        QCOMPARE(desktop.unreadCount(), 0);
        QCOMPARE(desktop.trayIcon()->toolTip(), QStringLiteral("Natter"));
        const qint64 plainKey = desktop.trayIcon()->icon().cacheKey();

        QSignalSpy notified(&desktop, &DesktopIntegration::notified);
        m_bob.sendText(kAlice, QStringLiteral("Are you coming tonight?\nBring the cake."));
        QTRY_COMPARE_WITH_TIMEOUT(desktop.unreadCount(), 1, kWaitMs);
        QCOMPARE(desktop.trayIcon()->toolTip(), QStringLiteral("Natter — 1 unread"));
        QVERIFY(desktop.trayIcon()->icon().cacheKey() != plainKey);
        QCOMPARE(window.windowIcon().cacheKey(), desktop.trayIcon()->icon().cacheKey());

        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, kWaitMs);
        QCOMPARE(notified.at(0).at(0).toString(), kBob);
        QCOMPARE(notified.at(0).at(1).toString(), QStringLiteral("Bob Builder"));
        QCOMPARE(notified.at(0).at(2).toString(),
            QStringLiteral("Are you coming tonight? Bring the cake."));

        m_bob.sendText(kAlice, QStringLiteral("Second"));
        QTRY_COMPARE_WITH_TIMEOUT(desktop.unreadCount(), 2, kWaitMs);
        QCOMPARE(desktop.trayIcon()->toolTip(), QStringLiteral("Natter — 2 unread"));
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 2, kWaitMs);

        m_alice->markRead(kBob);
        QTRY_COMPARE_WITH_TIMEOUT(desktop.unreadCount(), 0, kWaitMs);
        QCOMPARE(desktop.trayIcon()->toolTip(), QStringLiteral("Natter"));
        QCOMPARE(desktop.trayIcon()->icon().cacheKey(), plainKey);
    }

    void aBurstBecomesOneNotification()
    {
        QMainWindow window;
        DesktopIntegration desktop(m_alice.get(), &window);
        QSignalSpy notified(&desktop, &DesktopIntegration::notified);
        for (int i = 1; i <= 5; ++i)
            m_bob.sendText(kAlice, QStringLiteral("burst %1").arg(i));
        QTRY_COMPARE_WITH_TIMEOUT(desktop.unreadCount(), 5, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!notified.isEmpty(), kWaitMs);
        // The five arrive within the coalescing window, or at worst in a few notifications.
        QVERIFY2(notified.size() < 5, qPrintable(QString::number(notified.size())));
        QVERIFY(desktop.lastNotification().body.contains(QStringLiteral("burst 5")));
        m_alice->markRead(kBob);
        QTRY_COMPARE_WITH_TIMEOUT(desktop.unreadCount(), 0, kWaitMs);
    }

    void noNotificationWhileTheWindowIsActive()
    {
        QMainWindow window;
        window.resize(400, 300);
        DesktopIntegration desktop(m_alice.get(), &window);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy notified(&desktop, &DesktopIntegration::notified);
        m_bob.sendText(kAlice, QStringLiteral("seen in the window"));
        QTRY_COMPARE_WITH_TIMEOUT(desktop.unreadCount(), 1, kWaitMs);

        // Then the window goes away, and the next message is announced (and only that one).
        window.hide();
        m_bob.sendText(kAlice, QStringLiteral("announced"));
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, kWaitMs);
        QCOMPARE(notified.at(0).at(2).toString(), QStringLiteral("announced"));
        m_alice->markRead(kBob);
        QTRY_COMPARE_WITH_TIMEOUT(desktop.unreadCount(), 0, kWaitMs);
    }

    void theMenuShowsTheWindow()
    {
        QMainWindow window;
        DesktopIntegration desktop(m_alice.get(), &window);
        const QList<QAction *> actions = desktop.trayMenu()->actions();
        QStringList texts;
        for (QAction *a : actions) {
            if (!a->isSeparator())
                texts.append(a->text().remove(u'&'));
        }
        QCOMPARE(texts, (QStringList {QStringLiteral("Show Natter"), QStringLiteral("Quit")}));
        QVERIFY(!window.isVisible());
        actions.constFirst()->trigger();
        QVERIFY(window.isVisible());
        window.showMinimized();
        QTRY_VERIFY(window.isMinimized());
        emit desktop.trayIcon()->activated(QSystemTrayIcon::Trigger);
        QTRY_VERIFY(!window.isMinimized());
    }
};

QTEST_MAIN(TestDesktopIntegration)
#include "TestDesktopIntegration.moc"
