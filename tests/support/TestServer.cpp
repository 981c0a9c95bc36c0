#include "TestServer.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace natter::test {

server::ServerConfig TestServer::defaultConfig()
{
    server::ServerConfig c;
    c.address = QHostAddress::LocalHost;
    c.port = 0;
    c.pbkdf2Iterations = 1000;
    return c;
}

namespace {
// Runs one statement on the cluster's maintenance database.
bool execOnCluster(const QString &sql, QString *error)
{
    const QString name = QStringLiteral("natter-test-admin");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(qEnvironmentVariable("NATTER_TEST_PG_HOST"));
        db.setPort(qEnvironmentVariableIntValue("NATTER_TEST_PG_PORT"));
        db.setUserName(qEnvironmentVariable("NATTER_TEST_PG_USER"));
        db.setDatabaseName(QStringLiteral("postgres"));
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                *error = q.lastError().text();
        } else {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
} // namespace

TestServer::TestServer(server::ServerConfig config) : m_config(std::move(config))
{
    QStandardPaths::setTestModeEnabled(true);
    m_config.dataDir = m_dir.path();
    if (qEnvironmentVariable("NATTER_TEST_DB") != QLatin1String("QPSQL"))
        return;
    if (qEnvironmentVariableIsEmpty("NATTER_TEST_PG_HOST")) {
        m_error = QStringLiteral("NATTER_TEST_DB=QPSQL but no test cluster: eval \"$(scripts/start-test-postgres)\" first");
        return;
    }
    m_pgDatabase = QStringLiteral("natter_") + QUuid::createUuid().toString(QUuid::Id128);
    if (!execOnCluster(QStringLiteral("CREATE DATABASE ") + m_pgDatabase, &m_error)) {
        m_error = QStringLiteral("cannot create the test database: ") + m_error;
        m_pgDatabase.clear();
        return;
    }
    m_config.databaseDriver = QStringLiteral("QPSQL");
    m_config.databaseName = m_pgDatabase;
    m_config.databaseHost = qEnvironmentVariable("NATTER_TEST_PG_HOST");
    m_config.databasePort = qEnvironmentVariableIntValue("NATTER_TEST_PG_PORT");
    m_config.databaseUser = qEnvironmentVariable("NATTER_TEST_PG_USER");
}

TestServer::~TestServer()
{
    stop();
    if (!m_pgDatabase.isEmpty()) {
        QString error;
        if (!execOnCluster(QStringLiteral("DROP DATABASE IF EXISTS ") + m_pgDatabase + QStringLiteral(" WITH (FORCE)"), &error))
            qWarning("dropping %s failed: %s", qPrintable(m_pgDatabase), qPrintable(error));
    }
}

bool TestServer::start()
{
    if (qEnvironmentVariable("NATTER_TEST_DB") == QLatin1String("QPSQL") && m_pgDatabase.isEmpty()) {
        qWarning("TestServer: %s", qPrintable(m_error));
        return false;
    }
    m_server = std::make_unique<server::Server>(m_config);
    m_error.clear();
    if (!m_server->start(&m_error)) {
        qWarning("TestServer failed to start: %s", qPrintable(m_error));
        return false;
    }
    // A restart comes back on the same port, as a real server does, so clients reconnect.
    m_config.port = m_server->port();
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
