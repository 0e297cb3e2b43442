// A history entry as read back from the settings file: the binary record of schema 3 (the input's
// bytes are the record; they are base64url-encoded here, as the file stores them, so that the fuzzer
// works on the record itself), or, when the input starts with "!", the stored text as it stands
// (for the base64url decoder), or, when it starts with "{", the JSON of schema 1 and 2.
// An entry that reads must write and read back again, unchanged (as its JSON says it).
#include "FuzzInput.h"
#include "core/HistoryEntry.h"
#include "core/SnapshotRequest.h"

#include <QUtf8StringView>

using namespace snapshotdesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    // "!" first: the rest is the stored text itself (for the base64url decoder); "{": JSON.
    const QString stored = input.startsWith('!') ? QString::fromUtf8(input.mid(1))
                           : input.startsWith('{')
                               ? QString::fromUtf8(input)
                               : QString::fromLatin1(input.toBase64(QByteArray::Base64UrlEncoding |
                                                                    QByteArray::OmitTrailingEquals));
    const Parsed<HistoryEntry> parsed = HistoryEntry::fromStored(stored);
    if (input.startsWith('!') && QUtf8StringView(input).isValidUtf8()) {
        // The store keeps records as bytes: both readings must agree on any valid text.
        const Parsed<HistoryEntry> asBytes = HistoryEntry::fromStored(QByteArrayView(input).sliced(1));
        fuzz::check(asBytes.ok() == parsed.ok() && asBytes.error == parsed.error &&
                        (!parsed.ok() || asBytes.value.toJson() == parsed.value.toJson()),
                    "a record reads differently from text and from bytes");
    }
    if (!parsed.ok())
        return 0;
    const Parsed<HistoryEntry> again = HistoryEntry::fromStored(parsed.value.toStored());
    fuzz::check(again.ok(), "an entry that reads does not read back after storing");
    // Compared as JSON, which holds the link as its encoded text: QUrl's == tells apart a "#" in a
    // fragment from the "%23" it is written as, though both open the same page.
    fuzz::check(again.value.toJson() == parsed.value.toJson(), "an entry changes when stored and read back");
    const Parsed<HistoryEntry> json = HistoryEntry::fromJson(parsed.value.toJson());
    fuzz::check(json.ok(), "an entry that reads does not read back from its JSON");
    (void)parsed.value.toRequest();
    return 0;
}
