// MessageStore against a real SQLite database: the store-and-forward queue, receipts and their
// acknowledgement. Every test runs twice: each write committing on its own, and under group
// commit (as natterd runs it), where the results must be the same.
#include "config/ServerConfig.h"
#include "store/AccountStore.h"
#include "store/Database.h"
#include "store/MessageStore.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace natter::server;
using namespace natter::protocol;
using namespace Qt::StringLiterals;

namespace {
QByteArray textPayload(const QString &text)
{
    return QByteArray(R"({"kind":"text","text":")") + text.toUtf8() + "\"}";
}
} // namespace

class TestMessageStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<MessageStore> m_messages;
    UserId m_alice = 0;
    UserId m_bob = 0;
    UserId m_carol = 0;
    int m_nextClientId = 1;

    bool openDatabase()
    {
        ServerConfig config;
        config.dataDir = m_dir->path();
        m_db = std::make_unique<Database>();
        QString error;
        if (!m_db->open(config, &error)) {
            qWarning() << "open failed:" << error;
            return false;
        }
        QFETCH_GLOBAL(bool, groupCommit);
        m_db->setGroupCommit(groupCommit);
        m_accounts = std::make_unique<AccountStore>(*m_db);
        m_messages = std::make_unique<MessageStore>(*m_db);
        return true;
    }
    void closeDatabase()
    {
        m_messages.reset();
        m_accounts.reset();
        m_db.reset();
    }

    UserId createUser(const QString &phone)
    {
        Account account;
        account.phone = phone;
        account.name = phone.right(4);
        account.salt = "salt";
        account.passwordHash = "hash";
        account.iterations = 1000;
        return m_accounts->create(account, 1000) == AccountStore::CreateResult::Created ? account.id
                                                                                        : 0;
    }

    MessageStore::Accepted send(UserId from, UserId to, qint64 now, const QString &clientId = {})
    {
        const QString cid = clientId.isEmpty() ? u"cid-%1"_s.arg(m_nextClientId++) : clientId;
        return m_messages->accept(from, to, cid, textPayload(cid), now)
            .value_or(MessageStore::Accepted {});
    }

    int scalar(const QString &sql, qint64 id = 0)
    {
        QSqlQuery q(m_db->handle());
        q.prepare(sql);
        if (sql.contains(u'?'))
            q.addBindValue(id);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toInt();
    }
    int messageRows() { return scalar(u"SELECT COUNT(*) FROM messages"_s); }
    bool hasPayload(qint64 id)
    {
        return scalar(u"SELECT payload IS NOT NULL FROM messages WHERE id = ?"_s, id) == 1;
    }
    bool exists(qint64 id)
    {
        return scalar(u"SELECT COUNT(*) FROM messages WHERE id = ?"_s, id) == 1;
    }

    static QList<qint64> idsOf(const QList<QueuedMessage> &messages)
    {
        QList<qint64> ids;
        for (const auto &m : messages)
            ids.append(m.serverId);
        return ids;
    }
    static QList<qint64> idsOf(const QList<PendingReceipt> &receipts)
    {
        QList<qint64> ids;
        for (const auto &r : receipts)
            ids.append(r.serverId);
        return ids;
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"natter.*.info=false"_s); // "schema migrated", every test
    }
    void initTestCase_data()
    {
        QTest::addColumn<bool>("groupCommit");
        QTest::addRow("autocommit") << false;
        QTest::addRow("group commit") << true;
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(openDatabase());
        m_alice = createUser(u"+4915110000001"_s);
        m_bob = createUser(u"+4915110000002"_s);
        m_carol = createUser(u"+4915110000003"_s);
        QVERIFY(m_alice > 0 && m_bob > 0 && m_carol > 0);
        QVERIFY(m_db->flush());
        m_nextClientId = 1;
    }
    void cleanup()
    {
        // Nothing a test did may have failed the open batch behind its back.
        if (m_db)
            QVERIFY(m_db->flush());
        closeDatabase();
        m_dir.reset();
    }

    void acceptReturnsIncreasingIds()
    {
        const auto first = m_messages->accept(m_alice, m_bob, u"a"_s, textPayload(u"1"_s), 1000);
        const auto second = m_messages->accept(m_alice, m_bob, u"b"_s, textPayload(u"2"_s), 1000);
        const auto third = m_messages->accept(m_bob, m_alice, u"a"_s, textPayload(u"3"_s), 999);
        QVERIFY(first && second && third);
        QVERIFY(first->serverId > 0);
        QVERIFY(second->serverId > first->serverId);
        QVERIFY(third->serverId > second->serverId);
        QCOMPARE(first->timestamp, 1000);
        QCOMPARE(third->timestamp, 999);
        QVERIFY(!first->duplicate && !second->duplicate && !third->duplicate);
        QCOMPARE(messageRows(), 3);
    }

    void duplicateClientIdReturnsTheFirstAck()
    {
        const auto first
            = m_messages->accept(m_alice, m_bob, u"same"_s, textPayload(u"original"_s), 1000);
        QVERIFY(first);
        const auto again
            = m_messages->accept(m_alice, m_bob, u"same"_s, textPayload(u"changed"_s), 5000);
        QVERIFY(again);
        QVERIFY(again->duplicate);
        QCOMPARE(again->serverId, first->serverId);
        QCOMPARE(again->timestamp, 1000);
        QCOMPARE(messageRows(), 1);
        const auto queued = m_messages->queuedFor(m_bob, 0, 100);
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().payload, textPayload(u"original"_s));

        // Client ids are the sender's own: another sender may use the same one.
        const auto fromCarol
            = m_messages->accept(m_carol, m_bob, u"same"_s, textPayload(u"c"_s), 6000);
        QVERIFY(fromCarol);
        QVERIFY(!fromCarol->duplicate);
        QVERIFY(fromCarol->serverId != first->serverId);
        QCOMPARE(messageRows(), 2);
    }

    void duplicateAfterDeliveryIsNotQueuedAgain()
    {
        const auto first = send(m_alice, m_bob, 1000, u"resent"_s);
        QVERIFY(first.serverId > 0);
        QCOMPARE(m_messages->advance(m_bob, {first.serverId}, DeliveryState::Delivered, 2000)
                     .changed.size(),
            1);
        const auto again
            = m_messages->accept(m_alice, m_bob, u"resent"_s, textPayload(u"x"_s), 3000);
        QVERIFY(again);
        QVERIFY(again->duplicate);
        QCOMPARE(again->serverId, first.serverId);
        QCOMPARE(again->timestamp, 1000);
        QVERIFY(m_messages->queuedFor(m_bob, 0, 100).isEmpty());
        QVERIFY(!hasPayload(first.serverId));
    }

    void acceptForAnUnknownReceiverStoresNothing()
    {
        const auto accepted
            = m_messages->accept(m_alice, 999999, u"x"_s, textPayload(u"x"_s), 1000);
        QVERIFY(!accepted);
        m_db->flush(); // under group commit the failed write rolls its batch back
        QCOMPARE(messageRows(), 0);
        // The store works on afterwards.
        QVERIFY(send(m_alice, m_bob, 2000).serverId > 0);
        QCOMPARE(messageRows(), 1);
    }

    void queuedForIsOrderedLimitedAndPaged()
    {
        QList<qint64> forBob;
        for (int i = 0; i < 5; ++i) {
            forBob.append(send(i % 2 ? m_carol : m_alice, m_bob, 1000 + i).serverId);
            send(m_alice, m_carol, 2000 + i); // someone else's queue, interleaved
        }
        const auto all = m_messages->queuedFor(m_bob, 0, 100);
        QCOMPARE(idsOf(all), forBob);
        for (int i = 0; i < all.size(); ++i) {
            QCOMPARE(all.at(i).senderId, i % 2 ? m_carol : m_alice);
            QCOMPARE(all.at(i).timestamp, 1000 + i);
            QCOMPARE(all.at(i).payload, textPayload(u"cid-%1"_s.arg(2 * i + 1)));
        }
        QCOMPARE(idsOf(m_messages->queuedFor(m_bob, 0, 2)), forBob.mid(0, 2));
        QCOMPARE(idsOf(m_messages->queuedFor(m_bob, forBob.at(1), 2)), forBob.mid(2, 2));
        QCOMPARE(idsOf(m_messages->queuedFor(m_bob, forBob.at(3), 100)), forBob.mid(4));
        QVERIFY(m_messages->queuedFor(m_bob, forBob.last(), 100).isEmpty());
        QCOMPARE(m_messages->queuedFor(m_carol, 0, 100).size(), 5);
        QVERIFY(m_messages->queuedFor(m_alice, 0, 100).isEmpty());
        QVERIFY(m_messages->queuedFor(424242, 0, 100).isEmpty());

        // What was delivered or read is no longer queued.
        m_messages->advance(m_bob, {forBob.at(1)}, DeliveryState::Delivered, 3000);
        m_messages->advance(m_bob, {forBob.at(3)}, DeliveryState::Read, 3000);
        QCOMPARE(idsOf(m_messages->queuedFor(m_bob, 0, 100)),
            (QList<qint64> {forBob.at(0), forBob.at(2), forBob.at(4)}));
    }

    void payloadRoundTripsByteForByte()
    {
        const QByteArray payload
            = u"{\"kind\":\"text\",\"text\":\"Grüße 😀 \\u0000 \\n ✓\"}"_s.toUtf8();
        const auto accepted = m_messages->accept(m_alice, m_bob, u"utf8"_s, payload, 1000);
        QVERIFY(accepted);
        const auto queued = m_messages->queuedFor(m_bob, 0, 1);
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().payload, payload);
    }

    void advanceReportsEachChangeOnce()
    {
        const auto m1 = send(m_alice, m_bob, 1000);
        const auto m2 = send(m_carol, m_bob, 1001);

        const auto delivered = m_messages->advance(
            m_bob, {m1.serverId, m2.serverId}, DeliveryState::Delivered, 2000);
        QVERIFY(!delivered.failed);
        QVERIFY(delivered.rejected.isEmpty());
        QCOMPARE(delivered.changed.size(), 2);
        const PendingReceipt &r = delivered.changed.first();
        QCOMPARE(r.serverId, m1.serverId);
        QCOMPARE(r.senderId, m_alice);
        QCOMPARE(r.receiverId, m_bob);
        QCOMPARE(r.clientId, u"cid-1"_s);
        QCOMPARE(r.state, DeliveryState::Delivered);
        QCOMPARE(r.timestamp, 2000);
        QCOMPARE(delivered.changed.at(1).serverId, m2.serverId);
        QCOMPARE(delivered.changed.at(1).senderId, m_carol);

        const auto repeated = m_messages->advance(
            m_bob, {m1.serverId, m2.serverId}, DeliveryState::Delivered, 2500);
        QVERIFY(!repeated.failed);
        QVERIFY(repeated.changed.isEmpty());
        QVERIFY(repeated.rejected.isEmpty());

        const auto read = m_messages->advance(m_bob, {m1.serverId}, DeliveryState::Read, 3000);
        QCOMPARE(read.changed.size(), 1);
        QCOMPARE(read.changed.first().state, DeliveryState::Read);
        QCOMPARE(read.changed.first().timestamp, 3000);

        // Backwards changes nothing: the state and its time stay.
        const auto backwards
            = m_messages->advance(m_bob, {m1.serverId}, DeliveryState::Delivered, 4000);
        QVERIFY(backwards.changed.isEmpty());
        QVERIFY(backwards.rejected.isEmpty());
        const auto receipts = m_messages->receiptsFor(m_alice, 0, 10);
        QCOMPARE(receipts.size(), 1);
        QCOMPARE(receipts.first().state, DeliveryState::Read);
        QCOMPARE(receipts.first().timestamp, 3000);
    }

    void advanceTwiceInOneListCountsOnce()
    {
        const auto m = send(m_alice, m_bob, 1000);
        const auto result
            = m_messages->advance(m_bob, {m.serverId, m.serverId}, DeliveryState::Delivered, 2000);
        QCOMPARE(result.changed.size(), 1);
        QVERIFY(result.rejected.isEmpty());
    }

    void advanceRejectsIdsThatAreNotTheReceivers()
    {
        const auto toBob = send(m_alice, m_bob, 1000);
        const auto toCarol = send(m_alice, m_carol, 1001);
        const qint64 unknown = toCarol.serverId + 1000;

        // Carol and the sender herself may not report on Bob's message; unknown ids are refused.
        const auto byCarol
            = m_messages->advance(m_carol, {toBob.serverId}, DeliveryState::Read, 2000);
        QCOMPARE(byCarol.rejected, QList<qint64> {toBob.serverId});
        QVERIFY(byCarol.changed.isEmpty());
        QVERIFY(!byCarol.failed);
        const auto bySender
            = m_messages->advance(m_alice, {toBob.serverId}, DeliveryState::Delivered, 2000);
        QCOMPARE(bySender.rejected, QList<qint64> {toBob.serverId});

        // A mixed list: the receiver's own id goes through, the others come back.
        const auto mixed = m_messages->advance(
            m_bob, {unknown, toBob.serverId, toCarol.serverId}, DeliveryState::Delivered, 3000);
        QVERIFY(!mixed.failed);
        QCOMPARE(mixed.rejected, (QList<qint64> {unknown, toCarol.serverId}));
        QCOMPARE(mixed.changed.size(), 1);
        QCOMPARE(mixed.changed.first().serverId, toBob.serverId);

        // Carol's message is untouched: still queued with its content, no receipt for Alice.
        QCOMPARE(idsOf(m_messages->queuedFor(m_carol, 0, 10)), QList<qint64> {toCarol.serverId});
        QVERIFY(hasPayload(toCarol.serverId));
        QCOMPARE(idsOf(m_messages->receiptsFor(m_alice, 0, 10)), QList<qint64> {toBob.serverId});
        QVERIFY(!exists(unknown));
    }

    void contentIsClearedOnceDelivered()
    {
        const auto delivered = send(m_alice, m_bob, 1000);
        const auto readDirectly = send(m_alice, m_bob, 1001);
        const auto pending = send(m_alice, m_bob, 1002);
        QVERIFY(hasPayload(delivered.serverId));
        m_messages->advance(m_bob, {delivered.serverId}, DeliveryState::Delivered, 2000);
        m_messages->advance(m_bob, {readDirectly.serverId}, DeliveryState::Read, 2000);
        QVERIFY(!hasPayload(delivered.serverId));
        QVERIFY(!hasPayload(readDirectly.serverId));
        QVERIFY(hasPayload(pending.serverId));
        // The rows themselves stay until the sender has its receipts.
        QVERIFY(exists(delivered.serverId));
        QVERIFY(exists(readDirectly.serverId));
    }

    void receiptsForIsOrderedLimitedAndPaged()
    {
        QList<qint64> ids;
        for (int i = 0; i < 4; ++i)
            ids.append(send(m_alice, i == 2 ? m_carol : m_bob, 1000 + i).serverId);
        const auto notYours = send(m_bob, m_carol, 1100);
        QVERIFY(m_messages->receiptsFor(m_alice, 0, 10).isEmpty()); // nothing happened yet

        m_messages->advance(m_bob, {ids.at(3), ids.at(0)}, DeliveryState::Delivered, 2000);
        m_messages->advance(m_carol, {ids.at(2), notYours.serverId}, DeliveryState::Read, 2100);

        const auto all = m_messages->receiptsFor(m_alice, 0, 10);
        QCOMPARE(idsOf(all), (QList<qint64> {ids.at(0), ids.at(2), ids.at(3)}));
        QCOMPARE(all.at(0).state, DeliveryState::Delivered);
        QCOMPARE(all.at(0).receiverId, m_bob);
        QCOMPARE(all.at(1).state, DeliveryState::Read);
        QCOMPARE(all.at(1).receiverId, m_carol);
        QCOMPARE(all.at(1).timestamp, 2100);
        QCOMPARE(all.at(1).clientId, u"cid-3"_s);
        for (const auto &r : all)
            QCOMPARE(r.senderId, m_alice);
        QCOMPARE(
            idsOf(m_messages->receiptsFor(m_alice, 0, 2)), (QList<qint64> {ids.at(0), ids.at(2)}));
        QCOMPARE(idsOf(m_messages->receiptsFor(m_alice, ids.at(2), 10)), QList<qint64> {ids.at(3)});
        QCOMPARE(idsOf(m_messages->receiptsFor(m_bob, 0, 10)), QList<qint64> {notYours.serverId});
        QVERIFY(m_messages->receiptsFor(m_carol, 0, 10).isEmpty());
    }

    void rowVanishesOnceTheSenderAcknowledgedRead()
    {
        const auto m = send(m_alice, m_bob, 1000);
        m_messages->advance(m_bob, {m.serverId}, DeliveryState::Delivered, 2000);

        auto ack = m_messages->acknowledge(m_alice, {m.serverId}, DeliveryState::Delivered);
        QVERIFY(!ack.failed);
        QVERIFY(ack.rejected.isEmpty());
        QVERIFY(m_messages->receiptsFor(m_alice, 0, 10).isEmpty());
        QVERIFY(exists(m.serverId)); // still waiting for "read"

        m_messages->advance(m_bob, {m.serverId}, DeliveryState::Read, 3000);
        const auto receipts = m_messages->receiptsFor(m_alice, 0, 10);
        QCOMPARE(receipts.size(), 1);
        QCOMPARE(receipts.first().state, DeliveryState::Read);

        ack = m_messages->acknowledge(m_alice, {m.serverId}, DeliveryState::Read);
        QVERIFY(!ack.failed);
        QVERIFY(ack.rejected.isEmpty());
        QVERIFY(!exists(m.serverId));
        QCOMPARE(messageRows(), 0);
        QVERIFY(m_messages->receiptsFor(m_alice, 0, 10).isEmpty());
        QVERIFY(m_messages->queuedFor(m_bob, 0, 10).isEmpty());
    }

    void acknowledgeIsCappedAtWhatHappened()
    {
        const auto delivered = send(m_alice, m_bob, 1000);
        const auto untouched = send(m_alice, m_bob, 1001);
        m_messages->advance(m_bob, {delivered.serverId}, DeliveryState::Delivered, 2000);

        // The sender claims "read" for a message that was only delivered, and "delivered" for
        // one that was not: neither may hide a later receipt nor drop the row.
        auto ack = m_messages->acknowledge(m_alice, {delivered.serverId}, DeliveryState::Read);
        QVERIFY(!ack.failed);
        QVERIFY(ack.rejected.isEmpty());
        ack = m_messages->acknowledge(m_alice, {untouched.serverId}, DeliveryState::Delivered);
        QVERIFY(ack.rejected.isEmpty());
        QVERIFY(exists(delivered.serverId));
        QVERIFY(exists(untouched.serverId));
        QVERIFY(m_messages->receiptsFor(m_alice, 0, 10).isEmpty());
        QCOMPARE(idsOf(m_messages->queuedFor(m_bob, 0, 10)), QList<qint64> {untouched.serverId});

        m_messages->advance(m_bob, {delivered.serverId}, DeliveryState::Read, 3000);
        m_messages->advance(m_bob, {untouched.serverId}, DeliveryState::Delivered, 3000);
        const auto receipts = m_messages->receiptsFor(m_alice, 0, 10);
        QCOMPARE(idsOf(receipts), (QList<qint64> {delivered.serverId, untouched.serverId}));
        QCOMPARE(receipts.at(0).state, DeliveryState::Read);
        QCOMPARE(receipts.at(1).state, DeliveryState::Delivered);
    }

    void acknowledgeRejectsIdsThatAreNotTheSenders()
    {
        const auto m = send(m_alice, m_bob, 1000);
        m_messages->advance(m_bob, {m.serverId}, DeliveryState::Read, 2000);
        const qint64 unknown = m.serverId + 1000;

        auto ack
            = m_messages->acknowledge(m_bob, {m.serverId}, DeliveryState::Read); // the receiver
        QCOMPARE(ack.rejected, QList<qint64> {m.serverId});
        QVERIFY(!ack.failed);
        ack = m_messages->acknowledge(m_carol, {m.serverId, unknown}, DeliveryState::Read);
        QCOMPARE(ack.rejected, (QList<qint64> {m.serverId, unknown}));
        QVERIFY(exists(m.serverId));
        QCOMPARE(idsOf(m_messages->receiptsFor(m_alice, 0, 10)), QList<qint64> {m.serverId});

        ack = m_messages->acknowledge(m_alice, {unknown, m.serverId}, DeliveryState::Read);
        QCOMPARE(ack.rejected, QList<qint64> {unknown});
        QVERIFY(!exists(m.serverId));
    }

    // Retention counts from delivery: a row whose receiver has the message goes once it was
    // delivered (or read) before the cutoff; a message nobody fetched is never dropped.
    void purgeDropsRowsDeliveredBeforeTheCutoff()
    {
        const auto ancient = send(m_alice, m_bob, 100); // never fetched
        const auto old = send(m_alice, m_bob, 1000);
        const auto oldRead = send(m_alice, m_bob, 1200);
        const auto lateDelivery = send(m_alice, m_bob, 1300);
        const auto edge = send(m_alice, m_bob, 2000);
        const auto fresh = send(m_bob, m_alice, 2500);
        m_messages->advance(m_bob, {old.serverId}, DeliveryState::Delivered, 1500);
        m_messages->advance(m_bob, {oldRead.serverId}, DeliveryState::Read, 1800);
        m_messages->acknowledge(m_alice, {oldRead.serverId}, DeliveryState::Delivered);
        m_messages->advance(m_bob, {lateDelivery.serverId}, DeliveryState::Delivered, 2600);
        m_messages->advance(m_bob, {edge.serverId}, DeliveryState::Delivered, 2000);

        QCOMPARE(m_messages->purgeOlderThan(2000), 2);
        QVERIFY(!exists(old.serverId));
        QVERIFY(!exists(oldRead.serverId));
        QVERIFY(exists(lateDelivery.serverId));
        QVERIFY(exists(edge.serverId));
        QVERIFY(exists(fresh.serverId));
        QVERIFY(exists(ancient.serverId));
        QCOMPARE(idsOf(m_messages->receiptsFor(m_alice, 0, 10)),
            (QList<qint64> {lateDelivery.serverId, edge.serverId}));
        QCOMPARE(m_messages->purgeOlderThan(2000), 0);

        // However late the cutoff, what was never fetched stays queued with its content.
        QCOMPARE(m_messages->purgeOlderThan(1000000), 2);
        QCOMPARE(idsOf(m_messages->queuedFor(m_bob, 0, 10)), QList<qint64> {ancient.serverId});
        QCOMPARE(idsOf(m_messages->queuedFor(m_alice, 0, 10)), QList<qint64> {fresh.serverId});
        QVERIFY(hasPayload(ancient.serverId));
        QCOMPARE(messageRows(), 2);
    }

    // A receiver de-duplicates by server_id: an id must never be handed out twice, even after
    // the row with the highest id was dropped and the server restarted.
    void idsAreNeverReused()
    {
        const auto m1 = send(m_alice, m_bob, 1000);
        const auto m2 = send(m_alice, m_bob, 1001);
        m_messages->advance(m_bob, {m2.serverId}, DeliveryState::Read, 2000);
        m_messages->acknowledge(m_alice, {m2.serverId}, DeliveryState::Read);
        QVERIFY(!exists(m2.serverId));
        const auto m3 = send(m_alice, m_bob, 3000);
        QVERIFY(m3.serverId > m2.serverId);

        m_messages->advance(m_bob, {m1.serverId, m3.serverId}, DeliveryState::Read, 3500);
        m_messages->acknowledge(m_alice, {m1.serverId, m3.serverId}, DeliveryState::Read);
        QCOMPARE(messageRows(), 0);
        QVERIFY(m_db->flush());
        closeDatabase();
        QVERIFY(openDatabase());
        const auto m4 = send(m_alice, m_bob, 4000);
        QVERIFY2(m4.serverId > m3.serverId,
            qPrintable(u"%1 after %2"_s.arg(m4.serverId).arg(m3.serverId)));
        QVERIFY(m1.serverId < m2.serverId);
    }

    void everythingSurvivesAReopen()
    {
        const auto queued = send(m_alice, m_bob, 1000, u"q"_s);
        const auto delivered = send(m_alice, m_bob, 1001);
        m_messages->advance(m_bob, {delivered.serverId}, DeliveryState::Delivered, 2000);
        QVERIFY(m_db->flush());
        closeDatabase();

        QVERIFY(openDatabase());
        const auto stillQueued = m_messages->queuedFor(m_bob, 0, 10);
        QCOMPARE(idsOf(stillQueued), QList<qint64> {queued.serverId});
        QCOMPARE(stillQueued.first().payload, textPayload(u"q"_s));
        const auto receipts = m_messages->receiptsFor(m_alice, 0, 10);
        QCOMPARE(idsOf(receipts), QList<qint64> {delivered.serverId});
        QCOMPARE(receipts.first().state, DeliveryState::Delivered);
        // Sending is still idempotent after a restart.
        const auto again = m_messages->accept(m_alice, m_bob, u"q"_s, textPayload(u"q"_s), 9000);
        QVERIFY(again && again->duplicate);
        QCOMPARE(again->serverId, queued.serverId);
        QCOMPARE(again->timestamp, 1000);
    }
};

QTEST_GUILESS_MAIN(TestMessageStore)
#include "TestMessageStore.moc"
