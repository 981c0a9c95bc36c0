#pragma once

#include <QWidget>

namespace natter::ui {

// The highlight over a chat while files are dragged onto it: a tinted pane with a dashed
// frame and "Drop files to send to <name>". It lets every mouse and drag event through.
class DropOverlay final : public QWidget
{
    Q_OBJECT
public:
    explicit DropOverlay(QWidget *parent);
    ~DropOverlay() override;
    Q_DISABLE_COPY_MOVE(DropOverlay)

    void setText(const QString &text);
    QString text() const { return m_text; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
};

} // namespace natter::ui
