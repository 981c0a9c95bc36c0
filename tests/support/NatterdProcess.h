#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace natter::test {

// The natterd binary as a child process on a free loopback port, for tests that kill or
// restart the server. The data directory outlives restarts of the process.
class NatterdProcess final
{
public:
    NatterdProcess();
    ~NatterdProcess();

    // Starts natterd with --port 0 (or the port it had, after a restart) and waits for the
    // line that names its address. Extra arguments are appended.
    bool start(const QStringList &extraArgs = {});
    void kill(); // SIGKILL: no chance to clean up
    bool terminate(int *exitCode = nullptr); // SIGTERM and wait for a clean exit
    QUrl url() const { return m_url; }
    QString dataDir() const { return m_dir.path(); }
    QString output() const { return m_output; }
    static QString binary();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_url;
    quint16 m_port = 0;
    QString m_output;
};

} // namespace natter::test
