#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace natter::server {

// One step of the schema. Steps are append-only: a shipped step is never edited, a change
// is a new step. Each dialect gets its own DDL where SQLite and PostgreSQL differ.
struct Migration
{
    int version;
    QStringList sqlite;
    QStringList postgres;
};

const QList<Migration> &migrations();

} // namespace natter::server
