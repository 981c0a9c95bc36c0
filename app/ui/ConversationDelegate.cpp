#include "ui/ConversationDelegate.h"

#include "models/ConversationListModel.h"
#include "ui/Painting.h"
#include "ui/Theme.h"
#include "ui/TimeFormat.h"

#include <QPainter>

namespace natter::ui {

using client::MessageState;
using models::ConversationListModel;

namespace {
constexpr int kPad = 12;

int avatarSize(const QFontMetrics &fm)
{
    return std::max(40, fm.height() * 3);
}
} // namespace

ConversationDelegate::ConversationDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

ConversationDelegate::~ConversationDelegate() = default;

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return QSize(200, avatarSize(fm) + 2 * kPad);
}

void ConversationDelegate::paint(
    QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Theme theme = Theme::from(opt.palette);
    const QRect r = opt.rect;
    p->save();
    p->setRenderHint(QPainter::Antialiasing);

    if (opt.state & QStyle::State_Selected)
        p->fillRect(r,
            mix(opt.palette.color(QPalette::Base), opt.palette.color(QPalette::Text),
                theme.dark ? 0.14 : 0.09));
    else if (opt.state & QStyle::State_MouseOver)
        p->fillRect(r, theme.hover);

    const QFontMetrics fm(opt.font);
    const int avatar = avatarSize(fm);
    const QRect avatarRect(r.left() + kPad, r.top() + (r.height() - avatar) / 2, avatar, avatar);
    painting::avatar(p, avatarRect, index.data(ConversationListModel::InitialsRole).toString(),
        index.data(ConversationListModel::AvatarColorRole).value<QColor>());

    const int left = avatarRect.right() + kPad + 1;
    const int right = r.right() - kPad;
    // A hairline under the text part, as in most messengers.
    p->setPen(theme.divider);
    p->drawLine(QPointF(left, r.bottom() + 0.5), QPointF(r.right(), r.bottom() + 0.5));

    const int unread = index.data(ConversationListModel::UnreadCountRole).toInt();
    const bool typing = index.data(ConversationListModel::TypingRole).toBool();

    // First line: name and time.
    QFont nameFont = scaledFont(opt.font, 1.08);
    nameFont.setWeight(QFont::DemiBold);
    const QFont smallFont = scaledFont(opt.font, 0.85);
    const QFontMetrics nfm(nameFont);
    const QFontMetrics sfm(smallFont);
    const QColor text = opt.palette.color(QPalette::Text);
    const int lineGap = 4;
    const int blockHeight = nfm.height() + lineGap + fm.height();
    const int top = r.top() + (r.height() - blockHeight) / 2;

    const QString time
        = timeformat::listTime(index.data(ConversationListModel::LastActivityRole).toDateTime());
    const int timeWidth = sfm.horizontalAdvance(time);
    p->setFont(smallFont);
    p->setPen(unread > 0 ? theme.accent : theme.secondaryText);
    p->drawText(QRect(right - timeWidth, top, timeWidth, nfm.height()),
        Qt::AlignRight | Qt::AlignVCenter, time);

    const QRect nameRect(left, top, right - left - timeWidth - 8, nfm.height());
    p->setFont(nameFont);
    p->setPen(text);
    p->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
        nfm.elidedText(index.data(ConversationListModel::DisplayNameRole).toString(),
            Qt::ElideRight, nameRect.width()));

    // Second line: the unread badge on the right, the preview in what is left.
    const int secondTop = top + nfm.height() + lineGap;
    int previewRight = right;
    if (unread > 0) {
        QFont badgeFont = smallFont;
        badgeFont.setWeight(QFont::DemiBold);
        const QFontMetrics bfm(badgeFont);
        const QString count = unread > 999 ? QStringLiteral("999+") : QLocale().toString(unread);
        const int h = bfm.height() + 4;
        const int w = std::max(h, bfm.horizontalAdvance(count) + 12);
        const QRect badge(right - w, secondTop + (fm.height() - h) / 2, w, h);
        p->setPen(Qt::NoPen);
        p->setBrush(theme.accent);
        p->drawRoundedRect(badge, h / 2.0, h / 2.0);
        p->setFont(badgeFont);
        p->setPen(theme.accentText);
        p->drawText(badge, Qt::AlignCenter, count);
        previewRight = badge.left() - 8;
    }

    p->setFont(opt.font);
    int previewLeft = left;
    QString preview;
    if (typing) {
        preview = tr("typing…");
        p->setPen(theme.accent);
    } else {
        preview = index.data(ConversationListModel::LastPreviewRole).toString();
        p->setPen(theme.secondaryText);
        if (index.data(ConversationListModel::LastOutgoingRole).toBool() && !preview.isEmpty()) {
            // Our own last message: its state mark in front, as in the chat.
            const auto state
                = MessageState(index.data(ConversationListModel::LastStateRole).toInt());
            const qreal h = std::round(fm.ascent() * 0.95);
            const qreal w = painting::stateMarkWidth(state, h);
            const qreal baseline = secondTop + fm.ascent();
            painting::stateMark(
                p, QPointF(previewLeft, baseline), h, state, theme.secondaryText, theme);
            previewLeft += int(std::ceil(w)) + 4;
        }
    }
    const QRect previewRect(previewLeft, secondTop, previewRight - previewLeft, fm.height());
    p->drawText(previewRect, Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(preview, Qt::ElideRight, previewRect.width()));
    p->restore();
}

} // namespace natter::ui
