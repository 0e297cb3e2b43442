#include "cli/ExitCode.h"

namespace snapshotdesk::cli {

ExitCode exitCodeFor(const ApiError& error)
{
    switch (error.kind()) {
    case ApiError::Kind::None:
        return ExitCode::Success;
    case ApiError::Kind::Validation:
    case ApiError::Kind::InsecureUrl:
        return ExitCode::Usage;
    case ApiError::Kind::MissingCredentials:
    case ApiError::Kind::TokenForAnotherAddress:
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden:
        return ExitCode::Authentication;
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::SnapshotLimitReached:
        return ExitCode::RateLimited;
    default:
        return ExitCode::Failure;
    }
}

} // namespace snapshotdesk::cli
