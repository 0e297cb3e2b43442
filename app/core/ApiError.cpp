#include "core/ApiError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

namespace snapshotdesk {

namespace {

constexpr qsizetype kMaxServerMessage = 400;

QString clip(QString text)
{
    text = text.simplified();
    if (text.size() > kMaxServerMessage)
        text = text.left(kMaxServerMessage - 1) + QChar(0x2026);
    return text;
}

QString stringField(const QJsonObject& object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString().trimmed() : QString();
}

QString messageFromJson(const QJsonObject& object)
{
    // v6
    if (const QString m = stringField(object, QLatin1StringView("errorMessage")); !m.isEmpty())
        return m;
    // v7 401
    if (const QString m = stringField(object, QLatin1StringView("error_description")); !m.isEmpty())
        return m;
    // v7 problem+json: the detail (or title), then each field error.
    QStringList parts;
    QString head = stringField(object, QLatin1StringView("detail"));
    if (head.isEmpty())
        head = stringField(object, QLatin1StringView("title"));
    // Spring-style: {"timestamp","status","error","message","path"}
    if (head.isEmpty())
        head = stringField(object, QLatin1StringView("message"));
    if (head.isEmpty())
        head = stringField(object, QLatin1StringView("error"));
    if (!head.isEmpty())
        parts << head;
    const QJsonValue errors = object.value(QLatin1StringView("errors"));
    if (errors.isArray()) {
        const QJsonArray list = errors.toArray();
        for (const QJsonValue& item : list) {
            if (parts.size() > 6)
                break;
            const QJsonObject e = item.toObject();
            const QString message = stringField(e, QLatin1StringView("message"));
            const QString field = stringField(e, QLatin1StringView("field"));
            if (message.isEmpty())
                continue;
            parts << (field.isEmpty() ? message : field + QStringLiteral(": ") + message);
        }
    }
    return parts.join(QStringLiteral("; "));
}

QString messageFromHtml(const QString& html)
{
    static const QRegularExpression titleRe(QStringLiteral("<title[^>]*>(.*?)</title>"),
                                            QRegularExpression::CaseInsensitiveOption |
                                                QRegularExpression::DotMatchesEverythingOption);
    if (const auto match = titleRe.match(html); match.hasMatch()) {
        const QString title = match.captured(1).simplified();
        if (!title.isEmpty())
            return title;
    }
    static const QRegularExpression dropRe(QStringLiteral("<(script|style)[^>]*>.*?</\\1>"),
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tagRe(QStringLiteral("<[^>]*>"));
    QString text = html;
    text.remove(dropRe);
    text.replace(tagRe, QStringLiteral(" "));
    return text;
}

} // namespace

ApiError::ApiError(Kind kind, QString serverMessage, int httpStatus)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_serverMessage(clip(std::move(serverMessage)))
{}

bool ApiError::isRetryable() const
{
    switch (m_kind) {
    case Kind::Timeout:
    case Kind::ConnectionRefused:
    case Kind::HostNotFound:
    case Kind::Network:
    case Kind::RateLimited:
    case Kind::SnapshotLimitReached:
    case Kind::ServerError:
    case Kind::Maintenance:
        return true;
    default:
        return false;
    }
}

ApiError::Kind ApiError::kindForStatus(int httpStatus)
{
    if (httpStatus >= 200 && httpStatus < 300)
        return Kind::None;
    switch (httpStatus) {
    case 301:
        return Kind::UnknownApiVersion;
    case 400:
        return Kind::BadRequest;
    case 401:
        return Kind::Unauthorized;
    case 403:
        return Kind::Forbidden;
    case 404:
        return Kind::NotFound;
    case 405:
        return Kind::MethodNotAllowed;
    case 406:
        return Kind::NotAcceptable;
    case 415:
        return Kind::UnsupportedMediaType;
    case 429:
        return Kind::RateLimited;
    case 503:
        return Kind::Maintenance;
    default:
        return httpStatus >= 500 && httpStatus < 600 ? Kind::ServerError : Kind::HttpError;
    }
}

ApiError ApiError::fromHttp(int httpStatus, const QByteArray& body, const QByteArray& contentType)
{
    return ApiError(kindForStatus(httpStatus), parseServerMessage(body, contentType), httpStatus);
}

QString ApiError::parseServerMessage(const QByteArray& body, const QByteArray& contentType)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (trimmed.startsWith('{')) {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(trimmed, &error);
        if (error.error == QJsonParseError::NoError && document.isObject())
            return clip(messageFromJson(document.object()));
    }
    const QString text = QString::fromUtf8(trimmed.left(64 * 1024));
    if (contentType.contains("html") || trimmed.startsWith('<'))
        return clip(messageFromHtml(text));
    if (trimmed.startsWith('{') || trimmed.startsWith('['))
        return {}; // broken JSON says nothing a person could use
    return clip(text);
}

QString ApiError::title() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Validation:
        return tr("Check the form");
    case Kind::MissingCredentials:
    case Kind::Unauthorized:
        return tr("Sign-in failed");
    case Kind::TokenForAnotherAddress:
        return tr("Token saved for another address");
    case Kind::InsecureUrl:
        return tr("Insecure address");
    case Kind::Busy:
        return tr("Already creating");
    case Kind::Cancelled:
        return tr("Cancelled");
    case Kind::Timeout:
        return tr("No answer");
    case Kind::ConnectionRefused:
    case Kind::HostNotFound:
    case Kind::Network:
        return tr("Network problem");
    case Kind::Tls:
        return tr("Secure connection failed");
    case Kind::OutcomeUnknown:
        return tr("Outcome not known yet");
    case Kind::Forbidden:
        return tr("Access denied");
    case Kind::RateLimited:
    case Kind::SnapshotLimitReached:
        return tr("Rate limited");
    case Kind::Maintenance:
        return tr("Under maintenance");
    default:
        return tr("Request failed");
    }
}

