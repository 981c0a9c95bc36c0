// The location dialog as a user drives it: typed coordinates (checked as typed), pasted
// links and coordinates, a place name and caption, Send only with a valid position, and
// "Use my current location" ending in a position or a plain sentence within its timeout,
// never hanging. The current location comes from Qt's own NMEA position source replaying
// recorded GPS sentences (also through Qt's nmea plugin, as NATTER_NMEA_SOURCE sets it up),
// or from the system's default source.
#include "ui/dialogs/LocationDialog.h"

#include <QBuffer>
#include <QGeoPositionInfoSource>
#include <QLabel>
#include <QLineEdit>
#include <QNmeaPositionInfoSource>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>

#include <cmath>
#include <memory>

using natter::ui::LocationDialog;

namespace {

// A GPS receiver's fix in central Berlin, 52.5200 N 13.4050 E, with an HDOP of 1.2, recorded
// as a receiver sends it (RMC first: it carries the date).
const QByteArray kBerlinFix = QByteArrayLiteral(
    "$GPRMC,120000.00,A,5231.2000,N,01324.3000,E,0.0,0.0,281126,,,A*53\r\n"
    "$GPGGA,120000.00,5231.2000,N,01324.3000,E,1,08,1.2,34.0,M,39.0,M,,*59\r\n");
// A receiver indoors: time and date, but no fix.
const QByteArray kNoFix = QByteArrayLiteral("$GPRMC,120001.00,V,,,,,,,281126,,,N*71\r\n"
                                            "$GPGGA,120001.00,,,,,0,00,99.99,,,,,,*64\r\n");
constexpr double kHdop = 1.2;
constexpr double kUere = 5.1; // what the dialog sets for a receiver from NATTER_NMEA_SOURCE

// Qt's NMEA position source reading `sentences` from a buffer it owns.
QNmeaPositionInfoSource *nmeaSource(
    QObject *parent, QNmeaPositionInfoSource::UpdateMode mode, const QByteArray &sentences)
{
    auto *source = new QNmeaPositionInfoSource(mode, parent);
    auto *buffer = new QBuffer(source);
    buffer->setData(sentences);
    buffer->open(QIODevice::ReadOnly);
    source->setDevice(buffer);
    return source;
}

// NATTER_NMEA_SOURCE set until the returned guard goes.
auto nmeaVariable(const QString &value)
{
    qputenv(LocationDialog::kNmeaSourceVariable, value.toUtf8());
    return qScopeGuard([] { qunsetenv(LocationDialog::kNmeaSourceVariable); });
}

} // namespace

