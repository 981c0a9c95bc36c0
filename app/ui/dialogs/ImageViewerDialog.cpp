#include "ui/dialogs/ImageViewerDialog.h"

#include "ui/dialogs/AppIcon.h"
#include "ui/dialogs/Background.h"
#include "ui/dialogs/SaveCopy.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace natter::ui {

namespace {
constexpr double kZoomStep = 1.25;
constexpr double kMinZoom = 0.05;
constexpr double kMaxZoom = 16.0;
const QColor kBackdrop(0x10, 0x12, 0x14);

struct Loaded
{
    QImage image;
    QString error;
};

Loaded load(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    reader.setDecideFormatFromContent(true);
    Loaded out;
    out.image = reader.read();
    if (out.image.isNull())
        out.error = reader.errorString();
    return out;
}
} // namespace

// The picture at the current zoom, centred in whatever room it has.
class ImageCanvas final : public QWidget
{
public:
    explicit ImageCanvas(QWidget *parent)
        : QWidget(parent)
    {
        setAttribute(Qt::WA_OpaquePaintEvent);
    }
    void setImage(const QImage &image)
    {
        m_image = image;
        update();
    }
    // The on-screen size of the picture at `zoom` (device-independent pixels).
    QSizeF scaledSize(double zoom) const
    {
        return QSizeF(m_image.size()) * zoom / devicePixelRatioF();
    }
    double zoom = 1.0;
    bool fitted = true;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), kBackdrop);
        if (m_image.isNull())
            return;
        const QSizeF size = scaledSize(zoom);
        const QRectF target((width() - size.width()) / 2, (height() - size.height()) / 2,
            size.width(), size.height());
        p.setRenderHint(QPainter::SmoothPixmapTransform, zoom < 2.0);
        p.drawImage(target, m_image);
    }

private:
    QImage m_image;
};

ImageViewerDialog::ImageViewerDialog(const QString &imagePath, QWidget *parent)
    : QDialog(parent)
    , m_path(imagePath)
{
    setObjectName(QStringLiteral("imageViewerDialog"));
    setWindowTitle(QFileInfo(imagePath).fileName());
    setWindowIcon(appIcon());
    setWindowFlag(Qt::WindowMaximizeButtonHint, true);

    QPalette dark = palette();
    dark.setColor(QPalette::Window, kBackdrop);
    dark.setColor(QPalette::WindowText, QColor(0xE8, 0xEA, 0xED));
    dark.setColor(QPalette::Base, kBackdrop);
    dark.setColor(QPalette::Button, QColor(0x2A, 0x2D, 0x31));
    dark.setColor(QPalette::ButtonText, QColor(0xE8, 0xEA, 0xED));
    setPalette(dark);
    setAutoFillBackground(true);

    m_canvas = new ImageCanvas(this);
    m_canvas->setObjectName(QStringLiteral("imageCanvas"));
    m_canvas->installEventFilter(this);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("imageScroll"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(false);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->viewport()->setAutoFillBackground(true);
    m_scroll->viewport()->setPalette(dark);
    m_scroll->viewport()->installEventFilter(this);

    m_message = new QLabel(tr("Loading…"), this);
    m_message->setObjectName(QStringLiteral("imageMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);

    auto button = [this](const QString &text, const QString &tip, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setToolTip(tip);
        b->setAutoDefault(false);
        b->setFocusPolicy(Qt::NoFocus);
        b->setCursor(Qt::PointingHandCursor);
        return b;
    };
    m_zoomOut = button(QStringLiteral("−"), tr("Zoom out (−)"), "zoomOutButton");
    m_zoomIn = button(QStringLiteral("+"), tr("Zoom in (+)"), "zoomInButton");
    m_fit = button(tr("Fit"), tr("Fit to the window (0)"), "fitButton");
    m_save = button(tr("Save as…"), tr("Save a copy of the picture (Ctrl+S)"), "saveButton");
    QPushButton *close = button(tr("Close"), tr("Close (Esc)"), "closeButton");
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setObjectName(QStringLiteral("zoomLabel"));
    m_zoomLabel->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("1600 %")) + 8);
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    connect(m_zoomIn, &QPushButton::clicked, this, &ImageViewerDialog::zoomIn);
    connect(m_zoomOut, &QPushButton::clicked, this, &ImageViewerDialog::zoomOut);
    connect(m_fit, &QPushButton::clicked, this, &ImageViewerDialog::fitToWindow);
    connect(m_save, &QPushButton::clicked, this, &ImageViewerDialog::saveAs);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    for (QPushButton *b : {m_zoomIn, m_zoomOut, m_fit, m_save})
        b->setEnabled(false);
    setStyleSheet(QStringLiteral(
        "QPushButton { color: #e8eaed; background: rgba(255,255,255,0.08); border: none;"
        " border-radius: 6px; padding: 6px 14px; }"
        "QPushButton:hover { background: rgba(255,255,255,0.16); }"
        "QPushButton:pressed { background: rgba(255,255,255,0.24); }"
        "QPushButton:disabled { color: rgba(232,234,237,0.35); }"
        "QLabel { color: #e8eaed; }"
        "QScrollBar { background: #101214; width: 10px; height: 10px; margin: 0; }"
        "QScrollBar::handle { background: rgba(255,255,255,0.25); border-radius: 4px;"
        " min-width: 24px; min-height: 24px; margin: 2px; }"
        "QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; }"
        "QScrollBar::add-page, QScrollBar::sub-page { background: none; }"));

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(12, 8, 12, 10);
    bar->setSpacing(6);
    bar->addWidget(m_zoomOut);
    bar->addWidget(m_zoomLabel);
    bar->addWidget(m_zoomIn);
    bar->addWidget(m_fit);
    bar->addStretch(1);
    bar->addWidget(m_save);
    bar->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_message, 1);
    layout->addLayout(bar);
    m_scroll->hide();

    // The header says the size at once: the window fits the picture before it is decoded.
    QImageReader header(imagePath);
    header.setAutoTransform(true);
    QSize size = header.size();
    if (header.transformation() & QImageIOHandler::TransformationRotate90)
        size.transpose();
    const QScreen *screen = parent ? parent->screen() : QApplication::primaryScreen();
    const QSize room = screen ? screen->availableGeometry().size() * 0.85 : QSize(1200, 800);
    QSize window
        = size.isValid() ? size.scaled(room, Qt::KeepAspectRatio).boundedTo(size) : QSize(640, 480);
    window = window.expandedTo(QSize(480, 320)) + QSize(0, 52);
    resize(window.boundedTo(room));

    updateZoomLabel();
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher] {
        const Loaded loaded = watcher->result();
        watcher->deleteLater();
        onLoaded(loaded.image, loaded.error);
    });
    watcher->setFuture(runInBackground([path = m_path] { return load(path); }));
}

