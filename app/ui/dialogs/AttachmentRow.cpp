#include "ui/dialogs/AttachmentRow.h"

#include "ui/Painting.h"
#include "ui/dialogs/InlineMessage.h"
#include "ui/dialogs/Thumbnails.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QRadioButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace natter::ui {

using namespace dialogs;
using protocol::FileKind;

namespace {

constexpr int kSmallPreview = 64;
constexpr int kLargePreview = 280;

// A label that shortens its text with "…" in the middle instead of growing the dialog.
class ElidedLabel final : public QLabel
{
public:
    using QLabel::QLabel;
    QSize minimumSizeHint() const override { return {40, QLabel::minimumSizeHint().height()}; }
    QSize sizeHint() const override
    {
        return {qMin(QLabel::sizeHint().width(), 420), QLabel::sizeHint().height()};
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setPen(palette().color(QPalette::WindowText));
        p.setFont(font());
        const QString shown = fontMetrics().elidedText(text(), Qt::ElideMiddle, width());
        p.drawText(rect(), int(alignment() | Qt::TextSingleLine), shown);
    }
};

QColor badgeColor(const QMimeType &mime, const QString &suffix)
{
    const QString name = mime.name();
    if (name == QLatin1String("application/pdf"))
        return {0xD9, 0x3A, 0x2B};
    if (name.startsWith(QLatin1String("video/")))
        return {0x5B, 0x3F, 0xB5};
    if (name.startsWith(QLatin1String("audio/")))
        return {0xE0, 0x7A, 0x10};
    if (name.startsWith(QLatin1String("image/")))
        return {0x1E, 0x88, 0xC8};
    if (name.contains(QLatin1String("spreadsheet")) || name.contains(QLatin1String("excel"))
        || suffix == QLatin1String("csv"))
        return {0x1E, 0x8E, 0x4E};
    if (name.contains(QLatin1String("presentation")) || name.contains(QLatin1String("powerpoint")))
        return {0xD2, 0x5B, 0x1F};
    if (name.contains(QLatin1String("word")) || name.contains(QLatin1String("opendocument.text")))
        return {0x2B, 0x5C, 0xC8};
    if (name.contains(QLatin1String("zip")) || name.contains(QLatin1String("compressed"))
        || name.contains(QLatin1String("tar")) || name.contains(QLatin1String("7z")))
        return {0x8D, 0x6E, 0x3F};
    return {0x6B, 0x77, 0x85};
}

} // namespace

QString humanSize(qint64 bytes)
{
    if (bytes < 1024)
        return bytes == 1 ? QCoreApplication::translate("natter::ui::AttachmentRow", "1 byte")
                          : QCoreApplication::translate(
                              "natter::ui::AttachmentRow", "%n bytes", nullptr, int(bytes));
    // Whole sizes without a ".0" ("16 MB", as the limits are said), others with one decimal.
    const bool whole = bytes % (1024 * 1024) == 0 || (bytes < 1024 * 1024 && bytes % 1024 == 0);
    return QLocale().formattedDataSize(bytes, whole ? 0 : 1, QLocale::DataSizeTraditionalFormat);
}

