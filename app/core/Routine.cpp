#include "core/Routine.h"

#include <QJsonArray>
#include <QLocale>

#include <limits>
#include <optional>

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

// The largest whole number below which a double holds every integer exactly (2^53 - 1). A larger
// id written as a JSON number may already have been rounded by whatever wrote it.
constexpr qint64 kMaxExactInteger = (qint64(1) << 53) - 1;

// The digits of an id written as a JSON number, or nothing when it is not a whole number from 0 to
// kMaxExactInteger. toInteger() alone answers 0 for 1.5 or 1e300: a routine would silently run
// against id "0".
std::optional<QString> wholeNumberText(const QJsonValue& value)
{
    const qint64 number = value.toInteger(-1);
    if (number < 0 || number > kMaxExactInteger)
        return std::nullopt;
    return QString::number(number);
}

// A JSON number as the file has it, for a message: "1.5", "1e+300", "9007199254740993".
QString numberText(const QJsonValue& value)
{
    constexpr qint64 kNotWhole = std::numeric_limits<qint64>::min();
    const qint64 whole = value.toInteger(kNotWhole);
    return whole != kNotWhole ? QString::number(whole)
                              : QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
}

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
    if (list.size() > kMaxSources) {
        result.error = tr("\"%1\" has %2 sources; a routine can have at most %3: split it into several "
                          "routines.")
                           .arg(routine.name.left(80))
                           .arg(list.size())
                           .arg(kMaxSources);
        return result;
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject source = list.at(i).toObject();
        SnapshotSource parsed;
        const QJsonValue id = source.value(kId);
        if (id.isDouble()) {
            const std::optional<QString> digits = wholeNumberText(id);
            if (!digits) {
                result.error = tr("source %1 of \"%2\" has \"id\" %3, which is not a whole number from 0 to "
                                  "%4: write the id as ThousandEyes shows it, in quotes, e.g. \"1234\".")
                                   .arg(i + 1)
                                   .arg(routine.name.left(80), numberText(id))
                                   .arg(kMaxExactInteger);
                return result;
            }
            parsed.id = *digits;
        } else {
            parsed.id = id.toString().trimmed();
        }
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
    const QJsonValue aid = object.value(kAid);
    if (aid.isDouble()) {
        const std::optional<QString> digits = wholeNumberText(aid);
        if (!digits) {
            result.error = tr("\"aid\" of \"%1\" is %2, which is not a whole number from 0 to %3: write the "
                              "account group ID as ThousandEyes shows it, in quotes, e.g. \"1234\".")
                               .arg(routine.name.left(80), numberText(aid))
                               .arg(kMaxExactInteger);
            return result;
        }
        routine.aid = *digits;
    } else {
        routine.aid = text(kAid);
    }
    routine.groupName = text(kGroup);
    return result;
}

} // namespace snapshotdesk
