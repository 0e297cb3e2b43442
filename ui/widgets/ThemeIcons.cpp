#include "ui/widgets/ThemeIcons.h"

#include "ui/widgets/AfterFirstPaint.h"

#include <QAbstractButton>
#include <QAction>
#include <QIcon>
#include <QWidget>

namespace snapshotdesk {

ThemeIcons::ThemeIcons(QWidget* owner)
{
    AfterFirstPaint::run(owner, [this] { apply(); });
}

void ThemeIcons::add(QAction* action, const QString& themeName)
{
    m_pending.append({action, nullptr, themeName});
}

void ThemeIcons::add(QAbstractButton* button, const QString& themeName)
{
    m_pending.append({nullptr, button, themeName});
}

void ThemeIcons::apply()
{
    for (const Pending& pending : std::exchange(m_pending, {})) {
        if (pending.action)
            pending.action->setIcon(QIcon::fromTheme(pending.themeName, pending.action->icon()));
        else if (pending.button)
            pending.button->setIcon(QIcon::fromTheme(pending.themeName, pending.button->icon()));
    }
}

} // namespace snapshotdesk
