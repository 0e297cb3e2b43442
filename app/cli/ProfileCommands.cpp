#include "cli/Commands.h"

#include "core/Profile.h"

#include <QJsonArray>
#include <QJsonObject>

namespace snapshotdesk::cli {

TokenCommand::TokenCommand(What what, QObject* parent)
    : Command(parent)
    , m_what(what)
{}

void TokenCommand::addOptions(QCommandLineParser& parser)
{
    if (m_what == What::Login)
        parser.setApplicationDescription(tr(
            "Reads an API token from standard input (one line) and saves it in the keychain for the profile, "
            "bound to its API address. For example: snapshot-desk-cli login < token.txt"));
    else
        parser.setApplicationDescription(tr("Removes the profile's saved API token from the keychain."));
}

QString TokenCommand::readOptions(const QCommandLineParser& parser)
{
    if (!parser.positionalArguments().isEmpty())
        return tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first());
    if (m_what == What::Login && context().session.startup.demo)
        return tr("--demo needs no token.");
    return {};
}

void TokenCommand::start()
{
    Session* s = session();
    if (!s)
        return;
    if (m_what == What::Logout) {
        connect(
            s, &Session::tokenForgotten, this,
            [this](const QString& profile, bool existed, const QString& problem) {
                if (!problem.isEmpty()) {
                    fail(ExitCode::Failure, problem);
                    return;
                }
                tell(existed
                         ? tr("Removed the saved token of the profile \"%1\" from the keychain.").arg(profile)
                         : tr("No token was saved for the profile \"%1\".").arg(profile));
                succeed();
            });
        s->forgetToken();
        return;
    }
    if (console().isInTerminal())
        console().err(tr("Paste the API token of the profile \"%1\" and press Enter: ").arg(s->profile()));
    // Never from the command line: it would stay in the shell's history and in `ps`.
    const QString token = console().readLine().value_or(QString()).trimmed();
    if (token.isEmpty()) {
        fail(ExitCode::Usage, tr("No token on standard input."));
        return;
    }
    const Credentials::Method method = s->apiConfig().credentials.method;
    const QUrl address = s->apiConfig().effectiveBaseUrl();
    BoundToken bound{token, {}};
    bound.allow(address);
    const CredentialStore::Secret secret = method == Credentials::Method::Basic
                                               ? CredentialStore::Secret::BasicToken
                                               : CredentialStore::Secret::BearerToken;
    connect(&s->credentialStore(), &CredentialStore::writeFinished, this,
            [this, address](CredentialStore::Secret, bool persisted, const QString& problem) {
                if (!persisted) {
                    fail(ExitCode::Failure, problem);
                    return;
                }
                tell(tr("Saved the token of the profile \"%1\" in the keychain, for %2.")
                         .arg(session()->profile(), BoundToken::displayName(BoundToken::originOf(address))));
                succeed();
            });
    s->credentialStore().write(secret, bound, true);
}

void ProfilesCommand::addOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        tr("Lists the profiles (one per ThousandEyes account), or adds or removes one. A new profile takes "
           "--api-version, --api-url, --auth and --email; save its token with `snapshot-desk-cli login "
           "--profile NAME`."));
    parser.addPositionalArgument(QStringLiteral("action"), tr("list (the default), add or remove."),
                                 QStringLiteral("[list | add NAME | remove NAME]"));
    parser.addOptions({
        {QStringLiteral("auth"), tr("add: bearer (the default) or basic (v6: e-mail and basic token)."),
         tr("kind")},
        {QStringLiteral("email"), tr("add: the account's e-mail address, for basic authentication."),
         tr("address")},
        {QStringLiteral("yes"), tr("remove: without asking.")},
        {QStringLiteral("json"), tr("list: print JSON instead of a table.")},
    });
}

QString ProfilesCommand::readOptions(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    m_action = args.value(0, QStringLiteral("list"));
    if (m_action == u"list") {
        if (args.size() > 1)
            return tr("Unexpected argument \"%1\".").arg(args.at(1));
    } else if (m_action == u"add" || m_action == u"remove") {
        if (args.size() != 2)
            return tr("Give the profile's name: snapshot-desk-cli profiles %1 NAME.").arg(m_action);
        m_name = args.at(1);
    } else {
        return tr("\"%1\" is not an action of profiles. Use list, add or remove.").arg(m_action);
    }
    const QString auth = parser.value(QStringLiteral("auth")).trimmed().toLower();
    if (auth == u"basic")
        m_auth = Credentials::Method::Basic;
    else if (!auth.isEmpty() && auth != u"bearer")
        return tr("--auth: \"%1\" is not a kind of authentication. Use bearer or basic.").arg(auth);
    m_email = parser.value(QStringLiteral("email")).trimmed();
    const std::optional<ApiVersion> version = context().session.startup.apiVersion;
    if (m_auth == Credentials::Method::Basic && (m_email.isEmpty() || version != ApiVersion::V6))
        return tr("--auth basic is for API v6 and needs --email: add --api-version v6 --email ADDRESS.");
    m_json = parser.isSet(QStringLiteral("json"));
    m_yes = parser.isSet(QStringLiteral("yes"));
    return {};
}

