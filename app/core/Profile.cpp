#include "core/Profile.h"

namespace snapshotdesk {

QString Profile::validateName(const QString& name, const QStringList& existing)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("A profile needs a name.");
    if (trimmed != name)
        return tr("A profile name cannot start or end with a space.");
    if (name.size() > kMaxNameLength)
        return tr("A profile name can have at most %1 characters.").arg(kMaxNameLength);
    // The name becomes part of a settings key and a keychain entry: no separators, no controls.
    for (const QChar c : name) {
        if (c == u'/' || c == u'\\' || c.category() == QChar::Other_Control)
            return tr("A profile name cannot contain / or \\ or control characters.");
    }
    if (!find(existing, name).isEmpty())
        return tr("There is already a profile named \"%1\".").arg(find(existing, name));
    return {};
}

QString Profile::find(const QStringList& names, const QString& name)
{
    if (names.contains(name))
        return name;
    for (const QString& candidate : names) {
        if (candidate.compare(name, Qt::CaseInsensitive) == 0)
            return candidate;
    }
    return {};
}

} // namespace snapshotdesk
