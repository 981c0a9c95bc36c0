#include "ui/dialogs/VideoPlayerDialog.h"

#include "ui/Painting.h"
#include "ui/VideoPlayback.h"
#include "ui/dialogs/AppIcon.h"
#include "ui/dialogs/SaveCopy.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeDatabase>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSlider>
#include <QStandardPaths>
#include <QStyleOptionSlider>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace natter::ui {

namespace {
const QColor kBackdrop(0x10, 0x12, 0x14);
const QColor kText(0xE8, 0xEA, 0xED);
const QColor kAccent(0x00, 0xa8, 0x84);
constexpr qint64 kSeekStepMs = 5000;
// Shared with the status viewer: muted once, muted everywhere.
QString mutedKey()
{
    return QStringLiteral("media/muted");
}
constexpr int kMinPictureWidth = 480;
} // namespace

// The picture area: the video's newest frame (aspect kept), or the note and the file name for
// sound alone, on the dark backdrop; a click plays or pauses.
class VideoCanvas final : public QWidget
{
public:
    VideoCanvas(VideoPlayerDialog *dialog, VideoPlayback *playback)
        : QWidget(dialog)
        , m_dialog(dialog)
        , m_playback(playback)
    {
        setAttribute(Qt::WA_OpaquePaintEvent);
    }
    QLabel *m_message = nullptr; // says why a file cannot be played

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), kBackdrop);
        const auto state = m_playback->state();
        if (state == VideoPlayback::State::Empty)
            return;
        p.setRenderHint(QPainter::Antialiasing);
        if (state == VideoPlayback::State::Failed) {
            // A dimmed play mark above the sentence (the message label) that says why.
            const qreal d = std::min(72.0, height() * 0.25);
            const qreal bottom = m_message->geometry().top() + m_message->margin() - 8;
            painting::playGlyph(
                &p, QRectF(width() / 2.0 - d / 2, bottom - d, d, d), QColor(255, 255, 255, 40));
            return;
        }
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        if (m_dialog->isAudioOnly()) {
            const qreal d = std::min(140.0, height() * 0.45);
            const QRectF glyph(width() / 2.0 - d / 2, height() / 2.0 - d / 2 - 20, d, d);
            painting::audioGlyph(&p, glyph, kAccent);
            QFont name = font();
            name.setPointSizeF(name.pointSizeF() > 0 ? name.pointSizeF() * 1.15 : 11);
            p.setFont(name);
            p.setPen(kText);
            const QFontMetrics fm(name);
            const QRect line(16, int(glyph.bottom()) + 14, width() - 32, fm.height());
            p.drawText(line, Qt::AlignCenter,
                fm.elidedText(
                    QFileInfo(m_dialog->file()).fileName(), Qt::ElideMiddle, line.width()));
            return;
        }
        const QRectF picture = m_playback->paint(&p, QRectF(rect()));
        if (!picture.isEmpty()
            && (state == VideoPlayback::State::Paused || state == VideoPlayback::State::Ended)) {
            const qreal d = std::min({72.0, picture.width() * 0.3, picture.height() * 0.3});
            painting::playGlyph(&p, QRectF(picture.center() - QPointF(d / 2, d / 2), QSizeF(d, d)),
                QColor(0, 0, 0, 120));
        }
    }
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
            m_dialog->togglePlay();
    }
    void mouseMoveEvent(QMouseEvent *event) override
    {
        const auto state = m_playback->state();
        setCursor(state == VideoPlayback::State::Failed || state == VideoPlayback::State::Empty
                ? Qt::ArrowCursor
                : Qt::PointingHandCursor);
        QWidget::mouseMoveEvent(event);
    }

private:
    VideoPlayerDialog *m_dialog;
    VideoPlayback *m_playback;
};

namespace {
// A seek bar that jumps to where it is clicked (not by a page), then drags from there.
class SeekSlider final : public QSlider
{
public:
    explicit SeekSlider(QWidget *parent)
        : QSlider(Qt::Horizontal, parent)
    { }

protected:
    void mousePressEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton && maximum() > minimum()) {
            QStyleOptionSlider option;
            initStyleOption(&option);
            const QRect handle = style()->subControlRect(
                QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this);
            const QPoint at = event->position().toPoint();
            if (!handle.contains(at)) {
                const QRect groove = style()->subControlRect(
                    QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, this);
                const int span = groove.width() - handle.width();
                setValue(QStyle::sliderValueFromPosition(minimum(), maximum(),
                    at.x() - groove.x() - handle.width() / 2, std::max(1, span)));
            }
        }
        QSlider::mousePressEvent(event); // on the handle now: a drag goes on from here
    }
};
} // namespace

