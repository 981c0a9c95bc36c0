#pragma once

#include "protocol/Frames.h"

#include <QObject>
#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QStringList>

#include <memory>

class QImage;
class QMimeData;
class QTemporaryDir;
class QWidget;

namespace natter::client {
class ChatClient;
}

namespace natter::ui {

// Everything that turns files, pictures, places and contact cards into messages for a chat:
// the file dialogs and the preview of the attach menu, sending dropped files at once (each its
// own message), pictures from the clipboard, and the location and contact dialogs. What the
// client refuses (over the limit, unreadable) comes back as refused() with a sentence.
class Attachments final : public QObject
{
    Q_OBJECT
public:
    // Dialogs open over `window`.
    Attachments(client::ChatClient *client, QWidget *window);
    ~Attachments() override;
    Q_DISABLE_COPY_MOVE(Attachments)

    // The local files among `mime`'s URLs (a drag from the file manager, a copied file).
    static QStringList localFiles(const QMimeData *mime);

    // How a dropped file goes: a picture, video or sound within the media limit as media,
    // anything else as a document.
    protocol::FileKind kindFor(const QString &path) const;
    // Sends each file to `peer` as its own message right away (drag and drop): a .vcf that is
    // a valid contact card as a contact, the others as files (with a thumbnail for pictures).
    // A video sent as media first gets its poster frame as its thumbnail (makeVideoThumbnail(),
    // a few seconds at most, without one when it cannot be played); the files after it wait
    // for it, so the messages keep the order of `paths` (and of earlier drops). Returns how many
    // messages were stored during this call (those waiting behind a video are not counted).
    int sendNow(const QString &peer, const QStringList &paths);

    // The attach menu: a file dialog, then the preview.
    void choosePhotos(const QString &peer);
    void chooseDocuments(const QString &peer);
    void chooseLocation(const QString &peer);
    void chooseContact(const QString &peer);
    // The preview dialog for `paths` (caption, photo or document, the limit check); sends what
    // the user confirms.
    void preview(const QString &peer, const QStringList &paths, protocol::FileKind kind);
    // A picture from the clipboard: saved as a PNG in a temporary folder, then previewed.
    void previewImage(const QString &peer, const QImage &image);

signals:
    // A file or card was not sent; `reason` says why in a sentence.
    void refused(const QString &reason);
    // A message was stored for `peer` (the chat scrolls to it).
    void sent(const QString &peer, qint64 localId);

private:
    // A dropped file waiting its turn.
    struct QueuedFile
    {
        QString peer;
        QString path;
        QByteArray thumbnail;
        bool posterDone = false; // a video's poster frame was tried (thumbnail may be empty)
    };
    int sendQueued();
    bool sendOne(const QueuedFile &file);
    void sendContactCard(const QString &peer, const QString &vcard);

    QPointer<client::ChatClient> m_client;
    QWidget *m_window;
    std::unique_ptr<QTemporaryDir> m_pasteDir; // pasted pictures live until the app quits
    QList<QueuedFile> m_queue; // dropped files not sent yet, in order
    bool m_posterRunning = false; // the first queued file is a video getting its poster frame
};

} // namespace natter::ui
