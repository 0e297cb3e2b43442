#pragma once

#include <QDateTime>
#include <QDialog>

class QDateEdit;
class QLabel;

namespace snapshotdesk {

// Asks for a v7 snapshot's new expiration date, within the range the API accepts (tomorrow to the
// last day SnapshotRequest::latestExpirationDay() allows, just under five years ahead).
class ExpirationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExpirationDialog)

public:
    ExpirationDialog(const QString& snapshotName, const QDateTime& current, const QDateTime& now,
                     QWidget* parent = nullptr);
    ~ExpirationDialog() override;

    QDateEdit* dateEdit() const { return m_dateEdit; }
    // The end of the chosen day, local time: the snapshot is kept through that whole day.
    QDateTime expiration() const;

private:
    QDateEdit* m_dateEdit = nullptr;
};

} // namespace snapshotdesk
