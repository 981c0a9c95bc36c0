// The contact picker against a real account: Natter contacts from the local store are listed,
// searched and picked into a vCard 4.0 with FN and TEL; .vcf files (one card, several cards,
// folded lines) are imported, previewed and sent as name and numbers only; cards without a
// name or number, garbage and oversized files are refused with the reason.
#include "UiTestSupport.h"
#include "protocol/MessageContent.h"
#include "ui/dialogs/ContactPickerDialog.h"

#include <QDropEvent>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>

using namespace natter;
using natter::ui::ContactPickerDialog;

namespace {
const QString kAlice = QStringLiteral("+4915140000101");
const QString kBob = QStringLiteral("+4915140000102");
const QString kCarol = QStringLiteral("+4915140000103");
const QString kDave = QStringLiteral("+4915140000104");
} // namespace

class TestContactPickerDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_files;
    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<uitest::User> m_alice;

    QString file(const QString &name, const QByteArray &content)
    {
        const QString path = m_files.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return path;
    }
    template<typename T> static T *child(const ContactPickerDialog &dialog, const char *name)
    {
        auto *widget = dialog.findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    static QPushButton *send(const ContactPickerDialog &d)
    {
        return child<QPushButton>(d, "sendButton");
    }
    static QStringList shown(const ContactPickerDialog &dialog)
    {
        QStringList out;
        const QAbstractItemModel *model = child<QListView>(dialog, "contactList")->model();
        for (int row = 0; row < model->rowCount(); ++row)
            out.append(model->index(row, 0).data().toString());
        return out;
    }

private slots:
    void initTestCase()
    {
        uitest::isolateSettings(m_settings);
        m_server = std::make_unique<test::TestServer>();
        QVERIFY(m_server->start());
        m_alice = std::make_unique<uitest::User>(kAlice, QStringLiteral("Alice"));
        QVERIFY(m_alice->registerOn(m_server->url()));
        auto writer = m_alice->openWriter();
        QVERIFY(writer);
        QVERIFY(writer->upsertContact({kBob, QStringLiteral("Bob Builder"), true}));
        QVERIFY(writer->upsertContact({kCarol, QStringLiteral("Carol"), true}));
        QVERIFY(writer->upsertContact({kDave, QString(), false})); // not on Natter
    }

    void pickANatterContact()
    {
        ContactPickerDialog dialog(*m_alice->client);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(
            shown(dialog), (QStringList {QStringLiteral("Bob Builder"), QStringLiteral("Carol")}));
        QVERIFY(!send(dialog)->isEnabled());
        QVERIFY(dialog.vcard().isEmpty());

        QTest::keyClicks(child<QLineEdit>(dialog, "contactSearch"), QStringLiteral("caro"));
        QCOMPARE(shown(dialog), QStringList {QStringLiteral("Carol")});
        auto *list = child<QListView>(dialog, "contactList");
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
            list->visualRect(list->model()->index(0, 0)).center());
        QVERIFY(send(dialog)->isEnabled());
        QCOMPARE(child<QLabel>(dialog, "previewName")->text(), QStringLiteral("Carol"));
        QVERIFY(child<QLabel>(dialog, "previewPhones")->text().contains(kCarol));

        const QString card = dialog.vcard();
        QVERIFY2(protocol::isValidVCard(card), qPrintable(card));
        QVERIFY(card.contains(QLatin1String("VERSION:4.0\r\n")));
        QVERIFY(card.contains(QLatin1String("FN:Carol\r\n")));
        QVERIFY(card.contains(QLatin1String("TEL;TYPE=cell;VALUE=uri:tel:") + kCarol));
        QTest::mouseClick(send(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        // A search that matches nobody says so.
        ContactPickerDialog other(*m_alice->client);
        other.show();
        QTest::keyClicks(child<QLineEdit>(other, "contactSearch"), QStringLiteral("zed"));
        QVERIFY(child<QLabel>(other, "contactsEmpty")->isVisible());
        QVERIFY(child<QLabel>(other, "contactsEmpty")->text().contains(QLatin1String("zed")));
    }

    void importOneCard()
    {
        const QString path = file(QStringLiteral("forrest.vcf"),
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Gump;Forrest;;Mr.;\r\nFN:Forrest Gu\r\n mp\r\n"
            "ORG:Bubba Gump Shrimp Co.\r\nPHOTO;ENCODING=b;TYPE=JPEG:AAAA\r\n"
            "TEL;TYPE=WORK,VOICE:(111) 555-1212\r\nTEL;TYPE=CELL:+1 404 555 1212\r\n"
            "EMAIL:forrest@example.com\r\nEND:VCARD\r\n");
        ContactPickerDialog dialog(*m_alice->client);
        dialog.show();
        // "Import .vcf…" asks for the file without blocking, then reads it.
        child<QPushButton>(dialog, "importButton")->click();
        QFileDialog *open = nullptr;
        QTRY_VERIFY((open = dialog.findChild<QFileDialog *>(QStringLiteral("importFileDialog"))));
        open->selectFile(path);
        static_cast<QDialog *>(open)->accept(); // QFileDialog::accept, which is protected
        QVERIFY(send(dialog)->isEnabled());
        QVERIFY(child<QListWidget>(dialog, "cardList")->isHidden()); // one card: nothing to choose
        QCOMPARE(child<QLabel>(dialog, "previewName")->text(), QStringLiteral("Forrest Gump"));
        const QString phones = child<QLabel>(dialog, "previewPhones")->text();
        QVERIFY2(phones.contains(QLatin1String("(111) 555-1212  (work)")), qPrintable(phones));
        QVERIFY2(phones.contains(QLatin1String("+1 404 555 1212  (mobile)")), qPrintable(phones));
        const QString card = dialog.vcard();
        QVERIFY2(protocol::isValidVCard(card), qPrintable(card));
        // Only what the preview shows leaves: no photo, organisation or e-mail.
        QVERIFY(!card.contains(QLatin1String("PHOTO")));
        QVERIFY(!card.contains(QLatin1String("EMAIL")));
        const auto back = ui::parseVCard(card);
        QCOMPARE(back->name, QStringLiteral("Forrest Gump"));
        QCOMPARE(back->phones.size(), 2);
        QVERIFY(dialog.messageText().isEmpty());
    }

    void importSeveralCards()
    {
        const QString path = file(QStringLiteral("export.vcf"),
            "BEGIN:VCARD\nVERSION:4.0\nFN:Anna\nTEL;VALUE=uri:tel:+4930111\nEND:VCARD\n"
            "BEGIN:VCARD\nVERSION:4.0\nFN:Nophone Person\nEMAIL:n@example.com\nEND:VCARD\n"
            "BEGIN:VCARD\nVERSION:3.0\nFN:Zoe\nTEL:+4930333\nEND:VCARD\n");
        ContactPickerDialog dialog(*m_alice->client);
        dialog.show();
        QVERIFY(dialog.importFile(path));
        auto *cards = child<QListWidget>(dialog, "cardList");
        QVERIFY(cards->isVisible());
        QCOMPARE(cards->count(), 3);
        QCOMPARE(cards->currentRow(), 0);
        QCOMPARE(child<QLabel>(dialog, "previewName")->text(), QStringLiteral("Anna"));
        cards->setCurrentRow(1);
        QVERIFY(!send(dialog)->isEnabled());
        QVERIFY(dialog.vcard().isEmpty());
        QVERIFY2(
            dialog.messageText().contains(QStringLiteral("“Nophone Person” has no phone number")),
            qPrintable(dialog.messageText()));
        cards->setCurrentRow(2);
        QVERIFY(send(dialog)->isEnabled());
        QVERIFY(dialog.messageText().isEmpty());
        QCOMPARE(ui::parseVCard(dialog.vcard())->name, QStringLiteral("Zoe"));
        // Picking a Natter contact afterwards replaces the imported card.
        auto *list = child<QListView>(dialog, "contactList");
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
            list->visualRect(list->model()->index(0, 0)).center());
        QCOMPARE(ui::parseVCard(dialog.vcard())->name, QStringLiteral("Bob Builder"));
    }

    void refusedFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::addRow("no TEL") << QByteArray("BEGIN:VCARD\nVERSION:4.0\nFN:Lonely\nEND:VCARD\n")
                                << "“Lonely” has no phone number";
        QTest::addRow("no name") << QByteArray("BEGIN:VCARD\nVERSION:4.0\nTEL:+4930\nEND:VCARD\n")
                                 << "This contact card has no name";
        QTest::addRow("garbage") << QByteArray("\x89PNG not a card at all")
                                 << "holds no contact card";
        QTest::addRow("empty") << QByteArray() << "holds no contact card";
        QTest::addRow("none usable")
            << QByteArray("BEGIN:VCARD\nFN:A\nEND:VCARD\nBEGIN:VCARD\nTEL:1\nEND:VCARD\n")
            << "None of the 2 contacts";
        QTest::addRow("too large") << QByteArray("BEGIN:VCARD\nVERSION:4.0\nFN:Big\nTEL:1\nNOTE:")
                + QByteArray(int(ContactPickerDialog::kMaxFileBytes), 'x')
                + QByteArray("\nEND:VCARD\n")
                                   << "too large to be a contact card";
    }

    void refusedFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        const QString path = file(QStringLiteral("bad.vcf"), content);
        ContactPickerDialog dialog(*m_alice->client);
        dialog.show();
        QVERIFY(!dialog.importFile(path));
        QVERIFY(dialog.vcard().isEmpty());
        QVERIFY(!send(dialog)->isEnabled());
        QVERIFY2(dialog.messageText().contains(reason), qPrintable(dialog.messageText()));
        QVERIFY(child<QWidget>(dialog, "contactPreview")->isHidden());
    }

    void missingFile()
    {
        ContactPickerDialog dialog(*m_alice->client);
        dialog.show();
        QVERIFY(!dialog.importFile(m_files.filePath(QStringLiteral("nowhere.vcf"))));
        QVERIFY2(dialog.messageText().contains(QLatin1String("nowhere.vcf cannot be read")),
            qPrintable(dialog.messageText()));
    }

    void droppedFile()
    {
        const QString path = file(QStringLiteral("dropped.vcf"),
            "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Dropped Dora\r\nTEL:+4930999\r\nEND:VCARD\r\n");
        ContactPickerDialog dialog(*m_alice->client);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(path)});
        const QPoint at = dialog.rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&dialog, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&dialog, &drop);
        QCOMPARE(child<QLabel>(dialog, "previewName")->text(), QStringLiteral("Dropped Dora"));
        QVERIFY(send(dialog)->isEnabled());

        // Card text dragged out of an address book.
        ContactPickerDialog other(*m_alice->client);
        other.show();
        QVERIFY(QTest::qWaitForWindowExposed(&other));
        QMimeData text;
        text.setData(QStringLiteral("text/vcard"),
            "BEGIN:VCARD\nVERSION:3.0\nFN:Text Tom\nTEL:+4930888\nEND:VCARD\n");
        QDragEnterEvent textEnter(at, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&other, &textEnter);
        QVERIFY(textEnter.isAccepted());
        QDropEvent textDrop(QPointF(at), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&other, &textDrop);
        QVERIFY2(!other.vcard().isEmpty(), qPrintable(other.messageText()));
        QCOMPARE(ui::parseVCard(other.vcard())->name, QStringLiteral("Text Tom"));
    }

    void noAccountNoContacts()
    {
        QTemporaryDir data;
        client::ChatClient offline(data.path(), nullptr, QStringLiteral("natter-test-ui-picker"));
        ContactPickerDialog dialog(offline);
        dialog.show();
        QVERIFY(child<QLabel>(dialog, "contactsEmpty")->isVisible());
        QVERIFY(child<QLineEdit>(dialog, "contactSearch")->isHidden());
        QVERIFY(child<QPushButton>(dialog, "importButton")->isEnabled());
    }

    void cleanupTestCase()
    {
        m_alice.reset();
        m_server.reset();
    }
};

QTEST_MAIN(TestContactPickerDialog)
#include "TestContactPickerDialog.moc"
