#pragma once

#include <QDialog>
#include <QString>

class QLabel;
class QPushButton;
class QSlider;
class QToolButton;

namespace natter::ui {

class VideoPlayback;
class VideoCanvas;

// Plays a received or sent video or audio file in the app: the picture (aspect kept) on a dark
// area, or a large note and the file's name for sound alone; below it a seek bar, play/pause,
// the time ("0:03 / 0:10"), mute (remembered as media/muted, shared with the status viewer),
// "Save as…" and "Open in another program". Space plays/pauses, ←/→ seek 5 s, M mutes, Esc
// closes. It starts playing when shown; at the end the last frame stays and play starts over.
// A file that cannot be played says why in the picture area and still offers another program.
// Closing stops the sound at once.
class VideoPlayerDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit VideoPlayerDialog(const QString &path, QWidget *parent = nullptr);
    ~VideoPlayerDialog() override;
    Q_DISABLE_COPY_MOVE(VideoPlayerDialog)

    QString file() const { return m_path; }
    VideoPlayback *playback() const { return m_playback; }
    // Sound without a picture: the note and the file name are shown instead.
    bool isAudioOnly() const;
    // Why the file is not played (empty unless it failed).
    QString errorText() const;
    bool isMuted() const { return m_muted; }
    void setMuted(bool muted);
    void togglePlay();
    // Moves by `deltaMs` from the current position (within the file).
    void seekBy(qint64 deltaMs);
    // Copies the file to `path` (replacing a file there); false with *error.
    bool saveTo(const QString &path, QString *error = nullptr) const;

    // "0:03", or "1:02:03" when `totalMs` is an hour or more (so both parts look alike).
    static QString formatTime(qint64 ms, qint64 totalMs);

    void done(int result) override;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void updateControls();
    void updatePosition();
    void fitToVideo();
    void saveAs();
    void openElsewhere();

    QString m_path;
    VideoPlayback *m_playback = nullptr;
    VideoCanvas *m_canvas = nullptr;
    QLabel *m_message = nullptr;
    QSlider *m_slider = nullptr;
    QToolButton *m_playButton = nullptr;
    QLabel *m_time = nullptr;
    QToolButton *m_muteButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_openButton = nullptr;
    bool m_audioType = false; // the file's type says sound
    bool m_muted = false;
    bool m_updatingSlider = false; // the slider follows the video: no seek
    bool m_fitted = false; // the window took the video's shape (once, at the first frame)
};

} // namespace natter::ui
