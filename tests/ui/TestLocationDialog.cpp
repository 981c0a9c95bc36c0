// The location dialog as a user drives it: typed coordinates (checked as typed), pasted
// links and coordinates, a place name and caption, Send only with a valid position, and
// "Use my current location" ending in a position or a plain sentence within its timeout,
// never hanging.
#include "ui/dialogs/LocationDialog.h"

#include <QElapsedTimer>
#include <QGeoPositionInfoSource>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>

#include <cmath>
#include <memory>

using natter::ui::LocationDialog;

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

private slots:
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

    void currentLocationNeverHangs()
    {
        LocationDialog dialog;
        dialog.show();
        auto *button = child<QPushButton>(dialog, "currentLocationButton");
        auto *status = child<QLabel>(dialog, "currentLocationStatus");
        QElapsedTimer timer;
        timer.start();
        QTest::mouseClick(button, Qt::LeftButton);
        // The click returns at once; either the answer is immediate, or the button shows the
        // wait until the service answers or the timeout ends it.
        QVERIFY(timer.elapsed() < 3000);
        if (dialog.isLocating()) {
            QVERIFY(!button->isEnabled());
            QVERIFY(button->text().contains(QLatin1String("Finding")));
            QVERIFY(child<QProgressBar>(dialog, "locatingIndicator")->isVisible());
        }
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLocating(), LocationDialog::kLocateTimeoutMs + 5000);
        QVERIFY(button->isEnabled());
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
};

QTEST_MAIN(TestLocationDialog)
#include "TestLocationDialog.moc"
