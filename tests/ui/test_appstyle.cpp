// What the start-up shortcuts must not change: AppStyle draws Fusion's group box as Fusion does and
// gives the same standard icons (only later), and theme icons and other after-the-first-paint
// work arrive once the widget has been painted, and not before.

#include "ui/widgets/AfterFirstPaint.h"
#include "ui/widgets/AppStyle.h"
#include "ui/widgets/ThemeIcons.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScopeGuard>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace snapshotdesk;
using namespace Qt::StringLiterals;

namespace {

QImage render(QWidget& widget)
{
    QImage image(widget.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    widget.render(&painter, {}, {}, QWidget::DrawChildren);
    return image;
}

// Largest difference of any channel between two images of the same size.
int maxDifference(const QImage& a, const QImage& b)
{
    int worst = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            worst = std::max({worst, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                              std::abs(qBlue(p) - qBlue(q))});
        }
    }
    return worst;
}

QImage groupBoxImage(QStyle* style, const QString& title)
{
    QGroupBox box(title);
    box.setStyle(style);
    auto* layout = new QVBoxLayout(&box);
    layout->addWidget(new QLabel(u"inside"_s));
    box.resize(220, 120);
    return render(box);
}

} // namespace

class TestAppStyle final : public QObject
{
    Q_OBJECT

private slots:
    void groupBoxFrameLooksAsFusionDrawsIt_data();
    void groupBoxFrameLooksAsFusionDrawsIt();
    void standardIconsAreTheBaseStylesOwn();
    void otherStylesAreLeftAlone();
    void afterFirstPaintWaitsForThePaint();
    void themeIconsComeAfterTheFirstPaint();
};

void TestAppStyle::groupBoxFrameLooksAsFusionDrawsIt_data()
{
    QTest::addColumn<QString>("title");
    QTest::newRow("with a title") << u"Result"_s;
    QTest::newRow("without a title") << QString();
}

void TestAppStyle::groupBoxFrameLooksAsFusionDrawsIt()
{
    QFETCH(QString, title);
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    AppStyle ours(u"Fusion"_s);
    const QImage expected = groupBoxImage(fusion.get(), title);
    const QImage actual = groupBoxImage(&ours, title);
    // The frame is there: the frame's left edge, halfway down, is darker than the white page.
    const int y = expected.height() * 3 / 4;
    QVERIFY(qGray(actual.pixel(1, y)) < 250);
    // And where Fusion has it, in its colours: the PNG's soft corner shading differs by at most
    // 13 of 255 in a few corner pixels.
    QCOMPARE_LE(maxDifference(expected, actual), 16);
}

void TestAppStyle::standardIconsAreTheBaseStylesOwn()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    AppStyle ours(u"Fusion"_s);
    for (const QStyle::StandardPixmap which :
         {QStyle::SP_MessageBoxCritical, QStyle::SP_MessageBoxWarning, QStyle::SP_LineEditClearButton}) {
        const QIcon expected = fusion->standardIcon(which);
        const QIcon actual = ours.standardIcon(which);
        QCOMPARE(actual.isNull(), expected.isNull());
        QCOMPARE(actual.pixmap(16, 16).toImage(), expected.pixmap(16, 16).toImage());
        QCOMPARE(actual.pixmap(32, 32).toImage(), expected.pixmap(32, 32).toImage());
    }
}

void TestAppStyle::otherStylesAreLeftAlone()
{
    std::unique_ptr<QStyle> windows(QStyleFactory::create(u"Windows"_s));
    AppStyle ours(u"Windows"_s);
    QCOMPARE(ours.baseStyle()->name().toLower(), u"windows"_s);
    QCOMPARE(groupBoxImage(&ours, u"Result"_s), groupBoxImage(windows.get(), u"Result"_s));
}

void TestAppStyle::afterFirstPaintWaitsForThePaint()
{
    QWidget widget;
    widget.resize(100, 50);
    int runs = 0;
    AfterFirstPaint::run(&widget, [&runs] { ++runs; });
    QCoreApplication::processEvents();
    QCOMPARE(runs, 0); // not shown, not painted: not yet
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QTRY_COMPARE(runs, 1);
    widget.update();
    widget.repaint();
    QCoreApplication::processEvents();
    QCOMPARE(runs, 1); // once
}

void TestAppStyle::themeIconsComeAfterTheFirstPaint()
{
    // A theme of our own with one icon, so that taking it is seen (and what it lacks is too).
    QTemporaryDir themes;
    QVERIFY(QDir(themes.path()).mkpath(u"sdtest/16x16"_s));
    QFile index(themes.filePath(u"sdtest/index.theme"_s));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write("[Icon Theme]\nName=sdtest\nDirectories=16x16\n\n[16x16]\nSize=16\nType=Fixed\n");
    index.close();
    QImage red(16, 16, QImage::Format_ARGB32);
    red.fill(Qt::red);
    QVERIFY(red.save(themes.filePath(u"sdtest/16x16/sdtest-copy.png"_s)));
    const QStringList oldPaths = QIcon::themeSearchPaths();
    const QString oldTheme = QIcon::themeName();
    QIcon::setThemeSearchPaths({themes.path()});
    QIcon::setThemeName(u"sdtest"_s);
    const auto restore = qScopeGuard([&] {
        QIcon::setThemeSearchPaths(oldPaths);
        QIcon::setThemeName(oldTheme);
    });

    QWidget widget;
    auto* themed = new QPushButton(u"Copy"_s, &widget);
    auto* unthemed = new QPushButton(u"Link"_s, &widget);
    auto* layout = new QVBoxLayout(&widget);
    layout->addWidget(themed);
    layout->addWidget(unthemed);
    const QIcon bundled(u":/icons/actions/edit-copy.svg"_s);
    QVERIFY(!bundled.isNull());
    themed->setIcon(bundled);
    unthemed->setIcon(bundled);
    auto* action = new QAction(u"Quit"_s, &widget);
    ThemeIcons icons(&widget);
    icons.add(themed, u"sdtest-copy"_s);
    icons.add(unthemed, u"sdtest-no-such-icon"_s);
    icons.add(action, u"sdtest-no-such-icon-either"_s);
    QCoreApplication::processEvents();
    QVERIFY(themed->icon().name().isEmpty()); // not shown, not painted: still the bundled one

    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QTRY_COMPARE(themed->icon().name(), u"sdtest-copy"_s);
    QCOMPARE(themed->icon().pixmap(16, 16).toImage().pixelColor(8, 8), QColor(Qt::red));
    // Where the theme has none: the bundled icon stays, and an action without one stays without.
    QCOMPARE(unthemed->icon().pixmap(16, 16).toImage(), bundled.pixmap(16, 16).toImage());
    QVERIFY(action->icon().isNull());
}

QTEST_MAIN(TestAppStyle)
#include "test_appstyle.moc"
