// Files, locations and contacts in the real main window, against a real natterd with real
// ChatClients on both sides: files dropped on the chat (each its own message) and on a
// conversation in the list, a picture and file URLs pasted into the composer (through the
// preview), the progress of an 8 MB upload rising to 100 %, a file over the limit refused with
// the limit named, an incoming picture with its thumbnail, a click on Download, and the
// location and contact cards with their clicks.
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

// Opens URLs for QDesktopServices in the test instead of a browser.
class UrlCatcher final : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls.append(url); }
};
} // namespace

class TestFileMessages : public QObject
{
    Q_OBJECT

private:
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

private slots:
    void initTestCase()
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
    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        m_window.reset();
        m_alice.client.reset();
        m_bob.client.reset();
        m_carol.client.reset();
        m_server.reset();
    }

    void droppedFilesAreSentEachAsItsOwnMessage()
    {
        m_window->openChat(kBob);
        const QString notes = writeFile(QStringLiteral("notes.txt"), "Bring the ladder.\n");
        const QString report = writeFile(QStringLiteral("report.pdf"), randomBytes(300 * 1024));
        const QString picture = writePicture(QStringLiteral("garden.png"), QColor(20, 160, 40));
        QVERIFY(!notes.isEmpty() && !report.isEmpty() && !picture.isEmpty());
        const int before = messageCount(m_bob, kAlice);

        // Dragging over the chat shows the drop highlight with Bob's name.
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(notes)});
        // (Entering over the message list: the event travels up to the chat view.)
        QWidget *list = chat()->messageView()->viewport();
        const QPoint inside = list->rect().center();
        QDragEnterEvent enter(inside, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(list, &enter);
        QVERIFY(enter.isAccepted());
        QVERIFY(chat()->dropOverlay()->isVisible());
        QCOMPARE(chat()->dropOverlay()->text(),
            QStringLiteral("Drop files to send to %1").arg(chat()->header()->nameText()));
        QDragLeaveEvent leave;
        QApplication::sendEvent(chat(), &leave);
        QVERIFY(!chat()->dropOverlay()->isVisible());
        // Over the composer too: files are no text to insert there.
        QWidget *composer = chat()->composer()->viewport();
        QDragEnterEvent overComposer(
            composer->rect().center(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(composer, &overComposer);
        QVERIFY(overComposer.isAccepted());
        QVERIFY(chat()->dropOverlay()->isVisible());
        QApplication::sendEvent(chat(), &leave);
        QVERIFY(!chat()->dropOverlay()->isVisible());

        drop(chat(), chat()->messageView()->geometry().center(), {notes, report, picture});
        QVERIFY(!chat()->dropOverlay()->isVisible());
        // Three messages at Bob's, each with its own file (in the order their uploads finish).
        QVERIFY(arrived(m_bob, kAlice, before, 3));
        QHash<QString, StoredMessage> got;
        for (const StoredMessage &m : newest(m_bob, kAlice, 3)) {
            QVERIFY(m.content.file);
            got.insert(m.content.file->name, m);
        }
        QCOMPARE(got.size(), 3);
        QCOMPARE(got.value(QStringLiteral("notes.txt")).content.kind, MessageKind::Document);
        QCOMPARE(got.value(QStringLiteral("report.pdf")).content.kind, MessageKind::Document);
        QCOMPARE(got.value(QStringLiteral("report.pdf")).content.file->size, 300 * 1024);
        const StoredMessage garden = got.value(QStringLiteral("garden.png"));
        QCOMPARE(garden.content.kind, MessageKind::Media);
        QCOMPARE(garden.content.file->mime, QStringLiteral("image/png"));
        QVERIFY2(!garden.content.file->thumbnail.isEmpty(), "a picture travels with its thumbnail");
        // Alice sees her three uploads complete.
        QTRY_VERIFY_WITH_TIMEOUT(messages()->rowCount() >= 3
                && messages()
                        ->index(messages()->rowCount() - 1)
                        .data(MessageListModel::TransferStateRole)
                        .toInt()
                    == int(TransferState::Done),
            kWaitMs);
    }

    void filesDroppedOnAConversationGoThere()
    {
        m_window->openChat(kBob);
        const QString plan = writeFile(QStringLiteral("plan.txt"), "Saturday, 10 o'clock.\n");
        const int before = messageCount(m_carol, kAlice);
        QListView *list = m_window->sidebar()->listView();
        const QModelIndex carol = m_window->filterModel()->mapFromSource(
            m_window->conversationModel()->indexOf(kCarol));
        QVERIFY(carol.isValid());
        const QPoint pos = list->visualRect(carol).center();
        drop(list->viewport(), pos, {plan});
        QCOMPARE(m_window->currentChat(), kCarol); // the chat it went to opens
        QVERIFY(arrived(m_carol, kAlice, before, 1));
        const StoredMessage got = newest(m_carol, kAlice, 1).first();
        QCOMPARE(got.content.file->name, QStringLiteral("plan.txt"));
        // Bob got nothing of it.
        QVERIFY(newest(m_bob, kAlice, 1).first().content.file->name != QStringLiteral("plan.txt"));
    }

    void pastedPictureIsSentAsMedia()
    {
        m_window->openChat(kBob);
        const int before = messageCount(m_bob, kAlice);
        QImage image(320, 200, QImage::Format_RGB32);
        image.fill(QColor(30, 60, 200));
        auto *mime = new QMimeData;
        mime->setImageData(image);
        QApplication::clipboard()->setMimeData(mime);
        chat()->composer()->setFocus();
        chat()->composer()->paste();
        QTRY_VERIFY(previewDialog());
        QTRY_VERIFY(previewDialog()->canSend());
        QVERIFY(chat()->composer()->toPlainText().isEmpty()); // no text was inserted
        previewDialog()->accept();
        QVERIFY(arrived(m_bob, kAlice, before, 1));
        const StoredMessage got = newest(m_bob, kAlice, 1).first();
        QCOMPARE(got.content.kind, MessageKind::Media);
        QCOMPARE(got.content.file->mime, QStringLiteral("image/png"));
        QVERIFY(got.content.file->name.endsWith(QLatin1String(".png")));
        QTRY_VERIFY(!previewDialog());
    }

    void pastedFilesArePreviewedAndSent()
    {
        m_window->openChat(kBob);
        const int before = messageCount(m_bob, kAlice);
        const QString a = writeFile(QStringLiteral("minutes.txt"), "Minutes of the meeting.\n");
        const QString b = writeFile(QStringLiteral("budget.csv"), "item,cost\nladder,120\n");
        auto *mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(a), QUrl::fromLocalFile(b)});
        QApplication::clipboard()->setMimeData(mime);
        chat()->composer()->setFocus();
        QTest::keySequence(chat()->composer(), QKeySequence::Paste);
        QTRY_VERIFY(previewDialog());
        QTRY_VERIFY(previewDialog()->canSend());
        QCOMPARE(previewDialog()->choices().size(), 2);
        previewDialog()->accept();
        QVERIFY(arrived(m_bob, kAlice, before, 2));
        QStringList names;
        for (const StoredMessage &m : newest(m_bob, kAlice, 2))
            names << m.content.file->name;
        names.sort();
        QCOMPARE(names, QStringList({QStringLiteral("budget.csv"), QStringLiteral("minutes.txt")}));
        QVERIFY(chat()->composer()->toPlainText().isEmpty());
        QTRY_VERIFY(!previewDialog());
    }

    void progressRisesToHundred()
    {
        m_window->openChat(kBob);
        const QString big = writeFile(QStringLiteral("survey.bin"), randomBytes(8 * kMiB));
        QVERIFY(!big.isEmpty());
        QList<int> seen;
        qint64 id = 0;
        auto record = [&] {
            const int row = id ? messages()->rowOf(id) : -1;
            if (row < 0)
                return;
            const int percent
                = messages()->index(row).data(MessageListModel::TransferProgressRole).toInt();
            if (seen.isEmpty() || seen.last() != percent)
                seen << percent;
        };
        QMetaObject::Connection added = connect(m_alice.client.get(), &ChatClient::messageAdded,
            this, [&](const QString &, qint64 localId) {
                if (!id)
                    id = localId;
            });
        QSignalSpy resets(messages(), &QAbstractItemModel::modelReset);
        QMetaObject::Connection changed
            = connect(messages(), &QAbstractItemModel::dataChanged, this, record);
        QCOMPARE(chat()->sendFiles(kBob, {big}), 1);
        QVERIFY(id != 0);
        QTRY_VERIFY_WITH_TIMEOUT(messages()
                                     ->index(messages()->rowOf(id))
                                     .data(MessageListModel::TransferStateRole)
                                     .toInt()
                == int(TransferState::Done),
            kWaitMs * 3);
        record();
        disconnect(added);
        disconnect(changed);
        QCOMPARE(resets.size(), 0); // progress updates the row, not the whole model
        QVERIFY2(
            seen.size() >= 3, qPrintable(QStringLiteral("progress seen: %1").arg(seen.size())));
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QVERIFY(std::any_of(seen.begin(), seen.end(), [](int p) { return p > 0 && p < 100; }));
        QCOMPARE(seen.last(), 100);
        QTRY_VERIFY_WITH_TIMEOUT(newest(m_bob, kAlice, 1).first().content.file
                && newest(m_bob, kAlice, 1).first().content.file->name
                    == QStringLiteral("survey.bin"),
            kWaitMs);
    }

    void cancelAndRetryAnUpload()
    {
        m_window->openChat(kBob);
        const QString big = writeFile(QStringLiteral("dataset.bin"), randomBytes(10 * kMiB));
        QVERIFY(!big.isEmpty());
        QCOMPARE(chat()->sendFiles(kBob, {big}), 1);
        const int row = messages()->rowCount() - 1;
        const QModelIndex index = messages()->index(row);
        QCOMPARE(
            index.data(MessageListModel::FileNameRole).toString(), QStringLiteral("dataset.bin"));
        // As soon as bytes flow, the × stops it.
        QTRY_VERIFY_WITH_TIMEOUT(
            index.data(MessageListModel::TransferStateRole).toInt() == int(TransferState::Uploading)
                && index.data(MessageListModel::TransferBytesRole).toLongLong() > 0,
            kWaitMs);
        const QPoint cancel = pointOf(row, BubbleAction::Cancel);
        QVERIFY(cancel.x() >= 0);
        QTest::mouseClick(chat()->messageView()->viewport(), Qt::LeftButton, {}, cancel);
        QTRY_VERIFY(
            index.data(MessageListModel::TransferStateRole).toInt() == int(TransferState::Cancelled)
            || index.data(MessageListModel::TransferStateRole).toInt()
                == int(TransferState::Failed));
        QVERIFY(index.data(MessageListModel::TransferProgressRole).toInt() < 100);
        // Retry starts it again, and Bob gets it.
        const int before = messageCount(m_bob, kAlice);
        const QPoint retry = pointOf(row, BubbleAction::Retry);
        QVERIFY(retry.x() >= 0);
        QTest::mouseClick(chat()->messageView()->viewport(), Qt::LeftButton, {}, retry);
        QTRY_VERIFY_WITH_TIMEOUT(
            index.data(MessageListModel::TransferStateRole).toInt() == int(TransferState::Done),
            kWaitMs * 3);
        QVERIFY(arrived(m_bob, kAlice, before, 1));
        QCOMPARE(
            newest(m_bob, kAlice, 1).first().content.file->name, QStringLiteral("dataset.bin"));
        QCOMPARE(newest(m_bob, kAlice, 1).first().content.file->size, 10 * kMiB);
    }

    void fileOverTheLimitIsRefused()
    {
        m_window->openChat(kBob);
        const QString path = m_files.filePath(QStringLiteral("archive.zip"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(kDocumentLimit + 1)); // sparse: quick to make
        }
        const int before = messageCount(m_alice, kBob);
        QCOMPARE(chat()->sendFiles(kBob, {path}), 0);
        QTRY_VERIFY(!chat()->noticeText().isEmpty());
        QVERIFY2(chat()->noticeText().contains(QLatin1String("12 MB")),
            qPrintable(chat()->noticeText()));
        QVERIFY(chat()->noticeText().contains(QLatin1String("archive.zip")));
        QCOMPARE(messageCount(m_alice, kBob), before); // nothing stored
    }

    void incomingPictureShowsItsThumbnail()
    {
        m_alice.client->setAutoDownloadLimit(0); // so it waits for a click
        m_window->openChat(kBob);
        const QString picture = writePicture(QStringLiteral("sunset.png"), QColor(220, 30, 30));
        const QByteArray thumbnail = ui::makeThumbnail(picture);
        QVERIFY(!thumbnail.isEmpty());
        const int before = messageCount(m_alice, kBob);
        QVERIFY(
            m_bob.client->sendFile(kAlice, picture, protocol::FileKind::Media, {}, thumbnail) != 0);
        QVERIFY(arrived(m_alice, kBob, before, 1));
        QTRY_COMPARE(
            messages()->index(messages()->rowCount() - 1).data(MessageListModel::KindRole).toInt(),
            int(MessageKind::Media));
        const int row = messages()->rowCount() - 1;
        const QModelIndex index = messages()->index(row);
        QVERIFY(!index.data(MessageListModel::ImageRole).value<QImage>().isNull());
        QVERIFY(index.data(MessageListModel::LocalPathRole).toString().isEmpty());
        // The bubble shows it: red inside the picture's body.
        ui::MessageListView *view = chat()->messageView();
        view->scrollToNewest();
        const QRect body
            = view->messageDelegate()->bodyRect(view->visualRect(view->viewIndex(row)), index);
        QVERIFY(view->viewport()->rect().contains(body));
        const QImage shot = view->viewport()->grab().toImage();
        const QColor c = shot.pixelColor(
            (QPointF(body.left() + 10, body.top() + 10) * shot.devicePixelRatio()).toPoint());
        QVERIFY2(c.red() > 180 && c.green() < 80, qPrintable(c.name()));
        QVERIFY(pointOf(row, BubbleAction::Download).x() >= 0);

        // A click on the picture downloads it and shows it in the viewer.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, body.topLeft() + QPoint(10, 10));
        ui::ImageViewerDialog *viewer = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (viewer = m_window->findChild<ui::ImageViewerDialog *>()), kWaitMs);
        QTRY_VERIFY(viewer->isLoaded());
        const QString local
            = messages()->index(row).data(MessageListModel::LocalPathRole).toString();
        QVERIFY(QFileInfo::exists(local));
        QCOMPARE(QImage(local).size(), QSize(400, 300));
        viewer->close();
        QTRY_VERIFY(!m_window->findChild<ui::ImageViewerDialog *>());
    }

    void clickOnDownloadFetchesTheDocument()
    {
        m_alice.client->setAutoDownloadLimit(0);
        m_window->openChat(kBob);
        const QByteArray bytes = randomBytes(600 * 1024);
        const QString path = writeFile(QStringLiteral("manual.pdf"), bytes);
        const int before = messageCount(m_alice, kBob);
        QVERIFY(m_bob.client->sendFile(kAlice, path, protocol::FileKind::Document) != 0);
        QVERIFY(arrived(m_alice, kBob, before, 1));
        QTRY_COMPARE(messages()
                         ->index(messages()->rowCount() - 1)
                         .data(MessageListModel::FileNameRole)
                         .toString(),
            QStringLiteral("manual.pdf"));
        const int row = messages()->rowCount() - 1;
        QCOMPARE(messages()->index(row).data(MessageListModel::TransferStateRole).toInt(),
            int(TransferState::None));
        const QPoint download = pointOf(row, BubbleAction::Download);
        QVERIFY(download.x() >= 0);
        QTest::mouseClick(chat()->messageView()->viewport(), Qt::LeftButton, {}, download);
        QTRY_VERIFY_WITH_TIMEOUT(
            messages()->index(row).data(MessageListModel::TransferStateRole).toInt()
                == int(TransferState::Done),
            kWaitMs);
        const QString local
            = messages()->index(row).data(MessageListModel::LocalPathRole).toString();
        QFile file(local);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(local));
        QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256),
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
        // Now it offers Open, which hands the file to the desktop.
        m_urls.urls.clear();
        QTest::mouseClick(chat()->messageView()->viewport(), Qt::LeftButton, {},
            pointOf(row, BubbleAction::Open));
        QCOMPARE(m_urls.urls, QList<QUrl>({QUrl::fromLocalFile(local)}));
        // … and Save as… copies it where the user says.
        QTest::mouseClick(chat()->messageView()->viewport(), Qt::LeftButton, {},
            pointOf(row, BubbleAction::SaveAs));
        QFileDialog *save = nullptr;
        QTRY_VERIFY((save = m_window->findChild<QFileDialog *>(QStringLiteral("saveFileDialog"))));
        const QString target = m_files.filePath(QStringLiteral("saved manual.pdf"));
        save->selectFile(target);
        static_cast<QDialog *>(save)->accept(); // QFileDialog::accept, which is protected
        QFile copy(target);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), bytes);
    }

    void locationAndContactCards()
    {
        m_window->openChat(kBob);
        const int before = messageCount(m_alice, kBob);
        QVERIFY(m_bob.client->sendLocation(kAlice,
                    protocol::GeoLocation {48.858370, 2.294481, QStringLiteral("Eiffel Tower"), {}})
            != 0);
        const QString vcard = QStringLiteral(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Carol\r\nTEL;TYPE=CELL:%1\r\nEND:VCARD\r\n")
                                  .arg(kCarol);
        QVERIFY(m_bob.client->sendContact(kAlice, vcard) != 0);
        const QString strangerCard
            = QStringLiteral("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Stranger\r\nTEL:%1\r\nEND:VCARD\r\n")
                  .arg(kStranger);
        QVERIFY(m_bob.client->sendContact(kAlice, strangerCard) != 0);
        QVERIFY(arrived(m_alice, kBob, before, 3));
        QTRY_COMPARE(
            messages()->index(messages()->rowCount() - 1).data(MessageListModel::KindRole).toInt(),
            int(MessageKind::Contact));
        const int last = messages()->rowCount() - 1;
        const int locationRow = last - 2;
        const int carolRow = last - 1;
        QCOMPARE(
            messages()->index(locationRow).data(MessageListModel::LocationLabelRole).toString(),
            QStringLiteral("Eiffel Tower"));
        QCOMPARE(messages()->index(carolRow).data(MessageListModel::ContactNameRole).toString(),
            QStringLiteral("Carol"));
        // The chat list says what came last.
        QTRY_COMPARE(m_window->conversationModel()
                         ->indexOf(kBob)
                         .data(ConversationListModel::LastPreviewRole)
                         .toString(),
            QStringLiteral("👤 Stranger"));

        // Painted: the pin on the map card.
        ui::MessageListView *view = chat()->messageView();
        view->scrollToNewest();
        const QRect map = view->messageDelegate()->bodyRect(
            view->visualRect(view->viewIndex(locationRow)), messages()->index(locationRow));
        QVERIFY(view->viewport()->rect().contains(map));
        const QImage shot = view->viewport()->grab().toImage();
        bool pin = false;
        for (int x = map.left(); x < map.right() && !pin; ++x) {
            for (int y = map.top(); y < map.bottom() && !pin; ++y) {
                const QColor c
                    = shot.pixelColor((QPointF(x, y) * shot.devicePixelRatio()).toPoint());
                pin = c.red() > 200 && c.green() < 90 && c.blue() < 90;
            }
        }
        QVERIFY(pin);

        // A click on the card opens the place on openstreetmap.org.
        m_urls.urls.clear();
        QTest::mouseClick(
            view->viewport(), Qt::LeftButton, {}, pointOf(locationRow, BubbleAction::OpenLocation));
        QCOMPARE(m_urls.urls,
            QList<QUrl>(
                {QUrl(QStringLiteral("https://www.openstreetmap.org/?mlat=48.858370&mlon=2.294481"
                                     "#map=16/48.858370/2.294481"))}));

        // "Message" on a number that is not on Natter says so.
        QTest::mouseClick(
            view->viewport(), Qt::LeftButton, {}, pointOf(last, BubbleAction::MessageContact));
        QTRY_VERIFY_WITH_TIMEOUT(chat()->noticeText().contains(kStranger), kWaitMs);
        QVERIFY(chat()->noticeText().contains(QLatin1String("is not on Natter")));
        QCOMPARE(m_window->currentChat(), kBob);
        // Save as .vcf… writes the card.
        QTest::mouseClick(
            view->viewport(), Qt::LeftButton, {}, pointOf(carolRow, BubbleAction::SaveContact));
        QFileDialog *save = nullptr;
        QTRY_VERIFY((save = m_window->findChild<QFileDialog *>(QStringLiteral("saveFileDialog"))));
        const QString target = m_files.filePath(QStringLiteral("Carol.vcf"));
        save->selectFile(target);
        static_cast<QDialog *>(save)->accept(); // QFileDialog::accept, which is protected
        QFile card(target);
        QVERIFY(card.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(card.readAll()), vcard);
        // … and on Carol's number opens her chat.
        QTest::mouseClick(
            view->viewport(), Qt::LeftButton, {}, pointOf(carolRow, BubbleAction::MessageContact));
        QTRY_COMPARE(m_window->currentChat(), kCarol);
    }

    void attachMenuSendsALocation()
    {
        m_window->openChat(kBob);
        QMenu *menu = chat()->attachButton()->menu();
        QVERIFY(menu);
        QStringList labels;
        for (QAction *action : menu->actions())
            labels << action->text();
        QCOMPARE(labels,
            QStringList({QStringLiteral("&Photo or video…"), QStringLiteral("&Document…"),
                QStringLiteral("&Location…"), QStringLiteral("&Contact…")}));
        const int before = messageCount(m_bob, kAlice);
        menu->findChild<QAction *>(QStringLiteral("attachLocationAction"))->trigger();
        ui::LocationDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ui::LocationDialog *>()));
        dialog->findChild<QLineEdit *>(QStringLiteral("latitudeEdit"))
            ->setText(QStringLiteral("51.5007"));
        dialog->findChild<QLineEdit *>(QStringLiteral("longitudeEdit"))
            ->setText(QStringLiteral("-0.1246"));
        dialog->findChild<QLineEdit *>(QStringLiteral("labelEdit"))
            ->setText(QStringLiteral("Big Ben"));
        QTRY_VERIFY(dialog->hasLocation());
        dialog->accept();
        QVERIFY(arrived(m_bob, kAlice, before, 1));
        const StoredMessage got = newest(m_bob, kAlice, 1).first();
        QCOMPARE(got.content.kind, MessageKind::Location);
        QCOMPARE(got.content.location->label, QStringLiteral("Big Ben"));
        QCOMPARE(got.content.location->latitude, 51.5007);
        QCOMPARE(got.content.location->longitude, -0.1246);
    }

    void downloadSettingsAreKeptAndApplied()
    {
        ui::DownloadSettingsDialog dialog(m_alice.client.get(), m_window.get());
        QCOMPARE(dialog.spinBox()->value(), ui::DownloadSettingsDialog::storedMegabytes());
        dialog.spinBox()->setValue(0);
        dialog.accept();
        QCOMPARE(m_alice.client->autoDownloadLimit(), 0);
        QCOMPARE(ui::DownloadSettingsDialog::storedMegabytes(), 0);
        ui::DownloadSettingsDialog again(m_alice.client.get(), m_window.get());
        QCOMPARE(again.spinBox()->value(), 0);
        again.spinBox()->setValue(8);
        again.accept();
        QCOMPARE(m_alice.client->autoDownloadLimit(), 8 * kMiB);
    }

    // With NATTER_SCREENSHOT_DIR set (run under Xvfb): the chat with every kind of bubble, in
    // the light and a dark palette, and the drop highlight.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("NATTER_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set NATTER_SCREENSHOT_DIR to write the screenshots");
        User dave(kDave, QStringLiteral("Dave Miller"));
        QVERIFY(dave.registerOn(m_server->url()));
        m_alice.client->setAutoDownloadLimit(4 * kMiB);
        QVERIFY(dave.client->sendText(kAlice, QStringLiteral("Photos from Saturday!")) != 0);
        QImage sunset(960, 640, QImage::Format_RGB32);
        {
            QPainter p(&sunset);
            QLinearGradient sky(0, 0, 0, 640);
            sky.setColorAt(0, QColor(0x3a, 0x2f, 0x7a));
            sky.setColorAt(0.55, QColor(0xf2, 0x8a, 0x3c));
            sky.setColorAt(1, QColor(0xfb, 0xd0, 0x6b));
            p.fillRect(sunset.rect(), sky);
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0xff, 0xe8, 0x9c));
            p.drawEllipse(QPointF(480, 430), 90, 90);
            p.setBrush(QColor(0x1d, 0x2b, 0x3a));
            p.drawRect(0, 470, 960, 170);
        }
        const QString picture = m_files.filePath(QStringLiteral("sunset.jpg"));
        QVERIFY(sunset.save(picture, "JPEG", 90));
        const int before = messageCount(m_alice, kDave);
        QVERIFY(dave.client->sendFile(kAlice, picture, protocol::FileKind::Media,
                    QStringLiteral("The view from the hut"), ui::makeThumbnail(picture))
            != 0);
        QVERIFY(arrived(m_alice, kDave, before, 2));
        const QString itinerary
            = writeFile(QStringLiteral("Itinerary.pdf"), randomBytes(240 * 1024));
        QVERIFY(m_alice.client->sendFile(kDave, itinerary, protocol::FileKind::Document) != 0);
        QTRY_VERIFY_WITH_TIMEOUT(messageCount(dave, kAlice) >= 3, kWaitMs);
        // An upload under way and one that failed (as the local database keeps them).
        {
            auto writer = m_alice.openWriter();
            QVERIFY(writer);
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            for (const bool failed : {false, true}) {
                protocol::MessageContent doc;
                doc.kind = protocol::MessageKind::Document;
                doc.file = protocol::FileRef {QStringLiteral("pending"),
                    failed ? QStringLiteral("Budget 2027.xlsx") : QStringLiteral("Hut video.mp4"),
                    failed ? QStringLiteral("application/vnd.ms-excel")
                           : QStringLiteral("video/mp4"),
                    failed ? 3 * kMiB / 2 : 58 * kMiB, {}};
                client::TransferRecord transfer;
                transfer.state = failed ? TransferState::Failed : TransferState::Uploading;
                transfer.bytesDone = failed ? 0 : 37 * kMiB;
                transfer.localPath = itinerary;
                transfer.error = failed ? QStringLiteral("The connection was lost.") : QString();
                QVERIFY(writer->addOutgoingFile(kDave,
                            QUuid::createUuid().toString(QUuid::WithoutBraces), doc,
                            now + (failed ? 2 : 1), transfer)
                    != 0);
            }
        }
        QVERIFY(
            dave.client->sendLocation(kAlice,
                protocol::GeoLocation {47.421, 10.985, QStringLiteral("Zugspitze summit"), 12.0})
            != 0);
        QVERIFY(dave.client->sendContact(kAlice,
                    QStringLiteral("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Erika Mustermann\r\n"
                                   "TEL;TYPE=cell:+49 151 23456789\r\nTEL;TYPE=work:+49 30 "
                                   "1234567\r\nEND:VCARD\r\n"))
            != 0);
        QVERIFY(arrived(m_alice, kDave, before, 7));
        m_window->resize(1100, 1000);
        m_window->openChat(kDave);
        // The chat model was made after the writer's rows: all seven are there.
        QTRY_VERIFY_WITH_TIMEOUT(messages()->rowCount() >= 7
                && !messages()->index(1).data(MessageListModel::LocalPathRole).toString().isEmpty(),
            kWaitMs);
        chat()->messageView()->scrollToNewest();
        QTest::qWait(300);
        QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("files-chat.png"))));

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(picture)});
        QDragEnterEvent enter(chat()->messageView()->geometry().center(), Qt::CopyAction, &mime,
            Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(chat(), &enter);
        QTest::qWait(100);
        QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("drop-overlay.png"))));
        QDragLeaveEvent leave;
        QApplication::sendEvent(chat(), &leave);

        const QPalette light = m_window->palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Button, QColor(0x33, 0x33, 0x33));
        dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        QApplication::setPalette(dark);
        QTest::qWait(300);
        QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("files-chat-dark.png"))));
        QApplication::setPalette(light);
        dave.client.reset();
    }
};

QTEST_MAIN(TestFileMessages)
#include "TestFileMessages.moc"
