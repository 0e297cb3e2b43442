// No visible text is cut off: in every shipped language, at 800×600 and at the default size, every
// label, button, check box, tab, menu title, status-bar widget, group title and header section of
// the main window and of the settings, batch and routines dialogs shows its whole text. Where a
// widget is meant to elide (an ElidedLabel), its full text is in the tooltip and the accessible
// description. The window is driven through the states a newcomer sees: empty, a validation message,
// after a create, and during a rate-limit wait.

#include "FakeClock.h"
#include "session/Session.h"
#include "session/Translations.h"
#include "store/History.h"
#include "ui/batch/BatchDialog.h"
#include "ui/catalog/ServerSnapshotsView.h"
#include "ui/form/SnapshotForm.h"
#include "ui/history/HistoryView.h"
#include "ui/routines/RoutinesDialog.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/widgets/ElidedLabel.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/RateLimitIndicator.h"
#include "ui/window/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeView>

using namespace snapshotdesk;

namespace {

QString plain(QString text)
{
    return text.remove(u'&');
}

QString textOf(const QWidget* widget)
{
    if (const auto* label = qobject_cast<const QLabel*>(widget))
        return label->text();
    if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
        return plain(button->text());
    return {};
}

QString describe(const QWidget* widget)
{
    QString path;
    for (const QWidget* w = widget; w; w = w->parentWidget()) {
        if (!w->objectName().isEmpty()) {
            path = w->objectName();
            break;
        }
    }
    return QStringLiteral("%1 (%2)").arg(QLatin1StringView(widget->metaObject()->className()), path);
}

// What is cut off in `root`, one line each: where, the text, the room it needs and the room it has.
QStringList clippedIn(QWidget* root)
{
    QStringList problems;
    const auto report = [&problems](const QWidget* widget, const QString& text, int need, int have) {
        problems << QStringLiteral("%1: \"%2\" needs %3 px, has %4")
                        .arg(describe(widget), text)
                        .arg(need)
                        .arg(have);
    };
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    const QRect window = root->rect();
    for (QWidget* widget : std::as_const(widgets)) {
        if (!widget->isVisible() || widget->isWindow() != (widget == root))
            continue;
        // A text widget that reaches past the window's edge, or out of a scroll area's view, is cut
        // as surely as an elided one.
        const bool hasText = qobject_cast<QLabel*>(widget) || qobject_cast<QAbstractButton*>(widget);
        if (widget != root && hasText && !widget->visibleRegion().contains(widget->rect())) {
            const QRect inWindow(widget->mapTo(root, QPoint(0, 0)), widget->size());
            report(widget, QStringLiteral("[partly out of view] ") + textOf(widget), inWindow.bottom(),
                   window.bottom());
            if (qEnvironmentVariableIsSet("CLIP_DEBUG"))
                for (const QWidget* w = widget; w; w = w->parentWidget())
                    qInfo() << w << w->geometry() << w->minimumSizeHint() << w->sizeHint()
                            << w->visibleRegion().boundingRect();
            continue;
        }
        if (auto* elided = qobject_cast<ElidedLabel*>(widget)) {
            // Eliding on purpose: the whole text must be reachable by pointer and by screen reader.
            if (elided->toolTip() != elided->fullText() ||
                !elided->accessibleDescription().contains(elided->fullText()))
                problems << QStringLiteral("%1: elides \"%2\" without it in the tooltip and the accessible "
                                           "description")
                                .arg(describe(widget), elided->fullText());
            continue;
        }
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            if (label->text().isEmpty() || !label->pixmap().isNull())
                continue;
            if (label->wordWrap()) {
                // Wrapped: every line must fit in the height, and the longest word in the width.
                const int needHeight = label->heightForWidth(label->width());
                if (needHeight > label->height())
                    report(label, label->text(), needHeight, label->height());
                if (label->minimumSizeHint().width() > label->width())
                    report(label, label->text(), label->minimumSizeHint().width(), label->width());
            } else if (label->sizeHint().width() > label->width()) {
                report(label, label->text(), label->sizeHint().width(), label->width());
            } else if (label->sizeHint().height() > label->height() + 1) {
                report(label, label->text(), label->sizeHint().height(), label->height());
            }
            continue;
        }
        if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            if (button->text().isEmpty())
                continue;
            if (auto* tool = qobject_cast<QToolButton*>(button);
                tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
                continue;
            if (button->sizeHint().width() > button->width())
                report(button, plain(button->text()), button->sizeHint().width(), button->width());
            continue;
        }
        if (auto* group = qobject_cast<QGroupBox*>(widget)) {
            if (group->minimumSizeHint().width() > group->width())
                report(group, group->title(), group->minimumSizeHint().width(), group->width());
            continue;
        }
        if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            if (tabs->sizeHint().width() > tabs->width()) {
                QStringList texts;
                for (int i = 0; i < tabs->count(); ++i)
                    texts << plain(tabs->tabText(i));
                report(tabs, texts.join(QStringLiteral(" | ")), tabs->sizeHint().width(), tabs->width());
            }
            continue;
        }
        if (auto* menus = qobject_cast<QMenuBar*>(widget)) {
            for (QAction* action : menus->actions()) {
                const QRect where = menus->actionGeometry(action);
                if (action->isVisible() && (where.isEmpty() || !menus->rect().contains(where)))
                    report(menus, plain(action->text()), where.right(), menus->width());
            }
            continue;
        }
        if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            // At its size hint a combo box fits its widest item (Qt measures them all).
            if (combo->isEditable() || combo->currentText().isEmpty() ||
                combo->width() >= combo->sizeHint().width())
                continue;
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.editable = false;
            const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                               QStyle::SC_ComboBoxEditField, combo);
            const int need =
                combo->fontMetrics().horizontalAdvance(combo->currentText()) +
                (combo->itemIcon(combo->currentIndex()).isNull() ? 0 : combo->iconSize().width() + 4);
            if (need > field.width())
                report(combo, combo->currentText(), need, field.width());
            continue;
        }
        if (auto* header = qobject_cast<QHeaderView*>(widget)) {
            if (header->orientation() != Qt::Horizontal || !header->model())
                continue;
            for (int logical = 0; logical < header->count(); ++logical) {
                if (header->isSectionHidden(logical))
                    continue;
                const QString text = header->model()->headerData(logical, Qt::Horizontal).toString();
                const int need = header->sectionSizeHint(logical);
                const int have = header->sectionSize(logical);
                if (need > have)
                    report(header, text, need, have);
                // A section out of sight behind a horizontal scroll bar is as good as cut.
                if (header->sectionViewportPosition(logical) + have > header->viewport()->width() + 1)
                    report(header, text + QStringLiteral(" [beyond the visible width]"),
                           header->sectionViewportPosition(logical) + have, header->viewport()->width());
            }
            continue;
        }
    }
    return problems;
}

} // namespace

