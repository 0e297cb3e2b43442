#include "ui/history/HistoryView.h"

#include "ui/widgets/Confirmation.h"

#include "core/HistoryCsv.h"
#include "store/History.h"
#include "store/HistoryStore.h"
#include "store/Settings.h"
#include "ui/history/HistoryModel.h"
#include "ui/history/HistoryProxyModel.h"
#include "ui/i18n/DateTimeText.h"
#include "ui/widgets/RecordTable.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace snapshotdesk {

namespace {

// The columns of the table before Settings kept their number beside the header state: the first
// nine (the profile column came after them).
constexpr int kColumnsBeforeTheCountWasKept = HistoryModel::ProfileColumn;

// First-run widths of the name and the source in average characters; the others fit their header
// or their dates. Narrow enough that the Status column, which says what failed, fits at 800 px.
constexpr int kNameChars = 18;
constexpr int kSourceChars = 16;

QStringList nonEmpty(const QList<HistoryEntry>& entries,
                     const std::function<QString(const HistoryEntry&)>& field)
{
    QStringList values;
    for (const HistoryEntry& e : entries) {
        QString value = field(e);
        if (!value.isEmpty())
            values.append(std::move(value));
    }
    return values;
}

QString linkText(const HistoryEntry& e)
{
    return e.link.isEmpty() ? QString() : e.link.toString(QUrl::FullyEncoded);
}

} // namespace

HistoryView::HistoryView(History& history, Settings& settings, QWidget* parent)
    : QWidget(parent)
    , m_history(history)
    , m_settings(settings)
    , m_model(new HistoryModel(history, this))
    , m_proxy(new HistoryProxyModel(m_model, this))
{
    m_proxy->setSortRole(HistoryModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterKeyColumn(-1); // any column
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    // Keeps the filter and sort right as entries arrive from the store.
    m_proxy->setDynamicSortFilter(true);

    auto* filterLabel = new QLabel(tr("&Filter:"), this);
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("historyFilterEdit"));
    m_filterEdit->setAccessibleName(tr("Filter"));
    m_filterEdit->setPlaceholderText(tr("Name, ID, report, account group…"));
    m_filterEdit->setClearButtonEnabled(true);
    filterLabel->setBuddy(m_filterEdit);

    // Several accounts side by side: one account's entries at a time, when asked. Never chosen by
    // itself (switching profile leaves it alone), so no entry disappears without the user's doing.
    m_profileLabel = new QLabel(tr("Prof&ile:"), this);
    m_profileCombo = new QComboBox(this);
    m_profileCombo->setObjectName(QStringLiteral("historyProfileCombo"));
    m_profileCombo->setAccessibleName(tr("Profile"));
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileLabel->setBuddy(m_profileCombo);

    m_table = new RecordTable(m_proxy, this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("History"));
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    m_table->setSortingEnabled(true);

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("historyEmptyHint"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyLabel);

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addWidget(m_profileLabel);
    filterRow->addWidget(m_profileCombo);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterRow);
    layout->addWidget(m_stack, 1);
    setTabOrder(m_filterEdit, m_profileCombo);
    setTabOrder(m_profileCombo, m_table);
    setFocusProxy(m_table);

    createActions();

    m_headerSaveTimer = new QTimer(this);
    m_headerSaveTimer->setSingleShot(true);
    m_headerSaveTimer->setInterval(500); // a column drag resizes many times: write once at the end
    connect(m_headerSaveTimer, &QTimer::timeout, this, &HistoryView::saveHeaderState);
    restoreHeaderState();
    const auto scheduleSave = [this] { m_headerSaveTimer->start(); };
    connect(header, &QHeaderView::sectionResized, this, scheduleSave);
    connect(header, &QHeaderView::sectionMoved, this, scheduleSave);
    connect(header, &QHeaderView::sortIndicatorChanged, this, scheduleSave);

    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, &HistoryView::chooseProfile);
    // The model's rows, not the proxy's: an entry the filter hides may still bring a new profile.
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int last) { addProfilesOf(first, last); });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &HistoryView::updateProfiles);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryView::updateProfiles);
    updateProfiles();
    connect(m_table, &QTableView::customContextMenuRequested, this, &HistoryView::showContextMenu);
    // Not `activated`: some styles activate on a single click, and Enter is the open action's.
    connect(m_table, &QTableView::doubleClicked, this, &HistoryView::openSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryView::updateActions);
    const auto refresh = [this] {
        updateActions();
        updateEmptyState();
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, refresh);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, refresh);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, refresh);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, refresh);
    refresh();
}

