#include "ui/TimeFormat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace natter::ui::timeformat {

namespace {
// Whole days from `day` to `today` (0 today, 1 yesterday, negative in the future).
qint64 daysAgo(const QDate &day, const QDate &today)
{
    return day.daysTo(today);
}
} // namespace

QString messageTime(const QDateTime &time)
{
    // Some locales (C among them) put seconds into the short format; a chat never shows them.
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(seconds);
    return QLocale().toString(time.toLocalTime().time(), format);
}

QString listTime(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    const qint64 days = daysAgo(local.date(), now.toLocalTime().date());
    if (days <= 0)
        return messageTime(local);
    if (days == 1)
        return QCoreApplication::translate("TimeFormat", "Yesterday");
    if (days < 7)
        return QLocale().standaloneDayName(local.date().dayOfWeek(), QLocale::LongFormat);
    return QLocale().toString(local.date(), QLocale::ShortFormat);
}

QString daySeparator(const QDate &day, const QDate &today)
{
    const qint64 days = daysAgo(day, today);
    if (days <= 0)
        return QCoreApplication::translate("TimeFormat", "Today");
    if (days == 1)
        return QCoreApplication::translate("TimeFormat", "Yesterday");
    if (days < 7)
        return QLocale().standaloneDayName(day.dayOfWeek(), QLocale::LongFormat);
    if (day.year() == today.year()) {
        // The locale's long date without weekday and year: "March 12", "12 March", "12. März".
        static const QRegularExpression weekday(QStringLiteral("d{4}[,.]?\\s*"));
        static const QRegularExpression year(QStringLiteral("[,.]?\\s*y+[.年]?"));
        QString format = QLocale().dateFormat(QLocale::LongFormat);
        format.remove(weekday);
        format.remove(year);
        return QLocale().toString(day, format.trimmed());
    }
    return QLocale().toString(day, QLocale::LongFormat);
}

QString lastSeen(const QDateTime &time, const QDateTime &now)
{
    const QDateTime local = time.toLocalTime();
    const QString clock = messageTime(local);
    const qint64 days = daysAgo(local.date(), now.toLocalTime().date());
    if (days <= 0)
        return QCoreApplication::translate("TimeFormat", "last seen today at %1").arg(clock);
    if (days == 1)
        return QCoreApplication::translate("TimeFormat", "last seen yesterday at %1").arg(clock);
    return QCoreApplication::translate("TimeFormat", "last seen %1 at %2")
        .arg(QLocale().toString(local.date(), QLocale::ShortFormat), clock);
}

} // namespace natter::ui::timeformat
