#pragma once

#include <QString>

namespace natter::bench {

// The shape of the history natter-ui-bench opens.
struct BenchShape
{
    int messages = 100'000;
    int conversations = 1'000;
    int largest = 20'000; // messages in the one big conversation; the rest spread over the others
    int unreadConversations = 25; // conversations left with a few unread messages
};

// What was written.
struct BenchData
{
    QString selfPhone;
    QString largestPeer;
    qint64 fillMs = 0;
    qint64 databaseBytes = 0;
    QString error; // empty on success
};

// Writes a data directory the app opens as a saved session: account.ini (server and number,
// as ChatClient keeps them) and the account's local database filled through LocalStore's public
// API (contacts, then messages in batches of one transaction each, then most conversations
// marked read). Deterministic: the same shape gives the same history.
BenchData fillDataDirectory(const QString &dataDir, const BenchShape &shape);

} // namespace natter::bench
