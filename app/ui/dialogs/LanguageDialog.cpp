#include "ui/dialogs/LanguageDialog.h"

#include "ui/Translations.h"
#include "ui/dialogs/AppIcon.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QVBoxLayout>

namespace natter::ui {

namespace {
// Each language is named in itself, so someone stuck in a language they cannot read finds theirs.
QString nativeName(const QString &code)
{
    // Not QLocale::nativeLanguageName(): it says "español de España" where the menu needs "Español".
    if (code == u"de")
        return QStringLiteral("Deutsch");
    if (code == u"es")
        return QStringLiteral("Español");
    if (code == u"en")
        return QStringLiteral("English");
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}
} // namespace

LanguageDialog::LanguageDialog(QWidget *parent)
    : QDialog(parent)
    , m_combo(new QComboBox(this))
{
    setObjectName(QStringLiteral("languageDialog"));
    setWindowTitle(tr("Language"));
    setWindowIcon(appIcon());

    m_combo->setObjectName(QStringLiteral("languageCombo"));
    m_combo->addItem(tr("System default"), QString());
    for (const QString &code : availableLanguages())
        m_combo->addItem(nativeName(code), code);

    auto *note = new QLabel(tr("Applies the next time Natter starts."), this);
    note->setObjectName(QStringLiteral("languageNote"));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_combo);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &LanguageDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LanguageDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();
    layout->addWidget(buttons);

    setSelectedLanguage(QSettings().value(QLatin1String(kLanguageSettingsKey)).toString());
}

LanguageDialog::~LanguageDialog() = default;

QString LanguageDialog::selectedLanguage() const
{
    return m_combo->currentData().toString();
}

void LanguageDialog::setSelectedLanguage(const QString &language)
{
    const int index = m_combo->findData(language);
    m_combo->setCurrentIndex(index < 0 ? 0 : index);
}

void LanguageDialog::accept()
{
    QSettings().setValue(QLatin1String(kLanguageSettingsKey), selectedLanguage());
    QDialog::accept();
}

} // namespace natter::ui
