#include "store/History.h"

#include "core/Logging.h"

#include <QSet>

#include <algorithm>

namespace snapshotdesk {

namespace {

bool keyLess(const HistoryEntry& entry, const QString& key)
{
    return entry.key < key;
}

} // namespace

History::History(const SettingsLocation& location, QObject* parent)
    : QObject(parent)
    , m_store(std::make_unique<HistoryStore>(location))
{
    connect(m_store.get(), &HistoryStore::loaded, this, &History::takeLoad);
    connect(m_store.get(), &HistoryStore::pruned, this, &History::removeKeys);
    connect(m_store.get(), &HistoryStore::removed, this, &History::removeKeys);
    connect(m_store.get(), &HistoryStore::writeFailed, this, &History::writeFailed);
    connect(m_store.get(), &HistoryStore::saved, this, &History::saved);
    connect(m_store.get(), &HistoryStore::cleared, this, [this] {
        if (!m_entries.isEmpty()) { // an empty list stays as it is: a view keeps its state
            emit aboutToReset();
            m_entries.clear();
            emit reset();
        }
        emit cleared();
    });
}

History::~History() = default;

void History::load(std::function<void()> beforeReading)
{
    m_store->loadInBackground(std::move(beforeReading));
}

HistoryStore::LoadResult History::loadNow()
{
    const HistoryStore::LoadResult result = m_store->load();
    takeLoad(result);
    return result;
}

void History::reload()
{
    if (m_loaded)
        m_store->loadInBackground();
}

int History::indexOf(const QString& key) const
{
    const auto it = std::lower_bound(m_entries.cbegin(), m_entries.cend(), key, keyLess);
    return it != m_entries.cend() && it->key == key ? static_cast<int>(it - m_entries.cbegin()) : -1;
}

void History::takeLoad(const HistoryStore::LoadResult& result)
{
    if (!m_loaded) {
        // The first read replaces the list wholesale (it holds what was added while it ran).
        emit aboutToReset();
        m_entries = result.entries;
        m_loaded = true;
        emit reset();
    } else {
        // A reload: entry by entry, so a view keeps its selection and scroll position. Entries
        // not in the file any more were deleted by another instance; new ones were added by one.
        QSet<QString> inFile;
        inFile.reserve(result.entries.size());
        for (const HistoryEntry& entry : result.entries)
            inFile.insert(entry.key);
        QStringList gone;
        for (const HistoryEntry& entry : std::as_const(m_entries))
            if (!inFile.contains(entry.key))
                gone << entry.key;
        removeKeys(gone);
        for (const HistoryEntry& entry : result.entries) {
            const int index = indexOf(entry.key);
            if (index < 0) {
                insertSorted(entry);
                emit added(entry);
            } else if (!(m_entries.at(index) == entry)) {
                m_entries[index] = entry; // resolved by another instance
                emit changedAt(index);
                emit updated(entry);
            }
        }
    }
    emit loaded(result.skipped, result.firstProblem);
}

void History::insertSorted(const HistoryEntry& entry)
{
    const auto it = std::upper_bound(m_entries.cbegin(), m_entries.cend(), entry.key,
                                     [](const QString& key, const HistoryEntry& e) { return key < e.key; });
    const int index = static_cast<int>(it - m_entries.cbegin());
    emit aboutToInsert(index);
    m_entries.insert(index, entry);
    emit inserted(index);
}

QString History::add(HistoryEntry entry)
{
    entry.key = m_store->add(entry); // may prune the oldest (removeKeys, through pruned())
    insertSorted(entry);
    emit added(entry);
    return entry.key;
}

bool History::update(const HistoryEntry& entry)
{
    const int index = indexOf(entry.key);
    if (index < 0 || !m_store->update(entry))
        return false;
    m_entries[index] = entry;
    emit changedAt(index);
    emit updated(entry);
    return true;
}

void History::remove(const QStringList& keys)
{
    m_store->remove(keys); // removed() once they are gone from the file: removeKeys
}

void History::clear()
{
    m_store->clear(); // cleared() once the file has none
}

void History::removeKeys(const QStringList& keys)
{
    QStringList removedKeys;
    for (const QString& key : keys) {
        const int index = indexOf(key);
        if (index < 0)
            continue;
        emit aboutToRemove(index);
        m_entries.removeAt(index);
        emit removedAt(index);
        removedKeys << key;
    }
    if (!removedKeys.isEmpty())
        emit removed(removedKeys);
}

} // namespace snapshotdesk
