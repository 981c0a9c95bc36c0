#include "ui/MessageDelegate.h"

#include "models/MessageListModel.h"
#include "ui/Painting.h"
#include "ui/Theme.h"
#include "ui/TimeFormat.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QImage>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QToolTip>

namespace natter::ui {

using client::MessageState;
using models::MessageListModel;

namespace {
constexpr qreal kPadH = 9; // text to bubble edge
constexpr qreal kPadV = 6;
constexpr qreal kRadius = 8;
constexpr qreal kTail = 8; // how far the tail sticks out
constexpr qreal kFooterGap = 10; // text to time on a shared line

QFont smallFont(const QFont &font)
{
    return scaledFont(font, 0.8);
}

// Lays `layout` out at `width`; returns its height and the widest and the last line's widths.
qreal layoutText(QTextLayout &layout, qreal width, qreal *widest, qreal *last)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    qreal y = 0;
    *widest = *last = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
        *last = line.naturalTextWidth();
        *widest = std::max(*widest, *last);
    }
    layout.endLayout();
    return y;
}

QString stateLabel(MessageState state)
{
    switch (state) {
    case MessageState::Pending:
        return MessageDelegate::tr("Waiting to be sent");
    case MessageState::Sent:
        return MessageDelegate::tr("Sent");
    case MessageState::Delivered:
        return MessageDelegate::tr("Delivered");
    case MessageState::Read:
        return MessageDelegate::tr("Read");
    case MessageState::Failed:
        return MessageDelegate::tr("Not sent");
    }
    return {};
}
} // namespace

struct MessageDelegate::Geometry
{
    int height = 0;
    QRectF pill; // the date separator, empty when none
    QString pillText;
    QRectF unreadBand; // "3 unread messages", empty when none
    QString unreadText;
    QRectF bubble;
    QPointF textOrigin;
    QRectF footer; // the time and the state mark
    QRectF failedBadge; // the red "!" beside a message that was not sent (click: retry)
    bodies::Body body; // files, locations, contacts
    QPointF bodyOrigin;
    QString time;
    qreal markHeight = 0;
    bool tail = false;
    bool outgoing = false;
    MessageState state = MessageState::Sent;
};

MessageDelegate::MessageDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{ }

MessageDelegate::~MessageDelegate() = default;

int MessageDelegate::viewWidth() const
{
    return std::max(120, m_view->viewport()->width());
}

void MessageDelegate::clearCache()
{
    m_sizes.clear();
}

