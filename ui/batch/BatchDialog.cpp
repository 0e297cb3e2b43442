#include "ui/batch/BatchDialog.h"

#include "api/BatchRunner.h"
#include "core/NameTemplate.h"
#include "session/AccountContext.h"
#include "store/RoutineStore.h"
#include "ui/i18n/DateTimeText.h"
#include "ui/widgets/ElidedLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace snapshotdesk {

namespace {

QString durationText(qint64 seconds)
{
    if (seconds < 60)
        return BatchDialog::tr("less than a minute");
    if (seconds < 3600)
        return BatchDialog::tr("about %n min", nullptr, static_cast<int>((seconds + 30) / 60));
    return BatchDialog::tr("about %1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

BatchDialog::BatchDialog(AccountContext& account, BatchRunner& batch, RoutineStore& routines, QWidget* parent)
    : QDialog(parent)
    , m_account(account)
    , m_batch(batch)
    , m_routines(routines)
{
    setObjectName(QStringLiteral("batchDialog"));
    setWindowTitle(tr("Batch of snapshots"));
    const bool v6 = account.apiVersion() == ApiVersion::V6;

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("batchFilterEdit"));
    m_filterEdit->setAccessibleName(tr("Filter"));
    m_filterEdit->setClearButtonEnabled(true);
    m_sourceList = new QListWidget(this);
    m_sourceList->setObjectName(QStringLiteral("batchSourceList"));
    m_sourceList->setAccessibleName(v6 ? tr("Reports") : tr("Dashboards"));
    m_presetCombo = new QComboBox(this);
    m_presetCombo->setObjectName(QStringLiteral("batchPresetCombo"));
    m_presetCombo->setAccessibleName(tr("Time range"));
    for (const TimeRange::Preset preset : TimeRange::presets())
        m_presetCombo->addItem(TimeRange::label(preset), static_cast<int>(preset));
    m_presetCombo->setCurrentIndex(m_presetCombo->findData(static_cast<int>(TimeRange::Preset::LastWeek)));
    m_fromEdit = new QDateTimeEdit(this);
    m_fromEdit->setObjectName(QStringLiteral("batchFromEdit"));
    m_fromEdit->setAccessibleName(tr("From"));
    m_fromEdit->setCalendarPopup(true);
    m_fromEdit->setDisplayFormat(datetimeformat::kDateTime.toString());
    m_toEdit = new QDateTimeEdit(this);
    m_toEdit->setObjectName(QStringLiteral("batchToEdit"));
    m_toEdit->setAccessibleName(tr("To"));
    m_toEdit->setCalendarPopup(true);
    m_toEdit->setDisplayFormat(datetimeformat::kDateTime.toString());
    m_templateEdit = new QLineEdit(m_account.nameTemplate(), this);
    if (!m_templateEdit->text().contains(u"{source}"))
        m_templateEdit->setText(QStringLiteral("{source} {from:yyyy-MM-dd}"));
    m_templateEdit->setObjectName(QStringLiteral("batchTemplateEdit"));
    m_templateEdit->setAccessibleName(tr("Name template"));
    m_templateEdit->setToolTip(
        tr("{source}, {group}, {from:yyyy-MM-dd} and {to:yyyy-MM-dd} are filled in for each "
           "snapshot; any QDateTime format may follow the colon."));
    // What each placeholder means, in view rather than in a tooltip only.
    auto* templateHelp =
        new QLabel(tr("{source} the report or dashboard, {group} the account group, {from:yyyy-MM-dd} and "
                      "{to:HH:mm} the range in any date format."),
                   this);
    templateHelp->setObjectName(QStringLiteral("batchTemplateHelp"));
    templateHelp->setWordWrap(true);
    templateHelp->setTextFormat(Qt::PlainText);
    // One line, elided: a long first name never widens the dialog while it runs.
    m_previewLabel = new ElidedLabel(this);
    m_previewLabel->setObjectName(QStringLiteral("batchPreviewLabel"));
    // The account group every snapshot of the batch goes to, said before Start.
    m_groupLabel = new QLabel(this);
    m_groupLabel->setObjectName(QStringLiteral("batchGroupLabel"));
    m_groupLabel->setTextFormat(Qt::PlainText);
    // The same v7 options as the single form.
    m_expirationEdit = new QDateEdit(this);
    m_expirationEdit->setObjectName(QStringLiteral("batchExpirationEdit"));
    m_expirationEdit->setAccessibleName(tr("Expiration date"));
    m_expirationEdit->setCalendarPopup(true);
    m_expirationEdit->setDisplayFormat(datetimeformat::kDate.toString());
    const QDateTime now = m_account.clock().now();
    m_expirationEdit->setDateRange(now.toLocalTime().date().addDays(1),
                                   SnapshotRequest::latestExpirationDay(now));
    m_expirationEdit->setDate(now.toLocalTime().date().addYears(1));
    // Z: Y is Retry failed's in this dialog.
    m_anonymizeCheck = new QCheckBox(tr("Anonymi&ze data"), this);
    m_anonymizeCheck->setObjectName(QStringLiteral("batchAnonymizeCheck"));
    m_anonymizeCheck->setAccessibleName(tr("Anonymize data"));

    auto* form = new QFormLayout;
    form->addRow(tr("Account group:"), m_groupLabel);
    form->addRow(buddyLabel(tr("&Filter:"), m_filterEdit, this), m_filterEdit);
    m_sourcesLabel = buddyLabel(v6 ? tr("&Reports:") : tr("&Dashboards:"), m_sourceList, this);
    form->addRow(m_sourcesLabel, m_sourceList);
    form->addRow(buddyLabel(tr("&Time range:"), m_presetCombo, this), m_presetCombo);
    form->addRow(buddyLabel(tr("Fro&m:"), m_fromEdit, this), m_fromEdit);
    form->addRow(buddyLabel(tr("T&o:"), m_toEdit, this), m_toEdit);
    form->addRow(buddyLabel(tr("&Name template:"), m_templateEdit, this), m_templateEdit);
    form->addRow(QString(), templateHelp);
    form->addRow(QString(), m_previewLabel);
    if (!v6) {
        auto* expiry = new QHBoxLayout;
        expiry->addWidget(m_expirationEdit);
        expiry->addWidget(m_anonymizeCheck);
        expiry->addStretch(1);
        form->addRow(buddyLabel(tr("E&xpiration date:"), m_expirationEdit, this), expiry);
    } else {
        m_expirationEdit->hide();
        m_anonymizeCheck->hide();
    }

    m_startButton = new QPushButton(tr("&Start"), this);
    m_startButton->setObjectName(QStringLiteral("batchStartButton"));
    m_startButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("C&ancel batch"), this);
    m_cancelButton->setObjectName(QStringLiteral("batchCancelButton"));
    m_retryButton = new QPushButton(tr("Retr&y failed"), this);
    m_retryButton->setObjectName(QStringLiteral("batchRetryButton"));
    m_retryButton->setToolTip(tr("Send again every snapshot that failed or was not sent"));
    m_saveRoutineButton = new QPushButton(tr("Save as ro&utine…"), this);
    m_saveRoutineButton->setObjectName(QStringLiteral("batchSaveRoutineButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_startButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_retryButton);
    buttons->addStretch(1);
    buttons->addWidget(m_saveRoutineButton);

    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("batchProgressBar"));
    m_progressBar->setAccessibleName(tr("Progress"));
    m_progressLabel = new QLabel(this);
    m_progressLabel->setTextFormat(Qt::PlainText); // may quote the server
    m_progressLabel->setObjectName(QStringLiteral("batchProgressLabel"));
    m_progressLabel->setWordWrap(true);
    m_resultList = new QListWidget(this);
    m_resultList->setObjectName(QStringLiteral("batchResultList"));
    m_resultList->setAccessibleName(tr("Results"));
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->setObjectName(QStringLiteral("batchCloseButtons"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_progressLabel);
    layout->addWidget(buddyLabel(tr("Res&ults:"), m_resultList, this));
    layout->addWidget(m_resultList, 1);
    layout->addWidget(close);
    setTabOrder(m_filterEdit, m_sourceList);
    setTabOrder(m_sourceList, m_presetCombo);
    setTabOrder(m_presetCombo, m_fromEdit);
    setTabOrder(m_fromEdit, m_toEdit);
    setTabOrder(m_toEdit, m_templateEdit);
    setTabOrder(m_templateEdit, m_expirationEdit);
    setTabOrder(m_expirationEdit, m_anonymizeCheck);
    setTabOrder(m_anonymizeCheck, m_startButton);
    setTabOrder(m_startButton, m_cancelButton);
    setTabOrder(m_cancelButton, m_retryButton);
    setTabOrder(m_retryButton, m_saveRoutineButton);
    setTabOrder(m_saveRoutineButton, m_resultList);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filterEdit, &QLineEdit::textChanged, this, &BatchDialog::applyFilter);
    connect(m_sourceList, &QListWidget::itemChanged, this, &BatchDialog::updateState);
    connect(m_presetCombo, &QComboBox::currentIndexChanged, this, &BatchDialog::presetChanged);
    connect(m_fromEdit, &QDateTimeEdit::dateTimeChanged, this, &BatchDialog::updateState);
    connect(m_toEdit, &QDateTimeEdit::dateTimeChanged, this, &BatchDialog::updateState);
    connect(m_templateEdit, &QLineEdit::textChanged, this, &BatchDialog::updateState);
    connect(m_startButton, &QPushButton::clicked, this, &BatchDialog::start);
    connect(m_cancelButton, &QPushButton::clicked, &m_batch, &BatchRunner::cancel);
    connect(m_retryButton, &QPushButton::clicked, this, [this] { m_batch.retryFailed(); });
    connect(m_saveRoutineButton, &QPushButton::clicked, this, &BatchDialog::askRoutineName);

    connect(&batch, &BatchRunner::runningChanged, this, &BatchDialog::updateState);
    connect(&batch, &BatchRunner::itemChanged, this, &BatchDialog::rebuildResults);
    connect(&batch, &BatchRunner::progressChanged, this, &BatchDialog::updateProgress);
    connect(&m_account, &AccountContext::sourcesChanged, this, &BatchDialog::reloadSources);
    connect(&m_account, &AccountContext::changed, this, &BatchDialog::updateState);

    reloadSources();
    presetChanged();
    rebuildResults();
    updateProgress(batch.doneCount(), batch.total(), batch.secondsLeft());
    // Within an 800×600 screen, with the window's frame and a panel.
    resize(620, 560);
}

BatchDialog::~BatchDialog() = default;

QString BatchDialog::tooManyForARoutine(qsizetype chosen) const
{
    if (chosen <= Routine::kMaxSources)
        return {};
    const QString text = m_account.apiVersion() == ApiVersion::V6
                             ? tr("A routine can have at most %1 reports, and %2 are chosen: uncheck some, "
                                  "or save them as several routines.")
                             : tr("A routine can have at most %1 dashboards, and %2 are chosen: uncheck "
                                  "some, or save them as several routines.");
    return text.arg(Routine::kMaxSources).arg(chosen);
}

void BatchDialog::reloadSources()
{
    QStringList checked;
    for (int i = 0; i < m_sourceList->count(); ++i) {
        if (m_sourceList->item(i)->checkState() == Qt::Checked)
            checked << m_sourceList->item(i)->data(Qt::UserRole).toString();
    }
    const QSignalBlocker blocker(m_sourceList);
    m_sourceList->clear();
    for (const SnapshotSource& source : m_account.sources()) {
        auto* item = new QListWidgetItem(source.name, m_sourceList);
        item->setData(Qt::UserRole, source.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(source.id) ? Qt::Checked : Qt::Unchecked);
    }
    applyFilter(m_filterEdit->text());
    updateState();
}

void BatchDialog::applyFilter(const QString& text)
{
    for (int i = 0; i < m_sourceList->count(); ++i) {
        QListWidgetItem* item = m_sourceList->item(i);
        item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive));
    }
}

