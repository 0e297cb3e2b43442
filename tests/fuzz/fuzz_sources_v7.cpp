// The v7 GET /dashboards (a bare array) answer.
#include "FuzzInput.h"
#include "core/SnapshotSource.h"

using namespace snapshotdesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto parsed = SnapshotSource::fromV7Dashboards(fuzz::bytes(data, size));
    // Every item the form will offer has an id to send back.
    for (const auto& item : parsed.value)
        fuzz::check(!item.id.isEmpty(), "an item without an id");
    return 0;
}
