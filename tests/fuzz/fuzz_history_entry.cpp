// A history entry as read back from the settings file (JSON, schema 1 or 2). An entry that reads
// must write and read back again.
#include "FuzzInput.h"
#include "core/SnapshotRequest.h"
#include "history/HistoryEntry.h"

using namespace snapshotdesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const Parsed<HistoryEntry> parsed = HistoryEntry::fromJson(fuzz::bytes(data, size));
    if (!parsed.ok())
        return 0;
    const Parsed<HistoryEntry> again = HistoryEntry::fromJson(parsed.value.toJson());
    fuzz::check(again.ok(), "an entry that reads does not read back after writing");
    (void)parsed.value.toRequest();
    return 0;
}
