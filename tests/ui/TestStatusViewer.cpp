// The status viewer and the status list against a real natterd with two real ChatClients
// (Alice posts, Bob is her contact and views): what is on screen, the timer, the keys and the
// clicks, the viewed reports, and the owner's "Viewed by" and "Delete".
#include "UiTestSupport.h"
#include "client/StatusClient.h"
#include "models/StatusListModel.h"
#include "ui/ChatView.h"
#include "ui/MainWindow.h"
#include "ui/StatusPane.h"
#include "ui/StatusViewer.h"

#include <QAbstractItemModelTester>
#include <QDialog>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace natter;
using namespace natter::uitest;
using client::StatusClient;
using models::StatusListModel;
using ui::StatusViewer;

namespace {
const QString kAlice = QStringLiteral("+4915110000001");
const QString kBob = QStringLiteral("+4915110000002");
} // namespace

class TestStatusViewer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    std::unique_ptr<test::TestServer> m_server;
    User m_alice {kAlice, QStringLiteral("Alice Liddell")};
    User m_bob {kBob, QStringLiteral("Bob")};

    // Alice posts; returns the id once Bob has it.
    qint64 post(const QString &text, const QString &color = QStringLiteral("#c2185b"))
    {
        StatusClient *statuses = m_alice.client->statuses();
        QSignalSpy posted(statuses, &StatusClient::posted);
        statuses->postText(text, color);
        if (!posted.wait(kWaitMs))
            return 0;
        const qint64 id = posted.first().at(1).toLongLong();
        if (!QTest::qWaitFor([&] { return m_bob.client->statuses()->status(id).has_value(); }, kWaitMs))
            return 0;
        return id;
    }

