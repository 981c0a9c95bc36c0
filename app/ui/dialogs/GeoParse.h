#pragma once

#include "protocol/MessageContent.h"

#include <QString>
#include <QUrl>

#include <optional>

// Reading a position out of what people paste: geo: URIs, map links and plain coordinates.
// Pure functions, no widgets; the location dialog and the location bubble use them.
namespace natter::ui {

// The position in `text`, or nullopt when it holds none (or one out of range). Understood:
// - geo: URIs (RFC 5870): geo:lat,lon[,alt][;crs=wgs84][;u=metres] (u becomes the accuracy),
//   and the Android forms geo:0,0?q=lat,lon(Label) and geo:lat,lon?q=Label;
// - OpenStreetMap links: ?mlat=..&mlon=.. (the marker) or #map=zoom/lat/lon (the view);
// - Google Maps links: /maps/place/Name/@lat,lon,zoom (the pin in data=…!3d…!4d… when present,
//   else the view; the place name becomes the label), /maps/@lat,lon,zoom, ?q=lat,lon,
//   ?query=lat,lon, ?ll=lat,lon; and Apple Maps links (?ll=lat,lon&q=Label);
// - plain coordinates: "52.5163, 13.3777", "52.5163 13.3777", "52.5163° N, 13.3777° E",
//   "52°30'58.7\"N 13°22'39.7\"E".
// A link may sit inside other text ("Meet here: https://…"). Links without coordinates (short
// links, addresses to look up) give nullopt: nothing here asks a server.
std::optional<natter::protocol::GeoLocation> parseGeoText(const QString &text);

// True for map short links (maps.app.goo.gl, goo.gl/maps, osm.org/go) whose position can only
// be known by opening them, so the dialog can say what to paste instead.
bool isShortMapLink(const QString &text);

// Whether the numbers are a position: finite, latitude −90..90, longitude −180..180.
bool isValidPosition(double latitude, double longitude);

// "52.51630, 13.37770" (five decimals, about a metre), for showing a position.
QString formatCoordinates(double latitude, double longitude);

// An OpenStreetMap link with a marker at the position, for "open in a map".
QUrl openStreetMapUrl(const natter::protocol::GeoLocation &location);

} // namespace natter::ui