VideoPlayerDialog::VideoPlayerDialog(const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_muted(QSettings().value(mutedKey(), false).toBool())
{
    setObjectName(QStringLiteral("videoPlayerDialog"));
    setWindowTitle(QFileInfo(path).fileName());
    setWindowIcon(appIcon());
    setWindowFlag(Qt::WindowMaximizeButtonHint, true);
    setModal(false);
    m_audioType = QMimeDatabase().mimeTypeForFile(path).name().startsWith(QLatin1String("audio/"));

    QPalette dark = palette();
    dark.setColor(QPalette::Window, kBackdrop);
    dark.setColor(QPalette::WindowText, kText);
    dark.setColor(QPalette::Base, kBackdrop);
    dark.setColor(QPalette::Button, QColor(0x2A, 0x2D, 0x31));
    dark.setColor(QPalette::ButtonText, kText);
    setPalette(dark);
    setAutoFillBackground(true);

    m_playback = new VideoPlayback(this);
    m_playback->setMuted(m_muted);

    m_canvas = new VideoCanvas(this, m_playback);
    m_canvas->setObjectName(QStringLiteral("videoCanvas"));
    m_canvas->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_message = new QLabel(m_canvas);
    m_message->setObjectName(QStringLiteral("videoMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    m_message->hide();
    m_canvas->m_message = m_message;
    m_canvas->setMouseTracking(true);
    QFont large = m_message->font();
    if (large.pointSizeF() > 0)
        large.setPointSizeF(large.pointSizeF() * 1.15);
    m_message->setFont(large);
    // The sentence just below the middle, the dimmed play mark painted above it.
    auto *canvasLayout = new QVBoxLayout(m_canvas);
    canvasLayout->setContentsMargins(0, 0, 0, 0);
    canvasLayout->addStretch(5);
    canvasLayout->addWidget(m_message);
    canvasLayout->addStretch(4);

    m_slider = new SeekSlider(this);
    m_slider->setObjectName(QStringLiteral("seekSlider"));
    m_slider->setFocusPolicy(Qt::NoFocus);
    m_slider->setRange(0, 0);
    m_slider->setSingleStep(1000);
    m_slider->setPageStep(int(kSeekStepMs));
    m_slider->setAccessibleName(tr("Position"));
    m_slider->setCursor(Qt::PointingHandCursor);

    auto toolButton = [this](const char *name) {
        auto *b = new QToolButton(this);
        b->setObjectName(QLatin1String(name));
        b->setFocusPolicy(Qt::NoFocus);
        b->setAutoRaise(true);
        b->setIconSize(QSize(24, 24));
        b->setCursor(Qt::PointingHandCursor);
        return b;
    };
    m_playButton = toolButton("playButton");
    m_muteButton = toolButton("muteButton");
    auto button = [this](const QString &text, const QString &tip, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setToolTip(tip);
        b->setAutoDefault(false);
        b->setFocusPolicy(Qt::NoFocus);
        b->setCursor(Qt::PointingHandCursor);
        return b;
    };
    m_saveButton = button(tr("Save as…"), tr("Save a copy of the file (Ctrl+S)"), "saveButton");
    m_openButton = button(tr("Open in another program"),
        tr("Open the file with the program your computer uses for it"), "openElsewhereButton");
    m_time = new QLabel(this);
    m_time->setObjectName(QStringLiteral("timeLabel"));
    m_time->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00:00 / 00:00")) + 8);

    connect(m_playButton, &QToolButton::clicked, this, &VideoPlayerDialog::togglePlay);
    connect(m_muteButton, &QToolButton::clicked, this, [this] { setMuted(!m_muted); });
    connect(m_saveButton, &QPushButton::clicked, this, &VideoPlayerDialog::saveAs);
    connect(m_openButton, &QPushButton::clicked, this, &VideoPlayerDialog::openElsewhere);
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        if (m_updatingSlider)
            return;
        m_playback->seek(value);
        m_time->setText(formatTime(value, m_playback->duration()) + QStringLiteral(" / ")
            + formatTime(m_playback->duration(), m_playback->duration()));
    });
    connect(m_playback, &VideoPlayback::frameChanged, this, [this] {
        if (!m_fitted && m_playback->hasFrame())
            fitToVideo();
        m_canvas->update();
    });
    connect(m_playback, &VideoPlayback::stateChanged, this, &VideoPlayerDialog::updateControls);
    connect(m_playback, &VideoPlayback::positionChanged, this, &VideoPlayerDialog::updatePosition);
    connect(m_playback, &VideoPlayback::durationChanged, this, &VideoPlayerDialog::updatePosition);

    // Only the player's own widgets (">"): the Save dialog, a child window, keeps the app's look.
    setStyleSheet(QStringLiteral(
        "#videoPlayerDialog > QPushButton { color: #e8eaed; background: rgba(255,255,255,0.08);"
        " border: none; border-radius: 6px; padding: 6px 14px; }"
        "#videoPlayerDialog > QPushButton:hover { background: rgba(255,255,255,0.16); }"
        "#videoPlayerDialog > QPushButton:pressed { background: rgba(255,255,255,0.24); }"
        "#videoPlayerDialog > QPushButton:disabled { color: rgba(232,234,237,0.35); }"
        "#videoPlayerDialog > QToolButton { background: transparent; border: none;"
        " border-radius: 6px; padding: 4px; }"
        "#videoPlayerDialog > QToolButton:hover { background: rgba(255,255,255,0.12); }"
        "#videoPlayerDialog > QToolButton:pressed { background: rgba(255,255,255,0.2); }"
        "#videoPlayerDialog > QLabel, #videoCanvas > QLabel { color: #e8eaed; }"
        "#videoPlayerDialog > QSlider { min-height: 18px; }"
        "#videoPlayerDialog > QSlider::groove:horizontal { height: 4px;"
        " background: rgba(255,255,255,0.22); border-radius: 2px; }"
        "#videoPlayerDialog > QSlider::sub-page:horizontal { background: #00a884;"
        " border-radius: 2px; }"
        "#videoPlayerDialog > QSlider::handle:horizontal { width: 14px; height: 14px;"
        " margin: -5px 0; border-radius: 7px; background: #e8eaed; }"));

    auto *seekRow = new QHBoxLayout;
    seekRow->setContentsMargins(14, 8, 14, 0);
    seekRow->addWidget(m_slider);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 2, 12, 10);
    bar->setSpacing(6);
    bar->addWidget(m_playButton);
    bar->addWidget(m_time);
    bar->addStretch(1);
    bar->addWidget(m_muteButton);
    bar->addSpacing(6);
    bar->addWidget(m_saveButton);
    bar->addWidget(m_openButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_canvas, 1);
    layout->addLayout(seekRow);
    layout->addLayout(bar);

    // Until the first frame tells the video's shape: 16:9, or a squarer box for sound.
    const int chrome = layout->sizeHint().height() - m_canvas->sizeHint().height();
    const QScreen *screen = parent ? parent->screen() : QApplication::primaryScreen();
    const QSize room = screen ? screen->availableGeometry().size() * 0.85 : QSize(1200, 800);
    const QSize picture = m_audioType ? QSize(520, 300) : QSize(640, 360);
    resize((picture + QSize(0, std::max(chrome, 0))).boundedTo(room));

    setMuted(m_muted); // the icon and tooltip
    updateControls();
}

