#include "ui/history/HistoryModel.h"

#include "store/History.h"
#include "store/HistoryStore.h"
#include "ui/i18n/DateTimeText.h"

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

HistoryModel::HistoryModel(const History& history, QObject* parent)
    : QAbstractTableModel(parent)
    , m_history(history)
{
    // The service tells each change before and after it, as a model must.
    connect(&history, &History::aboutToReset, this, &HistoryModel::beginResetModel);
    connect(&history, &History::reset, this, &HistoryModel::endResetModel);
    connect(&history, &History::aboutToInsert, this, [this](int row) { beginInsertRows({}, row, row); });
    connect(&history, &History::inserted, this, &HistoryModel::endInsertRows);
    connect(&history, &History::aboutToRemove, this, [this](int row) { beginRemoveRows({}, row, row); });
    connect(&history, &History::removedAt, this, &HistoryModel::endRemoveRows);
    connect(&history, &History::changedAt, this,
            [this](int row) { emit dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
}

HistoryModel::~HistoryModel() = default;

qint64 HistoryModel::sortTime(int row, int column) const
{
    if (row < 0 || row >= m_history.size())
        return kNotATimeColumn;
    const HistoryEntry& e = m_history.at(row);
    const QDateTime* time = column == CreatedColumn ? &e.createdAt
                            : column == FromColumn  ? &e.from
                            : column == ToColumn    ? &e.to
                                                    : nullptr;
    if (!time)
        return kNotATimeColumn;
    return time->isValid() ? time->toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

QString HistoryModel::profileName(int row) const
{
    return row >= 0 && row < m_history.size() ? m_history.at(row).profileName() : QString();
}

HistoryEntry HistoryModel::entry(int row) const
{
    return row >= 0 && row < m_history.size() ? m_history.at(row) : HistoryEntry();
}

int HistoryModel::rowForKey(const QString& key) const
{
    return m_history.indexOf(key);
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_history.size();
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
    const HistoryEntry& e = m_history.at(index.row());
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
    case ProfileColumn:
        return e.profileName();
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
    case ProfileColumn:
        return tr("Profile", "column: the account the snapshot was made with");
    default:
        return {};
    }
}

} // namespace snapshotdesk
