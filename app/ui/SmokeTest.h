#pragma once

#include <QString>

class QWidget;

namespace natter::client {
class ChatClient;
}

namespace natter::ui {

// `natter --smoke-test`: proves an installation works end to end. With the main window shown,
// it creates a throw-away account on the configured server, sends that account a message, and
// ends the event loop with 0 once the server has acknowledged it (1 on any failure, 30 s at
// most). The installers' check runs it against the installed natterd.
void startSmokeTest(client::ChatClient &client, QWidget &window);

} // namespace natter::ui
