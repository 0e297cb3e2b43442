#pragma once

#include "core/SnapshotMerge.h"

#include <QAbstractTableModel>
#include <QList>

namespace snapshotdesk {

// The server's snapshots merged with the history, as a table for the view; sorting and filtering
// are the proxy's job.
class ServerSnapshotModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerSnapshotModel)

public:
    enum Column : int
    {
        NameColumn,
        SourceColumn,
        RangeColumn,
        CreatedColumn,
        ExpiresColumn,
        SharedColumn,
        LinkColumn,
        StatusColumn,
        ColumnCount,
    };
    Q_ENUM(Column)

    enum Role : int
    {
        SortRole = Qt::UserRole + 1, // QDateTime for the time columns, the text otherwise
        LinkRole,                    // QUrl
        GoneRole,                    // bool: only in the history, no longer on the server
    };

    explicit ServerSnapshotModel(QObject* parent = nullptr);
    ~ServerSnapshotModel() override;

    void setRows(const QList<MergedSnapshot>& rows, ApiVersion version);
    const QList<MergedSnapshot>& rows() const { return m_rows; }
    MergedSnapshot row(int index) const { return m_rows.value(index); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString originText(MergedSnapshot::Origin origin);

private:
    QList<MergedSnapshot> m_rows;
    ApiVersion m_version = ApiVersion::V7;
};

} // namespace snapshotdesk
