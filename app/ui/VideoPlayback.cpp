#include "ui/VideoPlayback.h"

#include <QAudioOutput>
#include <QFileInfo>
#include <QMediaPlayer>
#include <QMimeDatabase>
#include <QPainter>
#include <QUrl>
#include <QVideoSink>

namespace natter::ui {

VideoPlayback::VideoPlayback(QObject *parent)
    : QObject(parent)
{
    m_loadTimer.setSingleShot(true);
    m_loadTimer.setInterval(std::chrono::seconds(10));
    connect(&m_loadTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Loading)
            fail(cannotPlay());
    });
}

VideoPlayback::~VideoPlayback()
{
    if (m_player)
        m_player->stop();
}

bool VideoPlayback::isAvailable()
{
    QMediaPlayer probe;
    return probe.isAvailable();
}

void VideoPlayback::ensurePlayer()
{
    if (m_player)
        return;
    m_player = new QMediaPlayer(this);
    m_sink = new QVideoSink(this);
    m_player->setVideoSink(m_sink);
    if (m_audioEnabled) {
        m_audio = new QAudioOutput(this);
        m_audio->setMuted(m_muted);
        m_player->setAudioOutput(m_audio);
    }

    connect(m_sink, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame &frame) {
        // An empty frame arrives when the pipeline stops; the last picture stays.
        if (!frame.isValid() || m_state == State::Empty || m_state == State::Failed)
            return;
        m_frame = frame;
        m_frameSize = frame.size();
        if (m_frame.rotationAngle() == QVideoFrame::Rotation90
            || m_frame.rotationAngle() == QVideoFrame::Rotation270)
            m_frameSize.transpose();
        if (m_state == State::Loading)
            setState(m_player->playbackState() == QMediaPlayer::PlayingState ? State::Playing
                                                                             : State::Paused);
        emit frameChanged();
    });
    // Sound without a picture (the video player dialog plays audio files too): no frame comes
    // to end Loading, so the loaded file does.
    auto soundOnly = [this] {
        const auto status = m_player->mediaStatus();
        if (m_state == State::Loading && m_player->hasAudio() && !m_player->hasVideo()
            && (status == QMediaPlayer::LoadedMedia || status == QMediaPlayer::BufferedMedia))
            setState(m_player->playbackState() == QMediaPlayer::PlayingState ? State::Playing
                                                                             : State::Paused);
    };
    connect(m_player, &QMediaPlayer::hasAudioChanged, this, soundOnly);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, soundOnly);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, soundOnly);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus s) {
        if (m_state == State::Empty || m_state == State::Failed)
            return;
        switch (s) {
        case QMediaPlayer::LoadedMedia:
            if (m_state == State::Loading) {
                if (m_autoPlay)
                    m_player->play();
                else
                    m_player->pause(); // prerolls: the first frame arrives
            }
            break;
        case QMediaPlayer::EndOfMedia:
            setState(State::Ended);
            emit finished();
            break;
        case QMediaPlayer::InvalidMedia:
            fail(cannotPlay());
            break;
        default:
            break;
        }
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this,
        [this](QMediaPlayer::PlaybackState s) {
            if (m_state == State::Empty || m_state == State::Failed || m_state == State::Loading
                || m_state == State::Ended)
                return;
            if (s == QMediaPlayer::PlayingState)
                setState(State::Playing);
            else if (s == QMediaPlayer::PausedState)
                setState(State::Paused);
        });
    connect(m_player, &QMediaPlayer::errorOccurred, this,
        [this](QMediaPlayer::Error error, const QString &detail) {
            if (m_state == State::Empty || error == QMediaPlayer::NoError)
                return;
            switch (error) {
            case QMediaPlayer::FormatError:
                fail(m_sound ? tr("This sound's format cannot be played on this computer.")
                             : tr("This video's format cannot be played on this computer."));
                break;
            case QMediaPlayer::ResourceError:
            case QMediaPlayer::AccessDeniedError:
                // GStreamer says "resource" also for streams it cannot decode.
                fail(QFileInfo(m_path).isReadable()
                        ? cannotPlay()
                        : (m_sound ? tr("The sound file cannot be read.")
                                   : tr("The video file cannot be read.")));
                break;
            default:
                fail(detail.isEmpty() ? cannotPlay() : detail);
                break;
            }
        });
    connect(m_player, &QMediaPlayer::positionChanged, this, &VideoPlayback::positionChanged);
    connect(m_player, &QMediaPlayer::durationChanged, this, &VideoPlayback::durationChanged);
}

