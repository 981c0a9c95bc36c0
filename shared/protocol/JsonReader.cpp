#include "protocol/JsonReader.h"

#include <cmath>

namespace natter::protocol {

void JsonReader::fail(ErrorCode code, const QString &message)
{
    if (m_error)
        return; // the first problem is the one reported
    m_error = code;
    m_message = message;
}

void JsonReader::wrongType(const char *key, const char *expected)
{
    fail(ErrorCode::BadField,
         QStringLiteral("field '%1' must be %2").arg(QLatin1String(key), QLatin1String(expected)));
}

std::optional<QJsonValue> JsonReader::value(const char *key, bool required)
{
    const auto it = m_obj.constFind(QLatin1String(key));
    if (it == m_obj.constEnd() || it->isNull()) {
        if (required)
            fail(ErrorCode::BadField, QStringLiteral("field '%1' is missing").arg(QLatin1String(key)));
        return std::nullopt;
    }
    return *it;
}

QString JsonReader::string(const char *key, qsizetype maxChars, bool required)
{
    const auto v = value(key, required);
    if (!v)
        return {};
    if (!v->isString()) {
        wrongType(key, "a string");
        return {};
    }
    QString s = v->toString();
    if (s.size() > maxChars) {
        fail(ErrorCode::BadField, QStringLiteral("field '%1' is longer than %2 characters")
                                          .arg(QLatin1String(key))
                                          .arg(maxChars));
        return {};
    }
    return s;
}

QString JsonReader::text(const char *key, qsizetype maxBytes, bool required)
{
    const auto v = value(key, required);
    if (!v)
        return {};
    if (!v->isString()) {
        wrongType(key, "a string");
        return {};
    }
    QString s = v->toString();
    // A UTF-16 unit is at most 3 UTF-8 bytes, so the exact count is needed only near the cap.
    if (s.size() > maxBytes / 3 && s.toUtf8().size() > maxBytes) {
        fail(ErrorCode::TooLarge, QStringLiteral("field '%1' is longer than %2 bytes")
                                          .arg(QLatin1String(key))
                                          .arg(maxBytes));
        return {};
    }
    return s;
}

bool JsonReader::boolean(const char *key, bool required, bool fallback)
{
    const auto v = value(key, required);
    if (!v)
        return fallback;
    if (!v->isBool()) {
        wrongType(key, "true or false");
        return fallback;
    }
    return v->toBool();
}

qint64 JsonReader::integer(const char *key, qint64 min, qint64 max, bool required, qint64 fallback)
{
    const auto v = value(key, required);
    if (!v)
        return fallback;
    const double d = v->toDouble(std::nan(""));
    if (!v->isDouble() || !std::isfinite(d) || d != std::floor(d) || d < double(min)
        || d > double(max)) {
        fail(ErrorCode::BadField, QStringLiteral("field '%1' must be a whole number from %2 to %3")
                                          .arg(QLatin1String(key))
                                          .arg(min)
                                          .arg(max));
        return fallback;
    }
    return qint64(d);
}

std::optional<double> JsonReader::number(const char *key, double min, double max, bool required)
{
    const auto v = value(key, required);
    if (!v)
        return std::nullopt;
    const double d = v->toDouble(std::nan(""));
    if (!v->isDouble() || !std::isfinite(d) || d < min || d > max) {
        fail(ErrorCode::BadField, QStringLiteral("field '%1' must be a number from %2 to %3")
                                          .arg(QLatin1String(key))
                                          .arg(min)
                                          .arg(max));
        return std::nullopt;
    }
    return d;
}

QList<qint64> JsonReader::idList(const char *key, int maxCount)
{
    const auto v = value(key, true);
    if (!v)
        return {};
    if (!v->isArray()) {
        wrongType(key, "an array of ids");
        return {};
    }
    const QJsonArray array = v->toArray();
    if (array.isEmpty()) {
        fail(ErrorCode::BadField, QStringLiteral("field '%1' is empty").arg(QLatin1String(key)));
        return {};
    }
    if (array.size() > maxCount) {
        fail(ErrorCode::TooLarge, QStringLiteral("field '%1' holds more than %2 ids")
                                          .arg(QLatin1String(key))
                                          .arg(maxCount));
        return {};
    }
    QList<qint64> ids;
    ids.reserve(array.size());
    for (const QJsonValue &item : array) {
        const double d = item.toDouble(-1);
        if (!item.isDouble() || d < 1 || d > 9007199254740991.0 || d != std::floor(d)) {
            wrongType(key, "an array of positive whole numbers");
            return {};
        }
        ids.append(qint64(d));
    }
    return ids;
}

QStringList JsonReader::stringList(const char *key, int maxCount, qsizetype maxChars)
{
    const auto v = value(key, true);
    if (!v)
        return {};
    if (!v->isArray()) {
        wrongType(key, "an array of strings");
        return {};
    }
    const QJsonArray array = v->toArray();
    if (array.size() > maxCount) {
        fail(ErrorCode::TooLarge, QStringLiteral("field '%1' holds more than %2 entries")
                                          .arg(QLatin1String(key))
                                          .arg(maxCount));
        return {};
    }
    QStringList out;
    for (const QJsonValue &item : array) {
        if (!item.isString() || item.toString().size() > maxChars) {
            wrongType(key, "an array of short strings");
            return {};
        }
        out.append(item.toString());
    }
    return out;
}

QJsonObject JsonReader::object(const char *key, bool required)
{
    const auto v = value(key, required);
    if (!v)
        return {};
    if (!v->isObject()) {
        wrongType(key, "an object");
        return {};
    }
    return v->toObject();
}

QList<QJsonObject> JsonReader::objectList(const char *key, int maxCount, bool required)
{
    const auto v = value(key, required);
    if (!v)
        return {};
    if (!v->isArray()) {
        wrongType(key, "an array of objects");
        return {};
    }
    const QJsonArray array = v->toArray();
    if (array.size() > maxCount) {
        fail(ErrorCode::TooLarge, QStringLiteral("field '%1' holds more than %2 entries")
                                          .arg(QLatin1String(key))
                                          .arg(maxCount));
        return {};
    }
    QList<QJsonObject> out;
    out.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (!item.isObject()) {
            wrongType(key, "an array of objects");
            return {};
        }
        out.append(item.toObject());
    }
    return out;
}

} // namespace natter::protocol
