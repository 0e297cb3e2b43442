#include "core/ApiVersion.h"

namespace snapshotdesk {

QString toString(ApiVersion version)
{
    return version == ApiVersion::V6 ? QStringLiteral("v6") : QStringLiteral("v7");
}

std::optional<ApiVersion> apiVersionFromString(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"v6" || t == u"6")
        return ApiVersion::V6;
    if (t == u"v7" || t == u"7")
        return ApiVersion::V7;
    return std::nullopt;
}

} // namespace snapshotdesk
