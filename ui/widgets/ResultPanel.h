#pragma once

#include "core/HistoryEntry.h"

#include "ui/widgets/ThemeIcons.h"

#include <QGroupBox>

class QLineEdit;
class QPushButton;
class QLabel;

namespace snapshotdesk {

class ElidedLabel;

// Shows the snapshot just created: its ID in a selectable read-only field, and buttons to copy the
// ID or link and to open the snapshot in the browser.
class ResultPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultPanel)

public:
    explicit ResultPanel(QWidget* parent = nullptr);

    void showEntry(const HistoryEntry& entry);
    void clear();
    QString snapshotId() const;
    QUrl link() const { return m_link; }

signals:
    void openUrlRequested(const QUrl& url);
    void copied(const QString& what);

private:
    QLineEdit* m_idEdit = nullptr;
    ElidedLabel* m_detail = nullptr;
    QPushButton* m_copyId = nullptr;
    QPushButton* m_copyLink = nullptr;
    QPushButton* m_open = nullptr;
    QUrl m_link;
    ThemeIcons m_themeIcons{this};
};

} // namespace snapshotdesk
