// natter-transfer-bench: starts the real natterd binary with a temporary data directory and
// measures file transfers over loopback (docs/protocol.md section 11). A benchmark, not a test:
// it asserts nothing beyond checking that every byte arrived with the right sha256.
//
// Scenarios, one line each (time, throughput, natterd memory and CPU, and during uploads the
// round trip of a `lookup` that a third connection, in its own thread, sends every 20 ms: how
// long natterd keeps everybody else waiting, e.g. while it writes or fsyncs a file):
//   upload     one 100 MiB document on one connection
//   download   the same document, by the receiver of a message carrying it (hashed on arrival)
//   parallel   8 media uploads of 16 MiB each at once, on 8 connections
// For memory, natterd's peak RSS (VmHWM) is reset before each scenario (/proc/<pid>/clear_refs),
// so "peak" is the peak during that scenario and "+N" its rise over the RSS before it.
//
// Run (Release or RelWithDebInfo build for meaningful figures):
//   cmake --build build/dev --target natter-transfer-bench natterd
//   build/dev/bench/transfer/natter-transfer-bench
//   build/dev/bench/transfer/natter-transfer-bench --document-mib 50 --parallel 4 --media-mib 8
//   build/dev/bench/transfer/natter-transfer-bench --natterd /usr/bin/natterd
// The source files and natterd's data live in a temporary directory (--temp-dir to choose where,
// e.g. a real disk instead of tmpfs); everything is removed at the end.
#include "BenchProcess.h"
#include "protocol/Chunk.h"
#include "protocol/FrameCodec.h"
#include "protocol/ProtocolVersion.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <functional>
#include <memory>
#include <sys/resource.h>
#include <unistd.h>

using namespace natter::protocol;
using namespace natter::bench;

namespace {

// One connection: logs in, then uploads from a file or downloads into a running hash, keeping to
// the server's window the way the app does.
class BenchClient final : public QObject
{
public:
    BenchClient()
    {
        connect(&m_socket, &QWebSocket::textMessageReceived, this,
            [this](const QString &t) { onText(t); });
        connect(&m_socket, &QWebSocket::binaryMessageReceived, this,
            [this](const QByteArray &b) { onBinary(b); });
    }

    bool authenticate(const QUrl &url, const ClientFrame &auth)
    {
        m_socket.open(url);
        if (!waitUntil([&] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 10000))
            return false;
        send(Hello {kProtocolVersion, QStringLiteral("natter-transfer-bench")});
        send(auth);
        return waitUntil([&] { return authenticated || !failure.isEmpty(); }, 30000)
            && authenticated;
    }

    void startUpload(
        FileKind kind, const QString &name, const QString &path, const QByteArray &sha256)
    {
        m_file = std::make_unique<QFile>(path);
        if (!m_file->open(QIODevice::ReadOnly)) {
            failure = QStringLiteral("cannot read ") + path;
            return;
        }
        m_upSize = m_file->size();
        send(Upload {kind, name, {}, m_upSize, sha256, {}});
    }

    void startDownload(const QString &id)
    {
        m_hash.reset();
        send(Download {id, 0});
    }

    void sendMessage(const QString &to, const QString &id, qint64 size)
    {
        const FileRef file {id, QStringLiteral("document.bin"),
            QStringLiteral("application/octet-stream"), size, {}};
        send(Send {QUuid::createUuid().toString(QUuid::WithoutBraces), to,
            MessageContent {MessageKind::Document, {}, file, std::nullopt, {}}});
    }

