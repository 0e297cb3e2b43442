#pragma once

#include <QStringList>

namespace snapshotdesk {

// What both programs do first, before any QCoreApplication exists: the window's identity, so that
// QSettings finds the same settings, history and routines from either of them, and the command
// line as text.
namespace ProcessStart {

void setIdentity();
QStringList arguments(int argc, char** argv);

} // namespace ProcessStart

} // namespace snapshotdesk