TimeRange::Preset BatchDialog::preset() const
{
    return static_cast<TimeRange::Preset>(m_presetCombo->currentData().toInt());
}

void BatchDialog::presetChanged()
{
    const bool custom = preset() == TimeRange::Preset::Custom;
    m_fromEdit->setEnabled(custom);
    m_toEdit->setEnabled(custom);
    if (!custom) {
        const TimeRange range = TimeRange::forPreset(preset(), m_account.clock().now());
        m_fromEdit->setDateTime(range.from.toLocalTime());
        m_toEdit->setDateTime(range.to.toLocalTime());
    }
    updateState();
}

BatchSpec BatchDialog::spec() const
{
    BatchSpec spec;
    for (int i = 0; i < m_sourceList->count(); ++i) {
        const QListWidgetItem* item = m_sourceList->item(i);
        if (item->checkState() == Qt::Checked)
            spec.sources.append({item->data(Qt::UserRole).toString(), item->text(), {}, false});
    }
    if (preset() == TimeRange::Preset::Custom) {
        spec.from = m_fromEdit->dateTime();
        spec.to = m_toEdit->dateTime();
    } else {
        // Resolved when read, so a dialog left open over midnight still means "yesterday".
        const TimeRange range = TimeRange::forPreset(preset(), m_account.clock().now());
        spec.from = range.from;
        spec.to = range.to;
    }
    spec.nameTemplate = m_templateEdit->text();
    spec.aid = m_account.currentAid();
    spec.groupName = m_account.accountGroupName(spec.aid);
    if (m_account.apiVersion() == ApiVersion::V7) {
        spec.expirationDate = SnapshotRequest::expirationAtEndOf(m_expirationEdit->date());
        spec.anonymizeData = m_anonymizeCheck->isChecked();
    }
    return spec;
}

