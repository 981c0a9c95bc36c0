#pragma once

#include <QCoreApplication>

class QWidget;

namespace natter::client {
class ChatClient;
}

namespace natter::ui {

// The translation context of the note below.
class SessionNote
{
    Q_DECLARE_TR_FUNCTIONS(SessionNote)
};

// After a login: if the session cannot be kept (no keychain), says so once in a non-modal note
// on `window` ("Your session will not be remembered", with the reason), also when the
// keychain's answer only arrives after the login dialog has closed.
void noteSessionPersistence(natter::client::ChatClient *client, QWidget *window);

} // namespace natter::ui
