#pragma once

// The fixture of the file-message widget tests (TestFileMessages, TestFileBubbles): a real
// natterd with small limits (media 4 MiB, documents 12 MiB), real ChatClients for Alice, Bob and
// Carol (Alice has a chat with each), and Alice's real main window. A test class derives from
// it, calls setUpFixture()/tearDownFixture() from initTestCase()/cleanupTestCase(), and includes
// "moc_FileMessagesFixture.cpp" (for UrlCatcher).

#include "UiTestSupport.h"
#include "models/ConversationFilterProxyModel.h"
#include "models/ConversationListModel.h"
#include "models/MessageListModel.h"
#include "ui/ChatHeader.h"
#include "ui/ChatView.h"
#include "ui/ComposerEdit.h"
#include "ui/DownloadSettingsDialog.h"
#include "ui/DropOverlay.h"
#include "ui/MainWindow.h"
#include "ui/MessageDelegate.h"
#include "ui/MessageListView.h"
#include "ui/Sidebar.h"
#include "ui/dialogs/AttachmentPreviewDialog.h"
#include "ui/dialogs/ImageViewerDialog.h"
#include "ui/dialogs/LocationDialog.h"
#include "ui/dialogs/Thumbnails.h"

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QLineEdit>
#include <QLinearGradient>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QToolButton>
#include <QUuid>

using namespace natter;
using namespace natter::uitest;
using client::ChatClient;
using client::StoredMessage;
using client::TransferState;
using models::ConversationListModel;
using models::MessageListModel;
using protocol::MessageKind;
using ui::BubbleAction;
using ui::MainWindow;

namespace {
const QString kAlice = QStringLiteral("+4915170000001");
const QString kBob = QStringLiteral("+4915170000002");
const QString kCarol = QStringLiteral("+4915170000003");
const QString kDave = QStringLiteral("+4915170000004");
const QString kStranger = QStringLiteral("+4915170000099");
constexpr qint64 kMiB = 1024 * 1024;
constexpr qint64 kMediaLimit = 4 * kMiB;
constexpr qint64 kDocumentLimit = 12 * kMiB;
} // namespace

// Opens URLs for QDesktopServices in the test instead of a browser.
class UrlCatcher final : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls.append(url); }
};

class FileMessagesFixture : public QObject
{
protected:

    QTemporaryDir m_settings;
    QTemporaryDir m_files; // what the user sends
    std::unique_ptr<test::TestServer> m_server;
    User m_alice {kAlice, QStringLiteral("Alice")};
    User m_bob {kBob, QStringLiteral("Bob")};
    User m_carol {kCarol, QStringLiteral("Carol")};
    std::unique_ptr<MainWindow> m_window;
    UrlCatcher m_urls;

    ui::ChatView *chat() const { return m_window->chatView(); }
    MessageListModel *messages() const { return chat()->messageModel(); }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }
    QString writePicture(const QString &name, const QColor &color)
    {
        QImage image(400, 300, QImage::Format_RGB32);
        image.fill(color);
        const QString path = m_files.filePath(name);
        return image.save(path, "PNG") ? path : QString();
    }
    static QByteArray randomBytes(qint64 size)
    {
        QByteArray bytes(size, Qt::Uninitialized);
        QRandomGenerator generator(42);
        generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
        return bytes;
    }
    // The newest messages of `user`'s conversation with `peer` (oldest first).
    static QList<StoredMessage> newest(const User &user, const QString &peer, int count)
    {
        QList<StoredMessage> all = user.store().messages(peer, client::kNewestSortKey, count);
        std::reverse(all.begin(), all.end());
        return all;
    }
    static int messageCount(const User &user, const QString &peer)
    {
        const auto c = user.store().conversation(peer);
        return c ? c->messageCount : 0;
    }
    // `to` has `before + count` messages from the other side.
    static bool arrived(const User &to, const QString &from, int before, int count)
    {
        return QTest::qWaitFor([&] { return messageCount(to, from) >= before + count; }, kWaitMs);
    }
    void drop(QWidget *target, const QPoint &pos, const QStringList &paths)
    {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString &path : paths)
            urls << QUrl::fromLocalFile(path);
        mime.setUrls(urls);
        QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &move);
        QVERIFY(move.isAccepted());
        QDropEvent dropEvent(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &dropEvent);
        QVERIFY(dropEvent.isAccepted());
    }
    ui::AttachmentPreviewDialog *previewDialog() const
    {
        return m_window->findChild<ui::AttachmentPreviewDialog *>();
    }
    QPoint pointOf(int row, BubbleAction action) const
    {
        ui::MessageListView *view = chat()->messageView();
        view->scrollToNewest();
        const QRect rowRect = view->visualRect(view->viewIndex(row));
        return view->messageDelegate()->actionPoint(rowRect, messages()->index(row), action);
    }

    void setUpFixture()
    {
        isolateSettings(m_settings);
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_urls, "open");
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &m_urls, "open");
        server::ServerConfig config = test::TestServer::defaultConfig();
        config.limits.maxMediaBytes = kMediaLimit;
        config.limits.maxDocumentBytes = kDocumentLimit;
        m_server = std::make_unique<test::TestServer>(config);
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        QVERIFY(m_alice.registerOn(m_server->url()));
        QVERIFY(m_bob.registerOn(m_server->url()));
        QVERIFY(m_carol.registerOn(m_server->url()));
        // Alice has chats with Bob and Carol.
        QVERIFY(m_bob.client->sendText(kAlice, QStringLiteral("Hi Alice")) != 0);
        QVERIFY(m_carol.client->sendText(kAlice, QStringLiteral("Hello from Carol")) != 0);
        QVERIFY(arrived(m_alice, kBob, 0, 1));
        QVERIFY(arrived(m_alice, kCarol, 0, 1));
        m_window = std::make_unique<MainWindow>(m_alice.client.get());
        m_window->resize(1000, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_COMPARE(m_alice.client->serverLimits().maxDocumentBytes, kDocumentLimit);
    }
    void tearDownFixture()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        m_window.reset();
        m_alice.client.reset();
        m_bob.client.reset();
        m_carol.client.reset();
        m_server.reset();
    }
};