    // Sends `lookup` every `intervalMs` and records each round trip: how long another
    // connection waits while the server is busy with a transfer.
    void startPinging(const QString &phone, int intervalMs)
    {
        m_pingLatenciesUs.clear();
        m_pingClock.start();
        m_pingTimer.setInterval(intervalMs);
        QObject::disconnect(&m_pingTimer, nullptr, this, nullptr);
        connect(&m_pingTimer, &QTimer::timeout, this, [this, phone] {
            m_pingSent.append(m_pingClock.nsecsElapsed() / 1000);
            send(Lookup {phone});
        });
        m_pingTimer.start();
    }
    // Stops and returns "max X ms, median Y ms (N round trips)".
    QString stopPinging()
    {
        m_pingTimer.stop();
        waitUntil([&] { return m_pingSent.isEmpty(); }, 10000);
        QList<qint64> v = m_pingLatenciesUs;
        if (v.isEmpty())
            return QStringLiteral("no round trips");
        std::sort(v.begin(), v.end());
        return QStringLiteral("max %1 ms, median %2 ms (%3 round trips)")
            .arg(double(v.last()) / 1000, 0, 'f', 1)
            .arg(double(v.at(v.size() / 2)) / 1000, 0, 'f', 1)
            .arg(v.size());
    }

    bool authenticated = false;
    bool uploaded = false;
    bool downloaded = false;
    bool acked = false;
    QString failure;
    QString fileId;
    QString incomingFileId;
    qint64 downloadedBytes = 0;

private:
    void send(const ClientFrame &f)
    {
        m_socket.sendTextMessage(QString::fromUtf8(m_codec.encode(f, {})));
    }

    void pump()
    {
        while (m_sent < m_upSize) {
            const qint64 n = std::min({kMiB, m_window, m_upSize - m_sent});
            if (m_sent + n - m_committed > m_window)
                return;
            m_file->seek(m_sent);
            m_socket.sendBinaryMessage(encodeChunk(m_upTransfer, m_sent, m_file->read(n)));
            m_sent += n;
        }
    }

    void onText(const QString &text)
    {
        auto decoded = m_codec.decodeServer(text.toUtf8());
        if (std::holds_alternative<DecodeError>(decoded)) {
            failure = QStringLiteral("undecodable frame: ") + text.left(200);
            return;
        }
        const ServerFrame &frame = std::get<Decoded<ServerFrame>>(decoded).frame;
        if (std::holds_alternative<AuthOk>(frame)) {
            authenticated = true;
        } else if (const auto *r = std::get_if<UploadReady>(&frame)) {
            m_upTransfer = r->transfer;
            fileId = r->fileId;
            m_sent = m_committed = r->offset;
            m_window = std::max<qint64>(1, r->window);
            pump();
        } else if (const auto *p = std::get_if<UploadProgress>(&frame)) {
            m_committed = std::max(m_committed, p->offset);
            pump();
        } else if (const auto *d = std::get_if<UploadDone>(&frame)) {
            uploaded = d->size == m_upSize;
            if (!uploaded)
                failure = QStringLiteral("upload_done with size %1").arg(d->size);
        } else if (const auto *r = std::get_if<DownloadReady>(&frame)) {
            m_downTransfer = r->transfer;
            m_downSize = r->size;
            m_downSha = r->sha256;
        } else if (std::holds_alternative<LookupResult>(frame)) {
            if (!m_pingSent.isEmpty())
                m_pingLatenciesUs.append(
                    m_pingClock.nsecsElapsed() / 1000 - m_pingSent.takeFirst());
        } else if (std::holds_alternative<Ack>(frame)) {
            acked = true;
        } else if (const auto *m = std::get_if<ChatMessage>(&frame)) {
            if (m->content.file)
                incomingFileId = m->content.file->fileId;
        } else if (const auto *e = std::get_if<Error>(&frame)) {
            failure = toWireName(e->code) + QStringLiteral(": ") + e->message;
        }
    }

    void onBinary(const QByteArray &message)
    {
        const auto header = decodeChunkHeader(message);
        if (!header || header->transfer != m_downTransfer || header->offset != downloadedBytes) {
            failure = QStringLiteral("unexpected chunk");
            return;
        }
        const QByteArrayView payload = chunkPayload(message);
        m_hash.addData(payload);
        downloadedBytes += payload.size();
        if (downloadedBytes == m_downSize) {
            downloaded = m_hash.result() == m_downSha;
            if (!downloaded)
                failure = QStringLiteral("the download does not match its sha256");
        }
    }

