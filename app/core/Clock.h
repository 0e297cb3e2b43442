#pragma once

#include <QDateTime>

namespace snapshotdesk {

// Where "now" comes from. Injected wherever time matters (rate-limit resets, countdowns, time-range
// presets, validation of "not in the future") so that tests move time instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    // The wall clock, in UTC.
    static const Clock& system();
};

} // namespace snapshotdesk
