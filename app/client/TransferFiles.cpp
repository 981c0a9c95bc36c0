#include "client/TransferFiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>

namespace natter::client {

using namespace natter::protocol;

PreparedFile hashFile(const QString &source, const QString &copyTo)
{
    PreparedFile result;
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly)) {
        result.error = QCoreApplication::translate("TransferManager", "Cannot read %1: %2")
                           .arg(QFileInfo(source).fileName(), in.errorString());
        return result;
    }
    QFile out(copyTo);
    if (!copyTo.isEmpty() && !out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        result.error = QCoreApplication::translate("TransferManager", "Cannot write %1: %2")
                           .arg(copyTo, out.errorString());
        return result;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer;
    while (true) {
        buffer = in.read(kMiB);
        if (buffer.isEmpty()) {
            if (in.error() != QFileDevice::NoError || !in.atEnd()) {
                result.error = QCoreApplication::translate("TransferManager", "Cannot read %1: %2")
                                   .arg(QFileInfo(source).fileName(), in.errorString());
                return result;
            }
            break;
        }
        hash.addData(buffer);
        result.size += buffer.size();
        if (!copyTo.isEmpty() && out.write(buffer) != buffer.size()) {
            result.error = QCoreApplication::translate(
                "TransferManager", "Cannot write %1 (is the disk full?): %2")
                               .arg(copyTo, out.errorString());
            out.remove();
            return result;
        }
    }
    if (!copyTo.isEmpty()) {
        if (!out.flush()) {
            result.error = QCoreApplication::translate(
                "TransferManager", "Cannot write %1 (is the disk full?): %2")
                               .arg(copyTo, out.errorString());
            out.remove();
            return result;
        }
        out.close();
        result.copy = copyTo;
    }
    result.sha256 = hash.result();
    // By content first (a photo without its extension is still a photo), then by name.
    const QMimeType type = QMimeDatabase().mimeTypeForFile(copyTo.isEmpty() ? source : copyTo);
    result.mime = type.isValid() ? type.name() : QStringLiteral("application/octet-stream");
    result.ok = true;
    return result;
}

QString safeFileName(const QString &name)
{
    QString out = QFileInfo(name).fileName();
    for (QChar &c : out)
        if (c == u'/' || c == u'\\' || c.category() == QChar::Other_Control)
            c = u'_';
    out = out.trimmed();
    if (out.size() > kMaxFileNameChars) {
        const QString suffix = QFileInfo(out).suffix();
        const qsizetype keep = kMaxFileNameChars - (suffix.isEmpty() ? 0 : suffix.size() + 1);
        out = keep > 0 && !suffix.isEmpty() ? out.left(keep) + u'.' + suffix
                                            : out.left(kMaxFileNameChars);
    }
    if (out.isEmpty() || out == QLatin1String(".") || out == QLatin1String(".."))
        out = QStringLiteral("file");
    return out;
}

QString uniqueFileName(const QString &dir, const QString &name)
{
    const QDir folder(dir);
    const QString safe = safeFileName(name);
    if (!QFileInfo::exists(folder.filePath(safe)))
        return folder.filePath(safe);
    const QFileInfo info(safe);
    QString base = info.completeBaseName();
    QString suffix = info.suffix();
    if (base.isEmpty()) { // ".bashrc"
        base = safe;
        suffix.clear();
    }
    for (int i = 1;; ++i) {
        const QString candidate = suffix.isEmpty()
            ? QStringLiteral("%1 (%2)").arg(base).arg(i)
            : QStringLiteral("%1 (%2).%3").arg(base).arg(i).arg(suffix);
        if (!QFileInfo::exists(folder.filePath(candidate)))
            return folder.filePath(candidate);
    }
}

QString reserveUniqueFile(const QString &dir, const QString &name)
{
    QDir().mkpath(dir);
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString path = uniqueFileName(dir, name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return path;
    }
    return uniqueFileName(dir, name);
}

QString formatMegabytes(qint64 bytes)
{
    const double mb = double(bytes) / double(kMiB);
    const QLocale locale;
    if (bytes % kMiB == 0)
        return QCoreApplication::translate("TransferManager", "%1 MB")
            .arg(locale.toString(bytes / kMiB));
    return QCoreApplication::translate("TransferManager", "%1 MB").arg(locale.toString(mb, 'f', 1));
}

QString sizeRefusal(FileKind kind, qint64 size, qint64 limit)
{
    // "16.0 MB" would not show why 16 MB + 1 byte is too much: then say the bytes.
    const QLocale locale;
    const QString has = qRound64(double(size) / double(kMiB) * 10) * kMiB <= limit * 10
        ? QCoreApplication::translate("TransferManager", "%1 bytes").arg(locale.toString(size))
        : formatMegabytes(size);
    if (kind == FileKind::Media)
        return QCoreApplication::translate(
            "TransferManager", "Photos and videos can be at most %1; this file has %2.")
            .arg(formatMegabytes(limit), has);
    return QCoreApplication::translate(
        "TransferManager", "Documents can be at most %1; this file has %2.")
        .arg(formatMegabytes(limit), has);
}

} // namespace natter::client
