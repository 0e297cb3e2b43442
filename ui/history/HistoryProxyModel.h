#pragma once

#include <QSortFilterProxyModel>

namespace snapshotdesk {

class HistoryModel;

// Sorts and filters the history for the table. The time columns are compared as the entries'
// instants, read straight from the model: going through data() would build two QVariant<QDateTime>
// per comparison, and sorting 10,000 rows that way blocked the UI thread for over 100 ms every
// time the history was loaded. Text columns sort as QSortFilterProxyModel does (locale-aware).
// Rows pass two filters: the text filter of QSortFilterProxyModel (any column), and the profile
// filter, which keeps one account's entries only.
class HistoryProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryProxyModel)

public:
    explicit HistoryProxyModel(HistoryModel* source, QObject* parent = nullptr);
    ~HistoryProxyModel() override;

    // Keeps only the entries made with `profile` (as HistoryEntry::profileName() gives it, so
    // "Default" includes the entries from before profiles); empty keeps every profile's.
    void setProfileFilter(const QString& profile);
    QString profileFilter() const { return m_profile; }

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    HistoryModel* m_source;
    QString m_profile;
};

} // namespace snapshotdesk
