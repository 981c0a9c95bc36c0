#include "ui/dialogs/AddStatusDialog.h"

#include "client/ChatClient.h"
#include "ui/StatusPainting.h"
#include "ui/dialogs/Background.h"
#include "ui/dialogs/InlineMessage.h"
#include "ui/dialogs/Thumbnails.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QMimeDatabase>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>

namespace natter::ui {

namespace {
constexpr QSize kPreviewSize(180, 300);

// The text status as it will look, in the dialog's own small size.
class TextPreview final : public QWidget
{
public:
    TextPreview(std::function<QString()> text, std::function<QColor()> color, QWidget *parent)
        : QWidget(parent)
        , m_text(std::move(text))
        , m_color(std::move(color))
    {
        setFixedSize(kPreviewSize);
        setAccessibleName(AddStatusDialog::tr("Preview"));
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        QPainterPath clip;
        clip.addRoundedRect(QRectF(rect()), 10, 10);
        p.setClipPath(clip);
        const QString text = m_text();
        statuspainting::textStatus(&p, QRectF(rect()),
            text.trimmed().isEmpty() ? AddStatusDialog::tr("Type a status") : text, m_color(),
            font(), 40);
    }

private:
    std::function<QString()> m_text;
    std::function<QColor()> m_color;
};

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(48, 48);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(4, 4, 40, 40));
    return QIcon(pixmap);
}
} // namespace

AddStatusDialog::AddStatusDialog(client::ChatClient *client, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_background(statuspainting::backgroundColors().first())
{
    setWindowTitle(tr("Add status"));
    setObjectName(QStringLiteral("addStatusDialog"));
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    auto *textPage = new QWidget;
    auto *mediaPage = new QWidget;
    buildTextPage(textPage);
    buildMediaPage(mediaPage);
    m_tabs->addTab(textPage, tr("Text"));
    m_tabs->addTab(mediaPage, tr("Photo or video"));

    m_message = new InlineMessage(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_post = buttons->addButton(tr("Post"), QDialogButtonBox::AcceptRole);
    m_post->setObjectName(QStringLiteral("postButton"));
    m_post->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canPost())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tabs, &QTabWidget::currentChanged, this, &AddStatusDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMode(mode);
    validate();
}

AddStatusDialog::~AddStatusDialog() = default;

void AddStatusDialog::buildTextPage(QWidget *page)
{
    m_text = new QPlainTextEdit(page);
    m_text->setObjectName(QStringLiteral("statusText"));
    m_text->setPlaceholderText(tr("Type a status"));
    m_text->setAccessibleName(tr("Status text"));
    m_text->setTabChangesFocus(true);
    m_counter = new QLabel(page);
    m_counter->setAlignment(Qt::AlignRight);
    QPalette pal = m_counter->palette();
    pal.setColor(QPalette::WindowText, dialogs::mutedColor(palette()));
    m_counter->setPalette(pal);

    m_colors = new QButtonGroup(this);
    m_colors->setExclusive(true);
    auto *swatches = new QHBoxLayout;
    swatches->setSpacing(4);
    const QList<QColor> colors = statuspainting::backgroundColors();
    for (int i = 0; i < colors.size(); ++i) {
        auto *button = new QToolButton(page);
        button->setObjectName(QStringLiteral("color%1").arg(i));
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setIcon(swatch(colors.at(i)));
        button->setIconSize(QSize(24, 24));
        button->setToolTip(colors.at(i).name());
        button->setAccessibleName(tr("Background colour %1").arg(i + 1));
        m_colors->addButton(button, i);
        swatches->addWidget(button);
    }
    swatches->addStretch();
    m_colors->button(0)->setChecked(true);
    connect(m_colors, &QButtonGroup::idClicked, this, [this](int id) {
        setBackground(statuspainting::backgroundColors().value(id));
    });

    m_textPreview = new TextPreview([this] { return m_text->toPlainText(); },
        [this] { return m_background; }, page);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        validate();
        m_textPreview->update();
    });

    auto *left = new QVBoxLayout;
    left->addWidget(m_text, 1);
    left->addWidget(m_counter);
    auto *colorLabel = new QLabel(tr("Background:"), page);
    left->addWidget(colorLabel);
    left->addLayout(swatches);
    auto *layout = new QHBoxLayout(page);
    layout->addLayout(left, 1);
    layout->addWidget(m_textPreview, 0, Qt::AlignTop);
}

