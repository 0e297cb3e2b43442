#include "ui/widgets/RateLimitIndicator.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

namespace snapshotdesk {

namespace {

QString countdown(qint64 seconds)
{
    if (seconds >= 120)
        return RateLimitIndicator::tr("%n min", nullptr, static_cast<int>((seconds + 59) / 60));
    return RateLimitIndicator::tr("%n s", nullptr, static_cast<int>(std::max<qint64>(0, seconds)));
}

} // namespace

RateLimitIndicator::RateLimitIndicator(const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("rateLimitIndicator"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_waitText = new QLabel(this);
    m_waitText->setObjectName(QStringLiteral("rateLimitWait"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("rateLimitCancel"));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop waiting and cancel the request"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("rateLimitText"));
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("rateLimitBar"));
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(80);
    m_bar->setMaximumHeight(12);
    m_snapshotText = new QLabel(this);
    m_snapshotText->setObjectName(QStringLiteral("snapshotLimitText"));
    layout->addWidget(m_waitText);
    layout->addWidget(m_cancel);
    layout->addWidget(m_text);
    layout->addWidget(m_bar);
    layout->addWidget(m_snapshotText);
    m_waitText->setVisible(false);
    m_cancel->setVisible(false);
    connect(m_cancel, &QPushButton::clicked, this, &RateLimitIndicator::cancelRequested);

    m_ticker = new QTimer(this);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &RateLimitIndicator::refresh);
    m_ticker->start();
    setAccessibleName(tr("Rate limit"));
    refresh();
}

void RateLimitIndicator::setStatus(const RateLimitStatus& status)
{
    m_status = status;
    refresh();
}

void RateLimitIndicator::setWaiting(WaitReason reason, int secondsLeft)
{
    const bool waiting = reason != WaitReason::None;
    m_waitText->setVisible(waiting);
    m_cancel->setVisible(waiting);
    m_waitSentence.clear();
    if (reason == WaitReason::RateLimited) {
        m_waitSentence = tr("Rate limited: retrying in %n s", nullptr, secondsLeft);
        //: Status bar, short form of "Rate limited: retrying in %n s"
        m_waitText->setText(tr("Retry in %n s", nullptr, secondsLeft));
    } else if (reason == WaitReason::Pacing) {
        m_waitSentence = tr("Rate limit reached: sending in %n s", nullptr, secondsLeft);
        //: Status bar, short form of "Rate limit reached: sending in %n s"
        m_waitText->setText(tr("Sending in %n s", nullptr, secondsLeft));
    }
    refresh();
}

bool RateLimitIndicator::isLow() const
{
    const RateLimitWindow& org = m_status.organization;
    return org.isKnown() && org.limit > 0 && org.remaining * 10 <= org.limit;
}

QString RateLimitIndicator::summary() const
{
    QStringList parts;
    if (!m_waitText->isHidden() && !m_waitSentence.isEmpty())
        parts << m_waitSentence;
    if (!m_limitSentence.isEmpty())
        parts << m_limitSentence;
    if (!m_snapshotSentence.isEmpty())
        parts << m_snapshotSentence;
    return parts.join(QStringLiteral("; "));
}

void RateLimitIndicator::refresh()
{
    const QDateTime now = m_clock.now();
    const RateLimitWindow& org = m_status.organization;
    if (org.isKnown()) {
        //: Status bar: %1 requests remaining of %2 allowed per minute
        QString text = tr("Rate limit: %1 of %2 left").arg(org.remaining).arg(org.limit);
        const bool resets = org.reset.isValid() && now < org.reset;
        if (resets)
            //: Status bar: %1 remaining of %2 per minute; %3 a duration such as "42 s" or "3 min"
            text = tr("Rate limit: %1 of %2 left, resets in %3")
                       .arg(org.remaining)
                       .arg(org.limit)
                       .arg(countdown(now.secsTo(org.reset)));
        m_limitSentence = text;
        //: Status bar, short: %1 API requests left of %2 this minute
        QString shown = tr("Requests: %1/%2").arg(org.remaining).arg(org.limit);
        // The countdown matters only when little is left.
        if (resets && isLow())
            //: Status bar, short: %1 of %2 requests left; %3 a duration such as "42 s"
            shown = tr("Requests: %1/%2, reset in %3")
                        .arg(org.remaining)
                        .arg(org.limit)
                        .arg(countdown(now.secsTo(org.reset)));
        m_text->setText(shown);
        m_bar->setRange(0, std::max(1, org.limit));
        m_bar->setValue(org.remaining);
        m_bar->setVisible(true);
        // The highlight turns to the palette's "negative" shade (link-visited red in most themes)
        // when 10 % or less is left; the text says "low" too, for those who cannot see colour.
        QPalette p = palette();
        if (isLow()) {
            p.setColor(QPalette::Highlight, QColor(0xc0, 0x1c, 0x28));
            m_text->setText(m_text->text() + tr(" (low)"));
            m_limitSentence += tr(" (low)");
        }
        m_bar->setPalette(p);
    } else {
        m_limitSentence = tr("Rate limit: not known yet");
        //: Status bar, short form of "Rate limit: not known yet"
        m_text->setText(tr("Requests: not known yet"));
        m_bar->setVisible(false);
    }
    const RateLimitWindow& snapshots = m_status.snapshotCreation;
    if (snapshots.isKnown()) {
        //: Status bar, v7 only: %1 snapshot creations remaining of %2 per hour
        QString text = tr("Snapshots this hour: %1 of %2 left").arg(snapshots.remaining).arg(snapshots.limit);
        //: Status bar, short: %1 snapshot creations left of %2 this hour
        QString shown = tr("Snapshots: %1/%2").arg(snapshots.remaining).arg(snapshots.limit);
        if (snapshots.remaining == 0 && snapshots.reset.isValid() && now < snapshots.reset) {
            //: %1 is a duration such as "42 s" or "3 min"
            text = tr("Snapshots this hour: none left, resets in %1")
                       .arg(countdown(now.secsTo(snapshots.reset)));
            //: Status bar, short: no snapshot creations left; %1 a duration such as "42 s"
            shown = tr("Snapshots: 0, reset in %1").arg(countdown(now.secsTo(snapshots.reset)));
        }
        m_snapshotSentence = text;
        m_snapshotText->setText(shown);
        m_snapshotText->setVisible(true);
    } else {
        m_snapshotText->clear();
        m_snapshotSentence.clear();
        m_snapshotText->setVisible(false);
    }
    const QString description = summary();
    if (description != accessibleDescription()) {
        setAccessibleDescription(description);
        setToolTip(description);
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
}

} // namespace snapshotdesk