QPixmap fileTypePixmap(const QMimeType &mime, const QString &fileName, int size, qreal dpr)
{
    if (mime.isValid()) {
        QIcon icon = QIcon::fromTheme(mime.iconName());
        if (icon.isNull())
            icon = QIcon::fromTheme(mime.genericIconName());
        if (!icon.isNull() && !icon.availableSizes().isEmpty())
            return icon.pixmap(QSize(size, size), dpr);
    }
    // A sheet with a folded corner and the extension on a coloured band.
    QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix.isEmpty() && mime.isValid())
        suffix = mime.preferredSuffix();
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal w = size * 0.74;
    const QRectF sheet((size - w) / 2, size * 0.04, w, size * 0.92);
    const qreal fold = w * 0.28;
    QPainterPath path;
    path.moveTo(sheet.topLeft());
    path.lineTo(sheet.right() - fold, sheet.top());
    path.lineTo(sheet.right(), sheet.top() + fold);
    path.lineTo(sheet.bottomRight());
    path.lineTo(sheet.bottomLeft());
    path.closeSubpath();
    p.setPen(QPen(QColor(0, 0, 0, 60), 1));
    p.setBrush(QColor(0xF7, 0xF8, 0xFA));
    p.drawPath(path);
    QPainterPath corner;
    corner.moveTo(sheet.right() - fold, sheet.top());
    corner.lineTo(sheet.right() - fold, sheet.top() + fold);
    corner.lineTo(sheet.right(), sheet.top() + fold);
    corner.closeSubpath();
    p.setBrush(QColor(0xD5, 0xD9, 0xDF));
    p.drawPath(corner);
    const QColor color = badgeColor(mime, suffix);
    const QRectF band(sheet.left() - size * 0.06, sheet.top() + sheet.height() * 0.52,
        sheet.width() * 0.86, sheet.height() * 0.24);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawRoundedRect(band, size * 0.04, size * 0.04);
    if (!suffix.isEmpty()) {
        QFont font;
        font.setBold(true);
        font.setPixelSize(qMax(6, int(band.height() * 0.62)));
        p.setFont(font);
        p.setPen(Qt::white);
        const QString label = QFontMetrics(font).elidedText(
            suffix.toUpper(), Qt::ElideRight, int(band.width() - size * 0.06));
        p.drawText(band, Qt::AlignCenter, label);
    }
    return pixmap;
}

AttachmentRow::AttachmentRow(
    const QString &path, const QMimeType &sniffed, FileKind kind, bool large, QWidget *parent)
    : QFrame(parent)
    , m_path(path)
    , m_mime(sniffed)
    , m_media(sniffed.name().startsWith(QLatin1String("image/"))
          || sniffed.name().startsWith(QLatin1String("video/"))
          || sniffed.name().startsWith(QLatin1String("audio/")))
    , m_large(large)
    , m_preview(new QLabel(this))
    , m_name(new ElidedLabel(this))
    , m_details(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_asMedia(new QRadioButton(this))
    , m_asDocument(new QRadioButton(tr("Document"), this))
    , m_remove(new QToolButton(this))
{
    setObjectName(QStringLiteral("attachmentRow"));
    const QFileInfo info(path);
    m_preview->setObjectName(QStringLiteral("filePreview"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_name->setObjectName(QStringLiteral("fileName"));
    m_name->setText(info.fileName());
    m_name->setToolTip(QDir::toNativeSeparators(info.absoluteFilePath()));
    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);
    m_details->setObjectName(QStringLiteral("fileDetails"));
    m_details->setText(tr("%1 · %2").arg(humanSize(info.size()), m_mime.comment()));
    QPalette muted = m_details->palette();
    // Both text roles: in a list the labels draw with Text (their background is Base).
    muted.setColor(QPalette::WindowText, mutedColor(palette()));
    muted.setColor(QPalette::Text, mutedColor(palette()));
    m_details->setPalette(muted);
    m_problem->setObjectName(QStringLiteral("fileProblem"));
    m_problem->setWordWrap(true);
    QPalette red = m_problem->palette();
    red.setColor(QPalette::WindowText, errorColor(palette()));
    red.setColor(QPalette::Text, errorColor(palette()));
    m_problem->setPalette(red);
    m_problem->hide();

    const QString type = m_mime.name();
    m_asMedia->setText(type.startsWith(QLatin1String("image/")) ? tr("Photo")
            : type.startsWith(QLatin1String("video/"))          ? tr("Video")
                                                                : tr("Audio"));
    m_asMedia->setObjectName(QStringLiteral("asMedia"));
    m_asMedia->setToolTip(
        tr("Shown in the chat; photos and videos can be at most the media size limit."));
    m_asDocument->setObjectName(QStringLiteral("asDocument"));
    m_asDocument->setToolTip(tr("Sent as a file, exactly as it is."));
    auto *group = new QButtonGroup(this);
    group->addButton(m_asMedia);
    group->addButton(m_asDocument);
    (m_media && kind == FileKind::Media ? m_asMedia : m_asDocument)->setChecked(true);
    m_asMedia->setVisible(m_media);
    connect(m_asMedia, &QRadioButton::toggled, this, &AttachmentRow::kindChanged);
    auto *sendAs = new QLabel(m_media ? tr("Send as:") : tr("Sent as a document"), this);
    sendAs->setPalette(muted);
    m_asDocument->setVisible(m_media);

    m_remove->setObjectName(QStringLiteral("removeFile"));
    m_remove->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this));
    m_remove->setAutoRaise(true);
    m_remove->setToolTip(tr("Do not send this file"));
    m_remove->setAccessibleName(tr("Remove %1").arg(info.fileName()));
    connect(m_remove, &QToolButton::clicked, this, &AttachmentRow::removeRequested);

    auto *kindRow = new QHBoxLayout;
    kindRow->setSpacing(12);
    kindRow->addWidget(sendAs);
    kindRow->addWidget(m_asMedia);
    kindRow->addWidget(m_asDocument);
    kindRow->addStretch(1);

    if (large) {
        m_remove->hide();
        // The room the thumbnail will take, so the dialog does not jump when it arrives.
        m_preview->setMinimumHeight(isImage() || isVideo() ? kLargePreview * 3 / 4 : 110);
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(4);
        layout->addWidget(m_preview, 1);
        layout->addSpacing(8);
        layout->addWidget(m_name);
        layout->addWidget(m_details);
        layout->addWidget(m_problem);
        layout->addSpacing(4);
        layout->addLayout(kindRow);
    } else {
        m_preview->setFixedSize(kSmallPreview, kSmallPreview);
        auto *text = new QVBoxLayout;
        text->setSpacing(2);
        text->addWidget(m_name);
        text->addWidget(m_details);
        text->addWidget(m_problem);
        text->addLayout(kindRow);
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(10, 8, 10, 8);
        layout->setSpacing(10);
        layout->addWidget(m_preview, 0, Qt::AlignTop);
        layout->addLayout(text, 1);
        layout->addWidget(m_remove, 0, Qt::AlignTop);
    }
    showIcon();
}

