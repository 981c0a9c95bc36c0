// natter-loadgen: starts a real natterd (or uses --url) and drives it over loopback with many
// WebSocket clients, printing throughput, latency and memory figures. A benchmark, not a test:
// it asserts nothing, it measures.
#include "LoadClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <sys/resource.h>
#include <unistd.h>

namespace {

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return true;
}

qint64 percentile(QList<qint64> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size()))));
}

// Reads VmRSS / VmHWM (kB) of a process.
qint64 procStatus(qint64 pid, const char *key)
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

// User + system CPU seconds a process has used so far.
double cpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    // Fields after the ")" that closes the command name; utime and stime are fields 14 and 15.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / ticks;
}

QString phoneFor(int n)
{
    return QStringLiteral("+1555%1").arg(n, 7, 10, QLatin1Char('0'));
}

class Natterd
{
public:
    bool start(const QString &binary, const QStringList &extra)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(binary, QStringList {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"),
                                             m_dir.path(), QStringLiteral("--pbkdf2-iterations"), QStringLiteral("1000")}
                                    + extra);
        if (!m_process.waitForStarted(10000))
            return false;
        static const QRegularExpression re(QStringLiteral("listening on (ws://\\S+)"));
        QString line;
        if (!waitUntil(
                [&] {
                    if (m_process.canReadLine())
                        line = QString::fromUtf8(m_process.readLine());
                    return re.match(line).hasMatch() || m_process.state() == QProcess::NotRunning;
                },
                15000))
            return false;
        url = QUrl(re.match(line).captured(1));
        return url.isValid() && !url.isEmpty();
    }
    ~Natterd()
    {
        m_process.terminate();
        m_process.waitForFinished(60000); // closing 10,000 connections takes a moment
    }
    qint64 pid() const { return m_process.processId(); }
    QUrl url;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
};

void raiseFileLimit()
{
    rlimit rl {};
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0) {
        rl.rlim_cur = rl.rlim_max;
        setrlimit(RLIMIT_NOFILE, &rl);
    }
}

using Clients = std::vector<std::unique_ptr<LoadClient>>;

bool connectAll(Clients &clients, const QUrl &url, int firstNumber, int count, int batch = 200)
{
    for (int i = 0; i < count; i += batch) {
        const int end = std::min(count, i + batch);
        for (int j = i; j < end; ++j) {
            clients.push_back(std::make_unique<LoadClient>(phoneFor(firstNumber + j)));
            clients.back()->open(url);
        }
        if (!waitUntil(
                [&] {
                    return std::all_of(clients.end() - (end - i), clients.end(),
                                       [](const auto &c) { return c->authenticated() && c->syncDone(); });
                },
                60000)) {
            std::fprintf(stderr, "timed out logging in clients %d..%d\n", i, end);
            return false;
        }
    }
    return true;
}

void throughput(const QUrl &url, qint64 pid, int pairs, int perSender, int window)
{
    Clients senders;
    Clients receivers;
    if (!connectAll(senders, url, 0, pairs) || !connectAll(receivers, url, 100000, pairs))
        return;
    const qint64 total = qint64(pairs) * perSender;
    qint64 receiptsTotal = 0;
    const double cpuBefore = cpuSeconds(pid);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < pairs; ++i) {
        LoadClient *s = senders[i].get();
        const QString to = receivers[i]->phone();
        auto sent = std::make_shared<int>(0);
        auto pump = [s, to, sent, perSender, window] {
            while (*sent < perSender && *sent - s->receipts < window) {
                s->sendText(to, QStringLiteral("load message %1 with some ordinary chat text").arg(*sent));
                ++*sent;
            }
        };
        s->onReceipt = [&receiptsTotal, pump] {
            ++receiptsTotal;
            pump();
        };
        pump();
    }
    const bool finished = waitUntil([&] { return receiptsTotal >= total; }, 600000);
    const double secs = double(timer.nsecsElapsed()) / 1e9;
    const double serverCpu = cpuSeconds(pid) - cpuBefore;
    QList<qint64> ackLat;
    QList<qint64> rcptLat;
    for (const auto &s : senders) {
        ackLat += s->ackLatenciesUs;
        rcptLat += s->receiptLatenciesUs;
    }
    std::printf("throughput: %d pairs x %d messages (window %d): %lld messages with delivered receipts in %.2f s"
                " = %.0f messages/s%s\n",
                pairs, perSender, window, receiptsTotal, secs, double(receiptsTotal) / secs,
                finished ? "" : " (TIMED OUT)");
    std::printf("  ack latency p50 %.2f ms, p99 %.2f ms; delivered-receipt latency p50 %.2f ms, p99 %.2f ms\n",
                double(percentile(ackLat, 0.5)) / 1000, double(percentile(ackLat, 0.99)) / 1000,
                double(percentile(rcptLat, 0.5)) / 1000, double(percentile(rcptLat, 0.99)) / 1000);
    std::printf("  natterd CPU %.2f s = %.0f us per message with its receipts (%.0f %% of one core)\n", serverCpu,
                serverCpu * 1e6 / double(std::max<qint64>(1, receiptsTotal)), serverCpu * 100 / secs);
}

