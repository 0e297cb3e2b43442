#include "store/RoutineStore.h"

#include "core/Logging.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QScopeGuard>
#include <QUuid>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace snapshotdesk {

namespace {

const QString kGroup = QStringLiteral("routines");
const QLatin1StringView kFormat("format");
const QLatin1StringView kFormatName("snapshotdesk-routines");
const QLatin1StringView kVersion("version");
const QLatin1StringView kRoutines("routines");

QString settingsKey(const QString& id)
{
    return kGroup + u'/' + id;
}

QString notARegularFile(const QString& path)
{
    return RoutineStore::tr(
               "%1 is not a regular file (it is a folder, a pipe or a device): choose a routines "
               "file that Snapshot Desk exported.")
        .arg(path);
}

// One read of at most kMaxImportBytes + 1 bytes, whatever size the file claimed when it was opened:
// a file that grows meanwhile is bounded too, and one byte over the cap says it is too large.
Parsed<QByteArray> readBounded(QFile& file, const QString& path)
{
    Parsed<QByteArray> result;
    result.value = file.read(RoutineStore::kMaxImportBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        result.error = RoutineStore::tr("%1 could not be read: %2").arg(path, file.errorString());
    } else if (result.value.size() > RoutineStore::kMaxImportBytes) {
        result.error = RoutineStore::tr("%1 is too large to be a routines file (more than %n MiB): choose a "
                                        "file that Snapshot Desk exported.",
                                        nullptr, static_cast<int>(RoutineStore::kMaxImportBytes >> 20))
                           .arg(path);
    }
    return result;
}

// The contents of the routines file at `path`, or why it cannot be read.
Parsed<QByteArray> readImportFile(const QString& path)
{
#ifdef Q_OS_UNIX
    // Non-blocking, because opening a FIFO for reading otherwise waits for a writer and the app would
    // hang; the type is then checked on what was opened, so nothing can swap the path in between.
    // O_NONBLOCK has no effect on reading a regular file.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return {{}, RoutineStore::tr("%1 could not be opened: %2").arg(path, qt_error_string(errno))};
    const auto closeFd = qScopeGuard([fd] { ::close(fd); });
    struct stat info
    {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode))
        return {{}, notARegularFile(path)};
    QFile file; // destroyed before closeFd closes the descriptor
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::DontCloseHandle))
        return {{}, RoutineStore::tr("%1 could not be opened: %2").arg(path, file.errorString())};
    return readBounded(file, path);
#else
    // Without a non-blocking open, the type is checked first; a pipe put in its place in between
    // would be the person's own doing.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return {{}, notARegularFile(path)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, RoutineStore::tr("%1 could not be opened: %2").arg(path, file.errorString())};
    return readBounded(file, path);
#endif
}

} // namespace

RoutineStore::RoutineStore(const SettingsLocation& location, QObject* parent)
    : QObject(parent)
    , m_settings(location)
{}

RoutineStore::~RoutineStore() = default;

