#include "store/StartupOptions.h"

#include <QCommandLineParser>

namespace snapshotdesk {

namespace {

std::optional<QUrl> parseUrl(const QString& text, QString* error)
{
    const QUrl url = ApiConfig::urlFromText(text);
    switch (ApiConfig::urlProblem(url)) {
    case ApiConfig::UrlProblem::None:
        return url;
    case ApiConfig::UrlProblem::PlainHttpToAnotherComputer:
        *error = StartupOptions::tr("\"%1\" uses plain http:// to another computer. Use https://; "
                                    "http:// is only allowed for this computer.")
                     .arg(text);
        return std::nullopt;
    case ApiConfig::UrlProblem::CredentialsInAddress:
        *error = StartupOptions::tr("\"%1\" has a user name or password in it. Leave them out: the token "
                                    "goes in TE_TOKEN or the keychain.")
                     .arg(text);
        return std::nullopt;
    case ApiConfig::UrlProblem::NotAnAddress:
    case ApiConfig::UrlProblem::NotHttps:
        break;
    }
    *error = StartupOptions::tr("\"%1\" is not a valid API address. Use a URL such as "
                                "https://api.thousandeyes.com/v7.")
                 .arg(text);
    return std::nullopt;
}

std::optional<ApiVersion> parseVersion(const QString& text, QString* error)
{
    const auto version = apiVersionFromString(text);
    if (!version)
        *error = StartupOptions::tr("\"%1\" is not an API version. Use v6 or v7.").arg(text);
    return version;
}

} // namespace

StartupOptions StartupOptions::parse(const QStringList& arguments, const QProcessEnvironment& environment)
{
    StartupOptions options;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Create ThousandEyes report and dashboard snapshots.\n\n"
           "Environment: TE_API_URL, TE_API_VERSION (v6 or v7), TE_TOKEN (bearer token), "
           "TE_EMAIL with TE_BASIC_TOKEN (v6 basic authentication). Tokens from the environment "
           "are used for this run and never saved."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help and exit."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           tr("Show the version and exit."));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        tr("Start with the built-in simulated API; no account needed."));
    const QCommandLineOption urlOption(QStringLiteral("api-url"), tr("Use this API base URL."), tr("url"));
    const QCommandLineOption versionApiOption(QStringLiteral("api-version"),
                                              tr("Use this API version: v6 or v7."), tr("version"));
    const QCommandLineOption settingsOption(QStringLiteral("settings-file"),
                                            tr("Keep settings and history in this INI file."), tr("file"));
    parser.addOptions({helpOption, versionOption, demoOption, urlOption, versionApiOption, settingsOption});
    // Before QCoreApplication exists Qt cannot know the program's name; say it ourselves.
    options.helpText =
        parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("snapshot-desk"));

    if (!parser.parse(arguments)) {
        options.error = parser.errorText();
        return options;
    }
    if (!parser.positionalArguments().isEmpty()) {
        options.error =
            tr("Unexpected argument \"%1\". See --help.").arg(parser.positionalArguments().first());
        return options;
    }
    options.showHelp = parser.isSet(helpOption);
    options.showVersion = parser.isSet(versionOption);
    options.demo = parser.isSet(demoOption);
    options.settingsFile = parser.value(settingsOption);

    const QString url =
        parser.isSet(urlOption) ? parser.value(urlOption) : environment.value(QStringLiteral("TE_API_URL"));
    if (!url.isEmpty()) {
        options.apiUrl = parseUrl(url, &options.error);
        if (!options.error.isEmpty())
            return options;
    }
    const QString version = parser.isSet(versionApiOption)
                                ? parser.value(versionApiOption)
                                : environment.value(QStringLiteral("TE_API_VERSION"));
    if (!version.isEmpty()) {
        options.apiVersion = parseVersion(version, &options.error);
        if (!options.error.isEmpty())
            return options;
    }

    const QString token = environment.value(QStringLiteral("TE_TOKEN"));
    const QString email = environment.value(QStringLiteral("TE_EMAIL"));
    const QString basicToken = environment.value(QStringLiteral("TE_BASIC_TOKEN"));
    if (!token.isEmpty()) {
        options.credentials = Credentials{Credentials::Method::Bearer, {}, token};
    } else if (!email.isEmpty() && !basicToken.isEmpty()) {
        options.credentials = Credentials{Credentials::Method::Basic, email, basicToken};
    } else if (!basicToken.isEmpty() || !email.isEmpty()) {
        options.error = tr("TE_EMAIL and TE_BASIC_TOKEN must be set together.");
    }
    return options;
}

StartupOptions StartupOptions::takeFromProcess(const QStringList& arguments)
{
    StartupOptions options = parse(arguments, QProcessEnvironment::systemEnvironment());
    for (const char* name : {"TE_TOKEN", "TE_BASIC_TOKEN"})
        qunsetenv(name);
    return options;
}

} // namespace snapshotdesk
