// natter-smoke: a short real conversation against a running natterd, for checking an installed
// package (packaging/check-packages.sh). Two users register, one sends a text, the other
// receives it and reports it delivered and read, and the sender gets both receipts.
// Exits 0 when every step passed, 1 with the failed step on stderr, 2 on a bad command line.
#include "SmokeClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QUuid>

#include <cstdio>

using namespace natter::protocol;
using natter::smoke::SmokeClient;

namespace {
QString randomPhone()
{
    // A fresh number per run, so the check can run again against the same database.
    return QStringLiteral("+49151%1").arg(QRandomGenerator::global()->bounded(10000000, 99999999));
}

void step(const char *text)
{
    std::printf("natter-smoke: %s\n", text);
    std::fflush(stdout);
}

int fail(const QString &stepName, const QString &why)
{
    std::fprintf(stderr, "natter-smoke: FAILED: %s: %s\n", qPrintable(stepName), qPrintable(why));
    return 1;
}

int run(const QUrl &url, int timeoutMs)
{
    const QString password = QStringLiteral("smoke-test-password");
    const QString alicePhone = randomPhone();
    QString bobPhone = randomPhone();
    while (bobPhone == alicePhone)
        bobPhone = randomPhone();

    SmokeClient alice(QStringLiteral("alice"));
    SmokeClient bob(QStringLiteral("bob"));

    if (!alice.open(url, timeoutMs) || !bob.open(url, timeoutMs))
        return fail(QStringLiteral("connect and hello"),
            alice.problem().isEmpty() ? bob.problem() : alice.problem());
    std::printf("natter-smoke: connected to %s (%s, protocol %d)\n", qPrintable(url.toString()),
        qPrintable(alice.welcome().server), alice.welcome().version);

    alice.send(Register {alicePhone, QStringLiteral("Smoke Alice"), password}, 1);
    if (!alice.waitFor<AuthOk>(timeoutMs,
            [&](const AuthOk &ok) { return ok.phone == alicePhone && !ok.token.isEmpty(); }))
        return fail(QStringLiteral("register alice"), alice.problem());
    bob.send(Register {bobPhone, QStringLiteral("Smoke Bob"), password}, 1);
    if (!bob.waitFor<AuthOk>(timeoutMs,
            [&](const AuthOk &ok) { return ok.phone == bobPhone && !ok.token.isEmpty(); }))
        return fail(QStringLiteral("register bob"), bob.problem());
    step("registered two users");

    bob.send(Lookup {alicePhone}, 2);
    const auto found = bob.waitFor<LookupResult>(timeoutMs);
    if (!found || !found->found || found->name != QLatin1String("Smoke Alice"))
        return fail(QStringLiteral("bob looks up alice"),
            found ? QStringLiteral("not found") : bob.problem());
    step("bob found alice by her number");

    const QString clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString text = QStringLiteral("Hello from the package smoke test \u2709");
    alice.send(Send {clientId, bobPhone, MessageContent::fromText(text)}, 3);
    const auto ack
        = alice.waitFor<Ack>(timeoutMs, [&](const Ack &a) { return a.clientId == clientId; });
    if (!ack)
        return fail(QStringLiteral("alice sends"), alice.problem());
    std::printf(
        "natter-smoke: alice's message stored as %lld\n", static_cast<long long>(ack->serverId));

    const auto message = bob.waitFor<ChatMessage>(
        timeoutMs, [&](const ChatMessage &m) { return m.serverId == ack->serverId; });
    if (!message)
        return fail(QStringLiteral("bob receives"), bob.problem());
    if (message->from != alicePhone || message->content.text != text)
        return fail(QStringLiteral("bob receives"),
            QStringLiteral("the message arrived changed: from %1, text '%2'")
                .arg(message->from, message->content.text));
    step("bob received the message");

    // Each report carries a rid, so the server confirms it with `done` once it is committed.
    bob.send(Delivered {{ack->serverId}}, 4);
    if (!bob.waitFor<Done>(timeoutMs))
        return fail(QStringLiteral("bob reports delivered"), bob.problem());
    const auto delivered = alice.waitFor<Receipt>(timeoutMs, [&](const Receipt &r) {
        return r.serverId == ack->serverId && r.state == DeliveryState::Delivered;
    });
    if (!delivered || delivered->clientId != clientId || delivered->peer != bobPhone)
        return fail(QStringLiteral("delivered receipt"),
            delivered ? QStringLiteral("wrong client_id or peer") : alice.problem());
    step("alice got the delivered receipt");

    bob.send(Read {{ack->serverId}}, 5);
    if (!bob.waitFor<Done>(timeoutMs))
        return fail(QStringLiteral("bob reports read"), bob.problem());
    const auto read = alice.waitFor<Receipt>(timeoutMs, [&](const Receipt &r) {
        return r.serverId == ack->serverId && r.state == DeliveryState::Read;
    });
    if (!read)
        return fail(QStringLiteral("read receipt"), alice.problem());
    alice.send(ReceiptAck {{ack->serverId}, DeliveryState::Read}, 6);
    if (!alice.waitFor<Done>(timeoutMs))
        return fail(QStringLiteral("alice acknowledges the receipt"), alice.problem());
    step("alice got the read receipt and acknowledged it");

    alice.close();
    bob.close();
    std::printf("natter-smoke: OK: register, lookup, send, receive, delivered and read receipts\n");
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("natter-smoke"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NATTER_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Runs a short conversation between two new users against a running natterd "
                       "and exits 0 if it worked."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption urlOption(QStringLiteral("url"),
        QStringLiteral("The natterd to talk to (ws://host:port)."), QStringLiteral("url"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
        QStringLiteral("Milliseconds each step may take (default 10000)."), QStringLiteral("ms"),
        QStringLiteral("10000"));
    parser.addOption(urlOption);
    parser.addOption(timeoutOption);
    parser.process(app);

    const QUrl url(parser.value(urlOption));
    bool ok = false;
    const int timeoutMs = parser.value(timeoutOption).toInt(&ok);
    if (!parser.isSet(urlOption) || !url.isValid() || url.scheme() != QLatin1String("ws") || !ok
        || timeoutMs <= 0) {
        std::fprintf(
            stderr, "natter-smoke: give --url ws://host:port (and a positive --timeout)\n");
        return 2;
    }
    return run(url, timeoutMs);
}
