#include "ui/widgets/ElidedLabel.h"

#include <QResizeEvent>
#include <QTextLayout>

namespace snapshotdesk {

ElidedLabel::ElidedLabel(QWidget* parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void ElidedLabel::setLineCount(int lines)
{
    m_lines = std::max(1, lines);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // As wide as the layout allows, never asking for more than a few letters.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    updateGeometry();
    updateShownText();
}

void ElidedLabel::setFullText(const QString& text)
{
    m_fullText = text;
    setToolTip(text);
    setAccessibleDescription(text);
    updateGeometry();
    updateShownText();
}

QSize ElidedLabel::minimumSizeHint() const
{
    // Room for a few letters and the ellipsis: below that it says nothing.
    const QMargins m = contentsMargins();
    return {fontMetrics().horizontalAdvance(QStringLiteral("MMM…")),
            m_lines * fontMetrics().lineSpacing() + 2 * margin() + m.top() + m.bottom()};
}

QSize ElidedLabel::sizeHint() const
{
    if (m_lines > 1)
        return minimumSizeHint();
    const QMargins m = contentsMargins();
    return {fontMetrics().horizontalAdvance(m_fullText) + 2 * margin() + m.left() + m.right(),
            minimumSizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    updateShownText();
}

void ElidedLabel::updateShownText()
{
    const int room = std::max(0, contentsRect().width() - 2 * margin());
    if (m_lines == 1) {
        setText(fontMetrics().elidedText(m_fullText, Qt::ElideRight, room));
        return;
    }
    // Wrap at word boundaries over the first lines; the last takes the rest, elided.
    QTextLayout layout(m_fullText, font());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    while (lines.size() < m_lines - 1) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(room);
        lines << m_fullText.mid(line.textStart(), line.textLength()).trimmed();
    }
    QTextLine last = layout.createLine();
    if (last.isValid()) {
        last.setLineWidth(room);
        lines << fontMetrics().elidedText(m_fullText.mid(last.textStart()).simplified(), Qt::ElideRight,
                                          room);
    }
    layout.endLayout();
    setText(lines.join(u'\n'));
}

} // namespace snapshotdesk