class TestClipping final : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        explicit Fixture(const QString& iniPath, FakeClock& clock)
        {
            Session::Options options;
            options.location = SettingsLocation::iniFile(iniPath);
            options.clock = &clock;
            options.useKeychain = false;
            options.startup.apiVersion = ApiVersion::V7;
            options.startup.demo = true;
            session = std::make_unique<Session>(options);
            window = std::make_unique<MainWindow>(*session);
            window->setUrlOpener([](const QUrl&) { return true; });
            window->show();
            session->start();
        }
        ~Fixture()
        {
            window.reset();
            session.reset();
        }
        std::unique_ptr<Session> session;
        std::unique_ptr<MainWindow> window;
    };

    static QList<QSize> sizes(const QWidget* window)
    {
        // 800×600, and the size the window opens at by itself.
        return {QSize(800, 600), window->size()};
    }

    // Every problem in `root` at each size, each line prefixed with the state and the size. With
    // SNAPSHOTDESK_SCREENSHOTS=DIR, the 800×600 view is also written there as LANGUAGE-STATE.png
    // (scripts/screenshots.sh), so the pictures in docs/ show exactly what was checked.
    static QStringList check(QWidget* root, const QString& state)
    {
        QStringList problems;
        // A dialog opens small enough for an 800×600 screen, and can be made that small.
        if (root->isWindow() && !qobject_cast<MainWindow*>(root) &&
            (root->width() > 800 || root->height() > 600 || root->minimumSizeHint().height() > 600))
            problems << QStringLiteral("[%1] %2 opens at %3×%4 (at least %5×%6), more than 800×600")
                            .arg(state, describe(root))
                            .arg(root->width())
                            .arg(root->height())
                            .arg(root->minimumSizeHint().width())
                            .arg(root->minimumSizeHint().height());
        for (const QSize& size : sizes(root)) {
            root->resize(size);
            // Layouts settle through posted events; the check reads the geometry they leave.
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
            QCoreApplication::sendPostedEvents();
            const QString shots = qEnvironmentVariable("SNAPSHOTDESK_SCREENSHOTS");
            // The window at 800×600, the dialogs as they open.
            const bool shown =
                qobject_cast<MainWindow*>(root) ? size == QSize(800, 600) : size != QSize(800, 600);
            if (!shots.isEmpty() && shown) {
                const QString name = QStringLiteral("%1-%2.png")
                                         .arg(QLocale().name().section(u'_', 0, 0) == u"zh"
                                                  ? QStringLiteral("zh_CN")
                                                  : QLocale().name().section(u'_', 0, 0),
                                              QString(state).replace(u' ', u'-'));
                root->grab().save(QDir(shots).filePath(name));
            }
            for (const QString& problem : clippedIn(root))
                problems << QStringLiteral("[%1, %2×%3] %4")
                                .arg(state)
                                .arg(root->width())
                                .arg(root->height())
                                .arg(problem);
        }
        return problems;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    FakeClock m_clock;

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_clock.set(QDateTime(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::utc()));
    }

    void cleanup()
    {
        m_dir.reset();
        installTranslations(*qApp, QStringLiteral("en"));
    }

    void nothingIsCutOff_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& language : availableLanguages())
            QTest::newRow(qPrintable(language)) << language;
    }

    void nothingIsCutOff()
    {
        QFETCH(QString, language);
        installTranslations(*qApp, language);
        Fixture f(m_dir->filePath(QStringLiteral("settings.ini")), m_clock);
        MainWindow& window = *f.window;
        const QSize opened = window.size();
        auto* create = window.form()->findChild<QPushButton*>(QStringLiteral("createButton"));
        QTRY_VERIFY_WITH_TIMEOUT(create->isEnabled(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(f.session->isHistoryLoaded(), 10000);

        QStringList problems;
        problems << check(&window, QStringLiteral("empty"));
        window.resize(opened);

        // A validation message beside its field, and a range long enough to warn.
        auto* name = window.form()->findChild<QLineEdit*>(QStringLiteral("displayNameEdit"));
        const QString typed = name->text();
        name->clear();
        problems << check(&window, QStringLiteral("name missing"));
        name->setText(typed);
        window.resize(opened);

        // After a create: the result, the message bar, a history row, the rate limits.
        QTest::mouseClick(create, Qt::LeftButton);
        auto* id = window.findChild<QLineEdit*>(QStringLiteral("snapshotIdEdit"));
        QTRY_VERIFY_WITH_TIMEOUT(!id->text().isEmpty(), 10000);
        QTRY_VERIFY(!window.rateLimitIndicator()->summary().contains(QStringLiteral("not known")));
        RateLimitStatus limits;
        limits.organization = {240, 237, m_clock.now().addSecs(42)};
        limits.snapshotCreation = {100, 99, m_clock.now().addSecs(3000)};
        window.rateLimitIndicator()->setStatus(limits);
        problems << check(&window, QStringLiteral("created"));
        window.resize(opened);

        // A second account's entry in the history: the profile filter beside the text filter.
        HistoryEntry other = f.session->history().entries().constLast();
        other.profile = QStringLiteral("Acme");
        f.session->history().add(other);
        QTRY_VERIFY(window.findChild<QComboBox*>(QStringLiteral("historyProfileCombo"))->isVisible());
        problems << check(&window, QStringLiteral("two profiles"));
        window.resize(opened);

        // During a 429: the countdown and its Cancel beside the limits.
        window.rateLimitIndicator()->setWaiting(WaitReason::RateLimited, 118);
        problems << check(&window, QStringLiteral("rate limited"));
        window.rateLimitIndicator()->setWaiting(WaitReason::None, 0);
        window.resize(opened);

        // The server's list.
        window.bottomTabs()->setCurrentWidget(window.serverSnapshotsView());
        QTRY_VERIFY_WITH_TIMEOUT(window.serverSnapshotsView()->table()->model()->rowCount() > 0, 10000);
        problems << check(&window, QStringLiteral("server snapshots"));
        window.bottomTabs()->setCurrentIndex(0);

        SettingsDialog settings(f.session->setup(), &window);
        settings.show();
        problems << check(&settings, QStringLiteral("settings"));
        settings.hide();

        BatchDialog* batch = window.openBatchDialog();
        QTRY_VERIFY(batch->isVisible());
        problems << check(batch, QStringLiteral("batch"));
        // After a run: its results, with their IDs.
        auto* sources = batch->findChild<QListWidget*>(QStringLiteral("batchSourceList"));
        QTRY_VERIFY(sources->count() > 1);
        sources->item(0)->setCheckState(Qt::Checked);
        sources->item(1)->setCheckState(Qt::Checked);
        QTest::mouseClick(batch->findChild<QPushButton*>(QStringLiteral("batchStartButton")), Qt::LeftButton);
        auto* results = batch->findChild<QListWidget*>(QStringLiteral("batchResultList"));
        QTRY_VERIFY_WITH_TIMEOUT(results->count() == 2 && !f.session->batch().isRunning(), 15000);
        problems << check(batch, QStringLiteral("batch results"));
        for (int row = 0; row < results->count(); ++row) {
            // The ID, which comes first, is whole in the row.
            const QString text = results->item(row)->text();
            const QString outcome = text.section(QStringLiteral(" — "), 0, 0);
            const int need = results->fontMetrics().horizontalAdvance(outcome);
            const int have = results->visualItemRect(results->item(row)).width();
            if (need > have)
                problems << QStringLiteral("[batch results] %1 needs %2 px, has %3")
                                .arg(outcome)
                                .arg(need)
                                .arg(have);
        }
        batch->hide();

        RoutinesDialog* routines = window.openRoutinesDialog();
        QTRY_VERIFY(routines->isVisible());
        problems << check(routines, QStringLiteral("routines"));
        routines->hide();

        problems.removeDuplicates();
        for (const QString& problem : std::as_const(problems))
            qInfo().noquote() << "cut off:" << problem;
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 texts cut off (listed above)").arg(problems.size())));
    }
};

QTEST_MAIN(TestClipping)
#include "test_clipping.moc"
