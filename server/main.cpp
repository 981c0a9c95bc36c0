#include "Server.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFd[0], &c, 1);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("natterd"));
    QCoreApplication::setOrganizationName(QStringLiteral("Natter"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NATTER_VERSION));

    const auto parsed = natter::server::parseCommandLine(QCoreApplication::arguments());
    if (!parsed.config)
        return parsed.exitCode;

    natter::server::Server server(*parsed.config);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "natterd: %s\n", qPrintable(error));
        return 1;
    }
    // The first line on stdout tells scripts (and tests using --port 0) where we are.
    std::printf("natterd %s listening on %s\n", NATTER_VERSION, qPrintable(server.url()));
    std::fflush(stdout);

    // Signals arrive on a socket pair, so the shutdown itself runs in the event loop.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) == 0) {
        auto *notifier = new QSocketNotifier(g_signalFd[1], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [&] {
            char c;
            [[maybe_unused]] const auto n = ::read(g_signalFd[1], &c, 1);
            QCoreApplication::quit();
        });
        struct sigaction sa {};
        sa.sa_handler = onSignal;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESTART;
        sigaction(SIGINT, &sa, nullptr);
        sigaction(SIGTERM, &sa, nullptr);
    }
    const int rc = QCoreApplication::exec();
    server.stop();
    std::fprintf(stderr, "natterd: stopped\n");
    return rc;
}
