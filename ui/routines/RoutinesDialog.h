#pragma once

#include <QDialog>

#include <functional>

class QListWidget;
class QPushButton;

namespace snapshotdesk {

class AccountContext;
class BatchRunner;
class RoutineStore;

// Manage saved routines: run one, rename, duplicate, delete, export to or import from a JSON file.
// The file and name prompts are replaceable so tests can drive it without native dialogs.
class RoutinesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutinesDialog)

public:
    // Returns the text entered, or a null QString when the person cancelled.
    using TextPrompt =
        std::function<QString(const QString& title, const QString& label, const QString& text)>;

    // Works on `routines`; runs one in `account` (Run is off while `batch` runs).
    RoutinesDialog(RoutineStore& routines, const BatchRunner& batch, AccountContext& account,
                   QWidget* parent = nullptr);
    ~RoutinesDialog() override;

    QListWidget* list() const { return m_list; }
    QString currentId() const;

    void runCurrent();
    void renameCurrent();
    void duplicateCurrent();
    void deleteCurrent();
    void exportTo(const QString& path);
    void importFrom(const QString& path);

    void setTextPrompt(TextPrompt prompt) { m_prompt = std::move(prompt); }

signals:
    void message(const QString& text, bool isError);
    // A routine's batch has started; the window shows its progress.
    void runStarted();

private:
    void reload();
    void updateButtons();

    RoutineStore& m_routines;
    const BatchRunner& m_batch;
    AccountContext& m_account;
    QListWidget* m_list = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_renameButton = nullptr;
    QPushButton* m_duplicateButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_importButton = nullptr;
    TextPrompt m_prompt;
};

} // namespace snapshotdesk