void BatchDialog::updateState()
{
    const BatchSpec current = spec();
    const bool running = m_batch.isRunning();
    const QString problem = current.validate(m_account.apiVersion(), m_account.clock().now());
    m_startButton->setEnabled(!running && problem.isEmpty());
    m_startButton->setToolTip(problem);
    m_cancelButton->setEnabled(running);
    m_retryButton->setEnabled(!running && (m_batch.count(BatchItem::State::Failed) +
                                           m_batch.count(BatchItem::State::Cancelled)) > 0);
    const QString tooMany = tooManyForARoutine(current.sources.size());
    m_saveRoutineButton->setEnabled(!current.sources.isEmpty() && preset() != TimeRange::Preset::Custom &&
                                    tooMany.isEmpty());
    m_saveRoutineButton->setToolTip(tooMany);
    m_groupLabel->setText(current.groupName.isEmpty() ? current.aid : current.groupName);
    const int chosen = static_cast<int>(current.sources.size());
    m_sourcesLabel->setToolTip(tr("%n chosen", nullptr, chosen));
    if (!current.sources.isEmpty())
        m_previewLabel->setFullText(
            tr("First name: %1")
                .arg(NameTemplate::expand(
                    current.nameTemplate,
                    {current.sources.constFirst().name, current.groupName, current.from, current.to})));
    else
        m_previewLabel->setFullText(problem);
}

