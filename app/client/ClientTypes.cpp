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

QString transferStateName(TransferState state)
{
    switch (state) {
    case TransferState::None:
        return QStringLiteral("none");
    case TransferState::Preparing:
        return QStringLiteral("preparing");
    case TransferState::Uploading:
        return QStringLiteral("uploading");
    case TransferState::Downloading:
        return QStringLiteral("downloading");
    case TransferState::Waiting:
        return QStringLiteral("waiting");
    case TransferState::Failed:
        return QStringLiteral("failed");
    case TransferState::Done:
        return QStringLiteral("done");
    case TransferState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

} // namespace natter::client