void AddStatusDialog::buildMediaPage(QWidget *page)
{
    m_mediaPreview = new QLabel(page);
    m_mediaPreview->setObjectName(QStringLiteral("mediaPreview"));
    m_mediaPreview->setFixedSize(kPreviewSize);
    m_mediaPreview->setAlignment(Qt::AlignCenter);
    m_mediaPreview->setFrameShape(QFrame::StyledPanel);
    m_fileName = new QLabel(tr("No file chosen."), page);
    m_fileName->setWordWrap(true);
    auto *choose = new QPushButton(tr("Choose photo or video…"), page);
    choose->setObjectName(QStringLiteral("chooseFileButton"));
    connect(choose, &QPushButton::clicked, this, &AddStatusDialog::chooseFile);
    m_caption = new QLineEdit(page);
    m_caption->setObjectName(QStringLiteral("captionField"));
    m_caption->setPlaceholderText(tr("Add a caption (optional)"));
    m_caption->setAccessibleName(tr("Caption"));
    connect(m_caption, &QLineEdit::textChanged, this, &AddStatusDialog::validate);

    auto *left = new QVBoxLayout;
    left->addWidget(choose, 0, Qt::AlignLeft);
    left->addWidget(m_fileName);
    left->addStretch();
    left->addWidget(new QLabel(tr("Caption:"), page));
    left->addWidget(m_caption);
    auto *layout = new QHBoxLayout(page);
    layout->addLayout(left, 1);
    layout->addWidget(m_mediaPreview, 0, Qt::AlignTop);
}

AddStatusDialog::Mode AddStatusDialog::mode() const
{
    return m_tabs->currentIndex() == 1 ? Mode::Media : Mode::Text;
}

void AddStatusDialog::setMode(Mode mode)
{
    m_tabs->setCurrentIndex(mode == Mode::Media ? 1 : 0);
    if (mode == Mode::Text)
        m_text->setFocus();
}

QString AddStatusDialog::text() const
{
    return m_text->toPlainText();
}

void AddStatusDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
}

QString AddStatusDialog::background() const
{
    return m_background.name(QColor::HexRgb);
}

void AddStatusDialog::setBackground(const QColor &color)
{
    if (!color.isValid())
        return;
    m_background = color;
    const int index = int(statuspainting::backgroundColors().indexOf(color));
    if (index >= 0 && m_colors->button(index))
        m_colors->button(index)->setChecked(true);
    m_textPreview->update();
}

QString AddStatusDialog::caption() const
{
    return m_caption->text();
}

void AddStatusDialog::setCaption(const QString &caption)
{
    m_caption->setText(caption);
}

