// The real main window against a real natterd, with real ChatClients on both sides: sending from
// the composer and watching the ticks advance, an incoming message with its unread badge and
// the window title, the read receipt when the chat is opened in the active window, the composer's
// keys, copying, retrying a failed message, the header's status line, search and settings.
#include "UiTestSupport.h"
#include "models/ConversationFilterProxyModel.h"
#include "models/ConversationListModel.h"
#include "models/MessageListModel.h"
#include "ui/ChatHeader.h"
#include "ui/ChatPlaceholder.h"
#include "ui/ChatView.h"
#include "ui/ComposerEdit.h"
#include "ui/MainWindow.h"
#include "ui/MessageDelegate.h"
#include "ui/MessageListView.h"
#include "ui/Sidebar.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QScrollBar>
#include <QToolButton>

using namespace natter;
using namespace natter::uitest;
using client::ChatClient;
using client::MessageState;
using models::ConversationListModel;
using models::MessageListModel;
using ui::MainWindow;

namespace {
const QString kAlice = QStringLiteral("+4915160000001");
const QString kBob = QStringLiteral("+4915160000002");
const QString kNobody = QStringLiteral("+4915160000099");

MessageState stateAt(const QAbstractItemModel *model, int row)
{
    return MessageState(model->index(row, 0).data(MessageListModel::StateRole).toInt());
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    std::unique_ptr<test::TestServer> m_server;
    User m_alice {kAlice, QStringLiteral("Alice")};
    User m_bob {kBob, QStringLiteral("Bob Builder")};
    std::unique_ptr<MainWindow> m_window;

    ui::ChatView *chat() const { return m_window->chatView(); }
    ui::ComposerEdit *composer() const { return chat()->composer(); }
    MessageListModel *messages() const { return chat()->messageModel(); }

    // Bob writes to Alice; waits until Alice has stored it.
    void bobWrites(const QString &text)
    {
        const int before = m_alice.store().conversation(kBob)
            ? m_alice.store().conversation(kBob)->messageCount
            : 0;
        QVERIFY(m_bob.client->sendText(kAlice, text) != 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_alice.store().conversation(kBob)
                && m_alice.store().conversation(kBob)->messageCount == before + 1,
            kWaitMs);
    }
    // The state of a message with `text` in Bob's database (his conversation with Alice).
    MessageState bobsState(const QString &text) const
    {
        for (const client::StoredMessage &m : m_bob.store().messages(kAlice)) {
            if (m.content.text == text)
                return m.state;
        }
        return MessageState(-1);
    }
    // The same in Alice's database (her conversation with Bob).
    MessageState alicesState(const QString &text) const
    {
        for (const client::StoredMessage &m : m_alice.store().messages(kBob)) {
            if (m.content.text == text)
                return m.state;
        }
        return MessageState(-1);
    }
    bool activate(QWidget *window)
    {
        window->show();
        window->activateWindow();
        window->raise();
        return QTest::qWaitForWindowActive(window);
    }

private slots:
    void initTestCase() { isolateSettings(m_settings); }

    void init()
    {
        QSettings().clear();
        m_server = std::make_unique<test::TestServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        m_alice = User(kAlice, QStringLiteral("Alice"));
        m_bob = User(kBob, QStringLiteral("Bob Builder"));
        QVERIFY(m_alice.registerOn(m_server->url()));
        QVERIFY(m_bob.registerOn(m_server->url()));
        m_window = std::make_unique<MainWindow>(m_alice.client.get());
        QVERIFY(activate(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_alice.client.reset();
        m_bob.client.reset();
        m_server.reset();
    }

    void startsEmpty()
    {
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Natter"));
        QCOMPARE(m_window->currentChat(), QString());
        QVERIFY(m_window->placeholder()->isVisible());
        QCOMPARE(
            m_window->placeholder()->text(), QStringLiteral("Select a chat to start messaging"));
        QVERIFY(!chat()->isVisible());
        QCOMPARE(m_window->conversationModel()->rowCount(), 0);
        QVERIFY(m_window->newChatAction()->isEnabled());
        QCOMPARE(m_window->newChatAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
    }

    void sendShowsBubbleAndTicks()
    {
        m_window->openChat(kBob); // as the New chat dialog does
        QCOMPARE(m_window->currentChat(), kBob);
        QVERIFY(chat()->isVisible());
        QCOMPARE(chat()->header()->nameText(), kBob); // no name known yet: the number
        QVERIFY(!chat()->sendButton()->isEnabled());

        QList<MessageState> seen;
        connect(m_alice.client.get(), &ChatClient::messageChanged, this,
            [&](const QString &, qint64 id) {
                if (const auto m = m_alice.store().message(id))
                    seen << m->state;
            });
        QTest::keyClicks(composer(), QStringLiteral("Hello Bob"));
        QVERIFY(chat()->sendButton()->isEnabled());
        QTest::keyClick(composer(), Qt::Key_Return);
        QCOMPARE(composer()->toPlainText(), QString());
        QVERIFY(!chat()->sendButton()->isEnabled());

        // The bubble is there at once, on the right, with its clock.
        QCOMPARE(messages()->rowCount(), 1);
        const QModelIndex bubble = messages()->index(0);
        QCOMPARE(bubble.data(MessageListModel::TextRole).toString(), QStringLiteral("Hello Bob"));
        QVERIFY(bubble.data(MessageListModel::OutgoingRole).toBool());
        ui::MessageListView *view = chat()->messageView();
        const QRect row = view->visualRect(view->viewIndex(0));
        QVERIFY(view->viewport()->rect().intersects(row));
        const QRect rect = view->messageDelegate()->bubbleRect(row, bubble);
        QVERIFY2(rect.left() > view->viewport()->width() / 2, "our bubble sits on the right");
        QVERIFY(view->isAtBottom());

        // Sent (✓) when the server has it, delivered (✓✓) when Bob's client has it.
        QTRY_COMPARE_WITH_TIMEOUT(stateAt(messages(), 0), MessageState::Delivered, kWaitMs);
        QVERIFY(seen.contains(MessageState::Sent));
        QVERIFY(seen.indexOf(MessageState::Sent) < seen.indexOf(MessageState::Delivered));
        QCOMPARE(bobsState(QStringLiteral("Hello Bob")), MessageState::Delivered);
        // The chat list shows it too, with its ticks.
        const QModelIndex listRow = m_window->conversationModel()->indexOf(kBob);
        QCOMPARE(listRow.data(ConversationListModel::LastPreviewRole).toString(),
            QStringLiteral("Hello Bob"));
        QCOMPARE(MessageState(listRow.data(ConversationListModel::LastStateRole).toInt()),
            MessageState::Delivered);
        QVERIFY(m_window->sidebar()->listView()->selectionModel()->isSelected(
            m_window->filterModel()->mapFromSource(listRow)));

        // Bob reads it: blue ticks.
        m_bob.client->markRead(kAlice);
        QTRY_COMPARE_WITH_TIMEOUT(stateAt(messages(), 0), MessageState::Read, kWaitMs);
    }

    void incomingShowsUnreadThenReadOnOpen()
    {
        bobWrites(QStringLiteral("Hi Alice"));
        const QModelIndex row = m_window->conversationModel()->indexOf(kBob);
        QVERIFY(row.isValid());
        QCOMPARE(row.data(ConversationListModel::UnreadCountRole).toInt(), 1);
        QCOMPARE(row.data(ConversationListModel::LastPreviewRole).toString(),
            QStringLiteral("Hi Alice"));
        QTRY_COMPARE(m_window->windowTitle(), QStringLiteral("Natter (1)"));
        bobWrites(QStringLiteral("Are you there?"));
        QTRY_COMPARE(m_window->windowTitle(), QStringLiteral("Natter (2)"));
        // Bob's copy shows grey ✓✓: delivered, not read.
        QTRY_COMPARE_WITH_TIMEOUT(
            bobsState(QStringLiteral("Hi Alice")), MessageState::Delivered, kWaitMs);

        // Click the chat in the list.
        QListView *list = m_window->sidebar()->listView();
        const QModelIndex proxyRow
            = m_window->filterModel()->mapFromSource(m_window->conversationModel()->indexOf(kBob));
        QTest::mouseClick(
            list->viewport(), Qt::LeftButton, {}, list->visualRect(proxyRow).center());
        QCOMPARE(m_window->currentChat(), kBob);
        QCOMPARE(messages()->rowCount(), 2);
        QCOMPARE(messages()->index(0).data(MessageListModel::UnreadMarkerRole).toInt(), 2);

        // Seen in the active window: Bob's ticks turn blue, the counts drop.
        QTRY_COMPARE_WITH_TIMEOUT(
            bobsState(QStringLiteral("Hi Alice")), MessageState::Read, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(
            bobsState(QStringLiteral("Are you there?")), MessageState::Read, kWaitMs);
        QCOMPARE(m_window->conversationModel()
                     ->indexOf(kBob)
                     .data(ConversationListModel::UnreadCountRole)
                     .toInt(),
            0);
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Natter"));
    }

    void notReadWhileTheWindowIsInactive()
    {
        QWidget other;
        other.resize(200, 100);
        QVERIFY(activate(&other));
        QVERIFY(!m_window->isActiveWindow());
        bobWrites(QStringLiteral("Psst"));
        m_window->openChat(kBob);
        QCOMPARE(messages()->rowCount(), 1);
        // The read check runs 100 ms after a change; give it several times that.
        QTest::qWait(400);
        QCOMPARE(alicesState(QStringLiteral("Psst")), MessageState::Delivered);
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Natter (1)"));

        QVERIFY(activate(m_window.get()));
        QTRY_COMPARE_WITH_TIMEOUT(alicesState(QStringLiteral("Psst")), MessageState::Read, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(bobsState(QStringLiteral("Psst")), MessageState::Read, kWaitMs);
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Natter"));

        // A message that arrives while the chat is open and seen is read at once.
        bobWrites(QStringLiteral("Still there?"));
        QTRY_COMPARE_WITH_TIMEOUT(
            alicesState(QStringLiteral("Still there?")), MessageState::Read, kWaitMs);
        QCOMPARE(messages()->rowCount(), 2);
    }

    void shiftEnterInsertsNewline()
    {
        m_window->openChat(kBob);
        QTest::keyClicks(composer(), QStringLiteral("first line"));
        QTest::keyClick(composer(), Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(composer(), QStringLiteral("second line"));
        QCOMPARE(composer()->toPlainText(), QStringLiteral("first line\nsecond line"));
        QCOMPARE(messages()->rowCount(), 0);
        const int oneLine = composer()->minimumSizeHint().height();
        QVERIFY(composer()->height() > oneLine);

        QTest::keyClick(composer(), Qt::Key_Enter); // the keypad's Enter sends too
        QCOMPARE(messages()->rowCount(), 1);
        QCOMPARE(messages()->index(0).data(MessageListModel::TextRole).toString(),
            QStringLiteral("first line\nsecond line"));
        QCOMPARE(composer()->height(), oneLine);
    }

    void composerGrowsToSixLines()
    {
        m_window->openChat(kBob);
        QList<int> heights {composer()->height()};
        for (int i = 0; i < 9; ++i) {
            QTest::keyClicks(composer(), QStringLiteral("line %1").arg(i));
            QTest::keyClick(composer(), Qt::Key_Return, Qt::ShiftModifier);
            heights << composer()->height();
        }
        QVERIFY(heights[1] > heights[0]);
        QVERIFY(heights[5] > heights[4]);
        QCOMPARE(heights[6], heights[5]); // six lines, then it scrolls
        QCOMPARE(heights[9], heights[5]);
    }

    void blankTextDoesNotSend()
    {
        m_window->openChat(kBob);
        QTest::keyClick(composer(), Qt::Key_Return);
        QCOMPARE(messages()->rowCount(), 0);
        QTest::keyClicks(composer(), QStringLiteral("   "));
        QTest::keyClick(composer(), Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(composer(), QStringLiteral("\t "));
        QVERIFY(!chat()->sendButton()->isEnabled());
        QTest::keyClick(composer(), Qt::Key_Return);
        QCOMPARE(messages()->rowCount(), 0);
        chat()->sendButton()->click();
        QCOMPARE(messages()->rowCount(), 0);
        QVERIFY(m_alice.store().messages(kBob).isEmpty());
    }

    void escapeClosesTheChat()
    {
        bobWrites(QStringLiteral("one"));
        m_window->openChat(kBob);
        QVERIFY(chat()->isVisible());
        // The first Escape clears a selection, the next one closes the chat.
        chat()->messageView()->selectAll();
        QTest::keyClick(composer(), Qt::Key_Escape);
        QCOMPARE(m_window->currentChat(), kBob);
        QVERIFY(!chat()->messageView()->selectionModel()->hasSelection());
        QTest::keyClick(composer(), Qt::Key_Escape);
        QCOMPARE(m_window->currentChat(), QString());
        QVERIFY(m_window->placeholder()->isVisible());
        QVERIFY(!m_window->sidebar()->listView()->selectionModel()->hasSelection());
    }

    void draftStaysWithItsChat()
    {
        bobWrites(QStringLiteral("one"));
        m_window->openChat(kBob);
        QTest::keyClicks(composer(), QStringLiteral("half a tho"));
        m_window->closeChat();
        m_window->openChat(kBob);
        QCOMPARE(composer()->toPlainText(), QStringLiteral("half a tho"));
    }

    void copiesSelectedMessages()
    {
        bobWrites(QStringLiteral("first"));
        bobWrites(QStringLiteral("second"));
        m_window->openChat(kBob);
        ui::MessageListView *view = chat()->messageView();
        QApplication::clipboard()->clear();
        view->selectionModel()->select(view->viewIndex(1), QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("second"));

        view->selectAll();
        std::unique_ptr<QMenu> menu(view->createContextMenu(view->viewIndex(0)));
        QAction *copy = menu->actions().first();
        QVERIFY(copy->isEnabled());
        copy->trigger();
        const QString both = QApplication::clipboard()->text();
        QVERIFY2(both.contains(QStringLiteral("first")) && both.contains(QStringLiteral("second")),
            qPrintable(both));
        QVERIFY(both.indexOf(QStringLiteral("first")) < both.indexOf(QStringLiteral("second")));
        QVERIFY(both.contains(QStringLiteral("Bob Builder")) || both.contains(kBob));
    }

    void failedMessageOffersRetry()
    {
        m_window->openChat(kNobody);
        QTest::keyClicks(composer(), QStringLiteral("anyone?"));
        QTest::keyClick(composer(), Qt::Key_Return);
        QCOMPARE(messages()->rowCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(stateAt(messages(), 0), MessageState::Failed, kWaitMs);
        const QModelIndex index = messages()->index(0);
        const QString reason = index.data(MessageListModel::FailureReasonRole).toString();
        QVERIFY2(reason.contains(kNobody), qPrintable(reason));
        QCOMPARE(index.data(Qt::ToolTipRole).toString(), reason);

        ui::MessageListView *view = chat()->messageView();
        std::unique_ptr<QMenu> menu(view->createContextMenu(view->viewIndex(0)));
        QAction *retry = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->text().remove(u'&') == QStringLiteral("Retry"))
                retry = action;
        }
        QVERIFY(retry);
        QSignalSpy changed(m_alice.client.get(), &ChatClient::messageChanged);
        retry->trigger();
        QVERIFY(!changed.isEmpty()); // back to pending…
        QTRY_COMPARE_WITH_TIMEOUT(
            stateAt(messages(), 0), MessageState::Failed, kWaitMs); // …and refused again
        QVERIFY(changed.size() >= 2);

        // The red "!" beside the bubble retries too.
        const QModelIndex viewIndex = view->viewIndex(0);
        const QRect badge = view->messageDelegate()->failedBadgeRect(
            view->visualRect(viewIndex), messages()->index(0));
        QVERIFY(!badge.isEmpty());
        QVERIFY(view->viewport()->rect().contains(badge));
        changed.clear();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, badge.center());
        QVERIFY(!changed.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(stateAt(messages(), 0), MessageState::Failed, kWaitMs);

        // Delivered messages offer no retry.
        bobWrites(QStringLiteral("hello"));
        m_window->openChat(kBob);
        std::unique_ptr<QMenu> other(view->createContextMenu(view->viewIndex(0)));
        for (QAction *action : other->actions())
            QVERIFY(action->text().remove(u'&') != QStringLiteral("Retry"));
    }

    void headerShowsPresenceAndTyping()
    {
        bobWrites(QStringLiteral("hi")); // now they are peers: presence is shared
        m_window->openChat(kBob);
        ui::ChatHeader *header = chat()->header();
        QTRY_COMPARE_WITH_TIMEOUT(header->nameText(), QStringLiteral("Bob Builder"), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(header->statusText(), QStringLiteral("online"), kWaitMs);

        m_bob.client->setTyping(kAlice, true);
        QTRY_COMPARE_WITH_TIMEOUT(header->statusText(), QStringLiteral("typing…"), kWaitMs);
        QVERIFY(m_window->conversationModel()
                    ->indexOf(kBob)
                    .data(ConversationListModel::TypingRole)
                    .toBool());
        m_bob.client->setTyping(kAlice, false);
        QTRY_COMPARE_WITH_TIMEOUT(header->statusText(), QStringLiteral("online"), kWaitMs);

        m_bob.client.reset(); // Bob quits
        QTRY_VERIFY_WITH_TIMEOUT(
            header->statusText().startsWith(QStringLiteral("last seen today at")), kWaitMs);
    }

    void typingIsSentFromTheComposer()
    {
        bobWrites(QStringLiteral("hi"));
        m_window->openChat(kBob);
        QSignalSpy typing(m_bob.client.get(), &ChatClient::typingChanged);
        QTest::keyClicks(composer(), QStringLiteral("Hel"));
        QTRY_VERIFY_WITH_TIMEOUT(m_bob.client->isTyping(kAlice), kWaitMs);
        QTest::keyClick(composer(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!m_bob.client->isTyping(kAlice), kWaitMs);
    }

    void searchFiltersTheList()
    {
        bobWrites(QStringLiteral("pizza tonight?"));
        auto writer = m_alice.openWriter();
        QVERIFY(
            !writer
                 ->addIncoming({{5000000, QStringLiteral("+4915160000007"), kAlice,
                                   QDateTime::currentMSecsSinceEpoch() - 60000,
                                   protocol::MessageContent::fromText(QStringLiteral("hello"))}},
                     kAlice)
                 .isEmpty());
        emit m_alice.client->conversationChanged(QStringLiteral("+4915160000007"));
        QCOMPARE(m_window->filterModel()->rowCount(), 2);

        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QLineEdit *search = m_window->sidebar()->searchField();
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("PIZZA"));
        QCOMPARE(m_window->filterModel()->rowCount(), 1);
        QTest::keyClick(search, Qt::Key_Return); // opens the first match
        QCOMPARE(m_window->currentChat(), kBob);
        search->setFocus();
        QTest::keyClick(search, Qt::Key_Escape); // clears the search, the chat stays open
        QCOMPARE(search->text(), QString());
        QCOMPARE(m_window->filterModel()->rowCount(), 2);
        QCOMPARE(m_window->currentChat(), kBob);
    }

    void remembersWindowAndLastChat()
    {
        bobWrites(QStringLiteral("hi"));
        m_window->resize(900, 640);
        m_window->openChat(kBob);
        m_window->close();
        m_window.reset();

        MainWindow second(m_alice.client.get());
        QCOMPARE(second.size(), QSize(900, 640));
        second.start(); // a saved session: resumed, and the last chat opened again
        QCOMPARE(second.currentChat(), kBob);
        QTRY_VERIFY_WITH_TIMEOUT(m_alice.client->isOnline(), kWaitMs);
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
