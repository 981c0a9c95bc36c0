// Positions out of what people paste: geo: URIs as RFC 5870 and Android write them, the links
// OpenStreetMap, Google Maps and Apple Maps share, and plain coordinates; and everything that
// is not a position (or one out of range) gives none.
#include "ui/dialogs/GeoParse.h"

#include <QTest>

#include <cmath>
#include <limits>

using natter::protocol::GeoLocation;
using natter::ui::parseGeoText;

class TestGeoParse : public QObject
{
    Q_OBJECT

private slots:
    void valid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<QString>("label");
        QTest::addColumn<double>("accuracy"); // -1: none

        // geo: URIs (RFC 5870)
        QTest::addRow("geo plain") << "geo:52.5163,13.3777" << 52.5163 << 13.3777 << "" << -1.0;
        QTest::addRow("geo altitude")
            << "geo:40.714623,-74.006605,12.5" << 40.714623 << -74.006605 << "" << -1.0;
        QTest::addRow("geo uncertainty")
            << "geo:48.2010,16.3695;u=35" << 48.201 << 16.3695 << "" << 35.0;
        QTest::addRow("geo crs wgs84 and u")
            << "geo:-33.8688,151.2093;crs=wgs84;u=12.5" << -33.8688 << 151.2093 << "" << 12.5;
        QTest::addRow("geo upper case scheme") << "GEO:1.5,2.5" << 1.5 << 2.5 << "" << -1.0;
        QTest::addRow("geo unknown param ignored")
            << "geo:10,20;foo=bar" << 10.0 << 20.0 << "" << -1.0;
        QTest::addRow("geo zoom") << "geo:37.786971,-122.399677?z=11" << 37.786971 << -122.399677
                                  << "" << -1.0;
        QTest::addRow("geo android q with label") << "geo:0,0?q=34.99,-106.61(Treasure%20Spot)"
                                                  << 34.99 << -106.61 << "Treasure Spot" << -1.0;
        QTest::addRow("geo android q plus spaces")
            << "geo:0,0?q=51.5007,-0.1246(Big+Ben)" << 51.5007 << -0.1246 << "Big Ben" << -1.0;
        QTest::addRow("geo q coordinates only")
            << "geo:0,0?q=1.25,103.85" << 1.25 << 103.85 << "" << -1.0;
        QTest::addRow("geo with place name") << "geo:52.5163,13.3777?q=Brandenburger%20Tor"
                                             << 52.5163 << 13.3777 << "Brandenburger Tor" << -1.0;
        QTest::addRow("geo poles and date line") << "geo:90,-180" << 90.0 << -180.0 << "" << -1.0;
        QTest::addRow("geo null island") << "geo:0,0" << 0.0 << 0.0 << "" << -1.0;
        QTest::addRow("geo in a sentence")
            << "Meet me at geo:47.3769,8.5417; see you" << 47.3769 << 8.5417 << "" << -1.0;

        // OpenStreetMap
        QTest::addRow("osm marker")
            << "https://www.openstreetmap.org/?mlat=52.51628&mlon=13.37771#map=17/52.51628/13.37771"
            << 52.51628 << 13.37771 << "" << -1.0;
        QTest::addRow("osm view only") << "https://www.openstreetmap.org/#map=15/48.8584/2.2945"
                                       << 48.8584 << 2.2945 << "" << -1.0;
        QTest::addRow("osm view with layers")
            << "https://www.openstreetmap.org/#map=12/-22.9519/-43.2105&layers=C" << -22.9519
            << -43.2105 << "" << -1.0;
        QTest::addRow("osm marker wins over view")
            << "https://openstreetmap.org/?mlat=1&mlon=2#map=5/30/40" << 1.0 << 2.0 << "" << -1.0;
        QTest::addRow("osm.org host")
            << "https://osm.org/#map=10/35.6762/139.6503" << 35.6762 << 139.6503 << "" << -1.0;
        QTest::addRow("osm search query")
            << "https://www.openstreetmap.org/search?query=52.5%2C13.4#map=10/50/10" << 52.5 << 13.4
            << "" << -1.0;
        QTest::addRow("osm panned past date line")
            << "https://www.openstreetmap.org/#map=6/-17.7/181.5" << -17.7 << -178.5 << "" << -1.0;

