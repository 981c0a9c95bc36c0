#include "ui/dialogs/VCard.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QUrl>

namespace natter::ui {

namespace {

struct ContentLine
{
    QString name; // upper case, without the group ("item1.TEL" → "TEL")
    QList<std::pair<QString, QString>> params; // key upper case; a bare 2.1 param is ("TYPE", v)
    QString value; // raw, still escaped
};

bool isCardLine(QStringView line, QLatin1String what)
{
    return line.trimmed().compare(what, Qt::CaseInsensitive) == 0;
}

// Splits on `sep` outside double quotes.
QStringList splitOutsideQuotes(QStringView text, QChar sep)
{
    QStringList out;
    QString current;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        if (c == sep && !quoted) {
            out.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    out.append(current);
    return out;
}

std::optional<ContentLine> parseLine(const QString &line)
{
    // The value starts after the first colon that is not inside a quoted parameter value.
    bool quoted = false;
    qsizetype colon = -1;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == u'"')
            quoted = !quoted;
        else if (line.at(i) == u':' && !quoted) {
            colon = i;
            break;
        }
    }
    if (colon <= 0)
        return std::nullopt;
    ContentLine out;
    const QStringList left = splitOutsideQuotes(QStringView(line).left(colon), u';');
    out.name = left.first().trimmed().toUpper();
    if (const qsizetype dot = out.name.lastIndexOf(u'.'); dot >= 0)
        out.name = out.name.mid(dot + 1);
    for (qsizetype i = 1; i < left.size(); ++i) {
        const QString &param = left.at(i);
        const qsizetype eq = param.indexOf(u'=');
        QString key = eq < 0 ? QStringLiteral("TYPE") : param.left(eq).trimmed().toUpper();
        QString value = eq < 0 ? param : param.mid(eq + 1);
        value = value.trimmed();
        if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
            value = value.mid(1, value.size() - 2);
        out.params.append({key, value});
    }
    out.value = line.mid(colon + 1);
    return out;
}

QString param(const ContentLine &line, QLatin1String key)
{
    for (const auto &[k, v] : line.params) {
        if (k == key)
            return v;
    }
    return {};
}

bool isQuotedPrintable(const ContentLine &line)
{
    for (const auto &[k, v] : line.params) {
        if ((k == QLatin1String("ENCODING") || k == QLatin1String("TYPE"))
            && v.compare(QLatin1String("QUOTED-PRINTABLE"), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool looksQuotedPrintable(const QString &rawLine)
{
    const qsizetype colon = rawLine.indexOf(u':');
    return colon > 0
        && rawLine.left(colon).contains(QLatin1String("QUOTED-PRINTABLE"), Qt::CaseInsensitive);
}

QString decodeQuotedPrintable(const QString &value, const QString &charset)
{
    QByteArray bytes;
    const QByteArray in = value.toUtf8();
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in.at(i) == '=' && i + 2 < in.size()) {
            bool ok = false;
            const int byte = in.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                bytes.append(char(byte));
                i += 2;
                continue;
            }
        }
        bytes.append(in.at(i));
    }
    QStringDecoder decoder(charset.isEmpty() ? "UTF-8" : charset.toLatin1().constData());
    if (!decoder.isValid())
        decoder = QStringDecoder(QStringDecoder::Utf8);
    return decoder.decode(bytes);
}

// Undoes the text escapes of vCard 3.0/4.0 (\\ \, \; \n).
QString unescape(QStringView value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\\' && i + 1 < value.size()) {
            const QChar next = value.at(++i);
            out.append(next == u'n' || next == u'N' ? QChar(u'\n') : next);
        } else {
            out.append(c);
        }
    }
    return out;
}

// Splits a structured value (N) on semicolons that are not escaped.
QStringList splitStructured(QStringView value)
{
    QStringList out;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\\' && i + 1 < value.size()) {
            current.append(c);
            current.append(value.at(++i));
        } else if (c == u';') {
            out.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    out.append(current);
    return out;
}

