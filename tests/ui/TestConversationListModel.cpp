// The chat list: rows from the local database, most recent first, and live updates from real
// clients through a real server that change (and move) only the affected row.
#include "UiTestSupport.h"
#include "models/Avatar.h"
#include "models/ConversationListModel.h"

#include <QAbstractItemModelTester>

using namespace natter;
using namespace natter::uitest;
using client::MessageState;
using models::ConversationListModel;

namespace {
const QString kAlice = QStringLiteral("+4915130000001");
const QString kBob = QStringLiteral("+4915130000002");
const QString kCarol = QStringLiteral("+4915130000003");
const QString kDave = QStringLiteral("+4915130000004");

QStringList peers(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, 0).data(ConversationListModel::PeerRole).toString();
    return out;
}
} // namespace

class TestConversationListModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    std::unique_ptr<test::TestServer> m_server;
    User m_alice {kAlice, QStringLiteral("Alice")};
    User m_bob {kBob, QStringLiteral("Bob Builder")};

    // Three conversations in Alice's history: Carol (oldest), Dave, Bob (newest); without Bob
    // when he is to write for real.
    void seedHistory(bool withBob = true)
    {
        auto writer = m_alice.openWriter();
        QVERIFY(writer);
        // Server ids far above what the test's server hands out, so nothing collides.
        const qint64 base = QDateTime::currentDateTime().addDays(-3).toMSecsSinceEpoch();
        QVERIFY(!writer->addIncoming(history(kCarol, kAlice, 2, 1000001, base), kAlice).isEmpty());
        QVERIFY(!writer->addIncoming(history(kDave, kAlice, 3, 1000010, base + 3600000), kAlice)
                     .isEmpty());
        if (withBob)
            QVERIFY(!writer->addIncoming(history(kBob, kAlice, 1, 1000020, base + 7200000), kAlice)
                         .isEmpty());
        QVERIFY(writer->setDisplayName(kCarol, QStringLiteral("Carol Danvers")));
        QVERIFY(!writer->markConversationRead(kCarol).isEmpty());
    }

