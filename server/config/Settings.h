#pragma once

#include "config/ServerConfig.h"

#include <QList>
#include <QString>

#include <functional>

namespace natter::server {

// One setting of natterd: its key in the config file, its command-line option, and how a
// value is checked and stored. The one table both sources go through.
struct Setting
{
    const char *key; // "section/name" in the INI file
    const char *option; // --option on the command line
    const char *valueName;
    const char *help;
    // Stores the value in the config; returns what is wrong with it (empty when fine).
    std::function<QString(ServerConfig &, const QString &)> apply;
    // The value as it stands in the config, for --check-config.
    std::function<QString(const ServerConfig &)> show;
};

const QList<Setting> &settings();
const Setting *findSetting(const QString &key);

} // namespace natter::server