void AddStatusDialog::chooseFile()
{
    const QString dir = m_path.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)
        : QFileInfo(m_path).absolutePath();
    auto *dialog = new QFileDialog(this, tr("Choose a photo or video"), dir,
        tr("Photos and videos (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.mp4 *.webm *.mkv *.mov "
           "*.avi);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &AddStatusDialog::setFilePath);
    dialog->open();
}

void AddStatusDialog::setFilePath(const QString &path)
{
    m_path = path;
    m_fileName->setText(path.isEmpty() ? tr("No file chosen.") : QFileInfo(path).fileName());
    setMode(Mode::Media);
    updatePreview();
    validate();
}

void AddStatusDialog::updatePreview()
{
    ++m_previewGeneration; // a poster frame still on its way is for an older choice
    m_posterShown = false;
    m_thumbnail.clear();
    m_mediaPreview->clear();
    if (m_path.isEmpty())
        return;
    const int generation = m_previewGeneration;
    const QString mime = QMimeDatabase().mimeTypeForFile(m_path).name();
    if (mime.startsWith(QLatin1String("image/"))) {
        // The thumbnail that travels with the post, off the GUI thread (a photo may be large).
        auto *watcher = new QFutureWatcher<QByteArray>(this);
        connect(watcher, &QFutureWatcher<QByteArray>::finished, this, [this, watcher, generation] {
            const QByteArray bytes
                = watcher->future().resultCount() > 0 ? watcher->result() : QByteArray();
            watcher->deleteLater();
            setThumbnail(generation, bytes);
        });
        const QString path = m_path;
        watcher->setFuture(runInBackground([path] { return makeThumbnail(path); }));
        QImageReader reader(m_path);
        reader.setAutoTransform(true);
        const QSize size = reader.size();
        if (size.isValid())
            reader.setScaledSize(size.scaled(kPreviewSize, Qt::KeepAspectRatio));
        const QImage image = reader.read();
        if (!image.isNull()) {
            m_mediaPreview->setPixmap(QPixmap::fromImage(image));
            return;
        }
    }
    showVideoPreview(QImage());
    if (!mime.startsWith(QLatin1String("video/")))
        return;
    // The video's poster frame replaces the play sign alone when it is there (a few seconds at
    // most; nothing changes when the video cannot be played here). It is also the thumbnail.
    makeVideoThumbnail(m_path, this, [this, generation](const QByteArray &bytes) {
        if (generation != m_previewGeneration)
            return;
        const QImage frame = thumbnailImage(bytes);
        if (!frame.isNull())
            showVideoPreview(frame);
        setThumbnail(generation, bytes);
    });
}

void AddStatusDialog::setThumbnail(int generation, const QByteArray &bytes)
{
    if (generation != m_previewGeneration)
        return; // made for an earlier choice
    m_thumbnail = bytes.size() <= kThumbnailMaxBytes ? bytes : QByteArray();
    emit thumbnailReady();
}

void AddStatusDialog::showVideoPreview(const QImage &frame)
{
    QPixmap pixmap(kPreviewSize);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    QColor sign = palette().color(QPalette::WindowText);
    if (!frame.isNull()) {
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        const QSize size = frame.size().scaled(kPreviewSize, Qt::KeepAspectRatio);
        p.drawImage(QRect(QPoint((kPreviewSize.width() - size.width()) / 2,
                              (kPreviewSize.height() - size.height()) / 2),
                        size),
            frame);
        sign = Qt::white;
    }
    statuspainting::playIcon(&p, QPointF(kPreviewSize.width() / 2.0, kPreviewSize.height() / 2.0),
        64, sign);
    p.end();
    m_mediaPreview->setPixmap(pixmap);
    m_posterShown = !frame.isNull();
}

bool AddStatusDialog::canPost() const
{
    return m_problem.isEmpty()
        && (mode() == Mode::Text ? !text().trimmed().isEmpty() : !m_path.isEmpty());
}

QString AddStatusDialog::problem() const
{
    return m_problem;
}

void AddStatusDialog::validate()
{
    const qint64 limit = m_client ? m_client->serverLimits().maxTextBytes
                                  : protocol::Limits {}.maxTextBytes;
    m_problem.clear();
    if (mode() == Mode::Text) {
        const qint64 bytes = text().toUtf8().size();
        m_counter->setText(bytes > limit * 9 / 10
                ? tr("%1 of %2 bytes").arg(QLocale().toString(bytes), QLocale().toString(limit))
                : QString());
        if (bytes > limit)
            m_problem = tr("The status is too long: at most %1 bytes.").arg(QLocale().toString(limit));
    } else {
        if (!m_path.isEmpty()) {
            const QString mime
                = QMimeDatabase().mimeTypeForFile(m_path, QMimeDatabase::MatchContent).name();
            if (!QFileInfo(m_path).isFile())
                m_problem = tr("%1 is not a file.").arg(QFileInfo(m_path).fileName());
            else if (!mime.startsWith(QLatin1String("image/"))
                && !mime.startsWith(QLatin1String("video/")))
                m_problem = tr("%1 is not a photo or a video.").arg(QFileInfo(m_path).fileName());
            else if (m_client)
                m_problem = m_client->checkFile(m_path, protocol::FileKind::Media);
        }
        if (m_problem.isEmpty() && caption().toUtf8().size() > limit)
            m_problem = tr("The caption is too long: at most %1 bytes.").arg(QLocale().toString(limit));
    }
    if (m_problem.isEmpty())
        m_message->clear();
    else
        m_message->showMessage(InlineMessage::Kind::Error, m_problem);
    m_post->setEnabled(canPost());
}

} // namespace natter::ui
