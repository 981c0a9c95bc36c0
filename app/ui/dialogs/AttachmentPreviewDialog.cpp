#include "ui/dialogs/AttachmentPreviewDialog.h"

#include "client/ChatClient.h"
#include "ui/dialogs/AppIcon.h"
#include "ui/dialogs/AttachmentRow.h"
#include "ui/dialogs/Background.h"
#include "ui/dialogs/DialogSizing.h"
#include "ui/dialogs/InlineMessage.h"
#include "ui/dialogs/Thumbnails.h"

#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QMimeDatabase>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace natter::ui {

using namespace dialogs;
using protocol::FileKind;

namespace {
// As many files as one dialog sends (a phone's gallery picks up to 30 too).
constexpr int kMaxFiles = 30;

bool isMediaType(const QMimeType &mime)
{
    const QString name = mime.name();
    return name.startsWith(QLatin1String("image/")) || name.startsWith(QLatin1String("video/"))
        || name.startsWith(QLatin1String("audio/"));
}
} // namespace

AttachmentPreviewDialog::AttachmentPreviewDialog(const QStringList &paths, FileKind suggestedKind,
    const client::ChatClient &client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_suggested(suggestedKind)
{
    setObjectName(QStringLiteral("attachmentPreviewDialog"));
    setWindowIcon(appIcon());
    setAcceptDrops(true);

    m_list = new QWidget;
    m_list->setObjectName(QStringLiteral("attachmentList"));
    m_listLayout = new QVBoxLayout(m_list);
    m_listLayout->setContentsMargins(0, 0, 0, 0);
    m_listLayout->setSpacing(0);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_list);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_note = new InlineMessage(this);
    m_note->setObjectName(QStringLiteral("attachmentNote"));

    m_caption = new QLineEdit(this);
    m_caption->setObjectName(QStringLiteral("captionEdit"));
    m_caption->setPlaceholderText(tr("Add a caption…"));
    m_caption->setClearButtonEnabled(true);
    connect(m_caption, &QLineEdit::textChanged, this, &AttachmentPreviewDialog::check);
    m_captionHint = new QLabel(tr("The caption goes with the first file."), this);
    QPalette muted = m_captionHint->palette();
    muted.setColor(QPalette::WindowText, mutedColor(palette()));
    m_captionHint->setPalette(muted);
    m_captionError = new QLabel(this);
    m_captionError->setObjectName(QStringLiteral("captionError"));
    m_captionError->setWordWrap(true);
    QPalette red = m_captionError->palette();
    red.setColor(QPalette::WindowText, errorColor(palette()));
    m_captionError->setPalette(red);
    m_captionError->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(tr("Send"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setDefault(true);
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setAutoDefault(false);
    connect(m_send, &QPushButton::clicked, this, [this] {
        if (canSend())
            accept();
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);
    layout->setSpacing(8);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_note);
    layout->addSpacing(4);
    layout->addWidget(m_caption);
    layout->addWidget(m_captionHint);
    layout->addWidget(m_captionError);
    layout->addWidget(buttons);

    addFiles(paths);
    m_caption->setFocus();
}

AttachmentPreviewDialog::~AttachmentPreviewDialog() = default;

void AttachmentPreviewDialog::addFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        const QFileInfo info(path);
        const QString name = info.fileName().isEmpty() ? path : info.fileName();
        const QString canonical = info.absoluteFilePath();
        if (m_paths.contains(canonical))
            continue;
        QString why;
        if (!info.exists())
            why = tr("%1 (not found)").arg(name);
        else if (info.isDir())
            why = tr("%1 (a folder)").arg(name);
        else if (!info.isFile() || !info.isReadable())
            why = tr("%1 (cannot be read)").arg(name);
        else if (info.size() == 0)
            why = tr("%1 (empty)").arg(name);
        else if (m_paths.size() >= kMaxFiles)
            why = tr("%1 (at most %2 files at once)").arg(name).arg(kMaxFiles);
        if (!why.isEmpty()) {
            m_leftOut.append(why);
            continue;
        }
        m_paths.append(canonical);
        const bool media
            = isMediaType(QMimeDatabase().mimeTypeForFile(canonical, QMimeDatabase::MatchContent));
        m_kinds.insert(canonical, media ? m_suggested : FileKind::Document);
    }
    rebuild();
}

