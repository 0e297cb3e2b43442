#include "Routine.h"

#include <QJsonArray>

namespace snapshotdesk {

namespace {

const QLatin1StringView kName("name");
const QLatin1StringView kSources("sources");
const QLatin1StringView kRange("range");
const QLatin1StringView kTemplate("nameTemplate");
const QLatin1StringView kAid("aid");
const QLatin1StringView kGroup("groupName");
const QLatin1StringView kApi("apiVersion");
const QLatin1StringView kId("id");

QStringList relativeRangeKeys()
{
    QStringList keys;
    for (const TimeRange::Preset preset : TimeRange::presets()) {
        if (preset != TimeRange::Preset::Custom)
            keys << TimeRange::key(preset);
    }
    return keys;
}

} // namespace

TimeRange Routine::resolveRange(const Clock& clock) const
{
    return TimeRange::forPreset(range, clock.now());
}

BatchSpec Routine::toBatchSpec(const Clock& clock) const
{
    const TimeRange resolved = resolveRange(clock);
    BatchSpec spec;
    spec.sources = sources;
    spec.from = resolved.from;
    spec.to = resolved.to;
    spec.nameTemplate = nameTemplate;
    spec.aid = aid;
    spec.groupName = groupName;
    return spec;
}

QJsonObject Routine::toJson() const
{
    QJsonArray list;
    for (const SnapshotSource& source : sources)
        list.append(QJsonObject{{kId, source.id}, {kName, source.name}});
    return QJsonObject{
        {kName, name}, {kSources, list},    {kRange, TimeRange::key(range)}, {kTemplate, nameTemplate},
        {kAid, aid},   {kGroup, groupName}, {kApi, toString(apiVersion)},
    };
}

Parsed<Routine> Routine::fromJson(const QJsonObject& object)
{
    Parsed<Routine> result;
    Routine& routine = result.value;
    const auto text = [&object](QLatin1StringView key) { return object.value(key).toString(); };

    routine.name = text(kName).trimmed();
    if (!object.value(kName).isString() || routine.name.isEmpty()) {
        result.error = tr("it has no \"name\".");
        return result;
    }
    const QJsonValue sources = object.value(kSources);
    if (!sources.isArray() || sources.toArray().isEmpty()) {
        result.error = tr("\"sources\" must be a non-empty list of reports or dashboards.");
        return result;
    }
    const QJsonArray list = sources.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject source = list.at(i).toObject();
        SnapshotSource parsed;
        parsed.id = source.value(kId).isDouble() ? QString::number(source.value(kId).toInteger())
                                                 : source.value(kId).toString().trimmed();
        parsed.name = source.value(kName).toString();
        if (parsed.id.isEmpty()) {
            result.error = tr("source %1 has no \"id\".").arg(i + 1);
            return result;
        }
        if (parsed.name.isEmpty())
            parsed.name = parsed.id;
        routine.sources.append(parsed);
    }
    const QString range = text(kRange);
    if (!relativeRangeKeys().contains(range)) {
        result.error = tr("\"range\" is \"%1\"; expected one of %2.")
                           .arg(range.left(40), relativeRangeKeys().join(QStringLiteral(", ")));
        return result;
    }
    routine.range = TimeRange::fromKey(range);
    routine.nameTemplate = text(kTemplate);
    if (routine.nameTemplate.trimmed().isEmpty()) {
        result.error = tr("it has no \"nameTemplate\".");
        return result;
    }
    const std::optional<ApiVersion> version = apiVersionFromString(text(kApi));
    if (!version) {
        result.error = tr("\"apiVersion\" is \"%1\"; expected \"v6\" or \"v7\".").arg(text(kApi).left(20));
        return result;
    }
    routine.apiVersion = *version;
    routine.aid =
        object.value(kAid).isDouble() ? QString::number(object.value(kAid).toInteger()) : text(kAid);
    routine.groupName = text(kGroup);
    return result;
}

} // namespace snapshotdesk
