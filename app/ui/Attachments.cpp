#include "ui/Attachments.h"

#include "client/ChatClient.h"
#include "protocol/MessageContent.h"
#include "ui/dialogs/AttachmentPreviewDialog.h"
#include "ui/dialogs/ContactPickerDialog.h"
#include "ui/dialogs/LocationDialog.h"
#include "ui/dialogs/Thumbnails.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QMimeData>
#include <QMimeDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

namespace natter::ui {

using client::ChatClient;
using protocol::FileKind;

namespace {
constexpr qint64 kMaxVCardFileBytes = 64 * 1024;

bool isMediaMime(const QString &mime)
{
    return mime.startsWith(QLatin1String("image/")) || mime.startsWith(QLatin1String("video/"))
        || mime.startsWith(QLatin1String("audio/"));
}

QString startFolder(QStandardPaths::StandardLocation location)
{
    const QString path = QStandardPaths::writableLocation(location);
    return path.isEmpty() ? QDir::homePath() : path;
}

// A non-blocking file dialog; `done` gets the chosen files.
template<typename Done>
void openFiles(QWidget *parent, const QString &title, const QString &folder,
    const QStringList &filters, Done done)
{
    auto *dialog = new QFileDialog(parent, title, folder);
    dialog->setObjectName(QStringLiteral("attachFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setNameFilters(filters);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::filesSelected, parent, done);
    dialog->open();
}
} // namespace

Attachments::Attachments(ChatClient *client, QWidget *window)
    : QObject(window)
    , m_client(client)
    , m_window(window)
{ }

Attachments::~Attachments() = default;

QStringList Attachments::localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (!url.isLocalFile())
            continue;
        const QFileInfo info(url.toLocalFile());
        if (info.isFile())
            files << info.absoluteFilePath();
    }
    return files;
}

FileKind Attachments::kindFor(const QString &path) const
{
    const QFileInfo info(path);
    const QString mime = QMimeDatabase().mimeTypeForFile(info).name();
    const qint64 mediaLimit
        = m_client ? m_client->serverLimits().maxMediaBytes : protocol::Limits {}.maxMediaBytes;
    return isMediaMime(mime) && info.size() <= mediaLimit ? FileKind::Media : FileKind::Document;
}

int Attachments::sendNow(const QString &peer, const QStringList &paths)
{
    if (!m_client || peer.isEmpty())
        return 0;
    for (const QString &path : paths)
        m_queue.append(QueuedFile {peer, path, QByteArray(), false});
    return sendQueued();
}

int Attachments::sendQueued()
{
    int stored = 0;
    while (!m_posterRunning && !m_queue.isEmpty()) {
        const QueuedFile next = m_queue.first();
        if (!next.posterDone && kindFor(next.path) == FileKind::Media
            && QMimeDatabase().mimeTypeForFile(next.path).name().startsWith(
                QLatin1String("video/"))) {
            // The poster frame first; the files behind it wait. The job belongs to this object:
            // when it goes (the window closes), nothing is sent any more.
            m_posterRunning = true;
            makeVideoThumbnail(next.path, this, [this](const QByteArray &bytes) {
                m_posterRunning = false;
                if (!m_queue.isEmpty()) {
                    m_queue.first().thumbnail = bytes;
                    m_queue.first().posterDone = true;
                }
                sendQueued();
            });
            break;
        }
        m_queue.removeFirst();
        if (sendOne(next))
            ++stored;
    }
    return stored;
}

bool Attachments::sendOne(const QueuedFile &file)
{
    if (!m_client)
        return false;
    const QString &peer = file.peer;
    const QString &path = file.path;
    const QFileInfo info(path);
    // A contact card goes as a contact when it is one Natter can send.
    if (info.suffix().compare(QLatin1String("vcf"), Qt::CaseInsensitive) == 0
        && info.size() <= kMaxVCardFileBytes) {
        QFile in(path);
        if (in.open(QIODevice::ReadOnly)) {
            const QString vcard = QString::fromUtf8(in.readAll());
            if (protocol::isValidVCard(vcard)) {
                if (const qint64 id = m_client->sendContact(peer, vcard)) {
                    emit sent(peer, id);
                    return true;
                }
            }
        }
    }
    const FileKind kind = kindFor(path);
    QByteArray thumbnail = file.thumbnail;
    if (kind == FileKind::Media && !file.posterDone)
        thumbnail = makeThumbnail(path);
    // A refusal (over the limit, unreadable) arrives through ChatClient::fileRefused.
    if (const qint64 id = m_client->sendFile(peer, path, kind, {}, thumbnail)) {
        emit sent(peer, id);
        return true;
    }
    return false;
}

void Attachments::choosePhotos(const QString &peer)
{
    openFiles(m_window, tr("Send Photos or Videos"), startFolder(QStandardPaths::PicturesLocation),
        {tr("Photos, videos and audio (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.heic *.heif *.avif *.mp4 "
            "*.mov *.m4v *.webm *.mkv *.avi *.mp3 *.m4a *.ogg *.oga *.opus *.wav *.flac)"),
            tr("All files (*)")},
        [this, peer](const QStringList &files) { preview(peer, files, FileKind::Media); });
}

void Attachments::chooseDocuments(const QString &peer)
{
    openFiles(m_window, tr("Send Documents"), startFolder(QStandardPaths::DocumentsLocation),
        {tr("All files (*)")},
        [this, peer](const QStringList &files) { preview(peer, files, FileKind::Document); });
}

void Attachments::preview(const QString &peer, const QStringList &paths, FileKind kind)
{
    if (!m_client || peer.isEmpty() || paths.isEmpty())
        return;
    auto *dialog = new AttachmentPreviewDialog(paths, kind, *m_client, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, peer] {
        if (!m_client)
            return;
        const QList<AttachmentChoice> choices = dialog->choices();
        for (const AttachmentChoice &choice : choices) {
            if (const qint64 id = m_client->sendFile(
                    peer, choice.path, choice.kind, choice.caption, choice.thumbnail))
                emit sent(peer, id);
        }
    });
    dialog->open();
}

