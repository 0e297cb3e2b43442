// Error bodies in every form the API uses (v6 {"errorMessage"}, v7 problem+json, the 401 form,
// Spring-style, plain text, HTML). The first line is the Content-Type, the rest the body; the first
// byte also picks the HTTP status, so fromHttp() and the user's sentence are exercised too.
#include "FuzzInput.h"
#include "core/ApiError.h"

using namespace snapshotdesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto [contentType, body] = fuzz::firstLineAndRest(fuzz::bytes(data, size));
    const QString message = ApiError::parseServerMessage(body, contentType);
    // At most 400 characters, as the message bar and the history expect.
    fuzz::check(message.size() <= 400, "a server message longer than 400 characters");
    fuzz::check(message == message.simplified(), "a server message with raw line breaks or padding");

    const int status = 400 + (size > 0 ? data[0] % 200 : 0);
    const ApiError error = ApiError::fromHttp(status, body, contentType);
    fuzz::check(error.isError(), "an error status that reads as success");
    fuzz::check(!error.userMessage().isEmpty() && !error.title().isEmpty(), "an error without a sentence");
    fuzz::check(error.serverMessage() == message, "fromHttp() and parseServerMessage() disagree");
    return 0;
}