QString ApiError::userMessage() const
{
    const QString when = m_retryAt.isValid()
                             ? QLocale().toString(m_retryAt.toLocalTime().time(), QLocale::ShortFormat)
                             : QString();
    QString sentence;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Validation:
        sentence = tr("The form has a problem: correct the highlighted fields and try again.");
        break;
    case Kind::MissingCredentials:
        sentence = tr("No API token is set. Open Settings, enter your ThousandEyes API token, and "
                      "try again.");
        break;
    case Kind::TokenForAnotherAddress:
        sentence = tr("The saved token was saved for another API address, so it is not sent to this "
                      "one. Type the token for this address to test it, or press OK and confirm "
                      "once that the saved token may be used here.");
        break;
    case Kind::InsecureUrl:
        sentence = tr("The API address must start with https:// (plain http:// is only allowed "
                      "for this computer). Correct the base URL in Settings.");
        break;
    case Kind::Busy:
        sentence = tr("A snapshot is already being created. Wait for it to finish or cancel it.");
        break;
    case Kind::Cancelled:
        sentence = tr("The request was cancelled. Nothing was changed.");
        break;
    case Kind::Timeout:
        sentence = tr("The server did not answer in time. Check your connection and try again; "
                      "if it keeps happening, raise the timeout in Settings.");
        break;
    case Kind::ConnectionRefused:
        sentence = tr("The server refused the connection. Check the base URL in Settings and "
                      "that the server is running.");
        break;
    case Kind::HostNotFound:
        sentence = tr("The server's name could not be found. Check the base URL in Settings and "
                      "your network connection.");
        break;
    case Kind::Network:
        sentence = tr("The connection to the server failed. Check your network and try again.");
        break;
    case Kind::Tls:
        sentence = tr("The server's certificate could not be verified, so nothing was sent. "
                      "Check the base URL, or ask your administrator about a proxy that "
                      "intercepts HTTPS.");
        break;
    case Kind::TooManyRedirects:
        sentence = tr("The server redirected the request too many times, or to an address that "
                      "is not allowed. Check the base URL in Settings.");
        break;
    case Kind::ResponseTooLarge:
        sentence = tr("The server's answer was far larger than expected and was not read. "
                      "Check the base URL in Settings.");
        break;
    case Kind::InvalidResponse:
        sentence = tr("The server's answer could not be understood. Check that the base URL and "
                      "API version in Settings point at the ThousandEyes API.");
        break;
    case Kind::OutcomeUnknown:
        sentence = tr("The request was sent, but the connection ended before the server's answer "
                      "arrived, so the snapshot may have been made. Snapshot Desk is checking the "
                      "server's list of snapshots; do not send it again until that check says it was "
                      "not made.");
        break;
    case Kind::UnknownApiVersion:
        sentence = tr("The server does not know this API version. Choose the other API version "
                      "in Settings.");
        break;
    case Kind::BadRequest:
        sentence = tr("The server rejected the request as malformed, or the account group is "
                      "not valid. Check the chosen account group and time range.");
        break;
    case Kind::Unauthorized:
        sentence = tr("The server did not accept your credentials. Check the API token (and "
                      "e-mail address) in Settings; the account may also be locked.");
        break;
    case Kind::Forbidden:
        sentence = tr("Your role is missing the Edit Snapshots permission, or the account group "
                      "is not one of yours. Ask your ThousandEyes administrator or pick another "
                      "account group.");
        break;
    case Kind::NotFound:
        sentence = tr("The server could not find that report, dashboard or address. Refresh the "
                      "list and check the base URL in Settings.");
        break;
    case Kind::MethodNotAllowed:
        sentence = tr("The server does not allow this operation at this address. Check the base "
                      "URL and API version in Settings.");
        break;
    case Kind::NotAcceptable:
        sentence = tr("The server cannot answer in a format this app reads. Check the API "
                      "version in Settings.");
        break;
    case Kind::UnsupportedMediaType:
        sentence = tr("The server did not accept the request's format. Check the API version in "
                      "Settings.");
        break;
    case Kind::RateLimited:
        sentence = when.isEmpty()
                       ? tr("The API rate limit is used up. Wait a minute and try again.")
                       //: %1 is a local clock time, e.g. 14:05
                       : tr("The API rate limit is used up. It resets at %1; try again then.").arg(when);
        break;
    case Kind::SnapshotLimitReached:
        sentence = when.isEmpty() ? tr("The hourly limit for creating snapshots is used up. Try again "
                                       "later.")
                                  //: %1 is a local clock time, e.g. 14:05
                                  : tr("The hourly limit for creating snapshots is used up. It resets at "
                                       "%1; try again then.")
                                        .arg(when);
        break;
    case Kind::ServerError:
        //: %1 is an HTTP status code such as 500
        sentence = tr("The server had an internal error (HTTP %1). Try again later; if it "
                      "keeps happening, contact ThousandEyes support.")
                       .arg(m_httpStatus);
        break;
    case Kind::Maintenance:
        sentence = tr("The ThousandEyes API is down for maintenance. Try again later.");
        break;
    case Kind::HttpError:
        //: %1 is an HTTP status code such as 418
        sentence = tr("The server answered with HTTP status %1. Check the base URL and API "
                      "version in Settings.")
                       .arg(m_httpStatus);
        break;
    }
    return sentence;
}

} // namespace snapshotdesk
