#pragma once

#include <QFont>
#include <QList>
#include <QRectF>

class QModelIndex;
class QPainter;

namespace natter::ui {

struct Theme;

// What a click on a part of a bubble asks for (MessageDelegate::actionRequested).
enum class BubbleAction {
    None,
    Download, // fetch an incoming file
    Cancel, // stop a running upload or download
    Retry, // restart a failed or cancelled transfer
    Open, // open the local file with the system's application
    SaveAs, // copy the local file elsewhere
    ViewImage, // show the image full size (downloading it first when needed)
    OpenLocation, // the place on openstreetmap.org
    MessageContact, // open the chat with the contact's number
    SaveContact, // save the vCard as a .vcf file
};

// The part of a bubble above the caption for files, locations and contacts: its layout (size
// and clickable zones) and its painting. Both read the message from a MessageListModel index.
namespace bodies {

// Image: a photo, or a video with a poster frame (its thumbnail), drawn with a play sign; a
// click on such a video downloads it, and once downloaded opens it (BubbleAction::Open).
enum class Type { Text, Image, File, Location, Contact };

struct Zone
{
    QRectF rect; // relative to the body's top-left corner
    BubbleAction action = BubbleAction::None;
};

struct Body
{
    Type type = Type::Text;
    QSizeF size; // empty for text
    QList<Zone> zones; // the first zone containing a point wins
    QRectF progressBar; // running transfers: the bar (relative to the body), else empty
};

Type typeOf(const QModelIndex &index);
// `maxWidth` is the widest the body may be.
Body layout(const QModelIndex &index, const QFont &font, qreal maxWidth);
void paint(QPainter *p, const Body &body, const QPointF &topLeft, const QModelIndex &index,
    const Theme &theme, const QColor &bubble, const QFont &font);
// The zone at `pos` (relative to the body), or None.
BubbleAction actionAt(const Body &body, const QPointF &pos);

} // namespace bodies
} // namespace natter::ui
