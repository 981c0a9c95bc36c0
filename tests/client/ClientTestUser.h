#pragma once

// What the client tests share: the test accounts, a free port, and one user = a real
// ChatClient with its own data directory (which outlives the ChatClient object, so a test can
// destroy and recreate the client as an app restart does).

#include "client/ChatClient.h"
#include "client/LocalStore.h"
#include "client/ServerConnection.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <memory>
#include <optional>

namespace natter::client {
inline char *toString(MessageState state)
{
    return qstrdup(qPrintable(stateName(state)));
}
inline char *toString(TransferState state)
{
    return qstrdup(qPrintable(transferStateName(state)));
}
} // namespace natter::client

namespace natter::test {

inline const QString kAlice = QStringLiteral("+4915110000001");
inline const QString kBob = QStringLiteral("+4915110000002");
inline const QString kCarol = QStringLiteral("+4915110000003");
inline const QString kPassword = QStringLiteral("correct horse");

// A port nobody listens on right now, so a server can be restarted on the same address.
inline quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

struct ClientUser
{
    ClientUser(const QString &phone, const QString &name)
        : phone(phone)
        , name(name)
    { }
    QString phone;
    QString name;
    std::unique_ptr<QTemporaryDir> dir = std::make_unique<QTemporaryDir>();
    std::unique_ptr<client::ChatClient> client;

    client::ChatClient &make(const QUrl &server)
    {
        using namespace std::chrono_literals;
        client = std::make_unique<client::ChatClient>(
            dir->path(), nullptr, QStringLiteral("natter-test-") + name);
        client->setServer(server);
        // Quick retries keep the tests short; the defaults (0.5 s doubling to 60 s) are the
        // same code.
        client->connection()->setBackoff(100ms, 1s);
        return *client;
    }
    const client::LocalStore &store() const { return *client->store(); }
    std::optional<client::StoredMessage> message(qint64 localId) const
    {
        return client && client->store() ? client->store()->message(localId) : std::nullopt;
    }
    // The state of a message as this user's local database has it (-1: no such message).
    client::MessageState state(qint64 localId) const
    {
        const auto m = message(localId);
        return m ? m->state : client::MessageState(-1);
    }
    client::TransferState transfer(qint64 localId) const
    {
        const auto m = message(localId);
        return m ? m->transfer.state : client::TransferState(-1);
    }

    // A new ChatClient for this user on `server` that creates the account; true once it is
    // online and has caught up.
    bool registerOn(const QUrl &server, int waitMs)
    {
        client::ChatClient &c = make(server);
        QSignalSpy ok(&c, &client::ChatClient::authSucceeded);
        c.registerAccount(phone, name, kPassword);
        return QTest::qWaitFor([&] { return ok.size() == 1 && c.isOnline() && !c.isSyncing(); }, waitMs);
    }
    // A new ChatClient for this user on `server` that logs in with the password.
    bool loginOn(const QUrl &server, int waitMs)
    {
        client::ChatClient &c = make(server);
        QSignalSpy ok(&c, &client::ChatClient::authSucceeded);
        c.login(phone, kPassword);
        return QTest::qWaitFor([&] { return ok.size() == 1 && c.isOnline(); }, waitMs);
    }
};

} // namespace natter::test