private slots:
    void initTestCase() { isolateSettings(m_settings); }

    void init()
    {
        m_server = std::make_unique<test::TestServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        m_alice = User(kAlice, QStringLiteral("Alice"));
        m_bob = User(kBob, QStringLiteral("Bob Builder"));
        QVERIFY(m_alice.registerOn(m_server->url()));
    }
    void cleanup()
    {
        m_alice.client.reset();
        m_bob.client.reset();
        m_server.reset();
    }

    void rowsFromTheStore()
    {
        seedHistory();
        ConversationListModel model(m_alice.client.get());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(peers(model), (QStringList {kBob, kDave, kCarol}));

        const QModelIndex carol = model.indexOf(kCarol);
        QCOMPARE(carol.row(), 2);
        QCOMPARE(carol.data(Qt::DisplayRole).toString(), QStringLiteral("Carol Danvers"));
        QCOMPARE(carol.data(ConversationListModel::InitialsRole).toString(), QStringLiteral("CD"));
        QCOMPARE(carol.data(ConversationListModel::UnreadCountRole).toInt(), 0);
        QCOMPARE(carol.data(ConversationListModel::LastPreviewRole).toString(),
            QStringLiteral("Message 2"));
        QCOMPARE(carol.data(ConversationListModel::AvatarColorRole).value<QColor>(),
            models::avatar::colorFor(kCarol));
        QVERIFY(carol.data(ConversationListModel::LastActivityRole).toDateTime().isValid());
        QCOMPARE(carol.data(ConversationListModel::LastOutgoingRole).toBool(), false);

        const QModelIndex dave = model.indexOf(kDave);
        QCOMPARE(dave.data(ConversationListModel::UnreadCountRole).toInt(), 3);
        QCOMPARE(dave.data(ConversationListModel::MessageCountRole).toInt(), 3);
        // No name known: the number, and no initials (the delegate draws a silhouette).
        QCOMPARE(dave.data(ConversationListModel::DisplayNameRole).toString(), kDave);
        QCOMPARE(dave.data(ConversationListModel::InitialsRole).toString(), QString());
        QCOMPARE(model.rowOf(QStringLiteral("+4915139999999")), -1);
        QVERIFY(model.roleNames().contains(ConversationListModel::UnreadCountRole));
    }

    void avatarHelpers()
    {
        QCOMPARE(models::avatar::initials(QStringLiteral("ada lovelace")), QStringLiteral("AL"));
        QCOMPARE(models::avatar::initials(QStringLiteral("  Björn  ")), QStringLiteral("B"));
        QCOMPARE(models::avatar::initials(QStringLiteral("Jean-Luc de la Picard")),
            QStringLiteral("JP"));
        QCOMPARE(models::avatar::initials(QStringLiteral("+49 151 123")), QString());
        QCOMPARE(models::avatar::initials(QString()), QString());
        // Stable for a number, and not all numbers alike.
        QCOMPARE(models::avatar::colorFor(kBob), models::avatar::colorFor(kBob));
        QSet<QRgb> colors;
        for (int i = 0; i < 20; ++i)
            colors.insert(models::avatar::colorFor(
                QStringLiteral("+49151300000%1").arg(i, 2, 10, QChar(u'0')))
                              .rgb());
        QVERIFY(colors.size() > 4);
    }

    void liveUpdatesMoveOnlyTheRow()
    {
        seedHistory(false);
        QVERIFY(m_bob.registerOn(m_server->url()));
        client::ChatClient *alice = m_alice.client.get();
        QVERIFY(m_bob.client->sendText(kAlice, QStringLiteral("Hello")) != 0);
        QTRY_VERIFY_WITH_TIMEOUT(alice->store()->conversation(kBob).has_value(), kWaitMs);
        ConversationListModel model(alice);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        // Alice writes to Carol (the oldest conversation): Carol's row moves to the top.
        const qint64 toCarol = alice->sendText(kCarol, QStringLiteral("Long time no see"));
        QVERIFY(toCarol != 0);
        QCOMPARE(peers(model), (QStringList {kCarol, kBob, kDave}));
        QCOMPARE(moved.size(), 1);
        const QModelIndex carol = model.indexOf(kCarol);
        QCOMPARE(carol.data(ConversationListModel::LastPreviewRole).toString(),
            QStringLiteral("Long time no see"));
        QCOMPARE(carol.data(ConversationListModel::LastOutgoingRole).toBool(), true);
        QCOMPARE(MessageState(carol.data(ConversationListModel::LastStateRole).toInt()),
            MessageState::Pending);
        // Carol has no account on this server: the message fails, and the row says so.
        QTRY_COMPARE_WITH_TIMEOUT(
            MessageState(model.indexOf(kCarol).data(ConversationListModel::LastStateRole).toInt()),
            MessageState::Failed, kWaitMs);

        // Bob writes: his row moves back to the top with an unread count.
        QVERIFY(m_bob.client->sendText(kAlice, QStringLiteral("Are you there?")) != 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            model.indexOf(kBob).data(ConversationListModel::UnreadCountRole).toInt(), 2, kWaitMs);
        QCOMPARE(peers(model), (QStringList {kBob, kCarol, kDave}));
        QCOMPARE(model.indexOf(kBob).data(ConversationListModel::LastPreviewRole).toString(),
            QStringLiteral("Are you there?"));

        // Read: the count drops to zero, the row stays where it is.
        const int movesBefore = int(moved.size());
        alice->markRead(kBob);
        QCOMPARE(model.indexOf(kBob).data(ConversationListModel::UnreadCountRole).toInt(), 0);
        QCOMPARE(moved.size(), movesBefore);

        // Typing shows in Bob's row only.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        m_bob.client->setTyping(kAlice, true);
        QTRY_VERIFY_WITH_TIMEOUT(
            model.indexOf(kBob).data(ConversationListModel::TypingRole).toBool(), kWaitMs);
        QVERIFY(!model.indexOf(kDave).data(ConversationListModel::TypingRole).toBool());
        bool typingRow = false;
        for (const QList<QVariant> &args : std::as_const(changed)) {
            if (args.at(0).toModelIndex().row() == model.rowOf(kBob)
                && args.at(2).value<QList<int>>().contains(ConversationListModel::TypingRole))
                typingRow = true;
        }
        QVERIFY(typingRow);
        m_bob.client->setTyping(kAlice, false);
        QTRY_VERIFY_WITH_TIMEOUT(
            !model.indexOf(kBob).data(ConversationListModel::TypingRole).toBool(), kWaitMs);

        // A new conversation is inserted at its place, never by a reset.
        QVERIFY(alice->sendText(kBob, QStringLiteral("Yes!")) != 0);
        const int insertsBefore = int(inserted.size());
        auto writer = m_alice.openWriter();
        const auto stored = writer->addIncoming(
            {{2000000, QStringLiteral("+4915130000005"), kAlice,
                QDateTime::currentMSecsSinceEpoch() + 1000,
                protocol::MessageContent::fromText(QStringLiteral("new here"))}},
            kAlice);
        emit alice->conversationChanged(QStringLiteral("+4915130000005"));
        QCOMPARE(inserted.size(), insertsBefore + 1);
        QCOMPARE(model.rowOf(QStringLiteral("+4915130000005")), 0);
        QCOMPARE(reset.size(), 0);
    }

    void followsTheAccount()
    {
        seedHistory();
        ConversationListModel model(m_alice.client.get());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        m_alice.client->logout();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestConversationListModel)
#include "TestConversationListModel.moc"
