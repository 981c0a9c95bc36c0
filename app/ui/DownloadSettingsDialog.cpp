#include "ui/DownloadSettingsDialog.h"

#include "client/ChatClient.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace natter::ui {

namespace {
const QString kKey = QStringLiteral("downloads/autoDownloadMB");
constexpr qint64 kMiB = 1024 * 1024;
} // namespace

DownloadSettingsDialog::DownloadSettingsDialog(client::ChatClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_spin(new QSpinBox(this))
{
    setObjectName(QStringLiteral("downloadSettingsDialog"));
    setWindowTitle(tr("Downloads"));
    m_spin->setObjectName(QStringLiteral("autoDownloadSpin"));
    // Media are at most 16 MB by default; a server may allow more.
    m_spin->setRange(0, 1024);
    m_spin->setSuffix(tr(" MB"));
    m_spin->setSpecialValueText(tr("Never"));
    m_spin->setValue(storedMegabytes());
    m_spin->setAccessibleName(tr("Download photos and videos automatically up to"));
    auto *explanation = new QLabel(
        tr("Photos, videos and sounds up to this size download as soon as they arrive. Larger "
           "ones and documents download when you click them. 0 turns automatic downloads off."),
        this);
    explanation->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Download &automatically up to:"), m_spin);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(380);
}

DownloadSettingsDialog::~DownloadSettingsDialog() = default;

int DownloadSettingsDialog::storedMegabytes()
{
    bool ok = false;
    const int mb = QSettings().value(kKey, kDefaultMegabytes).toInt(&ok);
    return ok && mb >= 0 ? mb : kDefaultMegabytes;
}

void DownloadSettingsDialog::applyStored(client::ChatClient *client)
{
    if (client)
        client->setAutoDownloadLimit(qint64(storedMegabytes()) * kMiB);
}

void DownloadSettingsDialog::accept()
{
    QSettings().setValue(kKey, m_spin->value());
    applyStored(m_client);
    QDialog::accept();
}

} // namespace natter::ui
