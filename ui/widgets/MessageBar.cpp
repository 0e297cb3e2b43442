#include "ui/widgets/MessageBar.h"

#include "ui/i18n/AccessibleText.h"

#include <QAccessible>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace snapshotdesk {

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Message"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    // Messages quote the server (error texts, snapshot names): shown as text, never as markup.
    m_text->setTextFormat(Qt::PlainText);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    for (int i = 0; i < 2; ++i) {
        auto* button = new QPushButton(this);
        button->setObjectName(QStringLiteral("messageAction%1").arg(i + 1));
        button->setVisible(false);
        layout->addWidget(button, 0, Qt::AlignTop);
        m_buttons.append(button);
    }
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("messageClose"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close message"));
    m_close->setAccessibleName(tr("Close message"));
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::hideMessage);
    setVisible(false);
}

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::showMessage(Type type, const QString& text, const QList<Action>& actions)
{
    m_type = type;
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    QPalette::ColorRole tint = QPalette::AlternateBase;
    switch (type) {
    case Type::Information:
        break;
    case Type::Positive:
        pixmap = QStyle::SP_DialogApplyButton;
        break;
    case Type::Warning:
        pixmap = QStyle::SP_MessageBoxWarning;
        tint = QPalette::ToolTipBase;
        break;
    case Type::Error:
        pixmap = QStyle::SP_MessageBoxCritical;
        tint = QPalette::ToolTipBase;
        break;
    }
    // Palette roles, not fixed colours, so the bar stays readable in light and dark themes.
    QPalette p = palette();
    p.setColor(QPalette::Window, QApplication::palette().color(tint));
    p.setColor(QPalette::WindowText,
               QApplication::palette().color(tint == QPalette::ToolTipBase ? QPalette::ToolTipText
                                                                           : QPalette::WindowText));
    setPalette(p);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(pixmap).pixmap(size, size));
    m_text->setText(text);
    setAccessibleDescription(text);
    for (qsizetype i = 0; i < m_buttons.size(); ++i) {
        QPushButton* button = m_buttons.at(i);
        button->disconnect();
        const bool used = i < actions.size();
        button->setVisible(used);
        if (!used)
            continue;
        button->setText(actions.at(i).text);
        button->setAccessibleName(accessibleText(actions.at(i).text));
        connect(button, &QPushButton::clicked, this, [this, run = actions.at(i).run] {
            hideMessage();
            if (run)
                run();
        });
    }
    setVisible(true);
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void MessageBar::hideMessage()
{
    setVisible(false);
}

} // namespace snapshotdesk
