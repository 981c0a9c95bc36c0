#include "client/ClientLog.h"

Q_LOGGING_CATEGORY(lcClientNet, "natter.client.net")
Q_LOGGING_CATEGORY(lcClientStore, "natter.client.store")
Q_LOGGING_CATEGORY(lcClientKeychain, "natter.client.keychain")
Q_LOGGING_CATEGORY(lcClientChat, "natter.client.chat")
