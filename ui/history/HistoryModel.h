#pragma once

#include "core/HistoryEntry.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>
#include <QStringList>

#include <limits>

namespace snapshotdesk {

class History;

// The history as a table for the view: one row per entry of the History service, oldest first (its
// order), read from it without a copy; sorting and filtering are the proxy's job. Follows the
// service's changes row by row, so that a new snapshot does not reset the view's selection and
// scroll position.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column : int
    {
        CreatedColumn,
        NameColumn,
        SourceColumn,
        FromColumn,
        ToColumn,
        AccountGroupColumn,
        SnapshotIdColumn,
        ApiColumn,
        StatusColumn,
        // Last, whatever its place on screen: a header state saved before it existed keeps every
        // other column where it was (the header maps states by this number).
        ProfileColumn,
        ColumnCount,
    };
    Q_ENUM(Column)

    enum Role : int
    {
        // What the proxy sorts by: the real QDateTime for the time columns (the displayed text
        // does not sort chronologically in most locales), the displayed text otherwise.
        SortRole = Qt::UserRole + 1,
        // bool: the attempt failed, so there is no snapshot ID or link.
        FailedRole,
        // QString: the entry's key in the HistoryStore.
        KeyRole,
        // QUrl: the snapshot's link; empty for failures and for entries without one.
        LinkRole,
    };
    Q_ENUM(Role)

    explicit HistoryModel(const History& history, QObject* parent = nullptr);
    ~HistoryModel() override;

    // For sorting a time column without going through data(): the entry's time in milliseconds
    // since the epoch (an invalid time sorts first), or kNotATimeColumn for other columns.
    static constexpr qint64 kNotATimeColumn = std::numeric_limits<qint64>::max();
    qint64 sortTime(int row, int column) const;

    // The profile the entry at `row` was made with ("Default" for entries from before profiles),
    // without copying the entry: the profile filter asks it of every row.
    QString profileName(int row) const;

    // The entry at `row`; a default entry when out of range.
    HistoryEntry entry(int row) const;
    // -1 when absent.
    int rowForKey(const QString& key) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The text shown in the Status column, e.g. "Failed: Access denied".
    static QString statusText(const HistoryEntry& entry);
    // The Status column's tooltip: the text, and for an unknown outcome what is being done about it.
    static QString statusToolTip(const HistoryEntry& entry);

private:
    QVariant displayData(const HistoryEntry& entry, int column) const;
    QVariant sortData(const HistoryEntry& entry, int column) const;
    QVariant toolTipData(const HistoryEntry& entry, int column) const;
    QIcon errorIcon() const;
    QIcon unknownIcon() const;

    const History& m_history;
    mutable QIcon m_errorIcon; // created on first use: needs the application's style
    mutable QIcon m_unknownIcon;
};

} // namespace snapshotdesk