ImageViewerDialog::~ImageViewerDialog() = default;

void ImageViewerDialog::onLoaded(const QImage &image, const QString &error)
{
    m_loading = false;
    if (image.isNull()) {
        m_error = tr("This picture cannot be shown: %1")
                      .arg(error.isEmpty() ? tr("unknown format") : error);
        if (!QFileInfo::exists(m_path))
            m_error = tr("This picture cannot be shown: the file is no longer there.");
        m_message->setText(m_error);
        m_save->setEnabled(QFileInfo::exists(m_path));
        return;
    }
    m_image = image;
    m_canvas->setImage(image);
    m_message->hide();
    m_scroll->show();
    for (QPushButton *b : {m_zoomIn, m_zoomOut, m_fit, m_save})
        b->setEnabled(true);
    fitToWindow();
}

double ImageViewerDialog::zoom() const
{
    return m_canvas->zoom;
}

bool ImageViewerDialog::isFitted() const
{
    return m_canvas->fitted;
}

void ImageViewerDialog::fitToWindow()
{
    if (m_image.isNull())
        return;
    m_canvas->fitted = true;
    const QSize room = m_scroll->viewport()->size();
    const QSizeF natural = m_canvas->scaledSize(1.0);
    // Never larger than the picture itself: a small one stays sharp in the middle.
    m_canvas->zoom = qBound(kMinZoom,
        qMin(1.0, qMin(room.width() / natural.width(), room.height() / natural.height())),
        kMaxZoom);
    m_canvas->resize(room);
    m_canvas->update();
    updateZoomLabel();
}

void ImageViewerDialog::zoomIn()
{
    setZoom(zoom() * kZoomStep, m_scroll->viewport()->rect().center());
}

void ImageViewerDialog::zoomOut()
{
    setZoom(zoom() / kZoomStep, m_scroll->viewport()->rect().center());
}

