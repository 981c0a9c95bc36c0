#pragma once

#include <QColor>
#include <QDialog>
#include <QImage>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace natter::client {
class ChatClient;
}

namespace natter::ui {

class InlineMessage;

// "Add status": a text status (several lines on one of eight background colours, with a live
// preview) or a photo/video with a caption. Checks the text length and the file (the media
// limit, through ChatClient::checkFile) as the user goes; "Post" is enabled only when it is
// fine. The caller posts what the accepted dialog holds.
class AddStatusDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Text, Media };
    Q_ENUM(Mode)

    explicit AddStatusDialog(client::ChatClient *client, Mode mode = Mode::Text,
        QWidget *parent = nullptr);
    ~AddStatusDialog() override;
    Q_DISABLE_COPY_MOVE(AddStatusDialog)

    Mode mode() const;
    void setMode(Mode mode);
    // Text status.
    QString text() const;
    void setText(const QString &text);
    QString background() const; // "#rrggbb"
    void setBackground(const QColor &color);
    // Media status.
    QString filePath() const { return m_path; }
    void setFilePath(const QString &path);
    QString caption() const;
    void setCaption(const QString &caption);
    // Whether the preview shows the chosen video's poster frame (made without blocking, a few
    // seconds at most after the choice; the play sign alone until then or when it cannot be
    // played).
    bool showsPosterFrame() const { return m_posterShown; }
    // The thumbnail that goes with the post (StatusClient::postMedia): the video's poster
    // frame, or for a photo a JPEG made off the GUI thread right after the choice. Empty until
    // it is made (a post made before goes without one) and when it cannot be made;
    // thumbnailReady() says when it is.
    QByteArray thumbnail() const { return m_thumbnail; }

    // Whether "Post" is enabled, and the problem shown when it is not (empty when none).
    bool canPost() const;
    QString problem() const;
    QPushButton *postButton() const { return m_post; }

signals:
    // The thumbnail of the chosen file is made (also when it came out empty).
    void thumbnailReady();

private:
    void buildTextPage(QWidget *page);
    void buildMediaPage(QWidget *page);
    void chooseFile();
    void validate();
    void updatePreview();
    void showVideoPreview(const QImage &frame);
    void setThumbnail(int generation, const QByteArray &bytes);

    client::ChatClient *m_client;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QButtonGroup *m_colors = nullptr;
    QWidget *m_textPreview = nullptr;
    QLabel *m_counter = nullptr;
    QLabel *m_mediaPreview = nullptr;
    QLabel *m_fileName = nullptr;
    QLineEdit *m_caption = nullptr;
    InlineMessage *m_message = nullptr;
    QPushButton *m_post = nullptr;
    QString m_path;
    QColor m_background;
    QString m_problem;
    int m_previewGeneration = 0;
    bool m_posterShown = false;
    QByteArray m_thumbnail; // for m_path
};

} // namespace natter::ui
