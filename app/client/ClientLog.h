#pragma once

#include <QLoggingCategory>

// The logging categories of the client library. Never log tokens or passwords.
Q_DECLARE_LOGGING_CATEGORY(lcClientNet) // natter.client.net: socket, reconnects, frames
Q_DECLARE_LOGGING_CATEGORY(lcClientStore) // natter.client.store: local database
Q_DECLARE_LOGGING_CATEGORY(lcClientKeychain) // natter.client.keychain: token storage
Q_DECLARE_LOGGING_CATEGORY(lcClientChat) // natter.client.chat: auth, outbox, receipts
