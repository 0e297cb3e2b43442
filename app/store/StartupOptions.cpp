#include "store/StartupOptions.h"

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

void StartupOptions::addSharedOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("demo"), tr("Start with the built-in simulated API; no account needed.")},
        {QStringLiteral("api-url"), tr("Use this API base URL."), tr("url")},
        {QStringLiteral("api-version"), tr("Use this API version: v6 or v7."), tr("version")},
        {QStringLiteral("settings-file"), tr("Keep settings and history in this INI file."), tr("file")},
        {QStringLiteral("profile"), tr("Use this profile (account) for this run."), tr("name")},
    });
}

StartupOptions StartupOptions::fromParser(const QCommandLineParser& parser,
                                          const QProcessEnvironment& environment)
{
    StartupOptions options;
    options.demo = parser.isSet(QStringLiteral("demo"));
    options.settingsFile = parser.value(QStringLiteral("settings-file"));
    options.profile = parser.value(QStringLiteral("profile"));
    if (parser.isSet(QStringLiteral("profile")) && options.profile.trimmed().isEmpty()) {
        options.error = tr("--profile needs the name of a profile.");
        return options;
    }

    const QString url = parser.isSet(QStringLiteral("api-url"))
                            ? parser.value(QStringLiteral("api-url"))
                            : environment.value(QStringLiteral("TE_API_URL"));
    if (!url.isEmpty()) {
        options.apiUrl = parseUrl(url, &options.error);
        if (!options.error.isEmpty())
            return options;
    }
    const QString version = parser.isSet(QStringLiteral("api-version"))
                                ? parser.value(QStringLiteral("api-version"))
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

StartupOptions StartupOptions::parse(const QStringList& arguments, const QProcessEnvironment& environment)
{
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
    parser.addOptions({helpOption, versionOption});
    addSharedOptions(parser);
    // Before QCoreApplication exists Qt cannot know the program's name; say it ourselves.
    const QString helpText =
        parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("snapshot-desk"));

    if (!parser.parse(arguments)) {
        StartupOptions options;
        options.helpText = helpText;
        options.error = parser.errorText();
        return options;
    }
    if (!parser.positionalArguments().isEmpty()) {
        StartupOptions options;
        options.helpText = helpText;
        options.error =
            tr("Unexpected argument \"%1\". See --help.").arg(parser.positionalArguments().first());
        return options;
    }
    StartupOptions options = fromParser(parser, environment);
    options.helpText = helpText;
    options.showHelp = parser.isSet(helpOption);
    options.showVersion = parser.isSet(versionOption);
    return options;
}

void StartupOptions::forgetEnvironmentTokens()
{
    for (const char* name : {"TE_TOKEN", "TE_BASIC_TOKEN"})
        qunsetenv(name);
}

StartupOptions StartupOptions::takeFromProcess(const QStringList& arguments)
{
    StartupOptions options = parse(arguments, QProcessEnvironment::systemEnvironment());
    forgetEnvironmentTokens();
    return options;
}

} // namespace snapshotdesk
