#pragma once

#include "config/ServerConfig.h"
#include "protocol/FrameCodec.h"
#include "routing/Router.h"
#include "store/AccountStore.h"
#include "store/Database.h"
#include "store/MessageStore.h"
#include "transfer/FileStore.h"

#include <QDateTime>

namespace natter::server {

// What every handler works with, passed in (no singletons).
struct ServerContext
{
    const ServerConfig &config;
    Database &db;
    const protocol::FrameCodec &codec;
    AccountStore &accounts;
    MessageStore &messages;
    Router &router;
    FileStore &files; // uploaded files and who may download them

    static qint64 now() { return QDateTime::currentMSecsSinceEpoch(); }
};

} // namespace natter::server
