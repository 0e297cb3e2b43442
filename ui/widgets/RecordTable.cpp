#include "ui/widgets/RecordTable.h"

#include <QHeaderView>
#include <QMenu>

namespace snapshotdesk {

RecordTable::RecordTable(QAbstractItemModel* model, QWidget* parent)
    : QTableView(parent)
{
    setModel(model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    // Not every column fits at 800 px: some start hidden, and a right-click on the header shows or
    // hides any of them, as in a file manager.
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &RecordTable::showColumnMenu);
}

void RecordTable::fitColumns(const QList<int>& hidden, const QHash<int, QString>& widestText)
{
    QHeaderView* header = horizontalHeader();
    const int margin = 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) +
                       fontMetrics().averageCharWidth();
    for (int column = 0; column < header->count(); ++column) {
        header->setSectionHidden(column, hidden.contains(column));
        // At least the whole header text, and the widest value where one is known.
        int width = header->sectionSizeHint(column);
        if (const auto it = widestText.constFind(column); it != widestText.cend())
            width = std::max(width, fontMetrics().horizontalAdvance(*it) + margin);
        header->resizeSection(column, width);
    }
}

void RecordTable::showColumnMenu(const QPoint& position)
{
    QHeaderView* header = horizontalHeader();
    QMenu menu(this);
    for (int column = 0; column < header->count(); ++column) {
        QAction* action = menu.addAction(model()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The last visible column stays: a table without columns could not be brought back.
        action->setEnabled(header->isSectionHidden(column) ||
                           header->count() - header->hiddenSectionCount() > 1);
        connect(action, &QAction::toggled, this, [header, column](bool shown) {
            header->setSectionHidden(column, !shown);
            if (shown && header->sectionSize(column) < header->sectionSizeHint(column))
                header->resizeSection(column, header->sectionSizeHint(column));
        });
    }
    menu.exec(header->viewport()->mapToGlobal(position));
}

} // namespace snapshotdesk
