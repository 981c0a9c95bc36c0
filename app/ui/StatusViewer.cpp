#include "ui/StatusViewer.h"
#include "ui/StatusViewerParts.h"

#include "client/ChatClient.h"
#include "client/LocalStore.h"
#include "client/StatusClient.h"
#include "models/Avatar.h"
#include "ui/Painting.h"
#include "ui/StatusPainting.h"
#include "ui/Theme.h"
#include "ui/TimeFormat.h"
#include "ui/VideoPlayback.h"

#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace natter::ui {

using client::StatusClient;
using protocol::StatusItem;
using protocol::StatusKind;

using namespace statusviewer;

bool statusviewer::isVideo(const StatusItem &s)
{
    if (!s.file)
        return false;
    const QString mime = s.file->mime.isEmpty()
        ? QMimeDatabase().mimeTypeForFile(s.file->name, QMimeDatabase::MatchExtension).name()
        : s.file->mime;
    return !mime.startsWith(QLatin1String("image/"));
}

QString statusviewer::postedText(qint64 ms)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms);
    const QDate today = QDate::currentDate();
    if (time.date() == today)
        return StatusViewer::tr("today at %1").arg(timeformat::messageTime(time));
    if (time.date() == today.addDays(-1))
        return StatusViewer::tr("yesterday at %1").arg(timeformat::messageTime(time));
    return timeformat::listTime(time) + QStringLiteral(" ") + timeformat::messageTime(time);
}

namespace {
QPushButton *overlayButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setCursor(Qt::PointingHandCursor);
    button->setFocusPolicy(Qt::NoFocus); // the keys belong to the viewer
    button->setStyleSheet(QStringLiteral(
        "QPushButton { color: white; background: rgba(0,0,0,110); border: 1px solid "
        "rgba(255,255,255,90); border-radius: 15px; padding: 0 18px; min-height: 30px; }"
        "QPushButton:hover { background: rgba(0,0,0,160); }"));
    return button;
}
} // namespace

