// ErrorCode wire names: a contract with every client ever shipped (append-only).
#include "protocol/ErrorCode.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace natter::protocol;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(natter::protocol::ErrorCode)

namespace {
// Every code this build knows: the enum is append-only and toWireName falls back to
// "internal" past its end, so walking until that fallback finds codes appended later too.
QList<ErrorCode> allCodes()
{
    QList<ErrorCode> codes;
    for (int i = 0; i < 1000; ++i) {
        const auto code = ErrorCode(i);
        if (code != ErrorCode::Internal && toWireName(code) == u"internal"_s)
            break;
        codes.append(code);
    }
    return codes;
}
} // namespace

class TestErrorCode : public QObject
{
    Q_OBJECT

private slots:
    void everyCodeKnown() { QVERIFY(allCodes().size() >= int(ErrorCode::Expired) + 1); }

    void everyCodeHasAUniqueWireNameThatRoundTrips()
    {
        const QRegularExpression snakeCase(u"^[a-z]+(_[a-z]+)*$"_s);
        QSet<QString> seen;
        for (const ErrorCode code : allCodes()) {
            const QString name = toWireName(code);
            QVERIFY2(snakeCase.match(name).hasMatch(), qPrintable(name));
            QVERIFY2(!seen.contains(name), qPrintable(u"duplicate wire name "_s + name));
            seen.insert(name);
            ErrorCode back
                = code == ErrorCode::BadFrame ? ErrorCode::Internal : ErrorCode::BadFrame;
            QVERIFY2(fromWireName(name, &back), qPrintable(name));
            QCOMPARE(back, code);
        }
    }

    // The names are on the wire: renaming one breaks shipped clients.
    void wireNamesAreStable_data()
    {
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("name");
        const std::pair<ErrorCode, const char *> names[] {
            {ErrorCode::BadFrame, "bad_frame"},
            {ErrorCode::UnknownType, "unknown_type"},
            {ErrorCode::BadField, "bad_field"},
            {ErrorCode::TooLarge, "too_large"},
            {ErrorCode::UnsupportedVersion, "unsupported_version"},
            {ErrorCode::HelloRequired, "hello_required"},
            {ErrorCode::NotAuthenticated, "not_authenticated"},
            {ErrorCode::AlreadyAuthenticated, "already_authenticated"},
            {ErrorCode::BadCredentials, "bad_credentials"},
            {ErrorCode::BadToken, "bad_token"},
            {ErrorCode::PhoneTaken, "phone_taken"},
            {ErrorCode::InvalidPhone, "invalid_phone"},
            {ErrorCode::UnknownUser, "unknown_user"},
            {ErrorCode::NotFound, "not_found"},
            {ErrorCode::UnexpectedBinary, "unexpected_binary"},
            {ErrorCode::NotSupported, "not_supported"},
            {ErrorCode::RateLimited, "rate_limited"},
            {ErrorCode::Internal, "internal"},
            {ErrorCode::InvalidName, "invalid_name"},
            {ErrorCode::WeakPassword, "weak_password"},
            {ErrorCode::HashMismatch, "hash_mismatch"},
            {ErrorCode::KindMismatch, "kind_mismatch"},
            {ErrorCode::StorageFailed, "storage_failed"},
            {ErrorCode::Expired, "expired"},
        };
        for (const auto &[code, name] : names)
            QTest::addRow("%s", name) << code << QString::fromLatin1(name);
    }
    void wireNamesAreStable()
    {
        QFETCH(ErrorCode, code);
        QFETCH(QString, name);
        QCOMPARE(toWireName(code), name);
    }

    // Append-only: the numeric values of the first codes never move.
    void enumValuesAreStable()
    {
        QCOMPARE(int(ErrorCode::BadFrame), 0);
        QCOMPARE(int(ErrorCode::Internal), 17);
        QCOMPARE(int(ErrorCode::WeakPassword), 19);
        QCOMPARE(int(ErrorCode::HashMismatch), 20);
        QCOMPARE(int(ErrorCode::Expired), 23);
    }

    void unknownNamesAreRejected_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addRow("empty") << QString();
        QTest::addRow("unknown") << u"no_such_error"_s;
        QTest::addRow("upper case") << u"BAD_FRAME"_s;
        QTest::addRow("camel case") << u"badFrame"_s;
        QTest::addRow("enum spelling") << u"BadFrame"_s;
        QTest::addRow("leading space") << u" bad_frame"_s;
        QTest::addRow("trailing space") << u"bad_frame "_s;
        QTest::addRow("dash instead of underscore") << u"bad-frame"_s;
        QTest::addRow("prefix of a name") << u"bad"_s;
        QTest::addRow("name with a suffix") << u"internal2"_s;
        QTest::addRow("number") << u"0"_s;
    }
    void unknownNamesAreRejected()
    {
        QFETCH(QString, name);
        ErrorCode code = ErrorCode::RateLimited;
        QVERIFY(!fromWireName(name, &code));
    }

    void outOfRangeCodeReadsAsInternal() { QCOMPARE(toWireName(ErrorCode(9999)), u"internal"_s); }
};

QTEST_GUILESS_MAIN(TestErrorCode)
#include "TestErrorCode.moc"