private slots:
    void initTestCase() { isolateSettings(m_settings); }
    void init()
    {
        m_server = std::make_unique<test::TestServer>();
        QVERIFY(m_server->start());
        m_alice = User(kAlice, QStringLiteral("Alice Liddell"));
        m_bob = User(kBob, QStringLiteral("Bob"));
        QVERIFY(registerContacts(m_alice, m_bob, m_server->url()));
    }
    void cleanup()
    {
        m_alice.client.reset();
        m_bob.client.reset();
        m_server.reset();
    }

    void listShowsUnseenFirstWithRings()
    {
        ui::StatusPane pane(m_bob.client.get());
        new QAbstractItemModelTester(pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest, &pane);
        StatusListModel *model = pane.model();
        // Only "My status" while nobody posted.
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0).data(StatusListModel::SectionRole).toInt(), int(StatusListModel::MineSection));
        QCOMPARE(model->index(0).data(StatusListModel::CountRole).toInt(), 0);

        QVERIFY(post(QStringLiteral("one")) > 0);
        const qint64 second = post(QStringLiteral("two"));
        QVERIFY(second > 0);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, kWaitMs);
        const QModelIndex alice = model->index(1);
        QCOMPARE(alice.data(StatusListModel::OwnerRole).toString(), kAlice);
        QCOMPARE(alice.data(StatusListModel::DisplayNameRole).toString(), QStringLiteral("Alice Liddell"));
        QCOMPARE(alice.data(StatusListModel::CountRole).toInt(), 2);
        QCOMPARE(alice.data(StatusListModel::UnseenCountRole).toInt(), 2);
        QCOMPARE(alice.data(StatusListModel::SectionRole).toInt(), int(StatusListModel::RecentSection));

        // Seen in full: the row moves to the viewed group.
        for (const auto &s : m_bob.client->statuses()->statusesOf(kAlice))
            m_bob.client->statuses()->markViewed(s.statusId);
        QCOMPARE(model->index(1).data(StatusListModel::UnseenCountRole).toInt(), 0);
        QCOMPARE(model->index(1).data(StatusListModel::SectionRole).toInt(), int(StatusListModel::ViewedSection));

        // Clicking the row asks for the viewer.
        pane.resize(320, 500);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QSignalSpy view(&pane, &ui::StatusPane::viewRequested);
        const QRect rect = pane.listView()->visualRect(model->index(1));
        QTest::mouseClick(pane.listView()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(view.size(), 1);
        QCOMPARE(view.first().at(0).toString(), kAlice);
    }

    void viewerShowsAdvancesAndMarksViewed()
    {
        const qint64 first = post(QStringLiteral("First status"));
        const qint64 second = post(QStringLiteral("Second status"));
        const qint64 third = post(QStringLiteral("Third status"));
        QVERIFY(first > 0 && second > 0 && third > 0);

        StatusViewer viewer(m_bob.client.get());
        viewer.setDuration(1500ms);
        QSignalSpy shown(&viewer, &StatusViewer::statusShown);
        QSignalSpy closed(&viewer, &StatusViewer::closed);
        QSignalSpy aliceViewed(m_alice.client->statuses(), &StatusClient::viewed);
        QVERIFY(viewer.showOwner(kAlice));
        viewer.setPaused(true); // held while the first one is checked
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QCOMPARE(viewer.count(), 3);
        QCOMPARE(viewer.currentStatusId(), first);
        QVERIFY(!viewer.viewsButton()->isVisible()); // not Bob's own
        QVERIFY(!viewer.deleteButton()->isVisible());
        // The text is drawn on its background colour.
        const QImage frame = viewer.grab().toImage();
        QCOMPARE(frame.pixelColor(viewer.width() / 2, viewer.height() - 5), QColor(0xc2185b));
        QVERIFY(m_bob.client->statuses()->status(first)->viewed);
        QTRY_COMPARE_WITH_TIMEOUT(aliceViewed.size(), 1, kWaitMs);
        QCOMPARE(viewer.currentStatusId(), first);
        viewer.setPaused(false);

        // The timer moves on by itself.
        QTRY_COMPARE_WITH_TIMEOUT(viewer.currentStatusId(), second, 10000);
        // Space pauses: nothing moves.
        QTest::keyClick(&viewer, Qt::Key_Space);
        QVERIFY(viewer.isPaused());
        const qreal held = viewer.progress();
        QTest::qWait(900);
        QCOMPARE(viewer.currentStatusId(), second);
        QCOMPARE(viewer.progress(), held);
        QTest::keyClick(&viewer, Qt::Key_Space);
        QVERIFY(!viewer.isPaused());

        // Keys: → forward, ← back.
        QTest::keyClick(&viewer, Qt::Key_Right);
        QCOMPARE(viewer.currentStatusId(), third);
        QTest::keyClick(&viewer, Qt::Key_Left);
        QCOMPARE(viewer.currentStatusId(), second);
        // Clicks: right half forward, left half back.
        viewer.setPaused(true);
        QTest::mouseClick(&viewer, Qt::LeftButton, {}, QPoint(viewer.width() * 3 / 4, viewer.height() / 2));
        QCOMPARE(viewer.currentStatusId(), third);
        QTest::mouseClick(&viewer, Qt::LeftButton, {}, QPoint(viewer.width() / 4, viewer.height() / 2));
        QCOMPARE(viewer.currentStatusId(), second);
        QTRY_COMPARE_WITH_TIMEOUT(aliceViewed.size(), 3, kWaitMs);
        for (const qint64 id : {first, second, third})
            QVERIFY(m_bob.client->statuses()->status(id)->viewed);

        // After the last one it closes by itself; Esc closes too.
        viewer.setPaused(false);
        QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 15000);
        QVERIFY(!viewer.isVisible());
        QVERIFY(viewer.showOwner(kAlice));
        QCOMPARE(viewer.currentStatusId(), first); // all seen: from the start
        QTest::keyClick(&viewer, Qt::Key_Escape);
        QCOMPARE(closed.size(), 2);
        QVERIFY(!viewer.isVisible());
        QVERIFY(!viewer.showOwner(QStringLiteral("+4915110000099")));
    }

    void ownerSeesViewersAndDeletes()
    {
        const qint64 id = post(QStringLiteral("Look at this"));
        QVERIFY(id > 0);
        StatusViewer viewer(m_alice.client.get());
        QVERIFY(viewer.showOwner(kAlice));
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        viewer.setPaused(true);
        QVERIFY(viewer.viewsButton()->isVisible());
        QVERIFY(viewer.deleteButton()->isVisible());
        QCOMPARE(viewer.viewsButton()->text(), QStringLiteral("Viewed by 0"));
        QVERIFY(!viewer.viewsButton()->isEnabled());

        // Bob views it: the button follows.
        m_bob.client->statuses()->markViewed(id);
        QTRY_COMPARE_WITH_TIMEOUT(viewer.viewsButton()->text(), QStringLiteral("Viewed by 1"), kWaitMs);
        // Viewers are named as the contacts list knows them.
        QSignalSpy looked(m_alice.client.get(), &client::ChatClient::lookupFinished);
        m_alice.client->lookup(kBob);
        QVERIFY(looked.wait(kWaitMs));
        viewer.viewsButton()->click();
        QTRY_VERIFY(viewer.viewersDialog());
        auto *list = viewer.viewersDialog()->findChild<QListWidget *>(QStringLiteral("viewersList"));
        QVERIFY(list);
        QCOMPARE(list->count(), 1);
        QVERIFY2(list->item(0)->text().startsWith(QStringLiteral("Bob — today at ")),
            qPrintable(list->item(0)->text()));
        viewer.viewersDialog()->reject();
        QTRY_VERIFY(!viewer.viewersDialog());

        // Delete asks first; Cancel keeps it.
        viewer.deleteButton()->click();
        QTRY_VERIFY(viewer.deleteConfirmation());
        viewer.deleteConfirmation()->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!viewer.deleteConfirmation());
        QVERIFY(m_alice.client->statuses()->status(id));
        QVERIFY(viewer.isVisible());
        viewer.deleteButton()->click();
        QTRY_VERIFY(viewer.deleteConfirmation());
        QSignalSpy closed(&viewer, &StatusViewer::closed);
        viewer.deleteConfirmation()->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton"))->click();
        // Gone on both sides; the viewer had nothing more to show and closed.
        QTRY_VERIFY_WITH_TIMEOUT(!m_alice.client->statuses()->status(id), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_bob.client->statuses()->status(id), kWaitMs);
        QCOMPARE(closed.size(), 1);
    }

    void mainWindowHasAStatusTab()
    {
        const qint64 id = post(QStringLiteral("In the window"));
        QVERIFY(id > 0);
        ui::MainWindow window(m_bob.client.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTabWidget *tabs = window.sidebarTabs();
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(tabs->tabText(0), QStringLiteral("Chats"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("Status"));
        tabs->setCurrentIndex(1);
        QVERIFY(window.statusPane()->isVisible());
        window.openChat(kAlice);
        QCOMPARE(window.currentChat(), kAlice);

        // Alice's row opens the viewer over the whole window.
        ui::StatusPane *pane = window.statusPane();
        const int row = pane->model()->rowOf(kAlice);
        QVERIFY(row > 0);
        QTest::mouseClick(pane->listView()->viewport(), Qt::LeftButton, {},
            pane->listView()->visualRect(pane->model()->index(row)).center());
        StatusViewer *viewer = window.statusViewer();
        QTRY_VERIFY(viewer->isVisible());
        QCOMPARE(viewer->geometry(), window.rect());
        QCOMPARE(viewer->currentStatusId(), id);
        // Esc closes the viewer, not the chat behind it.
        QTRY_VERIFY(viewer->hasFocus());
        QTest::keyClick(viewer, Qt::Key_Escape);
        QVERIFY(!viewer->isVisible());
        QCOMPARE(window.currentChat(), kAlice);
    }
};

QTEST_MAIN(TestStatusViewer)
#include "TestStatusViewer.moc"
