#pragma once

// Small helpers shared by the benchmark program: medians, an event-loop stall monitor, a
// generated history file, and the one output format scripts/bench.sh turns into a table.

#include "core/HistoryEntry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace snapshotdesk::bench {

inline double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t mid = values.size() / 2;
    return values.size() % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

inline double maxOf(const std::vector<double>& values)
{
    return values.empty() ? 0 : *std::max_element(values.begin(), values.end());
}

// One table row: figure, measured, baseline, ratio, target, pass/miss. scripts/bench.sh collects
// the lines that start with "ROW\t".
inline void row(const char* figure, const QString& measured, const QString& baseline, const QString& ratio,
                const QString& target, bool pass)
{
    std::printf("ROW\t%s\t%s\t%s\t%s\t%s\t%s\n", figure, qPrintable(measured), qPrintable(baseline),
                qPrintable(ratio), qPrintable(target), pass ? "pass" : "MISS");
    std::fflush(stdout);
}

// A row that explains another and has no target of its own.
inline void contextRow(const char* figure, const QString& measured, const QString& baseline,
                       const QString& ratio)
{
    std::printf("ROW\t%s\t%s\t%s\t%s\t—\t—\n", figure, qPrintable(measured), qPrintable(baseline),
                qPrintable(ratio));
    std::fflush(stdout);
}

inline QString ms(double value)
{
    return QStringLiteral("%1 ms").arg(value, 0, 'f', value < 10 ? 2 : 1);
}

inline QString times(double value)
{
    return QStringLiteral("%1×").arg(value, 0, 'f', 2);
}

// The longest gap between the ticks of a 1 ms timer: how long the event loop could not run.
class StallMonitor
{
public:
    StallMonitor()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
    }

    void start()
    {
        m_max = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop()
    {
        tick();
        m_timer.stop();
    }
    // Milliseconds.
    double longestGap() const { return static_cast<double>(m_max) / 1e6; }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        m_max = std::max(m_max, now - m_last);
        m_last = now;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_max = 0;
};

// Runs the event loop for `msec` milliseconds.
inline void spin(int msec)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < msec)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

// A plausible entry: mostly snapshots, one in ten a failure, names and reasons of ordinary length.
inline HistoryEntry sampleEntry(int n, const QDateTime& createdAt)
{
    HistoryEntry e;
    e.createdAt = createdAt;
    e.displayName = QStringLiteral("Weekly WAN health %1 — %2").arg(n).arg(createdAt.toString(Qt::ISODate));
    e.sourceId = QString::number(100 + n % 500);
    e.sourceName = QStringLiteral("Branch office availability %1").arg(n % 500);
    e.from = createdAt.addSecs(-7 * 24 * 3600);
    e.to = createdAt;
    e.aid = QString::number(1000 + n % 7);
    e.accountGroupName = QStringLiteral("Network Operations %1").arg(n % 7);
    e.apiVersion = n % 2 == 0 ? ApiVersion::V7 : ApiVersion::V6;
    if (n % 10 == 9) {
        e.status = HistoryEntry::Status::Failed;
        e.failureReason =
            QStringLiteral("The server is temporarily unavailable (HTTP 503). Try again later.");
    } else {
        e.status = HistoryEntry::Status::Created;
        e.snapshotId = QStringLiteral("5f1c2d3e-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
        e.link = QUrl(QStringLiteral("https://app.thousandeyes.com/dashboard/snapshot?snapshotId=%1")
                          .arg(e.snapshotId));
    }
    if (e.apiVersion == ApiVersion::V7)
        e.expirationDate = createdAt.addYears(1);
    return e;
}

// Writes `count` entries to the INI file at `path` the way HistoryStore keys them.
inline void writeHistoryFile(const QString& path, int count)
{
    QFile::remove(path);
    QSettings settings(path, QSettings::IniFormat);
    settings.setValue(QStringLiteral("historyMeta/schema"), HistoryEntry::kSchemaVersion);
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-400);
    for (int n = 0; n < count; ++n) {
        const QDateTime at = start.addSecs(static_cast<qint64>(n) * 60);
        const QString key = QStringLiteral("%1-%2")
                                .arg(at.toMSecsSinceEpoch(), 15, 10, QLatin1Char('0'))
                                .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
        settings.setValue(QStringLiteral("history/") + key, sampleEntry(n, at).toStored());
    }
    settings.sync();
}

} // namespace snapshotdesk::bench
