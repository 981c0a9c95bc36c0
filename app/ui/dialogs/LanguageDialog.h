#pragma once

#include <QDialog>

class QComboBox;

namespace natter::ui {

// Settings → Language…: picks the UI language (or the system's) and stores it in QSettings
// ("ui/language"); it applies the next time Natter starts, which the dialog says.
class LanguageDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit LanguageDialog(QWidget *parent = nullptr);
    ~LanguageDialog() override;
    Q_DISABLE_COPY_MOVE(LanguageDialog)

    // The selected language code ("" = system default).
    QString selectedLanguage() const;
    void setSelectedLanguage(const QString &language);

    // Stores the selection; called on OK.
    void accept() override;

private:
    QComboBox *m_combo;
};

} // namespace natter::ui