void AttachmentPreviewDialog::rebuild()
{
    m_rows.clear();
    // The rows, the lines between them and the stretch after them.
    while (QLayoutItem *item = m_listLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }

    const bool single = m_paths.size() == 1;
    const QMimeDatabase mimes;
    for (const QString &path : std::as_const(m_paths)) {
        // The kind offered follows the content (what the server checks); the name says the
        // type best for everything else ("Word document" rather than "ZIP archive").
        const QMimeType content = mimes.mimeTypeForFile(path, QMimeDatabase::MatchContent);
        const QMimeType shown = isMediaType(content) ? content : mimes.mimeTypeForFile(path);
        if (!m_rows.isEmpty()) {
            auto *line = new QFrame(m_list);
            line->setFrameShape(QFrame::HLine);
            line->setFrameShadow(QFrame::Plain);
            line->setForegroundRole(QPalette::Mid);
            m_listLayout->addWidget(line);
        }
        auto *row = new AttachmentRow(path, shown, m_kinds.value(path), single, m_list);
        m_listLayout->addWidget(row);
        m_rows.append(row);
        connect(row, &AttachmentRow::kindChanged, this, [this, row] {
            m_kinds.insert(row->path(), row->kind());
            check();
        });
        connect(row, &AttachmentRow::removeRequested, this, [this, path] {
            QMetaObject::invokeMethod(
                this, [this, path] { removePath(path); }, Qt::QueuedConnection);
        });
        if (row->isImage() || row->isVideo()) {
            if (m_thumbnails.contains(path))
                row->setThumbnail(m_thumbnails.value(path));
            else
                startThumbnail(path, row->isVideo());
            row->setThumbnailPending(m_pendingThumbnails.contains(path));
        }
    }
    m_listLayout->addStretch(1);
    m_scroll->setFrameShape(single ? QFrame::NoFrame : QFrame::StyledPanel);
    // Several files: white rows on the list's base colour; one file: part of the dialog.
    m_list->setBackgroundRole(single ? QPalette::Window : QPalette::Base);
    m_list->setAutoFillBackground(!single);
    m_scroll->viewport()->setBackgroundRole(single ? QPalette::Window : QPalette::Base);

    // Without a translation loaded "%n file(s)" would show as such: the singular is its own text.
    setWindowTitle(m_paths.isEmpty() ? tr("Send files")
            : m_paths.size() == 1    ? tr("Send 1 file")
                                     : tr("Send %n files", nullptr, int(m_paths.size())));
    m_captionHint->setVisible(m_paths.size() > 1);
    m_caption->setEnabled(!m_paths.isEmpty());

    if (m_paths.isEmpty()) {
        m_note->showMessage(InlineMessage::Kind::Error,
            m_leftOut.isEmpty() ? tr("There is no file to send.")
                                : tr("None of these can be sent: %1.")
                                      .arg(m_leftOut.join(QLatin1String(", ")).toHtmlEscaped()));
    } else if (!m_leftOut.isEmpty()) {
        m_note->showMessage(InlineMessage::Kind::Info,
            tr("Left out: %1.").arg(m_leftOut.join(QLatin1String(", ")).toHtmlEscaped()));
    } else {
        m_note->clear();
    }
    m_scroll->setVisible(!m_paths.isEmpty());

    const int width = qMax(single ? 440 : 520, fontMetrics().averageCharWidth() * 60);
    if (single || m_paths.isEmpty()) {
        // Exactly as tall as the preview and the text need.
        m_scroll->setMinimumHeight(m_paths.isEmpty() ? 0 : m_list->sizeHint().height());
        resize(qMax(this->width(), width), 0);
    } else {
        m_scroll->setMinimumHeight(0);
        const int rowsHeight = qMin(580, 170 + int(m_paths.size()) * 84);
        resize(qMax(this->width(), width), qMax(isVisible() ? height() : 0, rowsHeight));
    }
    check();
}

