#pragma once

#include "core/AccountGroup.h"
#include "core/ApiVersion.h"
#include "core/BatchSpec.h"
#include "core/Clock.h"
#include "core/Routine.h"
#include "core/SnapshotSource.h"

#include <QList>
#include <QObject>
#include <QString>

namespace snapshotdesk {

class Session;

// The account a front end works in, as the dialogs see it: the API version, the account group in
// use and its sources, whether credentials are there, the clock, and starting a batch or a
// routine in it (which Session records in the history). A narrow view of the Session: the batch
// dialog, the routines dialog and the server snapshot list receive this, not the Session, so
// they cannot reach its settings, keychain or service.
class AccountContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountContext)

public:
    explicit AccountContext(Session& session);
    ~AccountContext() override;

    ApiVersion apiVersion() const;
    QString currentAid() const;
    QString accountGroupName(const QString& aid) const;
    QList<SnapshotSource> sources() const;
    bool hasCredentials() const;
    const Clock& clock() const;
    // The name template the window's form uses (a starting point for a batch's).
    QString nameTemplate() const;

    // Starts a batch in the current account group; returns why it cannot (translated), or empty.
    QString startBatch(BatchSpec spec);
    // Runs a routine now (its relative range resolved on the clock); as startBatch().
    QString runRoutine(const Routine& routine);

signals:
    // The service, the account groups or the chosen group changed: lists read before are stale.
    void changed();
    void sourcesChanged(const QString& aid, const QList<snapshotdesk::SnapshotSource>& sources);

private:
    Session& m_session;
};

} // namespace snapshotdesk
