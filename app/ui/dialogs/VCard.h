#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Reading and writing contact cards (vCard 2.1, 3.0 and 4.0): what the contact picker imports
// from .vcf files and sends, and what a contact bubble shows. Pure functions, no widgets.
namespace natter::ui {

// What a contact card is about: the name to show and the phone numbers, as written in the card.
struct VCardInfo
{
    QString name; // FN, or composed from N when there is no FN; empty when the card has neither
    QStringList phones; // the TEL values in card order (a tel: URI reduced to the number)

    bool operator==(const VCardInfo &) const = default;
};

// One phone number of a card with its kinds ("cell", "home", "work", "fax", …; lower case, without
// "voice"/"pref" and other kinds that say nothing to a person).
struct VCardPhone
{
    QString number;
    QStringList types;

    bool operator==(const VCardPhone &) const = default;
};

// Parses one card (the first one when the text holds several): unfolds folded lines, reads FN
// (or N), TEL, and decodes escapes and quoted-printable values. nullopt when the text is not a
// vCard at all (no BEGIN:VCARD … END:VCARD). A card without a name or without phones still
// parses; the caller decides whether that is enough.
std::optional<VCardInfo> parseVCard(const QString &text);
// The phone numbers of a card with their kinds (empty when not a card or no TEL).
QList<VCardPhone> parseVCardPhones(const QString &text);
// The cards of a .vcf file, each from its BEGIN:VCARD to its END:VCARD line (nested AGENT cards
// stay inside their card). Text outside cards is ignored; empty when there is none.
QList<QString> splitVCards(const QString &fileText);
// The text of a .vcf file: UTF-8 (without a byte order mark), or Latin-1 when it is not UTF-8.
QString vCardFileText(const QByteArray &bytes);
// A vCard 4.0 (CRLF line ends, folded at 75 octets) with FN and one TEL per number (tel: URIs when
// the number is one, as E.164 numbers are; else a text value).
QString makeVCard(const QString &name, const QStringList &phones);
QString makeVCard(const QString &name, const QList<VCardPhone> &phones);

} // namespace natter::ui