        // Google Maps
        QTest::addRow("google view") << "https://www.google.com/maps/@52.5162746,13.3777041,17z"
                                     << 52.5162746 << 13.3777041 << "" << -1.0;
        QTest::addRow("google q") << "https://www.google.com/maps?q=40.6892,-74.0445" << 40.6892
                                  << -74.0445 << "" << -1.0;
        QTest::addRow("maps.google q with space")
            << "https://maps.google.com/?q=40.6892,+-74.0445" << 40.6892 << -74.0445 << "" << -1.0;
        QTest::addRow("google q loc:") << "https://maps.google.com/maps?q=loc:-1.2921,36.8219"
                                       << -1.2921 << 36.8219 << "" << -1.0;
        QTest::addRow("google search api")
            << "https://www.google.com/maps/search/?api=1&query=47.5951518%2C-122.3316393"
            << 47.5951518 << -122.3316393 << "" << -1.0;
        QTest::addRow("google place with pin")
            << "https://www.google.com/maps/place/Brandenburger+Tor/@52.5162746,13.3755154,17z/"
               "data=!3m1!4b1!4m6!3m5!1s0x47a851c655f20989:0x26bbfb4e84674c63!8m2!3d52.5162746!"
               "4d13.3777041!16zL20vMDE2MzN4"
            << 52.5162746 << 13.3777041 << "Brandenburger Tor" << -1.0;
        QTest::addRow("google place encoded name")
            << "https://www.google.de/maps/place/K%C3%B6lner+Dom/@50.9412784,6.9582814,17z"
            << 50.9412784 << 6.9582814 << "Kölner Dom" << -1.0;
        QTest::addRow("google dropped pin DMS")
            << "https://www.google.com/maps/place/52%C2%B030'58.6%22N+13%C2%B022'39.7%22E/"
               "@52.5162746,13.3777041,17z"
            << 52.5162777778 << 13.3776944444 << "" << -1.0; // the pin, not the view
        QTest::addRow("google dropped pin decimal")
            << "https://www.google.com/maps/place/52.5163,13.3777" << 52.5163 << 13.3777 << ""
            << -1.0;
        QTest::addRow("google co.uk") << "https://www.google.co.uk/maps/@51.5007,-0.1246,15z"
                                      << 51.5007 << -0.1246 << "" << -1.0;
        QTest::addRow("google without scheme www trailing dot")
            << "Look: https://www.google.com/maps/@10.5,20.5,3z." << 10.5 << 20.5 << "" << -1.0;

        // Apple Maps
        QTest::addRow("apple ll and q")
            << "https://maps.apple.com/?ll=37.3349,-122.0090&q=Apple+Park" << 37.3349 << -122.009
            << "Apple Park" << -1.0;

