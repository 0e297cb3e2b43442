#pragma once

#include "core/HistoryEntry.h"

#include <QByteArray>
#include <QList>

namespace snapshotdesk {

// The history as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line
// break, quotes doubled), UTF-8 with a byte-order mark so spreadsheet apps detect the encoding.
// Times are ISO 8601 UTC so the file means the same everywhere. The last column is the entry's
// profile (account), "Default" for entries from before profiles. One deliberate departure from
// plain RFC 4180: a text field that starts with = + - or @ gets a leading apostrophe, so that a
// spreadsheet opening the file never runs it as a formula (CSV injection).
QByteArray historyToCsv(const QList<HistoryEntry>& entries);

// Writes historyToCsv(entries) to `path` atomically (QSaveFile: a failed export never leaves a
// half-written file). Returns an empty string on success, else the system's reason.
QString writeHistoryCsv(const QString& path, const QList<HistoryEntry>& entries);

} // namespace snapshotdesk
