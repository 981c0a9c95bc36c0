#pragma once

#include <QObject>
#include <QPointer>
#include <QSize>
#include <QString>
#include <QTimer>
#include <QVideoFrame>

#include <chrono>

class QAudioOutput;
class QMediaPlayer;
class QPainter;
class QRectF;
class QVideoSink;

namespace natter::ui {

// Plays one video file for a widget that paints it itself (the status viewer, the video player
// dialog): Qt Multimedia decodes into a QVideoSink, frameChanged() asks for a repaint and
// paint() draws the newest frame into a rectangle, keeping its aspect ratio. No QVideoWidget:
// painting frames ourselves works the same on every platform plugin, also offscreen in tests,
// and lets the viewer draw its bar, header and caption over the picture. The sound goes to the
// default output (nothing breaks when there is none).
//
// The backend is whatever Qt Multimedia has on the computer (GStreamer on Debian, where H.264
// needs gstreamer1.0-libav). Where the file cannot be played (no backend, a codec missing, a
// broken file) the state becomes Failed and failed() gives a sentence for the user; the caller
// then offers to open the file in another program.
class VideoPlayback final : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Empty, // no file
        Loading, // opening the file, no frame yet
        Playing,
        Paused,
        Ended, // played to the end (the last frame stays)
        Failed,
    };
    Q_ENUM(State)

    explicit VideoPlayback(QObject *parent = nullptr);
    ~VideoPlayback() override;
    Q_DISABLE_COPY_MOVE(VideoPlayback)

    // Opens `path` and starts playing it once it is loaded (or holds at the first frame when
    // `autoPlay` is false). An empty path stops and forgets the current file.
    void open(const QString &path, bool autoPlay = true);
    QString file() const { return m_path; }
    void play(); // from the start again when it had ended
    void pause();
    void stop(); // stops and forgets the file (state Empty)
    void seek(qint64 ms);

    State state() const { return m_state; }
    bool isPlaying() const { return m_state == State::Playing; }
    // How far it has played and how long it is, in ms (duration 0 while unknown).
    qint64 position() const;
    qint64 duration() const;
    // A sentence for the user when the state is Failed.
    QString errorString() const { return m_error; }

    // Without sound the player gets no audio output at all (for poster frames: no sound
    // device is opened). Takes effect before the first open().
    void setAudioEnabled(bool enabled) { m_audioEnabled = enabled; }

    bool isMuted() const { return m_muted; }
    void setMuted(bool muted);
    bool hasAudio() const;

    // The newest frame: its size (invalid until there is one) and a copy as an image.
    bool hasFrame() const { return m_frameSize.isValid(); }
    QSize frameSize() const { return m_frameSize; }
    QImage currentImage() const;
    // Draws the newest frame centred in `bounds`, as large as fits with its aspect ratio.
    // Returns the rectangle it covers (empty when there is no frame).
    QRectF paint(QPainter *painter, const QRectF &bounds);

    // How long opening a file may take before it counts as not playable (some broken files
    // keep a backend loading for ever). 10 s unless set.
    void setLoadTimeout(std::chrono::milliseconds timeout) { m_loadTimer.setInterval(timeout); }

    // Whether Qt Multimedia has a backend on this computer at all.
    static bool isAvailable();

signals:
    void stateChanged(natter::ui::VideoPlayback::State state);
    void frameChanged();
    void positionChanged(qint64 ms);
    void durationChanged(qint64 ms);
    // Played to the end.
    void finished();
    void failed(const QString &reason);

private:
    void ensurePlayer();
    void setState(State state);
    void fail(const QString &reason);
    QString cannotPlay() const;

    QPointer<QMediaPlayer> m_player; // created on first use (starting the backend costs), anew after a failure
    QAudioOutput *m_audio = nullptr;
    QVideoSink *m_sink = nullptr;
    QTimer m_loadTimer;
    QVideoFrame m_frame;
    QSize m_frameSize;
    QString m_path;
    QString m_error;
    State m_state = State::Empty;
    bool m_autoPlay = true;
    bool m_muted = false;
    bool m_audioEnabled = true;
    bool m_sound = false; // the file is an audio file (for the wording of failures)
};

} // namespace natter::ui
