#include "ui/ComposerEdit.h"

#include "ui/Attachments.h"

#include <QAbstractTextDocumentLayout>
#include <QDragEnterEvent>
#include <QImage>
#include <QKeyEvent>
#include <QMimeData>
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

bool ComposerEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasImage() || !Attachments::localFiles(source).isEmpty()
        || QPlainTextEdit::canInsertFromMimeData(source);
}

void ComposerEdit::insertFromMimeData(const QMimeData *source)
{
    // Copied files come first: a file manager also offers their names as text.
    const QStringList files = Attachments::localFiles(source);
    if (!files.isEmpty()) {
        emit filesPasted(files);
        return;
    }
    if (source->hasImage()) {
        const QImage image = qvariant_cast<QImage>(source->imageData());
        if (!image.isNull()) {
            emit imagePasted(image);
            return;
        }
    }
    QPlainTextEdit::insertFromMimeData(source);
}

void ComposerEdit::dragEnterEvent(QDragEnterEvent *event)
{
    // Files dropped here are sent like files dropped anywhere on the chat.
    if (!Attachments::localFiles(event->mimeData()).isEmpty()) {
        event->ignore();
        return;
    }
    QPlainTextEdit::dragEnterEvent(event);
}

} // namespace natter::ui
