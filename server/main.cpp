#include "Server.h"
#include "config/Settings.h"
#include "net/HealthCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace natter::server;

namespace {
int g_signalFd[2] = {-1, -1};

void onSignal(int signal)
{
    const char c = char(signal);
    [[maybe_unused]] const auto n = ::write(g_signalFd[0], &c, 1);
}

int checkConfig(const ServerConfig &config)
{
    for (const Setting &s : settings())
        std::printf("%s = %s\n", s.key, qPrintable(s.show(config)));
    // The values parsed; now what a start would need from the machine, without changing it:
    // the nearest existing ancestor of the database directory must be a writable directory.
    if (config.databaseDriver == QLatin1String("QSQLITE")) {
        const QString dir = QFileInfo(config.effectiveDatabasePath()).absolutePath();
        QFileInfo existing(dir);
        while (!existing.exists() && !existing.isRoot() && existing.absoluteFilePath() != existing.absolutePath())
            existing = QFileInfo(existing.absolutePath());
        if (!existing.isDir() || !existing.isWritable()) {
            std::fprintf(stderr, "natterd: the database directory %s is not writable\n", qPrintable(dir));
            return 1;
        }
    } else if (!config.databasePasswordFile.isEmpty() && !QFileInfo(config.databasePasswordFile).isReadable()) {
        std::fprintf(stderr, "natterd: cannot read the database password file %s\n",
                     qPrintable(config.databasePasswordFile));
        return 1;
    }
    std::printf("configuration OK%s\n",
                config.configFile.isEmpty() ? "" : qPrintable(QStringLiteral(" (") + config.configFile + u')'));
    return 0;
}

int health(const ServerConfig &config)
{
    QString host = config.address == QHostAddress::Any || config.address == QHostAddress::AnyIPv6
        ? QStringLiteral("127.0.0.1")
        : config.address.toString();
    if (config.address.protocol() == QAbstractSocket::IPv6Protocol && config.address != QHostAddress::AnyIPv6)
        host = u'[' + host + u']';
    const QUrl url(QStringLiteral("ws://%1:%2").arg(host).arg(config.port));
    QString summary;
    const QString problem = checkHealth(url, 5000, &summary);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "natterd at %s is not healthy: %s\n", qPrintable(url.toString()), qPrintable(problem));
        return 1;
    }
    std::printf("natterd at %s is healthy (%s)\n", qPrintable(url.toString()), qPrintable(summary));
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("natterd"));
    QCoreApplication::setOrganizationName(QStringLiteral("Natter"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NATTER_VERSION));
    // Level and category on every line; journald adds the time when it collects stderr.
    qSetMessagePattern(QStringLiteral("%{type} %{if-category}%{category}: %{endif}%{message}"));

    const auto parsed = parseCommandLine(QCoreApplication::arguments());
    if (parsed.mode == RunMode::Exit)
        return parsed.exitCode;
    ServerConfig config = *parsed.config;
    applyLogLevel(config.logLevel);
    if (parsed.mode == RunMode::CheckConfig)
        return checkConfig(config);
    if (parsed.mode == RunMode::Health)
        return health(config);

    Server server(config);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "natterd: %s\n", qPrintable(error));
        return 1;
    }
    // The first line on stdout tells scripts (and tests using --port 0) where we are.
    std::printf("natterd %s listening on %s\n", NATTER_VERSION, qPrintable(server.url()));
    std::fflush(stdout);

    // Signals arrive on a socket pair, so what they trigger runs in the event loop.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) == 0) {
        auto *notifier = new QSocketNotifier(g_signalFd[1], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [&] {
            char signal = 0;
            if (::read(g_signalFd[1], &signal, 1) != 1)
                return;
            if (signal == SIGHUP) {
                QString problem;
                if (!reloadSettings(QCoreApplication::arguments(), &config, &problem)) {
                    std::fprintf(stderr, "natterd: reload refused, keeping the running settings: %s\n",
                                 qPrintable(problem));
                    return;
                }
                applyLogLevel(config.logLevel);
                server.reload(config);
                std::fprintf(stderr, "natterd: settings reloaded\n");
                return;
            }
            QCoreApplication::quit();
        });
        struct sigaction sa {};
        sa.sa_handler = onSignal;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESTART;
        sigaction(SIGINT, &sa, nullptr);
        sigaction(SIGTERM, &sa, nullptr);
        sigaction(SIGHUP, &sa, nullptr);
    }
    const int rc = QCoreApplication::exec();
    server.stop();
    std::fprintf(stderr, "natterd: stopped\n");
    return rc;
}
