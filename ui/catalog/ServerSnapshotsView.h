#pragma once

#include "core/ServerSnapshot.h"
#include "ui/widgets/RecordTable.h"

#include <QUrl>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace snapshotdesk {

class HistoryModel;
class History;
class ServerSnapshotModel;
class AccountContext;
class ServerSnapshotCatalog;
struct MergedSnapshot;

// The "Server snapshots" tab: what exists on the server for the current account group, merged with
// the history (created elsewhere / gone), with refresh, delete on the server and (v7) a new
// expiration date. It presents and collects: the Session's catalog does the work.
class ServerSnapshotsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerSnapshotsView)

public:
    using ConfirmHandler =
        std::function<bool(const QString& title, const QString& question, const QString& acceptText)>;
    // Returns the new expiration, or an invalid QDateTime when the person cancelled.
    using ExpirationHandler = std::function<QDateTime(const ServerSnapshot& snapshot)>;

    // Lists what `catalog` reads for the account group `account` works in, merged with `history`.
    ServerSnapshotsView(ServerSnapshotCatalog& catalog, const AccountContext& account, const History& history,
                        QWidget* parent = nullptr);
    ~ServerSnapshotsView() override;

    ServerSnapshotModel& model() const { return *m_model; }
    QTableView* table() const { return m_table; }

    void refresh();
    void deleteSelected();
    void changeExpirationOfSelected();
    QList<MergedSnapshot> selectedRows() const;

    void setConfirmHandler(ConfirmHandler handler) { m_confirm = std::move(handler); }
    void setExpirationHandler(ExpirationHandler handler) { m_askExpiration = std::move(handler); }

signals:
    void openUrlRequested(const QUrl& url);
    void message(const QString& text, bool isError);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void markStale();
    void rebuildRows();
    void updateActions();
    void setLoading(bool loading);

    ServerSnapshotCatalog& m_catalog;
    const AccountContext& m_account;
    const History& m_history;
    ServerSnapshotModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLineEdit* m_filterEdit = nullptr;
    RecordTable* m_table = nullptr;
    QToolButton* m_refreshButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QPushButton* m_expirationButton = nullptr;
    QLabel* m_statusLabel = nullptr;
    QPushButton* m_cancelButton = nullptr;
    ConfirmHandler m_confirm;
    ExpirationHandler m_askExpiration;
    bool m_stale = true;
    QDateTime m_loadingSince; // when the list being read was asked for
    QDateTime m_listedAt;     // when the list shown was asked for
};

} // namespace snapshotdesk
