#include "protocol/Phone.h"

namespace natter::protocol {

bool isValidPhone(const QString &phone)
{
    const qsizetype digits = phone.size() - 1;
    if (digits < 7 || digits > 15 || phone.at(0) != u'+' || phone.at(1) == u'0')
        return false;
    for (qsizetype i = 1; i < phone.size(); ++i) {
        const QChar c = phone.at(i);
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

QString normalizePhone(const QString &typed)
{
    QString out;
    out.reserve(typed.size());
    for (const QChar c : typed.trimmed()) {
        if (c == u' ' || c == u'-' || c == u'.' || c == u'(' || c == u')')
            continue;
        out.append(c);
    }
    return isValidPhone(out) ? out : QString();
}

} // namespace natter::protocol
