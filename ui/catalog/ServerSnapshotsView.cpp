#include "ui/catalog/ServerSnapshotsView.h"

#include "ui/widgets/Confirmation.h"

#include "api/ServerSnapshotCatalog.h"
#include "session/AccountContext.h"
#include "store/History.h"
#include "ui/catalog/ExpirationDialog.h"
#include "ui/catalog/ServerSnapshotModel.h"
#include "ui/history/HistoryModel.h"
#include "ui/i18n/DateTimeText.h"
#include "ui/widgets/RecordTable.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace snapshotdesk {

namespace {

// A confirmation names what it deletes, but a list of hundreds of names helps nobody.
constexpr int kNamesInConfirmation = 5;

} // namespace

ServerSnapshotsView::ServerSnapshotsView(ServerSnapshotCatalog& catalog, const AccountContext& account,
                                         const History& history, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_account(account)
    , m_history(history)
    , m_model(new ServerSnapshotModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_confirm = [this](const QString& title, const QString& question, const QString& acceptText) {
        return Confirmation::ask(this, QMessageBox::Warning, title, question, acceptText);
    };
    m_askExpiration = [this](const ServerSnapshot& snapshot) {
        ExpirationDialog dialog(snapshot.name, snapshot.expires, m_account.clock().now(), this);
        return dialog.exec() == QDialog::Accepted ? dialog.expiration() : QDateTime();
    };

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ServerSnapshotModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_refreshButton = new QToolButton(this);
    m_refreshButton->setObjectName(QStringLiteral("serverRefreshButton"));
    m_refreshButton->setIcon(QIcon(QStringLiteral(":/icons/actions/view-refresh.svg")));
    m_refreshButton->setText(tr("Refresh"));
    m_refreshButton->setAccessibleName(tr("Refresh"));
    m_refreshButton->setToolTip(tr("Read the list of snapshots from the server again"));
    m_deleteButton = new QPushButton(tr("&Delete on server…"), this);
    m_deleteButton->setObjectName(QStringLiteral("serverDeleteButton"));
    m_deleteButton->setAccessibleName(tr("Delete on server…"));
    m_expirationButton = new QPushButton(tr("Change e&xpiration…"), this);
    m_expirationButton->setObjectName(QStringLiteral("serverExpirationButton"));
    m_expirationButton->setAccessibleName(tr("Change expiration…"));

    auto* filterLabel = new QLabel(tr("F&ilter:"), this);
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("serverFilterEdit"));
    m_filterEdit->setAccessibleName(tr("Filter"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setPlaceholderText(tr("Name, dashboard, status…"));
    filterLabel->setBuddy(m_filterEdit);

    m_table = new RecordTable(m_proxy, this);
    m_table->setObjectName(QStringLiteral("serverSnapshotsTable"));
    m_table->setAccessibleName(tr("Server snapshots"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ServerSnapshotModel::CreatedColumn, Qt::DescendingOrder);
    // Dates whole, the Status column last and stretched; the creation time, Shared and the link
    // (a double-click opens it) start hidden so the rest fits at 800 px. A right-click on the header
    // shows them.
    const QString time = QDateTime(QDate(2026, 12, 28), QTime(23, 58)).toString(datetimeformat::kDateTime);
    m_table->fitColumns(
        {ServerSnapshotModel::CreatedColumn, ServerSnapshotModel::SharedColumn,
         ServerSnapshotModel::LinkColumn},
        {{ServerSnapshotModel::NameColumn, QString(18, u'x')},
         {ServerSnapshotModel::SourceColumn, QString(12, u'x')},
         {ServerSnapshotModel::RangeColumn, ServerSnapshotModel::tr("%1 – %2").arg(time, time)},
         {ServerSnapshotModel::CreatedColumn, time},
         {ServerSnapshotModel::ExpiresColumn, time}});

    m_statusLabel = new QLabel(this);
    m_statusLabel->setTextFormat(Qt::PlainText); // may quote the server
    m_statusLabel->setObjectName(QStringLiteral("serverStatusLabel"));
    m_cancelButton = new QPushButton(tr("Stop &loading"), this);
    m_cancelButton->setObjectName(QStringLiteral("serverCancelButton"));
    m_cancelButton->setAccessibleName(tr("Stop loading"));
    m_cancelButton->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(m_refreshButton);
    top->addWidget(filterLabel);
    top->addWidget(m_filterEdit, 1);
    top->addWidget(m_deleteButton);
    top->addWidget(m_expirationButton);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_statusLabel, 1);
    bottom->addWidget(m_cancelButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    setTabOrder(m_refreshButton, m_filterEdit);
    setTabOrder(m_filterEdit, m_deleteButton);
    setTabOrder(m_deleteButton, m_expirationButton);
    setTabOrder(m_expirationButton, m_table);
    setTabOrder(m_table, m_cancelButton);
    setFocusProxy(m_table);

    connect(m_refreshButton, &QToolButton::clicked, this, &ServerSnapshotsView::refresh);
    connect(m_deleteButton, &QPushButton::clicked, this, &ServerSnapshotsView::deleteSelected);
    connect(m_expirationButton, &QPushButton::clicked, this,
            &ServerSnapshotsView::changeExpirationOfSelected);
    connect(m_cancelButton, &QPushButton::clicked, &m_catalog, &ServerSnapshotCatalog::cancel);
    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ServerSnapshotsView::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QUrl link = index.data(ServerSnapshotModel::LinkRole).toUrl();
        if (!link.isEmpty())
            emit openUrlRequested(link);
    });

    connect(&catalog, &ServerSnapshotCatalog::listChanged, this, &ServerSnapshotsView::rebuildRows);
    connect(&catalog, &ServerSnapshotCatalog::loadingChanged, this, &ServerSnapshotsView::setLoading);
    // What the history holds from this moment on, the list being read cannot show.
    connect(&catalog, &ServerSnapshotCatalog::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_loadingSince = m_account.clock().now();
    });
    connect(&catalog, &ServerSnapshotCatalog::loaded, this, [this] { m_listedAt = m_loadingSince; });
    connect(&catalog, &ServerSnapshotCatalog::progress, this, [this](int pages, int snapshots) {
        m_statusLabel->setText(tr("Loading… %n snapshots so far", nullptr, snapshots) + u' ' +
                               tr("(page %1)").arg(pages));
    });
    connect(&catalog, &ServerSnapshotCatalog::loadCancelled, this,
            [this] { m_statusLabel->setText(tr("Loading stopped; the list shown is the previous one.")); });
    connect(&catalog, &ServerSnapshotCatalog::loadFailed, this, [this](const ApiError& error) {
        QString text = tr("The server snapshots could not be listed: %1").arg(error.userMessage());
        if (!error.serverMessage().isEmpty())
            text += u' ' + tr("The server said: %1").arg(error.serverMessage());
        m_statusLabel->setText(tr("The list could not be loaded."));
        emit message(text, true);
    });
    connect(
        &catalog, &ServerSnapshotCatalog::actionFailed, this,
        [this](ServerSnapshotCatalog::Action action, const ServerSnapshot& snapshot, const ApiError& error) {
            QString text = action == ServerSnapshotCatalog::Action::Delete
                               ? tr("\"%1\" could not be deleted: %2").arg(snapshot.name, error.userMessage())
                               : tr("The expiration of \"%1\" could not be changed: %2")
                                     .arg(snapshot.name, error.userMessage());
            if (!error.serverMessage().isEmpty())
                text += u' ' + error.serverMessage();
            emit message(text, true);
        });
    connect(&catalog, &ServerSnapshotCatalog::removed, this, [this](const QString& id) {
        emit message(tr("Snapshot %1 was deleted on the server.").arg(id), false);
    });
    connect(&catalog, &ServerSnapshotCatalog::expirationChanged, this,
            [this](const QString& id, const QDateTime& expires) {
                emit message(tr("Snapshot %1 now expires on %2.").arg(id, dateTimeText(expires)), false);
            });

    // The list belongs to one account group and one configuration: a change makes it stale, and it
    // is read again at once if the tab is showing, else when it is next shown.
    connect(&m_account, &AccountContext::changed, this, &ServerSnapshotsView::markStale);
    // The history decides what is "created elsewhere" and "gone".
    connect(&m_history, &History::inserted, this, &ServerSnapshotsView::rebuildRows);
    connect(&m_history, &History::removedAt, this, &ServerSnapshotsView::rebuildRows);
    connect(&m_history, &History::changedAt, this, &ServerSnapshotsView::rebuildRows);
    connect(&m_history, &History::reset, this, &ServerSnapshotsView::rebuildRows);

    m_statusLabel->setText(tr("Not loaded yet."));
    updateActions();
}

