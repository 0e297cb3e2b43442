#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcApi, "snapshotdesk.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHistory, "snapshotdesk.history", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "snapshotdesk.settings", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "snapshotdesk.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDemo, "snapshotdesk.demo", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBatch, "snapshotdesk.batch", QtInfoMsg)
