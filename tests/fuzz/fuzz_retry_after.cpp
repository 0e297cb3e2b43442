// Retry-After: delta-seconds or an HTTP-date (IMF-fixdate), as the whole input.
#include "FuzzInput.h"
#include "core/RateLimitStatus.h"

using namespace snapshotdesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QDateTime now = fuzz::fixedNow();
    const HeaderList headers{{QByteArrayLiteral("retry-after"), fuzz::bytes(data, size)}};
    const std::optional<QDateTime> at = retryAfter(headers, now);
    if (at) {
        fuzz::check(at->isValid(), "an invalid time accepted");
        fuzz::check(now.secsTo(*at) <= 7 * 24 * 3600, "a retry time beyond a week");
    }
    return 0;
}
