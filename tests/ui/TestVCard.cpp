// Contact cards as phones and address books write them: vCard 2.1, 3.0 and 4.0, folded lines,
// escapes, grouped properties, files with several cards, and text that is no card at all; and
// the cards Natter writes, which its own parser and the protocol's check must accept.
#include "protocol/MessageContent.h"
#include "ui/dialogs/VCard.h"

#include <QTest>

using natter::ui::makeVCard;
using natter::ui::parseVCard;
using natter::ui::parseVCardPhones;
using natter::ui::splitVCards;
using natter::ui::vCardFileText;
using natter::ui::VCardInfo;
using natter::ui::VCardPhone;

Q_DECLARE_METATYPE(std::optional<VCardInfo>)

namespace {
QString crlf(QString text)
{
    return text.replace(QLatin1String("\n"), QLatin1String("\r\n"));
}
} // namespace

class TestVCard : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<std::optional<VCardInfo>>("expected");
        auto info = [](const QString &name, const QStringList &phones) {
            return std::optional<VCardInfo>(VCardInfo {name, phones});
        };

        QTest::addRow("4.0 with tel URI")
            << crlf(QStringLiteral("BEGIN:VCARD\nVERSION:4.0\nFN:Anna Schmidt\n"
                                   "TEL;VALUE=uri;TYPE=cell:tel:+49-151-4000-0001\nEND:VCARD\n"))
            << info(QStringLiteral("Anna Schmidt"), {QStringLiteral("+49-151-4000-0001")});
        QTest::addRow("4.0 quoted type list and extension") << QStringLiteral(
            "BEGIN:VCARD\nVERSION:4.0\nFN:Ben\n"
            "TEL;VALUE=uri;PREF=1;TYPE=\"voice,home\":tel:+1-555-555-5555;ext=5555\n"
            "END:VCARD") << info(QStringLiteral("Ben"), {QStringLiteral("+1-555-555-5555")});
        QTest::addRow("3.0 with types and N")
            << crlf(QStringLiteral("BEGIN:VCARD\nVERSION:3.0\nN:Gump;Forrest;;Mr.;\n"
                                   "FN:Forrest Gump\nORG:Bubba Gump Shrimp Co.\n"
                                   "TEL;TYPE=WORK,VOICE:(111) 555-1212\n"
                                   "TEL;TYPE=HOME,VOICE:(404) 555-1212\nEND:VCARD\n"))
            << info(QStringLiteral("Forrest Gump"),
                   {QStringLiteral("(111) 555-1212"), QStringLiteral("(404) 555-1212")});
        QTest::addRow("3.0 name only in N")
            << QStringLiteral("BEGIN:VCARD\nVERSION:3.0\nN:Doe;John;Quincy;Dr.;Jr.\n"
                              "TEL:+44 20 7946 0000\nEND:VCARD\n")
            << info(
                   QStringLiteral("Dr. John Quincy Doe Jr."), {QStringLiteral("+44 20 7946 0000")});
        QTest::addRow("folded lines (space and tab)")
            << crlf(
                   QStringLiteral("BEGIN:VCARD\nVERSION:4.0\nFN:Maximilian Alexander von\n"
                                  "  Hohenberg-Lichtenstein\nTEL;VALUE=uri:tel:+4915\n\t140000009\n"
                                  "END:VCARD\n"))
            << info(QStringLiteral("Maximilian Alexander von Hohenberg-Lichtenstein"),
                   {QStringLiteral("+4915140000009")});
        QTest::addRow("escapes in FN")
            << QStringLiteral(
                   "BEGIN:VCARD\nVERSION:3.0\nFN:Smith\\, Jane\\; PhD\nTEL:123\nEND:VCARD")
            << info(QStringLiteral("Smith, Jane; PhD"), {QStringLiteral("123")});
        QTest::addRow("Apple item groups")
            << crlf(QStringLiteral("BEGIN:VCARD\nVERSION:3.0\nFN:Chloé Dubois\n"
                                   "item1.TEL;type=pref:+33 6 12 34 56 78\n"
                                   "item1.X-ABLabel:_$!<Mobile>!$_\nEND:VCARD\n"))
            << info(QStringLiteral("Chloé Dubois"), {QStringLiteral("+33 6 12 34 56 78")});
        QTest::addRow("2.1 quoted-printable with soft break")
            << crlf(QStringLiteral(
                   "BEGIN:VCARD\nVERSION:2.1\n"
                   "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BC=\n"
                   "ller\nTEL;CELL;VOICE:+49 170 1234567\nEND:VCARD\n"))
            << info(QStringLiteral("Jürgen Müller"), {QStringLiteral("+49 170 1234567")});
        QTest::addRow("lower-case keywords, LF only")
            << QStringLiteral(
                   "begin:vcard\nversion:4.0\nfn:lower case\ntel:+1 202 555 0100\nend:vcard\n")
            << info(QStringLiteral("lower case"), {QStringLiteral("+1 202 555 0100")});
        QTest::addRow("no TEL") << QStringLiteral(
            "BEGIN:VCARD\nVERSION:4.0\nFN:No Phone\nEND:VCARD")
                                << info(QStringLiteral("No Phone"), {});
        QTest::addRow("no name") << QStringLiteral(
            "BEGIN:VCARD\nVERSION:4.0\nTEL:+4915140000001\nEND:VCARD")
                                 << info(QString(), {QStringLiteral("+4915140000001")});
        QTest::addRow("empty TEL ignored")
            << QStringLiteral("BEGIN:VCARD\nVERSION:4.0\nFN:X\nTEL:\nTEL;VALUE=uri:tel:\nEND:VCARD")
            << info(QStringLiteral("X"), {});
        QTest::addRow("first of several cards")
            << QStringLiteral("BEGIN:VCARD\nVERSION:4.0\nFN:First\nTEL:1\nEND:VCARD\n"
                              "BEGIN:VCARD\nVERSION:4.0\nFN:Second\nTEL:2\nEND:VCARD\n")
            << info(QStringLiteral("First"), {QStringLiteral("1")});
        QTest::addRow("nested AGENT card skipped")
            << QStringLiteral("BEGIN:VCARD\nVERSION:2.1\nFN:Boss\nTEL:1\nAGENT:\nBEGIN:VCARD\n"
                              "FN:Assistant\nTEL:2\nEND:VCARD\nEND:VCARD\n")
            << info(QStringLiteral("Boss"), {QStringLiteral("1")});
        QTest::addRow("garbage") << QStringLiteral("hello world\nthis is not a card")
                                 << std::optional<VCardInfo>();
        QTest::addRow("empty") << QString() << std::optional<VCardInfo>();
        QTest::addRow("never ends")
            << QStringLiteral("BEGIN:VCARD\nVERSION:4.0\nFN:Cut off\nTEL:1\n")
            << std::optional<VCardInfo>();
        QTest::addRow("binary junk")
            << QString::fromLatin1("\x01\x02\xff\xfe:;;::\\\n\n") << std::optional<VCardInfo>();
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(std::optional<VCardInfo>, expected);
        const auto parsed = parseVCard(text);
        QCOMPARE(parsed.has_value(), expected.has_value());
        if (expected) {
            QCOMPARE(parsed->name, expected->name);
            QCOMPARE(parsed->phones, expected->phones);
        }
    }

    void phoneTypes()
    {
        const QString card = QStringLiteral("BEGIN:VCARD\nVERSION:3.0\nFN:T\nTEL;TYPE=CELL,VOICE,"
                                            "PREF:+1\nTEL;TYPE=work;TYPE=fax:+2\n"
                                            "TEL;HOME:+3\nTEL;VALUE=uri;TYPE=\"voice,home\":tel:+"
                                            "4\nTEL;TYPE=x-custom:+5\nEND:VCARD");
        const QList<VCardPhone> expected {{QStringLiteral("+1"), {QStringLiteral("cell")}},
            {QStringLiteral("+2"), {QStringLiteral("work"), QStringLiteral("fax")}},
            {QStringLiteral("+3"), {QStringLiteral("home")}},
            {QStringLiteral("+4"), {QStringLiteral("home")}}, {QStringLiteral("+5"), {}}};
        QCOMPARE(parseVCardPhones(card), expected);
        QVERIFY(parseVCardPhones(QStringLiteral("not a card")).isEmpty());
    }

    void split()
    {
        const QString file = crlf(QStringLiteral(
            "junk before\nBEGIN:VCARD\nVERSION:3.0\nFN:One\nTEL:1\nEND:VCARD\n\n"
            "BEGIN:VCARD\nVERSION:4.0\nFN:Two\nAGENT:\nBEGIN:VCARD\nFN:Inner\nEND:VCARD\nTEL:2\n"
            "END:VCARD\nbetween\nBEGIN:VCARD\nVERSION:4.0\nFN:Three\n TEL folded into FN\n"
            "TEL:3\nEND:VCARD\nBEGIN:VCARD\nFN:Unfinished\n"));
        const QList<QString> cards = splitVCards(file);
        QCOMPARE(cards.size(), 3);
        QCOMPARE(parseVCard(cards.at(0))->name, QStringLiteral("One"));
        QCOMPARE(parseVCard(cards.at(1))->name, QStringLiteral("Two"));
        QCOMPARE(parseVCard(cards.at(1))->phones, QStringList {QStringLiteral("2")});
        QCOMPARE(parseVCard(cards.at(2))->name, QStringLiteral("ThreeTEL folded into FN"));
        QVERIFY(cards.at(0).startsWith(QLatin1String("BEGIN:VCARD\r\n")));
        QVERIFY(cards.at(0).endsWith(QLatin1String("END:VCARD\r\n")));
        QVERIFY(splitVCards(QStringLiteral("nothing here")).isEmpty());
        QVERIFY(splitVCards(QString()).isEmpty());
    }

    void make_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("phones");
        QTest::addRow("e164") << QStringLiteral("Anna Schmidt")
                              << QStringList {QStringLiteral("+4915140000001")};
        QTest::addRow("several, spaced")
            << QStringLiteral("Bob")
            << QStringList {QStringLiteral("+49 151 40000002"), QStringLiteral("(040) 123-456")};
        QTest::addRow("special characters")
            << QStringLiteral("Smith, Jane; \\o/ — 李小龍 🙂")
            << QStringList {QStringLiteral("+861012345678")};
        QTest::addRow("long name is folded")
            << QStringLiteral("Ä").repeated(60) + QStringLiteral(" Long Name")
            << QStringList {QStringLiteral("+4915140000001")};
    }

    void make()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, phones);
        const QString card = makeVCard(name, phones);
        QVERIFY2(natter::protocol::isValidVCard(card), qPrintable(card));
        QVERIFY(card.startsWith(QLatin1String("BEGIN:VCARD\r\nVERSION:4.0\r\n")));
        QVERIFY(card.contains(QLatin1String("\r\nTEL")));
        for (const QString &line : card.split(QLatin1String("\r\n")))
            QVERIFY2(line.toUtf8().size() <= 75, qPrintable(line));
        const auto back = parseVCard(card);
        QVERIFY(back);
        QCOMPARE(back->name, name);
        QStringList expected = phones;
        for (QString &phone : expected) {
            if (phone.startsWith(u'+'))
                phone.replace(u' ', u'-');
        }
        QCOMPARE(back->phones, expected);
    }

    void makeWithTypes()
    {
        const QString card = makeVCard(QStringLiteral("T"),
            QList<VCardPhone> {{QStringLiteral("+4915140000001"), {QStringLiteral("cell")}},
                {QStringLiteral("+4930123456"), {QStringLiteral("work"), QStringLiteral("fax")}}});
        QVERIFY(card.contains(QLatin1String("TEL;TYPE=cell;VALUE=uri:tel:+4915140000001\r\n")));
        QCOMPARE(parseVCardPhones(card).at(1).types,
            (QStringList {QStringLiteral("work"), QStringLiteral("fax")}));
    }

    void fileText()
    {
        QCOMPARE(vCardFileText(QByteArray("\xEF\xBB\xBF"
                                          "FN:J\xC3\xBCrgen")),
            QStringLiteral("FN:Jürgen"));
        // Not UTF-8: read as Latin-1 (old exports).
        QCOMPARE(vCardFileText(QByteArray("FN:J\xFCrgen")), QStringLiteral("FN:Jürgen"));
    }
};

QTEST_GUILESS_MAIN(TestVCard)
#include "TestVCard.moc"