class TestLocationDialog : public QObject
{
    Q_OBJECT

private:
    template<typename T> static T *child(const LocationDialog &dialog, const char *name)
    {
        auto *widget = dialog.findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    static QPushButton *send(const LocationDialog &d)
    {
        return child<QPushButton>(d, "sendButton");
    }
    static void type(QLineEdit *edit, const QString &text)
    {
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    static QString status(const LocationDialog &d)
    {
        return child<QLabel>(d, "currentLocationStatus")->text();
    }
    static QPushButton *locate(const LocationDialog &d)
    {
        return child<QPushButton>(d, "currentLocationButton");
    }
    static void clickLocate(const LocationDialog &d)
    {
        QTest::mouseClick(locate(d), Qt::LeftButton);
    }
    // What the latitude and longitude fields show, "latitude | longitude".
    static QString fields(const LocationDialog &d)
    {
        return child<QLineEdit>(d, "latitudeEdit")->text() + QLatin1String(" | ")
            + child<QLineEdit>(d, "longitudeEdit")->text();
    }
    // The dialog waits for a position and shows it.
    static void verifyWaiting(const LocationDialog &d)
    {
        QVERIFY(d.isLocating());
        QVERIFY(!locate(d)->isEnabled());
        QCOMPARE(locate(d)->text(), QStringLiteral("Finding your location…"));
        QVERIFY(child<QProgressBar>(d, "locatingIndicator")->isVisible());
        QVERIFY(!send(d)->isEnabled());
    }
    // The fields and the answer show the Berlin fix; Send sends it.
    static void verifyBerlin(LocationDialog &d, std::optional<double> accuracy)
    {
        QCOMPARE(fields(d), QStringLiteral("52.52 | 13.405"));
        QVERIFY(child<QLabel>(d, "currentLocationStatus")->isVisible());
        const QString summary = child<QLabel>(d, "locationSummary")->text();
        QVERIFY2(summary.contains(QLatin1String("52.52000, 13.40500")), qPrintable(summary));
        if (accuracy) {
            const QString within = QStringLiteral("within %1 m").arg(qRound(*accuracy));
            QCOMPARE(status(d), QStringLiteral("Found your location (%1).").arg(within));
            QVERIFY2(summary.contains(within), qPrintable(summary));
        } else {
            QCOMPARE(status(d), QStringLiteral("Found your location."));
        }
        QVERIFY(locate(d)->isEnabled());
        QCOMPARE(locate(d)->text(), QStringLiteral("Use my current location"));
        QVERIFY(child<QProgressBar>(d, "locatingIndicator")->isHidden());
        QVERIFY(send(d)->isEnabled());
        QTest::mouseClick(send(d), Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QVERIFY(std::abs(d.location().latitude - 52.52) < 1e-9);
        QVERIFY(std::abs(d.location().longitude - 13.405) < 1e-9);
        QCOMPARE(d.location().accuracy.has_value(), accuracy.has_value());
        if (accuracy)
            QVERIFY(std::abs(*d.location().accuracy - *accuracy) < 1e-6);
    }

private slots:
    void initTestCase()
    {
        // Qt Positioning hides the plugins not marked testable (nmea, geoclue2) from programs
        // that Qt Test runs; this test wants them as the app sees them. Qt reads the variable
        // once, at the first use of a position source.
        qunsetenv("QT_QTESTLIB_RUNNING");
        QVERIFY2(QGeoPositionInfoSource::availableSources().contains(QLatin1String("nmea")),
            "Qt's nmea position plugin is missing (Debian: libqt6positioning6-plugins)");
    }

    void emptyDialogCannotSend()
    {
        LocationDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.hasLocation());
        QVERIFY(!send(dialog)->isEnabled());
        QTest::keyClick(&dialog, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
    }

    void typedCoordinates()
    {
        LocationDialog dialog;
        dialog.show();
        auto *lat = child<QLineEdit>(dialog, "latitudeEdit");
        auto *lon = child<QLineEdit>(dialog, "longitudeEdit");
        auto *error = child<QLabel>(dialog, "coordinatesError");
        type(lat, QStringLiteral("48.8584"));
        QVERIFY(!send(dialog)->isEnabled()); // the longitude is missing
        QVERIFY(error->isHidden());
        type(lon, QStringLiteral("2,2945")); // a decimal comma is fine in one field
        QVERIFY(send(dialog)->isEnabled());
        QCOMPARE(dialog.location().latitude, 48.8584);
        QCOMPARE(dialog.location().longitude, 2.2945);
        QVERIFY(!dialog.location().accuracy);
        QVERIFY(child<QLabel>(dialog, "locationSummary")
                    ->text()
                    .contains(QLatin1String("48.85840, 2.29450")));

        type(child<QLineEdit>(dialog, "labelEdit"), QStringLiteral("Eiffel Tower"));
        type(child<QLineEdit>(dialog, "captionEdit"), QStringLiteral(" Meet here "));
        QTest::mouseClick(send(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.location().label, QStringLiteral("Eiffel Tower"));
        QCOMPARE(dialog.caption(), QStringLiteral("Meet here"));
    }

    void invalidTypedInput_data()
    {
        QTest::addColumn<QString>("latitude");
        QTest::addColumn<QString>("longitude");
        QTest::addColumn<QString>("message");
        QTest::addRow("latitude over 90") << "90.5"
                                          << "10"
                                          << "latitude must be a number from −90 to 90";
        QTest::addRow("latitude under -90") << "-91"
                                            << "10"
                                            << "latitude";
        QTest::addRow("longitude over 180") << "10"
                                            << "180.01"
                                            << "longitude must be a number from −180 to 180";
        QTest::addRow("letters") << "abc"
                                 << "10"
                                 << "latitude";
        QTest::addRow("nan") << "nan"
                             << "10"
                             << "latitude";
        QTest::addRow("inf") << "10"
                             << "inf"
                             << "longitude";
        QTest::addRow("exponent") << "1e1"
                                  << "10"
                                  << "latitude";
        QTest::addRow("two points") << "1.2.3"
                                    << "10"
                                    << "latitude";
    }

    void invalidTypedInput()
    {
        QFETCH(QString, latitude);
        QFETCH(QString, longitude);
        QFETCH(QString, message);
        LocationDialog dialog;
        dialog.show();
        type(child<QLineEdit>(dialog, "latitudeEdit"), latitude);
        type(child<QLineEdit>(dialog, "longitudeEdit"), longitude);
        QVERIFY(!send(dialog)->isEnabled());
        QVERIFY(!dialog.hasLocation());
        auto *error = child<QLabel>(dialog, "coordinatesError");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(message, Qt::CaseInsensitive), qPrintable(error->text()));
        // Fixing it enables Send.
        type(child<QLineEdit>(dialog, "latitudeEdit"), QStringLiteral("1"));
        type(child<QLineEdit>(dialog, "longitudeEdit"), QStringLiteral("2"));
        QVERIFY(error->isHidden());
        QVERIFY(send(dialog)->isEnabled());
    }

    void pastedLinks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<QString>("label");
        QTest::addRow("geo with accuracy")
            << "geo:52.5163,13.3777;u=30" << 52.5163 << 13.3777 << "";
        QTest::addRow("osm")
            << "https://www.openstreetmap.org/?mlat=47.3769&mlon=8.5417#map=15/47.3769/8.5417"
            << 47.3769 << 8.5417 << "";
        QTest::addRow("google place")
            << "https://www.google.com/maps/place/Colosseo/@41.8902102,12.4922309,17z" << 41.8902102
            << 12.4922309 << "Colosseo";
        QTest::addRow("plain") << "-33.8568, 151.2153" << -33.8568 << 151.2153 << "";
    }

    void pastedLinks()
    {
        QFETCH(QString, text);
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(QString, label);
        LocationDialog dialog;
        dialog.show();
        auto *paste = child<QLineEdit>(dialog, "pasteEdit");
        paste->setFocus();
        paste->insert(text); // as a paste does
        QVERIFY(send(dialog)->isEnabled());
        QVERIFY(std::abs(dialog.location().latitude - lat) < 1e-6);
        QVERIFY(std::abs(dialog.location().longitude - lon) < 1e-6);
        QCOMPARE(dialog.location().label, label);
        QCOMPARE(child<QLineEdit>(dialog, "labelEdit")->text(), label);
        // The fields show what was found.
        QCOMPARE(child<QLineEdit>(dialog, "latitudeEdit")->text().toDouble(), lat);
        QCOMPARE(child<QLineEdit>(dialog, "longitudeEdit")->text().toDouble(), lon);
        QVERIFY(child<QLabel>(dialog, "pasteStatus")->text().startsWith(QLatin1String("Found")));
    }

    void pastedAccuracyUntilEdited()
    {
        LocationDialog dialog;
        dialog.show();
        child<QLineEdit>(dialog, "pasteEdit")->insert(QStringLiteral("geo:1.5,2.5;u=40"));
        QCOMPARE(dialog.location().accuracy, std::optional<double>(40));
        QVERIFY(child<QLabel>(dialog, "locationSummary")
                    ->text()
                    .contains(QLatin1String("within 40 m")));
        // A typed change is no longer the measured position.
        QTest::keyClick(child<QLineEdit>(dialog, "latitudeEdit"), Qt::Key_End);
        QTest::keyClick(child<QLineEdit>(dialog, "latitudeEdit"), Qt::Key_1);
        QVERIFY(!dialog.location().accuracy);
        QVERIFY(send(dialog)->isEnabled());
    }

    void coordinatesPastedIntoLatitudeField()
    {
        LocationDialog dialog;
        dialog.show();
        child<QLineEdit>(dialog, "latitudeEdit")->insert(QStringLiteral("40.6892, -74.0445"));
        QCOMPARE(child<QLineEdit>(dialog, "latitudeEdit")->text(), QStringLiteral("40.6892"));
        QCOMPARE(child<QLineEdit>(dialog, "longitudeEdit")->text(), QStringLiteral("-74.0445"));
        QVERIFY(send(dialog)->isEnabled());
    }

    void badPastes()
    {
        LocationDialog dialog;
        dialog.show();
        auto *paste = child<QLineEdit>(dialog, "pasteEdit");
        auto *status = child<QLabel>(dialog, "pasteStatus");
        paste->insert(QStringLiteral("https://www.google.com/maps?q=Eiffel+Tower"));
        QVERIFY(status->isVisible());
        QVERIFY2(status->text().contains(QLatin1String("No position found")),
            qPrintable(status->text()));
        QVERIFY(!send(dialog)->isEnabled());
        paste->clear();
        paste->insert(QStringLiteral("https://maps.app.goo.gl/xyz123"));
        QVERIFY2(status->text().contains(QLatin1String("Short links")), qPrintable(status->text()));
        QVERIFY(!send(dialog)->isEnabled());
        paste->clear();
        paste->insert(QStringLiteral("geo:95,10"));
        QVERIFY(!send(dialog)->isEnabled());
        paste->clear();
        QVERIFY(status->isHidden());
    }

    // The system's default source (geoclue2 on a Linux desktop; none in a bare container),
    // with a shorter wait.
    void currentLocationNeverHangs()
    {
        LocationDialog dialog;
        dialog.setLocateTimeout(2000);
        dialog.show();
        auto *status = child<QLabel>(dialog, "currentLocationStatus");
        clickLocate(dialog);
        // The click returns at once; either the answer is immediate, or the dialog shows the
        // wait until the service answers or the timeout ends it.
        if (dialog.isLocating())
            verifyWaiting(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLocating(), 20000);
        QVERIFY(locate(dialog)->isEnabled());
        QVERIFY(status->isVisible());
        QVERIFY(!status->text().isEmpty());
        if (dialog.hasLocation()) {
            // A real position service answered.
            QVERIFY(status->text().startsWith(QLatin1String("Found your location")));
            QVERIFY(send(dialog)->isEnabled());
        } else {
            qInfo("current location: %s", qPrintable(status->text()));
            QVERIFY(!send(dialog)->isEnabled());
            const std::unique_ptr<QGeoPositionInfoSource> probe(
                QGeoPositionInfoSource::createDefaultSource(nullptr));
            if (!probe)
                QVERIFY(status->text().contains(
                    QLatin1String("No location service is available on this computer")));
        }
        // Coordinates can still be typed afterwards.
        type(child<QLineEdit>(dialog, "latitudeEdit"), QStringLiteral("10"));
        type(child<QLineEdit>(dialog, "longitudeEdit"), QStringLiteral("20"));
        QVERIFY(send(dialog)->isEnabled());
    }

    void currentLocationFromGps_data()
    {
        QTest::addColumn<double>("uere");
        // Qt estimates the horizontal accuracy from the HDOP only when the receiver's range
        // error is known.
        QTest::addRow("with accuracy") << kUere;
        QTest::addRow("without accuracy") << qQNaN();
    }

    void currentLocationFromGps()
    {
        QFETCH(double, uere);
        LocationDialog dialog;
        int requests = 0;
        dialog.setPositionSourceFactory([&](QObject *parent) {
            ++requests;
            auto *source = nmeaSource(parent, QNmeaPositionInfoSource::SimulationMode, kBerlinFix);
            source->setUserEquivalentRangeError(uere);
            return source;
        });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        clickLocate(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.hasLocation(), 10000);
        QVERIFY(!dialog.isLocating());
        QCOMPARE(requests, 1);
        // What Qt gives: twice the HDOP times the range error (a 95 % radius).
        verifyBerlin(dialog,
            std::isnan(uere) ? std::optional<double>() : std::optional<double>(2 * kHdop * uere));
    }

    // NATTER_NMEA_SOURCE naming a recorded log: Qt's nmea plugin replays it.
    void currentLocationFromNmeaVariable()
    {
        QTemporaryFile log;
        QVERIFY(log.open());
        log.write(kBerlinFix);
        log.close();
        const auto variable = nmeaVariable(log.fileName());
        LocationDialog dialog; // the default factory
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        clickLocate(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.hasLocation(), 10000);
        verifyBerlin(dialog, 2 * kHdop * kUere);
    }

    void unusableNmeaVariable()
    {
        const QString port = QStringLiteral("serial:/dev/natter-no-such-gps");
        const auto variable = nmeaVariable(port);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("nmea: .*")));
        LocationDialog dialog;
        dialog.show();
        clickLocate(dialog);
        QVERIFY(!dialog.isLocating());
        QCOMPARE(status(dialog),
            QStringLiteral("The GPS receiver %1 (set in NATTER_NMEA_SOURCE) could not be opened. "
                           "Type the coordinates or paste a map link instead.")
                .arg(port));
        QVERIFY(!send(dialog)->isEnabled());
    }

