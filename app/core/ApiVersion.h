#pragma once

#include <QString>

#include <optional>

namespace snapshotdesk {

// The two generations of the ThousandEyes API that can create a snapshot. v6 creates report
// snapshots (the seed endpoint), v7 creates dashboard snapshots; both stay first-class because
// some tenants and on-prem proxies still serve v6.
enum class ApiVersion
{
    V6,
    V7,
};

QString toString(ApiVersion version);
std::optional<ApiVersion> apiVersionFromString(const QString& text);

} // namespace snapshotdesk
