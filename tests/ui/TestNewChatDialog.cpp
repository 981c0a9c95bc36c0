// The "new chat" dialog against a real natterd: a number typed into the real field is looked up
// on the server; registered numbers are accepted (normalised), unknown ones and being offline
// are said plainly; known contacts can be filtered and picked.
#include "TestClient.h"
#include "TestServer.h"
#include "client/ChatClient.h"
#include "client/LocalStore.h"
#include "client/TokenStore.h"
#include "ui/dialogs/NewChatDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace natter;
using natter::client::ChatClient;
using natter::ui::NewChatDialog;

namespace {
const QString kAlice = QStringLiteral("+4915140000001");
const QString kBob = QStringLiteral("+4915140000002");
const QString kCarol = QStringLiteral("+4915140000003");
const QString kNobody = QStringLiteral("+4915149999999");
const QString kPassword = QStringLiteral("correct horse");
constexpr int kWaitMs = 20000;
} // namespace

class TestNewChatDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestServer> m_server;
    test::TestClient m_bob;
    test::TestClient m_carol;
    QTemporaryDir m_dir;
    std::unique_ptr<ChatClient> m_alice;

    struct Dialog
    {
        std::unique_ptr<NewChatDialog> dialog;
        explicit Dialog(ChatClient *client)
            : dialog(std::make_unique<NewChatDialog>(client))
        {
            dialog->show();
        }
        NewChatDialog *operator->() const { return dialog.get(); }
        QLineEdit *phone() const
        {
            return dialog->findChild<QLineEdit *>(QStringLiteral("phoneEdit"));
        }
        QLineEdit *filter() const
        {
            return dialog->findChild<QLineEdit *>(QStringLiteral("contactFilter"));
        }
        QListView *list() const
        {
            return dialog->findChild<QListView *>(QStringLiteral("contactList"));
        }
        QPushButton *start() const
        {
            return dialog->findChild<QPushButton *>(QStringLiteral("startButton"));
        }
        void type(QLineEdit *edit, const QString &text) const
        {
            edit->clear();
            QTest::keyClicks(edit, text);
        }
        QStringList shownContacts() const
        {
            QStringList out;
            for (int row = 0; row < list()->model()->rowCount(); ++row)
                out.append(list()->model()->index(row, 0).data(Qt::DisplayRole).toString());
            return out;
        }
    };

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
        QVERIFY(m_carol.registerUser(m_server->url(), kCarol, QStringLiteral("Carol"), kPassword));
        m_alice = std::make_unique<ChatClient>(
            m_dir.path(), nullptr, QStringLiteral("natter-test-newchat"));
        m_alice->setServer(m_server->url());
        QSignalSpy ok(m_alice.get(), &ChatClient::authSucceeded);
        m_alice->registerAccount(kAlice, QStringLiteral("Alice"), kPassword);
        QTRY_VERIFY_WITH_TIMEOUT(ok.size() == 1 && m_alice->isOnline(), kWaitMs);
    }

    void aRegisteredNumberIsAcceptedNormalised()
    {
        Dialog d(m_alice.get());
        QVERIFY(!d.start()->isEnabled());
        d.type(d.phone(), QStringLiteral("+49 151 4000-0002"));
        QVERIFY(d.start()->isEnabled());
        QTest::mouseClick(d.start(), Qt::LeftButton);
        QVERIFY(d->isBusy());
        QVERIFY(!d.phone()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(d->result(), int(QDialog::Accepted), kWaitMs);
        QCOMPARE(d->peer(), kBob);
        QCOMPARE(d->peerName(), QStringLiteral("Bob Builder"));
    }

    void anUnknownNumberIsNotOnNatter()
    {
        Dialog d(m_alice.get());
        d.type(d.phone(), QStringLiteral("+49 151 4999 9999"));
        QTest::keyClick(d.phone(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!d->isBusy(), kWaitMs);
        const QString text = d->messageText();
        QVERIFY2(
            text.contains(kNobody + QStringLiteral(" is not on Natter yet")), qPrintable(text));
        QVERIFY(d->isVisible());
        QCOMPARE(d->result(), int(QDialog::Rejected));
        QVERIFY(d.phone()->isEnabled());
        // Typing again takes the message away.
        QTest::keyClick(d.phone(), Qt::Key_Backspace);
        QVERIFY(d->messageText().isEmpty());
    }

    void anInvalidNumberDisablesStart()
    {
        Dialog d(m_alice.get());
        d.type(d.phone(), QStringLiteral("0151 4000 0002"));
        QVERIFY(!d.start()->isEnabled());
        const auto *hint = d->findChild<QLabel *>(QStringLiteral("phoneHint"));
        QVERIFY2(hint->text().contains(QStringLiteral("+")), qPrintable(hint->text()));
    }

    void knownContactsAreListedFilteredAndPicked()
    {
        // Alice has looked up Bob and the unknown number above; Carol she learns now.
        QSignalSpy looked(m_alice.get(), &ChatClient::lookupFinished);
        m_alice->lookup(kCarol);
        QTRY_COMPARE_WITH_TIMEOUT(looked.size(), 1, kWaitMs);

        Dialog d(m_alice.get());
        const QStringList all = d.shownContacts();
        QVERIFY2(
            all.contains(QStringLiteral("Bob Builder")) && all.contains(QStringLiteral("Carol")),
            qPrintable(all.join(u',')));
        QVERIFY(!all.contains(kAlice));

        d.type(d.filter(), QStringLiteral("bob"));
        QCOMPARE(d.shownContacts(), QStringList {QStringLiteral("Bob Builder")});
        d.type(d.filter(), QStringLiteral("4000 0003")); // by number, spaces ignored
        QCOMPARE(d.shownContacts(), QStringList {QStringLiteral("Carol")});
        d.type(d.filter(), QStringLiteral("zzz"));
        QVERIFY(d.shownContacts().isEmpty());
        QVERIFY(d->findChild<QLabel *>(QStringLiteral("contactsEmpty"))
                    ->text()
                    .contains(QStringLiteral("zzz")));
        d.type(d.filter(), QStringLiteral("car"));

        // A double click on a known Natter contact starts the chat straight away.
        const QModelIndex carol = d.list()->model()->index(0, 0);
        const QPoint where = d.list()->visualRect(carol).center();
        QTest::mouseClick(d.list()->viewport(), Qt::LeftButton, {}, where);
        QCOMPARE(d.phone()->text(), kCarol);
        QTest::mouseDClick(d.list()->viewport(), Qt::LeftButton, {}, where);
        QTRY_COMPARE(d->result(), int(QDialog::Accepted));
        QCOMPARE(d->peer(), kCarol);
    }

    void offlineIsSaidPlainly()
    {
        QTemporaryDir dir;
        ChatClient offline(dir.path(), nullptr, QStringLiteral("natter-test-newchat-offline"));
        offline.setServer(m_server->url());
        Dialog d(&offline);
        QVERIFY(d->messageText().contains(QStringLiteral("You are offline")));
        d.type(d.phone(), QStringLiteral("+49 151 4000 0002"));
        QTest::mouseClick(d.start(), Qt::LeftButton);
        QVERIFY(!d->isBusy());
        QVERIFY2(
            d->messageText().contains(QStringLiteral("offline")) && d->messageText().contains(kBob),
            qPrintable(d->messageText()));
        QCOMPARE(d->result(), int(QDialog::Rejected));
    }
};

QTEST_MAIN(TestNewChatDialog)
#include "TestNewChatDialog.moc"
