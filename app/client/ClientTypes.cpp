#include "client/ClientTypes.h"

namespace natter::client {

QString stateName(MessageState state)
{
    switch (state) {
    case MessageState::Pending:
        return QStringLiteral("pending");
    case MessageState::Sent:
        return QStringLiteral("sent");
    case MessageState::Delivered:
        return QStringLiteral("delivered");
    case MessageState::Read:
        return QStringLiteral("read");
    case MessageState::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("unknown");
}

} // namespace natter::client