HistoryView::~HistoryView() = default;

void HistoryView::createActions()
{
    // Theme icons where the desktop has them (set after the first paint, see ThemeIcons), the
    // bundled ones elsewhere (Windows, macOS) and until then.
    struct Icon
    {
        QString themeName;
        QString bundled;
    };
    const auto icon = [](const QString& themeName, const QString& bundled = {}) {
        return Icon{themeName, bundled};
    };
    const auto make = [this](const QString& text, const Icon& actionIcon, const QKeySequence& shortcut = {}) {
        auto* action =
            new QAction(actionIcon.bundled.isEmpty() ? QIcon() : QIcon(actionIcon.bundled), text, this);
        m_themeIcons.add(action, actionIcon.themeName);
        action->setShortcut(shortcut);
        // Only while the table has focus: Ctrl+C and Delete elsewhere belong to text fields.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_table->addAction(action);
        return action;
    };
    m_openAction = make(tr("&Open in browser"), icon(QStringLiteral("internet-web-browser"),
                                                     QStringLiteral(":/icons/actions/open-browser.svg")));
    m_openAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_copyIdAction = make(tr("&Copy ID"),
                          icon(QStringLiteral("edit-copy"), QStringLiteral(":/icons/actions/edit-copy.svg")),
                          QKeySequence::Copy);
    m_copyLinkAction =
        make(tr("Copy &link"),
             icon(QStringLiteral("insert-link"), QStringLiteral(":/icons/actions/insert-link.svg")),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_reuseAction = make(tr("&Use these settings again"), icon(QStringLiteral("edit-redo")));
    // "All" says that it is the whole history: the filter does not narrow it.
    m_exportSelectionAction =
        make(tr("Export &selected entries to CSV…"), icon(QStringLiteral("document-save-as")));
    m_exportAllAction =
        make(tr("Export the &whole history to CSV…"), icon(QStringLiteral("document-export")));
    m_deleteAction = make(tr("&Delete"), icon(QStringLiteral("edit-delete")), QKeySequence::Delete);
    m_clearAction = make(tr("Clea&r history…"), icon(QStringLiteral("edit-clear-history")));

    m_openAction->setObjectName(QStringLiteral("historyOpenAction"));
    m_copyIdAction->setObjectName(QStringLiteral("historyCopyIdAction"));
    m_copyLinkAction->setObjectName(QStringLiteral("historyCopyLinkAction"));
    m_reuseAction->setObjectName(QStringLiteral("historyReuseAction"));
    m_exportSelectionAction->setObjectName(QStringLiteral("historyExportSelectionAction"));
    m_exportAllAction->setObjectName(QStringLiteral("historyExportAllAction"));
    m_deleteAction->setObjectName(QStringLiteral("historyDeleteAction"));
    m_clearAction->setObjectName(QStringLiteral("historyClearAction"));

    m_reuseAction->setStatusTip(tr("Fill in the form with this entry's report or dashboard, times and "
                                   "options"));
    m_exportSelectionAction->setStatusTip(tr("Write the selected entries to a CSV file"));
    m_exportAllAction->setStatusTip(
        tr("Write every entry of the history to a CSV file, whatever the filter shows"));
    m_deleteAction->setStatusTip(tr("Remove the selected entries from this list; the snapshots stay on "
                                    "ThousandEyes"));

    connect(m_openAction, &QAction::triggered, this, &HistoryView::openSelected);
    connect(m_copyIdAction, &QAction::triggered, this, &HistoryView::copySelectedIds);
    connect(m_copyLinkAction, &QAction::triggered, this, &HistoryView::copySelectedLinks);
    connect(m_reuseAction, &QAction::triggered, this, &HistoryView::reuseSelected);
    connect(m_exportSelectionAction, &QAction::triggered, this, [this] { exportWithDialog(true); });
    connect(m_exportAllAction, &QAction::triggered, this, [this] { exportWithDialog(false); });
    connect(m_deleteAction, &QAction::triggered, this, &HistoryView::deleteSelected);
    connect(m_clearAction, &QAction::triggered, this, &HistoryView::clearAll);
}

QList<HistoryEntry> HistoryView::selectedEntries() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    rows.reserve(selected.size());
    for (const QModelIndex& index : selected)
        rows.append(m_proxy->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    QList<HistoryEntry> entries;
    entries.reserve(rows.size());
    for (const int row : std::as_const(rows))
        entries.append(m_model->entry(row));
    return entries;
}

void HistoryView::copySelectedIds()
{
    const QStringList ids = nonEmpty(selectedEntries(), [](const HistoryEntry& e) { return e.snapshotId; });
    if (ids.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(ids.join(u'\n'));
    emit message(ids.size() == 1 ? tr("Copied the snapshot ID %1.").arg(ids.constFirst())
                                 : tr("Copied %n snapshot IDs.", nullptr, static_cast<int>(ids.size())),
                 false);
}

void HistoryView::copySelectedLinks()
{
    const QStringList links = nonEmpty(selectedEntries(), linkText);
    if (links.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(links.join(u'\n'));
    emit message(tr("Copied %n link(s).", nullptr, static_cast<int>(links.size())), false);
}

void HistoryView::openSelected()
{
    QList<QUrl> links;
    const QList<HistoryEntry> entries = selectedEntries();
    for (const HistoryEntry& e : entries) {
        if (!e.link.isEmpty())
            links.append(e.link);
    }
    if (links.isEmpty())
        return;
    if (links.size() > kMaxLinksToOpen) {
        emit message(tr("Select at most %n entries to open at once.", nullptr, kMaxLinksToOpen), true);
        return;
    }
    for (const QUrl& link : std::as_const(links))
        emit openUrlRequested(link);
}

void HistoryView::reuseSelected()
{
    const QList<HistoryEntry> entries = selectedEntries();
    if (entries.size() == 1)
        emit reuseRequested(entries.constFirst());
}

void HistoryView::deleteSelected()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return;
    const QList<HistoryEntry> entries = selectedEntries();
    const int count = static_cast<int>(entries.size());
    // One entry is deleted at once, like a file in a file manager; several, maybe selected by
    // accident with Ctrl+A, are worth a question since there is no undo.
    if (count > 1 && !confirm(tr("Delete History Entries"),
                              tr("Delete %n history entries? The snapshots themselves stay on ThousandEyes.",
                                 nullptr, count),
                              tr("&Delete"))) {
        return;
    }
    int nextRow = m_proxy->rowCount();
    for (const QModelIndex& index : selected)
        nextRow = std::min(nextRow, index.row());
    QStringList keys;
    keys.reserve(count);
    for (const HistoryEntry& e : entries)
        keys.append(e.key);
    m_history.remove(keys); // the model follows the service
    // Keep the keyboard user in place: select the row that moved up into the gap.
    nextRow = std::min(nextRow, m_proxy->rowCount() - 1);
    if (nextRow >= 0 && m_table->selectionModel()->selectedRows().isEmpty()) {
        m_table->selectionModel()->setCurrentIndex(
            m_proxy->index(nextRow, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

bool HistoryView::clearAll()
{
    const int count = m_model->rowCount();
    if (count == 0)
        return false;
    if (!confirm(tr("Clear History"),
                 tr("Delete all %n history entries? The snapshots themselves stay on ThousandEyes.", nullptr,
                    count),
                 tr("C&lear History"))) {
        return false;
    }
    m_history.clear();
    return m_model->rowCount() == 0;
}

bool HistoryView::exportCsv(const QString& path, bool selectionOnly)
{
    const QList<HistoryEntry> entries = selectionOnly ? selectedEntries() : m_history.entries();
    const QString shownPath = QDir::toNativeSeparators(path);
    // The file itself is written by the core; the view only picks the path and reports.
    if (const QString problem = writeHistoryCsv(path, entries); !problem.isEmpty()) {
        //: %1 is a file path, %2 the system's reason
        emit message(tr("Could not export the history to %1: %2").arg(shownPath, problem), true);
        return false;
    }
    emit message(tr("Exported %n entries to %1.", nullptr, static_cast<int>(entries.size())).arg(shownPath),
                 false);
    return true;
}

void HistoryView::exportWithDialog(bool selectionOnly)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(selectionOnly ? tr("snapshot-history-selection.csv")
                                                                  : tr("snapshot-history.csv"));
    const QString path = QFileDialog::getSaveFileName(
        this, selectionOnly ? tr("Export Selection to CSV") : tr("Export History to CSV"), suggested,
        tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        exportCsv(path, selectionOnly);
}

void HistoryView::setConfirmHandler(ConfirmHandler handler)
{
    m_confirm = std::move(handler);
}

bool HistoryView::confirm(const QString& title, const QString& question, const QString& acceptText)
{
    if (m_confirm)
        return m_confirm(title, question, acceptText);
    return Confirmation::ask(this, QMessageBox::Question, title, question, acceptText);
}

void HistoryView::showContextMenu(const QPoint& position)
{
    QMenu menu(this);
    menu.addAction(m_openAction);
    menu.setDefaultAction(m_openAction); // what a double-click does
    menu.addAction(m_copyIdAction);
    menu.addAction(m_copyLinkAction);
    menu.addSeparator();
    menu.addAction(m_reuseAction);
    menu.addSeparator();
    menu.addAction(m_exportSelectionAction);
    menu.addAction(m_exportAllAction);
    menu.addSeparator();
    menu.addAction(m_deleteAction);
    menu.addAction(m_clearAction);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void HistoryView::updateActions()
{
    const QList<HistoryEntry> entries = selectedEntries();
    const bool anyId = std::any_of(entries.cbegin(), entries.cend(),
                                   [](const HistoryEntry& e) { return !e.snapshotId.isEmpty(); });
    const bool anyLink = std::any_of(entries.cbegin(), entries.cend(),
                                     [](const HistoryEntry& e) { return !e.link.isEmpty(); });
    const bool hasEntries = m_model->rowCount() > 0;
    m_copyIdAction->setEnabled(anyId);
    m_copyLinkAction->setEnabled(anyLink);
    m_openAction->setEnabled(anyLink);
    m_reuseAction->setEnabled(entries.size() == 1);
    m_deleteAction->setEnabled(!entries.isEmpty());
    m_exportSelectionAction->setEnabled(!entries.isEmpty());
    m_exportAllAction->setEnabled(hasEntries);
    m_clearAction->setEnabled(hasEntries);
}

void HistoryView::updateProfiles()
{
    QStringList found;
    for (const HistoryEntry& e : m_history.entries()) {
        if (QString name = e.profileName(); !found.contains(name))
            found.append(std::move(name));
    }
    // In the order of File → Profile ("Default" first), then any whose profile was since removed.
    QStringList names;
    for (const QString& name : m_settings.profiles()) {
        if (found.removeOne(name))
            names.append(name);
    }
    std::sort(found.begin(), found.end(),
              [](const QString& a, const QString& b) { return QString::localeAwareCompare(a, b) < 0; });
    names += found;

    const QString chosen = m_proxy->profileFilter();
    {
        const QSignalBlocker blocker(m_profileCombo);
        m_profileCombo->clear();
        m_profileCombo->addItem(tr("All profiles"), QString());
        for (const QString& name : std::as_const(names))
            m_profileCombo->addItem(name, name);
        // A choice whose entries are all gone falls back to all, as does a hidden combo: a filter
        // nobody can see would hide entries for no visible reason.
        const int index = names.size() > 1 ? m_profileCombo->findData(chosen) : 0;
        m_profileCombo->setCurrentIndex(std::max(index, 0));
    }
    m_profileLabel->setVisible(names.size() > 1);
    m_profileCombo->setVisible(names.size() > 1);
    chooseProfile(m_profileCombo->currentIndex());
}

void HistoryView::addProfilesOf(int firstRow, int lastRow)
{
    for (int row = firstRow; row <= lastRow; ++row) {
        if (m_profileCombo->findData(m_model->profileName(row)) < 0) {
            updateProfiles();
            return;
        }
    }
}

void HistoryView::chooseProfile(int index)
{
    m_proxy->setProfileFilter(m_profileCombo->itemData(index).toString());
}

void HistoryView::updateEmptyState()
{
    if (m_model->rowCount() == 0 && !m_history.isLoaded()) {
        m_emptyLabel->setText(tr("Reading the history…"));
        m_stack->setCurrentWidget(m_emptyLabel);
    } else if (m_model->rowCount() == 0) {
        m_emptyLabel->setText(tr("No snapshots yet. Every snapshot you create, and every attempt that "
                                 "fails, is listed here."));
        m_stack->setCurrentWidget(m_emptyLabel);
    } else if (m_proxy->rowCount() == 0) {
        m_emptyLabel->setText(tr("No entry matches the filter."));
        m_stack->setCurrentWidget(m_emptyLabel);
    } else {
        m_stack->setCurrentWidget(m_table);
    }
}

void HistoryView::restoreHeaderState()
{
    QHeaderView* header = m_table->horizontalHeader();
    const QByteArray state = m_settings.value(Settings::Key::HistoryHeaderState).toByteArray();
    if (!state.isEmpty() && header->restoreState(state)) {
        // A column added since the state was saved would be shown (Qt gives it default settings);
        // like every secondary column it starts hidden, and the header's menu shows it.
        const int saved = m_settings.value(Settings::Key::HistoryHeaderColumns).toInt();
        const int known = saved > 0 ? saved : kColumnsBeforeTheCountWasKept;
        for (int column = known; column < header->count(); ++column)
            header->setSectionHidden(column, true);
        // restoreState() sets the indicator but does not sort.
        m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
        return;
    }
    // The account group, the ID, the API and the profile start hidden (the ID is in the Name's
    // tooltip and one Copy ID away, the profile in the title and the profile filter): with them, the
    // table would need a horizontal scroll bar at 800 px. A right-click on the header brings them
    // back.
    const QString widestTime =
        QDateTime(QDate(2026, 12, 28), QTime(23, 58)).toString(datetimeformat::kDateTime);
    const QString chars(kNameChars, u'x');
    static_cast<RecordTable*>(m_table)->fitColumns({HistoryModel::AccountGroupColumn,
                                                    HistoryModel::SnapshotIdColumn, HistoryModel::ApiColumn,
                                                    HistoryModel::ProfileColumn},
                                                   {{HistoryModel::CreatedColumn, widestTime},
                                                    {HistoryModel::FromColumn, widestTime},
                                                    {HistoryModel::ToColumn, widestTime},
                                                    {HistoryModel::NameColumn, chars},
                                                    {HistoryModel::SourceColumn, chars.left(kSourceChars)}});
    m_table->sortByColumn(HistoryModel::CreatedColumn, Qt::DescendingOrder); // newest first
}

void HistoryView::saveHeaderState()
{
    m_headerSaveTimer->stop();
    m_settings.setValue(Settings::Key::HistoryHeaderState, m_table->horizontalHeader()->saveState());
    m_settings.setValue(Settings::Key::HistoryHeaderColumns, m_table->horizontalHeader()->count());
}

} // namespace snapshotdesk
