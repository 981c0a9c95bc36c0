#include "models/Avatar.h"

#include <QStringList>

#include <array>

namespace natter::models::avatar {

QString initials(const QString &name)
{
    const QStringList words = name.simplified().split(u' ', Qt::SkipEmptyParts);
    QString out;
    auto firstLetter = [](const QString &word) {
        for (const QChar c : word) {
            if (c.isLetter())
                return QString(c).toUpper();
            if (c.isDigit() || c == u'+')
                return QString(); // a number, not a name
        }
        return QString();
    };
    if (words.isEmpty())
        return out;
    out += firstLetter(words.first());
    if (words.size() > 1 && !out.isEmpty())
        out += firstLetter(words.last());
    return out;
}

QColor colorFor(const QString &phone)
{
    // Mid-tone colours that carry white initials in both light and dark themes.
    static constexpr std::array<QRgb, 12> kColors = {
        0xffe17076,
        0xfffaa774,
        0xffa695e7,
        0xff7bc862,
        0xff6ec9cb,
        0xff65aadd,
        0xffee7aae,
        0xff4fae4e,
        0xffd9a03f,
        0xff8e85ee,
        0xff3d9ee0,
        0xffc0699b,
    };
    // FNV-1a over the UTF-16 code units: stable, unlike qHash with its per-process seed.
    quint32 hash = 2166136261u;
    for (const QChar c : phone) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    // Numbers differ in a few trailing digits: mix all bits into the low ones.
    hash ^= hash >> 16;
    hash *= 0x45d9f3bu;
    hash ^= hash >> 16;
    return QColor::fromRgb(kColors[hash % kColors.size()]);
}

} // namespace natter::models::avatar
