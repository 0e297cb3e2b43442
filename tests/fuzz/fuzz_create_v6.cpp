// The v6 create answer: {"snapshotId":"123"}.
#include "FuzzInput.h"
#include "core/Snapshot.h"

using namespace snapshotdesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const Parsed<Snapshot> parsed = Snapshot::fromV6Create(fuzz::bytes(data, size));
    fuzz::check(!parsed.ok() || !parsed.value.id.isEmpty(), "an accepted answer without an ID");
    fuzz::check(!parsed.ok() || parsed.value.id.size() <= 200, "an implausibly long ID accepted");
    return 0;
}
