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

bool HistoryProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const qint64 a = m_source->sortTime(left.row(), left.column());
    const qint64 b = m_source->sortTime(right.row(), right.column());
    if (a == HistoryModel::kNotATimeColumn || b == HistoryModel::kNotATimeColumn)
        return QSortFilterProxyModel::lessThan(left, right);
    return a < b;
}

} // namespace snapshotdesk
