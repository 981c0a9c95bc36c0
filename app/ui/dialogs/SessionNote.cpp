#include "ui/dialogs/SessionNote.h"

#include "client/ChatClient.h"
#include "client/TokenStore.h"

#include <QMessageBox>
#include <QPointer>
#include <QTimer>

namespace natter::ui {

using client::ChatClient;

namespace {

void showSessionNote(const QString &reason, QWidget *window)
{
    auto *box = new QMessageBox(QMessageBox::Information, SessionNote::tr("Natter"),
        SessionNote::tr("Your session will not be remembered."), QMessageBox::Ok, window);
    box->setObjectName(QStringLiteral("sessionNote"));
    box->setInformativeText(reason);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->show();
}

} // namespace

void noteSessionPersistence(ChatClient *client, QWidget *window)
{
    const QPointer<QWidget> target(window);
    if (!client->sessionPersistent()) {
        showSessionNote(client->sessionPersistenceReason(), target);
        return;
    }
    client::TokenStore *tokens = client->tokenStore();
    if (!tokens || tokens->pendingJobs() == 0)
        return;
    // The keychain answers later: wait for this login's write, at most a minute.
    auto *watch = new QObject(client);
    QObject::connect(client, &ChatClient::sessionPersistenceChanged, watch,
        [watch, target](bool persistent, const QString &reason) {
            if (!persistent)
                showSessionNote(reason, target);
            watch->deleteLater();
        });
    QObject::connect(tokens, &client::TokenStore::writeFinished, watch,
        [watch](const QUrl &, const QString &, bool persisted) {
            if (persisted)
                watch->deleteLater();
        });
    QTimer::singleShot(std::chrono::minutes(1), watch, &QObject::deleteLater);
}

} // namespace natter::ui
