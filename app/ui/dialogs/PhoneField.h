#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace natter::ui {

// A phone number input with a hint line below it that says, as the user types, whether the
// number is usable (normalised to E.164 with natter::protocol::normalizePhone) or what to fix.
class PhoneField final : public QWidget
{
    Q_OBJECT
public:
    enum class Verdict {
        Empty, // nothing typed yet
        Incomplete, // could become valid by typing on
        Invalid, // needs fixing, not only more digits
        Valid,
    };
    struct Assessment
    {
        Verdict verdict = Verdict::Empty;
        QString normalized; // E.164 when Valid
        QString hint; // one line for the user
    };
    // What to tell the user about `typed`.
    static Assessment assess(const QString &typed);

    explicit PhoneField(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PhoneField)

    QLineEdit *lineEdit() const { return m_edit; }
    QString text() const;
    void setText(const QString &text);
    // The number in E.164, or empty while it is not valid.
    QString normalized() const { return m_assessment.normalized; }
    bool isValid() const { return m_assessment.verdict == Verdict::Valid; }
    Verdict verdict() const { return m_assessment.verdict; }
    QString hint() const;
    // The hint shown while the field is empty.
    void setEmptyHint(const QString &hint);

signals:
    void validityChanged(bool valid);
    void edited(const QString &text);
    void returnPressed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void revalidate();
    void updateHint();

    QLineEdit *m_edit;
    QLabel *m_hint;
    QString m_emptyHint;
    Assessment m_assessment;
};

} // namespace natter::ui
