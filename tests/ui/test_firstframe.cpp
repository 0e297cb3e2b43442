// The first frame of the real window, in a process of its own (what a process has loaded cannot
// be unloaded, so no other test may run before): with the app's style, nothing in it loads Qt's
// image-format plugins (the style's PNGs: the menu bar's overflow arrow, the clear buttons, the
// group box's frame), and what waits for the first paint arrives just after it.

#include "session/Session.h"
#include "store/History.h"
#include "ui/widgets/AppStyle.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace snapshotdesk;
using namespace Qt::StringLiterals;

namespace {

#ifdef Q_OS_LINUX
// The image-format plugins this process has mapped, by file name.
QStringList loadedImagePlugins()
{
    QFile maps(u"/proc/self/maps"_s);
    if (!maps.open(QIODevice::ReadOnly))
        return {u"(cannot read /proc/self/maps)"_s};
    QStringList plugins;
    for (const QByteArray& line : maps.readAll().split('\n')) {
        const qsizetype at = line.indexOf("/imageformats/");
        if (at >= 0 && !plugins.contains(QString::fromUtf8(line.mid(at))))
            plugins << QString::fromUtf8(line.mid(at));
    }
    return plugins;
}
#endif

} // namespace

class TestFirstFrame final : public QObject
{
    Q_OBJECT

private slots:
#ifdef Q_OS_LINUX // reads /proc/self/maps; built where that exists rather than skipped elsewhere
    void theFirstFrameLoadsNoImagePlugin();
#endif
    void theHistoryIsReadAfterTheFirstPaint();
};

#ifdef Q_OS_LINUX
void TestFirstFrame::theFirstFrameLoadsNoImagePlugin()
{
    QApplication::setStyle(new AppStyle(u"Fusion"_s));
    QTemporaryDir dir;
    Session::Options options;
    options.location = SettingsLocation::iniFile(dir.filePath(u"settings.ini"_s));
    options.useKeychain = false;
    Session session(options);
    MainWindow window(session);
    QStringList atFirstPaint{u"(not painted)"_s};
    connect(&window, &MainWindow::firstPainted, this,
            [&atFirstPaint] { atFirstPaint = loadedImagePlugins(); });
    auto* name = window.findChild<QLineEdit*>(u"displayNameEdit"_s);
    QVERIFY(name);
    QVERIFY(!name->text().isEmpty()); // so that its clear button would be in the first frame
    window.show();
    QTRY_VERIFY(atFirstPaint != QStringList{u"(not painted)"_s});
    QCOMPARE(atFirstPaint, QStringList());
    // What waited comes in the slices after it: the clear button, the window's icon.
    QTRY_VERIFY(name->isClearButtonEnabled());
    QTRY_VERIFY(!QApplication::windowIcon().isNull());
}
#endif

void TestFirstFrame::theHistoryIsReadAfterTheFirstPaint()
{
    QTemporaryDir dir;
    Session::Options options;
    options.location = SettingsLocation::iniFile(dir.filePath(u"settings.ini"_s));
    options.useKeychain = false;
    {
        // An earlier start left one entry (a small file, read in a moment once asked).
        Session earlier(options);
        QSignalSpy loaded(&earlier, &Session::historyLoaded);
        QVERIFY(loaded.wait());
        HistoryEntry entry;
        entry.createdAt = QDateTime::currentDateTimeUtc();
        entry.displayName = u"Weekly WAN review"_s;
        entry.sourceId = u"2"_s;
        entry.sourceName = u"Network Overview"_s;
        entry.from = entry.createdAt.addDays(-1);
        entry.to = entry.createdAt;
        entry.aid = u"75"_s;
        entry.snapshotId = u"snap-1"_s;
        QSignalSpy saved(&earlier.history(), &History::saved);
        QVERIFY(!earlier.history().add(entry).isEmpty());
        QVERIFY(saved.wait());
    }
    options.loadHistoryAtStart = false; // as the app starts
    Session session(options);
    MainWindow window(session);
    bool loadedAtFirstPaint = true;
    connect(&window, &MainWindow::firstPainted, this,
            [&] { loadedAtFirstPaint = session.isHistoryLoaded() || session.history().size() > 0; });
    QSignalSpy painted(&window, &MainWindow::firstPainted);
    window.show();
    QVERIFY(painted.wait());
    QVERIFY(!loadedAtFirstPaint);
    // And then it comes.
    QTRY_VERIFY(session.isHistoryLoaded());
    QCOMPARE(session.history().size(), 1);
    QCOMPARE(session.history().entries().constFirst().displayName, u"Weekly WAN review"_s);
}

QTEST_MAIN(TestFirstFrame)
#include "test_firstframe.moc"
