#include "ui/StatusViewer.h"

#include "client/ChatClient.h"
#include "client/LocalStore.h"
#include "client/StatusClient.h"
#include "models/Avatar.h"
#include "ui/Painting.h"
#include "ui/StatusPainting.h"
#include "ui/Theme.h"
#include "ui/TimeFormat.h"

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
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace natter::ui {

using client::StatusClient;
using protocol::StatusItem;
using protocol::StatusKind;

namespace {
constexpr int kMargin = 12;
constexpr int kBarHeight = 3;
constexpr int kHeaderHeight = 56;
constexpr int kFooterHeight = 64;
const QColor kMediaBackground(0x10, 0x14, 0x17);

bool isVideo(const StatusItem &s)
{
    if (!s.file)
        return false;
    const QString mime = s.file->mime.isEmpty()
        ? QMimeDatabase().mimeTypeForFile(s.file->name, QMimeDatabase::MatchExtension).name()
        : s.file->mime;
    return !mime.startsWith(QLatin1String("image/"));
}

// "today at 14:05", "yesterday at 22:10".
QString postedText(qint64 ms)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms);
    const QDate today = QDate::currentDate();
    if (time.date() == today)
        return StatusViewer::tr("today at %1").arg(timeformat::messageTime(time));
    if (time.date() == today.addDays(-1))
        return StatusViewer::tr("yesterday at %1").arg(timeformat::messageTime(time));
    return timeformat::listTime(time) + QStringLiteral(" ") + timeformat::messageTime(time);
}

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
    , m_openButton(overlayButton(tr("Open"), QStringLiteral("openVideoButton"), this))
    , m_closeButton(new QToolButton(this))
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
    if (isVideo(*s))
        return;
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
    const qint64 total = std::max<qint64>(1, m_duration.count());
    const qint64 shown = m_elapsedBefore + (holding() || !m_clock.isValid() ? 0 : m_clock.elapsed());
    return std::clamp(qreal(shown) / qreal(total), 0.0, 1.0);
}

void StatusViewer::tick()
{
    if (!isVisible())
        return;
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
    m_openButton->setVisible(s && s->kind == StatusKind::Media && isVideo(*s) && !m_waitingForFile);
    layoutControls();
}

void StatusViewer::layoutControls()
{
    const QSize close = m_closeButton->sizeHint();
    m_closeButton->move(width() - kMargin - close.width(), kMargin + kBarHeight + 12);
    m_closeButton->resize(close);
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
            || key == Qt::Key_Space) {
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

void StatusViewer::paintProgress(QPainter &p)
{
    const int n = std::max(1, int(m_ids.size()));
    const qreal gap = 4;
    const qreal total = width() - 2 * kMargin;
    const qreal w = (total - gap * (n - 1)) / n;
    const qreal shown = progress();
    for (int i = 0; i < n; ++i) {
        const QRectF seg(kMargin + i * (w + gap), kMargin, w, kBarHeight);
        p.fillRect(seg, QColor(255, 255, 255, 90));
        const qreal fill = i < m_index ? 1.0 : (i == m_index ? shown : 0.0);
        if (fill > 0)
            p.fillRect(QRectF(seg.left(), seg.top(), seg.width() * fill, seg.height()), Qt::white);
    }
}

void StatusViewer::paintHeader(QPainter &p, const StatusItem &s)
{
    const int top = kMargin + kBarHeight + 10;
    const QRectF avatarRect(kMargin, top, 36, 36);
    const QString name = nameOf(s.owner, s.ownerName);
    painting::avatar(&p, avatarRect,
        models::avatar::initials(s.owner == m_client->phone() ? m_client->displayName() : name),
        models::avatar::colorFor(s.owner));
    QFont nameFont = font();
    nameFont.setWeight(QFont::DemiBold);
    const QFontMetrics nfm(nameFont);
    const QFontMetrics fm(font());
    const int left = int(avatarRect.right()) + 10;
    const int right = m_closeButton->x() - 8;
    p.setPen(Qt::white);
    p.setFont(nameFont);
    p.drawText(QRect(left, top, right - left, nfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
        nfm.elidedText(name, Qt::ElideRight, right - left));
    QString line = postedText(s.posted);
    if (m_paused)
        line += QStringLiteral(" · ") + tr("paused");
    p.setFont(font());
    p.setPen(QColor(255, 255, 255, 200));
    p.drawText(QRect(left, top + nfm.height() + 2, right - left, fm.height()),
        Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(line, Qt::ElideRight, right - left));
}

void StatusViewer::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    const auto s = current();
    if (!s) {
        p.fillRect(rect(), kMediaBackground);
        return;
    }
    const QRect content = contentRect();
    if (s->kind == StatusKind::Text) {
        const QColor bg(s->background);
        p.fillRect(rect(), bg.isValid() ? bg : statuspainting::backgroundColors().first());
        statuspainting::textStatus(&p, QRectF(content), s->text,
            bg.isValid() ? bg : statuspainting::backgroundColors().first(), font(), 64);
    } else {
        p.fillRect(rect(), kMediaBackground);
        QRect media = content;
        QRect captionRect;
        const QFont captionFont = scaledFont(font(), 1.3);
        if (!s->text.isEmpty()) {
            const QFontMetrics fm(captionFont);
            const QRect needed = fm.boundingRect(content.adjusted(24, 0, -24, 0),
                Qt::AlignCenter | Qt::TextWordWrap, s->text);
            const int h = std::min(content.height() / 3, needed.height() + 24);
            captionRect = QRect(content.left(), content.bottom() - h, content.width(), h);
            media.setBottom(captionRect.top() - 1);
        }
        if (!m_image.isNull() && m_imageId == s->statusId) {
            const QSize size = m_image.size().scaled(media.size(), Qt::KeepAspectRatio);
            const QRect target(media.center().x() - size.width() / 2,
                media.center().y() - size.height() / 2, size.width(), size.height());
            p.drawImage(target, m_image);
        } else if (isVideo(*s) && !m_waitingForFile) {
            statuspainting::playIcon(&p, QPointF(media.center()), 88, QColor(255, 255, 255, 220));
            p.setPen(QColor(255, 255, 255, 200));
            p.drawText(QRect(media.left(), media.center().y() - 90, media.width(), 30),
                Qt::AlignCenter, tr("This video plays in another program."));
        }
        if (captionRect.isValid()) {
            p.fillRect(captionRect, QColor(0, 0, 0, 120));
            p.setFont(captionFont);
            p.setPen(Qt::white);
            p.drawText(captionRect.adjusted(24, 0, -24, 0), Qt::AlignCenter | Qt::TextWordWrap,
                s->text);
        }
    }
    // Top: a shade so the white bar and header read on any background.
    QLinearGradient shade(0, 0, 0, kMargin + kBarHeight + kHeaderHeight);
    shade.setColorAt(0, QColor(0, 0, 0, 110));
    shade.setColorAt(1, QColor(0, 0, 0, 0));
    p.fillRect(QRect(0, 0, width(), kMargin + kBarHeight + kHeaderHeight), shade);
    paintProgress(p);
    paintHeader(p, *s);
    if (!m_notice.isEmpty()) {
        p.setPen(Qt::white);
        p.drawText(content.adjusted(24, 0, -24, 0), Qt::AlignCenter | Qt::TextWordWrap, m_notice);
    }
}

} // namespace natter::ui
