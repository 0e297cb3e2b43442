#pragma once

#include <QLabel>

namespace snapshotdesk {

// A one-line label that gives way when space runs short (the status bar's mode at 800 px in
// German): it shows as much as fits with "…", and keeps the whole text in its tooltip and
// accessible description, so nothing is lost to a pointer or a screen reader. Plain text only.
class ElidedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    void setFullText(const QString& text);
    QString fullText() const { return m_fullText; }
    bool isElided() const { return text() != m_fullText; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateShownText();

    QString m_fullText;
};

} // namespace snapshotdesk
