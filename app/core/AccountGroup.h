#pragma once

#include "core/Parsed.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace snapshotdesk {

// An account group the user belongs to; `aid` is kept as text for both API generations (v6 sends a
// number, v7 a string).
struct AccountGroup
{
    Q_DECLARE_TR_FUNCTIONS(AccountGroup)

public:
    QString aid;
    QString name;
    QString organization;
    bool current = false;
    bool isDefault = false;

    // v6: {"accountGroups":[{"accountGroupName","aid":75,"current":1,"default":1,"organizationName"}]}
    static Parsed<QList<AccountGroup>> fromV6(const QByteArray& body);
    // v7: {"accountGroups":[{"aid":"1234","accountGroupName","isCurrentAccountGroup",
    //      "isDefaultAccountGroup","organizationName"}]}
    static Parsed<QList<AccountGroup>> fromV7(const QByteArray& body);

    // The group to work in: `saved` (the user's last choice) while the list still has it, else the
    // one the API marks as the default, else the token's current one, else the first; empty only
    // for an empty list.
    static QString preferredAid(const QList<AccountGroup>& groups, const QString& saved);

    friend bool operator==(const AccountGroup&, const AccountGroup&) = default;
};

} // namespace snapshotdesk