QString textValue(const ContentLine &line)
{
    if (isQuotedPrintable(line))
        return decodeQuotedPrintable(line.value, param(line, QLatin1String("CHARSET")));
    return unescape(line.value);
}

// Joins folded lines (a line starting with a space or tab continues the previous one) and the
// soft line breaks of quoted-printable values (vCard 2.1).
QStringList unfold(const QString &text)
{
    static const QRegularExpression lineEnd(QStringLiteral("\r\n|\n|\r"));
    const QStringList raw = text.split(lineEnd);
    QStringList lines;
    for (const QString &line : raw) {
        if (!lines.isEmpty() && (line.startsWith(u' ') || line.startsWith(u'\t'))) {
            lines.last().append(line.mid(1));
        } else if (!lines.isEmpty() && lines.last().endsWith(u'=')
            && looksQuotedPrintable(lines.last())) {
            lines.last().chop(1);
            lines.last().append(line);
        } else {
            lines.append(line);
        }
    }
    return lines;
}

// The content lines of the first card in `text` (nested cards skipped); nullopt when none.
std::optional<QList<ContentLine>> cardLines(const QString &text)
{
    const QStringList lines = unfold(text);
    QList<ContentLine> out;
    int depth = 0;
    bool seen = false;
    for (const QString &line : lines) {
        if (isCardLine(line, QLatin1String("BEGIN:VCARD"))) {
            ++depth;
            seen = true;
            continue;
        }
        if (!seen)
            continue;
        if (isCardLine(line, QLatin1String("END:VCARD"))) {
            if (--depth == 0)
                return out;
            continue;
        }
        if (depth != 1)
            continue;
        if (const auto parsed = parseLine(line))
            out.append(*parsed);
    }
    return std::nullopt; // no card, or one that never ends
}

QString nameFromN(const ContentLine &line)
{
    const QString value = isQuotedPrintable(line) ? textValue(line) : line.value;
    QStringList parts = splitStructured(value);
    for (QString &part : parts)
        part = unescape(part).replace(u',', u' ').simplified();
    while (parts.size() < 5)
        parts.append(QString());
    // family; given; additional; prefix; suffix → "prefix given additional family suffix"
    const QStringList ordered {parts.at(3), parts.at(1), parts.at(2), parts.at(0), parts.at(4)};
    QStringList nonEmpty;
    for (const QString &part : ordered) {
        if (!part.isEmpty())
            nonEmpty.append(part);
    }
    return nonEmpty.join(u' ');
}

QString phoneNumber(const ContentLine &line)
{
    QString value = line.value.trimmed();
    if (value.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive)) {
        value = value.mid(4);
        if (const qsizetype semi = value.indexOf(u';'); semi >= 0)
            value = value.left(semi); // URI parameters (ext=, isub=, phone-context=)
        return QUrl::fromPercentEncoding(value.toUtf8()).trimmed();
    }
    return textValue(line).simplified();
}

QStringList phoneTypes(const ContentLine &line)
{
    QStringList out;
    for (const auto &[key, value] : line.params) {
        if (key != QLatin1String("TYPE"))
            continue;
        for (QString type : value.split(u',', Qt::SkipEmptyParts)) {
            type = type.trimmed().toLower();
            if (type == QLatin1String("mobile") || type == QLatin1String("iphone"))
                type = QStringLiteral("cell");
            if (type.isEmpty() || type == QLatin1String("voice") || type == QLatin1String("pref")
                || type == QLatin1String("quoted-printable") || type.startsWith(QLatin1String("x-"))
                || type.startsWith(QLatin1String("charset")) || out.contains(type))
                continue;
            out.append(type);
        }
    }
    return out;
}

// Escapes a text value for a vCard line.
QString escape(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c == u'\\' || c == u',' || c == u';')
            out.append(u'\\').append(c);
        else if (c == u'\n')
            out.append(QLatin1String("\\n"));
        else if (c != u'\r')
            out.append(c);
    }
    return out;
}

