#pragma once

#include "protocol/ErrorCode.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace natter::protocol {

// Reads typed fields out of a JSON object and remembers the first thing that was wrong, so a
// decoder reads every field in a row and checks ok() once: never a half-filled struct.
class JsonReader
{
public:
    explicit JsonReader(const QJsonObject &obj) : m_obj(obj) { }

    QString string(const char *key, qsizetype maxChars, bool required = true);
    // A string whose UTF-8 form is limited in bytes (message text); over it is TooLarge.
    QString text(const char *key, qsizetype maxBytes, bool required = true);
    bool boolean(const char *key, bool required = true, bool fallback = false);
    qint64 integer(const char *key, qint64 min, qint64 max, bool required = true, qint64 fallback = 0);
    std::optional<double> number(const char *key, double min, double max, bool required = true);
    QList<qint64> idList(const char *key, int maxCount);
    QStringList stringList(const char *key, int maxCount, qsizetype maxChars);
    QJsonObject object(const char *key, bool required = true);
    // An array of objects (each entry must be an object); missing and not required: empty.
    QList<QJsonObject> objectList(const char *key, int maxCount, bool required = true);
    bool has(const char *key) const { return m_obj.contains(QLatin1String(key)); }

    void fail(ErrorCode code, const QString &message);
    bool ok() const { return !m_error.has_value(); }
    ErrorCode errorCode() const { return m_error.value_or(ErrorCode::BadField); }
    QString errorMessage() const { return m_message; }

private:
    std::optional<QJsonValue> value(const char *key, bool required);
    void wrongType(const char *key, const char *expected);

    QJsonObject m_obj;
    std::optional<ErrorCode> m_error;
    QString m_message;
};

} // namespace natter::protocol
