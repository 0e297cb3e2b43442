#pragma once

#include <QLoggingCategory>

// One category per area, so `QT_LOGGING_RULES="snapshotdesk.api.debug=true"` shows just that area.
// Nothing logged under any of them may contain a token or an Authorization header.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcHistory)
Q_DECLARE_LOGGING_CATEGORY(lcSettings)
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
Q_DECLARE_LOGGING_CATEGORY(lcDemo)
Q_DECLARE_LOGGING_CATEGORY(lcBatch)
