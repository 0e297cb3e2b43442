#include "cli/Commands.h"

#include "core/NameTemplate.h"

#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace snapshotdesk::cli {

namespace {

// `yyyy-MM-dd HH:mm` in local time, or ISO 8601 with Z or an offset; invalid otherwise. A time
// without a zone in ISO form is refused rather than guessed: a script run by cron on a server in
// UTC and a person in Berlin would read it differently.
QDateTime parseTime(const QString& text)
{
    static const QRegularExpression local(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$"));
    static const QRegularExpression zoned(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})$"));
    const QString trimmed = text.trimmed();
    if (local.match(trimmed).hasMatch()) {
        const QDateTime time = QDateTime::fromString(trimmed, QStringLiteral("yyyy-MM-dd HH:mm"));
        // A time the clocks skip when they go forward does not exist.
        return time.isValid() && time.toString(QStringLiteral("yyyy-MM-dd HH:mm")) == trimmed ? time
                                                                                              : QDateTime();
    }
    if (zoned.match(trimmed).hasMatch())
        return QDateTime::fromString(trimmed, Qt::ISODateWithMs).toUTC();
    return {};
}

} // namespace

void CreateCommand::addOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        tr("Creates a snapshot of a report (API v6) or dashboard (API v7) and prints its ID."));
    parser.addOptions({
        {QStringLiteral("source"), tr("The report or dashboard, by name or ID."), tr("name|id")},
        {QStringLiteral("account-group"),
         tr("The account group, by name or ID (default: the one the window uses)."), tr("name|id")},
        {QStringLiteral("range"),
         tr("A time range relative to now: last-hour, last-24h, last-7d, yesterday, last-week or last-30d."),
         tr("key")},
        {QStringLiteral("from"),
         tr("Start: \"yyyy-MM-dd HH:mm\" in local time, or ISO 8601 with Z or an offset."), tr("time")},
        {QStringLiteral("to"), tr("End, in the same forms as --from."), tr("time")},
        {QStringLiteral("name"),
         tr("The snapshot's display name (default: from the name template in Settings)."), tr("text")},
        {QStringLiteral("expires"),
         tr("v7: the last day (yyyy-MM-dd) the snapshot is kept (default: one year)."), tr("date")},
        {QStringLiteral("anonymize"), tr("v7: anonymize the snapshot's data.")},
        {QStringLiteral("yes"), tr("Go ahead despite a warning, such as a range of more than 93 days.")},
        {QStringLiteral("json"), tr("Print a JSON object instead of the ID alone.")},
    });
}

QString CreateCommand::readOptions(const QCommandLineParser& parser)
{
    if (!parser.positionalArguments().isEmpty())
        return tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first());
    m_source = parser.value(QStringLiteral("source")).trimmed();
    if (m_source.isEmpty())
        return tr("--source is required: the report or dashboard to snapshot, by name or ID.");
    m_group = parser.value(QStringLiteral("account-group")).trimmed();
    const bool range = parser.isSet(QStringLiteral("range"));
    const bool from = parser.isSet(QStringLiteral("from"));
    const bool to = parser.isSet(QStringLiteral("to"));
    if (range && (from || to))
        return tr("--range cannot be combined with --from and --to: give one or the other.");
    if (!range && !from && !to)
        return tr("A time range is required: --range KEY, or --from and --to.");
    if (range) {
        m_preset = TimeRange::fromCommandLineKey(parser.value(QStringLiteral("range")));
        if (!m_preset)
            return tr("--range: \"%1\" is not a range. Use last-hour, last-24h, last-7d, yesterday, "
                      "last-week or "
                      "last-30d.")
                .arg(parser.value(QStringLiteral("range")));
    } else {
        if (!from || !to)
            return from ? tr("--to is required with --from.") : tr("--from is required with --to.");
        for (const auto& [option, target] :
             {std::pair{QStringLiteral("from"), &m_from}, std::pair{QStringLiteral("to"), &m_to}}) {
            *target = parseTime(parser.value(option));
            if (!target->isValid())
                return tr("--%1: \"%2\" is not a time. Use \"yyyy-MM-dd HH:mm\" (local time) or ISO 8601 "
                          "with Z "
                          "or an offset, e.g. 2026-03-02T18:00:00Z.")
                    .arg(option, parser.value(option));
        }
    }
    m_name = parser.value(QStringLiteral("name"));
    if (parser.isSet(QStringLiteral("name")) && m_name.trimmed().isEmpty())
        return tr("--name: the name cannot be empty.");
    if (parser.isSet(QStringLiteral("expires"))) {
        m_expires = QDate::fromString(parser.value(QStringLiteral("expires")).trimmed(), Qt::ISODate);
        if (!m_expires.isValid())
            return tr("--expires: \"%1\" is not a date. Use yyyy-MM-dd.")
                .arg(parser.value(QStringLiteral("expires")));
    }
    m_anonymize = parser.isSet(QStringLiteral("anonymize"));
    m_json = parser.isSet(QStringLiteral("json"));
    m_yes = parser.isSet(QStringLiteral("yes"));
    return {};
}

