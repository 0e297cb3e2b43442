#include "core/SnapshotSource.h"

#include "core/JsonFields.h"

namespace snapshotdesk {

namespace {

Parsed<QList<SnapshotSource>> readSources(const QByteArray& body, QLatin1StringView listKey,
                                          QLatin1StringView idKey, QLatin1StringView nameKey,
                                          QLatin1StringView builtInKey)
{
    Parsed<QList<SnapshotSource>> result;
    const Parsed<QJsonArray> array = json::arrayIn(body, listKey);
    if (!array.ok()) {
        result.error = array.error;
        return result;
    }
    result.value.reserve(array.value.size());
    for (const QJsonValue& item : array.value) {
        const QJsonObject object = item.toObject();
        SnapshotSource source;
        source.id = json::idField(object, idKey);
        if (source.id.isEmpty())
            continue; // an entry nobody could pick
        source.name = json::textField(object, nameKey).trimmed();
        if (source.name.isEmpty())
            source.name = source.id;
        source.description = json::textField(object, QLatin1StringView("description")).trimmed();
        source.builtIn = json::flagField(object, builtInKey);
        result.value.append(std::move(source));
    }
    return result;
}

} // namespace

Parsed<QList<SnapshotSource>> SnapshotSource::fromV6Reports(const QByteArray& body)
{
    return readSources(body, QLatin1StringView("reports"), QLatin1StringView("reportId"),
                       QLatin1StringView("reportName"), QLatin1StringView("builtIn"));
}

Parsed<QList<SnapshotSource>> SnapshotSource::fromV7Dashboards(const QByteArray& body)
{
    return readSources(body, QLatin1StringView(), QLatin1StringView("dashboardId"),
                       QLatin1StringView("title"), QLatin1StringView("isBuiltIn"));
}

} // namespace snapshotdesk
