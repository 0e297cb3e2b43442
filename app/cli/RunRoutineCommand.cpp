#include "cli/Commands.h"

#include "store/RoutineStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace snapshotdesk::cli {

namespace {

QString stateKey(BatchItem::State state)
{
    switch (state) {
    case BatchItem::State::Pending:
        return QStringLiteral("pending");
    case BatchItem::State::Sending:
        return QStringLiteral("sending");
    case BatchItem::State::Created:
        return QStringLiteral("created");
    case BatchItem::State::Failed:
        return QStringLiteral("failed");
    case BatchItem::State::Cancelled:
        return QStringLiteral("not sent");
    case BatchItem::State::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

} // namespace

void RunRoutineCommand::addOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        tr("Runs a saved routine now: one snapshot per report or dashboard, its relative range resolved "
           "now, paced by the rate limit as the window's batch is. Prints the IDs made, one per line."));
    parser.addPositionalArgument(QStringLiteral("name"), tr("The routine's name."), QStringLiteral("NAME"));
    parser.addOption({QStringLiteral("json"), tr("Print a JSON object with every item instead of the IDs.")});
}

QString RunRoutineCommand::readOptions(const QCommandLineParser& parser)
{
    const QStringList names = parser.positionalArguments();
    if (names.size() != 1)
        return names.isEmpty() ? tr("Give the name of the routine to run (see `snapshot-desk-cli routines`).")
                               : tr("Give one routine; put a name with spaces in quotes.");
    m_name = names.first();
    m_json = parser.isSet(QStringLiteral("json"));
    return {};
}

void RunRoutineCommand::start()
{
    const QList<Routine> routines = RoutineStore(context().session.location).routines();
    QList<QPair<QString, QString>> candidates;
    for (const Routine& routine : routines)
        candidates.append({routine.id, routine.name});
    const NameMatch match = matchIdOrName(candidates, m_name);
    if (match.index < 0) {
        QList<qsizetype> all;
        for (qsizetype i = 0; i < candidates.size(); ++i)
            all.append(i);
        fail(ExitCode::Usage,
             match.tied.isEmpty()
                 ? tr("There is no routine \"%1\". Routines: %2.").arg(m_name, candidateList(candidates, all))
                 : tr("\"%1\" names more than one routine: %2.")
                       .arg(m_name, candidateList(candidates, match.tied)));
        return;
    }
    m_routine = routines.at(match.index);
    // A routine that names a profile runs with it, unless --profile says otherwise for this run.
    if (context().session.startup.profile.isEmpty())
        context().session.startup.profile = m_routine.profile;
    connectThen([this] {
        Session* s = session();
        BatchRunner& batch = s->batch();
        connect(&batch, &BatchRunner::progressChanged, this, [this](int done, int total, qint64 secondsLeft) {
            if (!console().isErrTerminal())
                return;
            QString line = tr("%1: %2 of %3 done").arg(m_routine.name).arg(done).arg(total);
            if (secondsLeft > 0)
                line += u' ' + tr("(about %n second(s) left)", nullptr, static_cast<int>(secondsLeft));
            // One line that updates itself, cleared to its end.
            console().err(u'\r' + line + QStringLiteral("\x1b[K"));
        });
        connect(&batch, &BatchRunner::paused, this, [this](const QDateTime& at) {
            tell(tr("The hourly snapshot limit is spent; the rest go at %1, by themselves.")
                     .arg(localText(at)));
        });
        connect(s, &Session::created, this,
                [this](const HistoryEntry& entry) { m_unsavedKeys.append(entry.key); });
        connect(s, &Session::createFailed, this, [this](const HistoryEntry& entry, const ApiError&) {
            if (!entry.key.isEmpty())
                m_unsavedKeys.append(entry.key);
        });
        connect(&batch, &BatchRunner::finished, this, &RunRoutineCommand::onFinished);
        const QString problem = s->runRoutine(m_routine);
        if (!problem.isEmpty())
            fail(ExitCode::Usage, problem);
    });
}

void RunRoutineCommand::onFinished()
{
    if (console().isErrTerminal())
        console().err(QStringLiteral("\n"));
    whenSaved(m_unsavedKeys, [this] { report(); });
}

void RunRoutineCommand::report()
{
    if (isFinished())
        return;
    const BatchRunner& batch = session()->batch();
    const QList<BatchItem>& items = batch.items();
    const int created = batch.count(BatchItem::State::Created);
    if (m_json) {
        QJsonArray list;
        for (const BatchItem& item : items) {
            QJsonObject object{
                {QStringLiteral("source"), QJsonObject{{QStringLiteral("id"), item.request.sourceId},
                                                       {QStringLiteral("name"), item.request.sourceName}}},
                {QStringLiteral("displayName"), item.request.displayName},
                {QStringLiteral("state"), stateKey(item.state)},
                {QStringLiteral("snapshotId"),
                 item.snapshotId.isEmpty() ? QJsonValue() : QJsonValue(item.snapshotId)},
                {QStringLiteral("link"),
                 item.link.isEmpty() ? QJsonValue() : QJsonValue(item.link.toString(QUrl::FullyEncoded))},
            };
            if (item.error.isError())
                object.insert(QStringLiteral("error"), item.error.userMessage());
            list.append(object);
        }
        const QDateTime from = items.isEmpty() ? QDateTime() : items.first().request.from;
        const QDateTime to = items.isEmpty() ? QDateTime() : items.first().request.to;
        console().out(jsonLine(QJsonObject{
            {QStringLiteral("routine"), m_routine.name},
            {QStringLiteral("profile"), session()->profile()},
            {QStringLiteral("from"), utcJson(from)},
            {QStringLiteral("to"), utcJson(to)},
            {QStringLiteral("created"), created},
            {QStringLiteral("failed"), static_cast<int>(items.size()) - created},
            {QStringLiteral("items"), list},
            {QStringLiteral("rateLimit"), rateLimitJson(session()->service().rateLimit())},
        }));
    } else {
        for (const BatchItem& item : items) {
            if (item.state == BatchItem::State::Created)
                console().out(item.snapshotId + u'\n');
        }
    }
    QList<const BatchItem*> failed;
    for (const BatchItem& item : items) {
        if (item.state != BatchItem::State::Created)
            failed.append(&item);
    }
    if (failed.isEmpty()) {
        succeed();
        return;
    }
    for (const BatchItem* item : std::as_const(failed))
        tell(tr("\"%1\" was not made: %2")
                 .arg(item->request.sourceName,
                      item->error.isError() ? item->error.userMessage() : stateKey(item->state)));
    if (batch.stopReason().isError()) {
        finish(exitCodeFor(batch.stopReason()));
        return;
    }
    // Nothing made, all for one reason: that reason's code; otherwise "some failed".
    const ExitCode first = exitCodeFor(failed.first()->error);
    const bool oneReason = std::all_of(failed.cbegin(), failed.cend(), [first](const BatchItem* i) {
        return exitCodeFor(i->error) == first;
    });
    finish(created == 0 && oneReason && first != ExitCode::Success ? first : ExitCode::PartlyFailed);
}

} // namespace snapshotdesk::cli
