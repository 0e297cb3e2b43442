#pragma once

#include <QLabel>

namespace snapshotdesk {

// A label of a fixed number of lines that gives way when space runs short (the status bar's mode
// at 800 px in German, the form's hint under Create): it wraps words over its lines, ends the last
// with "…" when the text is longer, and keeps the whole text in its tooltip and accessible
// description, so nothing is lost to a pointer or a screen reader. Its height never changes with
// the text, so showing a message moves no other control. Plain text only.
class ElidedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    // How many lines the label always takes (1 by default).
    void setLineCount(int lines);
    void setFullText(const QString& text);
    QString fullText() const { return m_fullText; }
    bool isElided() const { return QString(text()).replace(u'\n', u' ') != m_fullText.simplified(); }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateShownText();

    QString m_fullText;
    int m_lines = 1;
};

} // namespace snapshotdesk