    // A receiver without a fix: the timeout message, and the typed position stays.
    void currentLocationTimeout()
    {
        LocationDialog dialog;
        dialog.setLocateTimeout(2000);
        dialog.setPositionSourceFactory([](QObject *parent) {
            return nmeaSource(parent, QNmeaPositionInfoSource::SimulationMode, kNoFix);
        });
        dialog.show();
        type(child<QLineEdit>(dialog, "latitudeEdit"), QStringLiteral("48.8584"));
        type(child<QLineEdit>(dialog, "longitudeEdit"), QStringLiteral("2.2945"));
        clickLocate(dialog);
        verifyWaiting(dialog); // the click returned without waiting
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLocating(), 20000);
        QCOMPARE(status(dialog),
            QStringLiteral("Your location could not be found within 2 seconds. Try again, or "
                           "type the coordinates or paste a map link."));
        QCOMPARE(fields(dialog), QStringLiteral("48.8584 | 2.2945"));
        QCOMPARE(dialog.location().latitude, 48.8584);
        QCOMPARE(dialog.location().longitude, 2.2945);
        QVERIFY(locate(dialog)->isEnabled());
        QVERIFY(send(dialog)->isEnabled());
    }

    // Errors of Qt's nmea plugin reading a TCP stream of NMEA sentences (as from gpsd).
    void currentLocationError_data()
    {
        QTest::addColumn<bool>("accept");
        QTest::addColumn<QString>("message");
        QTest::addRow("connection refused")
            << false
            << "The location service failed. Type the coordinates or paste a map link instead.";
        QTest::addRow("connection closed")
            << true << "The location service stopped. Try again, or type the coordinates.";
    }

    void currentLocationError()
    {
        QFETCH(bool, accept);
        QFETCH(QString, message);
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const quint16 port = server.serverPort();
        if (accept) {
            // The receiver hangs up before any sentence.
            connect(&server, &QTcpServer::newConnection, &server, [&server] {
                while (QTcpSocket *socket = server.nextPendingConnection()) {
                    socket->disconnectFromHost();
                    socket->deleteLater();
                }
            });
        } else {
            server.close();
            QTest::ignoreMessage(
                QtWarningMsg, QRegularExpression(QStringLiteral("Connection failed")));
        }
        const auto variable = nmeaVariable(QStringLiteral("socket://127.0.0.1:%1").arg(port));
        LocationDialog dialog;
        dialog.show();
        type(child<QLineEdit>(dialog, "latitudeEdit"), QStringLiteral("1.5"));
        clickLocate(dialog);
        verifyWaiting(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLocating(), 20000);
        QCOMPARE(status(dialog), message);
        QCOMPARE(fields(dialog), QStringLiteral("1.5 | "));
        QVERIFY(!send(dialog)->isEnabled());
        QVERIFY(locate(dialog)->isEnabled());
    }

    // No position source at all: a plain sentence at once, and nothing else changes.
    void noLocationService()
    {
        LocationDialog dialog;
        int requests = 0;
        dialog.setPositionSourceFactory([&](QObject *) -> QGeoPositionInfoSource * {
            ++requests;
            return nullptr;
        });
        dialog.show();
        child<QLineEdit>(dialog, "pasteEdit")->insert(QStringLiteral("geo:1.5,2.5"));
        clickLocate(dialog);
        QCOMPARE(requests, 1);
        QVERIFY(!dialog.isLocating());
        QCOMPARE(status(dialog),
            QStringLiteral("No location service is available on this computer. Type the "
                           "coordinates or paste a map link instead."));
        QVERIFY(locate(dialog)->isEnabled());
        QCOMPARE(fields(dialog), QStringLiteral("1.5 | 2.5"));
        QVERIFY(send(dialog)->isEnabled());
    }

    // One request at a time: a second click (or call) while waiting starts nothing.
    void oneRequestAtATime()
    {
        LocationDialog dialog;
        dialog.setLocateTimeout(2000);
        int requests = 0;
        QList<QPointer<QGeoPositionInfoSource>> sources;
        dialog.setPositionSourceFactory([&](QObject *parent) {
            ++requests;
            // A live receiver that sends nothing.
            sources.append(nmeaSource(parent, QNmeaPositionInfoSource::RealTimeMode, {}));
            return sources.last().data();
        });
        dialog.show();
        clickLocate(dialog);
        verifyWaiting(dialog);
        clickLocate(dialog);
        QTest::keyClick(locate(dialog), Qt::Key_Space);
        dialog.locateMe();
        verifyWaiting(dialog);
        QCOMPARE(requests, 1);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLocating(), 20000);
        QVERIFY(status(dialog).startsWith(QLatin1String("Your location could not be found")));
        QCOMPARE(requests, 1);
        // The finished request's source is gone; trying again makes a new one.
        QTRY_VERIFY(sources.first().isNull());
        clickLocate(dialog);
        verifyWaiting(dialog);
        QCOMPARE(requests, 2);
    }

    void closeWhileWaiting_data()
    {
        QTest::addColumn<bool>("deleteOnClose");
        QTest::addRow("reject") << false;
        QTest::addRow("delete on close") << true;
    }

    // Closing the dialog while it waits ends the request and deletes the source.
    void closeWhileWaiting()
    {
        QFETCH(bool, deleteOnClose);
        QPointer<LocationDialog> dialog = new LocationDialog;
        const std::unique_ptr<LocationDialog> owner(deleteOnClose ? nullptr : dialog.data());
        if (deleteOnClose)
            dialog->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<QGeoPositionInfoSource> source;
        dialog->setPositionSourceFactory([&](QObject *parent) {
            // Replays a fix one second after a first sentence without one.
            source = nmeaSource(parent, QNmeaPositionInfoSource::SimulationMode,
                kNoFix
                    + QByteArrayLiteral(
                        "$GPRMC,120002.00,A,5231.2000,N,01324.3000,E,0.0,0.0,281126,,,A*51\r\n"));
            return source.data();
        });
        dialog->show();
        clickLocate(*dialog);
        verifyWaiting(*dialog);
        QVERIFY(source);
        if (deleteOnClose) {
            dialog->close();
            QTRY_VERIFY(dialog.isNull());
        } else {
            QTest::keyClick(dialog, Qt::Key_Escape);
            QVERIFY(dialog->isHidden());
            QCOMPARE(dialog->result(), int(QDialog::Rejected));
            QVERIFY(!dialog->isLocating());
            QCOMPARE(locate(*dialog)->text(), QStringLiteral("Use my current location"));
        }
        // Deleted: the fix it would have replayed a second later cannot arrive.
        QTRY_VERIFY(source.isNull());
        if (!deleteOnClose) {
            QVERIFY(!dialog->hasLocation());
            QCOMPARE(fields(*dialog), QStringLiteral(" | "));
        }
    }
};

QTEST_MAIN(TestLocationDialog)
#include "TestLocationDialog.moc"
