#pragma once

#include <QString>

namespace snapshotdesk {

// The outcome of reading server data: a value, or a translated sentence saying what was wrong.
template <typename T> struct Parsed
{
    T value{};
    QString error;

    bool ok() const { return error.isEmpty(); }
};

} // namespace snapshotdesk
