// A history entry as read back from the history file: the input's bytes as stored (CBOR of schema
// 4, or, as released builds wrote them, JSON of schema 2 or a base64url record of schema 3), and
// the same bytes read as text, as an edited file may hold them. An entry that reads must store and
// read back again, unchanged (as its JSON export says it).
#include "FuzzInput.h"
#include "core/HistoryEntry.h"
#include "core/SnapshotRequest.h"

#include <QUtf8StringView>

using namespace snapshotdesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const Parsed<HistoryEntry> parsed = HistoryEntry::fromStored(QByteArrayView(input));
    if (QUtf8StringView(input).isValidUtf8() && !input.isEmpty() &&
        (static_cast<quint8>(input.front()) & 0xe0) != 0xa0) {
        // Earlier builds stored text at first, bytes later: both readings must agree.
        const Parsed<HistoryEntry> asText = HistoryEntry::fromStored(QStringView(QString::fromUtf8(input)));
        fuzz::check(asText.ok() == parsed.ok() && asText.error == parsed.error &&
                        (!parsed.ok() || asText.value.toJson() == parsed.value.toJson()),
                    "an entry reads differently from text and from bytes");
    }
    if (!parsed.ok())
        return 0;
    const Parsed<HistoryEntry> again = HistoryEntry::fromStored(parsed.value.toStored());
    fuzz::check(again.ok(), "an entry that reads does not read back after storing");
    // Compared as JSON, which holds the link as its encoded text: QUrl's == tells apart a "#" in a
    // fragment from the "%23" it is written as, though both open the same page.
    fuzz::check(again.value.toJson() == parsed.value.toJson(), "an entry changes when stored and read back");
    (void)parsed.value.toRequest();
    return 0;
}