StatusViewer::StatusViewer(client::ChatClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_viewsButton(overlayButton(QString(), QStringLiteral("viewsButton"), this))
    , m_deleteButton(overlayButton(tr("Delete"), QStringLiteral("deleteStatusButton"), this))
    , m_openButton(overlayButton(tr("Open in another program"), QStringLiteral("openVideoButton"), this))
    , m_closeButton(new QToolButton(this))
    , m_muteButton(new QToolButton(this))
    , m_muted(QSettings().value(QStringLiteral("media/muted"), false).toBool())
{
    setObjectName(QStringLiteral("statusViewer"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Status viewer"));
    if (!parent) {
        setWindowTitle(tr("Status"));
        resize(480, 800);
    } else {
        parent->installEventFilter(this);
        setGeometry(parent->rect());
    }
    hide();

    m_closeButton->setObjectName(QStringLiteral("closeViewerButton"));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setFocusPolicy(Qt::NoFocus);
    m_closeButton->setIcon(painting::closeIcon(Qt::white));
    m_closeButton->setIconSize(QSize(22, 22));
    m_closeButton->setToolTip(tr("Close (Esc)"));
    m_closeButton->setAccessibleName(tr("Close"));
    connect(m_closeButton, &QToolButton::clicked, this, &StatusViewer::closeViewer);
    m_muteButton->setObjectName(QStringLiteral("muteButton"));
    m_muteButton->setAutoRaise(true);
    m_muteButton->setFocusPolicy(Qt::NoFocus);
    m_muteButton->setIconSize(QSize(22, 22));
    m_muteButton->hide();
    connect(m_muteButton, &QToolButton::clicked, this, [this] { setMuted(!m_muted); });
    setMuted(m_muted); // icon and tooltip
    connect(m_viewsButton, &QPushButton::clicked, this, &StatusViewer::showViewers);
    connect(m_deleteButton, &QPushButton::clicked, this, &StatusViewer::confirmDelete);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        const QString path = m_client ? m_client->statuses()->localFile(currentStatusId()) : QString();
        if (!path.isEmpty()) {
            setPaused(true);
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        }
    });

    m_tick.setInterval(30);
    connect(&m_tick, &QTimer::timeout, this, &StatusViewer::tick);
    if (client) {
        StatusClient *statuses = client->statuses();
        connect(statuses, &StatusClient::removed, this, &StatusViewer::onRemoved);
        connect(statuses, &StatusClient::changed, this, &StatusViewer::updateControls);
        connect(statuses, &StatusClient::fileReady, this, [this](qint64 id) {
            if (id == currentStatusId()) {
                loadMedia();
                update();
            }
        });
        connect(statuses, &StatusClient::fileFailed, this, [this](qint64 id, const QString &why) {
            if (id == currentStatusId()) {
                m_notice = tr("The file could not be loaded: %1").arg(why);
                m_waitingForFile = false;
                restartClock();
                update();
            }
        });
        connect(client, &client::ChatClient::accountChanged, this, &StatusViewer::closeViewer);
    }
}

StatusViewer::~StatusViewer() = default;

bool StatusViewer::showOwner(const QString &owner, qint64 startId)
{
    if (!m_client)
        return false;
    const QList<StatusItem> list = m_client->statuses()->statusesOf(owner);
    if (list.isEmpty())
        return false;
    m_owner = owner;
    m_ids.clear();
    int start = -1;
    for (const StatusItem &s : list) {
        if (s.statusId == startId)
            start = int(m_ids.size());
        if (start < 0 && startId == 0 && !s.viewed && !m_client->statuses()->isOwn(s))
            start = int(m_ids.size());
        m_ids.append(s.statusId);
    }
    m_paused = false;
    if (parentWidget())
        setGeometry(parentWidget()->rect());
    show();
    raise();
    activateWindow();
    setFocus(Qt::OtherFocusReason);
    showIndex(std::max(0, start));
    return true;
}

qint64 StatusViewer::currentStatusId() const
{
    return m_index >= 0 && m_index < m_ids.size() ? m_ids.at(m_index) : 0;
}

std::optional<StatusItem> StatusViewer::current() const
{
    return m_client ? m_client->statuses()->status(currentStatusId()) : std::nullopt;
}

void StatusViewer::showIndex(int index)
{
    if (index < 0 || index >= m_ids.size()) {
        closeViewer();
        return;
    }
    m_index = index;
    m_notice.clear();
    m_waitingForFile = false;
    const auto s = current();
    if (!s) { // gone meanwhile
        m_ids.removeAt(index);
        showIndex(index);
        return;
    }
    m_client->statuses()->markViewed(s->statusId);
    loadMedia();
    restartClock();
    updateControls();
    update();
    emit statusShown(s->statusId);
}

void StatusViewer::loadMedia()
{
    m_image = QImage();
    m_imageId = 0;
    if (m_video && m_videoId != 0) {
        m_video->stop();
        m_videoId = 0;
        m_videoRunning = false;
    }
    const auto s = current();
    if (!s || s->kind != StatusKind::Media)
        return;
    const QString path = m_client->statuses()->localFile(s->statusId);
    if (path.isEmpty()) {
        m_waitingForFile = true;
        m_notice = tr("Loading…");
        m_client->statuses()->fetchFile(s->statusId);
        return;
    }
    m_waitingForFile = false;
    m_notice.clear();
    if (isVideo(*s)) {
        startVideo(path, s->statusId);
        return;
    }
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize bound(2048, 2048);
    if (reader.size().isValid() && (reader.size().width() > bound.width()
            || reader.size().height() > bound.height()))
        reader.setScaledSize(reader.size().scaled(bound, Qt::KeepAspectRatio));
    m_image = reader.read();
    m_imageId = s->statusId;
    if (m_image.isNull())
        m_notice = tr("This photo cannot be shown.");
}

void StatusViewer::startVideo(const QString &path, qint64 statusId)
{
    if (!m_video) {
        m_video = new VideoPlayback(this);
        m_video->setMuted(m_muted);
        connect(m_video, &VideoPlayback::frameChanged, this, [this] { update(); });
        connect(m_video, &VideoPlayback::stateChanged, this, [this] {
            updateControls();
            update();
        });
        connect(m_video, &VideoPlayback::finished, this, [this] {
            if (m_videoId != 0 && m_videoId == currentStatusId() && isVisible())
                next();
        });
        connect(m_video, &VideoPlayback::failed, this, [this](const QString &reason) {
            if (m_videoId == 0 || m_videoId != currentStatusId())
                return;
            // Shown like a photo from now on: the notice, "Open in another program", 5 s.
            m_notice = reason;
            m_videoRunning = false;
            restartClock();
            updateControls();
            update();
        });
    }
    m_videoId = statusId;
    m_videoRunning = !holding();
    m_video->open(path, m_videoRunning);
}

bool StatusViewer::videoActive() const
{
    return m_video && m_videoId != 0 && m_videoId == currentStatusId()
        && m_video->state() != VideoPlayback::State::Failed
        && m_video->state() != VideoPlayback::State::Empty;
}

void StatusViewer::syncVideo()
{
    const bool run = !holding();
    if (run == m_videoRunning)
        return;
    m_videoRunning = run;
    if (run)
        m_video->play();
    else
        m_video->pause();
}

void StatusViewer::setMuted(bool muted)
{
    m_muted = muted;
    QSettings().setValue(QStringLiteral("media/muted"), muted);
    if (m_video)
        m_video->setMuted(muted);
    m_muteButton->setIcon(painting::speakerIcon(Qt::white, muted));
    m_muteButton->setToolTip(muted ? tr("Unmute (M)") : tr("Mute (M)"));
    m_muteButton->setAccessibleName(muted ? tr("Unmute") : tr("Mute"));
}

void StatusViewer::restartClock()
{
    m_elapsedBefore = 0;
    m_clock.restart();
    m_tick.start();
}

bool StatusViewer::holding() const
{
    return m_paused || m_waitingForFile || m_viewersDialog || m_confirm;
}

qreal StatusViewer::progress() const
{
    if (videoActive()) {
        const qint64 length = m_video->duration();
        return length > 0 ? std::clamp(qreal(m_video->position()) / qreal(length), 0.0, 1.0) : 0.0;
    }
    const qint64 total = std::max<qint64>(1, m_duration.count());
    const qint64 shown = m_elapsedBefore + (holding() || !m_clock.isValid() ? 0 : m_clock.elapsed());
    return std::clamp(qreal(shown) / qreal(total), 0.0, 1.0);
}

void StatusViewer::tick()
{
    if (!isVisible())
        return;
    if (videoActive()) {
        // The video sets the pace: its end moves on (finished()), the bar follows its position.
        syncVideo();
        update(QRect(0, 0, width(), kMargin + kBarHeight + 2));
        return;
    }
    if (holding()) {
        // Keep what was shown so far; the clock starts again when the hold ends.
        if (m_clock.isValid()) {
            m_elapsedBefore += m_clock.elapsed();
            m_clock.invalidate();
        }
        return;
    }
    if (!m_clock.isValid())
        m_clock.start();
    if (progress() >= 1.0)
        next();
    else
        update(QRect(0, 0, width(), kMargin + kBarHeight + 2));
}

void StatusViewer::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    tick(); // account for the time so far
    m_paused = paused;
    tick();
    update();
}

