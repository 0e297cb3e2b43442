#include "ui/catalog/ServerSnapshotModel.h"

#include "ui/i18n/DateTimeText.h"

namespace snapshotdesk {

namespace {

QString shortDateTime(const QDateTime& when)
{
    return dateTimeText(when);
}

} // namespace

ServerSnapshotModel::ServerSnapshotModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

ServerSnapshotModel::~ServerSnapshotModel() = default;

void ServerSnapshotModel::setRows(const QList<MergedSnapshot>& rows, ApiVersion version)
{
    beginResetModel();
    m_rows = rows;
    m_version = version;
    endResetModel();
}

int ServerSnapshotModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ServerSnapshotModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ServerSnapshotModel::originText(MergedSnapshot::Origin origin)
{
    switch (origin) {
    case MergedSnapshot::Origin::Both:
        return tr("In history");
    case MergedSnapshot::Origin::CreatedElsewhere:
        return tr("Created elsewhere");
    case MergedSnapshot::Origin::Gone:
        return tr("Gone from the server");
    }
    return {};
}

QVariant ServerSnapshotModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const MergedSnapshot& row = m_rows.at(index.row());
    const ServerSnapshot& s = row.server;
    if (role == LinkRole)
        return s.link;
    if (role == GoneRole)
        return row.origin == MergedSnapshot::Origin::Gone;
    if (role == SortRole) {
        switch (index.column()) {
        case RangeColumn:
            return s.from;
        case CreatedColumn:
            return s.created;
        case ExpiresColumn:
            return s.expires;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == StatusColumn &&
        row.origin == MergedSnapshot::Origin::Gone)
        return tr("This snapshot is in your history but no longer on the server: it was deleted or has "
                  "expired.");
    if (role == Qt::ToolTipRole && index.column() == LinkColumn && !s.link.isEmpty())
        return tr("Double-click to open in the browser");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return s.name;
    case SourceColumn:
        return s.sourceName.isEmpty() ? s.sourceId : s.sourceName;
    case RangeColumn:
        if (!s.from.isValid())
            return QString();
        return tr("%1 – %2").arg(shortDateTime(s.from), shortDateTime(s.to));
    case CreatedColumn:
        return shortDateTime(s.created);
    case ExpiresColumn:
        if (m_version == ApiVersion::V6)
            return tr("Never");
        return shortDateTime(s.expires);
    case SharedColumn:
        return row.origin == MergedSnapshot::Origin::Gone ? QString() : (s.shared ? tr("Yes") : tr("No"));
    case LinkColumn:
        return s.link.toString();
    case StatusColumn:
        return originText(row.origin);
    default:
        return {};
    }
}

QVariant ServerSnapshotModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SourceColumn:
        return m_version == ApiVersion::V6 ? tr("Report") : tr("Dashboard");
    case RangeColumn:
        return tr("Range");
    case CreatedColumn:
        return tr("Created");
    case ExpiresColumn:
        return tr("Expires");
    case SharedColumn:
        return tr("Shared");
    case LinkColumn:
        return tr("Link");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace snapshotdesk