bool AttachmentRow::isImage() const
{
    return m_mime.name().startsWith(QLatin1String("image/"));
}

bool AttachmentRow::isVideo() const
{
    return m_mime.name().startsWith(QLatin1String("video/"));
}

FileKind AttachmentRow::kind() const
{
    return m_media && m_asMedia->isChecked() ? FileKind::Media : FileKind::Document;
}

void AttachmentRow::setProblem(const QString &text)
{
    m_problemText = text;
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void AttachmentRow::setThumbnail(const QByteArray &bytes)
{
    m_thumbnail = bytes;
    m_thumbnailPending = false;
    showIcon();
}

void AttachmentRow::showIcon()
{
    const qreal dpr = devicePixelRatioF();
    const QImage thumb = thumbnailImage(m_thumbnail);
    if (!thumb.isNull()) {
        const int side = m_large ? kLargePreview : kSmallPreview;
        QPixmap pixmap = QPixmap::fromImage(thumb);
        if (m_large) {
            // The thumbnail is at most 320 px: show it at its size, or smaller to fit.
            pixmap = pixmap.scaled(
                QSize(side, side) * dpr, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        } else {
            // Square crop, like the gallery of a phone.
            pixmap = pixmap.scaled(
                QSize(side, side) * dpr, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
            const QSize target = QSize(side, side) * dpr;
            pixmap = pixmap.copy((pixmap.width() - target.width()) / 2,
                (pixmap.height() - target.height()) / 2, target.width(), target.height());
        }
        pixmap.setDevicePixelRatio(dpr);
        if (isVideo()) {
            // A video's poster frame, with the play sign the bubble will have.
            QPainter p(&pixmap);
            const QSizeF size = pixmap.deviceIndependentSize();
            const qreal d = m_large ? 56 : 26;
            painting::playGlyph(&p,
                QRectF(size.width() / 2 - d / 2, size.height() / 2 - d / 2, d, d),
                QColor(0, 0, 0, 120));
        }
        m_preview->setPixmap(pixmap);
        return;
    }
    const int side = m_large ? 96 : 48;
    m_preview->setPixmap(fileTypePixmap(m_mime, m_path, side, dpr));
}

} // namespace natter::ui