ServerSnapshotsView::~ServerSnapshotsView() = default;

void ServerSnapshotsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ServerSnapshotsView::markStale()
{
    m_stale = true;
    m_model->setRows({}, m_account.apiVersion());
    updateActions();
    if (isVisible())
        refresh();
}

void ServerSnapshotsView::refresh()
{
    if (!m_account.hasCredentials()) {
        m_statusLabel->setText(tr("Set up an account (or try the demo) to see the snapshots on the server."));
        return;
    }
    m_stale = false;
    m_catalog.refresh(m_account.currentAid());
}

void ServerSnapshotsView::setLoading(bool loading)
{
    m_cancelButton->setVisible(loading);
    m_refreshButton->setEnabled(!loading);
    if (loading)
        m_statusLabel->setText(tr("Loading…"));
    else if (m_catalog.hasList())
        rebuildRows();
}

void ServerSnapshotsView::rebuildRows()
{
    const ServerSnapshotCatalog& catalog = m_catalog;
    if (!catalog.hasList()) {
        m_model->setRows({}, m_account.apiVersion());
        updateActions();
        return;
    }
    const QList<MergedSnapshot> rows = SnapshotMerge::merge(m_history.entries(), catalog.snapshots(),
                                                            catalog.aid(), catalog.version(), m_listedAt);
    m_model->setRows(rows, catalog.version());
    const auto count = [&rows](MergedSnapshot::Origin origin) {
        return static_cast<int>(std::count_if(
            rows.cbegin(), rows.cend(), [origin](const MergedSnapshot& r) { return r.origin == origin; }));
    };
    const int onServer = static_cast<int>(catalog.snapshots().size());
    QString text = tr("%n snapshots on the server", nullptr, onServer);
    if (const int elsewhere = count(MergedSnapshot::Origin::CreatedElsewhere); elsewhere > 0)
        text += QStringLiteral(", ") + tr("%n created elsewhere", nullptr, elsewhere);
    if (const int gone = count(MergedSnapshot::Origin::Gone); gone > 0)
        text += QStringLiteral(", ") + tr("%n from the history gone", nullptr, gone);
    if (!catalog.isLoading())
        m_statusLabel->setText(text + u'.');
    updateActions();
}

