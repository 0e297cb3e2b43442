#pragma once

#include <QTableView>

namespace snapshotdesk {

// A read-only table of records, one per row, as the history and the server's snapshot list show
// them: whole rows selected (several at once), no editing, alternating rows, no row numbers, the
// last column taking the rest of the width. The caller adds its own names and behaviour.
class RecordTable final : public QTableView
{
    Q_OBJECT

public:
    explicit RecordTable(QAbstractItemModel* model, QWidget* parent = nullptr);

    // First-run column layout: `hidden` columns hidden, every other column as wide as its header
    // text and, where given, the widest value it will show (a date and time).
    void fitColumns(const QList<int>& hidden, const QHash<int, QString>& widestText);

private:
    void showColumnMenu(const QPoint& position);
};

} // namespace snapshotdesk
