#pragma once

#include <QString>
#include <QUrl>

namespace natter::server {

// Asks a running natterd whether it serves: opens a WebSocket, says hello and waits for the
// welcome. Returns an empty string when healthy, else what went wrong; *summary describes the
// server that answered.
QString checkHealth(const QUrl &url, int timeoutMs, QString *summary);

} // namespace natter::server
