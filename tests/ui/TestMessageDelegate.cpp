// The chat bubbles: sizes that follow the view's width (re-wrapping on resize, long words too),
// room for the date separator, and painting in a light and a dark palette with readable text,
// the bubble colours of the theme and the blue ticks of a read message.
#include "UiTestSupport.h"
#include "models/MessageListModel.h"
#include "ui/MessageDelegate.h"
#include "ui/MessageListView.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QBuffer>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QUuid>

using namespace natter;
using namespace natter::uitest;
using models::MessageListModel;
using ui::MessageListView;
using ui::Theme;

namespace {
const QString kAlice = QStringLiteral("+4915180000001");
const QString kBob = QStringLiteral("+4915180000002");
const QString kCarol = QStringLiteral("+4915180000003");
const QString kVCard = QStringLiteral(
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Dana Example\r\nTEL;TYPE=cell:+49 151 80000004\r\n"
    "TEL:+4930123456\r\nEND:VCARD\r\n");
const QString kLong = QStringLiteral(
    "Could you bring the long ladder? Mine is about a metre too short for the gutter on the north "
    "side, and I would rather not stand on a chair on top of a table again. Last time that ended "
    "with a sprained ankle and a very unimpressed neighbour.");

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Button, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

qreal contrast(const QColor &a, const QColor &b)
{
    return std::abs(a.lightnessF() - b.lightnessF());
}

bool near(const QColor &a, const QColor &b, int tolerance = 6)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}
} // namespace

