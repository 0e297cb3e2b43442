#pragma once

#include <QMessageBox>
#include <QString>

#include <memory>

class QWidget;

namespace snapshotdesk {

// The question asked before something that cannot be undone (deleting snapshots, history entries,
// routines). Cancel is the default button, so Enter destroys nothing; the question is shown as
// plain text, because it quotes names from the server or from a shared file, and in Qt's AutoText
// mode a name such as "x<!--" would hide the rest of the question ("and 499 more ... cannot be
// undone").
class Confirmation final
{
public:
    // The box, not yet shown, and its accept button (owned by the box).
    static std::unique_ptr<QMessageBox> make(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                             const QString& question, const QString& acceptText,
                                             QPushButton** accept);
    // Shows the box and says whether the user chose `acceptText`.
    static bool ask(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& question,
                    const QString& acceptText);
};

} // namespace snapshotdesk