void Attachments::previewImage(const QString &peer, const QImage &image)
{
    if (image.isNull() || peer.isEmpty())
        return;
    if (!m_pasteDir || !m_pasteDir->isValid())
        m_pasteDir = std::make_unique<QTemporaryDir>();
    const QString name
        = tr("Pasted image %1.png")
              .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd hh.mm.ss")));
    QString path = QDir(m_pasteDir->path()).filePath(name);
    for (int i = 2; QFileInfo::exists(path); ++i)
        path = QDir(m_pasteDir->path())
                   .filePath(
                       QFileInfo(name).completeBaseName() + QStringLiteral(" (%1).png").arg(i));
    if (!m_pasteDir->isValid() || !image.save(path, "PNG")) {
        emit refused(tr("The pasted picture could not be saved for sending."));
        return;
    }
    preview(peer, {path}, FileKind::Media);
}

void Attachments::chooseLocation(const QString &peer)
{
    if (!m_client || peer.isEmpty())
        return;
    auto *dialog = new LocationDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, peer] {
        if (!m_client)
            return;
        if (const qint64 id = m_client->sendLocation(peer, dialog->location(), dialog->caption()))
            emit sent(peer, id);
        else
            emit refused(tr("This location cannot be sent."));
    });
    dialog->open();
}

void Attachments::chooseContact(const QString &peer)
{
    if (!m_client || peer.isEmpty())
        return;
    auto *dialog = new ContactPickerDialog(*m_client, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
        [this, dialog, peer] { sendContactCard(peer, dialog->vcard()); });
    dialog->open();
}

void Attachments::sendContactCard(const QString &peer, const QString &vcard)
{
    if (!m_client || vcard.isEmpty())
        return;
    if (const qint64 id = m_client->sendContact(peer, vcard))
        emit sent(peer, id);
    else
        emit refused(tr("This contact card cannot be sent: it needs a name and a phone number."));
}

} // namespace natter::ui
