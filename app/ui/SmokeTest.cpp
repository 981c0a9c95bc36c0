#include "ui/SmokeTest.h"

#include "client/ChatClient.h"
#include "client/LocalStore.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace natter::ui {

using client::ChatClient;
using client::MessageState;

void startSmokeTest(ChatClient &client, QWidget &window)
{
    auto finish = [](int code, const QString &what) {
        std::fprintf(code == 0 ? stdout : stderr, "natter: smoke test %s: %s\n", code == 0 ? "passed" : "FAILED",
                     qPrintable(what));
        QCoreApplication::exit(code);
    };
    auto *random = QRandomGenerator::global();
    const QString phone = QStringLiteral("+1555%1").arg(random->bounded(10000000), 7, 10, QLatin1Char('0'));
    QString password;
    for (int i = 0; i < 24; ++i)
        password += QChar(u'a' + random->bounded(26));

    QObject::connect(&client, &ChatClient::authFailed, &window,
                     [finish](ChatClient::AuthError, const QString &message) { finish(1, message); });
    QObject::connect(&client, &ChatClient::authSucceeded, &window, [&client, phone] {
        client.sendText(phone, QStringLiteral("Natter smoke test"));
    });
    QObject::connect(&client, &ChatClient::messageChanged, &window,
                     [&client, &window, finish](const QString &, qint64 localId) {
                         const auto m = client.store() ? client.store()->message(localId) : std::nullopt;
                         if (!m || !m->outgoing)
                             return;
                         if (m->state == MessageState::Failed)
                             finish(1, m->failureReason);
                         else if (m->state != MessageState::Pending)
                             finish(window.isVisible() ? 0 : 1,
                                    window.isVisible() ? QStringLiteral("window shown, account created, message acknowledged")
                                                       : QStringLiteral("the main window is not visible"));
                     });
    QTimer::singleShot(30000, &window, [finish] { finish(1, QStringLiteral("no answer from the server within 30 s")); });
    client.registerAccount(phone, QStringLiteral("Smoke Test"), password);
}

} // namespace natter::ui