void BatchDialog::start()
{
    const QString problem = m_account.startBatch(spec());
    if (!problem.isEmpty())
        emit message(problem, true);
}

void BatchDialog::updateProgress(int done, int total, qint64 secondsLeft)
{
    m_progressBar->setRange(0, std::max(1, total));
    m_progressBar->setValue(done);
    const BatchRunner& batch = m_batch;
    if (total == 0) {
        m_progressLabel->setText(tr("Choose the sources and press Start."));
        return;
    }
    QString text = tr("%1 of %2 done").arg(done).arg(total);
    if (batch.isRunning() && batch.resumeAt().isValid()) {
        text += QStringLiteral(". ") +
                tr("The hourly snapshot limit is reached: the remaining %n go at %1, by themselves if "
                   "this app stays open.",
                   nullptr, total - done)
                    .arg(timeText(batch.resumeAt()));
    } else if (batch.isRunning() && secondsLeft >= 0) {
        text += QStringLiteral(", ") + tr("%1 left").arg(durationText(secondsLeft));
    } else if (!batch.isRunning()) {
        text += QStringLiteral(". ") + tr("%n created", nullptr, batch.count(BatchItem::State::Created)) +
                QStringLiteral(", ") + tr("%n failed", nullptr, batch.count(BatchItem::State::Failed)) +
                QStringLiteral(", ") + tr("%n not sent", nullptr, batch.count(BatchItem::State::Cancelled));
        if (const int unknown = batch.count(BatchItem::State::Unknown); unknown > 0)
            text += QStringLiteral(", ") + tr("%n being checked", nullptr, unknown);
        text += u'.';
        if (batch.stopReason().isError())
            text += u' ' + tr("Stopped at the first refusal, so that the rest are not refused too: %1")
                               .arg(batch.stopReason().userMessage());
    }
    m_progressLabel->setText(text);
}

