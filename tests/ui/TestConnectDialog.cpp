// The first-run dialog against a real natterd: registering and logging in through the real
// widgets (typed into, clicked), every failure shown inline while the dialog stays open, input
// checked as it is typed, and no trace of the password left behind.
#include "TestClient.h"
#include "TestServer.h"
#include "client/ChatClient.h"
#include "client/TokenStore.h"
#include "ui/dialogs/ConnectDialog.h"

#include <QApplication>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace natter;
using natter::client::ChatClient;
using natter::ui::ConnectDialog;

namespace {
const QString kPassword = QStringLiteral("correct horse");
constexpr int kWaitMs = 20000;

// A loopback port nobody listens on.
quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}
} // namespace

class TestConnectDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestServer> m_server;
    int m_nextNumber = 1;

    // A fresh number per test, so tests never see each other's accounts.
    QString newNumber()
    {
        return QStringLiteral("+4915130%1").arg(m_nextNumber++, 6, 10, QLatin1Char('0'));
    }

    // "+4915130000001" as a person would type it: "+49 151 30000001".
    static QString spaced(const QString &e164)
    {
        return e164.left(3) + u' ' + e164.mid(3, 3) + u' ' + e164.mid(6);
    }

    struct Fixture
    {
        QTemporaryDir dir;
        std::unique_ptr<ChatClient> client;
        std::unique_ptr<ConnectDialog> dialog;

        Fixture(const QUrl &server)
        {
            client = std::make_unique<ChatClient>(
                dir.path(), nullptr, QStringLiteral("natter-test-connect"));
            client->setServer(server);
            dialog = std::make_unique<ConnectDialog>(client.get());
            dialog->show();
        }
        ~Fixture()
        {
            // A keychain job still running when its client goes crashes in libsecret's callback.
            (void)QTest::qWaitFor(
                [this] { return client->tokenStore()->pendingJobs() == 0; }, kWaitMs);
        }
        template<typename T = QLineEdit> T *child(const char *name) const
        {
            return dialog->findChild<T *>(QLatin1String(name));
        }
        QLineEdit *edit(const char *name) const { return child(name); }
        QPushButton *submit() const { return child<QPushButton>("submitButton"); }
        // Switches with the real "Log in" / "Create an account" button under the form.
        void chooseMode(ConnectDialog::Mode mode) const
        {
            if (dialog->mode() != mode)
                QTest::mouseClick(child<QPushButton>("modeToggle"), Qt::LeftButton);
        }
        void type(const char *name, const QString &text) const
        {
            QLineEdit *e = edit(name);
            e->clear();
            QTest::keyClicks(e, text);
        }
    };

    static void closeNotes()
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->objectName() == QLatin1String("sessionNote"))
                w->close();
        }
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<test::TestServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    }

    void cleanup() { closeNotes(); }

    void prefillsTheServerAndStartsWithCreateAccount()
    {
        Fixture f(m_server->url());
        QCOMPARE(f.edit("serverEdit")->text(), m_server->url().toString());
        QCOMPARE(f.dialog->mode(), ConnectDialog::Mode::Register); // no saved session yet
        QVERIFY(f.edit("nameEdit")->isVisible());
        QVERIFY(f.edit("confirmEdit")->isVisible());
        QVERIFY(!f.submit()->isEnabled());
        f.chooseMode(ConnectDialog::Mode::Login);
        QCOMPARE(f.dialog->mode(), ConnectDialog::Mode::Login);
        QVERIFY(!f.edit("nameEdit")->isVisible());
        QVERIFY(!f.edit("confirmEdit")->isVisible());
        QCOMPARE(f.submit()->text(), QStringLiteral("Log in"));
        QCOMPARE(f.child<QPushButton>("modeToggle")->text(), QStringLiteral("Create an account"));
    }

    void registeringThroughTheWidgetsAccepts()
    {
        Fixture f(m_server->url());
        const QString number = newNumber();
        f.chooseMode(ConnectDialog::Mode::Register);
        f.type("phoneEdit", spaced(number));
        QVERIFY(f.child<QLabel>("phoneHint")->text().contains(number));
        f.type("nameEdit", QStringLiteral("Ada Lovelace"));
        f.type("passwordEdit", kPassword);
        f.type("confirmEdit", kPassword);
        QVERIFY(f.submit()->isEnabled());

        QSignalSpy busy(f.dialog.get(), &ConnectDialog::busyChanged);
        QTest::mouseClick(f.submit(), Qt::LeftButton);
        // Busy at once, without waiting for anything: inputs off, the bar running.
        QVERIFY(f.dialog->isBusy());
        QVERIFY(!f.edit("phoneEdit")->isEnabled());
        QVERIFY(!f.submit()->isEnabled());
        QVERIFY(f.child<QProgressBar>("busyIndicator")->isVisible());

        QTRY_COMPARE_WITH_TIMEOUT(f.dialog->result(), int(QDialog::Accepted), kWaitMs);
        QVERIFY(!f.dialog->isVisible());
        QCOMPARE(f.client->phone(), number);
        QCOMPARE(f.client->displayName(), QStringLiteral("Ada Lovelace"));
        QVERIFY(f.client->isOnline());
        QVERIFY(f.edit("passwordEdit")->text().isEmpty());
        QVERIFY(f.edit("confirmEdit")->text().isEmpty());
        QCOMPARE(busy.size(), 2);

        // The password is in no file the client wrote.
        QDirIterator files(f.dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(kPassword.toUtf8()), qPrintable(file.fileName()));
        }
    }

    void loggingInAccepts()
    {
        const QString number = newNumber();
        test::TestClient other;
        QVERIFY(other.registerUser(m_server->url(), number, QStringLiteral("Grace"), kPassword));
        Fixture f(m_server->url());
        f.chooseMode(ConnectDialog::Mode::Login);
        f.type("phoneEdit", number);
        f.type("passwordEdit", kPassword);
        QTest::keyClick(f.edit("passwordEdit"), Qt::Key_Return); // Enter submits
        QTRY_COMPARE_WITH_TIMEOUT(f.dialog->result(), int(QDialog::Accepted), kWaitMs);
        QCOMPARE(f.client->phone(), number);
        QCOMPARE(f.client->displayName(), QStringLiteral("Grace"));
    }

    void wrongPasswordIsShownAndTheDialogStaysOpen()
    {
        const QString number = newNumber();
        test::TestClient other;
        QVERIFY(other.registerUser(m_server->url(), number, QStringLiteral("Grace"), kPassword));
        Fixture f(m_server->url());
        f.chooseMode(ConnectDialog::Mode::Login);
        f.type("phoneEdit", number);
        f.type("passwordEdit", QStringLiteral("not the password"));
        QTest::mouseClick(f.submit(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!f.dialog->isBusy(), kWaitMs);
        QVERIFY2(f.dialog->messageText().contains(QStringLiteral("Wrong phone number or password")),
            qPrintable(f.dialog->messageText()));
        QVERIFY(f.dialog->isVisible());
        QCOMPARE(f.dialog->result(), int(QDialog::Rejected));
        QVERIFY(f.edit("passwordEdit")->isEnabled());
        QVERIFY(f.edit("passwordEdit")->hasFocus());
        QVERIFY(f.submit()->isEnabled());

        // Typing again takes the error away; the right password then gets in.
        f.type("passwordEdit", kPassword);
        QVERIFY(f.dialog->messageText().isEmpty());
        QTest::mouseClick(f.submit(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(f.dialog->result(), int(QDialog::Accepted), kWaitMs);
    }

    void aTakenNumberOffersToLogIn()
    {
        const QString number = newNumber();
        test::TestClient other;
        QVERIFY(other.registerUser(m_server->url(), number, QStringLiteral("Grace"), kPassword));
        Fixture f(m_server->url());
        f.chooseMode(ConnectDialog::Mode::Register);
        f.type("phoneEdit", spaced(number));
        f.type("nameEdit", QStringLiteral("Someone Else"));
        f.type("passwordEdit", kPassword);
        f.type("confirmEdit", kPassword);
        QTest::mouseClick(f.submit(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!f.dialog->isBusy(), kWaitMs);
        const QString text = f.dialog->messageText();
        QVERIFY2(
            text.contains(number) && text.contains(QStringLiteral("already has a Natter account")),
            qPrintable(text));
        QVERIFY(f.dialog->isVisible());

        // "Log in instead" switches to logging in with the number kept.
        auto *label = f.child<QLabel>("inlineMessageText");
        QVERIFY(label->text().contains(QStringLiteral("href=\"login\"")));
        emit label->linkActivated(QStringLiteral("login"));
        QCOMPARE(f.dialog->mode(), ConnectDialog::Mode::Login);
        QCOMPARE(f.edit("phoneEdit")->text(), spaced(number));
    }

    void anUnreachableServerIsNamed()
    {
        const quint16 port = closedPort();
        QVERIFY(port != 0);
        const QString address = QStringLiteral("ws://127.0.0.1:%1").arg(port);
        Fixture f(m_server->url());
        f.type("serverEdit", address);
        f.chooseMode(ConnectDialog::Mode::Login);
        f.type("phoneEdit", newNumber());
        f.type("passwordEdit", kPassword);
        QTest::mouseClick(f.submit(), Qt::LeftButton);
        QVERIFY(f.dialog->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!f.dialog->isBusy(), kWaitMs);
        const QString text = f.dialog->messageText();
        QVERIFY2(text.contains(QStringLiteral("Cannot reach the server")) && text.contains(address),
            qPrintable(text));
        QCOMPARE(f.client->server(), QUrl(address));
        QVERIFY(f.dialog->isVisible());
        QVERIFY(f.edit("serverEdit")->hasFocus());
    }

    void anInvalidNumberDisablesTheButtonWithAHint()
    {
        Fixture f(m_server->url());
        f.chooseMode(ConnectDialog::Mode::Login);
        f.type("passwordEdit", kPassword);
        auto *hint = f.child<QLabel>("phoneHint");

        f.type("phoneEdit", QStringLiteral("0151 1234567"));
        QVERIFY(!f.submit()->isEnabled());
        QVERIFY2(hint->text().contains(QStringLiteral("+")), qPrintable(hint->text()));

        f.type("phoneEdit", QStringLiteral("+49 151 abc"));
        QVERIFY(!f.submit()->isEnabled());
        QVERIFY2(hint->text().contains(QStringLiteral("only digits")), qPrintable(hint->text()));

        f.type("phoneEdit", QStringLiteral("+49 (151) 1234-5678"));
        QVERIFY(f.submit()->isEnabled());
        QVERIFY2(hint->text().contains(QStringLiteral("+4915112345678")), qPrintable(hint->text()));
    }

    void theFormIsCheckedAsItIsTyped()
    {
        Fixture f(m_server->url());
        f.chooseMode(ConnectDialog::Mode::Register);
        f.type("phoneEdit", newNumber());
        f.type("nameEdit", QStringLiteral("Ada"));
        f.type("passwordEdit", QStringLiteral("short"));
        f.type("confirmEdit", QStringLiteral("short"));
        QVERIFY(!f.submit()->isEnabled()); // under 8 characters
        QVERIFY(
            f.child<QLabel>("passwordHint")->text().contains(QStringLiteral("5 of at least 8")));

        f.type("passwordEdit", kPassword);
        f.type("confirmEdit", QStringLiteral("correct horsf"));
        QVERIFY(!f.submit()->isEnabled());
        QVERIFY(f.child<QLabel>("confirmHint")->text().contains(QStringLiteral("do not match")));
        f.type("confirmEdit", kPassword);
        QVERIFY(f.submit()->isEnabled());

        f.type("nameEdit", QStringLiteral("   "));
        QVERIFY(!f.submit()->isEnabled());
        f.type("nameEdit", QStringLiteral("Ada"));

        f.type("serverEdit", QStringLiteral("http://127.0.0.1:7350"));
        QVERIFY(!f.submit()->isEnabled());
        QVERIFY(f.child<QLabel>("serverHint")->isVisible());
        f.type("serverEdit", QStringLiteral("wss://chat.example.org"));
        QVERIFY(f.submit()->isEnabled());
        QVERIFY(!f.child<QLabel>("serverHint")->isVisible());
    }

    void everyAuthErrorIsExplained_data()
    {
        QTest::addColumn<ChatClient::AuthError>("error");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("focus");
        using E = ChatClient::AuthError;
        QTest::addRow("unreachable")
            << E::ServerUnreachable << QStringLiteral("Cannot reach the server") << "serverEdit";
        QTest::addRow("wrong password")
            << E::WrongPassword << QStringLiteral("Wrong phone number or password")
            << "passwordEdit";
        QTest::addRow("taken") << E::NumberTaken << QStringLiteral("already has a Natter account")
                               << "phoneEdit";
        QTest::addRow("invalid number")
            << E::InvalidNumber << QStringLiteral("as a phone number") << "phoneEdit";
        QTest::addRow("invalid name")
            << E::InvalidName << QStringLiteral("1 to 64 characters") << "nameEdit";
        QTest::addRow("weak password")
            << E::WeakPassword << QStringLiteral("at least 8 characters") << "passwordEdit";
        QTest::addRow("incompatible")
            << E::IncompatibleServer << QStringLiteral("cannot talk to") << "serverEdit";
        QTest::addRow("expired") << E::SessionExpired << QStringLiteral("session has expired")
                                 << "passwordEdit";
        QTest::addRow("too many attempts")
            << E::TooManyAttempts << QStringLiteral("Too many attempts") << "passwordEdit";
        QTest::addRow("server error") << E::ServerError << QStringLiteral("disk full") << "";
    }

    void everyAuthErrorIsExplained()
    {
        QFETCH(ChatClient::AuthError, error);
        QFETCH(QString, expected);
        QFETCH(QString, focus);
        Fixture f(m_server->url());
        f.chooseMode(ConnectDialog::Mode::Register);
        f.type("phoneEdit", QStringLiteral("+49 151 30999999"));
        f.dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(f.dialog.get()));
        // The client's own signal, as it emits it after a refused attempt.
        emit f.client->authFailed(
            error, QStringLiteral("The server could not log you in: disk full"));
        const QString text = f.dialog->messageText();
        QVERIFY2(text.contains(expected), qPrintable(text));
        QVERIFY(f.dialog->isVisible());
        if (!focus.isEmpty())
            QCOMPARE(QApplication::focusWidget(), f.edit(focus.toLatin1().constData()));
    }

    void anUnrememberedSessionIsSaidOnce()
    {
        Fixture f(m_server->url());
        const QString number = newNumber();
        f.chooseMode(ConnectDialog::Mode::Register);
        f.type("phoneEdit", number);
        f.type("nameEdit", QStringLiteral("Ada"));
        f.type("passwordEdit", kPassword);
        f.type("confirmEdit", kPassword);
        QTest::mouseClick(f.submit(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(f.dialog->result(), int(QDialog::Accepted), kWaitMs);
        // The keychain answers asynchronously; here (no Secret Service in the test) it fails.
        QTRY_VERIFY_WITH_TIMEOUT(f.client->tokenStore()->pendingJobs() == 0, kWaitMs);
        auto notes = [] {
            QList<QMessageBox *> out;
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (w->objectName() == QLatin1String("sessionNote") && w->isVisible())
                    out.append(qobject_cast<QMessageBox *>(w));
            }
            return out;
        };
        if (f.client->sessionPersistent()) {
            QVERIFY(notes().isEmpty());
            QSKIP("A keychain is available here: the session is remembered and nothing is said.");
        }
        QTRY_COMPARE(notes().size(), 1);
        QMessageBox *note = notes().constFirst();
        QVERIFY(note->text().contains(QStringLiteral("will not be remembered")));
        QCOMPARE(note->informativeText(), f.client->sessionPersistenceReason());
        QVERIFY(!note->isModal());
    }
};

QTEST_MAIN(TestConnectDialog)
#include "TestConnectDialog.moc"
