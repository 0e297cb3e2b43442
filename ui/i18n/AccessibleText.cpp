#include "ui/i18n/AccessibleText.h"

#include <QRegularExpression>

namespace snapshotdesk {

QString accessibleText(QString label)
{
    static const QRegularExpression cjkMnemonic(QStringLiteral("\\(&[^)]\\)"));
    label.remove(cjkMnemonic);
    label.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    label.remove(u'&');
    label.replace(QChar(1), u'&');
    label = label.trimmed();
    while (label.endsWith(u':') || label.endsWith(QChar(0xFF1A)) || label.endsWith(u'…'))
        label.chop(1);
    return label.trimmed();
}

} // namespace snapshotdesk
