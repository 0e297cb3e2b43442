#include "store/HistoryStore.h"

#include "core/Logging.h"
#include "store/Settings.h"
#include "store/SharedSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QSet>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <utility>

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

// One thread per process does all the history's file work, in the order it was asked for. A sync
// of QSettings rewrites the whole file (several MiB with 10,000 entries), which must not block the
// UI thread; and because every store in the process queues here, a load() always sees every write
// asked for before it.
class Writer
{
public:
    static Writer& instance()
    {
        static Writer writer;
        return writer;
    }

    void post(std::function<void()> job)
    {
        QMetaObject::invokeMethod(&m_context, std::move(job), Qt::QueuedConnection);
    }

    // Runs `job` on the writer thread after everything queued before it, and waits for it.
    void call(const std::function<void()>& job)
    {
        if (QThread::currentThread() == &m_thread)
            job();
        else
            QMetaObject::invokeMethod(&m_context, job, Qt::BlockingQueuedConnection);
    }

private:
    Writer()
    {
        m_thread.setObjectName(QStringLiteral("history-writer"));
        m_context.moveToThread(&m_thread);
        m_thread.start();
    }
    ~Writer()
    {
        m_thread.quit();
        m_thread.wait();
    }

    QThread m_thread;
    QObject m_context;
};

// Most entries repeat a few account groups, reports and failure reasons: one shared copy of each
// text (QString is implicitly shared) instead of one per entry saves about 3 MiB with 10,000 entries.
void shareRepeatedText(HistoryEntry& entry, QSet<QString>& pool)
{
    for (QString* text :
         {&entry.sourceId, &entry.sourceName, &entry.aid, &entry.accountGroupName, &entry.failureReason}) {
        if (text->isEmpty())
            continue;
        const auto it = pool.constFind(*text);
        if (it != pool.cend())
            *text = *it;
        else
            pool.insert(*text);
    }
}

// Runs `job` on the UI thread with the store, unless the store is gone by then.
void reply(const QPointer<HistoryStore>& store, std::function<void(HistoryStore&)> job)
{
    if (!store)
        return;
    QMetaObject::invokeMethod(
        store.data(),
        [store, job = std::move(job)] {
            if (store)
                job(*store);
        },
        Qt::QueuedConnection);
}

} // namespace

// The store's file, used on the writer thread only (opened and closed there). Every read and
// write of it holds SharedSettings' guard, so that two instances never write back a copy without
// each other's entries.
struct HistoryStore::Backend
{
    SettingsLocation location;
    std::unique_ptr<SharedSettings> file;
    // Changes made but not yet synced, and who to tell: a burst of changes queued together is
    // written with one sync (each rewrites the whole file), by a flush queued behind them. Keys of
    // entries whose write failed stay here (and the entries in QSettings), so that the next sync,
    // at the latest when the store closes, writes them again.
    bool flushQueued = false;
    QStringList unsavedKeys;
    QPointer<HistoryStore> store;
    bool failureTold = false; // the user knows that writing fails (told once until a write succeeds)

    // The file, opened (which reads all of it) by the first thing that needs it, on this thread:
    // nothing reads the history before the window asks for it (see Session::loadHistory).
    SharedSettings& shared()
    {
        if (!file)
            file = std::make_unique<SharedSettings>(location);
        return *file;
    }
    QSettings& settings() { return *shared(); }

    void queueFlush(const std::shared_ptr<Backend>& self)
    {
        if (flushQueued)
            return;
        flushQueued = true;
        Writer::instance().post([self] { self->flush(); });
    }

    void flush()
    {
        flushQueued = false;
        if (!file)
            return; // the store is gone; its destructor flushed
        const QString problem = sync();
        if (problem.isEmpty())
            written();
        else if (!std::exchange(failureTold, true))
            reply(store, [problem](HistoryStore& s) { emit s.writeFailed(problem); });
    }

    // A sync went through: every entry added so far is on disk.
    void written()
    {
        failureTold = false;
        const QStringList keys = std::exchange(unsavedKeys, {});
        if (!keys.isEmpty())
            reply(store, [keys](HistoryStore& s) {
                for (const QString& key : keys)
                    emit s.saved(key);
            });
    }

