#include "cli/Commands.h"

#include <QJsonArray>
#include <QJsonObject>

namespace snapshotdesk::cli {

namespace {

QJsonObject snapshotJson(const ServerSnapshot& snapshot)
{
    return QJsonObject{
        {QStringLiteral("snapshotId"), snapshot.id},
        {QStringLiteral("name"), snapshot.name},
        {QStringLiteral("source"), QJsonObject{{QStringLiteral("id"), snapshot.sourceId},
                                               {QStringLiteral("name"), snapshot.sourceName}}},
        {QStringLiteral("from"), Command::utcJson(snapshot.from)},
        {QStringLiteral("to"), Command::utcJson(snapshot.to)},
        {QStringLiteral("created"), Command::utcJson(snapshot.created)},
        {QStringLiteral("expires"), Command::utcJson(snapshot.expires)},
        {QStringLiteral("shared"), snapshot.shared},
        {QStringLiteral("scheduled"), snapshot.scheduled},
        {QStringLiteral("link"), snapshot.link.toString(QUrl::FullyEncoded)},
    };
}

} // namespace

ListCommand::ListCommand(What what, QObject* parent)
    : Command(parent)
    , m_what(what)
{}

void ListCommand::addOptions(QCommandLineParser& parser)
{
    switch (m_what) {
    case What::AccountGroups:
        parser.setApplicationDescription(tr("Lists the account groups the token can use."));
        break;
    case What::Sources:
        parser.setApplicationDescription(
            tr("Lists the reports (API v6) or dashboards (API v7) of an account group."));
        break;
    case What::Snapshots:
        parser.setApplicationDescription(tr("Lists the snapshots on the server for an account group."));
        break;
    }
    if (m_what != What::AccountGroups)
        parser.addOption({QStringLiteral("account-group"),
                          tr("The account group, by name or ID (default: the one the window uses)."),
                          tr("name|id")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON instead of a table.")});
}

QString ListCommand::readOptions(const QCommandLineParser& parser)
{
    if (!parser.positionalArguments().isEmpty())
        return tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first());
    if (m_what != What::AccountGroups)
        m_group = parser.value(QStringLiteral("account-group")).trimmed();
    m_json = parser.isSet(QStringLiteral("json"));
    return {};
}

void ListCommand::start()
{
    connectThen([this] {
        if (m_what == What::AccountGroups) {
            listGroups();
            return;
        }
        const std::optional<AccountGroup> group = findAccountGroup(m_group);
        if (!group)
            return;
        if (m_what == What::Sources)
            listSources(*group);
        else
            listSnapshots(*group);
    });
}

void ListCommand::listGroups()
{
    const QList<AccountGroup> groups = session()->accountGroups();
    const QString used = session()->currentAid();
    if (m_json) {
        QJsonArray list;
        for (const AccountGroup& group : groups)
            list.append(QJsonObject{{QStringLiteral("aid"), group.aid},
                                    {QStringLiteral("name"), group.name},
                                    {QStringLiteral("organization"), group.organization},
                                    {QStringLiteral("default"), group.isDefault},
                                    {QStringLiteral("current"), group.current},
                                    {QStringLiteral("used"), group.aid == used}});
        console().out(jsonLine(list));
    } else {
        QList<QStringList> rows;
        for (const AccountGroup& group : groups)
            rows.append({group.aid == used ? QStringLiteral("*") : QString(), group.aid, group.name,
                         group.organization});
        //: Column headers of a table printed by snapshot-desk-cli; * marks the group used by default
        console().out(table({QStringLiteral(" "), tr("AID"), tr("NAME"), tr("ORGANIZATION")}, rows));
    }
    succeed();
}

void ListCommand::listSources(const AccountGroup& group)
{
    loadSources(group.aid, [this](const QList<SnapshotSource>& sources) {
        if (m_json) {
            QJsonArray list;
            for (const SnapshotSource& source : sources)
                list.append(QJsonObject{{QStringLiteral("id"), source.id},
                                        {QStringLiteral("name"), source.name},
                                        {QStringLiteral("description"), source.description},
                                        {QStringLiteral("builtIn"), source.builtIn}});
            console().out(jsonLine(list));
        } else {
            QList<QStringList> rows;
            for (const SnapshotSource& source : sources)
                rows.append({source.id, source.name, source.builtIn ? tr("built-in") : QString()});
            console().out(table({tr("ID"), tr("NAME"), tr("KIND")}, rows));
        }
        succeed();
    });
}

void ListCommand::listSnapshots(const AccountGroup& group)
{
    ServerSnapshotCatalog& catalog = session()->catalog();
    connect(&catalog, &ServerSnapshotCatalog::loadFailed, this,
            [this](const ApiError& error) { fail(error); });
    connect(
        &catalog, &ServerSnapshotCatalog::loaded, this,
        [this](const QString&, const QList<ServerSnapshot>& snapshots) {
            if (m_json) {
                QJsonArray list;
                for (const ServerSnapshot& snapshot : snapshots)
                    list.append(snapshotJson(snapshot));
                console().out(jsonLine(list));
            } else {
                QList<QStringList> rows;
                for (const ServerSnapshot& snapshot : snapshots)
                    rows.append({snapshot.id, snapshot.name, snapshot.sourceName, localText(snapshot.from),
                                 localText(snapshot.to), localText(snapshot.expires)});
                console().out(
                    table({tr("ID"), tr("NAME"), tr("SOURCE"), tr("FROM"), tr("TO"), tr("EXPIRES")}, rows));
            }
            succeed();
        });
    catalog.refresh(group.aid);
}

void DeleteCommand::addOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        tr("Deletes snapshots on the server, after asking unless --yes is given."));
    parser.addPositionalArgument(QStringLiteral("id"), tr("The IDs of the snapshots to delete."),
                                 QStringLiteral("ID..."));
    parser.addOptions({
        {QStringLiteral("account-group"),
         tr("The account group, by name or ID (default: the one the window uses)."), tr("name|id")},
        {QStringLiteral("yes"), tr("Delete without asking.")},
    });
}

