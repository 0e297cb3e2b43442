#pragma once

#include <QString>

namespace snapshotdesk {

// A visible label as a screen reader should say it: without the mnemonic marker — "&" in most
// languages, the "(&X)" group that Japanese and Chinese append — and without a trailing colon or
// ellipsis. Used wherever an accessible name is derived from translated text at run time.
QString accessibleText(QString label);

} // namespace snapshotdesk
