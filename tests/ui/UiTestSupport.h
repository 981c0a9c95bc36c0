#pragma once

// Shared by the tests of the desktop app: real ChatClients (one data directory each) against a
// real in-process natterd, settings in a temporary folder, and a second connection to a
// client's local database for writing long histories quickly.
#include "TestServer.h"
#include "client/ChatClient.h"
#include "client/LocalStore.h"
#include "client/ServerConnection.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace natter::uitest {

using namespace std::chrono_literals;

inline const QString kPassword = QStringLiteral("correct horse");
inline constexpr int kWaitMs = 20000;

// Settings and standard paths of the test go to a temporary folder.
inline void isolateSettings(const QTemporaryDir &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("NatterTest"));
    QCoreApplication::setApplicationName(QStringLiteral("NatterUiTest"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
}

// One user: a ChatClient with its own data directory and keychain service name.
struct User
{
    User(const QString &phone, const QString &name)
        : phone(phone)
        , name(name)
    { }
    QString phone;
    QString name;
    std::unique_ptr<QTemporaryDir> dir = std::make_unique<QTemporaryDir>();
    std::unique_ptr<client::ChatClient> client;

    client::ChatClient &make(const QUrl &server)
    {
        client = std::make_unique<client::ChatClient>(
            dir->path(), nullptr, QStringLiteral("natter-test-ui-") + name);
        client->setServer(server);
        client->connection()->setBackoff(100ms, 1s);
        return *client;
    }
    // Registers on `server` and waits until the account is online and caught up.
    bool registerOn(const QUrl &server)
    {
        client::ChatClient &c = make(server);
        QSignalSpy ok(&c, &client::ChatClient::authSucceeded);
        c.registerAccount(phone, name, kPassword);
        return QTest::qWaitFor(
            [&] { return ok.size() == 1 && c.isOnline() && !c.isSyncing(); }, kWaitMs);
    }
    const client::LocalStore &store() const { return *client->store(); }
    // A second connection to this user's local database (WAL lets both work at once).
    std::unique_ptr<client::LocalStore> openWriter() const
    {
        auto writer = std::make_unique<client::LocalStore>(
            client::ChatClient::databasePath(dir->path(), phone));
        return writer->open() ? std::move(writer) : nullptr;
    }
};

// Registers `a` and `b` on `server` and makes them contacts (people with a conversation: `a`
// says hello and `b` has it). False when any step fails.
inline bool registerContacts(User &a, User &b, const QUrl &server)
{
    if (!a.registerOn(server) || !b.registerOn(server))
        return false;
    if (a.client->sendText(b.phone, QStringLiteral("Hi")) <= 0)
        return false;
    return QTest::qWaitFor([&] { return b.store().messageCount(a.phone) == 1; }, kWaitMs);
}

// `count` incoming text messages from `from` to `self`, one a minute from `firstTimestamp`,
// with server ids from `firstServerId` ("Message 1", "Message 2", …).
inline QList<protocol::ChatMessage> history(const QString &from, const QString &self, int count,
    qint64 firstServerId, qint64 firstTimestamp, int stepMs = 60000)
{
    QList<protocol::ChatMessage> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        out.append(protocol::ChatMessage {firstServerId + i, from, self,
            firstTimestamp + qint64(i) * stepMs,
            protocol::MessageContent::fromText(QStringLiteral("Message %1").arg(i + 1))});
    }
    return out;
}

} // namespace natter::uitest
