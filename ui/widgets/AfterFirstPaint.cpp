#include "ui/widgets/AfterFirstPaint.h"

#include <QEvent>
#include <QWidget>

namespace snapshotdesk {

void AfterFirstPaint::run(QWidget* widget, std::function<void()> work)
{
    new AfterFirstPaint(widget, std::move(work)); // owned by the widget; deletes itself once run
}

AfterFirstPaint::AfterFirstPaint(QWidget* widget, std::function<void()> work)
    : QObject(widget)
    , m_work(std::move(work))
{
    widget->installEventFilter(this);
}

bool AfterFirstPaint::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && watched == parent()) {
        watched->removeEventFilter(this);
        // The paint event comes before the widget's children are painted and the frame is
        // flushed; a queued call runs once that whole pass is over.
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_work();
                deleteLater();
            },
            Qt::QueuedConnection);
    }
    return false;
}

} // namespace snapshotdesk
