#include "HistoryModel.h"

#include "history/HistoryStore.h"
#include "i18n/DateTimeText.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QStyle>

#include <algorithm>

namespace snapshotdesk {

namespace {

QString sourceText(const HistoryEntry& entry)
{
    return entry.sourceName.isEmpty() ? entry.sourceId : entry.sourceName;
}

QString accountGroupText(const HistoryEntry& entry)
{
    return entry.accountGroupName.isEmpty() ? entry.aid : entry.accountGroupName;
}

} // namespace

HistoryModel::HistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

HistoryModel::~HistoryModel() = default;

void HistoryModel::attach(HistoryStore& store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = &store;
    connect(&store, &HistoryStore::added, this, &HistoryModel::append);
    connect(&store, &HistoryStore::updated, this, &HistoryModel::update);
    connect(&store, &HistoryStore::removed, this, &HistoryModel::removeKeys);
    connect(&store, &HistoryStore::pruned, this, &HistoryModel::removeKeys);
    connect(&store, &HistoryStore::cleared, this, &HistoryModel::clear);
}

void HistoryModel::setEntries(const QList<HistoryEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void HistoryModel::append(const HistoryEntry& entry)
{
    const int row = static_cast<int>(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(entry);
    endInsertRows();
}

void HistoryModel::update(const HistoryEntry& entry)
{
    const int row = rowForKey(entry.key);
    if (row < 0)
        return;
    m_entries[row] = entry;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void HistoryModel::removeKeys(const QStringList& keys)
{
    if (keys.isEmpty() || m_entries.isEmpty())
        return;
    QList<int> rows;
    rows.reserve(keys.size());
    for (const QString& key : keys) {
        const int row = rowForKey(key);
        if (row >= 0)
            rows.append(row);
    }
    // Remove contiguous runs from the bottom up, so that the rows still to go keep their numbers
    // and the view keeps the selection of every row that stays.
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    qsizetype i = 0;
    while (i < rows.size()) {
        const int last = rows.at(i);
        int first = last;
        ++i;
        while (i < rows.size() && rows.at(i) == first - 1) {
            first = rows.at(i);
            ++i;
        }
        beginRemoveRows({}, first, last);
        m_entries.remove(first, last - first + 1);
        endRemoveRows();
    }
}

void HistoryModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

qint64 HistoryModel::sortTime(int row, int column) const
{
    if (row < 0 || row >= m_entries.size())
        return kNotATimeColumn;
    const HistoryEntry& e = m_entries.at(row);
    const QDateTime* time = column == CreatedColumn ? &e.createdAt
                            : column == FromColumn  ? &e.from
                            : column == ToColumn    ? &e.to
                                                    : nullptr;
    if (!time)
        return kNotATimeColumn;
    return time->isValid() ? time->toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

HistoryEntry HistoryModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row) : HistoryEntry();
}

int HistoryModel::rowForKey(const QString& key) const
{
    const auto it = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                 [&key](const HistoryEntry& e) { return e.key == key; });
    return it == m_entries.cend() ? -1 : static_cast<int>(it - m_entries.cbegin());
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::statusText(const HistoryEntry& entry)
{
    if (entry.status == HistoryEntry::Status::Created)
        return tr("Created", "snapshot status");
    if (entry.status == HistoryEntry::Status::Unknown)
        return tr("Unknown — checking…", "snapshot status: sent, answer lost");
    return entry.failureReason.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(entry.failureReason);
}

QString HistoryModel::statusToolTip(const HistoryEntry& entry)
{
    if (entry.status != HistoryEntry::Status::Unknown)
        return statusText(entry);
    return tr("The request was sent, but its answer was lost, so the snapshot may exist. Snapshot Desk "
              "looks for it in the server's list (again at every refresh) and shows the outcome here; "
              "do not send it again until then.");
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    // An invalid index is an ordinary question (views ask it); a foreign or stale one is a bug.
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry& e = m_entries.at(index.row());
    const int column = index.column();
    const bool failed = e.status == HistoryEntry::Status::Failed;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(e, column);
    case Qt::ToolTipRole:
        return toolTipData(e, column);
    case Qt::FontRole:
        // Failures are told apart by shape (italics, an icon, the word "Failed"), not by a colour
        // that would have to suit both light and dark palettes and that not everyone can see.
        if (failed) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        if (failed && column == StatusColumn)
            return errorIcon();
        if (e.status == HistoryEntry::Status::Unknown && column == StatusColumn)
            return unknownIcon();
        return {};
    case SortRole:
        return sortData(e, column);
    case FailedRole:
        return failed;
    case KeyRole:
        return e.key;
    case LinkRole:
        return e.link.toUrl();
    default:
        return {};
    }
}

QVariant HistoryModel::displayData(const HistoryEntry& e, int column) const
{
    switch (column) {
    case CreatedColumn:
        return dateTimeText(e.createdAt);
    case NameColumn:
        return e.displayName;
    case SourceColumn:
        return sourceText(e);
    case FromColumn:
        return dateTimeText(e.from);
    case ToColumn:
        return dateTimeText(e.to);
    case AccountGroupColumn:
        return accountGroupText(e);
    case SnapshotIdColumn:
        return e.snapshotId;
    case ApiColumn:
        return toString(e.apiVersion);
    case StatusColumn:
        return statusText(e);
    default:
        return {};
    }
}

QVariant HistoryModel::sortData(const HistoryEntry& e, int column) const
{
    switch (column) {
    case CreatedColumn:
        return e.createdAt;
    case FromColumn:
        return e.from;
    case ToColumn:
        return e.to;
    default:
        return displayData(e, column);
    }
}

QVariant HistoryModel::toolTipData(const HistoryEntry& e, int column) const
{
    switch (column) {
    case CreatedColumn:
        return dateTimeTextWithSeconds(e.createdAt);
    case FromColumn:
        return dateTimeText(e.from);
    case ToColumn:
        return dateTimeText(e.to);
    case NameColumn:
        // The snapshot ID column starts hidden; the name says it on hover.
        return e.snapshotId.isEmpty() ? e.displayName
                                      : tr("%1\nSnapshot ID: %2").arg(e.displayName, e.snapshotId);
    case SourceColumn:
        // The ID as well, since two reports or dashboards may share a name.
        return e.sourceName.isEmpty() || e.sourceId.isEmpty()
                   ? sourceText(e)
                   : tr("%1 (ID %2)").arg(e.sourceName, e.sourceId);
    case AccountGroupColumn:
        return e.accountGroupName.isEmpty() || e.aid.isEmpty()
                   ? accountGroupText(e)
                   : tr("%1 (ID %2)").arg(e.accountGroupName, e.aid);
    case SnapshotIdColumn:
        return e.link.isEmpty() ? e.snapshotId : e.link.toDisplayString();
    case StatusColumn:
        // The full reason, which the column usually cuts short.
        return statusToolTip(e);
    default:
        return displayData(e, column);
    }
}

QIcon HistoryModel::errorIcon() const
{
    if (m_errorIcon.isNull()) {
        const QStyle* style = QApplication::style();
        m_errorIcon = QIcon::fromTheme(QStringLiteral("dialog-error"),
                                       style ? style->standardIcon(QStyle::SP_MessageBoxCritical) : QIcon());
    }
    return m_errorIcon;
}

QIcon HistoryModel::unknownIcon() const
{
    if (m_unknownIcon.isNull()) {
        const QStyle* style = QApplication::style();
        m_unknownIcon =
            QIcon::fromTheme(QStringLiteral("dialog-question"),
                             style ? style->standardIcon(QStyle::SP_MessageBoxQuestion) : QIcon());
    }
    return m_unknownIcon;
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::InitialSortOrderRole) {
        // Times newest first, the first click on a text column A to Z.
        const bool time = section == CreatedColumn || section == FromColumn || section == ToColumn;
        return static_cast<int>(time ? Qt::DescendingOrder : Qt::AscendingOrder);
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CreatedColumn:
        return tr("Created", "column: when the snapshot was made");
    case NameColumn:
        return tr("Name");
    case SourceColumn:
        return tr("Report or dashboard");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case AccountGroupColumn:
        return tr("Account group");
    case SnapshotIdColumn:
        return tr("Snapshot ID");
    case ApiColumn:
        return tr("API");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace snapshotdesk
