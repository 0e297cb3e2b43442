#pragma once

#include "core/AccountGroup.h"
#include "core/ApiVersion.h"
#include "core/Clock.h"
#include "core/SnapshotRequest.h"
#include "core/SnapshotSource.h"
#include "core/TimeRange.h"

#include "ui/widgets/ThemeIcons.h"

#include <QWidget>

#include <memory>

namespace Ui {
class SnapshotForm;
}

class QLabel;
class QTimer;

namespace snapshotdesk {

// Collects one snapshot request: account group, report or dashboard, name, time range and, on v7,
// expiry and anonymisation. Validates as the user types and shows each problem next to its field;
// Create is enabled only while the request could be sent.
class ElidedLabel;

class SnapshotForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotForm)

public:
    explicit SnapshotForm(const Clock& clock, QWidget* parent = nullptr);
    ~SnapshotForm() override;

    void setApiVersion(ApiVersion version);
    void setAccountGroups(const QList<AccountGroup>& groups, const QString& currentAid);
    void setSources(const QList<SnapshotSource>& sources, const QString& preferredId);
    void setSourcesLoading(bool loading);
    void setSourcesError(const QString& message);
    void setCreating(bool creating);
    void setNameTemplate(const QString& nameTemplate);
    void setPreset(TimeRange::Preset preset);
    TimeRange::Preset preset() const;

    // The request as the form shows it now.
    SnapshotRequest request() const;
    // Refills the form from an earlier request ("use these settings again").
    void setRequest(const SnapshotRequest& request);
    QList<ValidationIssue> issues() const;
    bool canCreate() const;
    // Why Create is not possible now, in one sentence (empty when it is).
    QString whyNotCreate() const;
    // The line under Create: why it is disabled, or what it will warn about (empty when neither).
    QString hint() const;
    // A reason outside the form that keeps Create from working (no account yet, or its token was
    // forgotten): Create is disabled, and the reason is on its tooltip and accessible description.
    void setBlockedReason(const QString& reason);

    QString currentAid() const;
    QString currentSourceId() const;

signals:
    void createRequested(const snapshotdesk::SnapshotRequest& request);
    void cancelRequested();
    void refreshRequested();
    void accountGroupChosen(const QString& aid);
    void sourceChosen(const QString& sourceId);
    void presetChosen(snapshotdesk::TimeRange::Preset preset);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyPreset();
    void onRangeEdited();
    void onCreateClicked();
    void updateUtcLabels();
    void updateName();
    void revalidate();
    QString generatedName() const;
    void updateProblemIcon(QLabel* label);
    void showProblem(QLabel* label, const QList<ValidationIssue>& issues,
                     std::initializer_list<ValidationIssue::Field> fields);

    std::unique_ptr<Ui::SnapshotForm> m_ui;
    ThemeIcons m_themeIcons{this};
    const Clock& m_clock;
    ApiVersion m_version = ApiVersion::V7;
    QString m_nameTemplate;
    QString m_lastGeneratedName;
    bool m_creating = false;
    QString m_blockedReason;
    bool m_applyingPreset = false;
    bool m_sourcesLoading = false;
    QTimer* m_revalidateTimer = nullptr;
    ElidedLabel* m_hint = nullptr;
    QString m_sourcesStatus; // why the list is empty or could not be loaded; empty when it has items
};

} // namespace snapshotdesk
