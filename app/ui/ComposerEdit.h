#pragma once

#include <QPlainTextEdit>

namespace natter::ui {

// The text field of the composer: Enter sends, Shift+Enter starts a new line, and the field
// grows with its text from one line up to six, then scrolls.
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

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    int heightForLines(int lines) const;
    void updateHeight();
};

} // namespace natter::ui
