#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace natter::ui {

// Loads the app's own translation (embedded under ":/i18n") and Qt's (qtbase_<lang>, for dialog
// buttons and the like) for the language chosen in the settings, or the system locale's.

// The QSettings key holding the chosen language: "" follows the system locale, else "en", "de", ...
inline constexpr auto kLanguageSettingsKey = "ui/language";

// The language codes Natter is translated into, "en" (the source language) first.
QStringList availableLanguages();

// The language that applies now: the setting's when it names an available one, else the first
// of the system's UI languages that is available, else "en".
QString effectiveLanguage();

// Installs the translators for effectiveLanguage() on app, replacing any installed before by this
// function (so it may be called again after QSettings moved, e.g. to a --data-dir).
void installTranslations(QCoreApplication &app);

} // namespace natter::ui