MessageDelegate::Geometry MessageDelegate::geometry(
    const QStyleOptionViewItem &option, const QModelIndex &index, QTextLayout *layout) const
{
    Geometry g;
    const int width = viewWidth();
    const QFont font = option.font;
    const QFont small = smallFont(font);
    const QFontMetricsF sfm(small);
    g.outgoing = index.data(MessageListModel::OutgoingRole).toBool();
    g.state = MessageState(index.data(MessageListModel::StateRole).toInt());
    g.tail = index.data(MessageListModel::FirstInGroupRole).toBool();
    const QDateTime when = index.data(MessageListModel::TimestampRole).toDateTime();
    g.time = timeformat::messageTime(when);

    qreal y = g.tail ? 6 : 2;
    if (index.data(MessageListModel::DateSeparatorRole).toBool()) {
        g.pillText = timeformat::daySeparator(when.toLocalTime().date());
        const QSizeF pill(sfm.horizontalAdvance(g.pillText) + 24, sfm.height() + 10);
        y += 8;
        g.pill = QRectF(QPointF((width - pill.width()) / 2, y), pill);
        y += pill.height() + 6;
    }
    if (const int unread = index.data(MessageListModel::UnreadMarkerRole).toInt(); unread > 0) {
        // Without a translation loaded, %n alone would not pick the English singular.
        g.unreadText = tr("%n unread messages", nullptr, unread);
        y += 6;
        g.unreadBand = QRectF(0, y, width, sfm.height() + 10);
        y += g.unreadBand.height() + 6;
    }

    // Bubbles leave room on the far side, as much as a third of a wide window.
    const qreal margin = std::clamp(width * 0.04, 10.0, 48.0);
    const qreal maxBubble = std::max(120.0, std::min(width - 2 * margin - 40, width * 0.72));
    const qreal textMax = maxBubble - 2 * kPadH;

    g.markHeight = std::round(sfm.ascent() * 1.05);
    qreal footerWidth = sfm.horizontalAdvance(g.time);
    const bool failed = g.outgoing && g.state == MessageState::Failed;
    if (g.outgoing && !failed)
        footerWidth += 4 + painting::stateMarkWidth(g.state, g.markHeight);
    const qreal footerHeight = sfm.height();

    g.body = bodies::layout(index, font, maxBubble - 2 * kPadH);
    const bool hasBody = g.body.type != bodies::Type::Text;
    // An image reaches almost to the bubble's edge; cards sit inside the usual padding.
    const qreal bodyPad = g.body.type == bodies::Type::Image ? 3 : kPadH;
    const qreal bodyTop = g.body.type == bodies::Type::Image ? 3 : kPadV;

    QString text = index.data(hasBody ? MessageListModel::CaptionRole : MessageListModel::TextRole)
                       .toString();
    text.replace(u'\n', QChar::LineSeparator);
    layout->setText(text);
    layout->setFont(font);
    const qreal captionMax
        = hasBody ? std::max(g.body.size.width() + 2 * bodyPad - 2 * kPadH, 120.0) : textMax;
    qreal widest = 0;
    qreal last = 0;
    const qreal textHeight = text.isEmpty() ? 0 : layoutText(*layout, captionMax, &widest, &last);

    qreal innerWidth = 0;
    qreal innerHeight = 0;
    qreal textTop = kPadV;
    if (!hasBody && last + kFooterGap + footerWidth <= textMax) {
        // The time fits behind the last line.
        innerWidth = std::max(widest, last + kFooterGap + footerWidth);
        innerHeight = std::max(textHeight, footerHeight);
    } else if (!hasBody) {
        innerWidth = std::max(widest, footerWidth);
        innerHeight = textHeight + footerHeight;
    } else {
        const qreal bodyBottom = bodyTop + g.body.size.height();
        const qreal bodyWidth = g.body.size.width() + 2 * bodyPad - 2 * kPadH;
        textTop = bodyBottom + (text.isEmpty() ? 0 : 4);
        qreal below = 0; // under the body, without the bottom padding
        if (text.isEmpty()) {
            innerWidth = std::max(bodyWidth, footerWidth);
            below = 2 + footerHeight;
        } else if (last + kFooterGap + footerWidth <= captionMax) {
            innerWidth = std::max({bodyWidth, widest, last + kFooterGap + footerWidth});
            below = 4 + std::max(textHeight, footerHeight);
        } else {
            innerWidth = std::max({bodyWidth, widest, footerWidth});
            below = 4 + textHeight + footerHeight;
        }
        innerHeight = bodyBottom - kPadV + below;
    }
    const QSizeF bubble(std::ceil(innerWidth + 2 * kPadH), std::ceil(innerHeight + 2 * kPadV));
    const qreal x = g.outgoing ? width - margin - bubble.width() : margin;
    g.bubble = QRectF(QPointF(x, y), bubble);
    if (hasBody)
        g.bodyOrigin = g.bubble.topLeft() + QPointF(bodyPad, bodyTop);
    g.textOrigin = g.bubble.topLeft() + QPointF(kPadH, textTop);
    g.footer = QRectF(g.bubble.right() - kPadH - footerWidth,
        g.bubble.bottom() - kPadV - footerHeight + 2, footerWidth, footerHeight);
    if (failed) {
        const qreal d = std::round(sfm.height() * 1.35);
        g.failedBadge = QRectF(g.bubble.left() - d - 10, g.bubble.center().y() - d / 2, d, d);
    }
    g.height = int(std::ceil(g.bubble.bottom())) + 2;
    return g;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const qint64 id = index.data(MessageListModel::LocalIdRole).toLongLong();
    // Everything the height depends on besides the width.
    quint64 key = quint64(index.data(MessageListModel::DateSeparatorRole).toBool())
        | quint64(index.data(MessageListModel::FirstInGroupRole).toBool()) << 1
        | quint64(index.data(MessageListModel::UnreadMarkerRole).toInt() > 0) << 2
        | quint64(index.data(MessageListModel::StateRole).toInt()) << 3
        | quint64(index.data(MessageListModel::TimestampRole).toDateTime().toSecsSinceEpoch() / 60)
            << 8;
    if (index.data(MessageListModel::KindRole).toInt() != int(protocol::MessageKind::Text)) {
        // A file's body changes with its transfer state, its local file and its picture.
        const QImage image = index.data(MessageListModel::ImageRole).value<QImage>();
        const quint64 body = quint64(index.data(MessageListModel::TransferStateRole).toInt())
            | quint64(!index.data(MessageListModel::LocalPathRole).toString().isEmpty()) << 4
            | quint64(image.isNull() ? 0 : qHash(image.size()) & 0xffff) << 5
            | quint64(qHash(index.data(MessageListModel::CaptionRole).toString()) & 0x3ff) << 21;
        key ^= body << 34;
    }
    const int width = viewWidth();
    const auto cached = m_sizes.constFind(id);
    if (cached != m_sizes.constEnd() && cached->width == width && cached->key == key)
        return cached->size;
    QTextLayout layout;
    const Geometry g = geometry(opt, index, &layout);
    const QSize size(int(std::ceil(g.bubble.right())), g.height);
    m_sizes.insert(id, CachedSize {width, key, size});
    return size;
}

void MessageDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Theme theme = Theme::from(opt.palette);
    QTextLayout layout;
    const Geometry g = geometry(opt, index, &layout);
    const QFont small = smallFont(opt.font);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(opt.rect.topLeft());
    const QRectF row(0, 0, opt.rect.width(), opt.rect.height());
    if (opt.state & QStyle::State_Selected)
        painter->fillRect(row, theme.selection);

    painter->setFont(small);
    if (!g.pill.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(theme.pill);
        painter->drawRoundedRect(g.pill, g.pill.height() / 2.5, g.pill.height() / 2.5);
        painter->setPen(theme.pillText);
        painter->drawText(g.pill, Qt::AlignCenter, g.pillText);
    }
    if (!g.unreadBand.isEmpty()) {
        painter->fillRect(g.unreadBand, mix(theme.chatBackground, theme.pill, 0.7));
        painter->setPen(theme.accent);
        painter->drawText(g.unreadBand, Qt::AlignCenter, g.unreadText);
    }

    // The bubble, with a tail on the first of a run and a hairline shadow in light themes.
    QPainterPath bubble;
    bubble.addRoundedRect(g.bubble, kRadius, kRadius);
    if (g.tail) {
        QPainterPath tail;
        const qreal top = g.bubble.top();
        if (g.outgoing) {
            const qreal right = g.bubble.right();
            tail.moveTo(right - kRadius, top);
            tail.lineTo(right + kTail, top);
            tail.lineTo(right, top + 11);
            tail.lineTo(right - kRadius, top + 11);
        } else {
            const qreal left = g.bubble.left();
            tail.moveTo(left + kRadius, top);
            tail.lineTo(left - kTail, top);
            tail.lineTo(left, top + 11);
            tail.lineTo(left + kRadius, top + 11);
        }
        tail.closeSubpath();
        bubble = bubble.united(tail);
    }
    painter->setPen(Qt::NoPen);
    if (!theme.dark) {
        painter->setBrush(QColor(0, 0, 0, 28));
        painter->drawPath(bubble.translated(0, 1));
    }
    painter->setBrush(g.outgoing ? theme.ownBubble : theme.otherBubble);
    painter->drawPath(bubble);

    bodies::paint(painter, g.body, g.bodyOrigin, index, theme,
        g.outgoing ? theme.ownBubble : theme.otherBubble, opt.font);
    painter->setPen(theme.bubbleText);
    layout.draw(painter, g.textOrigin);

    const QColor grey
        = mix(theme.bubbleText, g.outgoing ? theme.ownBubble : theme.otherBubble, 0.45);
    painter->setFont(small);
    painter->setPen(grey);
    const QFontMetricsF sfm(small);
    painter->drawText(QPointF(g.footer.left(), g.footer.top() + sfm.ascent()), g.time);
    if (!g.failedBadge.isEmpty()) {
        painting::stateMark(
            painter, g.failedBadge.bottomLeft(), g.failedBadge.height(), g.state, grey, theme);
    } else if (g.outgoing) {
        const qreal markWidth = painting::stateMarkWidth(g.state, g.markHeight);
        const QPointF bottomLeft(g.footer.right() - markWidth, g.footer.top() + sfm.ascent());
        painting::stateMark(painter, bottomLeft, g.markHeight, g.state, grey, theme);
    }
    painter->restore();
}