void AttachmentPreviewDialog::startThumbnail(const QString &path, bool video)
{
    if (m_pendingThumbnails.contains(path))
        return;
    m_pendingThumbnails.insert(path);
    if (video) {
        m_videoQueue.append(path);
        nextVideoThumbnail();
        return;
    }
    auto *watcher = new QFutureWatcher<QByteArray>(this);
    connect(watcher, &QFutureWatcher<QByteArray>::finished, this, [this, watcher, path] {
        const QByteArray bytes
            = watcher->future().resultCount() > 0 ? watcher->result() : QByteArray();
        watcher->deleteLater();
        thumbnailMade(path, bytes);
    });
    watcher->setFuture(runInBackground([path] { return makeThumbnail(path); }));
}

void AttachmentPreviewDialog::nextVideoThumbnail()
{
    while (!m_videoRunning && !m_videoQueue.isEmpty()) {
        const QString path = m_videoQueue.takeFirst();
        if (!m_paths.contains(path))
            continue; // taken off the list before its turn
        m_videoRunning = true;
        makeVideoThumbnail(path, this, [this, path](const QByteArray &bytes) {
            m_videoRunning = false;
            thumbnailMade(path, bytes);
            nextVideoThumbnail();
        });
    }
}

void AttachmentPreviewDialog::thumbnailMade(const QString &path, const QByteArray &bytes)
{
    m_pendingThumbnails.remove(path);
    m_thumbnails.insert(path, bytes);
    if (AttachmentRow *row = rowFor(path))
        row->setThumbnail(bytes);
    check();
}

AttachmentRow *AttachmentPreviewDialog::rowFor(const QString &path) const
{
    for (AttachmentRow *row : m_rows) {
        if (row->path() == path)
            return row;
    }
    return nullptr;
}

void AttachmentPreviewDialog::removePath(const QString &path)
{
    m_paths.removeAll(path);
    m_kinds.remove(path);
    // Send does not wait for the preview of a file that is no longer sent.
    m_pendingThumbnails.remove(path);
    rebuild();
}

void AttachmentPreviewDialog::check()
{
    const protocol::Limits &limits = m_client.serverLimits();
    for (AttachmentRow *row : std::as_const(m_rows)) {
        QString problem = m_client.checkFile(row->path(), row->kind());
        const qint64 size = QFileInfo(row->path()).size();
        if (!problem.isEmpty() && row->kind() == FileKind::Media && size > limits.maxMediaBytes
            && size <= limits.maxDocumentBytes)
            problem += QLatin1Char(' ')
                + tr("Choose “Document” to send it as a file (up to %1).")
                      .arg(humanSize(limits.maxDocumentBytes));
        row->setProblem(problem);
    }
    const qint64 captionBytes = m_caption->text().trimmed().toUtf8().size();
    const bool captionTooLong = captionBytes > limits.maxTextBytes;
    m_captionError->setText(captionTooLong
            ? tr("The caption is too long: at most %1 bytes, this one has %2.")
                  .arg(limits.maxTextBytes)
                  .arg(captionBytes)
            : QString());
    m_captionError->setVisible(captionTooLong);
    m_send->setEnabled(canSend());
    // Poster frames take a moment (a few seconds at most): the button says why it waits.
    m_send->setText(m_pendingThumbnails.isEmpty() ? tr("Send") : tr("Preparing…"));
    growToFit(this);
}

bool AttachmentPreviewDialog::canSend() const
{
    if (m_rows.isEmpty() || !m_pendingThumbnails.isEmpty())
        return false;
    for (const AttachmentRow *row : m_rows) {
        if (!row->problem().isEmpty())
            return false;
    }
    return m_caption->text().trimmed().toUtf8().size() <= m_client.serverLimits().maxTextBytes;
}

QList<AttachmentChoice> AttachmentPreviewDialog::choices() const
{
    QList<AttachmentChoice> out;
    const QString caption = m_caption->text().trimmed();
    for (const AttachmentRow *row : m_rows) {
        const bool preview = row->kind() == FileKind::Media && (row->isImage() || row->isVideo());
        out.append(AttachmentChoice {row->path(), row->kind(), out.isEmpty() ? caption : QString(),
            preview ? row->thumbnail() : QByteArray()});
    }
    return out;
}

void AttachmentPreviewDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void AttachmentPreviewDialog::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    addFiles(paths);
}

} // namespace natter::ui