class TestMessageDelegate : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    std::unique_ptr<test::TestServer> m_server;
    User m_alice {kAlice, QStringLiteral("Alice")};
    std::unique_ptr<MessageListModel> m_model;
    std::unique_ptr<MessageListView> m_view;
    // Carol's chat: 0 image (not downloaded), 1 location, 2 contact, then ours (not numbered by
    // the server yet, so they sort last): 3 document uploading (40 %), 4 document failed.
    std::unique_ptr<MessageListModel> m_filesModel;
    std::unique_ptr<MessageListView> m_filesView;

    void seedFiles()
    {
        auto writer = m_alice.openWriter();
        QVERIFY(writer);
        const qint64 now = QDateTime::currentMSecsSinceEpoch() - 30000;
        QImage red(160, 120, QImage::Format_RGB32);
        red.fill(QColor(210, 20, 20));
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(red.save(&buffer, "JPEG", 85));
        protocol::MessageContent image;
        image.kind = protocol::MessageKind::Media;
        image.file = protocol::FileRef {QStringLiteral("f-image"), QStringLiteral("beach.jpg"),
            QStringLiteral("image/jpeg"), 2 * 1024 * 1024, jpeg};
        protocol::MessageContent location;
        location.kind = protocol::MessageKind::Location;
        location.location = protocol::GeoLocation {
            52.516275, 13.377704, QStringLiteral("Brandenburg Gate"), 15.0};
        protocol::MessageContent contact;
        contact.kind = protocol::MessageKind::Contact;
        contact.vcard = kVCard;
        QVERIFY(!writer->addIncoming({{2000001, kCarol, kAlice, now, image}}, kAlice).isEmpty());
        for (const bool failed : {false, true}) {
            protocol::MessageContent doc;
            doc.kind = protocol::MessageKind::Document;
            doc.file = protocol::FileRef {QStringLiteral("pending"),
                failed ? QStringLiteral("draft.odt") : QStringLiteral("report.pdf"),
                QStringLiteral("application/pdf"), 10 * 1024 * 1024, {}};
            client::TransferRecord transfer;
            transfer.state
                = failed ? client::TransferState::Failed : client::TransferState::Uploading;
            transfer.bytesDone = failed ? 0 : 4 * 1024 * 1024;
            transfer.localPath = m_settings.filePath(QStringLiteral("report.pdf"));
            transfer.error = failed ? QStringLiteral("The server's disk is full.") : QString();
            QVERIFY(
                writer->addOutgoingFile(kCarol, QUuid::createUuid().toString(QUuid::WithoutBraces),
                    doc, now + (failed ? 2 : 1), transfer)
                != 0);
        }
        QVERIFY(!writer
                     ->addIncoming({{2000002, kCarol, kAlice, now + 3, location},
                                       {2000003, kCarol, kAlice, now + 4, contact}},
                         kAlice)
                     .isEmpty());
    }
    QImage grabFiles() { return m_filesView->viewport()->grab().toImage(); }
    QRect bodyOf(int row)
    {
        return m_filesView->messageDelegate()->bodyRect(
            m_filesView->visualRect(m_filesView->viewIndex(row)), m_filesModel->index(row));
    }
    // Whether some pixel of `rect` in `image` satisfies `test`.
    template<typename Test> static bool anyPixel(const QImage &image, const QRect &rect, Test test)
    {
        const qreal dpr = image.devicePixelRatio();
        for (int x = rect.left(); x <= rect.right(); ++x) {
            for (int y = rect.top(); y <= rect.bottom(); ++y) {
                if (test(image.pixelColor(QPointF(QPointF(x, y) * dpr).toPoint())))
                    return true;
            }
        }
        return false;
    }

    // Row 0: Bob's long text (a new day); row 1: the same again; row 2: a word of 300 letters;
    // row 3: ours, read; row 4: ours, failed.
    void seed()
    {
        auto writer = m_alice.openWriter();
        QVERIFY(writer);
        const qint64 now = QDateTime::currentMSecsSinceEpoch() - 60000;
        QVERIFY(!writer
                     ->addIncoming(
                         {{1000001, kBob, kAlice, now, protocol::MessageContent::fromText(kLong)},
                             {1000002, kBob, kAlice, now + 1,
                                 protocol::MessageContent::fromText(kLong)},
                             {1000003, kBob, kAlice, now + 2,
                                 protocol::MessageContent::fromText(QString(300, u'x'))}},
                         kAlice)
                     .isEmpty());
        const QString read = QUuid::createUuid().toString(QUuid::WithoutBraces);
        writer->addOutgoing(
            kBob, read, protocol::MessageContent::fromText(QStringLiteral("Sure thing")), now + 3);
        QVERIFY(writer->markSent(read, 1000004, now + 3));
        protocol::Receipt receipt;
        receipt.serverId = 1000004;
        receipt.clientId = read;
        receipt.state = protocol::DeliveryState::Read;
        QVERIFY(writer->applyReceipt(receipt));
        const qint64 failed
            = writer->addFailedOutgoing(kBob, QUuid::createUuid().toString(QUuid::WithoutBraces),
                protocol::MessageContent::fromText(QStringLiteral("nope")), now + 4,
                QStringLiteral("The message is too long."));
        QVERIFY(failed != 0);
    }
    int rowHeight(int row, int width)
    {
        m_view->resize(width, 600);
        QStyleOptionViewItem option;
        option.initFrom(m_view.get());
        return m_view->itemDelegate()->sizeHint(option, m_model->index(row)).height();
    }

