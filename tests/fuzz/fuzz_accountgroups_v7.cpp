// The v7 GET /account-groups (aid a string) answer.
#include "FuzzInput.h"
#include "core/AccountGroup.h"

using namespace snapshotdesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto parsed = AccountGroup::fromV7(fuzz::bytes(data, size));
    // Every item the form will offer has an id to send back.
    for (const auto& item : parsed.value)
        fuzz::check(!item.aid.isEmpty(), "an item without an id");
    return 0;
}
