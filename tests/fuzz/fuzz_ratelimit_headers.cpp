// Rate-limit headers: the input is a block of "Name: value" lines (as a proxy might mangle them),
// read by RateLimitStatus::fromHeaders() and merged into an earlier status.
#include "FuzzInput.h"
#include "core/RateLimitStatus.h"

using namespace snapshotdesk;

namespace {

HeaderList headerLines(const QByteArray& input)
{
    HeaderList headers;
    for (const QByteArray& line : input.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            headers.append({line.trimmed(), QByteArray()});
        else
            headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return headers;
}

void checkWindow(const RateLimitWindow& window, const QDateTime& now)
{
    if (!window.isKnown())
        return;
    fuzz::check(window.remaining <= window.limit, "more remaining than the limit");
    // A reset is trusted only within a week of now (a broken proxy says anything).
    fuzz::check(!window.reset.isValid() || now.secsTo(window.reset) <= 7 * 24 * 3600,
                "a reset beyond a week");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QDateTime now = fuzz::fixedNow();
    const RateLimitStatus status = RateLimitStatus::fromHeaders(headerLines(fuzz::bytes(data, size)), now);
    checkWindow(status.organization, now);
    checkWindow(status.snapshotCreation, now);

    RateLimitStatus merged;
    merged.organization = {240, 10, now.addSecs(30)};
    merged.mergeFrom(status);
    checkWindow(merged.organization, now);
    fuzz::check(merged.organization.isKnown(), "merging forgot a known window");
    return 0;
}
