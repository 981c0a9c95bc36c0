#pragma once

#include "Server.h"

#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace natter::test {

// A real natterd (the server library) in this process, on a free loopback port, with its own
// temporary data directory. Password stretching is lowered so tests stay quick.
// With NATTER_TEST_DB=QPSQL in the environment it stores in a fresh PostgreSQL database on the
// cluster that scripts/start-test-postgres started (NATTER_TEST_PG_HOST/PORT/USER), dropped
// again when the TestServer goes.
class TestServer final
{
public:
    explicit TestServer(server::ServerConfig config = defaultConfig());
    ~TestServer();

    static server::ServerConfig defaultConfig();

    bool start(); // QVERIFY(server.start());
    void stop();
    bool restart(); // stop and start again on the same database and port
    QUrl url() const;
    server::Server &server() { return *m_server; }
    QString dataDir() const { return m_dir.path(); }
    QString error() const { return m_error; }

private:
    QTemporaryDir m_dir;
    server::ServerConfig m_config;
    std::unique_ptr<server::Server> m_server;
    QString m_error;
    QString m_pgDatabase; // created for this server, dropped in the destructor
};

} // namespace natter::test
