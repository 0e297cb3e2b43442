#include "ui/widgets/ResultPanel.h"

#include "ui/i18n/DateTimeText.h"
#include "ui/widgets/ElidedLabel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace snapshotdesk {

ResultPanel::ResultPanel(QWidget* parent)
    : QGroupBox(tr("Result"), parent)
{
    setObjectName(QStringLiteral("resultPanel"));
    // One column beside the form: the ID, what it is, and the buttons under each other, so that
    // they fit in every language and are always in view.
    auto* form = new QVBoxLayout(this);
    auto* idLabel = new QLabel(tr("Snapshot &ID:"), this);
    m_idEdit = new QLineEdit(this);
    m_idEdit->setObjectName(QStringLiteral("snapshotIdEdit"));
    m_idEdit->setAccessibleName(tr("Snapshot ID"));
    m_idEdit->setReadOnly(true);
    m_idEdit->setPlaceholderText(tr("Create a snapshot to see its ID here"));
    idLabel->setBuddy(m_idEdit);
    form->addWidget(idLabel);
    form->addWidget(m_idEdit);

    // Two lines kept free: a result that arrives moves nothing.
    m_detail = new ElidedLabel(this);
    m_detail->setObjectName(QStringLiteral("resultDetail"));
    m_detail->setLineCount(2);
    form->addWidget(m_detail);

    auto* buttons = new QVBoxLayout;
    m_copyId = new QPushButton(QIcon(QStringLiteral(":/icons/actions/edit-copy.svg")), tr("Co&py ID"), this);
    m_themeIcons.add(m_copyId, QStringLiteral("edit-copy"));
    m_copyId->setObjectName(QStringLiteral("copyIdButton"));
    m_copyId->setAccessibleName(tr("Copy ID"));
    m_copyLink =
        new QPushButton(QIcon(QStringLiteral(":/icons/actions/insert-link.svg")), tr("Copy &link"), this);
    m_themeIcons.add(m_copyLink, QStringLiteral("insert-link"));
    m_copyLink->setObjectName(QStringLiteral("copyLinkButton"));
    m_copyLink->setAccessibleName(tr("Copy link"));
    m_open = new QPushButton(QIcon(QStringLiteral(":/icons/actions/open-browser.svg")),
                             tr("Open in &browser"), this);
    m_themeIcons.add(m_open, QStringLiteral("internet-web-browser"));
    m_open->setObjectName(QStringLiteral("openButton"));
    m_open->setAccessibleName(tr("Open in browser"));
    buttons->addWidget(m_copyId);
    buttons->addWidget(m_copyLink);
    buttons->addWidget(m_open);
    form->addLayout(buttons);

    connect(m_copyId, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(snapshotId());
        emit copied(tr("Snapshot ID copied."));
    });
    connect(m_copyLink, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_link.toString(QUrl::FullyEncoded));
        emit copied(tr("Link copied."));
    });
    connect(m_open, &QPushButton::clicked, this, [this] { emit openUrlRequested(m_link); });
    clear();
}

QString ResultPanel::snapshotId() const
{
    return m_idEdit->text();
}

void ResultPanel::showEntry(const HistoryEntry& entry)
{
    m_idEdit->setText(entry.snapshotId);
    m_link = entry.link;
    // The name and when it was made: the form may already show the next one, so the range and
    // the source are left to the history.
    //: Under the snapshot ID: %1 the snapshot's name, %2 when it was made (2026-12-03 14:09)
    QString detail = tr("\"%1\", created %2").arg(entry.displayName, dateTimeText(entry.createdAt));
    if (entry.status == HistoryEntry::Status::Unknown)
        detail = tr("Outcome unknown: checking the server's list for \"%1\".").arg(entry.displayName);
    m_detail->setFullText(detail);
    m_copyId->setEnabled(!entry.snapshotId.isEmpty());
    m_copyLink->setEnabled(!m_link.isEmpty());
    m_open->setEnabled(!m_link.isEmpty());
}

void ResultPanel::clear()
{
    m_idEdit->clear();
    m_link.clear();
    m_detail->setFullText(QString());
    m_copyId->setEnabled(false);
    m_copyLink->setEnabled(false);
    m_open->setEnabled(false);
}

} // namespace snapshotdesk
