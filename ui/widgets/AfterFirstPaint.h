#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace snapshotdesk {

// Runs a piece of work once, in an event-loop slice of its own just after `widget` was first
// painted: what a widget needs but its first frame does not show (theme icons, clear buttons)
// waits there, so that the window reaches the screen sooner and input that arrives meanwhile is
// not kept waiting. Gone with the widget; never runs if the widget is never painted.
class AfterFirstPaint final : public QObject
{
public:
    static void run(QWidget* widget, std::function<void()> work);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    AfterFirstPaint(QWidget* widget, std::function<void()> work);

    std::function<void()> m_work;
};

} // namespace snapshotdesk
