#pragma once

// Benchmark hook, opt-in and inert otherwise: with SNAPSHOTDESK_BENCH_FIRST_PAINT=1 in the
// environment the app prints, on stdout,
//
//     first-paint <ms>      once the window's first frame has been painted
//     table-complete <ms>   once the history table shows every entry (may equal first-paint)
//
// and exits. <ms> is std::chrono::steady_clock (CLOCK_MONOTONIC on Linux) in milliseconds, so a
// harness that noted the same clock when it spawned the process gets launch-to-paint. Used by
// bench/ (scripts/bench.sh); the bare-window baseline there uses this same probe.

#include <QCoreApplication>
#include <QEvent>
#include <QPointer>
#include <QWidget>

#include <chrono>
#include <cstdio>
#include <functional>

namespace snapshotdesk {

class FirstPaintProbe final : public QObject
{
public:
    static bool requested() { return qEnvironmentVariableIntValue("SNAPSHOTDESK_BENCH_FIRST_PAINT") == 1; }

    static double nowMs()
    {
        const auto now = std::chrono::steady_clock::now().time_since_epoch();
        return static_cast<double>(std::chrono::duration_cast<std::chrono::microseconds>(now).count()) /
               1000.0;
    }

    // `window` is watched for its first paint; `table` (may be null) for the paints after which
    // `complete` (may be empty: complete at first paint) is checked.
    FirstPaintProbe(QWidget* window, QWidget* table, std::function<bool()> complete)
        : QObject(window)
        , m_window(window)
        , m_table(table)
        , m_complete(std::move(complete))
    {
        window->installEventFilter(this);
        if (table)
            table->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && (watched == m_window || watched == m_table)) {
            // The paint event arrives before the children are painted and the frame is flushed;
            // a queued call runs once that whole pass is over.
            QMetaObject::invokeMethod(
                this, [this] { afterPaint(); }, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void afterPaint()
    {
        if (m_done)
            return;
        const double now = nowMs();
        if (!m_painted) {
            m_painted = true;
            std::printf("first-paint %.3f\n", now);
        }
        if (!m_complete || m_complete()) {
            m_done = true;
            std::printf("table-complete %.3f\n", now);
            std::fflush(stdout);
            QCoreApplication::exit(0);
        }
    }

    QPointer<QWidget> m_window;
    QPointer<QWidget> m_table;
    std::function<bool()> m_complete;
    bool m_painted = false;
    bool m_done = false;
};

} // namespace snapshotdesk
