#include "store/SharedSettings.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QStandardPaths>
#include <QtEndian>

#include <utility>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <cerrno>
#include <sys/file.h>
#include <sys/stat.h>
#endif

namespace snapshotdesk {

namespace {

std::unique_ptr<SharedSettings::File> openManual(const SettingsLocation& location)
{
    if (!location.filePath.isEmpty())
        return std::make_unique<SharedSettings::File>(location.filePath, location.format);
    return std::make_unique<SharedSettings::File>(QSettings::NativeFormat, QSettings::UserScope,
                                                  QCoreApplication::organizationName(),
                                                  QCoreApplication::applicationName());
}

// Whether QSettings keeps this location in a file that it rewrites whole on every sync.
bool isRewrittenFile(const SettingsLocation& location)
{
    if (location.format == QSettings::IniFormat)
        return true;
#if defined(Q_OS_WIN) || defined(Q_OS_DARWIN)
    return false; // the registry and CFPreferences store each key by itself
#else
    return location.format == QSettings::NativeFormat;
#endif
}

QString guardPathFor(const SettingsLocation& location)
{
    if (!location.filePath.isEmpty())
        return SharedSettings::guardFileName(QFileInfo(location.filePath).absoluteFilePath());
    // The native file's own path is known only once QSettings has read it; any path that every
    // instance derives alike serves as the lock: the one Qt uses for the file on Linux.
    return SharedSettings::guardFileName(
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u'/' +
        QCoreApplication::organizationName() + u'/' + QCoreApplication::applicationName() +
        QStringLiteral(".conf"));
}

// What QSettings compares to decide that a file is unchanged (QFileInfo: size, and the modification
// time in milliseconds), plus what tells a rewrite even where those match (a new file: new inode).
struct FileState
{
    bool exists = false;
    qint64 size = 0;
    qint64 modifiedMs = 0; // as QFileInfo reports it
    QByteArray identity;   // inode and times to the nanosecond; empty where unknown

    static FileState of(const QString& path)
    {
        FileState state;
        const QFileInfo info(path);
        state.exists = info.exists();
        if (!state.exists)
            return state;
        state.size = info.size();
        state.modifiedMs = info.lastModified().toMSecsSinceEpoch();
#ifndef Q_OS_WIN
        struct stat st = {};
        if (::stat(QFile::encodeName(path).constData(), &st) == 0) {
#ifdef Q_OS_DARWIN
            const timespec& modified = st.st_mtimespec;
            const timespec& changed = st.st_ctimespec;
#else
            const timespec& modified = st.st_mtim;
            const timespec& changed = st.st_ctim;
#endif
            const qint64 fields[] = {
                static_cast<qint64>(st.st_dev),        static_cast<qint64>(st.st_ino),
                static_cast<qint64>(st.st_size),       static_cast<qint64>(modified.tv_sec),
                static_cast<qint64>(modified.tv_nsec), static_cast<qint64>(changed.tv_sec),
                static_cast<qint64>(changed.tv_nsec)};
            state.identity = QByteArray(reinterpret_cast<const char*>(fields), sizeof fields);
        }
#endif
        return state;
    }

    // Whether QSettings would take the file as the one it read or wrote when it was `seen`.
    bool looksLike(const FileState& seen) const
    {
        return exists == seen.exists && size == seen.size && modifiedMs == seen.modifiedMs;
    }
    // Whether the file is certainly the one `before` (nothing rewrote it since).
    bool sameFileAs(const FileState& before) const
    {
        return exists == before.exists && !identity.isEmpty() && identity == before.identity;
    }
};

// What this process last knew of a file, by guard path: the generation it synced at, and the file
// as QSettings saw it then (QSettings keeps one parsed copy per file and process).
struct Seen
{
    quint64 generation = 0;
    QString fileName;
    FileState file;
};

QMutex& seenMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, Seen>& seenFiles()
{
    static QHash<QString, Seen> files;
    return files;
}

// An exclusive lock on the guard file for as long as it lives, released by the system when the
// process ends in any way. Blocks until it has the lock.
class GuardLock final
{
    Q_DISABLE_COPY_MOVE(GuardLock)

public:
    explicit GuardLock(const QString& path)
        : m_file(path)
    {
        const QFileInfo info(path);
        QDir().mkpath(info.absolutePath()); // QSettings would create the folder too
        if (!m_file.open(QIODevice::ReadWrite)) {
            qCWarning(lcSettings).noquote()
                << "cannot open" << path << "to guard the settings file:" << m_file.errorString();
            return;
        }
#ifdef Q_OS_WIN
        const auto handle = reinterpret_cast<HANDLE>(_get_osfhandle(m_file.handle()));
        OVERLAPPED overlapped = {};
        m_locked = LockFileEx(handle, LOCKFILE_EXCLUSIVE_LOCK, 0, MAXDWORD, MAXDWORD, &overlapped) != 0;
#else
        int result = 0;
        do {
            result = ::flock(m_file.handle(), LOCK_EX);
        } while (result != 0 && errno == EINTR);
        m_locked = result == 0;
#endif
        if (!m_locked)
            qCWarning(lcSettings).noquote() << "cannot lock" << path;
    }
    ~GuardLock()
    {
#ifdef Q_OS_WIN
        if (m_locked) {
            const auto handle = reinterpret_cast<HANDLE>(_get_osfhandle(m_file.handle()));
            OVERLAPPED overlapped = {};
            UnlockFileEx(handle, 0, MAXDWORD, MAXDWORD, &overlapped);
        }
#endif
        // Closing the file releases flock().
    }

