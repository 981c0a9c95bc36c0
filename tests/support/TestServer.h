#pragma once

#include "Server.h"

#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace natter::test {

// A real natterd (the server library) in this process, on a free loopback port, with its own
// temporary data directory. Password stretching is lowered so tests stay quick.
class TestServer final
{
public:
    explicit TestServer(server::ServerConfig config = defaultConfig());
    ~TestServer();

    static server::ServerConfig defaultConfig();

    bool start(); // QVERIFY(server.start());
    void stop();
    bool restart(); // stop and start again on the same database (a new port)
    QUrl url() const;
    server::Server &server() { return *m_server; }
    QString dataDir() const { return m_dir.path(); }
    QString error() const { return m_error; }

private:
    QTemporaryDir m_dir;
    server::ServerConfig m_config;
    std::unique_ptr<server::Server> m_server;
    QString m_error;
};

} // namespace natter::test
