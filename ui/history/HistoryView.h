#pragma once

#include "core/HistoryEntry.h"
#include "ui/widgets/ThemeIcons.h"

#include <QList>
#include <QUrl>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;

namespace snapshotdesk {

class HistoryModel;
class HistoryProxyModel;
class History;
class Settings;

// The history list: filter, sort, and act on past snapshots (copy, open, reuse, export, delete).
// It presents and collects only: deleting goes through the History service, opening a link and showing
// messages are left to the main window through signals, so tests can observe them.
class HistoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryView)

public:
    // Asks the user to confirm something that cannot be undone; true to go ahead. The default shows
    // a QMessageBox; tests replace it.
    using ConfirmHandler =
        std::function<bool(const QString& title, const QString& question, const QString& acceptText)>;

    // Opening several links at once is fine; opening hundreds of browser tabs by accident is not.
    static constexpr int kMaxLinksToOpen = 10;

    // Shows `history` as it is and as it changes; until it is loaded, says it is being read.
    HistoryView(History& history, Settings& settings, QWidget* parent = nullptr);
    ~HistoryView() override;

    HistoryModel& model() const { return *m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* filterEdit() const { return m_filterEdit; }
    // "All profiles", then each profile the history holds entries of; shown only when there are
    // entries of more than one, so that someone with one account sees no control for it.
    QComboBox* profileCombo() const { return m_profileCombo; }

    // For the main window's menus and toolbar.
    QAction* copyIdAction() const { return m_copyIdAction; }
    QAction* copyLinkAction() const { return m_copyLinkAction; }
    QAction* openAction() const { return m_openAction; }
    QAction* reuseAction() const { return m_reuseAction; }
    QAction* deleteAction() const { return m_deleteAction; }
    QAction* exportSelectionAction() const { return m_exportSelectionAction; }
    QAction* exportAllAction() const { return m_exportAllAction; }
    QAction* clearAction() const { return m_clearAction; }

    // The selected entries, oldest first (the order of the store, whatever the view's sort).
    QList<HistoryEntry> selectedEntries() const;

    // Writes the selection (or everything, filter or not) as CSV to `path`, atomically. Reports the
    // outcome through message(); returns whether the file was written.
    bool exportCsv(const QString& path, bool selectionOnly);
    void copySelectedIds();
    void copySelectedLinks();
    void openSelected();
    void reuseSelected();
    // Removes the selected entries from the store; asks first when there is more than one.
    void deleteSelected();
    // Asks, naming the count, then empties the store. Returns whether it was cleared.
    bool clearAll();

    void setConfirmHandler(ConfirmHandler handler);
    // Saved by itself shortly after each change; call this too before the window closes.
    void saveHeaderState();

signals:
    void openUrlRequested(const QUrl& url);
    void reuseRequested(const snapshotdesk::HistoryEntry& entry);
    void message(const QString& text, bool isError);

private:
    void createActions();
    void restoreHeaderState();
    void showContextMenu(const QPoint& position);
    void exportWithDialog(bool selectionOnly);
    void updateActions();
    void updateEmptyState();
    // Lists the profiles found in the history in the profile filter, keeping the choice.
    void updateProfiles();
    void addProfilesOf(int firstRow, int lastRow);
    void chooseProfile(int index);
    bool confirm(const QString& title, const QString& question, const QString& acceptText);

    History& m_history;
    Settings& m_settings;
    HistoryModel* m_model = nullptr;
    HistoryProxyModel* m_proxy = nullptr;
    QLineEdit* m_filterEdit = nullptr;
    QLabel* m_profileLabel = nullptr;
    QComboBox* m_profileCombo = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QTimer* m_headerSaveTimer = nullptr;
    ConfirmHandler m_confirm;

    QAction* m_copyIdAction = nullptr;
    QAction* m_copyLinkAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_reuseAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_exportSelectionAction = nullptr;
    QAction* m_exportAllAction = nullptr;
    QAction* m_clearAction = nullptr;
    ThemeIcons m_themeIcons{this}; // the actions' icons, from the desktop's theme after the first paint
};

} // namespace snapshotdesk
