// The message list of an open chat with a long history from a real client's database: it opens
// at the newest message, loads older pages when scrolled to the top without moving what is on
// screen, stays at the bottom for new messages only when it was there, and jumps to the first
// unread message.
#include "UiTestSupport.h"
#include "models/MessageListModel.h"
#include "ui/ChatView.h"
#include "ui/MessageListView.h"
#include "ui/ScrollDownButton.h"

#include <QScrollBar>

using namespace natter;
using namespace natter::uitest;
using models::MessageListModel;
using ui::ChatView;
using ui::MessageListView;

namespace {
const QString kAlice = QStringLiteral("+4915170000001");
const QString kBob = QStringLiteral("+4915170000002");

// The first row whose top is in view, and how far below the viewport's top it starts.
std::pair<QString, int> firstVisible(MessageListView *view)
{
    const QModelIndex index = view->indexAt(QPoint(view->viewport()->width() / 2, 1));
    return {index.data(MessageListModel::TextRole).toString(), view->visualRect(index).top()};
}

bool lastRowVisible(MessageListView *view)
{
    const int rows = view->model()->rowCount();
    const QRect rect = view->visualRect(view->model()->index(rows - 1, 0));
    return rows > 0 && view->viewport()->rect().contains(rect.bottomLeft() - QPoint(0, 2));
}
} // namespace

class TestMessageListView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    std::unique_ptr<test::TestServer> m_server;
    User m_alice {kAlice, QStringLiteral("Alice")};
    User m_bob {kBob, QStringLiteral("Bob")};
    std::unique_ptr<ChatView> m_chat;

    // `read` older messages already read, then `unread` new ones, all from Bob.
    void seed(int read, int unread)
    {
        auto writer = m_alice.openWriter();
        QVERIFY(writer);
        const qint64 base
            = QDateTime::currentMSecsSinceEpoch() - qint64(read + unread) * 60000 - 3600000;
        // Server ids far above the test server's, so live messages do not collide.
        QVERIFY(!writer->addIncoming(history(kBob, kAlice, read, 1000001, base), kAlice).isEmpty());
        QVERIFY(!writer->markConversationRead(kBob).isEmpty());
        if (unread > 0) {
            auto later = history(kBob, kAlice, unread, 1000001 + read, base + qint64(read) * 60000);
            for (int i = 0; i < later.size(); ++i)
                later[i].content.text = QStringLiteral("Unread %1").arg(i + 1);
            QVERIFY(!writer->addIncoming(later, kAlice).isEmpty());
        }
    }
    // A message from Bob arrives, numbered after the seeded history (the test server's own ids
    // would sort before it), announced as the client announces it.
    void arrive(const QString &text)
    {
        static qint64 serverId = 2000000;
        auto writer = m_alice.openWriter();
        const auto stored
            = writer->addIncoming({{++serverId, kBob, kAlice, QDateTime::currentMSecsSinceEpoch(),
                                      protocol::MessageContent::fromText(text)}},
                kAlice);
        QCOMPARE(stored.size(), 1);
        emit m_alice.client->messageAdded(kBob, stored.first().localId);
        emit m_alice.client->conversationChanged(kBob);
    }
    void show()
    {
        m_chat = std::make_unique<ChatView>(m_alice.client.get());
        m_chat->resize(700, 600);
        m_chat->show();
        m_chat->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_chat.get()));
    }

