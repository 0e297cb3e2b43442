#pragma once

#include "cli/Command.h"
#include "core/Routine.h"
#include "core/TimeRange.h"

#include <QSet>

#include <optional>

// The commands of snapshot-desk-cli, one class each (see Cli for the list and their help).
namespace snapshotdesk::cli {

// create: one snapshot, validated as the window's form validates it, recorded in the history.
class CreateCommand final : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void addOptions(QCommandLineParser& parser) override;
    QString readOptions(const QCommandLineParser& parser) override;
    void start() override;

private:
    // The time range, name and expiry checked before anything is sent; false (and failed) if wrong.
    bool checkRequest(const SnapshotRequest& request, bool complete);
    void send(const AccountGroup& group, const SnapshotSource& source);
    void report(const HistoryEntry& entry);

    QString m_source;
    QString m_group;
    std::optional<TimeRange::Preset> m_preset;
    QDateTime m_from;
    QDateTime m_to;
    QString m_name;
    QDate m_expires;
    bool m_anonymize = false;
    bool m_json = false;
    bool m_yes = false;
    SnapshotRequest m_request;
    QString m_groupName;
};

// account-groups, sources, snapshots: what the API lists, as a table or JSON.
class ListCommand final : public Command
{
    Q_OBJECT

public:
    enum class What
    {
        AccountGroups,
        Sources,
        Snapshots,
    };
    explicit ListCommand(What what, QObject* parent = nullptr);
    void addOptions(QCommandLineParser& parser) override;
    QString readOptions(const QCommandLineParser& parser) override;
    void start() override;

private:
    void listGroups();
    void listSources(const AccountGroup& group);
    void listSnapshots(const AccountGroup& group);

    What m_what;
    QString m_group;
    bool m_json = false;
};

// delete: snapshots on the server, after a question unless --yes.
class DeleteCommand final : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void addOptions(QCommandLineParser& parser) override;
    QString readOptions(const QCommandLineParser& parser) override;
    void start() override;

private:
    void remove(const AccountGroup& group);
    void onDone();

    QStringList m_ids;
    QString m_group;
    bool m_yes = false;
    QStringList m_removed;
    QList<QPair<QString, ApiError>> m_failed;
};

// history: the window's history, from the same file.
class HistoryCommand final : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void addOptions(QCommandLineParser& parser) override;
    QString readOptions(const QCommandLineParser& parser) override;
    void start() override;

private:
    enum class Format
    {
        Table,
        Csv,
        Json,
    };
    Format m_format = Format::Table;
    int m_limit = -1;
};

// routines and run-routine: the saved routines, and one of them run now.
class RoutinesCommand final : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void addOptions(QCommandLineParser& parser) override;
    QString readOptions(const QCommandLineParser& parser) override;
    void start() override;

private:
    bool m_json = false;
    QString m_importFile;
};

class RunRoutineCommand final : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void addOptions(QCommandLineParser& parser) override;
    QString readOptions(const QCommandLineParser& parser) override;
    void start() override;

private:
    void onFinished();
    void report();

    QString m_name;
    bool m_json = false;
    Routine m_routine;
    QStringList m_unsavedKeys; // history entries of this run not yet on disk
    bool m_batchDone = false;
};

// login and logout: the profile's token into or out of the keychain.
class TokenCommand final : public Command
{
    Q_OBJECT

public:
    enum class What
    {
        Login,
        Logout,
    };
    explicit TokenCommand(What what, QObject* parent = nullptr);
    void addOptions(QCommandLineParser& parser) override;
    QString readOptions(const QCommandLineParser& parser) override;
    void start() override;

private:
    What m_what;
};

// profiles [list | add NAME | remove NAME]
class ProfilesCommand final : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void addOptions(QCommandLineParser& parser) override;
    QString readOptions(const QCommandLineParser& parser) override;
    void start() override;

private:
    void list();
    void add();
    void remove();

    QString m_action;
    QString m_name;
    QString m_email;
    Credentials::Method m_auth = Credentials::Method::Bearer;
    bool m_json = false;
    bool m_yes = false;
};

} // namespace snapshotdesk::cli
