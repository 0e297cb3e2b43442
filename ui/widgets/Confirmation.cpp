#include "ui/widgets/Confirmation.h"

#include <QPushButton>

namespace snapshotdesk {

std::unique_ptr<QMessageBox> Confirmation::make(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                                const QString& question, const QString& acceptText,
                                                QPushButton** accept)
{
    auto box = std::make_unique<QMessageBox>(icon, title, question, QMessageBox::Cancel, parent);
    box->setTextFormat(Qt::PlainText);
    QPushButton* button = box->addButton(acceptText, QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    if (accept)
        *accept = button;
    return box;
}

bool Confirmation::ask(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& question,
                       const QString& acceptText)
{
    QPushButton* accept = nullptr;
    const std::unique_ptr<QMessageBox> box = make(parent, icon, title, question, acceptText, &accept);
    box->exec();
    return box->clickedButton() == accept;
}

} // namespace snapshotdesk
