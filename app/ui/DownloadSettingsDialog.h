#pragma once

#include <QDialog>
#include <QPointer>

class QSpinBox;

namespace natter::client {
class ChatClient;
}

namespace natter::ui {

// Settings → Downloads…: the size up to which incoming photos, videos and sounds download by
// themselves (in MB; 0 = never). Kept in QSettings and applied to the ChatClient.
class DownloadSettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit DownloadSettingsDialog(client::ChatClient *client, QWidget *parent = nullptr);
    ~DownloadSettingsDialog() override;
    Q_DISABLE_COPY_MOVE(DownloadSettingsDialog)

    static constexpr int kDefaultMegabytes = 5;
    // The stored limit in MB (kDefaultMegabytes when none was chosen).
    static int storedMegabytes();
    // Applies the stored limit to `client` (at start-up).
    static void applyStored(client::ChatClient *client);

    QSpinBox *spinBox() const { return m_spin; }
    void accept() override;

private:
    QPointer<client::ChatClient> m_client;
    QSpinBox *m_spin;
};

} // namespace natter::ui
