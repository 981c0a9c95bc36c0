#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace natter::ui::timeformat {

// The time of a message in its bubble ("14:02", or "2:02 PM" where the locale says so).
QString messageTime(const QDateTime &time);
// The chat list: the time today, "Yesterday", the weekday within the last week, else the date.
QString listTime(const QDateTime &time, const QDateTime &now = QDateTime::currentDateTime());
// The separator above the first message of a day: "Today", "Yesterday", the weekday within the
// last week, else the date.
QString daySeparator(const QDate &day, const QDate &today = QDate::currentDate());
// The header of a chat: "last seen today at 14:02", "last seen yesterday at …", "last seen
// 12/03/2024 at …".
QString lastSeen(const QDateTime &time, const QDateTime &now = QDateTime::currentDateTime());

} // namespace natter::ui::timeformat