void idle(const QUrl &url, qint64 pid, int count)
{
    const qint64 before = procStatus(pid, "VmRSS:");
    Clients clients;
    QElapsedTimer timer;
    timer.start();
    if (!connectAll(clients, url, 200000, count))
        return;
    const double secs = double(timer.nsecsElapsed()) / 1e9;
    waitUntil([] { return false; }, 1000); // let the server settle
    const qint64 after = procStatus(pid, "VmRSS:");
    std::printf("idle: %d logged-in connections (registered and synced in %.1f s); natterd RSS %lld kB -> %lld kB"
                " = %.1f KiB per idle connection\n",
                count, secs, before, after, double(after - before) / count);
}

void offline(const QUrl &url, int count)
{
    // 20 senders share the load, as the people writing to somebody who is away would: one
    // connection alone may not send more than the frame budget (2,000 at once, 500 a second).
    const int senders = 20;
    Clients clients;
    if (!connectAll(clients, url, 300000, senders + 1))
        return;
    LoadClient *receiver = clients.back().get();
    receiver->close();
    waitUntil([] { return false; }, 200);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i)
        clients[i % senders]->sendText(receiver->phone(), QStringLiteral("queued message %1").arg(i));
    auto acked = [&] {
        qint64 n = 0;
        for (int s = 0; s < senders; ++s)
            n += clients[s]->acks;
        return n;
    };
    const bool stored = waitUntil([&] { return acked() >= count; }, 120000);
    const double storeSecs = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    receiver->open(url);
    const bool handed = waitUntil([&] { return receiver->received >= count && receiver->syncDone(); }, 120000);
    const double handSecs = double(timer.nsecsElapsed()) / 1e9;
    std::printf("offline: %d messages from %d senders for one offline user stored (all acked) in %.2f s%s;"
                " handed over on login (all received) in %.2f s%s\n",
                count, senders, storeSecs, stored ? "" : " (TIMED OUT)", handSecs, handed ? "" : " (TIMED OUT)");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Load generator for natterd: prints throughput, latency and memory."));
    p.addHelpOption();
    p.addOptions({
        {QStringLiteral("natterd"), QStringLiteral("natterd binary to start."), QStringLiteral("path"),
         QStringLiteral(NATTERD_BUILD_PATH)},
        {QStringLiteral("scenario"), QStringLiteral("throughput, idle, offline or all (default all)."),
         QStringLiteral("name"), QStringLiteral("all")},
        {QStringLiteral("pairs"), QStringLiteral("Sender/receiver pairs (default 100)."), QStringLiteral("n"), QStringLiteral("100")},
        {QStringLiteral("messages"), QStringLiteral("Messages per sender (default 200)."), QStringLiteral("n"), QStringLiteral("200")},
        {QStringLiteral("window"), QStringLiteral("Messages in flight per sender (default 20)."), QStringLiteral("n"), QStringLiteral("20")},
        {QStringLiteral("idle"), QStringLiteral("Idle connections (default 2000)."), QStringLiteral("n"), QStringLiteral("2000")},
        {QStringLiteral("offline"), QStringLiteral("Messages queued for one offline user (default 10000)."), QStringLiteral("n"), QStringLiteral("10000")},
        {QStringLiteral("server-arg"), QStringLiteral("Extra argument for natterd (repeatable)."), QStringLiteral("arg")},
    });
    p.process(app);
    raiseFileLimit();

    const QString scenario = p.value(QStringLiteral("scenario"));
    const bool all = scenario == QLatin1String("all");
    auto run = [&](const QString &name, const std::function<void(Natterd &)> &body) {
        if (!all && scenario != name)
            return;
        Natterd server; // a fresh server and database for each scenario
        if (!server.start(p.value(QStringLiteral("natterd")), p.values(QStringLiteral("server-arg")))) {
            std::fprintf(stderr, "could not start natterd\n");
            return;
        }
        body(server);
        std::printf("  natterd peak RSS %lld kB\n", procStatus(server.pid(), "VmHWM:"));
        std::fflush(stdout);
    };
    run(QStringLiteral("throughput"), [&](Natterd &s) {
        throughput(s.url, s.pid(), p.value(QStringLiteral("pairs")).toInt(), p.value(QStringLiteral("messages")).toInt(),
                   p.value(QStringLiteral("window")).toInt());
    });
    run(QStringLiteral("offline"), [&](Natterd &s) { offline(s.url, p.value(QStringLiteral("offline")).toInt()); });
    run(QStringLiteral("idle"), [&](Natterd &s) { idle(s.url, s.pid(), p.value(QStringLiteral("idle")).toInt()); });
    return 0;
}
