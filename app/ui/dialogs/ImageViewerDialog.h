#pragma once

#include <QDialog>
#include <QImage>

class QLabel;
class QPushButton;
class QScrollArea;

namespace natter::ui {

class ImageCanvas;

// Shows a received or sent picture large, on a dark backdrop: fitted to the window (aspect
// kept) at first, zoomed with Ctrl+wheel, +/− (0 fits again), moved by dragging or the scroll
// bars when larger than the window; "Save as…" copies the file as it is. Esc closes. The
// picture is decoded off the GUI thread; a file that cannot be read says so.
class ImageViewerDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ImageViewerDialog(const QString &imagePath, QWidget *parent = nullptr);
    ~ImageViewerDialog() override;
    Q_DISABLE_COPY_MOVE(ImageViewerDialog)

    bool isLoaded() const { return !m_image.isNull(); }
    bool isLoading() const { return m_loading; }
    // Why the picture is not shown (empty while loading or when shown).
    QString errorText() const { return m_error; }
    // 1.0 = one image pixel per screen pixel; fitted: whatever fits the window.
    double zoom() const;
    bool isFitted() const;
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    // Copies the original file to `path` (replacing a file there); false with *error.
    bool saveTo(const QString &path, QString *error = nullptr) const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onLoaded(const QImage &image, const QString &error);
    void setZoom(double zoom, const QPoint &anchor);
    void updateZoomLabel();
    void saveAs();

    QString m_path;
    QImage m_image;
    QString m_error;
    bool m_loading = true;
    QPoint m_dragStart; // dragging the picture: where the press was, and the scroll then
    QPoint m_scrollStart;
    ImageCanvas *m_canvas = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QPushButton *m_zoomIn = nullptr;
    QPushButton *m_zoomOut = nullptr;
    QPushButton *m_fit = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace natter::ui
