// SnapshotForm on its own: Create is enabled exactly when the request can be sent, each problem is
// said beside the field it concerns (errors and warnings told apart, also to a screen reader), a
// list still loading is not an error, and Create hands over exactly what the form shows.

#include "FakeClock.h"
#include "ui/form/SnapshotForm.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>

using namespace snapshotdesk;
using namespace Qt::StringLiterals;

class TestSnapshotForm final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::utc()));
        m_form = std::make_unique<SnapshotForm>(m_clock);
        m_form->setApiVersion(ApiVersion::V7);
        AccountGroup group;
        group.aid = u"75"_s;
        group.name = u"API Sandbox"_s;
        m_form->setAccountGroups({group}, u"75"_s);
        SnapshotSource source;
        source.id = u"2"_s;
        source.name = u"Network Overview"_s;
        m_form->setSources({source}, u"2"_s);
        m_form->show();
    }
    void cleanup() { m_form.reset(); }

    void aCompleteFormCanBeCreated()
    {
        setName(u"Weekly WAN review"_s);
        QVERIFY(create()->isEnabled());
        QVERIFY(!problem("displayNameProblem")->isVisible());
        QVERIFY(!problem("rangeProblem")->isVisible());
    }

    void aReasonOutsideTheFormDisablesCreate()
    {
        // A complete form, but no token (forgotten in Settings while the lists were loaded).
        setName(u"Weekly WAN review"_s);
        QVERIFY(create()->isEnabled());
        m_form->setBlockedReason(u"No ThousandEyes account is set up."_s);
        QVERIFY(!m_form->canCreate());
        QVERIFY(!create()->isEnabled());
        QCOMPARE(create()->toolTip(), u"No ThousandEyes account is set up."_s);
        QCOMPARE(create()->accessibleDescription(), create()->toolTip());
        m_form->setBlockedReason({});
        QVERIFY(create()->isEnabled());
    }

    void aMissingNameDisablesCreateAndSaysSo()
    {
        setName({});
        QVERIFY(!create()->isEnabled());
        QLabel* label = problem("displayNameProblem");
        // An icon beside the field says it on hover and to a screen reader; the hint under Create
        // says it in words.
        QVERIFY(label->isVisible());
        QCOMPARE(label->toolTip(), u"Enter a name for the snapshot."_s);
        QCOMPARE(label->accessibleName(), u"Error"_s);
        QCOMPARE(label->accessibleDescription(), label->toolTip());
        QCOMPARE(label->pixmap().toImage(), icon(QStyle::SP_MessageBoxCritical));
        QCOMPARE(m_form->hint(), u"Enter a name for the snapshot."_s);
        QVERIFY(hintLabel()->isVisible());
        setName(u"Back again"_s);
        QVERIFY(create()->isEnabled());
        QVERIFY(!label->isVisible());
        QVERIFY(m_form->hint().isEmpty());
    }

    void aReversedRangeIsAnErrorBesideTheRange()
    {
        setName(u"Reversed"_s);
        from()->setDateTime(to()->dateTime().addSecs(3600));
        QVERIFY(!create()->isEnabled());
        QLabel* label = problem("rangeProblem");
        QVERIFY(label->isVisible());
        QVERIFY2(label->toolTip().contains(u"earlier than the end"_s), qPrintable(label->toolTip()));
        QVERIFY2(m_form->hint().contains(u"earlier than the end"_s), qPrintable(m_form->hint()));
        QCOMPARE(label->accessibleName(), u"Error"_s);
        QVERIFY(!problem("displayNameProblem")->isVisible());
    }

    void aLongRangeIsAWarningThatAllowsCreate()
    {
        setName(u"Long"_s);
        from()->setDateTime(to()->dateTime().addDays(-100));
        QLabel* label = problem("rangeProblem");
        QVERIFY(label->isVisible());
        QVERIFY2(label->toolTip().contains(u"93 days"_s), qPrintable(label->toolTip()));
        QVERIFY2(m_form->hint().contains(u"93 days"_s), qPrintable(m_form->hint()));
        QCOMPARE(label->accessibleName(), u"Warning"_s);
        QCOMPARE(label->pixmap().toImage(), icon(QStyle::SP_MessageBoxWarning));
        QVERIFY(create()->isEnabled()); // the window asks "Create anyway" before sending
        // From a warning to an error and back: the icon follows.
        from()->setDateTime(to()->dateTime().addSecs(3600));
        QCOMPARE(label->pixmap().toImage(), icon(QStyle::SP_MessageBoxCritical));
        from()->setDateTime(to()->dateTime().addDays(-100));
        QCOMPARE(label->pixmap().toImage(), icon(QStyle::SP_MessageBoxWarning));
    }

    void aProblemFoundBeforeTheFormIsShownHasItsIconWhenShown()
    {
        // The icon is drawn when the slot comes on screen (the form passes through problems while
        // it is built, and the style's icons are costly at start).
        SnapshotForm hidden(m_clock);
        hidden.setApiVersion(ApiVersion::V7);
        hidden.findChild<QLineEdit*>(u"displayNameEdit"_s)->clear();
        auto* label = hidden.findChild<QLabel*>(u"displayNameProblem"_s);
        QCOMPARE(label->accessibleName(), u"Error"_s);
        hidden.show();
        QVERIFY(label->isVisible());
        QCOMPARE(label->pixmap().toImage(), icon(QStyle::SP_MessageBoxCritical));
    }

    void aListStillLoadingIsNotAnError()
    {
        setName(u"Waiting for the list"_s);
        m_form->setSources({}, {});
        m_form->setSourcesLoading(true);
        QVERIFY(!create()->isEnabled());                      // nothing to create from yet...
        QVERIFY(!problem("displayNameProblem")->isVisible()); // ...but nothing to shout about
        QCOMPARE(m_form->hint(), u"The dashboards are still loading."_s);
        auto* sources = m_form->findChild<QComboBox*>(u"sourceCombo"_s);
        QCOMPARE(sources->lineEdit()->placeholderText(), u"Loading…"_s);
    }

    // A message that comes or goes moves no control: the next click lands where the user aimed.
    void messagesMoveNoControl()
    {
        setName(u"Steady"_s);
        QCoreApplication::sendPostedEvents();
        QList<QWidget*> controls;
        for (QWidget* widget : m_form->findChildren<QWidget*>()) {
            if (widget->isVisible() && widget->focusPolicy() != Qt::NoFocus)
                controls.append(widget);
        }
        QVERIFY(controls.size() >= 8);
        const auto positions = [&controls] {
            QList<QRect> list;
            for (QWidget* widget : std::as_const(controls))
                list.append(QRect(widget->mapTo(widget->window(), QPoint()), widget->size()));
            return list;
        };
        const QList<QRect> before = positions();
        const QSize formSize = m_form->sizeHint();
        from()->setDateTime(to()->dateTime().addDays(-100)); // a warning beside the range
        setName({});                                         // an error beside the name
        QCoreApplication::sendPostedEvents();
        QVERIFY(problem("displayNameProblem")->isVisible());
        QVERIFY(problem("rangeProblem")->isVisible());
        QCOMPARE(positions(), before);
        QCOMPARE(m_form->sizeHint(), formSize);
    }

    void whileCreatingOnlyCancelWorks()
    {
        setName(u"Busy"_s);
        QSignalSpy cancelled(m_form.get(), &SnapshotForm::cancelRequested);
        QSignalSpy requested(m_form.get(), &SnapshotForm::createRequested);
        auto* cancel = m_form->findChild<QPushButton*>(u"cancelButton"_s);
        QVERIFY(!cancel->isEnabled());
        m_form->setCreating(true);
        QVERIFY(!create()->isEnabled());
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(create(), Qt::LeftButton);
        QCOMPARE(requested.size(), 0);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(cancelled.size(), 1);
        m_form->setCreating(false);
        QVERIFY(create()->isEnabled());
        QVERIFY(!cancel->isEnabled());
    }

    void createHandsOverWhatTheFormShows()
    {
        setName(u"  Exactly this  "_s);
        const QDateTime start(QDate(2026, 11, 19), QTime(8, 30),
                              QTimeZone(QByteArrayLiteral("Europe/Berlin")));
        const QDateTime end(QDate(2026, 11, 19), QTime(17, 45),
                            QTimeZone(QByteArrayLiteral("Europe/Berlin")));
        from()->setDateTime(start.toLocalTime());
        to()->setDateTime(end.toLocalTime());
        QSignalSpy requested(m_form.get(), &SnapshotForm::createRequested);
        QTest::mouseClick(create(), Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        const auto request = requested.first().first().value<SnapshotRequest>();
        QCOMPARE(request.displayName.trimmed(), u"Exactly this"_s);
        QCOMPARE(request.sourceId, u"2"_s);
        QCOMPARE(request.aid, u"75"_s);
        QCOMPARE(request.from, start);
        QCOMPARE(request.to, end);
        QCOMPARE(request.from.toUTC().time(), QTime(7, 30)); // CET is UTC+1 in November
    }

private:
    QImage icon(QStyle::StandardPixmap which) const
    {
        const int size = m_form->style()->pixelMetric(QStyle::PM_SmallIconSize);
        return m_form->style()->standardIcon(which).pixmap(size, size).toImage();
    }
    QPushButton* create() const { return m_form->findChild<QPushButton*>(u"createButton"_s); }
    QDateTimeEdit* from() const { return m_form->findChild<QDateTimeEdit*>(u"fromEdit"_s); }
    QDateTimeEdit* to() const { return m_form->findChild<QDateTimeEdit*>(u"toEdit"_s); }
    QLabel* problem(const char* name) const { return m_form->findChild<QLabel*>(QLatin1StringView(name)); }
    QLabel* hintLabel() const { return m_form->findChild<QLabel*>(u"formHint"_s); }
    void setName(const QString& name)
    {
        auto* edit = m_form->findChild<QLineEdit*>(u"displayNameEdit"_s);
        edit->clear();
        QTest::keyClicks(edit, name);
    }

    FakeClock m_clock;
    std::unique_ptr<SnapshotForm> m_form;
};

QTEST_MAIN(TestSnapshotForm)
#include "test_snapshotform.moc"
