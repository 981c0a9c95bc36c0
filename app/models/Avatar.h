#pragma once

#include <QColor>
#include <QString>

namespace natter::models {

// What an avatar circle shows for somebody without a picture: initials and a colour that
// stays the same for a phone number across runs and machines.
namespace avatar {

// Up to two letters from the first and last word of `name` ("Ada Lovelace" → "AL"); empty
// when the name is only a phone number (the delegate then draws a person silhouette).
QString initials(const QString &name);
// One of a fixed set of colours, chosen from the digits of `phone`.
QColor colorFor(const QString &phone);

} // namespace avatar
} // namespace natter::models
