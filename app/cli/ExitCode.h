#pragma once

#include "core/ApiError.h"

namespace snapshotdesk::cli {

// snapshot-desk-cli's exit status, as its man page documents it: what a script can branch on.
enum class ExitCode
{
    Success = 0,
    Failure = 1,        // the API or the network failed
    Usage = 2,          // bad usage or input; the message names the argument
    Authentication = 3, // no token, a token refused (401) or lacking a permission (403)
    RateLimited = 4,    // the rate limit did not recover within the one wait and retry
    PartlyFailed = 5,   // a batch (a routine, several deletes) in which some items failed
};

// The class of `error`: refusals before sending are bad input, 401/403 and a missing token are
// authentication, a 429 after the retry is the rate limit, the rest is the API or the network.
ExitCode exitCodeFor(const ApiError& error);

} // namespace snapshotdesk::cli