    bool isLocked() const
    {
        return m_locked;
    }

    quint64 generation()
    {
        if (!m_locked || !m_file.seek(0))
            return 0;
        const QByteArray bytes = m_file.read(8);
        return bytes.size() == 8 ? qFromLittleEndian<quint64>(bytes.constData()) : 0;
    }

    void setGeneration(quint64 generation)
    {
        if (!m_locked || !m_file.seek(0))
            return;
        char bytes[8];
        qToLittleEndian(generation, bytes);
        if (m_file.write(bytes, 8) != 8 || !m_file.flush())
            qCWarning(lcSettings).noquote() << "cannot write" << m_file.fileName() << m_file.errorString();
    }

private:
    QFile m_file;
    bool m_locked = false;
};

// QSettings reads a file again only when its size or modification time changed. When another
// process rewrote it while both stayed the same (equal size, within one tick of the file system's
// clock), move the time on until QSettings can tell.
void makeChangeVisible(const QString& fileName, const FileState& seen)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly))
        return;
    const QDateTime seenTime = QDateTime::fromMSecsSinceEpoch(seen.modifiedMs);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const int seconds : {0, 1, 2, 3}) {
        // First choice: now, when the file system shows it differently; else a second or more later
        // (FAT keeps modification times in steps of two seconds).
        const QDateTime time = seconds == 0 ? now : seenTime.addSecs(seconds);
        if (!file.setFileTime(time, QFileDevice::FileModificationTime))
            continue;
        if (!FileState::of(fileName).looksLike(seen)) {
            qCDebug(lcSettings).noquote() << "moved the modification time of" << fileName
                                          << "on, so that another instance's change is read";
            return;
        }
    }
    qCWarning(lcSettings).noquote() << "cannot make the change to" << fileName << "visible to QSettings";
}

// A process killed between creating QSettings' own lock file and writing its PID into it leaves an
// empty "<file>.lock", which QLockFile takes as stale only after 30 s, blocking every write until
// then. Under the guard no instance is inside a sync, and a live QLockFile fills its file within
// microseconds, so an empty one that is a few seconds old is such a leftover.
void removeAbandonedLock(const QString& fileName)
{
    const QFileInfo lock(fileName + QStringLiteral(".lock"));
    if (!lock.exists() || lock.size() != 0 || lock.lastModified().secsTo(QDateTime::currentDateTimeUtc()) < 3)
        return;
    if (QFile::remove(lock.absoluteFilePath()))
        qCInfo(lcSettings).noquote() << "removed" << lock.absoluteFilePath()
                                     << "left by a process that ended";
}

} // namespace

bool SharedSettings::File::event(QEvent* event)
{
    // QSettings syncs by itself a moment after a change (QEvent::UpdateRequest): without the guard.
    if (event->type() == QEvent::UpdateRequest)
        return true;
    return QSettings::event(event);
}

QString SharedSettings::guardFileName(const QString& settingsFile)
{
    return settingsFile + QStringLiteral(".guard");
}

SharedSettings::SharedSettings(const SettingsLocation& location)
    : m_location(location)
    , m_isFile(isRewrittenFile(location))
{
    guarded([this] { m_settings = openManual(m_location); });
}

SharedSettings::~SharedSettings()
{
    // Without this, ~QSettings would write pending changes without the guard.
    if (sync() != QSettings::NoError)
        qCWarning(lcSettings).noquote() << "changes to" << fileName() << "could not be saved";
}

QSettings::Status SharedSettings::sync()
{
    return guarded([this] { static_cast<QSettings&>(*m_settings).sync(); });
}

template <typename Job> QSettings::Status SharedSettings::guarded(Job&& job)
{
    const auto statusAfter = [this] {
        if (m_settings->status() == QSettings::NoError)
            return QSettings::NoError;
        // QSettings keeps reporting its first error for as long as it lives, and a write that
        // dropped unreadable lines from a damaged file still reports FormatError: open the file
        // anew (the parsed copy, and any change not yet written, live on in Qt's per-process cache
        // of the file, which the new object shares while the old one still exists) and ask again.
        std::unique_ptr<File> fresh = openManual(m_location);
        std::swap(fresh, m_settings);
        return m_settings->status();
    };
    if (!m_isFile) {
        std::forward<Job>(job)();
        return statusAfter();
    }

    const QString guardPath = guardPathFor(m_location);
    GuardLock lock(guardPath);
    const quint64 generation = lock.generation();
    Seen seen;
    {
        const QMutexLocker locker(&seenMutex());
        seen = seenFiles().value(guardPath);
    }
    const QString fileName = m_settings ? m_settings->fileName() : seen.fileName;
    FileState before = fileName.isEmpty() ? FileState() : FileState::of(fileName);
    if (lock.isLocked() && !fileName.isEmpty())
        removeAbandonedLock(fileName);
    if (!seen.fileName.isEmpty() && seen.generation != generation && before.looksLike(seen.file)) {
        makeChangeVisible(fileName, seen.file);
        before = FileState::of(fileName);
    }

    std::forward<Job>(job)();
    const QSettings::Status status = statusAfter();

    seen.fileName = m_settings->fileName();
    seen.file = FileState::of(seen.fileName);
    seen.generation = generation;
    if (!seen.file.sameFileAs(before) && lock.isLocked()) {
        // Written (or possibly written: where the file's identity is unknown): tell the others.
        seen.generation = generation + 1;
        lock.setGeneration(seen.generation);
    }
    const QMutexLocker locker(&seenMutex());
    seenFiles().insert(guardPath, seen);
    return status;
}

} // namespace snapshotdesk
