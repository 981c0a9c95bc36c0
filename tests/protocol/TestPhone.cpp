// Phone numbers: what E.164 accepts, and how typed numbers are normalised into it.
#include "protocol/Phone.h"

#include <QTest>

using namespace natter::protocol;
using namespace Qt::StringLiterals;

class TestPhone : public QObject
{
    Q_OBJECT

private slots:
    void isValidPhone_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<bool>("valid");
        QTest::addRow("German mobile") << u"+4915112345678"_s << true;
        QTest::addRow("US number") << u"+14155550123"_s << true;
        QTest::addRow("7 digits, the shortest") << u"+1234567"_s << true;
        QTest::addRow("15 digits, the longest") << u"+123456789012345"_s << true;
        QTest::addRow("zeros after the country digit") << u"+1000000"_s << true;

        QTest::addRow("empty") << QString() << false;
        QTest::addRow("only +") << u"+"_s << false;
        QTest::addRow("no +") << u"4915112345678"_s << false;
        QTest::addRow("00 instead of +") << u"004915112345678"_s << false;
        QTest::addRow("leading 0 after +") << u"+04915112345678"_s << false;
        QTest::addRow("6 digits, too short") << u"+123456"_s << false;
        QTest::addRow("16 digits, too long") << u"+1234567890123456"_s << false;
        QTest::addRow("letters") << u"+49151ABC45678"_s << false;
        QTest::addRow("letter at the end") << u"+4915112345678x"_s << false;
        QTest::addRow("space") << u"+49 15112345678"_s << false;
        QTest::addRow("dash") << u"+49-15112345678"_s << false;
        QTest::addRow("parentheses") << u"+49(151)12345678"_s << false;
        QTest::addRow("two +") << u"++4915112345678"_s << false;
        QTest::addRow("+ in the middle") << u"+4915+112345678"_s << false;
        QTest::addRow("leading space") << u" +4915112345678"_s << false;
        QTest::addRow("trailing newline") << u"+4915112345678\n"_s << false;
        QTest::addRow("full-width digits") << u"+４９１５１１２３４５６７８"_s << false;
        QTest::addRow("Arabic-Indic digits") << u"+٤٩١٥١١٢٣٤٥٦٧٨"_s << false;
        QTest::addRow("superscript digit") << u"+4915112345678²"_s << false;
    }
    void isValidPhone()
    {
        QFETCH(QString, phone);
        QFETCH(bool, valid);
        QCOMPARE(natter::protocol::isValidPhone(phone), valid);
    }

    void normalizePhone_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("normalized");
        QTest::addRow("already E.164") << u"+4915112345678"_s << u"+4915112345678"_s;
        QTest::addRow("spaces and dash") << u"+49 151 1234-5678"_s << u"+4915112345678"_s;
        QTest::addRow("US style") << u"+1 (415) 555-0123"_s << u"+14155550123"_s;
        QTest::addRow("dots") << u"+49.151.12345678"_s << u"+4915112345678"_s;
        QTest::addRow("surrounding whitespace") << u" \t+4915112345678 \n"_s << u"+4915112345678"_s;
        QTest::addRow("shortest after cleaning") << u"+1 234-567"_s << u"+1234567"_s;
        QTest::addRow("longest after cleaning")
            << u"+123 456 789 012 345"_s << u"+123456789012345"_s;

        QTest::addRow("empty") << QString() << QString();
        QTest::addRow("only separators") << u" - . ( ) "_s << QString();
        QTest::addRow("(0049) prefix") << u"(0049) 151 12345678"_s << QString();
        QTest::addRow("national format") << u"0151 12345678"_s << QString();
        QTest::addRow("+0 country code") << u"+0 151 12345678"_s << QString();
        QTest::addRow("letters") << u"+49 151 ABC 5678"_s << QString();
        QTest::addRow("slash is not a separator") << u"+49/151/12345678"_s << QString();
        QTest::addRow("tab inside") << u"+49\t15112345678"_s << QString();
        QTest::addRow("too long after cleaning") << u"+49 151 1234 5678 9012"_s << QString();
        QTest::addRow("too short after cleaning") << u"+1 23-45"_s << QString();
        QTest::addRow("+ not at the start") << u"49 +151 12345678"_s << QString();
    }
    void normalizePhone()
    {
        QFETCH(QString, typed);
        QFETCH(QString, normalized);
        const QString result = natter::protocol::normalizePhone(typed);
        QCOMPARE(result, normalized);
        // Whatever comes out is valid E.164, or nothing.
        QVERIFY(result.isEmpty() || natter::protocol::isValidPhone(result));
        QCOMPARE(natter::protocol::normalizePhone(result), result);
    }
};

QTEST_GUILESS_MAIN(TestPhone)
#include "TestPhone.moc"
