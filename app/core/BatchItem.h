#pragma once

#include "core/ApiError.h"
#include "core/SnapshotRequest.h"

#include <QString>
#include <QUrl>

namespace snapshotdesk {

// One snapshot of a batch and how it went.
struct BatchItem
{
    enum class State
    {
        Pending,
        Sending,
        Created,
        Failed,
        Cancelled, // not sent, or aborted, because the batch was cancelled
        Unknown,   // sent, but the answer was lost: never sent again until found not made
    };

    SnapshotRequest request;
    State state = State::Pending;
    QString snapshotId;
    QUrl link;
    ApiError error;
    // Sends refused for the rate limit so far; capped, so one item cannot be retried forever.
    int rateLimitedAttempts = 0;

    friend bool operator==(const BatchItem&, const BatchItem&) = default;
};

} // namespace snapshotdesk
