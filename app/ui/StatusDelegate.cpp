#include "ui/StatusDelegate.h"

#include "models/StatusListModel.h"
#include "ui/Painting.h"
#include "ui/StatusPainting.h"
#include "ui/Theme.h"
#include "ui/TimeFormat.h"

#include <QPainter>

namespace natter::ui {

using models::StatusListModel;

namespace {
constexpr int kPad = 12;

int avatarSize(const QFontMetrics &fm)
{
    return std::max(40, fm.height() * 3);
}

int captionHeight(const QFontMetrics &fm)
{
    return fm.height() + 14;
}
} // namespace

StatusDelegate::StatusDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

StatusDelegate::~StatusDelegate() = default;

QString StatusDelegate::sectionCaption(const QModelIndex &index)
{
    if (!index.data(StatusListModel::FirstInSectionRole).toBool())
        return {};
    switch (index.data(StatusListModel::SectionRole).toInt()) {
    case StatusListModel::RecentSection:
        return tr("Recent updates");
    case StatusListModel::ViewedSection:
        return tr("Viewed updates");
    default:
        return {};
    }
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    int h = avatarSize(fm) + 2 * kPad;
    if (!sectionCaption(index).isEmpty())
        h += captionHeight(QFontMetrics(scaledFont(option.font, 0.9)));
    return QSize(200, h);
}

void StatusDelegate::paint(
    QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Theme theme = Theme::from(opt.palette);
    QRect r = opt.rect;
    p->save();
    p->setRenderHint(QPainter::Antialiasing);

    const QString caption = sectionCaption(index);
    if (!caption.isEmpty()) {
        QFont captionFont = scaledFont(opt.font, 0.9);
        captionFont.setWeight(QFont::DemiBold);
        const QFontMetrics cfm(captionFont);
        const QRect captionRect(
            r.left() + kPad + 4, r.top(), r.width() - 2 * kPad, captionHeight(cfm));
        p->setFont(captionFont);
        p->setPen(theme.accent);
        p->drawText(
            captionRect.adjusted(0, 6, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, caption.toUpper());
        r.setTop(captionRect.bottom() + 1);
    }

    if (opt.state & QStyle::State_Selected)
        p->fillRect(r,
            mix(opt.palette.color(QPalette::Base), opt.palette.color(QPalette::Text),
                theme.dark ? 0.14 : 0.09));
    else if (opt.state & QStyle::State_MouseOver)
        p->fillRect(r, theme.hover);

    const bool mine
        = index.data(StatusListModel::SectionRole).toInt() == StatusListModel::MineSection;
    const int count = index.data(StatusListModel::CountRole).toInt();
    const int unseen = index.data(StatusListModel::UnseenCountRole).toInt();
    const int pending = index.data(StatusListModel::PendingCountRole).toInt();
    const QFontMetrics fm(opt.font);
    const int avatar = avatarSize(fm);
    const QRectF avatarRect(
        r.left() + kPad + 2, r.top() + (r.height() - avatar) / 2.0, avatar, avatar);
    // The ring sits outside the avatar: shrink the avatar a little to make room.
    const QRectF inner = avatarRect.adjusted(4, 4, -4, -4);
    painting::avatar(p, inner, index.data(StatusListModel::InitialsRole).toString(),
        index.data(StatusListModel::AvatarColorRole).value<QColor>());
    const QColor grey
        = mix(opt.palette.color(QPalette::Base), opt.palette.color(QPalette::Text), 0.3);
    statuspainting::ring(p, inner, count, mine ? 0 : unseen, theme.accent, grey, 2.5);
    if (mine && count == 0) {
        // A "+" badge: add a status.
        const qreal d = avatar * 0.38;
        const QRectF badge(avatarRect.right() - d + 2, avatarRect.bottom() - d + 2, d, d);
        p->setPen(QPen(opt.palette.color(QPalette::Base), 2));
        p->setBrush(theme.accent);
        p->drawEllipse(badge);
        p->setPen(QPen(theme.accentText, std::max(1.5, d / 9), Qt::SolidLine, Qt::RoundCap));
        const QPointF c = badge.center();
        const qreal k = d * 0.22;
        p->drawLine(QPointF(c.x() - k, c.y()), QPointF(c.x() + k, c.y()));
        p->drawLine(QPointF(c.x(), c.y() - k), QPointF(c.x(), c.y() + k));
    }

    const int left = int(avatarRect.right()) + kPad + 1;
    const int right = r.right() - kPad;
    QFont nameFont = scaledFont(opt.font, 1.08);
    nameFont.setWeight(QFont::DemiBold);
    const QFontMetrics nfm(nameFont);
    const int lineGap = 4;
    const int blockHeight = nfm.height() + lineGap + fm.height();
    const int top = r.top() + (r.height() - blockHeight) / 2;
    const QRect nameRect(left, top, right - left, nfm.height());
    p->setFont(nameFont);
    p->setPen(opt.palette.color(QPalette::Text));
    p->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
        nfm.elidedText(index.data(StatusListModel::DisplayNameRole).toString(), Qt::ElideRight,
            nameRect.width()));

    const QString line = detailLine(index);
    const bool failed = mine && index.data(StatusListModel::FailedCountRole).toInt() > 0;
    const int progress = index.data(StatusListModel::UploadProgressRole).toInt();
    const QRect lineRect(left, top + nfm.height() + lineGap, right - left, fm.height());
    p->setFont(opt.font);
    p->setPen(failed ? theme.failed : theme.secondaryText);
    p->drawText(lineRect, Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(line, Qt::ElideRight, lineRect.width()));
    if (mine && !failed && pending > 0 && progress >= 0) {
        // A thin bar under the line: how much of the photo/video is on the server.
        const qreal barTop = lineRect.bottom() + 3.0;
        const QRectF track(lineRect.left(), barTop, std::min(lineRect.width(), 160), 3.0);
        p->setPen(Qt::NoPen);
        p->setBrush(
            mix(opt.palette.color(QPalette::Base), opt.palette.color(QPalette::Text), 0.15));
        p->drawRoundedRect(track, 1.5, 1.5);
        p->setBrush(theme.accent);
        p->drawRoundedRect(
            QRectF(track.left(), track.top(), track.width() * progress / 100.0, track.height()),
            1.5, 1.5);
    }
    p->restore();
}

QString StatusDelegate::detailLine(const QModelIndex &index)
{
    const bool mine
        = index.data(StatusListModel::SectionRole).toInt() == StatusListModel::MineSection;
    const QDateTime latest = index.data(StatusListModel::LatestPostedRole).toDateTime();
    if (!mine)
        return timeformat::listTime(latest);
    const int count = index.data(StatusListModel::CountRole).toInt();
    const int pending = index.data(StatusListModel::PendingCountRole).toInt();
    if (index.data(StatusListModel::FailedCountRole).toInt() > 0)
        return tr("Couldn't send: %1").arg(index.data(StatusListModel::FailureRole).toString());
    if (pending > 0) {
        const int progress = index.data(StatusListModel::UploadProgressRole).toInt();
        return progress >= 0 ? tr("Sending… %1 %").arg(progress) : tr("Sending…");
    }
    if (count == 0)
        return tr("Click to add a status update");
    // Without a translation loaded, %n alone would not pick the English singular.
    const int views = index.data(StatusListModel::ViewCountRole).toInt();
    return (count == 1 ? tr("1 update") : tr("%n updates", nullptr, count)) + QStringLiteral(" · ")
        + timeformat::listTime(latest) + QStringLiteral(" · ")
        + (views == 1 ? tr("1 view") : tr("%n views", nullptr, views));
}

} // namespace natter::ui