void StatusViewer::next()
{
    showIndex(m_index + 1);
}

void StatusViewer::previous()
{
    showIndex(std::max(0, m_index - 1));
}

void StatusViewer::closeViewer()
{
    m_tick.stop();
    if (m_video) {
        m_video->stop();
        m_videoId = 0;
        m_videoRunning = false;
    }
    if (m_viewersDialog)
        m_viewersDialog->close();
    if (m_confirm)
        m_confirm->close();
    const bool wasVisible = isVisible();
    hide();
    m_ids.clear();
    m_index = -1;
    m_image = QImage();
    if (wasVisible)
        emit closed();
}

void StatusViewer::onRemoved(qint64 statusId)
{
    const int at = int(m_ids.indexOf(statusId));
    if (at < 0)
        return;
    const bool wasCurrent = at == m_index;
    m_ids.removeAt(at);
    if (at < m_index)
        --m_index;
    if (wasCurrent && isVisible())
        showIndex(m_index); // the one after it, or close
    else
        update();
}

QString StatusViewer::nameOf(const QString &phone, const QString &fallback) const
{
    if (m_client && phone == m_client->phone())
        return tr("You");
    if (m_client && m_client->store())
        if (const auto c = m_client->store()->contact(phone); c && !c->name.isEmpty())
            return c->name;
    return fallback.isEmpty() ? phone : fallback;
}

