// The German and Spanish translations: complete, placeholders kept, up to date with the code
// (lupdate finds nothing new and nothing gone), and the embedded .qm actually used.
#include "UiTestSupport.h"
#include "ui/Translations.h"
#include "ui/dialogs/LanguageDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace natter::ui;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "" when finished, else unfinished / vanished / obsolete
    QStringList translations; // one per numerus form, else one
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == u"context") {
            context.clear();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = TsMessage();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus) {
                message.translations << xml.readElementText();
                ts.messages << message;
            } else {
                // <numerusform> children, read until </translation>.
                while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == u"numerusform")
                        message.translations << xml.readElementText();
                }
                ts.messages << message;
            }
        }
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    return ts;
}

QString keyOf(const TsMessage &m)
{
    return m.context + u'|' + m.source + (m.comment.isEmpty() ? QString() : u'|' + m.comment);
}

QSet<QString> keysOf(const TsFile &ts)
{
    QSet<QString> keys;
    for (const TsMessage &m : ts.messages)
        keys.insert(keyOf(m));
    return keys;
}

// %1..%99, %L1, %n, %Ln: what .arg() and tr(..., n) fill in.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?([0-9]{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(1);
    found.sort();
    found.removeDuplicates();
    return found;
}

QString lupdatePath()
{
    const QString inQt
        = QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
    for (const QString &candidate :
        {inQt, QStringLiteral("/usr/lib/qt6/bin/lupdate"),
            QStandardPaths::findExecutable(QStringLiteral("lupdate6")),
            QStandardPaths::findExecutable(QStringLiteral("lupdate"))}) {
        if (!candidate.isEmpty() && QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return {};
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    QString m_translationsDir;

    QString tsPath(const QString &language) const
    {
        return m_translationsDir + QStringLiteral("/natter_%1.ts").arg(language);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        natter::uitest::isolateSettings(m_settingsDir);
        const QString de = QFINDTESTDATA("../../translations/natter_de.ts");
        QVERIFY2(!de.isEmpty(), "translations/natter_de.ts not found from the test's source");
        m_translationsDir = QFileInfo(de).absolutePath();
    }

    void complete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("de") << QStringLiteral("de");
        QTest::addRow("es") << QStringLiteral("es");
    }
    void complete()
    {
        QFETCH(QString, language);
        const TsFile ts = readTs(tsPath(language));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QVERIFY(ts.language.startsWith(language));
        QVERIFY(!ts.messages.isEmpty());
        QStringList problems;
        for (const TsMessage &m : ts.messages) {
            const QString where = m.context + QStringLiteral(": \"") + m.source + u'"';
            if (!m.type.isEmpty()) {
                problems << m.type + QStringLiteral(" — ") + where;
                continue;
            }
            // German and Spanish both have two plural forms (one, other).
            if (m.numerus && m.translations.size() != 2) {
                problems << QStringLiteral("%1 plural forms instead of 2 — ")
                                .arg(m.translations.size())
                         + where;
            }
            const QStringList expected = placeholders(m.source);
            for (const QString &translation : m.translations) {
                if (translation.trimmed().isEmpty())
                    problems << QStringLiteral("empty translation — ") + where;
                else if (placeholders(translation) != expected)
                    problems << QStringLiteral("placeholders %1 instead of %2 in \"%3\" — ")
                                    .arg(placeholders(translation).join(u','),
                                        expected.join(u','), translation)
                             + where;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The .ts files hold exactly what lupdate finds in the code now (update_translations was run
    // after the last string change).
    void upToDateWithTheCode()
    {
        const QString lupdate = lupdatePath();
        if (lupdate.isEmpty())
            QSKIP("lupdate is not installed");
        QTemporaryDir out;
        QVERIFY(out.isValid());
        const QString fresh = out.filePath(QStringLiteral("natter_xx.ts"));
        const QString app = QDir(m_translationsDir + QStringLiteral("/../app")).absolutePath();
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(lupdate,
            {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-I"), app,
                app + QStringLiteral("/client"),
                app + QStringLiteral("/models"), app + QStringLiteral("/ui"), QStringLiteral("-ts"),
                fresh});
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitCode() == 0, process.readAll().constData());
        const TsFile current = readTs(fresh);
        QVERIFY2(current.error.isEmpty(), qPrintable(current.error));
        const QSet<QString> inCode = keysOf(current);
        QVERIFY(inCode.size() > 50);

        for (const QString &language : {QStringLiteral("de"), QStringLiteral("es")}) {
            const QSet<QString> committed = keysOf(readTs(tsPath(language)));
            QStringList newInCode = (inCode - committed).values();
            QStringList goneFromCode = (committed - inCode).values();
            newInCode.sort();
            goneFromCode.sort();
            QVERIFY2(newInCode.isEmpty(),
                qPrintable(QStringLiteral("natter_%1.ts lacks strings from the code (build "
                                          "update_translations and translate them):\n")
                               .arg(language)
                    + newInCode.join(u'\n')));
            QVERIFY2(goneFromCode.isEmpty(),
                qPrintable(QStringLiteral("natter_%1.ts has strings the code no longer has "
                                          "(build update_translations):\n")
                               .arg(language)
                    + goneFromCode.join(u'\n')));
        }
    }

    // The embedded .qm translates, plurals included; Qt's own strings come along.
    void germanIsInstalled()
    {
        QVERIFY2(QFile::exists(QStringLiteral(":/i18n/natter_de.qm")),
            "the .qm files are not embedded: link Natter::Translations into natter_ui");
        QSettings().setValue(QLatin1String(kLanguageSettingsKey), QStringLiteral("de"));
        QCOMPARE(effectiveLanguage(), QStringLiteral("de"));
        installTranslations(*QCoreApplication::instance());
        QCOMPARE(QCoreApplication::translate("natter::ui::MainWindow", "&File"),
            QStringLiteral("&Datei"));
        QCOMPARE(QCoreApplication::translate("TimeFormat", "last seen today at %1"),
            QStringLiteral("zuletzt online heute um %1"));
        QCOMPARE(QCoreApplication::translate("natter::ui::DesktopIntegration", "%n new messages",
                     nullptr, 1),
            QStringLiteral("1 neue Nachricht"));
        QCOMPARE(QCoreApplication::translate("natter::ui::DesktopIntegration", "%n new messages",
                     nullptr, 3),
            QStringLiteral("3 neue Nachrichten"));
        const QString qtbase = QLibraryInfo::path(QLibraryInfo::TranslationsPath)
            + QStringLiteral("/qtbase_de.qm");
        if (QFile::exists(qtbase))
            QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                QStringLiteral("Abbrechen"));

        // Calling it again replaces the translators: back to English.
        QSettings().setValue(QLatin1String(kLanguageSettingsKey), QStringLiteral("en"));
        installTranslations(*QCoreApplication::instance());
        QCOMPARE(QCoreApplication::translate("natter::ui::MainWindow", "&File"),
            QStringLiteral("&File"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
            QStringLiteral("Cancel"));
        QSettings().remove(QLatin1String(kLanguageSettingsKey));
    }

    void languageDialogStoresTheChoice()
    {
        LanguageDialog dialog;
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), availableLanguages().size() + 1);
        QCOMPARE(dialog.selectedLanguage(), QString()); // the system's by default
        QCOMPARE(combo->itemText(combo->findData(QStringLiteral("de"))), QStringLiteral("Deutsch"));
        QCOMPARE(combo->itemText(combo->findData(QStringLiteral("es"))), QStringLiteral("Español"));
        dialog.setSelectedLanguage(QStringLiteral("es"));
        dialog.accept();
        QCOMPARE(QSettings().value(QLatin1String(kLanguageSettingsKey)).toString(),
            QStringLiteral("es"));
        LanguageDialog again;
        QCOMPARE(again.selectedLanguage(), QStringLiteral("es"));
        QSettings().remove(QLatin1String(kLanguageSettingsKey));
    }
};

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
