// The message list of one conversation: lazy paging over long histories (never the whole
// conversation), date separators across page boundaries, and live updates from a real server
// and real clients (new rows, state changes, a pending row moving to its place once numbered).
#include "UiTestSupport.h"
#include "models/MessageListModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QUuid>

using namespace natter;
using namespace natter::uitest;
using client::MessageState;
using models::MessageListModel;

namespace {
const QString kAlice = QStringLiteral("+4915120000001");
const QString kBob = QStringLiteral("+4915120000002");
const QString kCarol = QStringLiteral("+4915120000003");

qint64 at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2024, 3, day), QTime(hour, minute)).toMSecsSinceEpoch();
}

QString textAt(const QAbstractItemModel &model, int row)
{
    return model.index(row, 0).data(MessageListModel::TextRole).toString();
}
} // namespace

class TestMessageListModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    std::unique_ptr<test::TestServer> m_server;
    User m_alice {kAlice, QStringLiteral("Alice")};
    User m_bob {kBob, QStringLiteral("Bob")};

private slots:
    void initTestCase() { isolateSettings(m_settings); }

    void init()
    {
        m_server = std::make_unique<test::TestServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        m_alice = User(kAlice, QStringLiteral("Alice"));
        m_bob = User(kBob, QStringLiteral("Bob"));
        QVERIFY(m_alice.registerOn(m_server->url()));
    }
    void cleanup()
    {
        m_alice.client.reset();
        m_bob.client.reset();
        m_server.reset();
    }

    void pagesThroughLongHistory()
    {
        auto writer = m_alice.openWriter();
        QVERIFY(writer);
        QCOMPARE(
            writer->addIncoming(history(kBob, kAlice, 1500, 1, at(1, 8)), kAlice).size(), 1500);

        // (No QAbstractItemModelTester here: it calls fetchMore() itself, which would spoil the
        // page count. checkedByModelTester() runs it over the same paging.)
        MessageListModel model(m_alice.client.get(), kBob);
        QCOMPARE(model.rowCount(), MessageListModel::kDefaultPageSize);
        QCOMPARE(textAt(model, 0), QStringLiteral("Message 1401"));
        QCOMPARE(textAt(model, 99), QStringLiteral("Message 1500"));
        QVERIFY(model.canFetchMore({}));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 99);
        QCOMPARE(model.rowCount(), 200);
        QCOMPARE(textAt(model, 0), QStringLiteral("Message 1301"));
        QCOMPARE(textAt(model, 100), QStringLiteral("Message 1401"));

        int pages = 2;
        while (model.canFetchMore({})) {
            model.fetchMore({});
            ++pages;
        }
        QCOMPARE(pages, 15);
        QCOMPARE(model.rowCount(), 1500);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row).data(MessageListModel::ServerIdRole).toLongLong(),
                qint64(row + 1));
            QCOMPARE(model.index(row).data(MessageListModel::OutgoingRole).toBool(), false);
            QCOMPARE(model.index(row).data(MessageListModel::SenderRole).toString(), kBob);
        }
        model.fetchMore({}); // nothing left: no change
        QCOMPARE(model.rowCount(), 1500);
    }

    void checkedByModelTester()
    {
        auto writer = m_alice.openWriter();
        QVERIFY(writer);
        QCOMPARE(
            writer->addIncoming(history(kBob, kAlice, 1050, 1, at(1, 8), 3600000), kAlice).size(),
            1050);
        MessageListModel model(m_alice.client.get(), kBob);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The tester fetches on its own; whatever it loaded is the newest, in order, without gaps.
        while (model.canFetchMore({})) {
            const int before = model.rowCount();
            model.fetchMore({});
            QVERIFY(model.rowCount() > before);
            const int rows = model.rowCount();
            for (int row = 0; row < rows; ++row)
                QCOMPARE(model.index(row).data(MessageListModel::ServerIdRole).toLongLong(),
                    qint64(1050 - rows + 1 + row));
        }
        QCOMPARE(model.rowCount(), 1050);
        // Days change every 24 messages (one an hour): a separator on each first one.
        int separators = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            separators
                += model.index(row).data(MessageListModel::DateSeparatorRole).toBool() ? 1 : 0;
        QVERIFY(separators >= 1050 / 24);
        QVERIFY(separators <= 1050 / 24 + 2);
    }

    void hugeConversationOpensWithOnePage()
    {
        constexpr int kCount = 100000;
        auto writer = m_alice.openWriter();
        QVERIFY(writer);
        QCOMPARE(
            writer->addIncoming(history(kBob, kAlice, kCount, 1, at(1, 8), 1000), kAlice).size(),
            kCount);
        QCOMPARE(writer->markConversationRead(kBob).size(), kCount);

        QElapsedTimer timer;
        timer.start();
        MessageListModel model(m_alice.client.get(), kBob);
        const qint64 openMs = timer.elapsed();
        qInfo("opening a conversation of %d messages took %lld ms", kCount, openMs);
        QCOMPARE(model.rowCount(), MessageListModel::kDefaultPageSize);
        QCOMPARE(textAt(model, model.rowCount() - 1), QStringLiteral("Message %1").arg(kCount));
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(model.unreadMarkerId(), 0);
    }

    void firstUnreadIsMarkedAndLoadable()
    {
        auto writer = m_alice.openWriter();
        QVERIFY(writer);
        QVERIFY(!writer->addIncoming(history(kBob, kAlice, 400, 1, at(2, 8)), kAlice).isEmpty());
        QCOMPARE(writer->markConversationRead(kBob).size(), 400);
        QVERIFY(!writer->addIncoming(history(kBob, kAlice, 250, 401, at(3, 8)), kAlice).isEmpty());

        MessageListModel model(m_alice.client.get(), kBob);
        QVERIFY(model.unreadMarkerId() != 0);
        QCOMPARE(model.rowOf(model.unreadMarkerId()), -1); // 250 unread: not in the newest page
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int row = model.loadUntil(model.unreadMarkerId());
        QVERIFY(row >= 0);
        QCOMPARE(textAt(model, row), QStringLiteral("Message 1")); // the first of the second batch
        QCOMPARE(model.index(row).data(MessageListModel::ServerIdRole).toLongLong(), 401);
        QCOMPARE(model.index(row).data(MessageListModel::UnreadMarkerRole).toInt(), 250);
        QCOMPARE(model.index(row + 1).data(MessageListModel::UnreadMarkerRole).toInt(), 0);
        QVERIFY(model.index(row).data(MessageListModel::FirstInGroupRole).toBool());
    }

    void dateSeparatorsAcrossPages()
    {
        auto writer = m_alice.openWriter();
        QVERIFY(writer);
        const QList<protocol::ChatMessage> messages = {
            {1, kBob, kAlice, at(10, 10), protocol::MessageContent::fromText(QStringLiteral("A"))},
            {2, kBob, kAlice, at(10, 11), protocol::MessageContent::fromText(QStringLiteral("B"))},
            {3, kBob, kAlice, at(11, 9), protocol::MessageContent::fromText(QStringLiteral("C"))},
            {4, kBob, kAlice, at(11, 9, 5),
                protocol::MessageContent::fromText(QStringLiteral("D"))},
            {5, kBob, kAlice, at(11, 10), protocol::MessageContent::fromText(QStringLiteral("E"))},
        };
        QCOMPARE(writer->addIncoming(messages, kAlice).size(), 5);

        MessageListModel model(m_alice.client.get(), kBob, nullptr, 2);
        auto separators = [&] {
            QString out;
            for (int row = 0; row < model.rowCount(); ++row) {
                out += textAt(model, row);
                out += model.index(row).data(MessageListModel::DateSeparatorRole).toBool() ? u'|'
                                                                                           : u' ';
            }
            return out;
        };
        // D's predecessor C is not loaded yet, but known: the same day, so no separator.
        QCOMPARE(separators(), QStringLiteral("D E "));
        model.fetchMore({});
        QCOMPARE(separators(), QStringLiteral("B C|D E "));
        model.fetchMore({});
        QCOMPARE(separators(), QStringLiteral("A|B C|D E "));
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(model.index(0).data(MessageListModel::FirstInGroupRole).toBool());
        QVERIFY(!model.index(1).data(MessageListModel::FirstInGroupRole).toBool());
        QVERIFY(model.index(2).data(MessageListModel::FirstInGroupRole).toBool()); // a new day
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void pendingRowMovesToItsPlace()
    {
        // The store changes as the client's outbox and inbox would change it; the client's
        // signals say so.
        auto writer = m_alice.openWriter();
        QVERIFY(writer);
        client::ChatClient *alice = m_alice.client.get();
        MessageListModel model(alice, kBob);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));

        auto receive = [&](qint64 serverId, const QString &text) {
            const auto stored = writer->addIncoming({{serverId, kBob, kAlice, at(12, 10) + serverId,
                                                        protocol::MessageContent::fromText(text)}},
                kAlice);
            emit alice->messageAdded(kBob, stored.first().localId);
        };
        receive(10, QStringLiteral("ten"));
        const QString clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const qint64 mine = writer->addOutgoing(kBob, clientId,
            protocol::MessageContent::fromText(QStringLiteral("mine")), at(12, 10, 1));
        emit alice->messageAdded(kBob, mine);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(mine), 1);
        QCOMPARE(MessageState(model.index(1).data(MessageListModel::StateRole).toInt()),
            MessageState::Pending);

        // Bob's next message arrives while ours is still pending: ours stays last.
        receive(12, QStringLiteral("twelve"));
        QCOMPARE(textAt(model, 0), QStringLiteral("ten"));
        QCOMPARE(textAt(model, 1), QStringLiteral("twelve"));
        QCOMPARE(textAt(model, 2), QStringLiteral("mine"));

        // The server numbers ours 11: it moves between the two.
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QVERIFY(writer->markSent(clientId, 11, at(12, 10) + 11));
        emit alice->messageChanged(kBob, mine);
        QCOMPARE(moved.size(), 1);
        QCOMPARE(textAt(model, 0), QStringLiteral("ten"));
        QCOMPARE(textAt(model, 1), QStringLiteral("mine"));
        QCOMPARE(textAt(model, 2), QStringLiteral("twelve"));
        QCOMPARE(MessageState(model.index(1).data(MessageListModel::StateRole).toInt()),
            MessageState::Sent);
        QCOMPARE(model.index(1).data(MessageListModel::SenderRole).toString(), kAlice);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        protocol::Receipt read;
        read.serverId = 11;
        read.clientId = clientId;
        read.state = protocol::DeliveryState::Read;
        QVERIFY(writer->applyReceipt(read));
        emit alice->messageChanged(kBob, mine);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(MessageState(model.index(1).data(MessageListModel::StateRole).toInt()),
            MessageState::Read);

        // Another conversation's messages do not show up here.
        const auto carol
            = writer->addIncoming({{20, kCarol, kAlice, at(12, 11),
                                      protocol::MessageContent::fromText(QStringLiteral("carol"))}},
                kAlice);
        emit alice->messageAdded(kCarol, carol.first().localId);
        QCOMPARE(model.rowCount(), 3);
    }

    void olderMessageThanLoadedWaitsForItsPage()
    {
        auto writer = m_alice.openWriter();
        QVERIFY(writer);
        QVERIFY(!writer->addIncoming(history(kBob, kAlice, 150, 100, at(13, 8)), kAlice).isEmpty());
        MessageListModel model(m_alice.client.get(), kBob);
        QCOMPARE(model.rowCount(), 100);
        // A late message numbered before everything loaded (server id 5).
        const auto late
            = writer->addIncoming({{5, kBob, kAlice, at(13, 7),
                                      protocol::MessageContent::fromText(QStringLiteral("late"))}},
                kAlice);
        emit m_alice.client->messageAdded(kBob, late.first().localId);
        QCOMPARE(model.rowCount(), 100);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 151);
        QCOMPARE(textAt(model, 0), QStringLiteral("late"));
    }

    void followsRealTraffic()
    {
        QVERIFY(m_bob.registerOn(m_server->url()));
        client::ChatClient *alice = m_alice.client.get();
        MessageListModel model(alice, kBob);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        for (int i = 1; i <= 3; ++i)
            QVERIFY(m_bob.client->sendText(kAlice, QStringLiteral("from Bob %1").arg(i)) != 0);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 3, kWaitMs);
        QCOMPARE(textAt(model, 2), QStringLiteral("from Bob 3"));

        const qint64 reply = alice->sendText(kBob, QStringLiteral("Hi Bob"));
        QVERIFY(reply != 0);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowOf(reply), 3);
        QCOMPARE(MessageState(model.index(3).data(MessageListModel::StateRole).toInt()),
            MessageState::Pending);
        QVERIFY(model.index(3).data(MessageListModel::OutgoingRole).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(
            MessageState(model.index(model.rowOf(reply)).data(MessageListModel::StateRole).toInt()),
            MessageState::Delivered, kWaitMs);
        QVERIFY(
            model.index(model.rowOf(reply)).data(MessageListModel::ServerIdRole).toLongLong() > 0);
    }
};

QTEST_MAIN(TestMessageListModel)
#include "TestMessageListModel.moc"
