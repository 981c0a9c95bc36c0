#pragma once

// Data helpers of TestFileTransfers: file contents, hashes, and the shape of progress signals.

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>

#include <algorithm>

namespace natter::test {

// `size` random bytes after `prefix` (a PNG signature makes the content sniff as image/png).
inline QByteArray randomBytes(qint64 size, const QByteArray &prefix = {})
{
    QByteArray data(size, Qt::Uninitialized);
    auto *words = reinterpret_cast<quint32 *>(data.data());
    QRandomGenerator::global()->fillRange(words, size / 4);
    for (qint64 i = size / 4 * 4; i < size; ++i)
        data[i] = char(i);
    std::copy(prefix.begin(), prefix.end(), data.begin());
    return data;
}

inline const QByteArray kPngSignature("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);

inline QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Progress signals of one transfer in `spy`: the arguments from `idArg` on are (id, done,
// total). True when those for `id` never decrease, all name `size` as total and the last is at
// `size`; otherwise `why` says what was seen.
inline bool progressRises(const QSignalSpy &spy, int idArg, const QVariant &id, qint64 size, QString *why)
{
    qint64 last = -1;
    int seen = 0;
    for (const auto &args : spy) {
        if (args.at(idArg) != id)
            continue;
        ++seen;
        const qint64 done = args.at(idArg + 1).toLongLong();
        if (done < last || args.at(idArg + 2).toLongLong() != size) {
            *why = QStringLiteral("progress went from %1 to %2 (total %3)")
                       .arg(last)
                       .arg(done)
                       .arg(args.at(idArg + 2).toLongLong());
            return false;
        }
        last = done;
    }
    if (seen == 0 || last != size) {
        *why = QStringLiteral("%1 progress signals, the last at %2 of %3")
                   .arg(seen)
                   .arg(last)
                   .arg(size);
        return false;
    }
    return true;
}

// The transferProgress(peer, localId, done, total) signals of one message.
inline bool progressIsMonotonic(const QSignalSpy &spy, qint64 localId, qint64 size, QString *why)
{
    return progressRises(spy, 1, QVariant(localId), size, why);
}

const QString kVCard = QStringLiteral("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Carol Example\r\n"
                                      "TEL;TYPE=cell:+4915110000003\r\nEND:VCARD\r\n");

} // namespace natter::test
