#pragma once

#include "protocol/Frames.h"

#include <QByteArray>
#include <QDialog>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace natter::client {
class ChatClient;
}

namespace natter::ui {

class AttachmentRow;
class InlineMessage;

// One file the user decided to send, and how.
struct AttachmentChoice
{
    QString path;
    natter::protocol::FileKind kind = natter::protocol::FileKind::Document;
    QString caption; // the caption field goes with the first file
    QByteArray thumbnail; // JPEG: a picture's preview or a video's poster frame (media only)

    bool operator==(const AttachmentChoice &) const = default;
};

// Shows the files about to be sent before anything is stored: a preview (a thumbnail for
// pictures, the poster frame for videos, the type's icon for the rest), name, size and type, a choice between "photo/video"
// (only for files whose content is a picture, video or audio) and "document", and a caption.
// Every file is checked against the server's limit for the chosen kind as the choice changes;
// Send stays disabled while a file is over its limit, and the reason names the limit.
// Paths that are no sendable file (folders, missing, unreadable, empty) are left out with a
// note. Thumbnails are made off the GUI thread; poster frames one video at a time through
// VideoPlayback, each given up after kVideoThumbnailTimeout. Until they are all there, Send says
// "Preparing…" and is disabled (a few seconds at most; a video that cannot be played goes
// without one). More files can be dropped onto the dialog.
class AttachmentPreviewDialog final : public QDialog
{
    Q_OBJECT
public:
    AttachmentPreviewDialog(const QStringList &paths, natter::protocol::FileKind suggestedKind,
        const natter::client::ChatClient &client, QWidget *parent = nullptr);
    ~AttachmentPreviewDialog() override;
    Q_DISABLE_COPY_MOVE(AttachmentPreviewDialog)

    // The files to send, in the order shown (valid once accepted).
    QList<AttachmentChoice> choices() const;
    // Whether Send can be pressed now (all files within their limits, previews made).
    bool canSend() const;
    // Adds files (as when dropped onto the dialog).
    void addFiles(const QStringList &paths);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void rebuild();
    void startThumbnail(const QString &path, bool video);
    void thumbnailMade(const QString &path, const QByteArray &bytes);
    void nextVideoThumbnail();
    void check();
    void removePath(const QString &path);
    AttachmentRow *rowFor(const QString &path) const;

    const natter::client::ChatClient &m_client;
    natter::protocol::FileKind m_suggested;
    QStringList m_paths;
    QList<AttachmentRow *> m_rows;
    QStringList m_leftOut; // "name (why)" of paths that are no sendable file
    QHash<QString, natter::protocol::FileKind> m_kinds; // chosen per path
    QHash<QString, QByteArray> m_thumbnails; // made (possibly empty: not a picture)
    QSet<QString> m_pendingThumbnails;
    QStringList m_videoQueue; // videos waiting for their poster frame, in order
    bool m_videoRunning = false; // one poster frame at a time: each opens a media player
    QScrollArea *m_scroll = nullptr;
    QWidget *m_list = nullptr;
    QVBoxLayout *m_listLayout = nullptr;
    InlineMessage *m_note = nullptr;
    QLineEdit *m_caption = nullptr;
    QLabel *m_captionHint = nullptr;
    QLabel *m_captionError = nullptr;
    QPushButton *m_send = nullptr;
};

} // namespace natter::ui