        // plain coordinates
        QTest::addRow("plain comma") << "52.5163, 13.3777" << 52.5163 << 13.3777 << "" << -1.0;
        QTest::addRow("plain space")
            << "  -33.8688 151.2093 " << -33.8688 << 151.2093 << "" << -1.0;
        QTest::addRow("plain semicolon") << "1;2" << 1.0 << 2.0 << "" << -1.0;
        QTest::addRow("plain hemispheres")
            << "52.5163° N, 13.3777° E" << 52.5163 << 13.3777 << "" << -1.0;
        QTest::addRow("plain south west")
            << "33.8688 S 70.6693 W" << -33.8688 << -70.6693 << "" << -1.0;
        QTest::addRow("plain prefix letters")
            << "N 40.7128, W 74.0060" << 40.7128 << -74.006 << "" << -1.0;
        QTest::addRow("plain swapped lon first")
            << "13.3777E 52.5163N" << 52.5163 << 13.3777 << "" << -1.0;
        QTest::addRow("plain DMS")
            << "52°30'58.8\"N 13°22'39.6\"E" << 52.5163333333 << 13.3776666667 << "" << -1.0;
        QTest::addRow("plain DM") << "40°26.767'N 79°58.933'W" << 40.4461166667 << -79.9822166667
                                  << "" << -1.0;
        QTest::addRow("plain DMS typographic")
            << "51°30′2.5″N, 0°7′28.6″W" << 51.5006944444 << -0.1246111111 << "" << -1.0;
    }

    void valid()
    {
        QFETCH(QString, text);
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(QString, label);
        QFETCH(double, accuracy);
        const auto location = parseGeoText(text);
        QVERIFY2(location, qPrintable(text));
        QVERIFY2(std::abs(location->latitude - lat) < 1e-7,
            qPrintable(QString::number(location->latitude, 'f', 10)));
        QVERIFY2(std::abs(location->longitude - lon) < 1e-7,
            qPrintable(QString::number(location->longitude, 'f', 10)));
        QCOMPARE(location->label, label);
        if (accuracy < 0)
            QVERIFY(!location->accuracy);
        else
            QCOMPARE(location->accuracy, std::optional<double>(accuracy));
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("empty") << "";
        QTest::addRow("spaces") << "   ";
        QTest::addRow("words") << "somewhere nice";
        QTest::addRow("one number") << "52.5";
        QTest::addRow("three numbers") << "1, 2, 3";
        QTest::addRow("latitude too big") << "91, 10";
        QTest::addRow("longitude too big") << "10, 181";
        QTest::addRow("latitude too small") << "-90.0001 0";
        QTest::addRow("nan") << "nan, nan";
        QTest::addRow("inf") << "inf 1";
        QTest::addRow("exponent") << "1e1, 2";
        QTest::addRow("hex") << "0x10, 2";
        QTest::addRow("both latitudes") << "52 N, 13 N";
        QTest::addRow("negative with hemisphere") << "-52 N, 13 E";
        QTest::addRow("two hemisphere letters") << "N52N, 13E";
        QTest::addRow("minutes 60") << "52°60'N 13°0'E";
        QTest::addRow("fractional degrees with minutes") << "52.5°30'N 13°0'E";
        QTest::addRow("geo no coords") << "geo:";
        QTest::addRow("geo one coord") << "geo:52.5";
        QTest::addRow("geo four coords") << "geo:1,2,3,4";
        QTest::addRow("geo out of range") << "geo:95,10";
        QTest::addRow("geo lon out of range") << "geo:10,-200";
        QTest::addRow("geo letters") << "geo:abc,def";
        QTest::addRow("geo nan") << "geo:nan,1";
        QTest::addRow("geo other crs") << "geo:52,13;crs=epsg:25833";
        QTest::addRow("geo negative u") << "geo:52,13;u=-5";
        QTest::addRow("geo huge u") << "geo:52,13;u=1e8";
        QTest::addRow("geo address only") << "geo:0,0?q=1600+Amphitheatre+Parkway";
        QTest::addRow("geo bad altitude") << "geo:1,2,high";
        QTest::addRow("osm node") << "https://www.openstreetmap.org/node/26865059";
        QTest::addRow("osm bad view") << "https://www.openstreetmap.org/#map=15/abc/2";
        QTest::addRow("osm view out of range") << "https://www.openstreetmap.org/#map=5/95/10";
        QTest::addRow("google address") << "https://www.google.com/maps?q=Eiffel+Tower";
        QTest::addRow("google search words") << "https://www.google.com/maps/search/pizza+near+me";
        QTest::addRow("google short link") << "https://maps.app.goo.gl/abcdEFGH12345";
        QTest::addRow("google not maps") << "https://www.google.com/search?q=52.5,13.4";
        QTest::addRow("other site") << "https://example.com/?mlat=52&mlon=13";
        QTest::addRow("fake google host") << "https://google.com.evil.example/maps/@1,2,3z";
        QTest::addRow("javascript") << "javascript:alert(1)";
        QTest::addRow("very long") << QString(10000, u'1');
    }

    void invalid()
    {
        QFETCH(QString, text);
        const auto location = parseGeoText(text);
        QVERIFY2(!location,
            qPrintable(QStringLiteral("%1 → %2, %3")
                           .arg(text.left(80))
                           .arg(location ? location->latitude : 0)
                           .arg(location ? location->longitude : 0)));
    }

    void labelIsBounded()
    {
        const auto location = parseGeoText(QStringLiteral("geo:1,2?q=") + QString(400, u'x'));
        QVERIFY(location);
        QCOMPARE(location->label.size(), natter::protocol::kMaxLabelChars);
    }

    void shortLinks()
    {
        QVERIFY(natter::ui::isShortMapLink(QStringLiteral("https://maps.app.goo.gl/abc123")));
        QVERIFY(natter::ui::isShortMapLink(QStringLiteral("see https://goo.gl/maps/xyz")));
        QVERIFY(natter::ui::isShortMapLink(QStringLiteral("https://osm.org/go/0MbEUuH--")));
        QVERIFY(!natter::ui::isShortMapLink(QStringLiteral("https://www.google.com/maps/@1,2,3z")));
        QVERIFY(!natter::ui::isShortMapLink(QStringLiteral("52.5, 13.4")));
    }

    void validPosition()
    {
        using natter::ui::isValidPosition;
        QVERIFY(isValidPosition(90, 180));
        QVERIFY(isValidPosition(-90, -180));
        QVERIFY(!isValidPosition(90.0001, 0));
        QVERIFY(!isValidPosition(0, -180.0001));
        QVERIFY(!isValidPosition(std::numeric_limits<double>::quiet_NaN(), 0));
        QVERIFY(!isValidPosition(0, std::numeric_limits<double>::infinity()));
    }

    void formatAndLinkRoundTrip()
    {
        GeoLocation location;
        location.latitude = 52.5162746;
        location.longitude = -13.3777041;
        QCOMPARE(natter::ui::formatCoordinates(location.latitude, location.longitude),
            QStringLiteral("52.51627, -13.37770"));
        const QUrl url = natter::ui::openStreetMapUrl(location);
        QCOMPARE(url.host(), QStringLiteral("www.openstreetmap.org"));
        const auto back = parseGeoText(url.toString());
        QVERIFY(back);
        QVERIFY(std::abs(back->latitude - location.latitude) < 1e-6);
        QVERIFY(std::abs(back->longitude - location.longitude) < 1e-6);
    }
};

QTEST_GUILESS_MAIN(TestGeoParse)
#include "TestGeoParse.moc"