void ProfilesCommand::start()
{
    if (m_action == u"add")
        add();
    else if (m_action == u"remove")
        remove();
    else
        list();
}

void ProfilesCommand::list()
{
    Settings settings(context().session.location);
    const QString current = settings.currentProfile();
    QJsonArray json;
    QList<QStringList> rows;
    for (const QString& name : settings.profiles()) {
        settings.useProfile(name);
        const ApiConfig config = settings.apiConfig();
        const QString auth =
            config.version == ApiVersion::V6 && config.credentials.method == Credentials::Method::Basic
                ? QStringLiteral("basic")
                : QStringLiteral("bearer");
        json.append(QJsonObject{{QStringLiteral("name"), name},
                                {QStringLiteral("current"), name == current},
                                {QStringLiteral("apiVersion"), toString(config.version)},
                                {QStringLiteral("apiUrl"), config.effectiveBaseUrl().toString()},
                                {QStringLiteral("auth"), auth},
                                {QStringLiteral("email"), config.credentials.email}});
        rows.append({name == current ? QStringLiteral("*") : QString(), name, toString(config.version),
                     config.effectiveBaseUrl().toString(), auth});
    }
    console().out(m_json
                      ? jsonLine(json)
                      : table({QStringLiteral(" "), tr("NAME"), tr("API"), tr("ADDRESS"), tr("AUTH")}, rows));
    succeed();
}

void ProfilesCommand::add()
{
    const StartupOptions& startup = context().session.startup;
    ApiConfig config;
    config.version = startup.apiVersion.value_or(ApiVersion::V7);
    config.baseUrl = startup.apiUrl.value_or(QUrl());
    config.credentials.method = m_auth;
    config.credentials.email = m_email;
    Settings settings(context().session.location);
    const QString problem = settings.addProfile(m_name, config);
    if (!problem.isEmpty()) {
        fail(ExitCode::Usage, problem);
        return;
    }
    if (!settings.sync()) {
        fail(ExitCode::Failure, tr("The settings could not be saved to %1.").arg(settings.fileName()));
        return;
    }
    tell(tr("Added the profile \"%1\". Save its token with: snapshot-desk-cli login --profile \"%1\"")
             .arg(m_name));
    succeed();
}

void ProfilesCommand::remove()
{
    auto settings = std::make_shared<Settings>(context().session.location);
    const QString found = Profile::find(settings->profiles(), m_name);
    if (found.isEmpty() || found == Profile::defaultName()) {
        fail(ExitCode::Usage, found.isEmpty()
                                  ? tr("There is no profile \"%1\". Profiles: %2.")
                                        .arg(m_name, settings->profiles().join(QStringLiteral(", ")))
                                  : tr("The profile \"Default\" cannot be removed."));
        return;
    }
    if (!m_yes) {
        if (!console().isInTerminal()) {
            fail(ExitCode::Usage,
                 tr("Removing a profile forgets its token; there is nobody to ask: add --yes."));
            return;
        }
        console().err(tr("Remove the profile \"%1\" and its saved token? [y/N] ").arg(found));
        const QString answer = console().readLine().value_or(QString()).trimmed();
        if (answer.compare(QStringLiteral("y"), Qt::CaseInsensitive) != 0 &&
            answer.compare(QStringLiteral("yes"), Qt::CaseInsensitive) != 0) {
            fail(ExitCode::Usage, tr("Nothing was removed."));
            return;
        }
    }
    // The token first: a profile gone from the settings would leave it in the keychain for good.
    Session* s = nullptr;
    context().session.startup.profile = found;
    s = session();
    if (!s)
        return;
    connect(s, &Session::tokenForgotten, this,
            [this, settings, found](const QString&, bool, const QString& problem) {
                if (!problem.isEmpty()) {
                    fail(ExitCode::Failure, problem);
                    return;
                }
                settings->removeProfile(found);
                if (!settings->sync()) {
                    fail(ExitCode::Failure,
                         tr("The settings could not be saved to %1.").arg(settings->fileName()));
                    return;
                }
                tell(tr("Removed the profile \"%1\".").arg(found));
                succeed();
            });
    s->forgetToken();
}

} // namespace snapshotdesk::cli