// Folds a content line at 75 octets (RFC 6350 3.2) without splitting a character.
QString fold(const QString &line)
{
    QString out;
    int octets = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const bool pair = line.at(i).isHighSurrogate() && i + 1 < line.size();
        const QString ch = pair ? line.mid(i, 2) : QString(line.at(i));
        const int size = int(ch.toUtf8().size());
        if (octets + size > 75) {
            out.append(QLatin1String("\r\n "));
            octets = 1;
        }
        out.append(ch);
        octets += size;
        if (pair)
            ++i;
    }
    return out + QLatin1String("\r\n");
}

} // namespace

std::optional<VCardInfo> parseVCard(const QString &text)
{
    const auto lines = cardLines(text);
    if (!lines)
        return std::nullopt;
    VCardInfo info;
    QString fromN;
    for (const ContentLine &line : *lines) {
        if (line.name == QLatin1String("FN") && info.name.isEmpty())
            info.name = textValue(line).simplified();
        else if (line.name == QLatin1String("N") && fromN.isEmpty())
            fromN = nameFromN(line);
        else if (line.name == QLatin1String("TEL")) {
            const QString number = phoneNumber(line);
            if (!number.isEmpty())
                info.phones.append(number);
        }
    }
    if (info.name.isEmpty())
        info.name = fromN;
    return info;
}

QList<VCardPhone> parseVCardPhones(const QString &text)
{
    QList<VCardPhone> out;
    const auto lines = cardLines(text);
    if (!lines)
        return out;
    for (const ContentLine &line : *lines) {
        if (line.name != QLatin1String("TEL"))
            continue;
        const QString number = phoneNumber(line);
        if (!number.isEmpty())
            out.append(VCardPhone {number, phoneTypes(line)});
    }
    return out;
}

QString vCardFileText(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        return QString::fromLatin1(bytes); // old exports in Latin-1 / Windows-1252
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

QList<QString> splitVCards(const QString &fileText)
{
    QList<QString> cards;
    static const QRegularExpression lineEnd(QStringLiteral("\r\n|\n|\r"));
    const QStringList lines = fileText.split(lineEnd);
    QStringList current;
    int depth = 0;
    for (const QString &line : lines) {
        if (isCardLine(line, QLatin1String("BEGIN:VCARD"))) {
            ++depth;
        } else if (depth == 0) {
            continue; // text between cards
        }
        current.append(line);
        if (isCardLine(line, QLatin1String("END:VCARD")) && --depth == 0) {
            cards.append(current.join(QLatin1String("\r\n")) + QLatin1String("\r\n"));
            current.clear();
        }
    }
    return cards;
}

QString makeVCard(const QString &name, const QStringList &phones)
{
    QList<VCardPhone> list;
    for (const QString &phone : phones)
        list.append(VCardPhone {phone, {}});
    return makeVCard(name, list);
}

QString makeVCard(const QString &name, const QList<VCardPhone> &phones)
{
    static const QRegularExpression global(QStringLiteral("^\\+[0-9][0-9 ().-]*$"));
    QString card = QStringLiteral("BEGIN:VCARD\r\nVERSION:4.0\r\n");
    card += fold(QStringLiteral("FN:") + escape(name.simplified()));
    for (const VCardPhone &phone : phones) {
        const QString number = phone.number.simplified();
        if (number.isEmpty())
            continue;
        QString line = QStringLiteral("TEL");
        if (!phone.types.isEmpty())
            line += QStringLiteral(";TYPE=") + phone.types.join(u',');
        if (global.match(number).hasMatch()) {
            QString uri = number;
            uri.replace(u' ', u'-');
            line += QStringLiteral(";VALUE=uri:tel:") + uri;
        } else {
            line += QStringLiteral(";VALUE=text:") + escape(number);
        }
        card += fold(line);
    }
    card += QStringLiteral("END:VCARD\r\n");
    return card;
}

} // namespace natter::ui
