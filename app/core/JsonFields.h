#pragma once

#include "core/Parsed.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace snapshotdesk::json {

// Lenient readers for server data whose types drifted between API generations: an id may be a
// string or an integer, a flag a boolean or 0/1. Anything else reads as absent.
QString idField(const QJsonObject& object, QLatin1StringView key);
QString textField(const QJsonObject& object, QLatin1StringView key);
bool flagField(const QJsonObject& object, QLatin1StringView key);

// The array stored under `key` in a JSON object body ("" = the body itself is the array).
// The error, when there is one, is translated and names what was expected.
Parsed<QJsonArray> arrayIn(const QByteArray& body, QLatin1StringView key);

} // namespace snapshotdesk::json
