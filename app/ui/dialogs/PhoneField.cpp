#include "ui/dialogs/PhoneField.h"

#include "protocol/Phone.h"
#include "ui/dialogs/InlineMessage.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace natter::ui {

using namespace dialogs;

PhoneField::Assessment PhoneField::assess(const QString &typed)
{
    const QString trimmed = typed.trimmed();
    if (trimmed.isEmpty())
        return {Verdict::Empty, {}, {}};
    const QString normalized = protocol::normalizePhone(trimmed);
    if (!normalized.isEmpty()) {
        // Show the number as it will be used, unless that is exactly what was typed.
        return {Verdict::Valid, normalized,
            normalized == trimmed ? tr("✓ Valid number") : tr("✓ %1").arg(normalized)};
    }

    QString compact = trimmed;
    compact.remove(QRegularExpression(QStringLiteral("[ .()\\-]")));
    static const QRegularExpression allowed(QStringLiteral("^\\+?[0-9]*$"));
    if (!allowed.match(compact).hasMatch())
        return {Verdict::Invalid, {},
            tr("A phone number has only digits, spaces, dashes and brackets.")};
    if (compact.startsWith(QLatin1String("00")))
        return {Verdict::Invalid, {}, tr("Write + instead of the leading 00.")};
    if (!compact.startsWith(u'+'))
        return {
            Verdict::Invalid, {}, tr("Start with + and the country code, e.g. +49 for Germany.")};
    if (compact.size() > 1 && compact.at(1) == u'0')
        return {Verdict::Invalid, {}, tr("A country code never starts with 0.")};
    const qsizetype digits = compact.size() - 1;
    if (digits > 15)
        return {Verdict::Invalid, {}, tr("Too long: a phone number has at most 15 digits.")};
    return {Verdict::Incomplete, {}, tr("Keep typing: a full number has 7 to 15 digits.")};
}

PhoneField::PhoneField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_emptyHint(tr("Include the country code, e.g. +49 151 12345678."))
{
    m_edit->setObjectName(QStringLiteral("phoneEdit"));
    m_edit->setPlaceholderText(tr("+49 151 12345678"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_edit->setMaxLength(32);
    m_hint->setObjectName(QStringLiteral("phoneHint"));
    m_hint->setWordWrap(true);
    QFont small = m_hint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_hint->setFont(small);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(m_edit);
    layout->addWidget(m_hint);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &PhoneField::revalidate);
    connect(m_edit, &QLineEdit::textEdited, this, &PhoneField::edited);
    connect(m_edit, &QLineEdit::returnPressed, this, &PhoneField::returnPressed);
    updateHint();
}

QString PhoneField::text() const
{
    return m_edit->text();
}

void PhoneField::setText(const QString &text)
{
    m_edit->setText(text);
}

QString PhoneField::hint() const
{
    return m_hint->text();
}

void PhoneField::setEmptyHint(const QString &hint)
{
    m_emptyHint = hint;
    updateHint();
}

void PhoneField::revalidate()
{
    const bool wasValid = isValid();
    m_assessment = assess(m_edit->text());
    updateHint();
    if (wasValid != isValid())
        emit validityChanged(isValid());
}

void PhoneField::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateHint();
}

void PhoneField::updateHint()
{
    QColor color = mutedColor(palette());
    if (m_assessment.verdict == Verdict::Invalid)
        color = errorColor(palette());
    else if (m_assessment.verdict == Verdict::Valid)
        color = successColor(palette());
    QPalette p = m_hint->palette();
    p.setColor(QPalette::WindowText, color);
    m_hint->setPalette(p);
    m_hint->setText(m_assessment.verdict == Verdict::Empty ? m_emptyHint : m_assessment.hint);
    m_edit->setToolTip(m_assessment.verdict == Verdict::Invalid ? m_assessment.hint : QString());
}

} // namespace natter::ui
