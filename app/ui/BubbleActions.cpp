#include "ui/BubbleActions.h"

#include "client/ChatClient.h"
#include "client/LocalStore.h"
#include "models/MessagePreview.h"
#include "protocol/Phone.h"
#include "ui/dialogs/ImageViewerDialog.h"
#include "ui/dialogs/SaveCopy.h"
#include "ui/dialogs/VideoPlayerDialog.h"

#include <QCursor>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

namespace natter::ui {

using client::ChatClient;
using client::StoredMessage;
using client::TransferState;
namespace preview = models::preview;

namespace {
QString downloadsFolder()
{
    const QString path = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    return path.isEmpty() ? QDir::homePath() : path;
}

// Videos and sound play in the app, also when they were sent as documents (a .mp4 attached as
// a file); other documents open in the program the system has for them.
bool isPlayable(const StoredMessage &m)
{
    const auto category = preview::fileCategory(m.content);
    if (category == preview::FileCategory::Video || category == preview::FileCategory::Audio)
        return true;
    const QString mime = m.content.file ? m.content.file->mime : QString();
    return category == preview::FileCategory::Document
        && (mime.startsWith(QLatin1String("video/")) || mime.startsWith(QLatin1String("audio/")));
}

bool isRunning(TransferState s)
{
    return s == TransferState::Preparing || s == TransferState::Uploading
        || s == TransferState::Downloading || s == TransferState::Waiting;
}
} // namespace

BubbleActions::BubbleActions(ChatClient *client, QWidget *window)
    : QObject(window)
    , m_client(client)
    , m_window(window)
{
    connect(client, &ChatClient::messageChanged, this, &BubbleActions::onMessageChanged);
    connect(client, &ChatClient::lookupFinished, this,
        [this](const QString &phone, bool found, const QString &, const QString &error) {
            if (!m_lookups.remove(phone))
                return;
            if (!error.isEmpty())
                emit notice(error);
            else if (found)
                emit chatRequested(phone);
            else
                emit notice(tr("%1 is not on Natter.").arg(phone));
        });
}

BubbleActions::~BubbleActions() = default;

void BubbleActions::trigger(qint64 localId, BubbleAction action)
{
    if (!m_client || !m_client->store())
        return;
    const auto m = m_client->store()->message(localId);
    if (!m)
        return;
    switch (action) {
    case BubbleAction::None:
        break;
    case BubbleAction::Download:
        m_client->downloadFile(localId);
        break;
    case BubbleAction::Cancel:
        m_viewWhenDownloaded.remove(localId);
        m_client->cancelTransfer(localId);
        break;
    case BubbleAction::Retry:
        m_client->retry(localId);
        break;
    case BubbleAction::Open:
        if (m->transfer.localPath.isEmpty() || !QFileInfo::exists(m->transfer.localPath))
            emit notice(tr("The file is no longer on this computer."));
        else if (isPlayable(*m))
            play(m->transfer.localPath);
        else
            QDesktopServices::openUrl(QUrl::fromLocalFile(m->transfer.localPath));
        break;
    case BubbleAction::SaveAs:
        saveAs(*m);
        break;
    case BubbleAction::ViewImage:
        viewImage(*m);
        break;
    case BubbleAction::OpenLocation:
        if (m->content.location)
            QDesktopServices::openUrl(QUrl(preview::openStreetMapUrl(
                m->content.location->latitude, m->content.location->longitude)));
        break;
    case BubbleAction::MessageContact:
        messageContact(*m);
        break;
    case BubbleAction::SaveContact:
        saveContact(*m);
        break;
    }
}

void BubbleActions::viewImage(const StoredMessage &m)
{
    const QString path = m.transfer.localPath;
    if (!path.isEmpty() && QFileInfo::exists(path)) {
        showViewer(path);
        return;
    }
    if (m.outgoing)
        return; // our own copy is gone: nothing to fetch
    m_viewWhenDownloaded.insert(m.localId);
    if (!isRunning(m.transfer.state))
        m_client->downloadFile(m.localId);
}

void BubbleActions::showViewer(const QString &path)
{
    auto *viewer = new ImageViewerDialog(path, m_window);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->open();
}

void BubbleActions::play(const QString &path)
{
    // The same file a second time: its window comes to the front instead of a second player.
    const auto players = m_window->findChildren<VideoPlayerDialog *>();
    for (VideoPlayerDialog *player : players) {
        if (player->file() == path && player->isVisible()) {
            player->raise();
            player->activateWindow();
            return;
        }
    }
    auto *player = new VideoPlayerDialog(path, m_window);
    player->setAttribute(Qt::WA_DeleteOnClose);
    player->show(); // not modal: the chat stays usable while it plays
}

void BubbleActions::onMessageChanged(const QString &, qint64 localId)
{
    if (!m_viewWhenDownloaded.contains(localId) || !m_client || !m_client->store())
        return;
    const auto m = m_client->store()->message(localId);
    if (!m || m->transfer.state == TransferState::Failed
        || m->transfer.state == TransferState::Cancelled) {
        m_viewWhenDownloaded.remove(localId);
        return;
    }
    if (m->transfer.state == TransferState::Done && !m->transfer.localPath.isEmpty()) {
        m_viewWhenDownloaded.remove(localId);
        showViewer(m->transfer.localPath);
    }
}

void BubbleActions::saveAs(const StoredMessage &m)
{
    const QString source = m.transfer.localPath;
    if (source.isEmpty() || !QFileInfo::exists(source)) {
        emit notice(tr("The file is no longer on this computer."));
        return;
    }
    const QString name = m.content.file && !m.content.file->name.isEmpty()
        ? m.content.file->name
        : QFileInfo(source).fileName();
    askSavePath(m_window, tr("Save File"), QDir(downloadsFolder()).filePath(name), QString(),
        [this, source](const QString &target) {
            // The dialog asked about replacing an existing file.
            if (!target.isEmpty() && !saveCopy(source, target))
                emit notice(
                    tr("Could not save the file as %1.").arg(QDir::toNativeSeparators(target)));
        });
}

void BubbleActions::messageContact(const StoredMessage &m)
{
    const QStringList numbers = preview::summarizeVCard(m.content.vcard).phones;
    QStringList phones;
    for (const QString &number : numbers) {
        const QString phone = protocol::normalizePhone(number);
        if (!phone.isEmpty() && !phones.contains(phone))
            phones << phone;
    }
    if (phones.isEmpty()) {
        emit notice(tr("This contact has no phone number that Natter can use."));
        return;
    }
    if (phones.size() == 1) {
        lookup(phones.first());
        return;
    }
    auto *menu = new QMenu(m_window);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (const QString &phone : std::as_const(phones))
        menu->addAction(phone, this, [this, phone] { lookup(phone); });
    menu->popup(QCursor::pos());
}

void BubbleActions::lookup(const QString &phone)
{
    if (!m_client)
        return;
    if (phone == m_client->phone()) {
        emit notice(tr("That is your own number."));
        return;
    }
    // A chat that exists already opens at once.
    if (m_client->store() && m_client->store()->conversation(phone)) {
        emit chatRequested(phone);
        return;
    }
    m_lookups.insert(phone);
    m_client->lookup(phone);
}

void BubbleActions::saveContact(const StoredMessage &m)
{
    QString name = preview::summarizeVCard(m.content.vcard).name;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    if (name.isEmpty())
        name = tr("Contact");
    const QString vcard = m.content.vcard;
    askSavePath(m_window, tr("Save Contact"),
        QDir(downloadsFolder()).filePath(name + QStringLiteral(".vcf")),
        tr("Contact cards (*.vcf)"), [this, vcard](const QString &target) {
            if (target.isEmpty())
                return;
            QSaveFile file(target);
            if (!file.open(QIODevice::WriteOnly) || file.write(vcard.toUtf8()) < 0
                || !file.commit())
                emit notice(
                    tr("Could not save the contact as %1.").arg(QDir::toNativeSeparators(target)));
        });
}

} // namespace natter::ui
