#include "HistoryStore.h"

#include "core/Logging.h"

#include <QUuid>

#include <algorithm>

namespace snapshotdesk {

namespace {

const QString kGroup = QStringLiteral("history");
const QString kSchemaKey = QStringLiteral("historyMeta/schema");

QString newKey(const QDateTime& createdAt)
{
    // Sortable by time, unique across processes.
    return QStringLiteral("%1-%2")
        .arg(createdAt.toMSecsSinceEpoch(), 15, 10, QLatin1Char('0'))
        .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
}

} // namespace

HistoryStore::HistoryStore(const SettingsLocation& location, QObject* parent)
    : QObject(parent)
    , m_location(location)
    , m_settings(location.open())
{}

HistoryStore::~HistoryStore() = default;

QString HistoryStore::fileName() const
{
    return m_settings->fileName();
}

void HistoryStore::setCap(int cap)
{
    m_cap = std::max(1, cap);
}

HistoryStore::LoadResult HistoryStore::load()
{
    LoadResult result;
    m_settings->sync(); // pick up what other instances wrote
    const int schema = m_settings->value(kSchemaKey, 1).toInt();
    m_settings->beginGroup(kGroup);
    QStringList keys = m_settings->childKeys();
    std::sort(keys.begin(), keys.end());
    result.entries.reserve(keys.size());
    QList<HistoryEntry> upgraded;
    for (const QString& key : std::as_const(keys)) {
        const QVariant value = m_settings->value(key);
        Parsed<HistoryEntry> parsed;
        if (value.typeId() != QMetaType::QString && value.typeId() != QMetaType::QByteArray)
            parsed.error = HistoryEntry::tr("not text");
        else
            parsed = HistoryEntry::fromJson(value.toString().toUtf8());
        if (!parsed.ok()) {
            ++result.skipped;
            if (result.firstProblem.isEmpty())
                result.firstProblem = parsed.error;
            qCWarning(lcHistory).noquote() << "skipped history entry" << key << ":" << parsed.error;
            continue;
        }
        parsed.value.key = key;
        if (schema < HistoryEntry::kSchemaVersion)
            upgraded.append(parsed.value);
        result.entries.append(std::move(parsed.value));
    }
    // Migration: rewrite entries of an older schema in the current one, key by key.
    for (const HistoryEntry& entry : std::as_const(upgraded))
        m_settings->setValue(entry.key, QString::fromUtf8(entry.toJson()));
    m_settings->endGroup();
    if (schema < HistoryEntry::kSchemaVersion) {
        m_settings->setValue(kSchemaKey, HistoryEntry::kSchemaVersion);
        syncOrReport();
    }
    m_count = static_cast<int>(result.entries.size()) + result.skipped;
    qCInfo(lcHistory) << "loaded" << result.entries.size() << "entries, skipped" << result.skipped;
    return result;
}

QString HistoryStore::add(HistoryEntry entry)
{
    entry.key = newKey(entry.createdAt.isValid() ? entry.createdAt : QDateTime::currentDateTimeUtc());
    m_settings->setValue(kSchemaKey, HistoryEntry::kSchemaVersion);
    m_settings->setValue(kGroup + u'/' + entry.key, QString::fromUtf8(entry.toJson()));
    // When the file cannot be written the entry is still shown (and kept in memory, where a later
    // sync may yet save it): the user was told by writeFailed().
    syncOrReport();
    ++m_count;
    emit added(entry);
    if (m_count > m_cap)
        prune();
    return entry.key;
}

void HistoryStore::prune()
{
    m_settings->beginGroup(kGroup);
    QStringList keys = m_settings->childKeys();
    m_settings->endGroup();
    m_count = static_cast<int>(keys.size());
    if (m_count <= m_cap)
        return;
    std::sort(keys.begin(), keys.end());
    const QStringList oldest = keys.mid(0, m_count - m_cap);
    for (const QString& key : oldest)
        m_settings->remove(kGroup + u'/' + key);
    if (!syncOrReport())
        return;
    m_count = m_cap;
    qCInfo(lcHistory) << "pruned" << oldest.size() << "oldest entries to keep" << m_cap;
    emit pruned(oldest);
}

void HistoryStore::remove(const QStringList& keys)
{
    QStringList existing;
    for (const QString& key : keys) {
        const QString path = kGroup + u'/' + key;
        if (!m_settings->contains(path))
            continue;
        m_settings->remove(path);
        existing << key;
    }
    if (existing.isEmpty() || !syncOrReport())
        return;
    m_count = std::max(0, m_count - static_cast<int>(existing.size()));
    emit removed(existing);
}

void HistoryStore::clear()
{
    m_settings->remove(kGroup);
    if (!syncOrReport())
        return;
    m_count = 0;
    emit cleared();
}

bool HistoryStore::syncOrReport()
{
    m_settings->sync();
    if (m_settings->status() == QSettings::FormatError) {
        // QSettings rewrites a file with lines it cannot parse without them, but then reports
        // FormatError for as long as it lives, which would fail every later write. Reopen it: when
        // the file now reads cleanly, the write went through.
        qCWarning(lcHistory).noquote() << "dropped unreadable lines from" << m_settings->fileName();
        m_settings.reset();
        m_settings = m_location.open();
        m_settings->sync();
    }
    if (m_settings->status() == QSettings::NoError)
        return true;
    const QString message =
        m_settings->status() == QSettings::AccessError
            ? tr("The history could not be saved to %1: check that the file and its folder are "
                 "writable.")
                  .arg(m_settings->fileName())
            : tr("The history file %1 is damaged; new entries are kept until the app closes.")
                  .arg(m_settings->fileName());
    qCWarning(lcHistory).noquote() << message;
    emit writeFailed(message);
    return false;
}

} // namespace snapshotdesk