    QWebSocket m_socket;
    FrameCodec m_codec;
    std::unique_ptr<QFile> m_file;
    qint64 m_upSize = 0;
    quint32 m_upTransfer = 0;
    qint64 m_sent = 0;
    qint64 m_committed = 0;
    qint64 m_window = 0;
    quint32 m_downTransfer = 0;
    qint64 m_downSize = -1;
    QByteArray m_downSha;
    QCryptographicHash m_hash {QCryptographicHash::Sha256};
    QTimer m_pingTimer;
    QElapsedTimer m_pingClock;
    QList<qint64> m_pingSent; // µs on m_pingClock, oldest first
    QList<qint64> m_pingLatenciesUs;
};

// A third connection in a thread of its own (so the bench's busy event loop does not delay it)
// that looks a user up every 20 ms while a scenario runs: its round trips show how long natterd
// keeps other connections waiting during transfers.
class PingThread final : public QThread
{
public:
    PingThread(QUrl url, ClientFrame auth, QString target)
        : m_url(std::move(url))
        , m_auth(std::move(auth))
        , m_target(std::move(target))
    { }
    bool waitReady()
    {
        QDeadlineTimer deadline(30000);
        while (m_state.load() == Starting && !deadline.hasExpired())
            QThread::msleep(5);
        return m_state.load() == Idle;
    }
    void begin() { m_state.store(Pinging); }
    QString end()
    {
        m_state.store(Stopping);
        while (m_state.load() == Stopping)
            QThread::msleep(5);
        const QMutexLocker lock(&m_mutex);
        return m_result;
    }
    ~PingThread() override { finish(); }
    void finish()
    {
        m_state.store(Quit);
        wait();
    }

private:
    enum State { Starting, Idle, Pinging, Stopping, Failed, Quit };
    void run() override
    {
        BenchClient client;
        if (!client.authenticate(m_url, m_auth)) {
            m_state.store(Failed);
            return;
        }
        m_state.store(Idle);
        bool pinging = false;
        QTimer tick;
        tick.start(5);
        for (;;) {
            const int state = m_state.load();
            if (state == Quit)
                return;
            if (state == Pinging && !pinging) {
                client.startPinging(m_target, 20);
                pinging = true;
            } else if (state == Stopping) {
                const QString result
                    = pinging ? client.stopPinging() : QStringLiteral("no round trips");
                pinging = false;
                {
                    const QMutexLocker lock(&m_mutex);
                    m_result = result;
                }
                m_state.store(Idle);
            }
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        }
    }

    QUrl m_url;
    ClientFrame m_auth;
    QString m_target;
    std::atomic<int> m_state {Starting};
    QMutex m_mutex;
    QString m_result;
};

// Memory and CPU of natterd around one scenario.
class Probe
{
public:
    explicit Probe(qint64 pid)
        : m_pid(pid)
    {
        m_rssBefore = procStatus(pid, "VmRSS:");
        m_peakReset = resetPeak(pid);
        m_cpuBefore = cpuSeconds(pid);
        m_ownCpuBefore = ownCpuSeconds();
        m_timer.start();
    }
    double seconds() const { return double(m_timer.nsecsElapsed()) / 1e9; }
    QString report() const
    {
        const qint64 peak = procStatus(m_pid, "VmHWM:");
        return QStringLiteral(
            "natterd RSS %1 MB before, peak %2 MB%3 (+%4 MB), CPU %5 s; bench client CPU %6 s")
            .arg(double(m_rssBefore) / 1024, 0, 'f', 1)
            .arg(double(peak) / 1024, 0, 'f', 1)
            .arg(m_peakReset ? QString() : QStringLiteral(" since start"))
            .arg(double(peak - m_rssBefore) / 1024, 0, 'f', 1)
            .arg(cpuSeconds(m_pid) - m_cpuBefore, 0, 'f', 2)
            .arg(ownCpuSeconds() - m_ownCpuBefore, 0, 'f', 2);
    }

private:
    qint64 m_pid;
    qint64 m_rssBefore = 0;
    bool m_peakReset = false;
    double m_cpuBefore = 0;
    double m_ownCpuBefore = 0;
    QElapsedTimer m_timer;
};

void line(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("File transfer benchmark for natterd: time, throughput and memory."));
    p.addHelpOption();
    p.addOptions({
        {QStringLiteral("natterd"), QStringLiteral("natterd binary to start."),
            QStringLiteral("path"), QStringLiteral(NATTERD_BUILD_PATH)},
        {QStringLiteral("document-mib"), QStringLiteral("Size of the document, MiB (default 100)."),
            QStringLiteral("n"), QStringLiteral("100")},
        {QStringLiteral("media-mib"),
            QStringLiteral("Size of each parallel media upload, MiB (default 16)."),
            QStringLiteral("n"), QStringLiteral("16")},
        {QStringLiteral("parallel"), QStringLiteral("Parallel media uploads (default 8)."),
            QStringLiteral("n"), QStringLiteral("8")},
        {QStringLiteral("temp-dir"),
            QStringLiteral("Where to put the files and natterd's data (default: system temp)."),
            QStringLiteral("dir")},
        {QStringLiteral("server-arg"), QStringLiteral("Extra argument for natterd (repeatable)."),
            QStringLiteral("arg")},
    });
    p.process(app);

