#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace snapshotdesk {

// The inline message bar at the top of the form (as in KeePassXC): errors, warnings and news are
// shown here, never as a cascade of modal boxes. Up to two action buttons; a close button.
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    enum class Type
    {
        Information,
        Positive,
        Warning,
        Error,
    };
    Q_ENUM(Type)

    struct Action
    {
        QString text;
        std::function<void()> run;
    };

    explicit MessageBar(QWidget* parent = nullptr);

    void showMessage(Type type, const QString& text, const QList<Action>& actions = {});
    void hideMessage();
    Type type() const { return m_type; }
    QString text() const;

private:
    Type m_type = Type::Information;
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QList<QPushButton*> m_buttons;
    QToolButton* m_close = nullptr;
};

} // namespace snapshotdesk
