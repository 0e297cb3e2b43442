// The startup baseline: an empty QMainWindow of the app's size, shown, with the same first-paint
// probe as the app (see ui/window/FirstPaintProbe.h). It prints "first-paint <ms>" and exits.

#include "window/FirstPaintProbe.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(900, 760);
    new snapshotdesk::FirstPaintProbe(&window, nullptr, {});
    window.show();
    return QApplication::exec();
}
