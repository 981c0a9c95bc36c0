#pragma once

#include "protocol/Frames.h"

#include <QByteArray>
#include <QFrame>
#include <QMimeType>

class QButtonGroup;
class QLabel;
class QRadioButton;
class QToolButton;

namespace natter::ui {

// The picture for a file that has no preview: the theme's icon for its type when there is one,
// else a drawn sheet with the extension on a band coloured by the kind of file.
QPixmap fileTypePixmap(const QMimeType &mime, const QString &fileName, int size, qreal dpr);

// A file size as people read it ("2.4 MB", "512 bytes").
QString humanSize(qint64 bytes);

// One file in the attachment preview: its picture (a thumbnail for images, the poster frame
// with a play sign for videos), name, size and
// type, how to send it (photo/video or document, the first only for media), and what is wrong
// with it (over the limit of the chosen kind), with a button to take it off the list.
class AttachmentRow final : public QFrame
{
    Q_OBJECT
public:
    // `large`: the only file, shown with a big preview.
    AttachmentRow(const QString &path, const QMimeType &sniffed, natter::protocol::FileKind kind,
        bool large, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AttachmentRow)

    QString path() const { return m_path; }
    bool isMedia() const { return m_media; }
    bool isImage() const;
    bool isVideo() const;
    natter::protocol::FileKind kind() const;
    void setProblem(const QString &text);
    QString problem() const { return m_problemText; }
    // The thumbnail once made (images and videos); the preview shows it.
    void setThumbnail(const QByteArray &bytes);
    QByteArray thumbnail() const { return m_thumbnail; }
    bool thumbnailPending() const { return m_thumbnailPending; }
    void setThumbnailPending(bool pending) { m_thumbnailPending = pending; }

signals:
    void kindChanged();
    void removeRequested();

private:
    void showIcon();

    QString m_path;
    QMimeType m_mime;
    bool m_media;
    bool m_large;
    bool m_thumbnailPending = false;
    QByteArray m_thumbnail;
    QString m_problemText;
    QLabel *m_preview;
    QLabel *m_name;
    QLabel *m_details;
    QLabel *m_problem;
    QRadioButton *m_asMedia;
    QRadioButton *m_asDocument;
    QToolButton *m_remove;
};

} // namespace natter::ui
