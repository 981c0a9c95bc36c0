#include "ui/StatusViewer.h"

#include "client/ChatClient.h"
#include "client/StatusClient.h"
#include "models/Avatar.h"
#include "ui/Painting.h"
#include "ui/StatusPainting.h"
#include "ui/StatusViewerParts.h"
#include "ui/Theme.h"
#include "ui/VideoPlayback.h"
#include "ui/dialogs/Thumbnails.h"

#include <QLinearGradient>
#include <QPainter>
#include <QToolButton>

// The painting of the status viewer: the status itself, the shade, the bar, the header.
namespace natter::ui {

using protocol::StatusItem;
using protocol::StatusKind;
using namespace statusviewer;

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
    const int right = (m_muteButton->isVisible() ? m_muteButton->x() : m_closeButton->x()) - 8;
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

bool StatusViewer::paintPlaceholder(QPainter &p, const StatusItem &s, const QRect &media)
{
    if (!s.file || s.file->thumbnail.isEmpty())
        return false;
    if (m_placeholderId != s.statusId) {
        m_placeholderId = s.statusId;
        // Softened: made small and drawn large with smooth scaling, like a light blur.
        const QImage image = thumbnailImage(s.file->thumbnail);
        m_placeholder = image.isNull()
            ? QImage()
            : image.scaled(image.size().boundedTo(QSize(48, 48)), Qt::KeepAspectRatio,
                  Qt::SmoothTransformation);
    }
    if (m_placeholder.isNull())
        return false;
    const QSize size = m_placeholder.size().scaled(media.size(), Qt::KeepAspectRatio);
    const QRect target(media.center().x() - size.width() / 2,
        media.center().y() - size.height() / 2, size.width(), size.height());
    p.save();
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.drawImage(target, m_placeholder);
    p.fillRect(target, kPlaceholderShade);
    p.restore();
    return true;
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
    bool noticeDrawn = false;
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
        } else if (m_waitingForFile) {
            paintPlaceholder(p, *s, media); // under "Loading…"
        } else if (isVideo(*s) && videoActive()) {
            if (!m_video->hasFrame())
                paintPlaceholder(p, *s, media); // until the first frame is there
            m_video->paint(&p, QRectF(media));
        } else if (isVideo(*s)) {
            // Not playable here: why, above the icon; "Open in another program" is below it.
            statuspainting::playIcon(&p, QPointF(media.center()), 88, QColor(255, 255, 255, 220));
            p.setPen(Qt::white);
            p.drawText(QRect(media.left() + 24, media.center().y() - 150, media.width() - 48, 90),
                Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, m_notice);
            noticeDrawn = true;
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
    if (!m_notice.isEmpty() && !noticeDrawn) {
        p.setPen(Qt::white);
        p.drawText(content.adjusted(24, 0, -24, 0), Qt::AlignCenter | Qt::TextWordWrap, m_notice);
    }
}

} // namespace natter::ui
