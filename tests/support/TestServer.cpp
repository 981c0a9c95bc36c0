#include "TestServer.h"

#include <QStandardPaths>

namespace natter::test {

server::ServerConfig TestServer::defaultConfig()
{
    server::ServerConfig c;
    c.address = QHostAddress::LocalHost;
    c.port = 0;
    c.pbkdf2Iterations = 1000;
    return c;
}

TestServer::TestServer(server::ServerConfig config) : m_config(std::move(config))
{
    QStandardPaths::setTestModeEnabled(true);
    m_config.dataDir = m_dir.path();
}

TestServer::~TestServer()
{
    stop();
}

bool TestServer::start()
{
    m_server = std::make_unique<server::Server>(m_config);
    m_error.clear();
    if (!m_server->start(&m_error)) {
        qWarning("TestServer failed to start: %s", qPrintable(m_error));
        return false;
    }
    return true;
}

void TestServer::stop()
{
    m_server.reset();
}

bool TestServer::restart()
{
    stop();
    return start();
}

QUrl TestServer::url() const
{
    return QUrl(m_server->url());
}

} // namespace natter::test
