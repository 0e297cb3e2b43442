#pragma once

// Reads the history group of a settings file directly, bypassing HistoryStore: what is really on
// disk, decoded the one way the app decodes it. Entries are stored as CBOR, so a test that asks
// "is this entry in the file" must decode rather than search the file's bytes.

#include "core/HistoryEntry.h"

#include <QSettings>
#include <QString>
#include <QStringList>

#include <map>

namespace snapshotdesk::test {

// Every key of the history group with what it decodes to (an error for a damaged value).
inline std::map<QString, Parsed<HistoryEntry>> historyInFile(const QString& iniPath)
{
    std::map<QString, Parsed<HistoryEntry>> result;
    QSettings raw(iniPath, QSettings::IniFormat);
    raw.beginGroup(QStringLiteral("history"));
    const QStringList keys = raw.childKeys();
    for (const QString& key : keys) {
        const QVariant value = raw.value(key);
        result[key] = value.typeId() == QMetaType::QByteArray ? HistoryEntry::fromStored(value.toByteArray())
                                                              : HistoryEntry::fromStored(value.toString());
    }
    return result;
}

// Whether any readable entry in the file has `text` in its JSON form (all fields, readable).
inline bool historyFileMentions(const QString& iniPath, const QString& text)
{
    for (const auto& [key, parsed] : historyInFile(iniPath)) {
        if (parsed.ok() && QString::fromUtf8(parsed.value.toJson()).contains(text))
            return true;
    }
    return false;
}

} // namespace snapshotdesk::test
