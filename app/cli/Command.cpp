#include "cli/Command.h"

#include "core/Profile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace snapshotdesk::cli {

Command::Command(QObject* parent)
    : QObject(parent)
{}

Command::~Command() = default;

void Command::finish(ExitCode code)
{
    if (std::exchange(m_finished, true))
        return;
    // Nothing the session still does may reach the console from now on.
    if (m_session)
        m_session->disconnect(this);
    emit finished(static_cast<int>(code));
}

void Command::fail(ExitCode code, const QString& message)
{
    if (m_finished)
        return;
    tell(message);
    finish(code);
}

void Command::fail(const ApiError& error)
{
    QString message = error.userMessage();
    if (!error.serverMessage().isEmpty())
        //: %1 is a sentence of ours, %2 what the server said
        message = tr("%1 (The server said: %2)").arg(message, error.serverMessage());
    fail(exitCodeFor(error), message);
}

void Command::tell(const QString& message)
{
    console().err(QStringLiteral("snapshot-desk-cli: ") + message + u'\n');
}

Session* Command::session()
{
    if (m_session)
        return m_session.get();
    Session::Options options = m_context.session;
    options.loadSourcesWithGroups = false;
    m_session = std::make_unique<Session>(options);
    connect(&m_session->history(), &History::saved, this, [this](const QString& key) {
        m_savedKeys.insert(key);
        if (!m_afterSaved)
            return;
        m_awaitedKeys.removeAll(key);
        if (m_awaitedKeys.isEmpty())
            std::exchange(m_afterSaved, {})();
    });
    connect(&m_session->history(), &History::writeFailed, this, [this](const QString& message) {
        if (!m_afterSaved)
            return;
        tell(tr("The history could not be written (%1); the entry is kept and written again next time.")
                 .arg(message));
        m_awaitedKeys.clear();
        std::exchange(m_afterSaved, {})();
    });
    if (!m_session->unknownProfile().isEmpty()) {
        fail(ExitCode::Usage, tr("--profile: there is no profile \"%1\". Profiles: %2.")
                                  .arg(m_session->unknownProfile(),
                                       m_session->settings().profiles().join(QStringLiteral(", "))));
        return nullptr;
    }
    return m_session.get();
}

void Command::connectThen(std::function<void()> ready)
{
    Session* s = session();
    if (!s)
        return;
    connect(s, &Session::accountGroupsChanged, this, [this, ready = std::move(ready)] {
        if (std::exchange(m_connected, true) || m_finished)
            return;
        ready();
    });
    connect(s, &Session::credentialsProblem, this, [this](const QString& problem) {
        if (m_context.session.startup.demo)
            fail(ExitCode::Failure, problem); // the demo could not start
        else
            m_credentialsProblem = problem; // said with the missing token that follows
    });
    connect(s, &Session::credentialsMissing, this, [this] {
        QString message = tr("No API token for the profile \"%1\": set TE_TOKEN, or save one with "
                             "`snapshot-desk-cli login` or in the window (File → Settings).")
                              .arg(m_session->profile());
        if (!m_credentialsProblem.isEmpty())
            message = m_credentialsProblem + u' ' + message;
        fail(ExitCode::Authentication, message);
    });
    connect(
        s, &Session::tokenNeedsConfirmation, this,
        [this](const QString& address, const QStringList& savedFor) {
            fail(ExitCode::Authentication,
                 tr("The saved token of the profile \"%1\" was saved for %2, not for %3, so it was not sent. "
                    "Confirm it once in the window, or set TE_TOKEN.")
                     .arg(m_session->profile(), savedFor.join(QStringLiteral(", ")), address));
        });
    connect(s, &Session::loadFailed, this,
            [this](SnapshotService::Operation operation, const ApiError& error) {
                if (operation == SnapshotService::Operation::AccountGroups && !m_connected)
                    fail(error);
            });
    // The transport holds requests back at 0 remaining and waits once after a 429; a script's log
    // should say why it paused.
    connect(s, &Session::waiting, this, [this](WaitReason reason, int secondsLeft, const QDateTime& until) {
        if (reason == WaitReason::None) {
            m_waitUntil = {};
            return;
        }
        if (until == m_waitUntil)
            return;
        m_waitUntil = until;
        if (reason == WaitReason::RateLimited)
            tell(tr("The API answered 429 (rate limit): waiting %n second(s), until %1, then trying once "
                    "more.",
                    nullptr, secondsLeft)
                     .arg(localText(until.isValid() ? until : QDateTime())));
        else
            tell(tr("The organisation's rate limit is used up: waiting %n second(s), until %1, before "
                    "the next request.",
                    nullptr, secondsLeft)
                     .arg(localText(until)));
    });
    s->start();
}

std::optional<AccountGroup> Command::findAccountGroup(const QString& wanted)
{
    Session* s = session();
    const QList<AccountGroup> groups = s ? s->accountGroups() : QList<AccountGroup>();
    const QString aid = wanted.isEmpty() && s ? s->currentAid() : QString();
    QList<QPair<QString, QString>> candidates;
    for (const AccountGroup& group : groups)
        candidates.append({group.aid, group.name});
    const NameMatch match = matchIdOrName(candidates, wanted.isEmpty() ? aid : wanted);
    if (match.index >= 0)
        return groups.at(match.index);
    if (!match.tied.isEmpty()) {
        fail(ExitCode::Usage,
             tr("--account-group: \"%1\" names more than one account group: %2. Give its ID.")
                 .arg(wanted, candidateList(candidates, match.tied)));
        return std::nullopt;
    }
    QList<qsizetype> all;
    for (qsizetype i = 0; i < candidates.size(); ++i)
        all.append(i);
    fail(ExitCode::Usage, tr("--account-group: there is no account group \"%1\". Account groups: %2.")
                              .arg(wanted, candidateList(candidates, all)));
    return std::nullopt;
}

