#pragma once

#include <QString>

namespace natter::protocol {

// E.164: a '+', a non-zero country digit, 7 to 15 digits in all, nothing else.
bool isValidPhone(const QString &phone);

// Turns what a person types ("+49 151 1234-5678", "(0049)…" is not accepted) into E.164 by
// dropping spaces, dashes, dots and parentheses. Returns an empty string when the result is
// not valid E.164.
QString normalizePhone(const QString &typed);

} // namespace natter::protocol