    // Syncs; an empty string when the file was written, else what to tell the user.
    QString sync()
    {
        const QSettings::Status status = shared().sync();
        if (status == QSettings::NoError)
            return {};
        const QString message = status == QSettings::AccessError
                                    ? accessMessage(file->fileName())
                                    : HistoryStore::tr("The history file %1 is damaged; new entries are "
                                                       "kept until the app closes.")
                                          .arg(file->fileName());
        qCWarning(lcHistory).noquote() << message;
        return message;
    }

    static QString accessMessage(const QString& fileName)
    {
        return HistoryStore::tr("The history could not be saved to %1: check that the file and its folder "
                                "are writable.")
            .arg(fileName);
    }
};

HistoryStore::HistoryStore(const SettingsLocation& location, QObject* parent)
    : QObject(parent)
    , m_backend(std::make_shared<Backend>())
{
    m_backend->location = location;
    m_backend->store = this;
    // Opening reads the whole file: on the writer thread, when first needed (Backend::shared), if
    // the file's name is known beforehand; else now, to learn it.
    m_fileName = location.filePath.isEmpty() ? QString() : QFileInfo(location.filePath).absoluteFilePath();
    if (m_fileName.isEmpty())
        Writer::instance().call([this] { m_fileName = m_backend->shared().fileName(); });
}

void HistoryStore::moveFrom(const SettingsLocation& legacy)
{
    Writer::instance().post([backend = m_backend, legacy] {
        SharedSettings old(legacy);
        const QStringList keys = entryKeys(*old);
        old->beginGroup(kGroup);
        QSettings& settings = backend->settings();
        for (const QString& key : std::as_const(keys)) {
            if (!settings.contains(kGroup + u'/' + key))
                settings.setValue(kGroup + u'/' + key, old->value(key));
        }
        old->endGroup();
        const QVariant schema = old->value(kSchemaKey);
        if (keys.isEmpty() && !schema.isValid())
            return;
        if (!settings.contains(kSchemaKey))
            settings.setValue(kSchemaKey, schema.isValid() ? schema : QVariant(1));
        // Removed from the old file only once they are safe in the new one.
        if (!backend->sync().isEmpty())
            return;
        for (const QString& key : std::as_const(keys))
            old->remove(kGroup + u'/' + key);
        old->remove(kSchemaKey);
        old.sync();
        qCInfo(lcHistory).noquote() << "moved" << keys.size() << "history entries from" << old->fileName()
                                    << "to" << settings.fileName();
    });
}

HistoryStore::~HistoryStore()
{
    // Waits for this store's writes, and closes its file on the writer thread. Entries whose
    // writes failed are tried once more here; what still fails can only be logged now.
    std::shared_ptr<Backend> backend = m_backend;
    Writer::instance().call([backend] {
        if (backend->flushQueued || !backend->unsavedKeys.isEmpty())
            backend->flush(); // a queued flush then finds nothing to do
        if (!backend->unsavedKeys.isEmpty())
            qCWarning(lcHistory).noquote()
                << backend->unsavedKeys.size() << "history entries could not be saved to"
                << backend->file->fileName();
        backend->file.reset();
    });
}

QStringList HistoryStore::entryKeys(QSettings& settings)
{
    settings.beginGroup(kGroup);
    QStringList keys = settings.childKeys();
    settings.endGroup();
    const QString cap = Settings::keyName(Settings::Key::HistoryCap);
    if (cap.startsWith(kGroup + u'/'))
        keys.removeAll(cap.mid(kGroup.size() + 1));
    std::sort(keys.begin(), keys.end());
    return keys;
}

QString HistoryStore::fileName() const
{
    return m_fileName;
}

void HistoryStore::setCap(int cap)
{
    m_cap = std::max(1, cap);
}

bool HistoryStore::plainlyUnwritable() const
{
    // A cheap check on this thread, so that the common failure is told at once; the writer thread
    // reports whatever else goes wrong.
    const QFileInfo file(m_fileName);
    if (!file.isAbsolute())
        return false; // not a file (registry, plist)
    if (file.exists())
        return !file.isWritable();
    QFileInfo dir(file.absolutePath());
    while (!dir.exists() && !dir.isRoot() && dir.absoluteFilePath() != dir.absolutePath())
        dir = QFileInfo(dir.absolutePath()); // QSettings creates missing folders
    return !dir.isDir() || !dir.isWritable();
}

