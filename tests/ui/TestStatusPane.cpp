// The "My status" row of the status pane while posts are on their way, against a real natterd
// and a real ChatClient: the upload progress of a photo status ("Sending… 45 %"), a post that
// could not be sent (in red, with the reason) and the menu that tries it again or discards it.
#include "UiTestSupport.h"
#include "client/StatusClient.h"
#include "models/StatusListModel.h"
#include "ui/StatusDelegate.h"
#include "ui/StatusPane.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QListView>
#include <QMenu>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace natter;
using namespace natter::uitest;
using client::StatusClient;
using models::StatusListModel;
using ui::StatusDelegate;

namespace {
const QString kAlice = QStringLiteral("+4915110000001");
const QString kBob = QStringLiteral("+4915110000002");

// `size` random bytes that sniff as a PNG image.
QByteArray photoBytes(qint64 size)
{
    QByteArray data(size, '\0');
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    const QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    std::copy(png.begin(), png.end(), data.begin());
    return data;
}

QAction *action(QMenu *menu, const QString &text)
{
    for (QAction *a : menu->actions())
        if (a->text().remove(u'&') == text)
            return a;
    return nullptr;
}
} // namespace

class TestStatusPane : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_files;
    std::unique_ptr<test::TestServer> m_server;
    User m_alice {kAlice, QStringLiteral("Alice Liddell")};
    User m_bob {kBob, QStringLiteral("Bob")};

    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(data) != data.size())
            return {};
        return path;
    }
    StatusClient &statuses() const { return *m_alice.client->statuses(); }
    StatusClient::PostState state(const QString &clientId) const
    {
        const auto post = statuses().pendingPost(clientId);
        return post ? post->state : StatusClient::PostState(-1);
    }
    // A photo posted while the server is down whose copy disappears: it fails once the server is
    // back. Returns its client id.
    QString failedPost(const QString &name)
    {
        m_server->stop();
        if (!QTest::qWaitFor([&] { return !m_alice.client->isOnline(); }, kWaitMs))
            return {};
        const QString clientId
            = statuses().postMedia(writeFile(name, photoBytes(100 * 1024)), QString());
        if (clientId.isEmpty()
            || !QTest::qWaitFor(
                [&] { return state(clientId) == StatusClient::PostState::Uploading; }, kWaitMs))
            return {};
        QFile::remove(statuses().pendingPost(clientId)->localPath);
        if (!m_server->restart()
            || !QTest::qWaitFor(
                [&] { return state(clientId) == StatusClient::PostState::Failed; }, kWaitMs))
            return {};
        return clientId;
    }