VideoPlayerDialog::~VideoPlayerDialog()
{
    // Stopping the player signals; none of it may reach this half-destroyed dialog.
    disconnect(m_playback, nullptr, this, nullptr);
    delete m_playback;
}

bool VideoPlayerDialog::isAudioOnly() const
{
    const auto state = m_playback->state();
    const bool loaded = state == VideoPlayback::State::Playing
        || state == VideoPlayback::State::Paused || state == VideoPlayback::State::Ended;
    // A picture that arrives wins over the file's type (an .ogg can hold a video too).
    return !m_playback->hasFrame() && (m_audioType || loaded);
}

QString VideoPlayerDialog::errorText() const
{
    return m_playback->state() == VideoPlayback::State::Failed ? m_playback->errorString()
                                                               : QString();
}

void VideoPlayerDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_playback->state() == VideoPlayback::State::Empty)
        m_playback->open(m_path, true);
}

void VideoPlayerDialog::done(int result)
{
    m_playback->stop(); // no sound from a closed window
    QDialog::done(result);
}

void VideoPlayerDialog::togglePlay()
{
    switch (m_playback->state()) {
    case VideoPlayback::State::Playing:
    case VideoPlayback::State::Loading:
        m_playback->pause();
        break;
    case VideoPlayback::State::Paused:
    case VideoPlayback::State::Ended:
        m_playback->play();
        break;
    case VideoPlayback::State::Empty:
        m_playback->open(m_path, true);
        break;
    case VideoPlayback::State::Failed:
        break;
    }
    updateControls();
}

void VideoPlayerDialog::seekBy(qint64 deltaMs)
{
    const qint64 duration = m_playback->duration();
    if (duration <= 0)
        return;
    m_playback->seek(std::clamp<qint64>(m_playback->position() + deltaMs, 0, duration));
    updatePosition();
}

void VideoPlayerDialog::setMuted(bool muted)
{
    if (m_muted != muted)
        QSettings().setValue(mutedKey(), muted);
    m_muted = muted;
    m_playback->setMuted(muted);
    m_muteButton->setIcon(painting::speakerIcon(kText, muted));
    m_muteButton->setToolTip(muted ? tr("Unmute (M)") : tr("Mute (M)"));
    m_muteButton->setAccessibleName(muted ? tr("Unmute") : tr("Mute"));
}