bool CreateCommand::checkRequest(const SnapshotRequest& request, bool complete)
{
    Session* s = session();
    const QList<ValidationIssue> issues = request.validate(s->apiVersion(), s->clock().now());
    for (const ValidationIssue& issue : issues) {
        if (!complete && (issue.field == ValidationIssue::Field::Source ||
                          (issue.field == ValidationIssue::Field::DisplayName && m_name.trimmed().isEmpty())))
            continue; // known once the source is
        if (issue.severity == ValidationIssue::Severity::Warning && m_yes)
            continue;
        QString option;
        switch (issue.field) {
        case ValidationIssue::Field::DisplayName:
            option = QStringLiteral("--name");
            break;
        case ValidationIssue::Field::Source:
            option = QStringLiteral("--source");
            break;
        case ValidationIssue::Field::From:
            option = m_preset ? QStringLiteral("--range") : QStringLiteral("--from");
            break;
        case ValidationIssue::Field::To:
            option = m_preset ? QStringLiteral("--range") : QStringLiteral("--to");
            break;
        case ValidationIssue::Field::ExpirationDate:
            option = QStringLiteral("--expires");
            break;
        case ValidationIssue::Field::Timezone:
            option = QStringLiteral("--from");
            break;
        }
        QString message = option + QStringLiteral(": ") + issue.message;
        if (issue.severity == ValidationIssue::Severity::Warning)
            message += u' ' + tr("Add --yes to create it anyway.");
        fail(ExitCode::Usage, message);
        return false;
    }
    return true;
}

void CreateCommand::start()
{
    Session* s = session();
    if (!s)
        return;
    if (s->apiVersion() == ApiVersion::V6 && (m_expires.isValid() || m_anonymize)) {
        fail(ExitCode::Usage,
             tr("%1 is only for API v7 (dashboard snapshots); the profile uses v6.")
                 .arg(m_expires.isValid() ? QStringLiteral("--expires") : QStringLiteral("--anonymize")));
        return;
    }
    if (m_preset) {
        // The window's presets, in local time, with the locale's first day of the week.
        const TimeRange range = TimeRange::forPreset(*m_preset, s->clock().now(), QLocale().firstDayOfWeek());
        m_from = range.from;
        m_to = range.to;
    }
    m_request.from = m_from.toUTC();
    m_request.to = m_to.toUTC();
    if (m_expires.isValid())
        m_request.expirationDate = SnapshotRequest::expirationAtEndOf(m_expires);
    m_request.anonymizeData = m_anonymize;
    m_request.acknowledgeWarnings = m_yes;
    m_request.displayName = m_name.trimmed();
    // Before anything is sent: the range, the expiry and a given name.
    if (!checkRequest(m_request, false))
        return;
    connectThen([this] {
        const std::optional<AccountGroup> group = findAccountGroup(m_group);
        if (!group)
            return;
        loadSources(group->aid, [this, group = *group](const QList<SnapshotSource>& sources) {
            QList<QPair<QString, QString>> candidates;
            for (const SnapshotSource& source : sources)
                candidates.append({source.id, source.name});
            const NameMatch match = matchIdOrName(candidates, m_source);
            const bool v6 = session()->apiVersion() == ApiVersion::V6;
            if (!match.tied.isEmpty()) {
                fail(ExitCode::Usage,
                     (v6 ? tr("--source: \"%1\" names more than one report: %2. Give its ID.")
                         : tr("--source: \"%1\" names more than one dashboard: %2. Give its ID."))
                         .arg(m_source, candidateList(candidates, match.tied)));
                return;
            }
            if (match.index < 0) {
                QList<qsizetype> all;
                for (qsizetype i = 0; i < candidates.size(); ++i)
                    all.append(i);
                fail(ExitCode::Usage,
                     (v6 ? tr("--source: there is no report \"%1\" in %2. Reports: %3.")
                         : tr("--source: there is no dashboard \"%1\" in %2. Dashboards: %3."))
                         .arg(m_source, group.name, candidateList(candidates, all)));
                return;
            }
            send(group, sources.at(match.index));
        });
    });
}

