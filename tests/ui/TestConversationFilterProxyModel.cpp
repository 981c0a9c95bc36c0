// The search over the chat list: by name, number (with or without spaces) and last message,
// ignoring case, keeping the most-recent-first order and following live changes.
#include "UiTestSupport.h"
#include "models/ConversationFilterProxyModel.h"
#include "models/ConversationListModel.h"

#include <QAbstractItemModelTester>

using namespace natter;
using namespace natter::uitest;
using models::ConversationFilterProxyModel;
using models::ConversationListModel;

namespace {
const QString kAlice = QStringLiteral("+4915140000001");
const QString kBob = QStringLiteral("+4915140000002");
const QString kCarol = QStringLiteral("+4915140000003");
const QString kDave = QStringLiteral("+4917640000004");

QStringList peers(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, 0).data(ConversationListModel::PeerRole).toString();
    return out;
}
} // namespace

class TestConversationFilterProxyModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    std::unique_ptr<test::TestServer> m_server;
    User m_alice {kAlice, QStringLiteral("Alice")};

private slots:
    void initTestCase()
    {
        isolateSettings(m_settings);
        m_server = std::make_unique<test::TestServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        QVERIFY(m_alice.registerOn(m_server->url()));
        auto writer = m_alice.openWriter();
        QVERIFY(writer);
        const qint64 base = QDateTime::currentMSecsSinceEpoch() - 3600000;
        auto say = [&](qint64 id, const QString &from, const QString &text, qint64 ts) {
            return !writer
                        ->addIncoming(
                            {{id, from, kAlice, ts, protocol::MessageContent::fromText(text)}},
                            kAlice)
                        .isEmpty();
        };
        QVERIFY(say(1, kCarol, QStringLiteral("See you at the Pizzeria"), base));
        QVERIFY(say(2, kDave, QStringLiteral("ok"), base + 1000));
        QVERIFY(say(3, kBob, QStringLiteral("Lunch?"), base + 2000));
        QVERIFY(writer->setDisplayName(kBob, QStringLiteral("Bob Builder")));
        QVERIFY(writer->setDisplayName(kCarol, QStringLiteral("Carol")));
    }
    void cleanupTestCase()
    {
        m_alice.client.reset();
        m_server.reset();
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("empty") << QString() << QStringList {kBob, kDave, kCarol};
        QTest::addRow("blank") << QStringLiteral("   ") << QStringList {kBob, kDave, kCarol};
        QTest::addRow("name, any case") << QStringLiteral("bUiLd") << QStringList {kBob};
        QTest::addRow("preview") << QStringLiteral("pizzeria") << QStringList {kCarol};
        QTest::addRow("number") << QStringLiteral("+49176") << QStringList {kDave};
        QTest::addRow("number with spaces")
            << QStringLiteral("151 4000") << QStringList {kBob, kCarol};
        QTest::addRow("number digits") << QStringLiteral("40000003") << QStringList {kCarol};
        QTest::addRow("shared letters") << QStringLiteral("o") << QStringList {kBob, kDave, kCarol};
        QTest::addRow("nothing") << QStringLiteral("zebra") << QStringList {};
    }
    void filters()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        ConversationListModel source(m_alice.client.get());
        ConversationFilterProxyModel proxy;
        proxy.setSourceModel(&source);
        QAbstractItemModelTester tester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setFilterText(text);
        QCOMPARE(peers(proxy), expected);
    }

    void followsLiveChanges()
    {
        ConversationListModel source(m_alice.client.get());
        ConversationFilterProxyModel proxy;
        proxy.setSourceModel(&source);
        QAbstractItemModelTester tester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setFilterText(QStringLiteral("tomorrow"));
        QCOMPARE(proxy.rowCount(), 0);
        // Dave's new last message matches: his row appears, and leaves again with the next one.
        auto writer = m_alice.openWriter();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(!writer
                     ->addIncoming(
                         {{10, kDave, kAlice, now,
                             protocol::MessageContent::fromText(QStringLiteral("Tomorrow then"))}},
                         kAlice)
                     .isEmpty());
        emit m_alice.client->conversationChanged(kDave);
        QCOMPARE(peers(proxy), QStringList {kDave});
        QVERIFY(!writer
                     ->addIncoming({{11, kDave, kAlice, now + 1,
                                       protocol::MessageContent::fromText(QStringLiteral("bye"))}},
                         kAlice)
                     .isEmpty());
        emit m_alice.client->conversationChanged(kDave);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterText({});
        QCOMPARE(peers(proxy), (QStringList {kDave, kBob, kCarol}));
    }
};

QTEST_MAIN(TestConversationFilterProxyModel)
#include "TestConversationFilterProxyModel.moc"
