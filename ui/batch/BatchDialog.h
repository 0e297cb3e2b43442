#pragma once

#include "core/TimeRange.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace snapshotdesk {

class ElidedLabel;
class AccountContext;
class BatchRunner;
class RoutineStore;
struct BatchSpec;

// Several reports or dashboards at once: choose them, one time range and one name template, Start;
// then watch the progress (done of total, time left), Cancel, Retry failed, and see each result.
// It also shows runs started elsewhere (a routine from the menu), since it follows the session's
// batch runner rather than owning one.
class BatchDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchDialog)

public:
    // Starts batches in `account`, follows `batch` (the session's runner), saves to `routines`.
    BatchDialog(AccountContext& account, BatchRunner& batch, RoutineStore& routines,
                QWidget* parent = nullptr);
    ~BatchDialog() override;

    // What the inputs say now (sources checked, range, template, current account group).
    BatchSpec spec() const;
    TimeRange::Preset preset() const;
    // Saves the inputs as a routine named `name`; returns why it cannot (translated), or empty.
    QString saveAsRoutine(const QString& name);

signals:
    void message(const QString& text, bool isError);

private:
    // Why `chosen` sources cannot be saved as one routine (translated), or empty.
    QString tooManyForARoutine(qsizetype chosen) const;
    void reloadSources();
    void applyFilter(const QString& text);
    void presetChanged();
    void start();
    void updateState();
    void updateProgress(int done, int total, qint64 secondsLeft);
    void rebuildResults();
    void askRoutineName();

    AccountContext& m_account;
    BatchRunner& m_batch;
    RoutineStore& m_routines;
    QLineEdit* m_filterEdit = nullptr;
    QListWidget* m_sourceList = nullptr;
    QLabel* m_sourcesLabel = nullptr;
    QComboBox* m_presetCombo = nullptr;
    QDateTimeEdit* m_fromEdit = nullptr;
    QDateTimeEdit* m_toEdit = nullptr;
    QLineEdit* m_templateEdit = nullptr;
    ElidedLabel* m_previewLabel = nullptr;
    QLabel* m_groupLabel = nullptr;
    QDateEdit* m_expirationEdit = nullptr;
    QCheckBox* m_anonymizeCheck = nullptr;
    QPushButton* m_startButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_retryButton = nullptr;
    QPushButton* m_saveRoutineButton = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QLabel* m_progressLabel = nullptr;
    QListWidget* m_resultList = nullptr;
};

} // namespace snapshotdesk