void CreateCommand::send(const AccountGroup& group, const SnapshotSource& source)
{
    Session* s = session();
    m_groupName = group.name;
    m_request.aid = group.aid;
    m_request.sourceId = source.id;
    m_request.sourceName = source.name;
    if (m_request.displayName.isEmpty())
        m_request.displayName =
            NameTemplate::displayName(s->settings().nameTemplate(), {source.name, group.name, m_from, m_to});
    if (!checkRequest(m_request, true))
        return;
    connect(s, &Session::created, this, &CreateCommand::report);
    connect(s, &Session::outcomeResolved, this, [this](const HistoryEntry& entry) {
        if (entry.status == HistoryEntry::Status::Created)
            report(entry);
        else
            fail(ExitCode::Failure, tr("The snapshot was not made: %1").arg(entry.failureReason));
    });
    connect(s, &Session::outcomeCheckFailed, this, [this](const HistoryEntry&, const ApiError& error) {
        fail(
            ExitCode::Failure,
            tr("The answer to the create was lost and the server's list could not be read (%1), so it is not "
               "known whether the snapshot was made. The history shows it as unknown; the window checks "
               "again "
               "at its next start. Do not create it again before.")
                .arg(error.userMessage()));
    });
    connect(s, &Session::createFailed, this, [this](const HistoryEntry&, const ApiError& error) {
        if (error.kind() == ApiError::Kind::OutcomeUnknown) {
            tell(tr("The answer to the create was lost; asking the server's list whether the snapshot was "
                    "made."));
            return; // outcomeResolved() or outcomeCheckFailed() follows
        }
        fail(error);
    });
    s->create(m_request);
}

void CreateCommand::report(const HistoryEntry& entry)
{
    // Reported only once the history has it: a script that goes on to read the history finds it.
    whenSaved({entry.key}, [this, entry] {
        if (isFinished())
            return;
        if (!m_json) {
            console().out(entry.snapshotId + u'\n');
        } else {
            console().out(jsonLine(QJsonObject{
                {QStringLiteral("snapshotId"), entry.snapshotId},
                {QStringLiteral("link"), entry.link.toString(QUrl::FullyEncoded)},
                {QStringLiteral("displayName"), entry.displayName},
                {QStringLiteral("from"), utcJson(entry.from)},
                {QStringLiteral("to"), utcJson(entry.to)},
                {QStringLiteral("expires"), utcJson(entry.expirationDate)},
                {QStringLiteral("source"), QJsonObject{{QStringLiteral("id"), entry.sourceId},
                                                       {QStringLiteral("name"), entry.sourceName}}},
                {QStringLiteral("accountGroup"),
                 QJsonObject{{QStringLiteral("aid"), entry.aid},
                             {QStringLiteral("name"), entry.accountGroupName}}},
                {QStringLiteral("apiVersion"), toString(entry.apiVersion)},
                {QStringLiteral("profile"), session()->profile()},
                {QStringLiteral("rateLimit"), rateLimitJson(session()->service().rateLimit())},
            }));
        }
        succeed();
    });
}

} // namespace snapshotdesk::cli
