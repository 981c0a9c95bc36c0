#pragma once

#include <QPlainTextEdit>

namespace natter::ui {

// The text field of the composer: Enter sends, Shift+Enter starts a new line, and the field
// grows with its text from one line up to six, then scrolls. Pasting a picture or files
// (Ctrl+V) hands them to the chat instead of inserting text; files dragged onto it go to the
// chat's own drop handling.
class ComposerEdit final : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ComposerEdit(QWidget *parent = nullptr);
    ~ComposerEdit() override;
    Q_DISABLE_COPY_MOVE(ComposerEdit)

    static constexpr int kMaxLines = 6;

    // The text without surrounding blank space; empty when there is nothing to send.
    QString message() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // Enter was pressed (the text may still be blank; the receiver decides).
    void submitted();
    // A picture (QImage in the clipboard) or local files were pasted.
    void imagePasted(const QImage &image);
    void filesPasted(const QStringList &paths);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    void dragEnterEvent(QDragEnterEvent *event) override;

private:
    int heightForLines(int lines) const;
    void updateHeight();
};

} // namespace natter::ui
