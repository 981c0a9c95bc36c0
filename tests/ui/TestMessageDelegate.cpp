// The chat bubbles: sizes that follow the view's width (re-wrapping on resize, long words too),
// room for the date separator, and painting in a light and a dark palette with readable text,
// the bubble colours of the theme and the blue ticks of a read message.
#include "UiTestSupport.h"
#include "models/MessageListModel.h"
#include "ui/MessageDelegate.h"
#include "ui/MessageListView.h"
#include "ui/Theme.h"

#include <QApplication>
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
    }
    void cleanupTestCase()
    {
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
};

QTEST_MAIN(TestMessageDelegate)
#include "TestMessageDelegate.moc"
