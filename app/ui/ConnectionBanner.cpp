#include "ui/ConnectionBanner.h"

#include "client/ChatClient.h"
#include "client/ServerConnection.h"
#include "ui/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>

namespace natter::ui {

using client::ChatClient;
using client::ServerConnection;

namespace {
constexpr int kShowDelayMs = 700;
}

ConnectionBanner::ConnectionBanner(ChatClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
{
    setObjectName(QStringLiteral("connectionBanner"));
    m_text->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_action->setFlat(true);
    m_action->setCursor(Qt::PointingHandCursor);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 8, 8, 8);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    connect(m_action, &QPushButton::clicked, this, [this] {
        if (m_client)
            m_client->reconnectNow();
    });

    m_delay.setSingleShot(true);
    m_delay.setInterval(kShowDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &ConnectionBanner::apply);
    connect(client, &ChatClient::connectionStateChanged, this, &ConnectionBanner::refresh);
    connect(client, &ChatClient::syncingChanged, this, &ConnectionBanner::refresh);
    connect(client, &ChatClient::accountChanged, this, &ConnectionBanner::refresh);
    connect(
        client->connection(), &ServerConnection::stateChanged, this, &ConnectionBanner::refresh);
    hide();
    refresh();
}

ConnectionBanner::~ConnectionBanner() = default;

ConnectionBanner::Kind ConnectionBanner::currentKind() const
{
    if (!m_client || m_client->phone().isEmpty())
        return Kind::None;
    switch (m_client->connectionState()) {
    case ChatClient::ConnectionState::Offline:
        return Kind::None; // logged out or refused: the login dialog speaks
    case ChatClient::ConnectionState::Connecting:
    case ChatClient::ConnectionState::Authenticating:
        if (m_client->connection()->state() == ServerConnection::State::Waiting
            || m_client->connection()->failedAttempts() > 0)
            return Kind::Offline;
        return Kind::Connecting;
    case ChatClient::ConnectionState::Online:
        return m_client->isSyncing() ? Kind::Updating : Kind::None;
    }
    return Kind::None;
}

QString ConnectionBanner::text() const
{
    switch (m_wanted) {
    case Kind::None:
        return {};
    case Kind::Connecting:
        return tr("Connecting…");
    case Kind::Offline:
        return tr("Offline — messages will be sent when you're back online");
    case Kind::Updating:
        return tr("Updating…");
    }
    return {};
}

void ConnectionBanner::refresh()
{
    m_wanted = currentKind();
    if (m_wanted == Kind::None || isVisible()) {
        m_delay.stop();
        apply();
    } else if (!m_delay.isActive()) {
        m_delay.start();
    }
}

void ConnectionBanner::apply()
{
    m_shown = m_wanted;
    m_text->setText(text());
    switch (m_shown) {
    case Kind::Offline:
        m_action->setText(tr("Retry now"));
        m_action->show();
        break;
    default:
        m_action->hide();
        break;
    }
    setVisible(m_shown != Kind::None);
    update();
}

void ConnectionBanner::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const Theme theme = Theme::from(palette());
    p.fillRect(rect(),
        m_shown == Kind::Updating ? mix(palette().color(QPalette::Base), theme.accent, 0.15)
                                  : theme.banner);
}

} // namespace natter::ui
