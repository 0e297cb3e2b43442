#include "core/JsonFields.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>

namespace snapshotdesk::json {

QString idField(const QJsonObject& object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::isfinite(number) && number >= 0 && number < 9.0e15 && std::floor(number) == number)
            return QString::number(static_cast<qint64>(number));
    }
    return {};
}

QString textField(const QJsonObject& object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString();
}

bool flagField(const QJsonObject& object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0.0;
    if (value.isString())
        return value.toString() == u"1" || value.toString().compare(u"true", Qt::CaseInsensitive) == 0;
    return false;
}

Parsed<QJsonArray> arrayIn(const QByteArray& body, QLatin1StringView key)
{
    Parsed<QJsonArray> result;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        result.error =
            QCoreApplication::translate("snapshotdesk::json", "The server's answer is not valid JSON.");
        return result;
    }
    if (key.isEmpty()) {
        if (document.isArray())
            result.value = document.array();
        else
            result.error =
                QCoreApplication::translate("snapshotdesk::json", "The server's answer is not a list.");
        return result;
    }
    const QJsonValue value = document.object().value(key);
    if (!document.isObject() || !value.isArray()) {
        result.error =
            QCoreApplication::translate("snapshotdesk::json", "The server's answer has no \"%1\" list.")
                .arg(key);
        return result;
    }
    result.value = value.toArray();
    return result;
}

} // namespace snapshotdesk::json