void ImageViewerDialog::setZoom(double value, const QPoint &anchor)
{
    if (m_image.isNull())
        return;
    value = qBound(kMinZoom, value, kMaxZoom);
    QScrollBar *h = m_scroll->horizontalScrollBar();
    QScrollBar *v = m_scroll->verticalScrollBar();
    // Keep the picture's point under `anchor` (viewport coordinates) where it is.
    auto offset = [this](double z) {
        const QSizeF size = m_canvas->scaledSize(z);
        return QPointF(
            (m_canvas->width() - size.width()) / 2, (m_canvas->height() - size.height()) / 2);
    };
    const QPointF inCanvas = QPointF(anchor - m_canvas->pos());
    const QPointF inImage = (inCanvas - offset(m_canvas->zoom)) / m_canvas->zoom;
    m_canvas->fitted = false;
    m_canvas->zoom = value;
    const QSize room = m_scroll->viewport()->size();
    const QSizeF size = m_canvas->scaledSize(value);
    m_canvas->resize(
        qMax(room.width(), qCeil(size.width())), qMax(room.height(), qCeil(size.height())));
    const QPointF after = inImage * value + offset(value);
    h->setValue(qRound(after.x() - anchor.x()));
    v->setValue(qRound(after.y() - anchor.y()));
    m_canvas->update();
    updateZoomLabel();
}

void ImageViewerDialog::updateZoomLabel()
{
    m_zoomLabel->setText(
        m_image.isNull() ? QString() : QStringLiteral("%1 %").arg(qRound(zoom() * 100)));
    m_zoomIn->setEnabled(!m_image.isNull() && zoom() < kMaxZoom);
    m_zoomOut->setEnabled(!m_image.isNull() && zoom() > kMinZoom);
}

void ImageViewerDialog::keyPressEvent(QKeyEvent *event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        fitToWindow();
        return;
    case Qt::Key_S:
        if (ctrl && m_save->isEnabled()) {
            saveAs();
            return;
        }
        break;
    default:
        break;
    }
    QDialog::keyPressEvent(event); // Esc closes
}

bool ImageViewerDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport()) {
        if (event->type() == QEvent::Resize && m_canvas->fitted)
            fitToWindow();
        if (event->type() == QEvent::Wheel) {
            auto *wheel = static_cast<QWheelEvent *>(event);
            if (wheel->modifiers() & Qt::ControlModifier) {
                const int steps = wheel->angleDelta().y();
                if (steps != 0)
                    setZoom(zoom() * (steps > 0 ? kZoomStep : 1.0 / kZoomStep),
                        wheel->position().toPoint());
                return true;
            }
        }
    } else if (watched == m_canvas) {
        const bool movable = m_canvas->width() > m_scroll->viewport()->width()
            || m_canvas->height() > m_scroll->viewport()->height();
        switch (event->type()) {
        case QEvent::MouseButtonPress: {
            auto *mouse = static_cast<QMouseEvent *>(event);
            if (movable && mouse->button() == Qt::LeftButton) {
                m_dragStart = mouse->globalPosition().toPoint();
                m_scrollStart = QPoint(m_scroll->horizontalScrollBar()->value(),
                    m_scroll->verticalScrollBar()->value());
                m_canvas->setCursor(Qt::ClosedHandCursor);
                return true;
            }
            break;
        }
        case QEvent::MouseMove: {
            auto *mouse = static_cast<QMouseEvent *>(event);
            if (mouse->buttons() & Qt::LeftButton && movable) {
                const QPoint delta = mouse->globalPosition().toPoint() - m_dragStart;
                m_scroll->horizontalScrollBar()->setValue(m_scrollStart.x() - delta.x());
                m_scroll->verticalScrollBar()->setValue(m_scrollStart.y() - delta.y());
                return true;
            }
            m_canvas->setCursor(movable ? Qt::OpenHandCursor : Qt::ArrowCursor);
            break;
        }
        case QEvent::MouseButtonRelease:
            m_canvas->setCursor(movable ? Qt::OpenHandCursor : Qt::ArrowCursor);
            break;
        case QEvent::MouseButtonDblClick:
            if (m_canvas->fitted)
                setZoom(
                    1.0, static_cast<QMouseEvent *>(event)->position().toPoint() + m_canvas->pos());
            else
                fitToWindow();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

bool ImageViewerDialog::saveTo(const QString &path, QString *error) const
{
    return saveCopy(m_path, path, error);
}

void ImageViewerDialog::saveAs()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    saveCopyAs(this, m_path, tr("Save picture"),
        dir + QLatin1Char('/') + QFileInfo(m_path).fileName(),
        tr("The picture could not be saved: %1"));
}

} // namespace natter::ui
