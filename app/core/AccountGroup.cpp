#include "core/AccountGroup.h"

#include <algorithm>

#include "core/JsonFields.h"

namespace snapshotdesk {

namespace {

Parsed<QList<AccountGroup>> readGroups(const QByteArray& body, QLatin1StringView currentKey,
                                       QLatin1StringView defaultKey)
{
    Parsed<QList<AccountGroup>> result;
    const Parsed<QJsonArray> array = json::arrayIn(body, QLatin1StringView("accountGroups"));
    if (!array.ok()) {
        result.error = array.error;
        return result;
    }
    for (const QJsonValue& item : array.value) {
        const QJsonObject object = item.toObject();
        AccountGroup group;
        group.aid = json::idField(object, QLatin1StringView("aid"));
        if (group.aid.isEmpty())
            continue;
        group.name = json::textField(object, QLatin1StringView("accountGroupName")).trimmed();
        if (group.name.isEmpty())
            group.name = group.aid;
        group.organization = json::textField(object, QLatin1StringView("organizationName")).trimmed();
        group.current = json::flagField(object, currentKey);
        group.isDefault = json::flagField(object, defaultKey);
        result.value.append(std::move(group));
    }
    return result;
}

} // namespace

Parsed<QList<AccountGroup>> AccountGroup::fromV6(const QByteArray& body)
{
    return readGroups(body, QLatin1StringView("current"), QLatin1StringView("default"));
}

Parsed<QList<AccountGroup>> AccountGroup::fromV7(const QByteArray& body)
{
    return readGroups(body, QLatin1StringView("isCurrentAccountGroup"),
                      QLatin1StringView("isDefaultAccountGroup"));
}

QString AccountGroup::preferredAid(const QList<AccountGroup>& groups, const QString& saved)
{
    const auto find = [&groups](auto matches) {
        const auto it = std::find_if(groups.cbegin(), groups.cend(), matches);
        return it == groups.cend() ? QString() : it->aid;
    };
    if (!saved.isEmpty()) {
        if (QString aid = find([&saved](const AccountGroup& g) { return g.aid == saved; }); !aid.isEmpty())
            return aid;
    }
    if (QString aid = find([](const AccountGroup& g) { return g.isDefault; }); !aid.isEmpty())
        return aid;
    if (QString aid = find([](const AccountGroup& g) { return g.current; }); !aid.isEmpty())
        return aid;
    return groups.isEmpty() ? QString() : groups.first().aid;
}

} // namespace snapshotdesk