private slots:
    void initTestCase() { isolateSettings(m_settings); }
    void init()
    {
        m_server = std::make_unique<test::TestServer>(); // restarts on the same port
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

    void rowShowsUploadProgress()
    {
        ui::StatusPane pane(m_alice.client.get());
        new QAbstractItemModelTester(
            pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest, &pane);
        pane.resize(360, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        const QModelIndex mine = pane.model()->index(0);
        QCOMPARE(StatusDelegate::detailLine(mine), QStringLiteral("Click to add a status update"));

        const QByteArray data = photoBytes(12 * protocol::kMiB);
        QStringList lines; // what the row said at each step of the upload
        QList<int> percents;
        connect(&statuses(), &StatusClient::postProgress, this,
            [&](const QString &, qint64 done, qint64 total) {
                if (done <= 0 || done >= total)
                    return;
                const QModelIndex row = pane.model()->index(0);
                lines.append(StatusDelegate::detailLine(row));
                percents.append(row.data(StatusListModel::UploadProgressRole).toInt());
                pane.listView()->viewport()->grab(); // paints the bar
            });
        QSignalSpy posted(&statuses(), &StatusClient::posted);
        const QString clientId
            = statuses().postMedia(writeFile(QStringLiteral("sea.png"), data), QString());
        QVERIFY(!clientId.isEmpty());
        QCOMPARE(pane.model()->index(0).data(StatusListModel::PendingCountRole).toInt(), 1);
        QVERIFY(StatusDelegate::detailLine(pane.model()->index(0))
                    .startsWith(QStringLiteral("Sending…")));
        QTRY_COMPARE_WITH_TIMEOUT(posted.size(), 1, kWaitMs);

        QVERIFY2(!lines.isEmpty(), "no progress while uploading");
        static const QRegularExpression shape(QStringLiteral("^Sending… (\\d+) %$"));
        for (int i = 0; i < lines.size(); ++i) {
            const auto match = shape.match(lines.at(i));
            QVERIFY2(match.hasMatch(), qPrintable(lines.at(i)));
            QCOMPARE(match.captured(1).toInt(), percents.at(i));
            QVERIFY(percents.at(i) >= 0 && percents.at(i) <= 100);
            if (i > 0)
                QVERIFY(percents.at(i) >= percents.at(i - 1));
        }
        // Posted: the row counts the status, no progress any more.
        QTRY_VERIFY_WITH_TIMEOUT(StatusDelegate::detailLine(pane.model()->index(0))
                                     .startsWith(QStringLiteral("1 update")),
            kWaitMs);
        QCOMPARE(pane.model()->index(0).data(StatusListModel::UploadProgressRole).toInt(), -1);
    }

    void rowShowsFailureAndMenuRetriesOrDiscards()
    {
        ui::StatusPane pane(m_alice.client.get());
        new QAbstractItemModelTester(
            pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest, &pane);
        pane.resize(360, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(!pane.failedPostMenu()); // nothing failed

        const QString first = failedPost(QStringLiteral("lake.png"));
        QVERIFY(!first.isEmpty());
        const QString reason = statuses().pendingPost(first)->failure;
        QVERIFY(!reason.isEmpty());
        QModelIndex mine = pane.model()->index(0);
        QCOMPARE(StatusDelegate::detailLine(mine), QStringLiteral("Couldn't send: ") + reason);
        QCOMPARE(mine.data(StatusListModel::FailedCountRole).toInt(), 1);
        QCOMPARE(mine.data(StatusListModel::PendingCountRole).toInt(), 0);
        QVERIFY(!mine.data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(pane.messageText().isEmpty()); // told in the row, not twice
        pane.listView()->viewport()->grab();

        // Discard.
        QMenu *menu = pane.failedPostMenu();
        QVERIFY(menu);
        QVERIFY(action(menu, QStringLiteral("Try again")));
        QVERIFY(action(menu, QStringLiteral("Discard")));
        action(menu, QStringLiteral("Discard"))->trigger();
        menu->close();
        QVERIFY(statuses().pendingPosts().isEmpty());
        mine = pane.model()->index(0);
        QCOMPARE(StatusDelegate::detailLine(mine), QStringLiteral("Click to add a status update"));
        QVERIFY(!pane.failedPostMenu());

        // Try again: the click on the row offers it, and the post goes out.
        const QString second = failedPost(QStringLiteral("pond.png"));
        QVERIFY(!second.isEmpty());
        QVERIFY(StatusDelegate::detailLine(pane.model()->index(0))
                    .startsWith(QStringLiteral("Couldn't send: ")));
        QTRY_VERIFY_WITH_TIMEOUT(m_alice.client->isOnline(), kWaitMs);
        const QRect row = pane.listView()->visualRect(pane.model()->index(0));
        QTest::mouseClick(pane.listView()->viewport(), Qt::LeftButton, {}, row.center());
        const auto visibleMenu = [&]() -> QMenu * {
            for (QMenu *m : pane.findChildren<QMenu *>(QStringLiteral("failedStatusMenu")))
                if (m->isVisible())
                    return m;
            return nullptr;
        };
        QTRY_VERIFY_WITH_TIMEOUT(visibleMenu() != nullptr, kWaitMs);
        QMenu *shown = visibleMenu();
        QSignalSpy posted(&statuses(), &StatusClient::posted);
        action(shown, QStringLiteral("Try again"))->trigger();
        shown->close();
        QTRY_COMPARE_WITH_TIMEOUT(posted.size(), 1, kWaitMs);
        QCOMPARE(posted.first().at(0).toString(), second);
        QTRY_VERIFY_WITH_TIMEOUT(StatusDelegate::detailLine(pane.model()->index(0))
                                     .startsWith(QStringLiteral("1 update")),
            kWaitMs);
        QCOMPARE(pane.model()->index(0).data(StatusListModel::FailedCountRole).toInt(), 0);
    }
};

QTEST_MAIN(TestStatusPane)
#include "TestStatusPane.moc"