private slots:
    void initTestCase()
    {
        isolateSettings(m_settings);
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        m_server = std::make_unique<test::TestServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        QVERIFY(m_alice.registerOn(m_server->url()));
        seed();
        m_model = std::make_unique<MessageListModel>(m_alice.client.get(), kBob);
        QCOMPARE(m_model->rowCount(), 5);
        m_view = std::make_unique<MessageListView>();
        m_view->setMessageModel(m_model.get());
        m_view->resize(700, 600);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));

        seedFiles();
        m_filesModel = std::make_unique<MessageListModel>(m_alice.client.get(), kCarol);
        QCOMPARE(m_filesModel->rowCount(), 5);
        m_filesView = std::make_unique<MessageListView>();
        m_filesView->setMessageModel(m_filesModel.get());
        m_filesView->resize(700, 1400);
        m_filesView->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_filesView.get()));
    }
    void cleanupTestCase()
    {
        m_filesView.reset();
        m_filesModel.reset();
        m_view.reset();
        m_model.reset();
        m_alice.client.reset();
        m_server.reset();
    }

    void heightFollowsTheWidth()
    {
        const int narrow = rowHeight(1, 360);
        const int wide = rowHeight(1, 1000);
        QVERIFY2(narrow > wide, qPrintable(QStringLiteral("%1 vs %2").arg(narrow).arg(wide)));
        // Back to the first width: the same height again (no stale cache).
        QCOMPARE(rowHeight(1, 360), narrow);
        // The view lays its rows out again on a resize: the bubble stays inside.
        m_view->resize(380, 600);
        QTRY_VERIFY(m_view->visualRect(m_view->viewIndex(1)).height() == rowHeight(1, 380));
        const QRect bubble = m_view->messageDelegate()->bubbleRect(
            m_view->visualRect(m_view->viewIndex(1)), m_model->index(1));
        QVERIFY(bubble.left() >= 0);
        QVERIFY(bubble.right() < m_view->viewport()->width());
    }

    void dateSeparatorTakesRoom()
    {
        QVERIFY(m_model->index(0).data(MessageListModel::DateSeparatorRole).toBool());
        QVERIFY(!m_model->index(1).data(MessageListModel::DateSeparatorRole).toBool());
        QVERIFY(rowHeight(0, 700) > rowHeight(1, 700) + 10);
    }

    void longWordsWrap()
    {
        const int height = rowHeight(2, 500);
        const QFontMetrics fm(m_view->font());
        QVERIFY2(height > 3 * fm.lineSpacing(), qPrintable(QString::number(height)));
        m_view->resize(500, 600);
        QTRY_VERIFY(m_view->visualRect(m_view->viewIndex(2)).height() == height);
        const QRect bubble = m_view->messageDelegate()->bubbleRect(
            m_view->visualRect(m_view->viewIndex(2)), m_model->index(2));
        QVERIFY(bubble.right() < m_view->viewport()->width());
        QVERIFY(bubble.width() <= m_view->viewport()->width() * 3 / 4 + 1);
    }

    void paintsInEitherPalette_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addRow("light") << false;
        QTest::addRow("dark") << true;
    }
    void paintsInEitherPalette()
    {
        QFETCH(bool, dark);
        const QPalette palette = dark ? darkPalette() : QApplication::style()->standardPalette();
        m_view->setPalette(palette);
        m_view->resize(700, 600);
        m_view->scrollToNewest();
        QTRY_VERIFY(m_view->isAtBottom());
        const Theme theme = Theme::from(palette);
        QCOMPARE(theme.dark, dark);
        // Text reads well on both bubbles, and the bubbles stand out from the background.
        QVERIFY(contrast(theme.bubbleText, theme.ownBubble) > 0.5);
        QVERIFY(contrast(theme.bubbleText, theme.otherBubble) > 0.5);
        QVERIFY(theme.ownBubble != theme.otherBubble);
        QVERIFY(theme.ownBubble.green() > theme.ownBubble.red());

        const QImage image = m_view->viewport()->grab().toImage();
        const qreal dpr = image.devicePixelRatio();
        auto pixel = [&](const QPoint &p) { return image.pixelColor(QPointF(p * dpr).toPoint()); };
        // Ours (row 3): the theme's colour inside, blue ticks somewhere in its bottom right.
        const QRect own = m_view->messageDelegate()->bubbleRect(
            m_view->visualRect(m_view->viewIndex(3)), m_model->index(3));
        QVERIFY(m_view->viewport()->rect().contains(own));
        QVERIFY(near(pixel(own.topLeft() + QPoint(4, own.height() / 2)), theme.ownBubble));
        bool blue = false;
        bool text = false;
        for (int x = own.left(); x <= own.right(); ++x) {
            for (int y = own.top(); y <= own.bottom(); ++y) {
                const QColor c = pixel(QPoint(x, y));
                blue = blue || (c.blue() > c.red() + 60 && c.blue() > 150);
                text = text || contrast(c, theme.ownBubble) > 0.45;
            }
        }
        QVERIFY2(blue, "read: blue ticks");
        QVERIFY2(text, "the text is painted in a readable colour");
        // The peer's bubble (row 2) in its colour, on the left.
        const QRect other = m_view->messageDelegate()->bubbleRect(
            m_view->visualRect(m_view->viewIndex(2)), m_model->index(2));
        QVERIFY(other.left() < m_view->viewport()->width() / 4);
        QVERIFY(near(pixel(other.topLeft() + QPoint(4, other.height() / 2)), theme.otherBubble));
        // The failed one (row 4): the red badge beside it.
        const QRect badge = m_view->messageDelegate()->failedBadgeRect(
            m_view->visualRect(m_view->viewIndex(4)), m_model->index(4));
        QVERIFY(!badge.isEmpty());
        const QColor red = pixel(badge.center() + QPoint(badge.width() / 4, 0));
        QVERIFY2(red.red() > red.green() + 80, qPrintable(red.name()));
        QCOMPARE(m_model->index(4).data(Qt::ToolTipRole).toString(),
            QStringLiteral("The message is too long."));
    }

    void fileRolesComeFromTheMessage()
    {
        const QModelIndex image = m_filesModel->index(0);
        QCOMPARE(
            image.data(MessageListModel::FileNameRole).toString(), QStringLiteral("beach.jpg"));
        QVERIFY(!image.data(MessageListModel::ImageRole).value<QImage>().isNull());
        QCOMPARE(image.data(MessageListModel::TransferStateRole).toInt(),
            int(client::TransferState::None));
        QCOMPARE(m_filesModel->index(3).data(MessageListModel::TransferProgressRole).toInt(), 40);
        QCOMPARE(m_filesModel->index(4).data(MessageListModel::TransferErrorRole).toString(),
            QStringLiteral("The server's disk is full."));
        QCOMPARE(m_filesModel->index(1).data(MessageListModel::LocationUrlRole).toUrl(),
            QUrl(QStringLiteral("https://www.openstreetmap.org/?mlat=52.516275&mlon=13.377704"
                                "#map=16/52.516275/13.377704")));
        QCOMPARE(m_filesModel->index(2).data(MessageListModel::ContactNameRole).toString(),
            QStringLiteral("Dana Example"));
        QCOMPARE(m_filesModel->index(2).data(MessageListModel::ContactPhonesRole).toStringList(),
            QStringList({QStringLiteral("+49 151 80000004"), QStringLiteral("+4930123456")}));
        // The chat list and copies describe them in words.
        QCOMPARE(image.data(MessageListModel::TextRole).toString(), QStringLiteral("📷 Photo"));
        QCOMPARE(m_filesModel->index(2).data(MessageListModel::TextRole).toString(),
            QStringLiteral("👤 Dana Example"));
    }

    void bodiesSitInsideTheirBubbles()
    {
        m_filesView->resize(700, 1400);
        m_filesView->scrollToNewest();
        for (int row = 0; row < m_filesModel->rowCount(); ++row) {
            const QRect rowRect = m_filesView->visualRect(m_filesView->viewIndex(row));
            const QRect body = bodyOf(row);
            const QRect bubble
                = m_filesView->messageDelegate()->bubbleRect(rowRect, m_filesModel->index(row));
            QVERIFY2(!body.isEmpty(), qPrintable(QString::number(row)));
            QVERIFY2(
                bubble.adjusted(-1, -1, 1, 1).contains(body), qPrintable(QString::number(row)));
            QVERIFY(body.width() >= 150);
        }
        // A narrow window: the cards shrink with it and stay inside.
        m_filesView->resize(300, 1400);
        QTRY_VERIFY(m_filesView->viewport()->width() <= 300);
        for (int row = 0; row < m_filesModel->rowCount(); ++row) {
            const QRect body = bodyOf(row);
            QVERIFY2(
                body.right() < m_filesView->viewport()->width(), qPrintable(QString::number(row)));
        }
        m_filesView->resize(700, 1400);
    }

    void paintsTheBodies_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addRow("light") << false;
        QTest::addRow("dark") << true;
    }
    void paintsTheBodies()
    {
        QFETCH(bool, dark);
        const QPalette palette = dark ? darkPalette() : QApplication::style()->standardPalette();
        m_filesView->setPalette(palette);
        const Theme theme = Theme::from(palette);
        m_filesView->resize(700, 1400);
        m_filesView->scrollToNewest();
        QTRY_VERIFY(m_filesView->viewport()->rect().contains(bodyOf(0)));
        const QImage image = grabFiles();
        auto isRed
            = [](const QColor &c) { return c.red() > 170 && c.green() < 90 && c.blue() < 90; };
        // The thumbnail fills the image body.
        const QRect picture = bodyOf(0);
        QVERIFY(anyPixel(
            image, picture.adjusted(4, 4, -picture.width() / 2, -picture.height() / 2), isRed));
        // Uploading: the progress bar in the accent colour.
        QVERIFY2(
            anyPixel(image, bodyOf(3), [&](const QColor &c) { return near(c, theme.accent, 12); }),
            "progress bar");
        // Failed: the error in the theme's red.
        QVERIFY2(
            anyPixel(image, bodyOf(4), [&](const QColor &c) { return near(c, theme.failed, 40); }),
            "failure in red");
        // The location card: the red pin on the map.
        QVERIFY2(
            anyPixel(image, bodyOf(1),
                [](const QColor &c) { return c.red() > 200 && c.green() < 90 && c.blue() < 90; }),
            "pin");
        // The contact card: text in the accent colour (its buttons).
        QVERIFY2(
            anyPixel(image, bodyOf(2), [&](const QColor &c) { return near(c, theme.accent, 40); }),
            "buttons");
    }

    void buttonsAreHitThroughTheDelegate_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("action");
        QTest::addRow("image: download") << 0 << int(ui::BubbleAction::Download);
        QTest::addRow("location: open the map") << 1 << int(ui::BubbleAction::OpenLocation);
        QTest::addRow("contact: message") << 2 << int(ui::BubbleAction::MessageContact);
        QTest::addRow("contact: save") << 2 << int(ui::BubbleAction::SaveContact);
        QTest::addRow("uploading: cancel") << 3 << int(ui::BubbleAction::Cancel);
        QTest::addRow("failed: retry") << 4 << int(ui::BubbleAction::Retry);
    }
    void buttonsAreHitThroughTheDelegate()
    {
        QFETCH(int, row);
        QFETCH(int, action);
        m_filesView->setPalette(QApplication::style()->standardPalette());
        m_filesView->resize(700, 1400);
        m_filesView->scrollToNewest();
        const QRect rowRect = m_filesView->visualRect(m_filesView->viewIndex(row));
        const QPoint point = m_filesView->messageDelegate()->actionPoint(
            rowRect, m_filesModel->index(row), ui::BubbleAction(action));
        QVERIFY(m_filesView->viewport()->rect().contains(point));
        QSignalSpy spy(m_filesView.get(), &MessageListView::actionRequested);
        QTest::mouseClick(m_filesView->viewport(), Qt::LeftButton, {}, point);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toLongLong(),
            m_filesModel->index(row).data(MessageListModel::LocalIdRole).toLongLong());
        QCOMPARE(spy.at(0).at(1).value<ui::BubbleAction>(), ui::BubbleAction(action));
        // The text of a text message is no button.
        QSignalSpy none(m_view.get(), &MessageListView::actionRequested);
        const QRect textRow = m_view->visualRect(m_view->viewIndex(3));
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {},
            m_view->messageDelegate()->bubbleRect(textRow, m_model->index(3)).center());
        QCOMPARE(none.size(), 0);
    }
};

QTEST_MAIN(TestMessageDelegate)
#include "TestMessageDelegate.moc"
