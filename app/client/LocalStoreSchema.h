#pragma once

#include <QStringList>

namespace natter::client {

// The local database's migrations: entry i takes the schema from version i to i + 1.
// Append only; never edit a migration that has shipped.
const QList<QStringList> &localStoreMigrations();

} // namespace natter::client
