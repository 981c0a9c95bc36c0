#pragma once

#include <QColor>
#include <QFrame>

class QLabel;

namespace natter::ui {

// A tinted box inside a dialog that says what went wrong (or a neutral note), in colours that
// follow the light or dark palette. Hidden while it has nothing to say. Links in the text
// (rich text) are reported through linkActivated().
class InlineMessage final : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Error, Info };

    explicit InlineMessage(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(InlineMessage)

    void showMessage(Kind kind, const QString &text);
    void clear();
    QString text() const;
    Kind kind() const { return m_kind; }

signals:
    void linkActivated(const QString &link);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void updateColors();

    QLabel *m_icon;
    QLabel *m_label;
    Kind m_kind = Kind::Error;
    QColor m_background;
    QColor m_border;
};

// Colours for hints and errors in dialogs that stay readable on the current palette.
namespace dialogs {
QColor errorColor(const QPalette &palette);
QColor successColor(const QPalette &palette);
QColor mutedColor(const QPalette &palette);
bool isDark(const QPalette &palette);
} // namespace dialogs

} // namespace natter::ui