void StatusViewer::updateControls()
{
    const auto s = current();
    const bool own = s && m_client->statuses()->isOwn(*s);
    m_viewsButton->setVisible(own);
    m_deleteButton->setVisible(own);
    if (own) {
        const int n = int(s->views.size());
        m_viewsButton->setText(tr("Viewed by %n", nullptr, n));
        m_viewsButton->setEnabled(n > 0);
    }
    const bool video = s && s->kind == StatusKind::Media && isVideo(*s) && !m_waitingForFile;
    m_openButton->setVisible(video && !videoActive());
    m_muteButton->setVisible(video && videoActive());
    layoutControls();
}

void StatusViewer::layoutControls()
{
    const QSize close = m_closeButton->sizeHint();
    m_closeButton->move(width() - kMargin - close.width(), kMargin + kBarHeight + 12);
    m_closeButton->resize(close);
    m_muteButton->resize(m_muteButton->sizeHint());
    m_muteButton->move(m_closeButton->x() - 4 - m_muteButton->width(), m_closeButton->y());
    const int footerY = height() - kFooterHeight + (kFooterHeight - m_viewsButton->sizeHint().height()) / 2;
    m_viewsButton->resize(m_viewsButton->sizeHint());
    m_viewsButton->move((width() - m_viewsButton->width()) / 2, footerY);
    m_deleteButton->resize(m_deleteButton->sizeHint());
    m_deleteButton->move(width() - kMargin - m_deleteButton->width(), footerY);
    m_openButton->resize(m_openButton->sizeHint());
    const QRect content = contentRect();
    m_openButton->move(content.center().x() - m_openButton->width() / 2,
        content.center().y() + 56);
}

QRect StatusViewer::contentRect() const
{
    return rect().adjusted(0, kMargin + kBarHeight + kHeaderHeight, 0, -kFooterHeight);
}

void StatusViewer::showViewers()
{
    const auto s = current();
    if (!s || m_viewersDialog)
        return;
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("viewersDialog"));
    dialog->setWindowTitle(tr("Viewed by"));
    auto *list = new QListWidget(dialog);
    list->setObjectName(QStringLiteral("viewersList"));
    QList<protocol::StatusViewEntry> views = s->views;
    std::sort(views.begin(), views.end(),
        [](const auto &a, const auto &b) { return a.timestamp > b.timestamp; });
    for (const auto &v : views)
        list->addItem(tr("%1 — %2").arg(nameOf(v.viewer, {}), postedText(v.timestamp)));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(views.size() == 1
            ? tr("Viewed by 1 contact")
            : tr("Viewed by %n contacts", nullptr, int(views.size())),
        dialog));
    layout->addWidget(list);
    layout->addWidget(buttons);
    dialog->resize(320, 360);
    connect(dialog, &QDialog::finished, this, [this] {
        setFocus();
        tick();
    });
    m_viewersDialog = dialog;
    tick(); // hold from now on
    dialog->open();
}

void StatusViewer::confirmDelete()
{
    const auto s = current();
    if (!s || m_confirm)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete status"),
        tr("Delete this status? Your contacts will no longer see it."), QMessageBox::NoButton,
        this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    QPushButton *yes = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    const qint64 id = s->statusId;
    connect(box, &QMessageBox::finished, this, [this, box, yes, id] {
        setFocus();
        if (box->clickedButton() == yes && m_client && !m_client->statuses()->remove(id)) {
            m_notice = tr("You are offline. Delete the status when you are connected.");
            update();
        }
        tick();
    });
    m_confirm = box;
    tick();
    box->open();
}

// ---- events --------------------------------------------------------------------------------

bool StatusViewer::event(QEvent *event)
{
    // The viewer's keys win over the window's shortcuts (Esc closes a chat there).
    if (event->type() == QEvent::ShortcutOverride) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Escape || key == Qt::Key_Left || key == Qt::Key_Right
            || key == Qt::Key_Space || key == Qt::Key_M) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

bool StatusViewer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void StatusViewer::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        closeViewer();
        break;
    case Qt::Key_Left:
        previous();
        break;
    case Qt::Key_Right:
        next();
        break;
    case Qt::Key_Space:
        setPaused(!m_paused);
        break;
    case Qt::Key_M:
        setMuted(!m_muted);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void StatusViewer::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (event->position().x() < width() / 2.0)
        previous();
    else
        next();
}

void StatusViewer::resizeEvent(QResizeEvent *event)
{
    layoutControls();
    QWidget::resizeEvent(event);
}

} // namespace natter::ui
