// The per-account local database: schema and migrations (also the status tables of step 3),
// paging order, de-duplication, unread counts, states that never go backwards, and a large
// conversation.
#include "client/LocalStore.h"
#include "client/LocalStoreSchema.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace natter::client;
using namespace natter::protocol;

namespace natter::client {
// Readable QCOMPARE failures.
char *toString(MessageState state)
{
    return qstrdup(qPrintable(stateName(state)));
}
} // namespace natter::client

namespace {
const QString kSelf = QStringLiteral("+4915110000001");
const QString kBob = QStringLiteral("+4915110000002");
const QString kCarol = QStringLiteral("+4915110000003");

ChatMessage incoming(qint64 serverId, const QString &from, const QString &text, qint64 ts = 0)
{
    return ChatMessage {
        serverId, from, kSelf, ts ? ts : 1700000000000 + serverId, MessageContent::fromText(text)};
}

QString newClientId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QStringList texts(const QList<StoredMessage> &messages)
{
    QStringList out;
    for (const StoredMessage &m : messages)
        out.append(m.content.text);
    return out;
}
} // namespace

class TestLocalStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store
            = std::make_unique<LocalStore>(m_dir->filePath(QStringLiteral("sub/account.sqlite")));
        QString error;
        QVERIFY2(m_store->open(&error), qPrintable(error));
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void schema()
    {
        QVERIFY(m_store->isOpen());
        QCOMPARE(m_store->schemaVersion(), LocalStore::latestSchemaVersion());
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
            db.setDatabaseName(m_store->path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(q.exec(QStringLiteral(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
            QStringList tables;
            while (q.next())
                tables.append(q.value(0).toString());
            QVERIFY(tables.contains(QStringLiteral("conversations")));
            QVERIFY(tables.contains(QStringLiteral("messages")));
            QVERIFY(tables.contains(QStringLiteral("contacts")));
            // The paging query is answered from an index, not a scan of the table.
            QVERIFY(
                q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM messages WHERE peer = 'x'"
                                      " AND sort_key < 5 ORDER BY sort_key DESC LIMIT 100")));
            QString plan;
            while (q.next())
                plan += q.value(3).toString() + u'\n';
            QVERIFY2(plan.contains(QStringLiteral("messages_by_peer")), qPrintable(plan));
            QVERIFY2(!plan.contains(QStringLiteral("TEMP B-TREE")), qPrintable(plan));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("inspect"));

        // Reopening keeps data and version; two stores on two files do not interfere.
        QVERIFY(m_store->addIncoming({incoming(1, kBob, QStringLiteral("hi"))}, kSelf)
                    .first()
                    .inserted);
        m_store->close();
        QVERIFY(!m_store->isOpen());
        LocalStore other(m_dir->filePath(QStringLiteral("other.sqlite")));
        QVERIFY(other.open());
        QVERIFY(m_store->open());
        QCOMPARE(m_store->messageCount(kBob), 1);
        QCOMPARE(other.messageCount(kBob), 0);
    }

    void statusTablesFromVersion2()
    {
        // A database of the previous version (messages, contacts, transfers) gains the status
        // tables and keeps what it held.
        m_store.reset();
        const QString path = m_dir->filePath(QStringLiteral("v2.sqlite"));
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (int step = 0; step < 2; ++step)
                for (const QString &sql : localStoreMigrations().at(step))
                    QVERIFY2(q.exec(sql), qPrintable(sql));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO contacts (phone, name) VALUES ('%1', 'Bob')")
                               .arg(kBob)));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=2")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v2"));
        LocalStore store(path);
        QVERIFY(store.open());
        QCOMPARE(store.schemaVersion(), 3);
        QCOMPARE(LocalStore::latestSchemaVersion(), 3);
        QVERIFY(store.contact(kBob));
        QCOMPARE(store.contact(kBob)->name, QStringLiteral("Bob"));
        QVERIFY(store.statusOutbox().isEmpty());
        QVERIFY(store.unsentStatusViews().isEmpty());

        StoredStatusPost text;
        text.clientId = newClientId();
        text.kind = StatusKind::Text;
        text.text = QStringLiteral("Off to the mountains");
        text.background = QStringLiteral("#1f6fb2");
        text.created = 1700000000000;
        text.state = StoredStatusPost::State::Ready;
        StoredStatusPost media;
        media.clientId = newClientId();
        media.kind = StatusKind::Media;
        media.text = QStringLiteral("sunrise");
        media.sourcePath = QStringLiteral("/home/a/sunrise.png");
        media.localPath = QStringLiteral("/data/files/status/outbox/x/sunrise.png");
        media.uploadId = QStringLiteral("U96UhzCthuAx8VsAIa1Eaw");
        media.created = 1700000000001;
        media.state = StoredStatusPost::State::Uploading;
        media.thumbnail = QByteArray("\xff\xd8\xff\0thumb\0", 10); // binary, zero bytes kept
        QVERIFY(store.saveStatusPost(text));
        QVERIFY(store.saveStatusPost(media));
        QCOMPARE(store.statusOutbox(), (QList<StoredStatusPost> {text, media}));
        // Updating a post keeps its place; the file object comes back as it was written.
        text.state = StoredStatusPost::State::Failed;
        text.failure = QStringLiteral("The status is too long.");
        media.file = FileRef {QStringLiteral("Tp4VIkXixD3MBG6E6yflWw"),
            QStringLiteral("sunrise.png"), QStringLiteral("image/png"), 2621440, QByteArray("jpg")};
        media.state = StoredStatusPost::State::Ready;
        QVERIFY(store.saveStatusPost(media));
        QVERIFY(store.saveStatusPost(text));
        QCOMPARE(store.statusOutbox(), (QList<StoredStatusPost> {text, media}));
        QVERIFY(store.removeStatusPost(text.clientId));
        QCOMPARE(store.statusOutbox(), QList<StoredStatusPost> {media});

        QVERIFY(store.addUnsentStatusViews({7, 3}));
        QVERIFY(store.addUnsentStatusViews({3, 9})); // a repeated id is kept once
        QCOMPARE(store.unsentStatusViews(), (QList<qint64> {3, 7, 9}));
        QVERIFY(store.removeUnsentStatusViews({7, 42}));
        QCOMPARE(store.unsentStatusViews(), (QList<qint64> {3, 9}));
    }

    void refusesNewerSchema()
    {
        m_store->close();
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            db.setDatabaseName(m_store->path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=%1")
                               .arg(LocalStore::latestSchemaVersion() + 1)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        QString error;
        QVERIFY(!m_store->open(&error));
        QVERIFY(!error.isEmpty());
    }

    void pagingOrder()
    {
        // Pending messages sort after every numbered one, in local order, until acked.
        const QString c1 = newClientId();
        const QString c2 = newClientId();
        QVERIFY(m_store->addIncoming({incoming(10, kBob, QStringLiteral("b10"))}, kSelf)
                    .first()
                    .inserted);
        const qint64 p1
            = m_store->addOutgoing(kBob, c1, MessageContent::fromText(QStringLiteral("p1")), 1);
        const qint64 p2
            = m_store->addOutgoing(kBob, c2, MessageContent::fromText(QStringLiteral("p2")), 2);
        QVERIFY(p1 > 0 && p2 > p1);
        QVERIFY(m_store->addIncoming({incoming(12, kBob, QStringLiteral("b12"))}, kSelf)
                    .first()
                    .inserted);
        QCOMPARE(texts(m_store->messages(kBob)),
            (QStringList {QStringLiteral("p2"), QStringLiteral("p1"), QStringLiteral("b12"),
                QStringLiteral("b10")}));

        // The ack numbers p1 (11): it takes its place in the server's order.
        QCOMPARE(m_store->markSent(c1, 11, 1700000000011), std::optional<qint64>(p1));
        const auto page = m_store->messages(kBob);
        QCOMPARE(texts(page),
            (QStringList {QStringLiteral("p2"), QStringLiteral("b12"), QStringLiteral("p1"),
                QStringLiteral("b10")}));
        QCOMPARE(page[2].sortKey, 11);
        QCOMPARE(page[2].serverId, 11);
        QCOMPARE(page[2].timestamp, 1700000000011);
        QCOMPARE(page[0].sortKey, kUnackedSortKeyBase + p2);
        QCOMPARE(m_store->messagesAfter(kBob, 11), 2);

        // Pages of two, each continuing below the previous one's smallest sort key.
        QStringList all;
        qint64 before = kNewestSortKey;
        for (;;) {
            const auto part = m_store->messages(kBob, before, 2);
            if (part.isEmpty())
                break;
            QVERIFY(part.size() <= 2);
            all += texts(part);
            before = part.last().sortKey;
        }
        QCOMPARE(all, texts(page));
        QCOMPARE(m_store->messageCount(kBob), 4);
        QCOMPARE(m_store->outbox().size(), 1);
        QCOMPARE(m_store->outbox().first().localId, p2);
    }

    void deduplicatesIncoming()
    {
        const auto first = m_store->addIncoming({incoming(7, kBob, QStringLiteral("once"))}, kSelf);
        QCOMPARE(first.size(), 1);
        QVERIFY(first[0].inserted);
        QVERIFY(m_store->setReported({7}, MessageState::Delivered));
        QVERIFY(m_store->unreportedReceipts().isEmpty());

        // The same server id again, alone and inside a batch: stored once.
        const auto again = m_store->addIncoming(
            {incoming(7, kBob, QStringLiteral("once")), incoming(8, kBob, QStringLiteral("new")),
                incoming(8, kBob, QStringLiteral("new"))},
            kSelf);
        QCOMPARE(again.size(), 3);
        QVERIFY(!again[0].inserted);
        QCOMPARE(again[0].localId, first[0].localId);
        QVERIFY(again[1].inserted);
        QVERIFY(!again[2].inserted);
        QCOMPARE(m_store->messageCount(kBob), 2);
        QCOMPARE(m_store->conversation(kBob)->unreadCount, 2);
        // Handed over again means our receipt was lost: it is due again.
        const auto due = m_store->unreportedReceipts();
        QCOMPARE(due.size(), 2);
        QCOMPARE(due[0].first, 7);
        QCOMPARE(due[0].second, MessageState::Delivered);
    }

    void unreadCounts()
    {
        QCOMPARE(m_store->totalUnread(), 0);
        m_store->addIncoming(
            {incoming(1, kBob, QStringLiteral("b1")), incoming(2, kCarol, QStringLiteral("c2")),
                incoming(3, kBob, QStringLiteral("b3"))},
            kSelf);
        QCOMPARE(m_store->totalUnread(), 3);
        QCOMPARE(m_store->conversation(kBob)->unreadCount, 2);
        QCOMPARE(m_store->firstUnread(kBob)->serverId, 1);
        // Our own messages never count as unread.
        m_store->addOutgoing(
            kBob, newClientId(), MessageContent::fromText(QStringLiteral("mine")), 5);
        QCOMPARE(m_store->totalUnread(), 3);

        const QList<qint64> read = m_store->markConversationRead(kBob);
        QCOMPARE(read, (QList<qint64> {1, 3}));
        QCOMPARE(m_store->conversation(kBob)->unreadCount, 0);
        QCOMPARE(m_store->totalUnread(), 1);
        QVERIFY(!m_store->firstUnread(kBob));
        QCOMPARE(
            m_store->message(m_store->messageByServerId(1)->localId)->state, MessageState::Read);
        QVERIFY(m_store->markConversationRead(kBob).isEmpty());

        // Receipts still to tell the server: read for Bob's, delivered for Carol's.
        const auto due = m_store->unreportedReceipts();
        QCOMPARE(due.size(), 3);
        QVERIFY(m_store->setReported({1, 3}, MessageState::Read));
        QVERIFY(m_store->setReported({2}, MessageState::Delivered));
        QVERIFY(m_store->unreportedReceipts().isEmpty());
        // Reporting "delivered" after "read" does not lower what was reported.
        QVERIFY(m_store->setReported({1}, MessageState::Delivered));
        QVERIFY(m_store->unreportedReceipts().isEmpty());
    }

    void statesNeverGoBackwards()
    {
        const QString cid = newClientId();
        const qint64 id
            = m_store->addOutgoing(kBob, cid, MessageContent::fromText(QStringLiteral("x")), 1);
        QCOMPARE(m_store->message(id)->state, MessageState::Pending);
        QVERIFY(m_store->markSent(cid, 40, 100));
        QCOMPARE(m_store->message(id)->state, MessageState::Sent);
        QVERIFY(!m_store->markSent(cid, 40, 100)); // a repeated ack changes nothing

        QVERIFY(m_store->applyReceipt(Receipt {40, cid, kBob, DeliveryState::Read, 200}));
        QCOMPARE(m_store->message(id)->state, MessageState::Read);
        QVERIFY(!m_store->applyReceipt(Receipt {40, cid, kBob, DeliveryState::Delivered, 150}));
        QCOMPARE(m_store->message(id)->state, MessageState::Read);
        QVERIFY(!m_store->markSent(cid, 40, 100));
        QCOMPARE(m_store->message(id)->state, MessageState::Read);
        QVERIFY(!m_store->markFailed(id, QStringLiteral("too late")));
        QCOMPARE(m_store->message(id)->state, MessageState::Read);

        // A receipt whose ack was lost: the pending message jumps ahead and gets its number.
        const QString lost = newClientId();
        const qint64 id2
            = m_store->addOutgoing(kBob, lost, MessageContent::fromText(QStringLiteral("y")), 2);
        QVERIFY(m_store->applyReceipt(Receipt {41, lost, kBob, DeliveryState::Delivered, 300}));
        QCOMPARE(m_store->message(id2)->state, MessageState::Delivered);
        QCOMPARE(m_store->message(id2)->serverId, 41);
        QCOMPARE(m_store->message(id2)->sortKey, 41);
        QVERIFY(!m_store->markSent(lost, 41, 250)); // late ack: already further
        QCOMPARE(m_store->message(id2)->state, MessageState::Delivered);

        // Failed only from Pending, and back to Pending only by an explicit retry.
        const QString bad = newClientId();
        const qint64 id3
            = m_store->addOutgoing(kCarol, bad, MessageContent::fromText(QStringLiteral("z")), 3);
        QVERIFY(m_store->markFailed(id3, QStringLiteral("not on Natter")));
        QCOMPARE(m_store->message(id3)->state, MessageState::Failed);
        QCOMPARE(m_store->message(id3)->failureReason, QStringLiteral("not on Natter"));
        QVERIFY(m_store->outbox().isEmpty());
        QVERIFY(!m_store->markPendingAgain(id));
        QVERIFY(m_store->markPendingAgain(id3));
        QCOMPARE(m_store->message(id3)->state, MessageState::Pending);
        QVERIFY(m_store->message(id3)->failureReason.isEmpty());
        QCOMPARE(m_store->outbox().size(), 1);
    }

    void conversationsAndContacts()
    {
        m_store->addIncoming({incoming(1, kBob, QStringLiteral("old"), 1000)}, kSelf);
        m_store->addIncoming({incoming(2, kCarol, QStringLiteral("newer"), 2000)}, kSelf);
        auto list = m_store->conversations();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].peer, kCarol);
        QCOMPARE(list[0].displayName, kCarol); // no name known yet
        QCOMPARE(list[0].lastPreview, QStringLiteral("newer"));

        m_store->addOutgoing(kBob, newClientId(),
            MessageContent::fromText(QStringLiteral("  reply\nwith lines ")), 3000);
        list = m_store->conversations();
        QCOMPARE(list[0].peer, kBob);
        QCOMPARE(list[0].lastPreview, QStringLiteral("reply with lines"));
        QCOMPARE(list[0].messageCount, 2);

        QVERIFY(m_store->upsertContact(Contact {kBob, QStringLiteral("Bob"), true}));
        QCOMPARE(m_store->conversation(kBob)->displayName, QStringLiteral("Bob"));
        QVERIFY(m_store->upsertContact(
            Contact {kBob, QString(), true})); // an empty name keeps the old one
        QCOMPARE(m_store->contact(kBob)->name, QStringLiteral("Bob"));
        QCOMPARE(m_store->contacts().size(), 1);
        QVERIFY(!m_store->conversation(QStringLiteral("+4915100000000")));
    }

    void largeConversationPagesQuickly()
    {
        constexpr int kCount = 10000;
        QElapsedTimer timer;
        timer.start();
        for (int start = 0; start < kCount; start += 500) {
            QList<ChatMessage> batch;
            for (int i = start; i < start + 500; ++i)
                batch.append(incoming(i + 1, kBob, QStringLiteral("message %1").arg(i + 1)));
            const auto stored = m_store->addIncoming(batch, kSelf);
            QCOMPARE(stored.size(), 500);
        }
        const qint64 insertMs = timer.restart();
        QCOMPARE(m_store->messageCount(kBob), kCount);
        QCOMPARE(m_store->totalUnread(), kCount);

        const auto newest = m_store->messages(kBob, kNewestSortKey, 50);
        const qint64 firstPageMs = timer.restart();
        QCOMPARE(newest.size(), 50);
        QCOMPARE(newest.first().serverId, kCount);

        // Scroll all the way up, one page at a time.
        int seen = 0;
        qint64 before = kNewestSortKey;
        qint64 previous = std::numeric_limits<qint64>::max();
        for (;;) {
            const auto page = m_store->messages(kBob, before, 100);
            if (page.isEmpty())
                break;
            for (const StoredMessage &m : page) {
                QVERIFY(m.sortKey < previous);
                previous = m.sortKey;
            }
            seen += int(page.size());
            before = page.last().sortKey;
        }
        const qint64 allPagesMs = timer.restart();
        QCOMPARE(seen, kCount);
        QCOMPARE(m_store->firstUnread(kBob)->serverId, 1);
        QCOMPARE(m_store->messagesAfter(kBob, 9000), 1000);
        const auto ids = m_store->markConversationRead(kBob);
        QCOMPARE(ids.size(), kCount);
        const qint64 readMs = timer.elapsed();
        qInfo("10,000 messages: insert %lld ms, newest page %lld ms, all 100 pages %lld ms, mark "
              "read %lld ms",
            insertMs, firstPageMs, allPagesMs, readMs);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
};

QTEST_GUILESS_MAIN(TestLocalStore)
#include "TestLocalStore.moc"
