#include "ui/ComposerEdit.h"

#include <QAbstractTextDocumentLayout>
#include <QKeyEvent>
#include <QTextBlock>

namespace natter::ui {

ComposerEdit::ComposerEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setPlaceholderText(tr("Type a message"));
    setTabChangesFocus(true);
    setFrameShape(QFrame::NoFrame);
    setLineWrapMode(WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    document()->setDocumentMargin(2);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
        &ComposerEdit::updateHeight);
    updateHeight();
}

ComposerEdit::~ComposerEdit() = default;

QString ComposerEdit::message() const
{
    return toPlainText().trimmed();
}

int ComposerEdit::heightForLines(int lines) const
{
    const QFontMetrics fm(font());
    const QMargins m = contentsMargins();
    return lines * fm.lineSpacing() + int(2 * document()->documentMargin()) + m.top() + m.bottom()
        + 2 * frameWidth() + 2;
}

QSize ComposerEdit::sizeHint() const
{
    return QSize(QPlainTextEdit::sizeHint().width(), height());
}

QSize ComposerEdit::minimumSizeHint() const
{
    return QSize(80, heightForLines(1));
}

void ComposerEdit::updateHeight()
{
    // QPlainTextEdit's document size is counted in (wrapped) lines.
    const int lines
        = std::clamp(int(document()->documentLayout()->documentSize().height()), 1, kMaxLines);
    const int wanted = heightForLines(lines);
    if (height() != wanted) {
        setFixedHeight(wanted);
        updateGeometry();
    }
    ensureCursorVisible();
}

void ComposerEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateHeight();
}

void ComposerEdit::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter
        && !(event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier))) {
        emit submitted();
        event->accept();
        return;
    }
    if (enter && (event->modifiers() & Qt::ShiftModifier)) {
        insertPlainText(QStringLiteral("\n"));
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace natter::ui
