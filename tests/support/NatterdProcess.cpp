#include "NatterdProcess.h"

#include <QRegularExpression>
#include <QTest>

namespace natter::test {

NatterdProcess::NatterdProcess()
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
}

NatterdProcess::~NatterdProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString NatterdProcess::binary()
{
    const QByteArray fromEnv = qgetenv("NATTERD_BINARY");
    return fromEnv.isEmpty() ? QStringLiteral(NATTERD_BUILD_PATH) : QString::fromLocal8Bit(fromEnv);
}

bool NatterdProcess::start(const QStringList &extraArgs)
{
    QStringList args {QStringLiteral("--listen"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                      QString::number(m_port), QStringLiteral("--data-dir"), m_dir.path(),
                      QStringLiteral("--pbkdf2-iterations"), QStringLiteral("1000")};
    args += extraArgs;
    m_output.clear();
    m_process.start(binary(), args);
    if (!m_process.waitForStarted(10000))
        return false;
    static const QRegularExpression listening(QStringLiteral("listening on (ws://\\S+)"));
    QString line;
    const bool ok = QTest::qWaitFor(
        [&] {
            if (m_process.canReadLine()) {
                line = QString::fromUtf8(m_process.readLine());
                m_output += line;
            }
            return listening.match(line).hasMatch() || m_process.state() == QProcess::NotRunning;
        },
        15000);
    const auto match = listening.match(line);
    if (!ok || !match.hasMatch()) {
        m_output += QString::fromUtf8(m_process.readAllStandardError());
        qWarning("natterd did not start: %s", qPrintable(m_output));
        return false;
    }
    m_url = QUrl(match.captured(1));
    m_port = quint16(m_url.port());
    return true;
}

void NatterdProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

bool NatterdProcess::terminate(int *exitCode)
{
    m_process.terminate();
    const bool ok = m_process.waitForFinished(10000);
    if (exitCode)
        *exitCode = m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    return ok;
}

} // namespace natter::test