void BatchDialog::rebuildResults()
{
    const QList<BatchItem>& items = m_batch.items();
    if (m_resultList->count() != items.size()) {
        m_resultList->clear();
        for (qsizetype i = 0; i < items.size(); ++i)
            new QListWidgetItem(m_resultList);
    }
    for (int i = 0; i < items.size(); ++i) {
        const BatchItem& item = items.at(i);
        // The outcome and the ID first, the name after: a narrow list cuts the name, not the ID.
        QString text;
        switch (item.state) {
        case BatchItem::State::Pending:
            text += tr("waiting");
            break;
        case BatchItem::State::Sending:
            text += tr("sending…");
            break;
        case BatchItem::State::Created:
            text += tr("created, ID %1").arg(item.snapshotId);
            break;
        case BatchItem::State::Failed:
            text += tr("failed: %1").arg(item.error.userMessage());
            break;
        case BatchItem::State::Cancelled:
            text += tr("not sent");
            break;
        case BatchItem::State::Unknown:
            // Not "failed": it may exist, so it is not offered to Retry failed until the check says.
            text += tr("outcome unknown, checking the server's list…");
            break;
        }
        text += QStringLiteral(" — ") + item.request.displayName;
        QListWidgetItem* row = m_resultList->item(i);
        row->setText(text);
        row->setData(Qt::UserRole, item.link);
        row->setToolTip(item.link.isEmpty() ? text : text + u'\n' + item.link.toString());
    }
    updateState();
}

QString BatchDialog::saveAsRoutine(const QString& name)
{
    if (name.trimmed().isEmpty())
        return tr("Enter a name for the routine.");
    if (preset() == TimeRange::Preset::Custom)
        return tr("A routine needs a relative time range, such as Last week; choose one instead of Custom.");
    const BatchSpec current = spec();
    if (current.sources.isEmpty())
        return m_account.apiVersion() == ApiVersion::V6 ? tr("Choose at least one report.")
                                                        : tr("Choose at least one dashboard.");
    if (const QString tooMany = tooManyForARoutine(current.sources.size()); !tooMany.isEmpty())
        return tooMany;
    Routine routine;
    routine.name = name.trimmed();
    routine.sources = current.sources;
    routine.range = preset();
    routine.nameTemplate = current.nameTemplate;
    routine.aid = current.aid;
    routine.groupName = current.groupName;
    routine.apiVersion = m_account.apiVersion();
    m_routines.add(routine);
    return {};
}

void BatchDialog::askRoutineName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save as routine"), tr("Routine &name:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const QString problem = saveAsRoutine(name);
    emit message(problem.isEmpty()
                     ? tr("Routine \"%1\" saved; run it from the Routines menu.").arg(name.trimmed())
                     : problem,
                 !problem.isEmpty());
}

} // namespace snapshotdesk
