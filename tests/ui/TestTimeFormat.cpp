// How times and dates read in the chat list, the date separators and the header.
#include "ui/TimeFormat.h"

#include <QLocale>
#include <QTest>

using namespace natter::ui;

class TestTimeFormat : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_now {QDate(2024, 3, 14), QTime(15, 30)}; // a Thursday

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void messageTimeHasNoSeconds()
    {
        QCOMPARE(timeformat::messageTime(QDateTime(QDate(2024, 3, 14), QTime(9, 5, 42))),
            QStringLiteral("09:05"));
        QLocale::setDefault(QLocale::c());
        QVERIFY(!timeformat::messageTime(QDateTime(QDate(2024, 3, 14), QTime(9, 5, 42)))
                     .contains(QStringLiteral("42")));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void listTime_data()
    {
        QTest::addColumn<QDateTime>("time");
        QTest::addColumn<QString>("expected");
        QTest::addRow("today") << QDateTime(QDate(2024, 3, 14), QTime(8, 2))
                               << QStringLiteral("08:02");
        QTest::addRow("yesterday")
            << QDateTime(QDate(2024, 3, 13), QTime(23, 59)) << QStringLiteral("Yesterday");
        QTest::addRow("this week")
            << QDateTime(QDate(2024, 3, 9), QTime(12, 0)) << QStringLiteral("Saturday");
        QTest::addRow("older") << QDateTime(QDate(2024, 3, 7), QTime(12, 0))
                               << QStringLiteral("07/03/2024");
        QTest::addRow("none") << QDateTime() << QString();
    }
    void listTime()
    {
        QFETCH(QDateTime, time);
        QFETCH(QString, expected);
        QCOMPARE(timeformat::listTime(time, m_now), expected);
    }

    void daySeparator_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("expected");
        QTest::addRow("today") << QDate(2024, 3, 14) << QStringLiteral("Today");
        QTest::addRow("yesterday") << QDate(2024, 3, 13) << QStringLiteral("Yesterday");
        QTest::addRow("weekday") << QDate(2024, 3, 11) << QStringLiteral("Monday");
        QTest::addRow("this year") << QDate(2024, 1, 2) << QStringLiteral("2 January");
        QTest::addRow("last year")
            << QDate(2023, 12, 24) << QStringLiteral("Sunday, 24 December 2023");
    }
    void daySeparator()
    {
        QFETCH(QDate, day);
        QFETCH(QString, expected);
        QCOMPARE(timeformat::daySeparator(day, m_now.date()), expected);
    }

    void daySeparatorInOtherLocales()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(
            timeformat::daySeparator(QDate(2024, 1, 2), m_now.date()), QStringLiteral("January 2"));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(
            timeformat::daySeparator(QDate(2024, 1, 2), m_now.date()), QStringLiteral("2. Januar"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void lastSeen()
    {
        QCOMPARE(timeformat::lastSeen(QDateTime(QDate(2024, 3, 14), QTime(14, 2)), m_now),
            QStringLiteral("last seen today at 14:02"));
        QCOMPARE(timeformat::lastSeen(QDateTime(QDate(2024, 3, 13), QTime(9, 0)), m_now),
            QStringLiteral("last seen yesterday at 09:00"));
        QCOMPARE(timeformat::lastSeen(QDateTime(QDate(2024, 2, 1), QTime(9, 0)), m_now),
            QStringLiteral("last seen 01/02/2024 at 09:00"));
    }
};

QTEST_MAIN(TestTimeFormat)
#include "TestTimeFormat.moc"