void VideoPlayback::open(const QString &path, bool autoPlay)
{
    if (m_player)
        m_player->stop();
    m_frame = QVideoFrame();
    m_frameSize = QSize();
    m_error.clear();
    m_path = path;
    m_autoPlay = autoPlay;
    // Only for the wording of failures: "sound" for an audio file, "video" otherwise.
    m_sound = !path.isEmpty()
        && QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchExtension).name().startsWith(QLatin1String("audio/"));
    if (path.isEmpty()) {
        if (m_player)
            m_player->setSource(QUrl());
        setState(State::Empty);
        emit frameChanged();
        return;
    }
    ensurePlayer();
    if (!m_player->isAvailable()) {
        fail(tr("Videos cannot be played on this computer: no media support is installed."));
        return;
    }
    setState(State::Loading);
    m_player->setSource(QUrl::fromLocalFile(path));
    // GStreamer reports LoadedMedia only after play()/pause() on some versions; asking for
    // the first frame now makes both paths start.
    if (autoPlay)
        m_player->play();
    else
        m_player->pause();
    emit frameChanged();
}

void VideoPlayback::play()
{
    if (!m_player || m_state == State::Empty || m_state == State::Failed)
        return;
    if (m_state == State::Ended) {
        m_player->setPosition(0);
        setState(State::Playing);
    }
    m_autoPlay = true;
    m_player->play();
}

void VideoPlayback::pause()
{
    m_autoPlay = false;
    if (!m_player || m_state == State::Empty || m_state == State::Failed || m_state == State::Ended)
        return;
    m_player->pause();
}

void VideoPlayback::stop()
{
    open(QString());
}

void VideoPlayback::seek(qint64 ms)
{
    if (!m_player || m_state == State::Empty || m_state == State::Failed)
        return;
    if (m_state == State::Ended) {
        setState(State::Paused);
        m_autoPlay = false;
        m_player->pause();
    }
    m_player->setPosition(std::clamp<qint64>(ms, 0, std::max<qint64>(0, duration())));
}

qint64 VideoPlayback::position() const
{
    if (m_state == State::Ended)
        return duration();
    return m_player && m_state != State::Empty ? m_player->position() : 0;
}

qint64 VideoPlayback::duration() const
{
    return m_player && m_state != State::Empty ? std::max<qint64>(0, m_player->duration()) : 0;
}

void VideoPlayback::setMuted(bool muted)
{
    m_muted = muted;
    if (m_audio)
        m_audio->setMuted(muted);
}

bool VideoPlayback::hasAudio() const
{
    return m_player && m_player->hasAudio();
}

QImage VideoPlayback::currentImage() const
{
    return m_frame.isValid() ? m_frame.toImage() : QImage();
}

QRectF VideoPlayback::paint(QPainter *painter, const QRectF &bounds)
{
    if (!m_frame.isValid() || !m_frameSize.isValid())
        return {};
    const QSizeF size = QSizeF(m_frameSize).scaled(bounds.size(), Qt::KeepAspectRatio);
    const QRectF target(bounds.center().x() - size.width() / 2,
        bounds.center().y() - size.height() / 2, size.width(), size.height());
    QVideoFrame::PaintOptions options;
    options.aspectRatioMode = Qt::IgnoreAspectRatio; // target already has the frame's shape
    m_frame.paint(painter, target, options);
    return target;
}

QString VideoPlayback::cannotPlay() const
{
    return m_sound ? tr("This sound cannot be played on this computer.")
                   : tr("This video cannot be played on this computer.");
}

void VideoPlayback::setState(State state)
{
    if (state == State::Loading)
        m_loadTimer.start();
    else
        m_loadTimer.stop();
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void VideoPlayback::fail(const QString &reason)
{
    if (m_state == State::Failed)
        return;
    m_error = reason;
    m_frame = QVideoFrame();
    m_frameSize = QSize();
    // A backend pipeline that failed does not play the next file (GStreamer, Qt 6.4): the next
    // open() starts with a new player.
    if (m_player) {
        m_player->disconnect(this);
        m_sink->disconnect(this);
        m_player->stop();
        m_player->deleteLater();
        m_sink->deleteLater();
        if (m_audio)
            m_audio->deleteLater();
        m_player = nullptr;
        m_sink = nullptr;
        m_audio = nullptr;
    }
    setState(State::Failed);
    emit failed(reason);
    emit frameChanged();
}

} // namespace natter::ui
