#pragma once

// natter-transfer-bench's process side: waiting on the event loop, reading natterd's memory and
// CPU from /proc, writing the source files, and starting/stopping the real natterd binary.

#include "protocol/Limits.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QEventLoop>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <sys/resource.h>
#include <unistd.h>

namespace natter::bench {

using protocol::kMiB;

inline bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QTimer tick; // wakes the blocking processEvents up to look at the clock
    tick.start(100);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// VmRSS / VmHWM of a process in kB.
inline qint64 procStatus(qint64 pid, const char *key)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Resets VmHWM to the current RSS (Linux: "5" in clear_refs), so it shows the next peak.
inline bool resetPeak(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/clear_refs").arg(pid));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

inline double cpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return (fields.value(11).toDouble() + fields.value(12).toDouble())
        / double(sysconf(_SC_CLK_TCK));
}

// User + system CPU seconds of this process (the clients).
inline double ownCpuSeconds()
{
    rusage ru {};
    getrusage(RUSAGE_SELF, &ru);
    return double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec)
        + double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

// `size` bytes of `header` followed by pseudo-random filler, written in 1 MiB pieces; returns the
// sha256.
inline QByteArray writeFile(const QString &path, qint64 size, const QByteArray &header, quint32 seed)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QRandomGenerator gen(seed);
    QList<quint32> words(int(kMiB / 4));
    for (qint64 at = 0; at < size; at += kMiB) {
        gen.fillRange(words.data(), words.size());
        QByteArray block(reinterpret_cast<const char *>(words.constData()),
            qsizetype(std::min(kMiB, size - at)));
        if (at == 0)
            block.replace(0, header.size(), header);
        if (f.write(block) != block.size())
            return {};
        hash.addData(block);
    }
    return f.flush() ? hash.result() : QByteArray();
}

class Natterd
{
public:
    bool start(const QString &binary, const QString &dataDir, const QStringList &extra)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(binary,
            QStringList {QStringLiteral("--port"), QStringLiteral("0"),
                QStringLiteral("--data-dir"), dataDir, QStringLiteral("--pbkdf2-iterations"),
                QStringLiteral("1000"), QStringLiteral("--log-level"), QStringLiteral("warning")}
                + extra);
        if (!m_process.waitForStarted(10000))
            return false;
        static const QRegularExpression re(QStringLiteral("listening on (ws://\\S+)"));
        QString line;
        waitUntil(
            [&] {
                if (m_process.canReadLine())
                    line = QString::fromUtf8(m_process.readLine());
                return re.match(line).hasMatch() || m_process.state() == QProcess::NotRunning;
            },
            15000);
        url = QUrl(re.match(line).captured(1));
        return url.isValid() && !url.isEmpty();
    }
    ~Natterd()
    {
        m_process.terminate();
        m_process.waitForFinished(30000);
    }
    qint64 pid() const { return m_process.processId(); }
    QUrl url;

private:
    QProcess m_process;
};

} // namespace natter::bench
