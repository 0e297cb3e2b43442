#include "ui/routines/RoutinesDialog.h"

#include "ui/widgets/Confirmation.h"

#include "ui/i18n/AccessibleText.h"

#include "api/BatchRunner.h"
#include "session/AccountContext.h"
#include "store/RoutineStore.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace snapshotdesk {

RoutinesDialog::RoutinesDialog(RoutineStore& routines, const BatchRunner& batch, AccountContext& account,
                               QWidget* parent)
    : QDialog(parent)
    , m_routines(routines)
    , m_batch(batch)
    , m_account(account)
{
    setObjectName(QStringLiteral("routinesDialog"));
    setWindowTitle(tr("Routines"));
    m_prompt = [this](const QString& title, const QString& label, const QString& text) {
        bool ok = false;
        const QString value = QInputDialog::getText(this, title, label, QLineEdit::Normal, text, &ok);
        return ok ? value : QString();
    };

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("routineList"));
    m_list->setAccessibleName(tr("Routines"));
    auto* label = new QLabel(tr("&Routines:"), this);
    label->setBuddy(m_list);
    const auto button = [this](const QString& text, const char* name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1StringView(name));
        b->setAccessibleName(accessibleText(text));
        return b;
    };
    m_runButton = button(tr("R&un"), "routineRunButton");
    m_runButton->setDefault(true);
    m_renameButton = button(tr("Re&name…"), "routineRenameButton");
    m_duplicateButton = button(tr("D&uplicate"), "routineDuplicateButton");
    m_deleteButton = button(tr("&Delete…"), "routineDeleteButton");
    m_exportButton = button(tr("&Export…"), "routineExportButton");
    m_importButton = button(tr("&Import…"), "routineImportButton");
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto* buttons = new QVBoxLayout;
    for (QPushButton* b :
         {m_runButton, m_renameButton, m_duplicateButton, m_deleteButton, m_exportButton, m_importButton})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto* grid = new QGridLayout(this);
    grid->addWidget(label, 0, 0);
    grid->addWidget(m_list, 1, 0);
    grid->addLayout(buttons, 1, 1);
    grid->addWidget(close, 2, 0, 1, 2);
    setTabOrder(m_list, m_runButton);
    setTabOrder(m_runButton, m_renameButton);
    setTabOrder(m_renameButton, m_duplicateButton);
    setTabOrder(m_duplicateButton, m_deleteButton);
    setTabOrder(m_deleteButton, m_exportButton);
    setTabOrder(m_exportButton, m_importButton);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_runButton, &QPushButton::clicked, this, &RoutinesDialog::runCurrent);
    connect(m_list, &QListWidget::itemActivated, this, &RoutinesDialog::runCurrent);
    connect(m_renameButton, &QPushButton::clicked, this, &RoutinesDialog::renameCurrent);
    connect(m_duplicateButton, &QPushButton::clicked, this, &RoutinesDialog::duplicateCurrent);
    connect(m_deleteButton, &QPushButton::clicked, this, &RoutinesDialog::deleteCurrent);
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export routines"), QDir::home().filePath(QStringLiteral("routines.json")),
            tr("Routines (*.json)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(m_importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import routines"), QDir::homePath(),
                                                          tr("Routines (*.json)"));
        if (!path.isEmpty())
            importFrom(path);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &RoutinesDialog::updateButtons);
    connect(&m_routines, &RoutineStore::changed, this, &RoutinesDialog::reload);
    connect(&m_batch, &BatchRunner::runningChanged, this, &RoutinesDialog::updateButtons);
    reload();
    resize(520, 360);
}

RoutinesDialog::~RoutinesDialog() = default;

void RoutinesDialog::reload()
{
    const QString current = currentId();
    m_list->clear();
    for (const Routine& routine : m_routines.routines()) {
        auto* item =
            new QListWidgetItem(tr("%1 — %n sources, %2", nullptr, static_cast<int>(routine.sources.size()))
                                    .arg(routine.name, TimeRange::label(routine.range)),
                                m_list);
        item->setData(Qt::UserRole, routine.id);
        item->setToolTip(tr("Name template: %1\nAccount group: %2\nAPI: %3")
                             .arg(routine.nameTemplate,
                                  routine.groupName.isEmpty() ? routine.aid : routine.groupName,
                                  toString(routine.apiVersion)));
        if (routine.id == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

QString RoutinesDialog::currentId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void RoutinesDialog::updateButtons()
{
    const bool has = !currentId().isEmpty();
    m_runButton->setEnabled(has && !m_batch.isRunning());
    m_renameButton->setEnabled(has);
    m_duplicateButton->setEnabled(has);
    m_deleteButton->setEnabled(has);
    m_exportButton->setEnabled(m_list->count() > 0);
}

void RoutinesDialog::runCurrent()
{
    const std::optional<Routine> routine = m_routines.routine(currentId());
    if (!routine)
        return;
    const QString problem = m_account.runRoutine(*routine);
    if (!problem.isEmpty()) {
        emit message(problem, true);
        return;
    }
    emit runStarted();
}

void RoutinesDialog::renameCurrent()
{
    const std::optional<Routine> routine = m_routines.routine(currentId());
    if (!routine)
        return;
    const QString name = m_prompt(tr("Rename routine"), tr("&Name:"), routine->name);
    if (name.isNull() || name.trimmed().isEmpty())
        return;
    m_routines.rename(routine->id, name);
}

void RoutinesDialog::duplicateCurrent()
{
    const QString id = m_routines.duplicate(currentId());
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == id)
            m_list->setCurrentRow(i);
    }
}

void RoutinesDialog::deleteCurrent()
{
    const std::optional<Routine> routine = m_routines.routine(currentId());
    if (!routine)
        return;
    if (Confirmation::ask(this, QMessageBox::Question, tr("Delete routine"),
                          tr("Delete the routine \"%1\"? Snapshots it made stay.").arg(routine->name),
                          tr("&Delete")))
        m_routines.remove(routine->id);
}

void RoutinesDialog::exportTo(const QString& path)
{
    const QString problem = m_routines.exportFile(path);
    emit message(problem.isEmpty() ? tr("Routines exported to %1.").arg(QDir::toNativeSeparators(path))
                                   : problem,
                 !problem.isEmpty());
}

void RoutinesDialog::importFrom(const QString& path)
{
    const Parsed<int> result = m_routines.importFile(path);
    if (!result.ok()) {
        emit message(tr("Nothing was imported. %1").arg(result.error), true);
        return;
    }
    emit message(tr("%n routines imported.", nullptr, result.value), false);
}

} // namespace snapshotdesk