bool MessageDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease && index.isValid()) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        QTextLayout layout;
        const Geometry g = geometry(opt, index, &layout);
        const QPointF pos = mouse->position() - QPointF(opt.rect.topLeft());
        if (mouse->button() == Qt::LeftButton
            && g.failedBadge.adjusted(-3, -3, 3, 3).contains(pos)) {
            emit retryRequested(index.data(MessageListModel::LocalIdRole).toLongLong());
            return true;
        }
        if (mouse->button() == Qt::LeftButton && !(mouse->modifiers() & Qt::ControlModifier)
            && !(mouse->modifiers() & Qt::ShiftModifier)) {
            const BubbleAction action = bodies::actionAt(g.body, pos - g.bodyOrigin);
            if (action != BubbleAction::None) {
                emit actionRequested(
                    index.data(MessageListModel::LocalIdRole).toLongLong(), action);
                return true;
            }
        }
    } else if (event->type() == QEvent::MouseMove && index.isValid()) {
        // A hand over the buttons inside bubbles.
        const auto *mouse = static_cast<QMouseEvent *>(event);
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        QTextLayout layout;
        const Geometry g = geometry(opt, index, &layout);
        const QPointF pos = mouse->position() - QPointF(opt.rect.topLeft());
        const bool hot = bodies::actionAt(g.body, pos - g.bodyOrigin) != BubbleAction::None
            || g.failedBadge.adjusted(-3, -3, 3, 3).contains(pos);
        if (hot)
            m_view->viewport()->setCursor(Qt::PointingHandCursor);
        else
            m_view->viewport()->unsetCursor();
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

QStyleOptionViewItem MessageDelegate::viewOption() const
{
    QStyleOptionViewItem opt;
    opt.initFrom(m_view);
    opt.font = m_view->font();
    return opt;
}

QRect MessageDelegate::bodyRect(const QRect &rowRect, const QModelIndex &index) const
{
    const QStyleOptionViewItem opt = viewOption();
    QTextLayout layout;
    const Geometry g = geometry(opt, index, &layout);
    if (g.body.type == bodies::Type::Text)
        return {};
    return QRectF(g.bodyOrigin, g.body.size).toAlignedRect().translated(rowRect.topLeft());
}

BubbleAction MessageDelegate::actionAt(
    const QRect &rowRect, const QModelIndex &index, const QPoint &pos) const
{
    const QStyleOptionViewItem opt = viewOption();
    QTextLayout layout;
    const Geometry g = geometry(opt, index, &layout);
    return bodies::actionAt(g.body, QPointF(pos - rowRect.topLeft()) - g.bodyOrigin);
}

QPoint MessageDelegate::actionPoint(
    const QRect &rowRect, const QModelIndex &index, BubbleAction action) const
{
    const QStyleOptionViewItem opt = viewOption();
    QTextLayout layout;
    const Geometry g = geometry(opt, index, &layout);
    for (const bodies::Zone &zone : g.body.zones) {
        if (zone.action == action)
            return (zone.rect.center() + g.bodyOrigin).toPoint() + rowRect.topLeft();
    }
    return {-1, -1};
}

QRect MessageDelegate::failedBadgeRect(const QRect &rowRect, const QModelIndex &index) const
{
    QStyleOptionViewItem opt;
    opt.initFrom(m_view);
    opt.font = m_view->font();
    QTextLayout layout;
    const Geometry g = geometry(opt, index, &layout);
    return g.failedBadge.toAlignedRect().translated(rowRect.topLeft());
}

QRect MessageDelegate::bubbleRect(const QRect &rowRect, const QModelIndex &index) const
{
    QStyleOptionViewItem opt;
    opt.initFrom(m_view);
    opt.font = m_view->font();
    QTextLayout layout;
    const Geometry g = geometry(opt, index, &layout);
    return g.bubble.toAlignedRect().translated(rowRect.topLeft());
}

bool MessageDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (!event || event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QTextLayout layout;
    const Geometry g = geometry(opt, index, &layout);
    const QPointF pos = QPointF(event->pos()) - QPointF(opt.rect.topLeft());
    const bool overBadge = g.failedBadge.adjusted(-3, -3, 3, 3).contains(pos);
    if (!g.bubble.contains(pos) && !overBadge) {
        QToolTip::hideText();
        return true;
    }
    QStringList lines;
    // What a button inside the bubble does.
    switch (bodies::actionAt(g.body, pos - g.bodyOrigin)) {
    case BubbleAction::Download:
        lines << tr("Download");
        break;
    case BubbleAction::Cancel:
        lines << tr("Cancel the transfer");
        break;
    case BubbleAction::Retry:
        lines << index.data(MessageListModel::TransferErrorRole).toString()
              << tr("Click to try again.");
        break;
    case BubbleAction::Open:
        lines << tr("Open %1").arg(index.data(MessageListModel::FileNameRole).toString());
        break;
    case BubbleAction::SaveAs:
        lines << tr("Save a copy");
        break;
    case BubbleAction::ViewImage:
        lines << index.data(MessageListModel::FileNameRole).toString();
        break;
    case BubbleAction::OpenLocation:
        lines << tr("Open on openstreetmap.org");
        break;
    case BubbleAction::MessageContact:
        lines << tr("Chat with this contact on Natter");
        break;
    case BubbleAction::SaveContact:
        lines << tr("Save the contact card as a .vcf file");
        break;
    case BubbleAction::None:
        break;
    }
    lines.removeAll(QString());
    if (g.state == MessageState::Failed && g.outgoing) {
        lines << index.data(MessageListModel::FailureReasonRole).toString();
        if (overBadge)
            lines << tr("Click to try again.");
    }
    if (g.footer.adjusted(-4, -4, 4, 4).contains(pos)) {
        lines << QLocale().toString(
            index.data(MessageListModel::TimestampRole).toDateTime(), QLocale::LongFormat);
        if (g.outgoing && g.state != MessageState::Failed)
            lines << stateLabel(g.state);
    }
    if (lines.isEmpty()) {
        QToolTip::hideText();
        return true;
    }
    QToolTip::showText(event->globalPos(), lines.join(u'\n'), view->viewport(), opt.rect);
    return true;
}

} // namespace natter::ui
