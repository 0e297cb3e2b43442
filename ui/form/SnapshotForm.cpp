#include "ui/form/SnapshotForm.h"

#include "ui_SnapshotForm.h"

#include "core/NameTemplate.h"
#include "ui/widgets/AfterFirstPaint.h"
#include "ui/widgets/ElidedLabel.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QIcon>
#include <QLineEdit>
#include <QStyle>
#include <QTimer>

namespace snapshotdesk {

namespace {

constexpr int kSourceIdRole = Qt::UserRole + 1;
constexpr int kSourceNameRole = Qt::UserRole + 2; // the plain name, without the "built-in" mark

QString utcText(const QDateTime& dateTime)
{
    //: Shown next to a date picker: %1 is the same moment in UTC, yyyy-MM-dd HH:mm
    return SnapshotForm::tr("%1 UTC").arg(dateTime.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

// Which problem a slot shows ("error" or "warning"), and which its icon was drawn for.
constexpr const char* kProblemKind = "problemKind";
constexpr const char* kProblemIconKind = "problemIconKind";
const QByteArray kError = QByteArrayLiteral("error");
const QByteArray kWarning = QByteArrayLiteral("warning");

// A field's problem is an icon in a slot kept free beside it (the text is its tooltip, and the
// form's hint under Create): a message that appears or goes never moves another control.
void makeProblemSlot(QLabel* label)
{
    const int size = label->style()->pixelMetric(QStyle::PM_SmallIconSize);
    label->setFixedSize(size, size);
    QSizePolicy policy = label->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    label->setSizePolicy(policy);
    label->setVisible(false);
}

} // namespace

SnapshotForm::SnapshotForm(const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SnapshotForm>())
    , m_clock(clock)
{
    m_ui->setupUi(this);
    m_ui->refreshButton->setIcon(QIcon(QStringLiteral(":/icons/actions/view-refresh.svg")));
    m_themeIcons.add(m_ui->refreshButton, QStringLiteral("view-refresh"));
    // The name's clear button comes just after the first frame: the name is filled in, so the
    // button would be in it, and its icon is one of the style's PNGs, the first of which makes Qt
    // load every image plugin (see AppStyle).
    AfterFirstPaint::run(this, [this] { m_ui->displayNameEdit->setClearButtonEnabled(true); });
    m_ui->createButton->setIcon(QIcon(QStringLiteral(":/icons/actions/camera.svg")));
    m_ui->sourceBusy->setVisible(false);
    m_ui->createBusy->setVisible(false);
    m_ui->cancelButton->setEnabled(false);
    for (QLabel* label : {m_ui->displayNameProblem, m_ui->rangeProblem, m_ui->fromProblemSlot}) {
        makeProblemSlot(label);
        label->installEventFilter(this);
    }
    for (QLabel* label : {m_ui->fromUtcLabel, m_ui->toUtcLabel}) {
        QSizePolicy policy = label->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        label->setSizePolicy(policy);
    }
    // Why Create is disabled, or what it will warn about, in two lines always kept free under the
    // buttons.
    m_hint = new ElidedLabel(this);
    m_hint->setObjectName(QStringLiteral("formHint"));
    m_hint->setLineCount(2);
    m_hint->setAccessibleName(tr("Hint"));
    m_ui->formLayout->addRow(QString(), m_hint);

    // Type-to-filter: any part of a name, in any case.
    auto* completer = new QCompleter(m_ui->sourceCombo->model(), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_ui->sourceCombo->setCompleter(completer);
    m_ui->sourceCombo->lineEdit()->setPlaceholderText(tr("Type to search"));

    for (const TimeRange::Preset preset : TimeRange::presets())
        m_ui->presetCombo->addItem(TimeRange::label(preset), static_cast<int>(preset));

    const QDateTime now = m_clock.now().toLocalTime();
    for (QDateTimeEdit* edit : {m_ui->fromEdit, m_ui->toEdit}) {
        edit->setTimeSpec(Qt::LocalTime);
        edit->setMinimumDateTime(now.addYears(-2));
        edit->setMaximumDateTime(now.addYears(1));
    }
    m_ui->expirationEdit->setMinimumDate(now.date().addDays(1));
    m_ui->expirationEdit->setMaximumDate(SnapshotRequest::latestExpirationDay(m_clock.now()));
    m_ui->expirationEdit->setDate(now.date().addYears(1));

    // Revalidate shortly after typing stops and once a minute, as "now" moves on.
    m_revalidateTimer = new QTimer(this);
    m_revalidateTimer->setInterval(30'000);
    connect(m_revalidateTimer, &QTimer::timeout, this, &SnapshotForm::revalidate);
    m_revalidateTimer->start();

    connect(m_ui->accountGroupCombo, &QComboBox::activated, this, [this] {
        emit accountGroupChosen(currentAid());
        revalidate();
    });
    connect(m_ui->sourceCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateName();
        revalidate();
        if (!currentSourceId().isEmpty())
            emit sourceChosen(currentSourceId());
    });
    connect(m_ui->sourceCombo, &QComboBox::editTextChanged, this, [this] { revalidate(); });
    connect(m_ui->refreshButton, &QToolButton::clicked, this, &SnapshotForm::refreshRequested);
    connect(m_ui->displayNameEdit, &QLineEdit::textChanged, this, &SnapshotForm::revalidate);
    connect(m_ui->presetCombo, &QComboBox::activated, this, [this] {
        applyPreset();
        emit presetChosen(preset());
    });
    connect(m_ui->fromEdit, &QDateTimeEdit::dateTimeChanged, this, &SnapshotForm::onRangeEdited);
    connect(m_ui->toEdit, &QDateTimeEdit::dateTimeChanged, this, &SnapshotForm::onRangeEdited);
    connect(m_ui->expirationEdit, &QDateEdit::dateChanged, this, &SnapshotForm::revalidate);
    connect(m_ui->createButton, &QPushButton::clicked, this, &SnapshotForm::onCreateClicked);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &SnapshotForm::cancelRequested);

    setApiVersion(ApiVersion::V7);
    setPreset(TimeRange::Preset::Last24Hours);
}

SnapshotForm::~SnapshotForm() = default;

void SnapshotForm::setApiVersion(ApiVersion version)
{
    m_version = version;
    const bool v7 = version == ApiVersion::V7;
    m_ui->sourceLabel->setText(v7 ? tr("&Dashboard:") : tr("&Report:"));
    m_ui->sourceCombo->setAccessibleName(v7 ? tr("Dashboard") : tr("Report"));
    for (QWidget* widget :
         std::initializer_list<QWidget*>{m_ui->expirationLabel, m_ui->expirationEdit, m_ui->anonymizeCheck})
        widget->setVisible(v7);
    revalidate();
}

void SnapshotForm::setAccountGroups(const QList<AccountGroup>& groups, const QString& currentAid)
{
    const QSignalBlocker blocker(m_ui->accountGroupCombo);
    m_ui->accountGroupCombo->clear();
    for (const AccountGroup& group : groups) {
        //: An account group in the list; %1 is its name
        const QString text = group.isDefault ? tr("%1 (default)").arg(group.name) : group.name;
        m_ui->accountGroupCombo->addItem(text, group.aid);
        m_ui->accountGroupCombo->setItemData(
            m_ui->accountGroupCombo->count() - 1,
            //: Tooltip of an account group: %1 is the organisation, %2 the account group
            group.organization.isEmpty() ? group.name : tr("%1 — %2").arg(group.organization, group.name),
            Qt::ToolTipRole);
    }
    const int index = m_ui->accountGroupCombo->findData(currentAid);
    m_ui->accountGroupCombo->setCurrentIndex(index >= 0 ? index : 0);
    m_ui->accountGroupCombo->setEnabled(!groups.isEmpty());
    revalidate();
}

void SnapshotForm::setSources(const QList<SnapshotSource>& sources, const QString& preferredId)
{
    m_sourcesLoading = false;
    m_ui->sourceBusy->setVisible(false);
    {
        const QSignalBlocker blocker(m_ui->sourceCombo);
        m_ui->sourceCombo->clear();
        // All rows in one insertion: adding a thousand reports one by one re-lays out the combo
        // box a thousand times (a visible stall).
        QStringList texts;
        texts.reserve(sources.size());
        for (const SnapshotSource& source : sources) {
            //: A report or dashboard that ThousandEyes ships; %1 is its name.
            texts << (source.builtIn ? tr("%1 (built-in)").arg(source.name) : source.name);
        }
        m_ui->sourceCombo->addItems(texts);
        for (int row = 0; row < static_cast<int>(sources.size()); ++row) {
            const SnapshotSource& source = sources.at(row);
            m_ui->sourceCombo->setItemData(row, source.id, kSourceIdRole);
            m_ui->sourceCombo->setItemData(row, source.name, kSourceNameRole);
            if (!source.description.isEmpty())
                m_ui->sourceCombo->setItemData(row, source.description, Qt::ToolTipRole);
        }
        const int preferred = m_ui->sourceCombo->findData(preferredId, kSourceIdRole);
        m_ui->sourceCombo->setCurrentIndex(preferred >= 0 ? preferred : (sources.isEmpty() ? -1 : 0));
    }
    m_sourcesStatus = !sources.isEmpty() ? QString()
                      : m_version == ApiVersion::V7
                          ? tr("This account group has no dashboards. Create one in ThousandEyes, then "
                               "refresh the list.")
                          : tr("This account group has no reports. Create one in ThousandEyes, then refresh "
                               "the list.");
    updateName();
    revalidate();
}

void SnapshotForm::setSourcesLoading(bool loading)
{
    m_sourcesLoading = loading;
    m_ui->sourceBusy->setVisible(loading);
    m_ui->refreshButton->setEnabled(!loading);
    if (loading)
        m_sourcesStatus.clear();
    m_ui->sourceCombo->lineEdit()->setPlaceholderText(loading ? tr("Loading…") : tr("Type to search"));
    revalidate();
}

void SnapshotForm::setSourcesError(const QString& message)
{
    setSourcesLoading(false);
    m_sourcesStatus = message;
    revalidate();
}

void SnapshotForm::setCreating(bool creating)
{
    m_creating = creating;
    m_ui->createBusy->setVisible(creating);
    m_ui->cancelButton->setEnabled(creating);
    revalidate();
}

void SnapshotForm::setNameTemplate(const QString& nameTemplate)
{
    m_nameTemplate = nameTemplate;
    updateName();
}

void SnapshotForm::setPreset(TimeRange::Preset preset)
{
    const int index = m_ui->presetCombo->findData(static_cast<int>(preset));
    m_ui->presetCombo->setCurrentIndex(index);
    applyPreset();
}

TimeRange::Preset SnapshotForm::preset() const
{
    return static_cast<TimeRange::Preset>(m_ui->presetCombo->currentData().toInt());
}

void SnapshotForm::applyPreset()
{
    const TimeRange range = TimeRange::forPreset(preset(), m_clock.now(), QLocale().firstDayOfWeek());
    if (!range.from.isValid()) {
        revalidate();
        return;
    }
    m_applyingPreset = true;
    m_ui->fromEdit->setDateTime(range.from);
    m_ui->toEdit->setDateTime(range.to);
    m_applyingPreset = false;
    updateUtcLabels();
    updateName();
    revalidate();
}

void SnapshotForm::onRangeEdited()
{
    if (!m_applyingPreset) {
        // A hand-picked time is a custom range.
        m_ui->presetCombo->setCurrentIndex(
            m_ui->presetCombo->findData(static_cast<int>(TimeRange::Preset::Custom)));
    }
    updateUtcLabels();
    updateName();
    revalidate();
}

void SnapshotForm::updateUtcLabels()
{
    m_ui->fromUtcLabel->setText(utcText(m_ui->fromEdit->dateTime()));
    m_ui->toUtcLabel->setText(utcText(m_ui->toEdit->dateTime()));
    // On a computer that keeps UTC the copies would only repeat the pickers.
    const bool utc =
        m_ui->fromEdit->dateTime().offsetFromUtc() == 0 && m_ui->toEdit->dateTime().offsetFromUtc() == 0;
    m_ui->fromUtcLabel->setVisible(!utc);
    m_ui->toUtcLabel->setVisible(!utc);
}

QString SnapshotForm::generatedName() const
{
    const QString sourceName = m_ui->sourceCombo->currentData(kSourceNameRole).toString();
    return NameTemplate::displayName(m_nameTemplate, {sourceName.isEmpty() ? tr("Snapshot") : sourceName,
                                                      m_ui->accountGroupCombo->currentText(),
                                                      m_ui->fromEdit->dateTime(), m_ui->toEdit->dateTime()});
}

void SnapshotForm::updateName()
{
    // Follow the template only while the user has not written a name of their own.
    const QString current = m_ui->displayNameEdit->text();
    if (!current.isEmpty() && current != m_lastGeneratedName)
        return;
    m_lastGeneratedName = generatedName();
    m_ui->displayNameEdit->setText(m_lastGeneratedName);
}

QString SnapshotForm::currentAid() const
{
    return m_ui->accountGroupCombo->currentData().toString();
}

QString SnapshotForm::currentSourceId() const
{
    const int index = m_ui->sourceCombo->currentIndex();
    if (index < 0 || m_ui->sourceCombo->itemText(index) != m_ui->sourceCombo->currentText())
        return {}; // typed text that matches no item picks nothing
    return m_ui->sourceCombo->itemData(index, kSourceIdRole).toString();
}

SnapshotRequest SnapshotForm::request() const
{
    SnapshotRequest request;
    request.displayName = m_ui->displayNameEdit->text().trimmed();
    request.sourceId = currentSourceId();
    request.sourceName =
        request.sourceId.isEmpty() ? QString() : m_ui->sourceCombo->currentData(kSourceNameRole).toString();
    request.from = m_ui->fromEdit->dateTime().toUTC();
    request.to = m_ui->toEdit->dateTime().toUTC();
    request.aid = currentAid();
    if (m_version == ApiVersion::V7) {
        // The end of the chosen day, local time: "expires on" includes that day.
        request.expirationDate = SnapshotRequest::expirationAtEndOf(m_ui->expirationEdit->date());
        request.anonymizeData = m_ui->anonymizeCheck->isChecked();
    }
    return request;
}

void SnapshotForm::setRequest(const SnapshotRequest& request)
{
    const int group = m_ui->accountGroupCombo->findData(request.aid);
    if (group >= 0 && group != m_ui->accountGroupCombo->currentIndex()) {
        m_ui->accountGroupCombo->setCurrentIndex(group);
        emit accountGroupChosen(request.aid);
    }
    const int source = m_ui->sourceCombo->findData(request.sourceId, kSourceIdRole);
    if (source >= 0)
        m_ui->sourceCombo->setCurrentIndex(source);
    m_applyingPreset = true;
    m_ui->presetCombo->setCurrentIndex(
        m_ui->presetCombo->findData(static_cast<int>(TimeRange::Preset::Custom)));
    m_ui->fromEdit->setDateTime(request.from.toLocalTime());
    m_ui->toEdit->setDateTime(request.to.toLocalTime());
    m_applyingPreset = false;
    if (request.expirationDate.isValid() && request.expirationDate > m_clock.now())
        m_ui->expirationEdit->setDate(request.expirationDate.toLocalTime().date());
    m_ui->anonymizeCheck->setChecked(request.anonymizeData);
    m_ui->displayNameEdit->setText(request.displayName);
    updateUtcLabels();
    revalidate();
}

QList<ValidationIssue> SnapshotForm::issues() const
{
    return request().validate(m_version, m_clock.now());
}

bool SnapshotForm::canCreate() const
{
    // A reason outside the form (no token, or it was just forgotten) blocks Create too: the lists
    // may still hold what the account offered, and a valid-looking form must not send without one.
    if (!m_blockedReason.isEmpty())
        return false;
    const QList<ValidationIssue> list = issues();
    return !m_creating && std::none_of(list.cbegin(), list.cend(), [](const ValidationIssue& issue) {
        return issue.severity == ValidationIssue::Severity::Error;
    });
}

QString SnapshotForm::whyNotCreate() const
{
    if (!m_blockedReason.isEmpty())
        return m_blockedReason;
    if (m_creating)
        return tr("A snapshot is being created: wait for it, or cancel it.");
    if (m_sourcesLoading)
        return m_version == ApiVersion::V7 ? tr("The dashboards are still loading.")
                                           : tr("The reports are still loading.");
    if (!m_sourcesStatus.isEmpty())
        return m_sourcesStatus;
    for (const ValidationIssue& issue : issues()) {
        if (issue.severity == ValidationIssue::Severity::Error)
            return issue.message;
    }
    return {};
}

QString SnapshotForm::hint() const
{
    return m_hint->fullText();
}

void SnapshotForm::setBlockedReason(const QString& reason)
{
    m_blockedReason = reason;
    revalidate();
}

void SnapshotForm::showProblem(QLabel* label, const QList<ValidationIssue>& list,
                               std::initializer_list<ValidationIssue::Field> fields)
{
    QStringList messages;
    bool error = false;
    for (const ValidationIssue& issue : list) {
        if (std::find(fields.begin(), fields.end(), issue.field) == fields.end())
            continue;
        messages << issue.message;
        error = error || issue.severity == ValidationIssue::Severity::Error;
    }
    const QString text = messages.join(u'\n');
    // An icon in the field's slot: its shape tells an error from a warning, its tooltip says it.
    if (!messages.isEmpty())
        label->setProperty(kProblemKind, error ? kError : kWarning);
    label->setToolTip(text);
    label->setAccessibleName(error ? tr("Error") : tr("Warning"));
    label->setAccessibleDescription(text);
    label->setVisible(!messages.isEmpty());
    if (label->isVisible())
        updateProblemIcon(label);
}

void SnapshotForm::updateProblemIcon(QLabel* label)
{
    // Drawn when the slot is on screen, and again only when the kind changes: while the form is
    // built it passes through states with problems that are gone before the window shows, and
    // looking up the style's message icons reads the icon theme (see ThemeIcons).
    const QByteArray kind = label->property(kProblemKind).toByteArray();
    if (kind.isEmpty() || label->property(kProblemIconKind).toByteArray() == kind)
        return;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    label->setPixmap(
        style()
            ->standardIcon(kind == kError ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning)
            .pixmap(size, size));
    label->setProperty(kProblemIconKind, kind);
}

bool SnapshotForm::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Show)
        if (auto* label = qobject_cast<QLabel*>(watched))
            updateProblemIcon(label);
    return QWidget::eventFilter(watched, event);
}

void SnapshotForm::revalidate()
{
    const QList<ValidationIssue> list = issues();
    // A field nobody has touched yet (an empty list while loading) is not an error to shout about.
    QList<ValidationIssue> shown;
    for (const ValidationIssue& issue : list) {
        if (issue.field == ValidationIssue::Field::Source &&
            (m_sourcesLoading || m_ui->sourceCombo->count() == 0))
            continue;
        shown.append(issue);
    }
    showProblem(m_ui->displayNameProblem, shown,
                {ValidationIssue::Field::DisplayName, ValidationIssue::Field::Source});
    showProblem(
        m_ui->rangeProblem, shown,
        {ValidationIssue::Field::From, ValidationIssue::Field::To, ValidationIssue::Field::ExpirationDate});
    const bool can = canCreate();
    m_ui->createButton->setEnabled(can);
    // A disabled button says why, on hover and to a screen reader.
    const QString why = can ? QString() : whyNotCreate();
    // The hint under Create says it too, or what Create will warn about; it never takes more room.
    QStringList warnings;
    for (const ValidationIssue& issue : list) {
        if (issue.severity == ValidationIssue::Severity::Warning)
            warnings << issue.message;
    }
    m_hint->setFullText(!why.isEmpty() ? why : warnings.join(u' '));
    m_ui->createButton->setToolTip(why.isEmpty() ? tr("Create the snapshot (Ctrl+Return)") : why);
    m_ui->createButton->setAccessibleDescription(why);
}

void SnapshotForm::onCreateClicked()
{
    if (!canCreate())
        return;
    emit createRequested(request());
}

} // namespace snapshotdesk
