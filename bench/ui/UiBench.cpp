// natter-ui-bench: how the desktop app copes with a big history (issue 3). It fills a local
// database (100,000 messages in 1,000 conversations, one of them with 20,000), then starts
// itself again as the app would start — the real MainWindow on a saved session — and prints:
// the time from process start to the main window shown with the conversation list filled, the
// time to open the largest conversation at its newest page, the time to scroll up through
// 2,000 older messages loaded lazily (wheel step by wheel step, every frame painted), and the
// peak resident memory (VmHWM). Runs headless: QT_QPA_PLATFORM=offscreen (the default here).
#include "BenchData.h"

#include "client/ChatClient.h"
#include "client/LocalStore.h"
#include "models/ConversationListModel.h"
#include "models/MessageListModel.h"
#include "ui/ChatView.h"
#include "ui/MainWindow.h"
#include "ui/MessageListView.h"
#include "ui/Sidebar.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QListView>
#include <QLoggingCategory>
#include <QProcess>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace natter;

namespace {

// Monotonic nanoseconds, the same clock in both processes (CLOCK_MONOTONIC).
qint64 nowNs()
{
    return QDeadlineTimer::current().deadlineNSecs();
}

double msSince(qint64 startNs)
{
    return double(nowNs() - startNs) / 1e6;
}

// A line of /proc/self/status in MiB ("VmHWM", "VmRSS").
double procStatusMiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

// Notices when `widget` paints while `ready` holds, so a wait ends after that frame is drawn.
class PaintProbe final : public QObject
{
public:
    PaintProbe(QWidget *widget, std::function<bool()> ready)
        : m_widget(widget)
        , m_ready(std::move(ready))
    {
        widget->installEventFilter(this);
    }
    void arm() { m_painted = false; }
    bool painted() const { return m_painted; }
    // Runs the event loop until a frame was painted in the ready state; false on timeout.
    bool wait(int timeoutMs)
    {
        if (m_painted)
            return true;
        QEventLoop loop;
        m_loop = &loop;
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        m_loop = nullptr;
        return m_painted;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && event->type() == QEvent::Paint && m_ready()) {
            m_painted = true;
            if (m_loop)
                m_loop->quit(); // leaves the loop once this paint event is done
        }
        return false;
    }

private:
    QWidget *m_widget;
    std::function<bool()> m_ready;
    bool m_painted = false;
    QEventLoop *m_loop = nullptr;
};

struct Stats
{
    double avg = 0, p50 = 0, p95 = 0, max = 0;
};

Stats statsOf(QList<double> values)
{
    Stats s;
    if (values.isEmpty())
        return s;
    std::sort(values.begin(), values.end());
    double sum = 0;
    for (const double v : values)
        sum += v;
    s.avg = sum / values.size();
    s.p50 = values.at(values.size() / 2);
    s.p95 = values.at(qMin(values.size() - 1, qsizetype(values.size() * 0.95)));
    s.max = values.constLast();
    return s;
}

// ---- the measuring process: the app as it starts ------------------------------------------------

