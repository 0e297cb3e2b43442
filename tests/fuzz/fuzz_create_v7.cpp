// The v7 create answer: the first line is the Location header, the rest the body
// {"snapshotId":"<uuid>","_links":{"self":{"href"},"appLink":{"href"}}}.
#include "FuzzInput.h"
#include "core/Snapshot.h"

using namespace snapshotdesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto [location, body] = fuzz::firstLineAndRest(fuzz::bytes(data, size));
    const Parsed<Snapshot> parsed = Snapshot::fromV7Create(body, location);
    fuzz::check(!parsed.ok() || !parsed.value.id.isEmpty(), "an accepted answer without an ID");
    // Links shown to a person or opened in a browser are web addresses, never file: or javascript:.
    for (const QUrl& url : {parsed.value.link, parsed.value.apiUrl}) {
        fuzz::check(url.isEmpty() || url.scheme() == u"https" || url.scheme() == u"http",
                    "a link that is not http(s)");
    }
    return 0;
}