QList<Routine> RoutineStore::routines() const
{
    m_settings.sync(); // what another instance saved meanwhile
    m_settings->beginGroup(kGroup);
    const QStringList ids = m_settings->childKeys();
    QList<Routine> list;
    for (const QString& id : ids) {
        const QJsonDocument document = QJsonDocument::fromJson(m_settings->value(id).toString().toUtf8());
        Parsed<Routine> parsed = Routine::fromJson(document.object());
        if (!parsed.ok()) {
            qCWarning(lcSettings).noquote() << "skipped routine" << id << ":" << parsed.error;
            continue;
        }
        parsed.value.id = id;
        list.append(std::move(parsed.value));
    }
    m_settings->endGroup();
    std::sort(list.begin(), list.end(), [](const Routine& a, const Routine& b) {
        const int byName = QString::localeAwareCompare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return list;
}

std::optional<Routine> RoutineStore::routine(const QString& id) const
{
    for (const Routine& r : routines()) {
        if (r.id == id)
            return r;
    }
    return std::nullopt;
}

bool RoutineStore::write(const Routine& routine)
{
    m_settings->setValue(settingsKey(routine.id),
                         QString::fromUtf8(QJsonDocument(routine.toJson()).toJson(QJsonDocument::Compact)));
    if (m_settings.sync() != QSettings::NoError) {
        emit writeFailed(tr("The routine could not be saved to %1: check that the file and its folder are "
                            "writable.")
                             .arg(m_settings.fileName()));
        return false;
    }
    return true;
}

QString RoutineStore::add(Routine routine)
{
    if (routine.sources.size() > Routine::kMaxSources)
        return {};
    routine.id = QUuid::createUuid().toString(QUuid::Id128);
    write(routine);
    emit changed();
    return routine.id;
}

bool RoutineStore::update(const Routine& routine)
{
    if (routine.id.isEmpty() || !m_settings->contains(settingsKey(routine.id)) ||
        routine.sources.size() > Routine::kMaxSources)
        return false;
    write(routine);
    emit changed();
    return true;
}

bool RoutineStore::rename(const QString& id, const QString& name)
{
    std::optional<Routine> r = routine(id);
    if (!r || name.trimmed().isEmpty())
        return false;
    r->name = name.trimmed();
    return update(*r);
}

QString RoutineStore::duplicate(const QString& id)
{
    std::optional<Routine> r = routine(id);
    if (!r)
        return {};
    r->name = tr("%1 (copy)").arg(r->name);
    return add(*r);
}

bool RoutineStore::remove(const QString& id)
{
    if (!m_settings->contains(settingsKey(id)))
        return false;
    m_settings->remove(settingsKey(id));
    if (m_settings.sync() != QSettings::NoError) {
        emit writeFailed(tr("The routine could not be deleted from %1: check that the file and its folder "
                            "are writable.")
                             .arg(m_settings.fileName()));
        return false;
    }
    emit changed();
    return true;
}

QByteArray RoutineStore::toExportJson(const QList<Routine>& routines)
{
    QJsonArray list;
    for (const Routine& routine : routines)
        list.append(routine.toJson());
    const QJsonObject root{{kFormat, kFormatName}, {kVersion, kFileFormatVersion}, {kRoutines, list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Parsed<QList<Routine>> RoutineStore::fromExportJson(const QByteArray& json)
{
    Parsed<QList<Routine>> result;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        result.error = tr("This is not a routines file: it is not valid JSON (%1 at character %2).")
                           .arg(error.errorString())
                           .arg(error.offset);
        return result;
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(kFormat).toString() != kFormatName) {
        result.error = tr("This is not a routines file: \"format\" must be \"%1\".").arg(kFormatName);
        return result;
    }
    const QJsonValue version = root.value(kVersion);
    if (!version.isDouble() || version.toInteger() < 1) {
        result.error = tr("The routines file has no valid \"version\".");
        return result;
    }
    if (version.toInteger() > kFileFormatVersion) {
        result.error = tr("The routines file was written by a newer Snapshot Desk (format %1); this version "
                          "reads format %2.")
                           .arg(version.toInteger())
                           .arg(kFileFormatVersion);
        return result;
    }
    const QJsonValue list = root.value(kRoutines);
    if (!list.isArray()) {
        result.error = tr("The routines file has no \"routines\" list.");
        return result;
    }
    const QJsonArray routines = list.toArray();
    for (qsizetype i = 0; i < routines.size(); ++i) {
        if (!routines.at(i).isObject()) {
            result.error = tr("Routine %1 in the file is not an object.").arg(i + 1);
            return result;
        }
        const Parsed<Routine> parsed = Routine::fromJson(routines.at(i).toObject());
        if (!parsed.ok()) {
            result.error = tr("Routine %1 in the file cannot be read: %2").arg(i + 1).arg(parsed.error);
            return result;
        }
        result.value.append(parsed.value);
    }
    return result;
}

QString RoutineStore::exportFile(const QString& path, const QStringList& ids) const
{
    QList<Routine> chosen = routines();
    if (!ids.isEmpty())
        chosen.removeIf([&ids](const Routine& r) { return !ids.contains(r.id); });
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toExportJson(chosen)) < 0 || !file.commit())
        return tr("The routines could not be written to %1: %2").arg(path, file.errorString());
    return {};
}

Parsed<int> RoutineStore::importFile(const QString& path)
{
    const Parsed<QByteArray> contents = readImportFile(path);
    if (!contents.ok()) {
        Parsed<int> result;
        result.error = contents.error;
        return result;
    }
    return importJson(contents.value);
}

Parsed<int> RoutineStore::importJson(const QByteArray& json)
{
    Parsed<int> result;
    const Parsed<QList<Routine>> parsed = fromExportJson(json);
    if (!parsed.ok()) {
        result.error = parsed.error;
        return result;
    }
    QStringList names;
    for (const Routine& r : routines())
        names << r.name;
    for (Routine routine : parsed.value) {
        if (names.contains(routine.name))
            routine.name = tr("%1 (imported)").arg(routine.name);
        names << routine.name;
        routine.id = QUuid::createUuid().toString(QUuid::Id128);
        write(routine);
        ++result.value;
    }
    if (result.value > 0)
        emit changed();
    return result;
}

} // namespace snapshotdesk
