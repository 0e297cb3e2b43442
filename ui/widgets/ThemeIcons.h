#pragma once

#include <QList>
#include <QPointer>
#include <QString>

class QAbstractButton;
class QAction;
class QWidget;

namespace snapshotdesk {

// The desktop theme's icons for a widget's buttons and actions, set just after the widget's first
// paint. The first QIcon::fromTheme reads the icon theme's index files (QIconTheme parses each
// index.theme with QSettings): 29 M instructions, a sixth of everything up to the first frame
// (callgrind, see bench/RESULTS.md). Until then the bundled icon shows, or none.
class ThemeIcons final
{
public:
    // `owner`'s first paint is the moment; the icons are set in the slice after it.
    explicit ThemeIcons(QWidget* owner);

    void add(QAction* action, const QString& themeName);
    void add(QAbstractButton* button, const QString& themeName);

    // Sets them now (each keeps its current icon where the theme has none). Done by itself after
    // the owner's first paint; later calls set only what was added since.
    void apply();

private:
    struct Pending
    {
        QPointer<QAction> action;
        QPointer<QAbstractButton> button;
        QString themeName;
    };
    QList<Pending> m_pending;
};

} // namespace snapshotdesk
