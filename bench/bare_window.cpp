// The startup baseline: an empty QMainWindow of the app's size, shown, with the same first-paint
// probe as the app (see ui/window/FirstPaintProbe.h). It prints "first-paint <ms>" and exits.
// With --text it shows one line of text as well: the least any window with words pays on top
// (Qt's font database, fontconfig, shaping and glyphs), which the empty window never loads.

#include "ui/window/FirstPaintProbe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(900, 760);
    if (QCoreApplication::arguments().contains(QStringLiteral("--text")))
        window.setCentralWidget(new QLabel(QStringLiteral("Snapshot Desk"), &window));
    new snapshotdesk::FirstPaintProbe(&window, nullptr, {});
    window.show();
    return QApplication::exec();
}
