#pragma once

#include "FakeThousandEyesServer.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QQueue>
#include <QString>

namespace snapshotdesk {

// The snapshots a FakeThousandEyesServer holds, with the endpoints that change them, for the tests of
// the server list, the batch runner and routines:
//   v6: POST /v6/report-snapshots/create, GET /v6/report-snapshots, POST /v6/report-snapshots/{id}/delete
//   v7: POST and GET (paged by _links.next, `pageSize` per page) /v7/dashboard-snapshots,
//       DELETE and PATCH /v7/dashboard-snapshots/{id}
// Optionally it enforces the organisation rate limit as the real API does (a request that arrives
// at 0 remaining before the reset is answered 429 and counted) and the v7 hourly snapshot window.
// install() replaces the server's script for those paths and its fallback.
class FakeSnapshotCatalog final
{
public:
    struct Entry
    {
        QString id;
        QString name;
        QString sourceId;
        QString sourceName;
        QString aid;
        QDateTime from;
        QDateTime to;
        QDateTime created;
        QDateTime expires;
    };

    FakeSnapshotCatalog(FakeThousandEyesServer& server, ApiVersion version, const Clock& clock);

    void install();

    QByteArray prefix() const { return m_prefix; }
    // Adds a snapshot made elsewhere; returns its id.
    QString addExisting(const QString& name, const QString& sourceId,
                        const QString& aid = QStringLiteral("75"));
    QList<Entry> entries() const { return m_entries; }
    bool contains(const QString& id) const;

    int pageSize = 50;
    // Requests answered 429 because they came at 0 remaining (what pacing must avoid).
    int rejectedForRateLimit = 0;
    // Every create that reached the server, successful or not, by source id.
    QStringList createAttempts;

    // The organisation window: `remaining` requests now, refilled to `remaining` every `windowSecs`.
    void enforceOrgLimit(int limit, int remaining, int windowSecs = 60);
    // The v7 hourly snapshot window: `remaining` creates until `resetSecs` from now, then `limit` more.
    void setSnapshotWindow(int limit, int remaining, int resetSecs);
    // The next create of `sourceId` is answered with `status` (once per call).
    void failNextCreate(const QString& sourceId, int status);
    // How the answer to a create is lost (the request itself arrived whole).
    enum class LostAnswer
    {
        Closed,  // the connection is closed without a byte of answer
        Stalled, // no answer for a minute (the client's timeout ends it)
    };
    // The next create of `sourceId` arrives, is made (or, `made` false, not) and its answer is lost.
    void loseNextAnswer(const QString& sourceId, LostAnswer how, bool made);
    // Lists answered 500 from now on, before any is answered normally again.
    int failNextLists = 0;
    // Every request for snapshot `id` (delete, expiry change) is answered with `status`.
    void forceStatusFor(const QString& id, int status);

private:
    HttpResponse limited(HttpResponse response);
    HttpResponse create(const HttpRequest& request);
    HttpResponse createAnswer(const HttpRequest& request);
    HttpResponse list(const HttpRequest& request);
    HttpResponse perSnapshot(const HttpRequest& request);
    HttpResponse error(int status, const QString& message) const;
    QJsonObject toJson(const Entry& entry) const;

    FakeThousandEyesServer& m_server;
    ApiVersion m_version;
    const Clock& m_clock;
    QByteArray m_prefix;
    QList<Entry> m_entries;
    int m_next = 1;

    bool m_enforceOrg = false;
    int m_orgLimit = 240;
    int m_orgRefill = 240;
    int m_orgRemaining = 240;
    int m_windowSecs = 60;
    QDateTime m_orgReset;

    bool m_snapshotWindow = false;
    int m_snapshotLimit = 100;
    int m_snapshotRemaining = 100;
    QDateTime m_snapshotReset;

    QHash<QString, QQueue<int>> m_createFailures;
    QHash<QString, QQueue<QPair<LostAnswer, bool>>> m_lostAnswers;
    QHash<QString, int> m_forced;
};

} // namespace snapshotdesk
