#pragma once

#include "core/HistoryEntry.h"
#include "core/Parsed.h"

#include <QByteArrayView>

namespace snapshotdesk::legacy {

// Reads a history entry as a released 1.0.0 build stored it, so that existing users' history moves
// to the current form (HistoryEntry::toStored) on the first start, nothing lost. Read-only: nothing
// writes these forms any more. Two were released, each with a fixed sample in tests/data:
//  - schema 2: compact JSON text (HistoryEntry::toJson's fields), in the settings file's
//    "history" group;
//  - schema 3: a binary record in unpadded base64url, in the history file (as text at first, then
//    as @ByteArray), status 2 (unknown) from the last 1.0.0 build on.
// Schema 1 JSON was never in a release and is not read.
Parsed<HistoryEntry> fromStored(QByteArrayView stored);

} // namespace snapshotdesk::legacy
