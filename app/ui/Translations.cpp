#include "ui/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace natter::ui {

namespace {
// Owned by the application object, so they live exactly as long as the translations are used.
QTranslator *s_appTranslator = nullptr;
QTranslator *s_qtTranslator = nullptr;

void removeTranslator(QCoreApplication &app, QTranslator *&translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    if (translator->parent() == &app)
        delete translator;
    translator = nullptr;
}
} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")};
}

QString effectiveLanguage()
{
    const QStringList available = availableLanguages();
    const QString chosen = QSettings().value(QLatin1String(kLanguageSettingsKey)).toString();
    if (available.contains(chosen))
        return chosen;
    // "de-AT", "es-MX", "de_DE": the language part decides.
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString language = name.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (available.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

void installTranslations(QCoreApplication &app)
{
    removeTranslator(app, s_appTranslator);
    removeTranslator(app, s_qtTranslator);

    const QString language = effectiveLanguage();
    // Number and date formats follow the language shown, so a German UI is not half English.
    if (language != QLocale().name().section(u'_', 0, 0))
        QLocale::setDefault(QLocale(language == u"en" ? QStringLiteral("en_US") : language));
    if (language == u"en")
        return; // The source strings are English.

    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(QStringLiteral(":/i18n/natter_%1.qm").arg(language))) {
        QCoreApplication::installTranslator(appTranslator);
        s_appTranslator = appTranslator;
    } else {
        delete appTranslator;
    }

    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QStringLiteral("qtbase_%1").arg(language),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
        s_qtTranslator = qtTranslator;
    } else {
        delete qtTranslator;
    }
}

} // namespace natter::ui
