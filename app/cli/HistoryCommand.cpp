#include "cli/Commands.h"

#include "core/HistoryCsv.h"
#include "core/Profile.h"
#include "store/History.h"
#include "store/HistoryStore.h"
#include "store/RoutineStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace snapshotdesk::cli {

namespace {

QString statusText(HistoryEntry::Status status)
{
    switch (status) {
    case HistoryEntry::Status::Created:
        return HistoryCommand::tr("created");
    case HistoryEntry::Status::Failed:
        return HistoryCommand::tr("failed");
    case HistoryEntry::Status::Unknown:
        return HistoryCommand::tr("unknown");
    }
    return {};
}

} // namespace

void HistoryCommand::addOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        tr("Prints the history of snapshots, newest first: the window's history, from the same file. "
           "With --profile, only that profile's entries."));
    parser.addOptions({
        {QStringLiteral("format"), tr("table (the default), csv or json."), tr("format")},
        {QStringLiteral("limit"), tr("Print at most this many entries, the newest."), tr("n")},
    });
}

QString HistoryCommand::readOptions(const QCommandLineParser& parser)
{
    if (!parser.positionalArguments().isEmpty())
        return tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first());
    const QString format = parser.value(QStringLiteral("format")).trimmed().toLower();
    if (format.isEmpty() || format == u"table")
        m_format = Format::Table;
    else if (format == u"csv")
        m_format = Format::Csv;
    else if (format == u"json")
        m_format = Format::Json;
    else
        return tr("--format: \"%1\" is not a format. Use table, csv or json.")
            .arg(parser.value(QStringLiteral("format")));
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        m_limit = parser.value(QStringLiteral("limit")).trimmed().toInt(&ok);
        if (!ok || m_limit < 1)
            return tr("--limit: \"%1\" is not a number of entries (1 or more).")
                .arg(parser.value(QStringLiteral("limit")));
    }
    return {};
}

void HistoryCommand::start()
{
    // The history alone: no token, no network. Settings only to know the profiles.
    const Session::Options& options = context().session;
    QString profile;
    if (!options.startup.profile.isEmpty()) {
        Settings settings(options.location);
        profile = Profile::find(settings.profiles(), options.startup.profile);
        if (profile.isEmpty()) {
            fail(ExitCode::Usage,
                 tr("--profile: there is no profile \"%1\". Profiles: %2.")
                     .arg(options.startup.profile, settings.profiles().join(QStringLiteral(", "))));
            return;
        }
    }
    // The same service and file as the window's (moving a 1.0.0 history first, as the window does).
    History history(options.location.history());
    history.moveFrom(options.location);
    const HistoryStore::LoadResult loaded = history.loadNow();
    if (loaded.skipped > 0)
        tell(tr("%n entry(s) could not be read and are left out (%1).", nullptr, loaded.skipped)
                 .arg(loaded.firstProblem));
    QList<HistoryEntry> entries;
    // Newest first, as the window sorts them.
    for (auto it = loaded.entries.crbegin(); it != loaded.entries.crend(); ++it) {
        if (!profile.isEmpty() && it->profileName().compare(profile, Qt::CaseInsensitive) != 0)
            continue;
        entries.append(*it);
        if (m_limit > 0 && entries.size() >= m_limit)
            break;
    }
    switch (m_format) {
    case Format::Csv:
        console().out(QString::fromUtf8(historyToCsv(entries)));
        break;
    case Format::Json: {
        QJsonArray list;
        for (const HistoryEntry& entry : std::as_const(entries)) {
            QJsonObject object = QJsonDocument::fromJson(entry.toJson()).object();
            object.remove(QStringLiteral("schema"));
            object.insert(QStringLiteral("profile"), entry.profileName());
            list.append(object);
        }
        console().out(jsonLine(list));
        break;
    }
    case Format::Table: {
        QList<QStringList> rows;
        for (const HistoryEntry& entry : std::as_const(entries))
            rows.append({localText(entry.createdAt), statusText(entry.status), entry.profileName(),
                         entry.accountGroupName, entry.sourceName, entry.displayName, entry.snapshotId});
        console().out(table({tr("CREATED"), tr("STATUS"), tr("PROFILE"), tr("GROUP"), tr("SOURCE"),
                             tr("NAME"), tr("SNAPSHOT ID")},
                            rows));
        break;
    }
    }
    succeed();
}

void RoutinesCommand::addOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        tr("Lists the saved routines (Routines in the window), or imports those of a file the window "
           "exported (Routines → Export)."));
    parser.addPositionalArgument(QStringLiteral("action"), tr("list (the default), or import FILE."),
                                 QStringLiteral("[list | import FILE]"));
    parser.addOption({QStringLiteral("json"), tr("Print JSON instead of a table.")});
}

QString RoutinesCommand::readOptions(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.value(0) == u"import") {
        if (args.size() != 2)
            return tr("Give the file to import: snapshot-desk-cli routines import FILE.");
        m_importFile = args.at(1);
    } else if (!args.isEmpty() && !(args.size() == 1 && args.first() == u"list")) {
        return tr("Unexpected argument \"%1\".").arg(args.first());
    }
    m_json = parser.isSet(QStringLiteral("json"));
    return {};
}

void RoutinesCommand::start()
{
    if (!m_importFile.isEmpty()) {
        RoutineStore store(context().session.location);
        const Parsed<int> imported = store.importFile(m_importFile);
        if (!imported.ok()) {
            fail(ExitCode::Usage, imported.error);
            return;
        }
        tell(tr("Imported %n routine(s).", nullptr, imported.value));
        succeed();
        return;
    }
    const RoutineStore store(context().session.location);
    const QList<Routine> routines = store.routines();
    if (m_json) {
        QJsonArray list;
        for (const Routine& routine : routines) {
            QJsonObject object = routine.toJson();
            object.insert(QStringLiteral("range"), TimeRange::commandLineKey(routine.range));
            list.append(object);
        }
        console().out(jsonLine(list));
    } else {
        QList<QStringList> rows;
        for (const Routine& routine : routines)
            rows.append({routine.name, toString(routine.apiVersion), TimeRange::commandLineKey(routine.range),
                         QString::number(routine.sources.size()), routine.groupName, routine.profile});
        console().out(
            table({tr("NAME"), tr("API"), tr("RANGE"), tr("SOURCES"), tr("GROUP"), tr("PROFILE")}, rows));
    }
    succeed();
}

} // namespace snapshotdesk::cli
