#include "BenchData.h"

#include "client/ChatClient.h"
#include "client/LocalStore.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSettings>
#include <QUrl>

#include <algorithm>

namespace natter::bench {

namespace {

constexpr int kBatch = 5'000; // messages per addIncoming() call (one transaction each)

const char *const kFirstNames[] = {"Ada", "Grace", "Linus", "Margaret", "Alan", "Barbara", "Dennis",
    "Frances", "Ken", "Radia", "Tim", "Hedy", "Donald", "Sophie", "Edsger", "Katherine", "John",
    "Annie", "Bjarne", "Lynn", "Guido", "Shafi", "Niklaus", "Joan"};
const char *const kLastNames[]
    = {"Lovelace", "Hopper", "Torvalds", "Hamilton", "Turing", "Liskov", "Ritchie", "Allen",
        "Thompson", "Perlman", "Berners-Lee", "Lamarr", "Knuth", "Wilson", "Dijkstra", "Johnson",
        "McCarthy", "Easley", "Stroustrup", "Conway", "van Rossum", "Goldwasser"};
const char *const kWords[] = {"sure", "tomorrow", "the", "meeting", "is", "at", "nine", "did",
    "you", "see", "photos", "from", "weekend", "lunch", "sounds", "good", "I'll", "be", "late",
    "train", "delayed", "again", "thanks", "a", "lot", "call", "me", "when", "free", "haha",
    "exactly", "what", "I", "thought", "cake", "tonight", "bring", "kids", "dinner", "ready"};

template<size_t N> const char *pick(const char *const (&list)[N], QRandomGenerator &random)
{
    return list[random.bounded(int(N))];
}

// A chat-like text: mostly short, sometimes a paragraph, now and then several lines.
QString messageText(QRandomGenerator &random)
{
    const int roll = random.bounded(100);
    const int words = roll < 60 ? 1 + random.bounded(8)
        : roll < 92             ? 8 + random.bounded(25)
                                : 30 + random.bounded(60);
    QString text;
    for (int i = 0; i < words; ++i) {
        if (i > 0)
            text += (roll >= 95 && random.bounded(12) == 0) ? QStringLiteral("\n")
                                                            : QStringLiteral(" ");
        text += QLatin1String(pick(kWords, random));
    }
    text[0] = text[0].toUpper();
    return text + (random.bounded(4) == 0 ? QStringLiteral("?") : QStringLiteral("."));
}

// How many messages each conversation gets: `largest` for the first, the rest falling off like
// a real chat list (a few busy chats, many quiet ones), every one at least one message.
QList<int> conversationSizes(const BenchShape &shape)
{
    QList<int> sizes(shape.conversations, 1);
    sizes[0] = shape.largest;
    const int others = shape.conversations - 1;
    const int rest = shape.messages - shape.largest - others;
    double total = 0;
    for (int k = 1; k <= others; ++k)
        total += 1.0 / (k + 20);
    int given = 0;
    for (int k = 1; k <= others; ++k) {
        const int extra = int(rest * (1.0 / (k + 20)) / total);
        sizes[k] += extra;
        given += extra;
    }
    for (int k = 1; given < rest; k = k % others + 1, ++given)
        sizes[k] += 1;
    return sizes;
}

} // namespace

BenchData fillDataDirectory(const QString &dataDir, const BenchShape &shape)
{
    BenchData out;
    out.selfPhone = QStringLiteral("+4915100000000");
    const auto peerPhone
        = [](int k) { return QStringLiteral("+49152%1").arg(k + 1, 8, 10, QLatin1Char('0')); };
    out.largestPeer = peerPhone(0);
    if (shape.conversations < 2 || shape.largest >= shape.messages
        || shape.messages - shape.largest < shape.conversations - 1) {
        out.error = QStringLiteral("impossible shape");
        return out;
    }

    QElapsedTimer timer;
    timer.start();
    QDir().mkpath(dataDir);
    {
        // What ChatClient remembers of the last account (no secret), so the app resumes it.
        QSettings account(
            QDir(dataDir).filePath(QStringLiteral("account.ini")), QSettings::IniFormat);
        account.setValue(QStringLiteral("account/server"), QStringLiteral("ws://127.0.0.1:7350"));
        account.setValue(QStringLiteral("account/phone"), out.selfPhone);
        account.setValue(QStringLiteral("account/name"), QStringLiteral("Bench User"));
    }
    const QString path = client::ChatClient::databasePath(dataDir, out.selfPhone);
    QFile::remove(path);
    client::LocalStore store(path);
    if (!store.open(&out.error))
        return out;

    QRandomGenerator random(20260101);
    for (int k = 0; k < shape.conversations; ++k) {
        const QString name = QLatin1String(pick(kFirstNames, random)) + u' '
            + QLatin1String(pick(kLastNames, random));
        store.upsertContact({peerPhone(k), name, true});
    }

    // Every message's conversation, shuffled, so all chats have history spread over two years.
    const QList<int> sizes = conversationSizes(shape);
    QList<int> owner;
    owner.reserve(shape.messages);
    for (int k = 0; k < shape.conversations; ++k)
        owner.insert(owner.size(), sizes[k], k);
    std::shuffle(owner.begin(), owner.end(), random);

    const qint64 end = QDateTime::currentMSecsSinceEpoch() - 60'000;
    const qint64 span = qint64(2) * 365 * 24 * 3600 * 1000;
    const qint64 step = span / shape.messages;
    QList<protocol::ChatMessage> batch;
    batch.reserve(kBatch);
    for (int i = 0; i < shape.messages; ++i) {
        protocol::ChatMessage m;
        m.serverId = i + 1;
        const QString peer = peerPhone(owner[i]);
        const bool outgoing = random.bounded(2) == 0;
        m.from = outgoing ? out.selfPhone : peer;
        m.to = outgoing ? peer : out.selfPhone;
        m.timestamp = end - span + i * step + random.bounded(int(qMax<qint64>(1, step / 2)));
        m.content = protocol::MessageContent::fromText(messageText(random));
        batch.append(m);
        if (batch.size() == kBatch || i + 1 == shape.messages) {
            const auto stored = store.addIncoming(batch, out.selfPhone);
            if (stored.isEmpty() || stored.constFirst().localId == 0) {
                out.error = QStringLiteral("storing messages failed");
                return out;
            }
            batch.clear();
        }
    }
    // All read, except a few chats (never the big one) whose incoming messages stay unread.
    for (int k = 0; k < shape.conversations; ++k) {
        if (k == 0 || k % (shape.conversations / qMax(1, shape.unreadConversations)) != 1)
            store.markConversationRead(peerPhone(k));
    }
    store.close();
    out.fillMs = timer.elapsed();
    for (const QFileInfo &file :
        QDir(dataDir).entryInfoList({QStringLiteral("*.sqlite*")}, QDir::Files))
        out.databaseBytes += file.size();
    return out;
}

} // namespace natter::bench
