#include "ui/history/HistoryProxyModel.h"

#include "ui/history/HistoryModel.h"

namespace snapshotdesk {

HistoryProxyModel::HistoryProxyModel(HistoryModel* source, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
}

HistoryProxyModel::~HistoryProxyModel() = default;

void HistoryProxyModel::setProfileFilter(const QString& profile)
{
    if (profile == m_profile)
        return;
    m_profile = profile;
    // Rows only: the columns do not depend on it, and a full invalidate() would re-sort as well.
    invalidateRowsFilter();
}

bool HistoryProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    // The profile first: a plain string comparison, cheaper than the text filter's every column.
    if (!m_profile.isEmpty() && m_source->profileName(sourceRow) != m_profile)
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

bool HistoryProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const qint64 a = m_source->sortTime(left.row(), left.column());
    const qint64 b = m_source->sortTime(right.row(), right.column());
    if (a == HistoryModel::kNotATimeColumn || b == HistoryModel::kNotATimeColumn)
        return QSortFilterProxyModel::lessThan(left, right);
    return a < b;
}

} // namespace snapshotdesk