    const qint64 documentBytes = p.value(QStringLiteral("document-mib")).toLongLong() * kMiB;
    const qint64 mediaBytes = p.value(QStringLiteral("media-mib")).toLongLong() * kMiB;
    const int parallel = p.value(QStringLiteral("parallel")).toInt();
    std::unique_ptr<QTemporaryDir> tmp = p.isSet(QStringLiteral("temp-dir"))
        ? std::make_unique<QTemporaryDir>(
            p.value(QStringLiteral("temp-dir")) + QStringLiteral("/natter-transfer-bench-XXXXXX"))
        : std::make_unique<QTemporaryDir>();
    if (!tmp->isValid() || documentBytes <= 0 || mediaBytes <= 0 || parallel <= 0) {
        std::fprintf(stderr, "bad arguments or no temporary directory\n");
        return 2;
    }
    const QString documentPath = tmp->filePath(QStringLiteral("document.bin"));
    const QString mediaPath = tmp->filePath(QStringLiteral("media.png"));
    const QByteArray documentSha = writeFile(documentPath, documentBytes, {}, 1);
    const QByteArray mediaSha
        = writeFile(mediaPath, mediaBytes, QByteArray("\x89PNG\r\n\x1a\n", 8), 2);
    if (documentSha.isEmpty() || mediaSha.isEmpty()) {
        std::fprintf(stderr, "cannot write the source files to %s\n", qPrintable(tmp->path()));
        return 1;
    }

    Natterd server;
    QDir().mkpath(tmp->filePath(QStringLiteral("data")));
    if (!server.start(p.value(QStringLiteral("natterd")), tmp->filePath(QStringLiteral("data")),
            p.values(QStringLiteral("server-arg")))) {
        std::fprintf(stderr, "could not start natterd\n");
        return 1;
    }
    const QString alice = QStringLiteral("+15550000001");
    const QString bob = QStringLiteral("+15550000002");
    const QString password = QStringLiteral("correct horse");
    BenchClient sender;
    BenchClient receiver;
    if (!sender.authenticate(server.url, Register {alice, QStringLiteral("Alice"), password})
        || !receiver.authenticate(server.url, Register {bob, QStringLiteral("Bob"), password})) {
        std::fprintf(stderr, "could not register: %s%s\n", qPrintable(sender.failure),
            qPrintable(receiver.failure));
        return 1;
    }
    PingThread pinger(server.url,
        Register {QStringLiteral("+15550000003"), QStringLiteral("Carol"), password}, alice);
    pinger.start();
    if (!pinger.waitReady()) {
        std::fprintf(stderr, "the pinging connection could not register\n");
        return 1;
    }
    const double mib = double(kMiB);
    int failures = 0;