int measure(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption measureOption(QStringLiteral("measure"));
    const QCommandLineOption dataOption(QStringLiteral("data"), {}, QStringLiteral("dir"));
    const QCommandLineOption t0Option(QStringLiteral("t0"), {}, QStringLiteral("ns"));
    const QCommandLineOption peerOption(
        QStringLiteral("largest-peer"), {}, QStringLiteral("phone"));
    const QCommandLineOption conversationsOption(
        QStringLiteral("conversations"), {}, QStringLiteral("n"));
    const QCommandLineOption scrollOption(QStringLiteral("scroll"), {}, QStringLiteral("n"));
    parser.addOptions(
        {measureOption, dataOption, t0Option, peerOption, conversationsOption, scrollOption});
    parser.process(app);
    const qint64 t0 = parser.value(t0Option).toLongLong();
    const double qapplicationMs = double(nowNs() - t0) / 1e6;
    const QString dataDir = parser.value(dataOption);
    const int conversations = parser.value(conversationsOption).toInt();
    const int scrollMessages = parser.value(scrollOption).toInt();
    const QString largestPeer = parser.value(peerOption);

    // As main.cpp: the app's settings live in the data directory.
    QApplication::setApplicationName(QStringLiteral("Natter"));
    QApplication::setOrganizationName(QStringLiteral("Natter"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dataDir);

    client::ChatClient client(dataDir, nullptr, QStringLiteral("natter-ui-bench"));
    ui::MainWindow window(&client);
    QListView *chatList = window.sidebar()->listView();
    PaintProbe listPainted(chatList->viewport(),
        [&] { return window.conversationModel()->rowCount() >= conversations; });
    window.start(); // resumes the saved session: the local history opens at once
    if (!listPainted.wait(120'000)) {
        print(
            QStringLiteral("FAILED: the chat list was not shown with %1 conversations (it has %2)")
                .arg(conversations)
                .arg(window.conversationModel()->rowCount()));
        return 1;
    }
    const double shownMs = msSince(t0);
    const double rssShown = procStatusMiB("VmRSS");

    // Open the largest conversation: its newest page painted, at the bottom.
    ui::MessageListView *messages = window.chatView()->messageView();
    PaintProbe messagesPainted(messages->viewport(), [&] {
        const auto *model = window.chatView()->messageModel();
        return model && model->peer() == largestPeer && model->rowCount() > 0
            && messages->isAtBottom();
    });
    const qint64 openStart = nowNs();
    window.openChat(largestPeer);
    if (!messagesPainted.wait(60'000)) {
        print(QStringLiteral("FAILED: the largest conversation did not open"));
        return 1;
    }
    const double openMs = msSince(openStart);
    models::MessageListModel *model = window.chatView()->messageModel();
    const int firstPage = model->rowCount();

    // Scroll to the top with the mouse wheel, one notch per frame, until 2,000 older messages
    // have been loaded by lazy loading. Every step is timed including its paint.
    const int target = firstPage + scrollMessages;
    QList<double> frames;
    QList<double> fetchFrames;
    QWidget *viewport = messages->viewport();
    PaintProbe framePainted(viewport, [] { return true; });
    const QPointF centre(viewport->width() / 2.0, viewport->height() / 2.0);
    const qint64 scrollStart = nowNs();
    const QDeadlineTimer scrollDeadline(300'000);
    while (model->rowCount() < target && !scrollDeadline.hasExpired()) {
        const int rowsBefore = model->rowCount();
        const qint64 stepStart = nowNs();
        framePainted.arm();
        QWheelEvent wheel(centre, viewport->mapToGlobal(centre), QPoint(), QPoint(0, 120),
            Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport, &wheel);
        QCoreApplication::processEvents(); // the queued fetch of an older page, the repaint
        if (!framePainted.painted())
            viewport->repaint();
        const double step = msSince(stepStart);
        frames.append(step);
        if (model->rowCount() > rowsBefore)
            fetchFrames.append(step);
        if (messages->verticalScrollBar()->value() == messages->verticalScrollBar()->minimum()
            && !model->canFetchMore({}))
            break; // the whole history is loaded
    }
    const double scrollMs = msSince(scrollStart);
    const int loaded = model->rowCount() - firstPage;

    const Stats frame = statsOf(frames);
    const Stats fetch = statsOf(fetchFrames);
    print(QStringLiteral("process start → QApplication ready:              %1 ms")
              .arg(qapplicationMs, 0, 'f', 0));
    print(QStringLiteral("process start → main window shown, %1 chats listed: %2 ms")
              .arg(window.conversationModel()->rowCount())
              .arg(shownMs, 0, 'f', 0));
    print(QStringLiteral(
        "open the largest conversation (%1 messages), newest page of %2 painted: %3 ms")
              .arg(model->peer() == largestPeer ? client.store()->messageCount(largestPeer) : 0)
              .arg(firstPage)
              .arg(openMs, 0, 'f', 1));
    print(QStringLiteral(
        "scroll to the top through %1 older messages (lazy loading): %2 ms in %3 wheel steps")
              .arg(loaded)
              .arg(scrollMs, 0, 'f', 0)
              .arg(frames.size()));
    print(
        QStringLiteral("  frame time per wheel step: avg %1 ms, median %2 ms, p95 %3 ms, max %4 ms")
            .arg(frame.avg, 0, 'f', 2)
            .arg(frame.p50, 0, 'f', 2)
            .arg(frame.p95, 0, 'f', 2)
            .arg(frame.max, 0, 'f', 2));
    print(QStringLiteral("  steps that loaded an older page: %1, avg %2 ms, max %3 ms")
              .arg(fetchFrames.size())
              .arg(fetch.avg, 0, 'f', 2)
              .arg(fetch.max, 0, 'f', 2));
    print(QStringLiteral("resident memory: %1 MiB when shown, %2 MiB now; peak (VmHWM) %3 MiB")
              .arg(rssShown, 0, 'f', 1)
              .arg(procStatusMiB("VmRSS"), 0, 'f', 1)
              .arg(procStatusMiB("VmHWM"), 0, 'f', 1));
    if (loaded < scrollMessages) {
        print(QStringLiteral("FAILED: only %1 older messages were loaded").arg(loaded));
        return 1;
    }
    window.hide();
    return 0;
}

// ---- the driving process: fills the database, starts the measuring one -------------------------

int drive(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("natter.*.debug=false\nnatter.*.info=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Fills a local Natter database and measures the desktop app opening it "
                       "(QT_QPA_PLATFORM=offscreen)."));
    parser.addHelpOption();
    bench::BenchShape shape;
    const QCommandLineOption messagesOption(QStringLiteral("messages"),
        QStringLiteral("Messages in all (100000)."), QStringLiteral("n"),
        QString::number(shape.messages));
    const QCommandLineOption conversationsOption(QStringLiteral("conversations"),
        QStringLiteral("Conversations (1000)."), QStringLiteral("n"),
        QString::number(shape.conversations));
    const QCommandLineOption largestOption(QStringLiteral("largest"),
        QStringLiteral("Messages in the largest conversation (20000)."), QStringLiteral("n"),
        QString::number(shape.largest));
    const QCommandLineOption scrollOption(QStringLiteral("scroll"),
        QStringLiteral("Older messages to scroll through (2000)."), QStringLiteral("n"),
        QStringLiteral("2000"));
    const QCommandLineOption dataOption(QStringLiteral("data"),
        QStringLiteral("Keep the data directory here (default: a temporary one)."),
        QStringLiteral("dir"));
    parser.addOptions(
        {messagesOption, conversationsOption, largestOption, scrollOption, dataOption});
    parser.process(app);
    shape.messages = parser.value(messagesOption).toInt();
    shape.conversations = parser.value(conversationsOption).toInt();
    shape.largest = parser.value(largestOption).toInt();

    QTemporaryDir temporary;
    const QString dataDir = parser.isSet(dataOption) ? parser.value(dataOption) : temporary.path();
#ifdef NDEBUG
    const QString build = QStringLiteral("optimised build");
#else
    const QString build = QStringLiteral("unoptimised (debug) build");
#endif
    print(
        QStringLiteral("natter-ui-bench (%1): %2 messages in %3 conversations, the largest with %4")
            .arg(build)
            .arg(shape.messages)
            .arg(shape.conversations)
            .arg(shape.largest));
    const bench::BenchData data = bench::fillDataDirectory(dataDir, shape);
    if (!data.error.isEmpty()) {
        print(QStringLiteral("FAILED: %1").arg(data.error));
        return 1;
    }
    print(QStringLiteral("filled the local database in %1 s (%2 MiB on disk)")
              .arg(data.fillMs / 1000.0, 0, 'f', 1)
              .arg(data.databaseBytes / 1048576.0, 0, 'f', 1));

    QProcess app2;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"),
        QStringLiteral("natter.*.debug=false;natter.*.info=false"));
    app2.setProcessEnvironment(env);
    app2.setProcessChannelMode(QProcess::ForwardedChannels);
    const qint64 t0 = nowNs();
    app2.start(QCoreApplication::applicationFilePath(),
        {QStringLiteral("--measure"), QStringLiteral("--data"), dataDir, QStringLiteral("--t0"),
            QString::number(t0), QStringLiteral("--largest-peer"), data.largestPeer,
            QStringLiteral("--conversations"), QString::number(shape.conversations),
            QStringLiteral("--scroll"), parser.value(scrollOption)});
    if (!app2.waitForFinished(600'000) || app2.exitStatus() != QProcess::NormalExit) {
        print(QStringLiteral("FAILED: the measuring process did not finish"));
        return 1;
    }
    return app2.exitCode();
}

} // namespace

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--measure") == 0)
            return measure(argc, argv);
    }
    return drive(argc, argv);
}