QString VideoPlayerDialog::formatTime(qint64 ms, qint64 totalMs)
{
    const qint64 seconds = std::max<qint64>(0, ms) / 1000;
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds / 60) % 60;
    const qint64 s = seconds % 60;
    if (h > 0 || totalMs >= 3600 * 1000)
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

void VideoPlayerDialog::updateControls()
{
    const auto state = m_playback->state();
    const bool failed = state == VideoPlayback::State::Failed;
    m_message->setVisible(failed);
    if (failed)
        m_message->setText(m_playback->errorString());
    const bool playing
        = state == VideoPlayback::State::Playing || state == VideoPlayback::State::Loading;
    m_playButton->setIcon(playing ? painting::pauseIcon(kText) : painting::playIcon(kText));
    m_playButton->setToolTip(playing               ? tr("Pause (Space)")
            : state == VideoPlayback::State::Ended ? tr("Play again (Space)")
                                                   : tr("Play (Space)"));
    m_playButton->setAccessibleName(playing ? tr("Pause") : tr("Play"));
    // Nothing to play: only Save as… and Open in another program stay.
    m_playButton->setEnabled(!failed);
    m_playButton->setVisible(!failed);
    m_muteButton->setEnabled(!failed);
    m_muteButton->setVisible(!failed);
    m_slider->setEnabled(!failed && state != VideoPlayback::State::Empty);
    m_slider->setVisible(!failed);
    m_time->setVisible(!failed);
    const bool exists = QFileInfo::exists(m_path);
    m_saveButton->setEnabled(exists);
    m_openButton->setEnabled(exists);
    updatePosition();
    m_canvas->update();
}

void VideoPlayerDialog::updatePosition()
{
    const qint64 duration = m_playback->duration();
    const qint64 position = std::min(m_playback->position(), duration);
    if (!m_slider->isSliderDown()) {
        m_updatingSlider = true;
        m_slider->setRange(0, int(duration));
        m_slider->setValue(int(position));
        m_updatingSlider = false;
    }
    const qint64 shown = m_slider->isSliderDown() ? m_slider->value() : position;
    m_time->setText(
        formatTime(shown, duration) + QStringLiteral(" / ") + formatTime(duration, duration));
}

void VideoPlayerDialog::fitToVideo()
{
    m_fitted = true;
    if (isMaximized() || isFullScreen())
        return;
    const QScreen *screen = this->screen() ? this->screen() : QApplication::primaryScreen();
    const QSize room = screen ? screen->availableGeometry().size() * 0.85 : QSize(1200, 800);
    const int chrome = height() - m_canvas->height();
    const QSize roomForPicture(room.width(), std::max(200, room.height() - chrome));
    QSize picture = m_playback->frameSize();
    // A small video grows to a size one can watch; a large one shrinks to the screen.
    if (picture.width() < 640 && picture.height() < 480)
        picture = picture.scaled(QSize(640, 480), Qt::KeepAspectRatio);
    if (picture.width() > roomForPicture.width() || picture.height() > roomForPicture.height())
        picture = picture.scaled(roomForPicture, Qt::KeepAspectRatio);
    const QSize window(std::max(picture.width(), kMinPictureWidth), picture.height() + chrome);
    const QSize before = size();
    resize(window.boundedTo(room));
    if (isVisible()) // grow and shrink around the same centre
        move(pos() + QPoint((before.width() - width()) / 2, (before.height() - height()) / 2));
}

void VideoPlayerDialog::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Space:
        togglePlay();
        return;
    case Qt::Key_Left:
        seekBy(-kSeekStepMs);
        return;
    case Qt::Key_Right:
        seekBy(kSeekStepMs);
        return;
    case Qt::Key_M:
        setMuted(!m_muted);
        return;
    case Qt::Key_S:
        if (event->modifiers() & Qt::ControlModifier) {
            saveAs();
            return;
        }
        break;
    default:
        break;
    }
    QDialog::keyPressEvent(event); // Esc closes
}

bool VideoPlayerDialog::saveTo(const QString &path, QString *error) const
{
    return saveCopy(m_path, path, error);
}

void VideoPlayerDialog::saveAs()
{
    if (!m_saveButton->isEnabled())
        return;
    QString dir = QStandardPaths::writableLocation(
        isAudioOnly() ? QStandardPaths::MusicLocation : QStandardPaths::MoviesLocation);
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QDir::homePath();
    // Not a blocking getSaveFileName(): the video goes on playing meanwhile.
    saveCopyAs(this, m_path, tr("Save File"), QDir(dir).filePath(QFileInfo(m_path).fileName()),
        tr("The file could not be saved: %1"));
}

void VideoPlayerDialog::openElsewhere()
{
    if (m_playback->isPlaying())
        m_playback->pause(); // one player at a time
    QDesktopServices::openUrl(QUrl::fromLocalFile(m_path));
}

} // namespace natter::ui