QString DeleteCommand::readOptions(const QCommandLineParser& parser)
{
    m_ids = parser.positionalArguments();
    m_ids.removeDuplicates();
    if (m_ids.isEmpty())
        return tr("Give the ID of at least one snapshot to delete (see `snapshot-desk-cli snapshots`).");
    m_group = parser.value(QStringLiteral("account-group")).trimmed();
    m_yes = parser.isSet(QStringLiteral("yes"));
    if (!m_yes && !console().isInTerminal())
        return tr(
            "Deleting cannot be undone, and there is nobody to ask: add --yes to delete without asking.");
    return {};
}

void DeleteCommand::start()
{
    connectThen([this] {
        const std::optional<AccountGroup> group = findAccountGroup(m_group);
        if (group)
            remove(*group);
    });
}

void DeleteCommand::remove(const AccountGroup& group)
{
    // The list first: a confirmation names what goes, and an ID that is not there is a typo.
    ServerSnapshotCatalog& catalog = session()->catalog();
    connect(&catalog, &ServerSnapshotCatalog::loadFailed, this,
            [this](const ApiError& error) { fail(error); });
    connect(
        &catalog, &ServerSnapshotCatalog::loaded, this,
        [this, group](const QString&, const QList<ServerSnapshot>& snapshots) {
            QList<ServerSnapshot> chosen;
            for (const QString& id : std::as_const(m_ids)) {
                const auto it = std::find_if(snapshots.cbegin(), snapshots.cend(),
                                             [&id](const ServerSnapshot& s) { return s.id == id; });
                if (it == snapshots.cend()) {
                    fail(ExitCode::Usage,
                         tr("There is no snapshot \"%1\" in the account group %2.").arg(id, group.name));
                    return;
                }
                chosen.append(*it);
            }
            if (!m_yes) {
                QStringList names;
                for (const ServerSnapshot& s : std::as_const(chosen))
                    names.append(QStringLiteral("\"%1\" (%2)").arg(s.name, s.id));
                console().err(tr("Delete %n snapshot(s) from the server: %1? This cannot be undone. [y/N] ",
                                 nullptr, static_cast<int>(chosen.size()))
                                  .arg(names.join(QStringLiteral(", "))));
                const QString answer = console().readLine().value_or(QString()).trimmed();
                // "y" in any language the person types it: the prompt says [y/N].
                if (answer.compare(QStringLiteral("y"), Qt::CaseInsensitive) != 0 &&
                    answer.compare(QStringLiteral("yes"), Qt::CaseInsensitive) != 0) {
                    fail(ExitCode::Usage, tr("Nothing was deleted."));
                    return;
                }
            }
            ServerSnapshotCatalog& deleter = session()->catalog();
            connect(&deleter, &ServerSnapshotCatalog::removed, this, [this](const QString& id) {
                m_removed.append(id);
                onDone();
            });
            connect(
                &deleter, &ServerSnapshotCatalog::actionFailed, this,
                [this](ServerSnapshotCatalog::Action, const ServerSnapshot& snapshot, const ApiError& error) {
                    m_failed.append({snapshot.id, error});
                    onDone();
                });
            deleter.remove(chosen);
        });
    catalog.refresh(group.aid);
}

void DeleteCommand::onDone()
{
    if (m_removed.size() + m_failed.size() < m_ids.size())
        return;
    for (const QString& id : std::as_const(m_removed))
        console().out(id + u'\n');
    if (m_failed.isEmpty()) {
        succeed();
        return;
    }
    for (const auto& [id, error] : std::as_const(m_failed))
        tell(tr("%1 was not deleted: %2").arg(id, error.userMessage()));
    // The first refusal says why the rest were not sent (a 401 or 403 stops the others).
    const ApiError& first = m_failed.first().second;
    if (m_removed.isEmpty())
        finish(exitCodeFor(first));
    else
        finish(exitCodeFor(first) == ExitCode::Authentication ? ExitCode::Authentication
                                                              : ExitCode::PartlyFailed);
}

} // namespace snapshotdesk::cli
