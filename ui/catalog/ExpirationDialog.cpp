#include "ui/catalog/ExpirationDialog.h"

#include "core/SnapshotRequest.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace snapshotdesk {

ExpirationDialog::ExpirationDialog(const QString& snapshotName, const QDateTime& current,
                                   const QDateTime& now, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("expirationDialog"));
    setWindowTitle(tr("Change expiration"));
    auto* intro = new QLabel(tr("Keep the snapshot \"%1\" until the end of:").arg(snapshotName), this);
    intro->setWordWrap(true);
    m_dateEdit = new QDateEdit(this);
    m_dateEdit->setObjectName(QStringLiteral("expirationDateEdit"));
    m_dateEdit->setAccessibleName(tr("Expires on"));
    m_dateEdit->setCalendarPopup(true);
    const QDate today = now.toLocalTime().date();
    // The same last day as the create form: its end is within the limit the catalog checks.
    m_dateEdit->setDateRange(today.addDays(1), SnapshotRequest::latestExpirationDay(now));
    m_dateEdit->setDate(current.isValid() && current > now ? current.toLocalTime().date()
                                                           : today.addYears(1));
    auto* form = new QFormLayout;
    auto* label = new QLabel(tr("&Expires on:"), this);
    label->setBuddy(m_dateEdit);
    form->addRow(label, m_dateEdit);
    auto* hint =
        new QLabel(tr("At most %n years ahead.", nullptr, SnapshotRequest::kMaxExpirationYears), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("expirationButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    m_dateEdit->setFocus();
}

ExpirationDialog::~ExpirationDialog() = default;

QDateTime ExpirationDialog::expiration() const
{
    return SnapshotRequest::expirationAtEndOf(m_dateEdit->date());
}

} // namespace snapshotdesk