private slots:
    void initTestCase() { isolateSettings(m_settings); }

    void init()
    {
        m_server = std::make_unique<test::TestServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        m_alice = User(kAlice, QStringLiteral("Alice"));
        m_bob = User(kBob, QStringLiteral("Bob"));
        QVERIFY(m_alice.registerOn(m_server->url()));
        QVERIFY(m_bob.registerOn(m_server->url()));
    }
    void cleanup()
    {
        m_chat.reset();
        m_alice.client.reset();
        m_bob.client.reset();
        m_server.reset();
    }

    void opensAtTheNewestAndPagesBackInPlace()
    {
        seed(1000, 0);
        show();
        m_chat->openChat(kBob);
        MessageListView *view = m_chat->messageView();
        QCOMPARE(view->model()->rowCount(), MessageListModel::kDefaultPageSize);
        QVERIFY(view->isAtBottom());
        QVERIFY(lastRowVisible(view));

        // Scrolling up to the top loads the next older page; the rows on screen stay put.
        QScrollBar *bar = view->verticalScrollBar();
        bar->setValue(bar->minimum());
        const auto before = firstVisible(view);
        QTRY_VERIFY(view->model()->rowCount() >= 2 * MessageListModel::kDefaultPageSize);
        const auto after = firstVisible(view);
        QCOMPARE(after.first, before.first);
        QVERIFY2(std::abs(after.second - before.second) <= 2,
            qPrintable(QStringLiteral("moved from %1 to %2").arg(before.second).arg(after.second)));
        QVERIFY(!view->isAtBottom());
        QVERIFY(view->model()->rowCount() < 1000); // only what was asked for

        // A new message while scrolled up: the view does not jump.
        const int value = bar->value();
        arrive(QStringLiteral("news"));
        QCOMPARE(view->model()
                     ->index(view->model()->rowCount() - 1, 0)
                     .data(MessageListModel::TextRole)
                     .toString(),
            QStringLiteral("news"));
        QTest::qWait(200); // a layout pass, and the read check (100 ms) would have run
        QCOMPARE(bar->value(), value);
        // Not seen yet: still unread.
        QCOMPARE(m_alice.store().conversation(kBob)->unreadCount, 1);

        // Back at the bottom it is seen and read; the next message keeps the view there.
        view->scrollToNewest();
        QTRY_COMPARE_WITH_TIMEOUT(m_alice.store().conversation(kBob)->unreadCount, 0, kWaitMs);
        arrive(QStringLiteral("more news"));
        QCOMPARE(view->model()
                     ->index(view->model()->rowCount() - 1, 0)
                     .data(MessageListModel::TextRole)
                     .toString(),
            QStringLiteral("more news"));
        QTRY_VERIFY(lastRowVisible(view));
        QVERIFY(view->isAtBottom());
    }

    void staysAtTheBottomWhenResized()
    {
        seed(300, 0);
        show();
        m_chat->openChat(kBob);
        MessageListView *view = m_chat->messageView();
        QVERIFY(view->isAtBottom());
        m_chat->resize(420, 500);
        QTRY_VERIFY(lastRowVisible(view));
        m_chat->resize(900, 700);
        QTRY_VERIFY(lastRowVisible(view));
        QVERIFY(view->isAtBottom());
    }

    void jumpsToTheFirstUnread()
    {
        seed(300, 150);
        show();
        m_chat->openChat(kBob);
        MessageListView *view = m_chat->messageView();
        MessageListModel *model = m_chat->messageModel();
        const int row = model->rowOf(model->unreadMarkerId());
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row).data(MessageListModel::TextRole).toString(),
            QStringLiteral("Unread 1"));
        const QRect rect = view->visualRect(view->viewIndex(row));
        QVERIFY2(rect.top() >= 0 && rect.top() < view->viewport()->height() / 3,
            qPrintable(QStringLiteral("first unread at %1").arg(rect.top())));
        QVERIFY(!view->isAtBottom());
        // The bottom is not in view: nothing is read yet, and the "↓" button says what waits.
        QCOMPARE(m_alice.store().conversation(kBob)->unreadCount, 150);
        ui::ScrollDownButton *down = m_chat->scrollDownButton();
        QVERIFY(down->isVisible());
        QCOMPARE(down->unread(), 150);
        QTest::mouseClick(down, Qt::LeftButton);
        QVERIFY(view->isAtBottom());
        QTRY_COMPARE_WITH_TIMEOUT(m_alice.store().conversation(kBob)->unreadCount, 0, kWaitMs);
        QVERIFY(!down->isVisible());
    }

    void shortHistorySitsAtTheBottom()
    {
        seed(2, 0);
        show();
        m_chat->openChat(kBob);
        MessageListView *view = m_chat->messageView();
        QTRY_VERIFY(lastRowVisible(view));
        // The newest bubble ends near the composer, not at the top of an empty list.
        const QRect last = view->visualRect(view->viewIndex(1));
        const QPoint bottom = view->viewport()->mapTo(m_chat.get(), last.bottomLeft());
        const QPoint list = view->mapTo(m_chat.get(), QPoint(0, view->height()));
        QVERIFY2(list.y() - bottom.y() < 40,
            qPrintable(QStringLiteral("%1 vs %2").arg(bottom.y()).arg(list.y())));
    }
};

QTEST_MAIN(TestMessageListView)
#include "TestMessageListView.moc"
