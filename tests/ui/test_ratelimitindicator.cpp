// RateLimitIndicator, the status bar's rate-limit part: what it says (and says to a screen reader)
// for each state the headers can report, when it turns "low", and the countdown with its Cancel.

#include "FakeClock.h"
#include "ui/widgets/RateLimitIndicator.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace snapshotdesk;
using namespace Qt::StringLiterals;

namespace {

RateLimitStatus organization(int limit, int remaining, const QDateTime& reset = {})
{
    RateLimitStatus status;
    status.organization = {limit, remaining, reset};
    return status;
}

} // namespace

class TestRateLimitIndicator final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::utc()));
        m_indicator = std::make_unique<RateLimitIndicator>(m_clock);
        m_indicator->show();
    }
    void cleanup() { m_indicator.reset(); }

    void unknownUntilTheFirstAnswer()
    {
        QCOMPARE(m_indicator->summary(), u"Rate limit: not known yet"_s);
        QVERIFY(!bar()->isVisible());
        QVERIFY(!m_indicator->isLow());
    }

    void remainingOfLimitWithTheReset()
    {
        m_indicator->setStatus(organization(240, 237, m_clock.now().addSecs(42)));
        QCOMPARE(m_indicator->summary(), u"Rate limit: 237 of 240 left, resets in 42 s"_s);
        QVERIFY(bar()->isVisible());
        QCOMPARE(bar()->maximum(), 240);
        QCOMPARE(bar()->value(), 237);
        // A reset already past is not counted down.
        m_clock.advanceSecs(60);
        m_indicator->setStatus(organization(240, 237, m_clock.now().addSecs(-1)));
        QCOMPARE(m_indicator->summary(), u"Rate limit: 237 of 240 left"_s);
    }

    void lowAtATenthOrLessSaysSoInWords()
    {
        m_indicator->setStatus(organization(240, 25));
        QVERIFY(!m_indicator->isLow());
        QVERIFY(!m_indicator->summary().contains(u"low"_s));
        m_indicator->setStatus(organization(240, 24));
        QVERIFY(m_indicator->isLow());
        QCOMPARE(m_indicator->summary(), u"Rate limit: 24 of 240 left (low)"_s);
        QVERIFY(bar()->palette().color(QPalette::Highlight) !=
                m_indicator->palette().color(QPalette::Highlight));
    }

    void hourlySnapshotWindowOnV7()
    {
        RateLimitStatus status = organization(240, 200);
        status.snapshotCreation = {100, 0, m_clock.now().addSecs(180)};
        m_indicator->setStatus(status);
        QCOMPARE(m_indicator->summary(),
                 u"Rate limit: 200 of 240 left; Snapshots this hour: none left, resets in 3 min"_s);
        status.snapshotCreation = {100, 99, {}};
        m_indicator->setStatus(status);
        QVERIFY(m_indicator->summary().endsWith(u"Snapshots this hour: 99 of 100 left"_s));
    }

    void waitingShowsTheCountdownAndACancel()
    {
        QSignalSpy cancel(m_indicator.get(), &RateLimitIndicator::cancelRequested);
        auto* button = m_indicator->findChild<QPushButton*>(u"rateLimitCancel"_s);
        QVERIFY(button);
        QVERIFY(!button->isVisible());
        m_indicator->setStatus(organization(240, 0));
        m_indicator->setWaiting(WaitReason::RateLimited, 12);
        QVERIFY(button->isVisible());
        QVERIFY(m_indicator->summary().startsWith(u"Rate limited: retrying in 12 s; "_s));
        m_indicator->setWaiting(WaitReason::Pacing, 7);
        QVERIFY(m_indicator->summary().startsWith(u"Rate limit reached: sending in 7 s; "_s));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(cancel.size(), 1);
        m_indicator->setWaiting(WaitReason::None, 0);
        QVERIFY(!button->isVisible());
        QVERIFY(!m_indicator->summary().contains(u"sending in"_s));
    }

    // A screen reader hears what is shown: the accessible description follows every change.
    void accessibleDescriptionIsWhatIsShown()
    {
        QCOMPARE(m_indicator->accessibleName(), u"Rate limit"_s);
        m_indicator->setStatus(organization(240, 3));
        QCOMPARE(m_indicator->accessibleDescription(), m_indicator->summary());
        QVERIFY(m_indicator->accessibleDescription().contains(u"3 of 240"_s));
        m_indicator->setWaiting(WaitReason::RateLimited, 30);
        QCOMPARE(m_indicator->accessibleDescription(), m_indicator->summary());
        QVERIFY(m_indicator->accessibleDescription().contains(u"30 s"_s));
        QCOMPARE(m_indicator->toolTip(), m_indicator->summary());
    }

private:
    QProgressBar* bar() const { return m_indicator->findChild<QProgressBar*>(u"rateLimitBar"_s); }

    FakeClock m_clock;
    std::unique_ptr<RateLimitIndicator> m_indicator;
};

QTEST_MAIN(TestRateLimitIndicator)
#include "test_ratelimitindicator.moc"