void Command::whenSaved(const QStringList& keys, std::function<void()> then)
{
    m_awaitedKeys.clear();
    for (const QString& key : keys) {
        if (!key.isEmpty() && !m_savedKeys.contains(key))
            m_awaitedKeys.append(key);
    }
    if (m_awaitedKeys.isEmpty()) {
        then();
        return;
    }
    m_afterSaved = std::move(then);
}

void Command::loadSources(const QString& aid, std::function<void(const QList<SnapshotSource>&)> ready)
{
    SnapshotService& service = m_session->service();
    auto done = std::make_shared<QList<QMetaObject::Connection>>();
    const auto disconnectAll = [done] {
        for (const QMetaObject::Connection& c : std::as_const(*done))
            QObject::disconnect(c);
    };
    done->append(connect(&service, &SnapshotService::sourcesLoaded, this,
                         [aid, ready = std::move(ready),
                          disconnectAll](const QString& loadedAid, const QList<SnapshotSource>& sources) {
                             if (loadedAid != aid)
                                 return;
                             disconnectAll();
                             ready(sources);
                         }));
    done->append(connect(&service, &SnapshotService::loadFailed, this,
                         [this, disconnectAll](SnapshotService::Operation operation, const ApiError& error) {
                             if (operation != SnapshotService::Operation::Sources)
                                 return;
                             disconnectAll();
                             fail(error);
                         }));
    service.loadSources(aid);
}

QString Command::table(const QStringList& header, const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QString& cell : header)
        widths.append(cell.size());
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    const auto line = [&widths](const QStringList& cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            // A tab or line break from the server must not break the table's lines.
            QString cell = cells.at(i).simplified();
            if (i + 1 < cells.size())
                cell = cell.leftJustified(widths.value(i) + 2);
            text += cell;
        }
        while (text.endsWith(u' '))
            text.chop(1);
        return text + u'\n';
    };
    QString text = line(header);
    for (const QStringList& row : rows)
        text += line(row);
    return text;
}

QString Command::jsonLine(const QJsonValue& value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact)) + u'\n';
}

QJsonValue Command::utcJson(const QDateTime& time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(Qt::ISODate);
}

QJsonObject Command::rateLimitJson(const RateLimitStatus& status)
{
    const auto window = [](const RateLimitWindow& w) -> QJsonValue {
        if (!w.isKnown())
            return QJsonValue::Null;
        return QJsonObject{{QStringLiteral("limit"), w.limit},
                           {QStringLiteral("remaining"), w.remaining},
                           {QStringLiteral("reset"), utcJson(w.reset)}};
    };
    return QJsonObject{{QStringLiteral("organization"), window(status.organization)},
                       {QStringLiteral("snapshotCreation"), window(status.snapshotCreation)}};
}

QString Command::localText(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

NameMatch matchIdOrName(const QList<QPair<QString, QString>>& idsAndNames, const QString& wanted)
{
    NameMatch match;
    if (wanted.isEmpty())
        return match;
    const auto find = [&](auto fits) {
        QList<qsizetype> found;
        for (qsizetype i = 0; i < idsAndNames.size(); ++i) {
            if (fits(idsAndNames.at(i)))
                found.append(i);
        }
        return found;
    };
    // An ID is unique; a name may not be, so an exact name that several carry is ambiguous rather
    // than falling through to a looser match.
    for (const auto& fits :
         {std::function<bool(const QPair<QString, QString>&)>(
              [&](const QPair<QString, QString>& c) { return c.first == wanted; }),
          std::function<bool(const QPair<QString, QString>&)>(
              [&](const QPair<QString, QString>& c) { return c.second == wanted; }),
          std::function<bool(const QPair<QString, QString>&)>([&](const QPair<QString, QString>& c) {
              return c.second.compare(wanted, Qt::CaseInsensitive) == 0;
          })}) {
        const QList<qsizetype> found = find(fits);
        if (found.size() == 1) {
            match.index = found.first();
            return match;
        }
        if (found.size() > 1) {
            match.tied = found;
            return match;
        }
    }
    return match;
}

QString candidateList(const QList<QPair<QString, QString>>& idsAndNames, const QList<qsizetype>& which,
                      qsizetype limit)
{
    QStringList shown;
    for (qsizetype i = 0; i < which.size() && i < limit; ++i) {
        const QPair<QString, QString>& c = idsAndNames.at(which.at(i));
        shown.append(QStringLiteral("\"%1\" (%2)").arg(c.second, c.first));
    }
    if (which.isEmpty())
        return Command::tr("none");
    QString text = shown.join(QStringLiteral(", "));
    if (which.size() > limit)
        text += u' ' + Command::tr("and %n more", nullptr, static_cast<int>(which.size() - limit));
    return text;
}

} // namespace snapshotdesk::cli
