#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace snapshotdesk {

// Everything that can go wrong between pressing Create and seeing a snapshot ID, with the
// server's own words kept apart from the translated sentence that tells the user what to do.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind
    {
        None,
        // Refused before anything was sent.
        Validation,
        MissingCredentials,
        TokenForAnotherAddress, // the saved token was saved for another API address
        InsecureUrl,
        Busy,
        // Transport.
        Cancelled,
        Timeout,
        ConnectionRefused,
        HostNotFound,
        Network,
        Tls,
        TooManyRedirects,
        ResponseTooLarge,
        InvalidResponse,
        // A create whose request was sent whole, but whose answer never came complete (timeout,
        // closed or reset connection, cut-off answer): the server may have made the snapshot.
        // Never sent again by itself; the server's list tells what happened.
        OutcomeUnknown,
        // HTTP status codes, one kind each.
        UnknownApiVersion,    // 301
        BadRequest,           // 400
        Unauthorized,         // 401
        Forbidden,            // 403
        NotFound,             // 404
        MethodNotAllowed,     // 405
        NotAcceptable,        // 406
        UnsupportedMediaType, // 415
        RateLimited,          // 429, organisation window
        SnapshotLimitReached, // 429, v7 hourly snapshot window
        ServerError,          // 500 and other 5xx
        Maintenance,          // 503
        HttpError,            // anything else
    };

    ApiError() = default;
    ApiError(Kind kind, QString serverMessage = {}, int httpStatus = 0);

    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    // What the server said, cleaned up (no markup, bounded length); may be empty.
    QString serverMessage() const { return m_serverMessage; }
    // When the limit resets, for the rate-limit kinds.
    QDateTime retryAt() const { return m_retryAt; }
    void setRetryAt(const QDateTime& at) { m_retryAt = at; }

    bool isError() const { return m_kind != Kind::None; }
    // Whether sending the same request again may succeed. 400, 401 and 403 never do.
    bool isRetryable() const;

    // One translated sentence for the user: what happened and what to do about it.
    QString userMessage() const;
    // A short translated title, e.g. "Access denied".
    QString title() const;

    // The kind for an HTTP status code (2xx gives None).
    static Kind kindForStatus(int httpStatus);
    // Builds the error for an HTTP answer, reading any of the documented error body forms.
    static ApiError fromHttp(int httpStatus, const QByteArray& body, const QByteArray& contentType);
    // The human-readable message in an error body: v6 {"errorMessage"}, v7 problem+json with
    // errors[], v7 401 {"error","error_description"}, Spring-style {"message"}, plain text or HTML.
    // Never throws, never crashes; returns at most a few hundred characters.
    static QString parseServerMessage(const QByteArray& body, const QByteArray& contentType);

    friend bool operator==(const ApiError&, const ApiError&) = default;

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_serverMessage;
    QDateTime m_retryAt;
};

} // namespace snapshotdesk