// What one read of the file found, handed from the writer thread to the store.
struct HistoryStore::ReadResult
{
    LoadResult result;
    QStringList keys;     // every key, readable or not, oldest first
    QString writeProblem; // the schema migration could not be written
};

// Runs on the writer thread.
HistoryStore::ReadResult HistoryStore::read(Backend& backend)
{
    ReadResult read;
    LoadResult& result = read.result;
    backend.shared().sync(); // pick up what other instances wrote (a damaged file reads in part)
    QSettings& settings = backend.settings();
    const int schema = settings.value(kSchemaKey, 1).toInt();
    QStringList keys = entryKeys(settings);
    settings.beginGroup(kGroup);
    result.entries.reserve(keys.size());
    QList<HistoryEntry> upgraded;
    QSet<QString> pool;
    for (const QString& key : std::as_const(keys)) {
        const QVariant value = settings.value(key);
        Parsed<HistoryEntry> parsed;
        if (value.typeId() == QMetaType::QByteArray) // "@ByteArray(…)": what add() writes
            parsed =
                HistoryEntry::fromStored(QByteArrayView(*static_cast<const QByteArray*>(value.constData())));
        else if (value.typeId() == QMetaType::QString) // older versions, and hand edits
            parsed = HistoryEntry::fromStored(QStringView(*static_cast<const QString*>(value.constData())));
        else
            parsed.error = HistoryEntry::tr("not text");
        if (!parsed.ok()) {
            ++result.skipped;
            if (result.firstProblem.isEmpty())
                result.firstProblem = parsed.error;
            qCWarning(lcHistory).noquote() << "skipped history entry" << key << ":" << parsed.error;
            continue;
        }
        parsed.value.key = key;
        shareRepeatedText(parsed.value, pool);
        if (schema < HistoryEntry::kSchemaVersion)
            upgraded.append(parsed.value);
        result.entries.append(std::move(parsed.value));
    }
    // Migration: rewrite entries of an older schema in the current one, key by key. Not while
    // some entry does not read: the file is left exactly as found until the damage was looked at
    // and a copy kept (see Session); the older entries read just as well meanwhile.
    const bool migrate = schema < HistoryEntry::kSchemaVersion && result.skipped == 0;
    if (migrate) {
        for (const HistoryEntry& entry : std::as_const(upgraded))
            settings.setValue(entry.key, entry.toStored());
    }
    settings.endGroup();
    if (migrate) {
        settings.setValue(kSchemaKey, HistoryEntry::kSchemaVersion);
        read.writeProblem = backend.sync();
    }
    read.keys = std::move(keys);
    return read;
}

HistoryStore::LoadResult HistoryStore::load()
{
    ReadResult result;
    Writer::instance().call([&result, backend = m_backend] { result = read(*backend); });
    return finishLoad(std::move(result), false);
}

void HistoryStore::loadInBackground(std::function<void()> beforeReading)
{
    if (m_loading)
        return;
    m_loading = true;
    m_addedWhileLoading.clear();
    Writer::instance().post([backend = m_backend, beforeReading = std::move(beforeReading)] {
        if (beforeReading)
            beforeReading();
        ReadResult result = read(*backend);
        reply(backend->store, [result = std::move(result)](HistoryStore& store) mutable {
            emit store.loaded(store.finishLoad(std::move(result), true));
        });
    });
}

HistoryStore::LoadResult HistoryStore::finishLoad(ReadResult read, bool background)
{
    if (!read.writeProblem.isEmpty())
        emit writeFailed(read.writeProblem);
    if (background) {
        // Entries added while it ran were written after it read the file.
        m_loading = false;
        const QList<HistoryEntry> added = std::exchange(m_addedWhileLoading, {});
        for (const HistoryEntry& entry : added) {
            read.keys.insert(std::upper_bound(read.keys.begin(), read.keys.end(), entry.key), entry.key);
            read.result.entries.append(entry);
        }
    }
    m_keys = std::move(read.keys); // every key, readable or not, oldest first: what the cap counts
    qCInfo(lcHistory) << "loaded" << read.result.entries.size() << "entries, skipped" << read.result.skipped;
    return std::move(read.result);
}

