// natter: the desktop messenger.
#include "client/ChatClient.h"
#include "ui/DesktopIntegration.h"
#include "ui/MainWindow.h"
#include "ui/SmokeTest.h"
#include "ui/Translations.h"
#include "ui/dialogs/AppIcon.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Natter"));
    QApplication::setOrganizationName(QStringLiteral("Natter"));
    QApplication::setApplicationVersion(QStringLiteral(NATTER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("natter"));
    QApplication::setWindowIcon(natter::ui::appIcon());
    natter::ui::installTranslations(app); // before the parser, so --help is translated too

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Natter, a self-hosted messenger."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(QStringLiteral("server"),
        QApplication::translate("main", "The Natter server to use (ws:// or wss:// URL)."),
        QApplication::translate("main", "url"));
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
        QApplication::translate("main",
            "Keep the account, history and settings in <dir> (to run several "
            "instances side by side)."),
        QApplication::translate("main", "dir"));
    const QCommandLineOption smokeOption(QStringLiteral("smoke-test"),
        QApplication::translate("main",
            "Check the installation: show the window, create a throw-away account on --server, "
            "send it a message, and exit with 0 once the server has acknowledged it."));
    parser.addOption(serverOption);
    parser.addOption(dataDirOption);
    parser.addOption(smokeOption);
    parser.process(app);

    QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (parser.isSet(dataDirOption)) {
        dataDir = QDir(parser.value(dataDirOption)).absolutePath();
        // The window's settings live there too, so two instances do not share them.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dataDir);
    }
    QDir().mkpath(dataDir);
    natter::ui::installTranslations(app); // a --data-dir has its own settings, and language

    natter::client::ChatClient client(dataDir);
    if (parser.isSet(serverOption)) {
        const QUrl url = QUrl::fromUserInput(parser.value(serverOption));
        if (!url.isValid() || (url.scheme() != u"ws" && url.scheme() != u"wss")) {
            qCritical("natter: --server needs a ws:// or wss:// URL");
            return 2;
        }
        client.setServer(url);
    }

    natter::ui::MainWindow window(&client);
    // The tray icon with the unread count, and notifications while the window is not in front.
    natter::ui::DesktopIntegration desktop(&client, &window);
    QObject::connect(&desktop, &natter::ui::DesktopIntegration::chatRequested, &window,
        [&window](const QString &peer) {
            if (!peer.isEmpty())
                window.openChat(peer);
        });
    window.start();
    if (parser.isSet(smokeOption)) {
        if (!parser.isSet(serverOption)) {
            qCritical("natter: --smoke-test needs --server");
            return 2;
        }
        natter::ui::startSmokeTest(client, window);
    }
    return app.exec();
}