    {
        Probe probe(server.pid());
        pinger.begin();
        sender.startUpload(
            FileKind::Document, QStringLiteral("document.bin"), documentPath, documentSha);
        const bool ok
            = waitUntil([&] { return sender.uploaded || !sender.failure.isEmpty(); }, 600000)
            && sender.uploaded;
        const double secs = probe.seconds();
        const QString pings = pinger.end();
        failures += !ok;
        line(QStringLiteral("upload:   %1 MiB document, 1 connection: %2 s = %3 MiB/s; %4; another "
                            "connection's lookup: %5%6")
                 .arg(double(documentBytes) / mib, 0, 'f', 0)
                 .arg(secs, 0, 'f', 2)
                 .arg(double(documentBytes) / mib / secs, 0, 'f', 1)
                 .arg(probe.report(), pings,
                     ok ? QString() : QStringLiteral(" FAILED: ") + sender.failure));
    }
    if (sender.uploaded) {
        sender.sendMessage(bob, sender.fileId, documentBytes);
        waitUntil(
            [&] { return !receiver.incomingFileId.isEmpty() || !sender.failure.isEmpty(); }, 30000);
        Probe probe(server.pid());
        pinger.begin();
        receiver.startDownload(sender.fileId);
        const bool ok
            = waitUntil([&] { return receiver.downloaded || !receiver.failure.isEmpty(); }, 600000)
            && receiver.downloaded;
        const double secs = probe.seconds();
        const QString pings = pinger.end();
        failures += !ok;
        line(QStringLiteral(
            "download: %1 MiB document, 1 connection (hashed on arrival): %2 s = %3 MiB/s; %4;"
            " another connection's lookup: %5%6")
                 .arg(double(documentBytes) / mib, 0, 'f', 0)
                 .arg(secs, 0, 'f', 2)
                 .arg(double(documentBytes) / mib / secs, 0, 'f', 1)
                 .arg(probe.report(), pings,
                     ok ? QString() : QStringLiteral(" FAILED: ") + receiver.failure));
    }
    {
        std::vector<std::unique_ptr<BenchClient>> clients;
        for (int i = 0; i < parallel; ++i) {
            clients.push_back(std::make_unique<BenchClient>());
            if (!clients.back()->authenticate(server.url, Login {alice, password})) {
                std::fprintf(stderr, "could not log in connection %d: %s\n", i,
                    qPrintable(clients.back()->failure));
                return 1;
            }
        }
        Probe probe(server.pid());
        pinger.begin();
        for (int i = 0; i < parallel; ++i)
            clients[size_t(i)]->startUpload(
                FileKind::Media, QStringLiteral("photo-%1.png").arg(i), mediaPath, mediaSha);
        auto count = [&](bool onlyDone) {
            return int(std::count_if(clients.begin(), clients.end(), [&](const auto &c) {
                return c->uploaded || (!onlyDone && !c->failure.isEmpty());
            }));
        };
        waitUntil([&] { return count(false) == parallel; }, 600000);
        const double secs = probe.seconds();
        const QString pings = pinger.end();
        const int done = count(true);
        failures += parallel - done;
        QString why;
        for (const auto &c : clients) {
            if (!c->failure.isEmpty())
                why = QStringLiteral(" FAILED: ") + c->failure;
        }
        line(QStringLiteral("parallel: %1 x %2 MiB media, %1 connections: %3 s = %4 MiB/s in total "
                            "(%5 of %1 stored); %6;"
                            " another connection's lookup: %7%8")
                 .arg(parallel)
                 .arg(double(mediaBytes) / mib, 0, 'f', 0)
                 .arg(secs, 0, 'f', 2)
                 .arg(double(mediaBytes) * done / mib / secs, 0, 'f', 1)
                 .arg(done)
                 .arg(probe.report(), pings, why));
    }
    pinger.finish();
    return failures == 0 ? 0 : 1;
}
