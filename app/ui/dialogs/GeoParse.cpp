#include "ui/dialogs/GeoParse.h"

#include "protocol/Limits.h"

#include <QRegularExpression>
#include <QUrlQuery>

#include <cmath>

namespace natter::ui {

using protocol::GeoLocation;

namespace {

constexpr double kMaxAccuracy = 1e7; // the protocol's bound (metres)

// A decimal number as maps and geo: URIs write it (no exponent, no nan/inf, no hex).
const QString kNumber = QStringLiteral("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)");

std::optional<double> number(QStringView text)
{
    static const QRegularExpression re(QStringLiteral("^") + kNumber + QStringLiteral("$"));
    const QString trimmed = text.trimmed().toString();
    if (!re.match(trimmed).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double value = trimmed.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

double wrapLongitude(double lon)
{
    // Maps panned across the date line report 190 or −200; the place is the same.
    if (lon >= -180 && lon <= 180)
        return lon;
    double wrapped = std::fmod(lon + 180.0, 360.0);
    if (wrapped < 0)
        wrapped += 360.0;
    return wrapped - 180.0;
}

std::optional<GeoLocation> position(
    std::optional<double> lat, std::optional<double> lon, bool wrap = false)
{
    if (!lat || !lon)
        return std::nullopt;
    const double longitude = wrap && std::isfinite(*lon) ? wrapLongitude(*lon) : *lon;
    if (!isValidPosition(*lat, longitude))
        return std::nullopt;
    GeoLocation out;
    out.latitude = *lat;
    out.longitude = longitude;
    return out;
}

QString cleanLabel(const QString &label)
{
    return label.simplified().left(protocol::kMaxLabelChars);
}

// Form-style decoding of a query value: '+' is a space, then %XX.
QString formDecode(QStringView value)
{
    QString plus = value.toString();
    plus.replace(u'+', u' ');
    return QUrl::fromPercentEncoding(plus.toUtf8());
}

// The items of a query string ("a=1&b=2"), decoded, keys lower case.
QList<std::pair<QString, QString>> queryItems(QStringView query)
{
    QList<std::pair<QString, QString>> out;
    for (QStringView item : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(u'=');
        const QStringView key = eq < 0 ? item : item.left(eq);
        const QStringView value = eq < 0 ? QStringView() : item.mid(eq + 1);
        out.append({formDecode(key).toLower(), formDecode(value)});
    }
    return out;
}

QString item(const QList<std::pair<QString, QString>> &items, QLatin1String key)
{
    for (const auto &[k, v] : items) {
        if (k == key)
            return v;
    }
    return {};
}

// "lat,lon" with optional spaces (and a "loc:" prefix, as Google writes it).
std::optional<GeoLocation> commaPair(QString text, bool wrap)
{
    text = text.trimmed();
    if (text.startsWith(QLatin1String("loc:"), Qt::CaseInsensitive))
        text = text.mid(4);
    const QStringList parts = text.split(u',');
    if (parts.size() != 2)
        return std::nullopt;
    return position(number(parts.at(0)), number(parts.at(1)), wrap);
}

// ---- plain coordinates -----------------------------------------------------------------

struct Component
{
    double value = 0;
    QChar hemisphere; // N, S, E, W or null
};

std::optional<Component> component(const QRegularExpressionMatch &m, int first)
{
    const QString prefix = m.captured(first).toUpper();
    const QString suffix = m.captured(first + 4).toUpper();
    if (!prefix.isEmpty() && !suffix.isEmpty())
        return std::nullopt;
    const auto degrees = number(m.captured(first + 1));
    if (!degrees)
        return std::nullopt;
    double value = *degrees;
    const bool dms = !m.captured(first + 2).isEmpty();
    if (dms) {
        const auto minutes = number(m.captured(first + 2));
        const auto seconds = m.captured(first + 3).isEmpty() ? std::optional<double>(0)
                                                             : number(m.captured(first + 3));
        if (!minutes || !seconds || *minutes < 0 || *minutes >= 60 || *seconds < 0 || *seconds >= 60
            || value != std::trunc(value))
            return std::nullopt;
        const double sign = value < 0 || m.captured(first + 1).startsWith(u'-') ? -1 : 1;
        value = sign * (std::abs(value) + *minutes / 60.0 + *seconds / 3600.0);
    }
    Component out;
    out.value = value;
    const QString letter = prefix.isEmpty() ? suffix : prefix;
    if (!letter.isEmpty()) {
        if (value < 0)
            return std::nullopt; // "-52 N" says two things
        out.hemisphere = letter.at(0);
        if (out.hemisphere == u'S' || out.hemisphere == u'W')
            out.value = -value;
    }
    return out;
}

std::optional<GeoLocation> parsePlain(const QString &text)
{
    // hemisphere? degrees [°] [minutes ′ [seconds ″]] hemisphere?
    static const QString comp
        = QStringLiteral("([NSEW])?\\s*(%1)\\s*(?:°|º|˚)?\\s*(?:(\\d+(?:\\.\\d+)?)\\s*(?:'|′|’)\\s*"
                         "(?:(\\d+(?:\\.\\d+)?)\\s*(?:\"|″|”|'')\\s*)?)?([NSEW])?")
              .arg(kNumber);
    static const QRegularExpression re(QStringLiteral("^\\s*") + comp
            + QStringLiteral("(?:\\s*[,;/]\\s*|\\s+)") + comp + QStringLiteral("\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    auto a = component(m, 1);
    auto b = component(m, 6);
    if (!a || !b)
        return std::nullopt;
    auto isLon = [](QChar h) { return h == u'E' || h == u'W'; };
    auto isLat = [](QChar h) { return h == u'N' || h == u'S'; };
    if (isLon(a->hemisphere) || isLat(b->hemisphere))
        std::swap(a, b); // "13.4 E, 52.5 N"
    if ((!a->hemisphere.isNull() && !isLat(a->hemisphere))
        || (!b->hemisphere.isNull() && !isLon(b->hemisphere)))
        return std::nullopt; // both latitudes or both longitudes
    return position(a->value, b->value);
}

// ---- geo: URIs -------------------------------------------------------------------------

std::optional<GeoLocation> parseGeoUri(const QString &uri)
{
    QString rest = uri.mid(4); // after "geo:"
    QString query;
    if (const qsizetype q = rest.indexOf(u'?'); q >= 0) {
        query = rest.mid(q + 1);
        rest = rest.left(q);
    }
    const QStringList parts = rest.split(u';');
    const QStringList coords = parts.first().split(u',');
    if (coords.size() < 2 || coords.size() > 3)
        return std::nullopt;
    if (coords.size() == 3 && !number(coords.at(2)))
        return std::nullopt;
    auto location = position(number(coords.at(0)), number(coords.at(1)));
    if (!location)
        return std::nullopt;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString param = parts.at(i).trimmed();
        const qsizetype eq = param.indexOf(u'=');
        const QString key = (eq < 0 ? param : param.left(eq)).toLower();
        const QString value
            = eq < 0 ? QString() : QUrl::fromPercentEncoding(param.mid(eq + 1).toUtf8());
        if (key == QLatin1String("crs")) {
            if (value.compare(QLatin1String("wgs84"), Qt::CaseInsensitive) != 0)
                return std::nullopt; // another reference system: these numbers mean elsewhere
        } else if (key == QLatin1String("u")) {
            const auto u = number(value);
            if (!u || *u < 0 || *u > kMaxAccuracy)
                return std::nullopt;
            location->accuracy = *u;
        }
    }
    // Android: geo:0,0?q=lat,lon(Label) puts the place in q; geo:lat,lon?q=Label names it.
    const QString q = item(queryItems(query), QLatin1String("q")).trimmed();
    if (!q.isEmpty()) {
        static const QRegularExpression labelled(QStringLiteral("^([^(]*?)\\s*(?:\\((.*)\\))?$"),
            QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch m = labelled.match(q);
        if (auto inQuery = commaPair(m.captured(1), false)) {
            inQuery->label = cleanLabel(m.captured(2));
            inQuery->accuracy = location->accuracy;
            return inQuery;
        }
        if (location->latitude == 0 && location->longitude == 0)
            return std::nullopt; // an address to look up, and no position
        location->label = cleanLabel(q);
    }
    return location;
}

// ---- map links -------------------------------------------------------------------------

std::optional<GeoLocation> parseOpenStreetMap(const QUrl &url)
{
    const auto items = queryItems(url.query(QUrl::FullyEncoded));
    if (auto marker = position(number(item(items, QLatin1String("mlat"))),
            number(item(items, QLatin1String("mlon"))), true))
        return marker;
    if (auto searched = commaPair(item(items, QLatin1String("query")), true))
        return searched;
    // #map=zoom/lat/lon (possibly followed by &layers=…)
    const auto fragment = queryItems(url.fragment(QUrl::FullyEncoded));
    const QStringList view = item(fragment, QLatin1String("map")).split(u'/');
    if (view.size() == 3 && number(view.at(0)))
        return position(number(view.at(1)), number(view.at(2)), true);
    return std::nullopt;
}

std::optional<GeoLocation> parseGoogleMaps(const QUrl &url)
{
    const QString path = url.path(QUrl::FullyEncoded);
    QString label;
    static const QRegularExpression place(QStringLiteral("/place/([^/]+)"));
    if (const auto m = place.match(path); m.hasMatch()) {
        const QString name = formDecode(m.captured(1));
        // A dropped pin is "named" by its own coordinates.
        if (!name.startsWith(u'@') && !parsePlain(name) && !commaPair(name, false))
            label = cleanLabel(name);
    }
    auto withLabel = [&label](std::optional<GeoLocation> location) {
        if (location)
            location->label = label;
        return location;
    };
    // The pin of a place: data=…!3d<lat>!4d<lon>.
    static const QRegularExpression pin(QStringLiteral("!3d(%1)!4d(%1)").arg(kNumber));
    if (const auto m = pin.match(path); m.hasMatch()) {
        if (auto location = position(number(m.captured(1)), number(m.captured(2)), true))
            return withLabel(location);
    }
    const auto items = queryItems(url.query(QUrl::FullyEncoded));
    for (const auto key : {QLatin1String("q"), QLatin1String("query"), QLatin1String("ll"),
             QLatin1String("center"), QLatin1String("destination")}) {
        if (auto location = commaPair(item(items, key), true))
            return withLabel(location);
    }
    // /place/52.5,13.4 or a dropped pin's DMS name
    if (const auto m = place.match(path); m.hasMatch()) {
        const QString name = formDecode(m.captured(1));
        if (auto location = commaPair(name, true))
            return location;
        if (auto location = parsePlain(name))
            return location;
    }
    // The view: /@lat,lon,zoom
    static const QRegularExpression view(QStringLiteral("/@(%1),(%1)").arg(kNumber));
    if (const auto m = view.match(path); m.hasMatch())
        return withLabel(position(number(m.captured(1)), number(m.captured(2)), true));
    return std::nullopt;
}

std::optional<GeoLocation> parseAppleMaps(const QUrl &url)
{
    const auto items = queryItems(url.query(QUrl::FullyEncoded));
    for (const auto key : {QLatin1String("ll"), QLatin1String("sll"), QLatin1String("q")}) {
        if (auto location = commaPair(item(items, key), true)) {
            if (key != QLatin1String("q")) {
                const QString name = item(items, QLatin1String("q"));
                if (!commaPair(name, false))
                    location->label = cleanLabel(name);
            }
            return location;
        }
    }
    return std::nullopt;
}

bool isGoogleHost(const QString &host)
{
    // google.com, www.google.de, maps.google.co.uk, …
    static const QRegularExpression re(
        QStringLiteral("^(?:www\\.|maps\\.)?google\\.[a-z]{2,3}(?:\\.[a-z]{2})?$"));
    return re.match(host).hasMatch();
}

bool isOsmHost(const QString &host)
{
    return host == QLatin1String("openstreetmap.org")
        || host.endsWith(QLatin1String(".openstreetmap.org")) || host == QLatin1String("osm.org")
        || host == QLatin1String("www.osm.org");
}

// The first link in the text (a geo: URI or an http(s) URL), without trailing punctuation.
QString findLink(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("(?:geo:|https?://)[^\\s<>\"]+"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return {};
    QString link = m.captured(0);
    while (!link.isEmpty() && QStringLiteral(".,;:!'").contains(link.back()))
        link.chop(1);
    // A closing bracket that the link did not open belongs to the sentence.
    while (link.endsWith(u')') && link.count(u'(') < link.count(u')'))
        link.chop(1);
    return link;
}

} // namespace

bool isValidPosition(double latitude, double longitude)
{
    return std::isfinite(latitude) && std::isfinite(longitude) && latitude >= -90 && latitude <= 90
        && longitude >= -180 && longitude <= 180;
}

std::optional<GeoLocation> parseGeoText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 8192)
        return std::nullopt;
    const QString link = findLink(trimmed);
    if (link.isEmpty())
        return parsePlain(trimmed);
    if (link.startsWith(QLatin1String("geo:"), Qt::CaseInsensitive))
        return parseGeoUri(link);
    const QUrl url(link, QUrl::TolerantMode);
    if (!url.isValid())
        return std::nullopt;
    const QString host = url.host().toLower();
    if (isOsmHost(host))
        return parseOpenStreetMap(url);
    if (isGoogleHost(host)
        && (host.startsWith(QLatin1String("maps."))
            || url.path().startsWith(QLatin1String("/maps"))))
        return parseGoogleMaps(url);
    if (host == QLatin1String("maps.apple.com"))
        return parseAppleMaps(url);
    return std::nullopt;
}

bool isShortMapLink(const QString &text)
{
    const QString link = findLink(text.trimmed());
    if (link.isEmpty())
        return false;
    const QUrl url(link, QUrl::TolerantMode);
    const QString host = url.host().toLower();
    const QString path = url.path();
    return host == QLatin1String("maps.app.goo.gl") || host == QLatin1String("g.co")
        || (host == QLatin1String("goo.gl") && path.startsWith(QLatin1String("/maps")))
        || (isOsmHost(host) && path.startsWith(QLatin1String("/go/")));
}

QString formatCoordinates(double latitude, double longitude)
{
    return QStringLiteral("%1, %2").arg(
        QString::number(latitude, 'f', 5), QString::number(longitude, 'f', 5));
}

QUrl openStreetMapUrl(const GeoLocation &location)
{
    const QString lat = QString::number(location.latitude, 'f', 6);
    const QString lon = QString::number(location.longitude, 'f', 6);
    QUrl url(QStringLiteral("https://www.openstreetmap.org/"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("mlat"), lat);
    query.addQueryItem(QStringLiteral("mlon"), lon);
    url.setQuery(query);
    url.setFragment(QStringLiteral("map=16/%1/%2").arg(lat, lon));
    return url;
}

} // namespace natter::ui