QList<MergedSnapshot> ServerSnapshotsView::selectedRows() const
{
    QList<MergedSnapshot> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows.append(m_model->row(m_proxy->mapToSource(index).row()));
    return rows;
}

void ServerSnapshotsView::updateActions()
{
    const QList<MergedSnapshot> rows = selectedRows();
    const bool anyOnServer = std::any_of(rows.cbegin(), rows.cend(), [](const MergedSnapshot& r) {
        return r.origin != MergedSnapshot::Origin::Gone;
    });
    m_deleteButton->setEnabled(anyOnServer);
    const bool v7 = m_account.apiVersion() == ApiVersion::V7;
    m_expirationButton->setVisible(v7);
    m_expirationButton->setEnabled(v7 && rows.size() == 1 && anyOnServer);
}

void ServerSnapshotsView::deleteSelected()
{
    QList<ServerSnapshot> snapshots;
    QStringList names;
    for (const MergedSnapshot& row : selectedRows()) {
        if (row.origin == MergedSnapshot::Origin::Gone)
            continue;
        snapshots.append(row.server);
        if (names.size() < kNamesInConfirmation)
            names.append(QStringLiteral("\"%1\" (%2)").arg(row.server.name, row.server.id));
    }
    if (snapshots.isEmpty())
        return;
    QString list = names.join(QStringLiteral(", "));
    if (snapshots.size() > names.size())
        list += u' ' + tr("and %n more", nullptr, static_cast<int>(snapshots.size() - names.size()));
    const QString question =
        tr("Delete %n snapshots on the ThousandEyes server: %1? Anyone with the link loses access. This "
           "cannot be undone.",
           nullptr, static_cast<int>(snapshots.size()))
            .arg(list);
    if (!m_confirm(tr("Delete on server"), question, tr("&Delete")))
        return;
    m_catalog.remove(snapshots);
}

void ServerSnapshotsView::changeExpirationOfSelected()
{
    const QList<MergedSnapshot> rows = selectedRows();
    if (rows.size() != 1 || rows.constFirst().origin == MergedSnapshot::Origin::Gone)
        return;
    const QDateTime expires = m_askExpiration(rows.constFirst().server);
    if (!expires.isValid())
        return;
    m_catalog.changeExpiration(rows.constFirst().server, expires);
}

} // namespace snapshotdesk
