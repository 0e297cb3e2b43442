#include "ui/widgets/ResultPanel.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace snapshotdesk {

ResultPanel::ResultPanel(QWidget* parent)
    : QGroupBox(tr("Result"), parent)
{
    setObjectName(QStringLiteral("resultPanel"));
    auto* form = new QFormLayout(this);
    auto* idLabel = new QLabel(tr("Snapshot &ID:"), this);
    m_idEdit = new QLineEdit(this);
    m_idEdit->setObjectName(QStringLiteral("snapshotIdEdit"));
    m_idEdit->setAccessibleName(tr("Snapshot ID"));
    m_idEdit->setReadOnly(true);
    m_idEdit->setPlaceholderText(tr("Create a snapshot to see its ID here"));
    idLabel->setBuddy(m_idEdit);
    form->addRow(idLabel, m_idEdit);

    m_detail = new QLabel(this);
    m_detail->setTextFormat(Qt::PlainText); // names and titles from the server
    m_detail->setObjectName(QStringLiteral("resultDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_detail);

    auto* buttons = new QHBoxLayout;
    m_copyId = new QPushButton(
        QIcon::fromTheme(QStringLiteral("edit-copy"), QIcon(QStringLiteral(":/icons/actions/edit-copy.svg"))),
        tr("Co&py ID"), this);
    m_copyId->setObjectName(QStringLiteral("copyIdButton"));
    m_copyId->setAccessibleName(tr("Copy ID"));
    m_copyLink = new QPushButton(QIcon::fromTheme(QStringLiteral("insert-link"),
                                                  QIcon(QStringLiteral(":/icons/actions/insert-link.svg"))),
                                 tr("Copy &link"), this);
    m_copyLink->setObjectName(QStringLiteral("copyLinkButton"));
    m_copyLink->setAccessibleName(tr("Copy link"));
    m_open = new QPushButton(QIcon::fromTheme(QStringLiteral("internet-web-browser"),
                                              QIcon(QStringLiteral(":/icons/actions/open-browser.svg"))),
                             tr("Open in &browser"), this);
    m_open->setObjectName(QStringLiteral("openButton"));
    m_open->setAccessibleName(tr("Open in browser"));
    buttons->addWidget(m_copyId);
    buttons->addWidget(m_copyLink);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    form->addRow(QString(), buttons);

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
    //: Under the snapshot ID: %1 snapshot name, %2 report or dashboard, %3 and %4 start and end date-times
    m_detail->setText(tr("%1 — %2, %3 to %4")
                          .arg(entry.displayName, entry.sourceName,
                               QLocale().toString(entry.from.toLocalTime(), QLocale::ShortFormat),
                               QLocale().toString(entry.to.toLocalTime(), QLocale::ShortFormat)));
    if (entry.status == HistoryEntry::Status::Unknown)
        m_detail->setText(tr("Outcome unknown: checking the server's list for %1.").arg(m_detail->text()));
    m_copyId->setEnabled(!entry.snapshotId.isEmpty());
    m_copyLink->setEnabled(!m_link.isEmpty());
    m_open->setEnabled(!m_link.isEmpty());
}

void ResultPanel::clear()
{
    m_idEdit->clear();
    m_link.clear();
    m_detail->clear();
    m_copyId->setEnabled(false);
    m_copyLink->setEnabled(false);
    m_open->setEnabled(false);
}

} // namespace snapshotdesk
