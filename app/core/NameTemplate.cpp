#include "core/NameTemplate.h"

namespace snapshotdesk {

QString NameTemplate::expand(const QString& nameTemplate, const Values& values)
{
    QString result;
    result.reserve(nameTemplate.size() + 32);
    qsizetype i = 0;
    while (i < nameTemplate.size()) {
        const QChar c = nameTemplate.at(i);
        const qsizetype close = c == u'{' ? nameTemplate.indexOf(u'}', i + 1) : -1;
        if (close < 0) {
            result.append(c);
            ++i;
            continue;
        }
        const QString inner = nameTemplate.mid(i + 1, close - i - 1);
        const qsizetype colon = inner.indexOf(u':');
        const QString name = (colon < 0 ? inner : inner.left(colon)).trimmed();
        const QString format = colon < 0 ? defaultDateFormat() : inner.mid(colon + 1);
        if (name == u"source" && colon < 0) {
            result.append(values.source);
        } else if (name == u"group" && colon < 0) {
            result.append(values.group);
        } else if (name == u"from" || name == u"to") {
            const QDateTime when = (name == u"from" ? values.from : values.to).toLocalTime();
            result.append(when.toString(format.isEmpty() ? defaultDateFormat() : format));
        } else {
            result.append(nameTemplate.mid(i, close - i + 1));
        }
        i = close + 1;
    }
    return result.trimmed();
}

} // namespace snapshotdesk
