#pragma once

#include "api/ApiTransport.h"
#include "core/Clock.h"
#include "core/RateLimitStatus.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace snapshotdesk {

// The status-bar view of the rate limits: "remaining of limit" with a small bar that turns to a
// warning colour at 10 % or less, a countdown to the reset, the v7 hourly snapshot window, and
// after a 429 "Rate limited: retrying in N s" with a Cancel button. A screen reader gets the same
// numbers through the accessible description.
class RateLimitIndicator final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RateLimitIndicator)

public:
    explicit RateLimitIndicator(const Clock& clock, QWidget* parent = nullptr);

    void setStatus(const RateLimitStatus& status);
    void setWaiting(WaitReason reason, int secondsLeft);
    QString summary() const; // what is shown, as one sentence
    bool isLow() const;

signals:
    void cancelRequested();

private:
    void refresh();

    const Clock& m_clock;
    RateLimitStatus m_status;
    QLabel* m_text = nullptr;
    QProgressBar* m_bar = nullptr;
    QLabel* m_snapshotText = nullptr;
    QLabel* m_waitText = nullptr;
    QPushButton* m_cancel = nullptr;
    QTimer* m_ticker = nullptr;
    // The sentences a screen reader and the tooltip get; the labels show shorter forms, so that the
    // status bar holds them all at 800 px in every language.
    QString m_waitSentence;
    QString m_limitSentence;
    QString m_snapshotSentence;
};

} // namespace snapshotdesk
