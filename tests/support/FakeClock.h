#pragma once

#include "core/Clock.h"

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

#include <chrono>

namespace snapshotdesk {

// A Clock that only moves when the test moves it. Inject it wherever the code takes a
// `const Clock&` (ApiTransport, SnapshotService, validation) and drive rate-limit waits, countdowns
// and "is this in the future" checks without sleeping:
//
//     FakeClock clock;                            // starts at FakeClock::defaultStart() (UTC)
//     clock.set(QDateTime(QDate(2026, 10, 25), QTime(1, 0), QTimeZone::utc()));
//     clock.advance(std::chrono::seconds(30));    // or advance(250ms), advanceSecs(30)
//
// now() always answers in UTC, like Clock::system().
class FakeClock final : public Clock
{
public:
    FakeClock()
        : m_now(defaultStart().toUTC())
    {}
    explicit FakeClock(const QDateTime& start)
        : m_now(start.toUTC())
    {}

    // 2026-06-15 12:00:00 UTC: a fixed, unremarkable instant (no DST change nearby).
    static QDateTime defaultStart() { return QDateTime(QDate(2026, 6, 15), QTime(12, 0), QTimeZone::utc()); }

    QDateTime now() const override { return m_now; }

    void set(const QDateTime& instant) { m_now = instant.toUTC(); }
    void advance(std::chrono::milliseconds by) { m_now = m_now.addMSecs(by.count()); }
    void advanceSecs(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void advanceMSecs(qint64 milliseconds) { m_now = m_now.addMSecs(milliseconds); }

    // Seconds since the epoch of now(): handy for X-Organization-Rate-Limit-Reset.
    qint64 epochSecs() const { return m_now.toSecsSinceEpoch(); }

private:
    QDateTime m_now;
};

} // namespace snapshotdesk
