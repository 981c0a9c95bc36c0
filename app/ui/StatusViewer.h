#pragma once

#include "protocol/Frames.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <chrono>

#include <QDialog>
#include <QMessageBox>
class QPushButton;
class QToolButton;

namespace natter::client {
class ChatClient;
}

namespace natter::ui {

class VideoPlayback;

// Shows the statuses of one person, one after the other, over the whole window (as an overlay
// filling its parent, or as a window of its own without one): a text status centred on its
// background in the largest font that fits; a photo scaled to fit with its caption below; a
// video played in place (VideoPlayback) with its sound, which the speaker button or M mutes
// (remembered). A bar of segments on top (one per status) fills as time passes; a text or photo
// advances after 5 s, a video when it has played to its end (its segment follows the video). A
// video that cannot be played here says why and offers "Open in another program"; it then
// advances like a photo. ←/→ and a click on the left/right half go back/forward, Space pauses
// (the video too), Esc closes. Every status shown is reported as viewed. On the user's own
// statuses: "Viewed by N" (the list of viewers with their times) and "Delete" (after a
// confirmation). While the file of a photo or video is on its way, its thumbnail (softened and
// shaded) fills the picture's place under "Loading…".
class StatusViewer final : public QWidget
{
    Q_OBJECT
public:
    explicit StatusViewer(client::ChatClient *client, QWidget *parent = nullptr);
    ~StatusViewer() override;
    Q_DISABLE_COPY_MOVE(StatusViewer)

    // Shows the live statuses of `owner` from `startId` (0: the first unseen one, or the first
    // when all are seen). False (nothing shown) when the owner has none.
    bool showOwner(const QString &owner, qint64 startId = 0);
    QString owner() const { return m_owner; }
    int count() const { return int(m_ids.size()); }
    int currentIndex() const { return m_index; }
    qint64 currentStatusId() const;
    // How far the current status is shown, 0..1.
    qreal progress() const;

    void setDuration(std::chrono::milliseconds duration) { m_duration = duration; }
    std::chrono::milliseconds duration() const { return m_duration; }
    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);
    // Forward (closes after the last) and back (restarts the first).
    void next();
    void previous();
    void closeViewer();

    QPushButton *viewsButton() const { return m_viewsButton; }
    QPushButton *deleteButton() const { return m_deleteButton; }
    QPushButton *openButton() const { return m_openButton; }
    QToolButton *closeButton() const { return m_closeButton; }
    QToolButton *muteButton() const { return m_muteButton; }
    // The player of the current video status (nullptr before the first video).
    VideoPlayback *videoPlayback() const { return m_video; }
    bool isMuted() const { return m_muted; }
    void setMuted(bool muted);
    // The list of viewers and the delete confirmation while open (else nullptr).
    QDialog *viewersDialog() const { return m_viewersDialog; }
    QMessageBox *deleteConfirmation() const { return m_confirm; }
    // What the viewer shows besides the status ("Loading…", an error), empty when nothing.
    QString notice() const { return m_notice; }

signals:
    void closed();
    // A status is on screen (after a change of status).
    void statusShown(qint64 statusId);

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void showIndex(int index);
    void tick();
    void restartClock();
    bool holding() const;
    void loadMedia();
    void startVideo(const QString &path, qint64 statusId);
    // The current status is a video that is (being) played here, not failed.
    bool videoActive() const;
    void syncVideo();
    void updateControls();
    void layoutControls();
    void showViewers();
    void confirmDelete();
    void onRemoved(qint64 statusId);
    std::optional<protocol::StatusItem> current() const;
    QString nameOf(const QString &phone, const QString &fallback) const;
    QRect contentRect() const;
    void paintHeader(QPainter &p, const protocol::StatusItem &s);
    void paintProgress(QPainter &p);
    // The status's thumbnail (softened and shaded) while its file is on its way; false when it
    // has none.
    bool paintPlaceholder(QPainter &p, const protocol::StatusItem &s, const QRect &media);

    QPointer<client::ChatClient> m_client;
    QString m_owner;
    QList<qint64> m_ids;
    int m_index = -1;
    std::chrono::milliseconds m_duration {5000};
    QTimer m_tick;
    QElapsedTimer m_clock; // runs while the current status is shown and not paused
    qint64 m_elapsedBefore = 0; // ms shown before the last pause
    bool m_paused = false;
    bool m_waitingForFile = false;
    QImage m_image;
    qint64 m_imageId = 0;
    QImage m_placeholder; // the softened thumbnail of m_placeholderId (made when first painted)
    qint64 m_placeholderId = 0;
    QString m_notice;
    QPushButton *m_viewsButton;
    QPushButton *m_deleteButton;
    QPushButton *m_openButton;
    QToolButton *m_closeButton;
    QToolButton *m_muteButton;
    VideoPlayback *m_video = nullptr;
    qint64 m_videoId = 0; // the status m_video plays
    bool m_videoRunning = false; // what syncVideo() last asked of it
    bool m_muted = false;
    QPointer<QDialog> m_viewersDialog;
    QPointer<QMessageBox> m_confirm;
};

} // namespace natter::ui