QString HistoryStore::add(HistoryEntry entry)
{
    entry.key = newKey(entry.createdAt.isValid() ? entry.createdAt : QDateTime::currentDateTimeUtc());
    // When the file cannot be written the entry is still shown (and kept in memory, where a later
    // sync may yet save it): the user is told by writeFailed(), at once when the file or folder is
    // plainly not writable, else as soon as the writer thread finds out.
    const bool told = plainlyUnwritable();
    if (told)
        emit writeFailed(Backend::accessMessage(m_fileName));
    Writer::instance().post([backend = m_backend, key = entry.key, stored = entry.toStored(), told] {
        backend->settings().setValue(kSchemaKey, HistoryEntry::kSchemaVersion);
        backend->settings().setValue(kGroup + u'/' + key, stored);
        backend->unsavedKeys.append(key);
        backend->failureTold = backend->failureTold || told;
        backend->queueFlush(backend);
    });
    m_keys.insert(std::upper_bound(m_keys.begin(), m_keys.end(), entry.key), entry.key);
    if (m_loading)
        m_addedWhileLoading.append(entry);
    emit added(entry);
    if (m_keys.size() > m_cap)
        prune();
    return entry.key;
}

bool HistoryStore::update(const HistoryEntry& entry)
{
    const auto it = std::lower_bound(m_keys.cbegin(), m_keys.cend(), entry.key);
    if (entry.key.isEmpty() || it == m_keys.cend() || *it != entry.key)
        return false;
    if (plainlyUnwritable())
        emit writeFailed(Backend::accessMessage(m_fileName));
    Writer::instance().post([backend = m_backend, key = entry.key, stored = entry.toStored()] {
        // Another instance may have deleted it meanwhile: an update must not bring it back.
        const QString settingsKey = kGroup + u'/' + key;
        if (!backend->settings().contains(settingsKey))
            return;
        backend->settings().setValue(settingsKey, stored);
        backend->unsavedKeys.append(key);
        backend->queueFlush(backend);
    });
    if (m_loading) {
        for (HistoryEntry& added : m_addedWhileLoading) {
            if (added.key == entry.key)
                added = entry;
        }
    }
    emit updated(entry);
    return true;
}

void HistoryStore::prune()
{
    const QStringList oldest = m_keys.mid(0, m_keys.size() - m_cap);
    m_keys.remove(0, oldest.size());
    Writer::instance().post([backend = m_backend, oldest] {
        for (const QString& key : oldest)
            backend->settings().remove(kGroup + u'/' + key);
        backend->queueFlush(backend);
    });
    qCInfo(lcHistory) << "pruned" << oldest.size() << "oldest entries to keep" << m_cap;
    emit pruned(oldest);
}

void HistoryStore::remove(const QStringList& keys)
{
    QStringList existing;
    for (const QString& key : keys) {
        const auto it = std::lower_bound(m_keys.begin(), m_keys.end(), key);
        if (it != m_keys.end() && *it == key && !existing.contains(key))
            existing << key;
    }
    if (existing.isEmpty())
        return;
    // A deliberate, rare action that the user watches: done before returning, so that the rows go
    // only once they are gone from the file (this waits for the writes queued before it).
    QString problem;
    Writer::instance().call([&problem, backend = m_backend, &existing] {
        for (const QString& key : existing) {
            backend->settings().remove(kGroup + u'/' + key);
            backend->unsavedKeys.removeOne(key);
        }
        problem = backend->sync();
        if (problem.isEmpty())
            backend->written(); // entries added before, and not removed, went with it
    });
    if (!problem.isEmpty()) {
        emit writeFailed(problem);
        return;
    }
    for (const QString& key : std::as_const(existing))
        m_keys.removeOne(key);
    emit removed(existing);
}

void HistoryStore::clear()
{
    QString problem;
    Writer::instance().call([&problem, backend = m_backend] {
        backend->settings().remove(kGroup);
        problem = backend->sync();
        if (problem.isEmpty())
            backend->unsavedKeys.clear(); // gone with the rest
    });
    if (!problem.isEmpty()) {
        emit writeFailed(problem);
        return;
    }
    m_keys.clear();
    emit cleared();
}

} // namespace snapshotdesk
