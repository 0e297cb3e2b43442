#include "store/SettingsFileCheck.h"

#include "core/HistoryEntry.h"
#include "core/Logging.h"
#include "store/HistoryStore.h"
#include "store/SharedSettings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>

namespace snapshotdesk {

namespace {

bool isAsciiAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

// Why a stored history value cannot be read (empty when it can): the test HistoryStore::load() makes.
QString entryProblem(const QVariant& value)
{
    if (value.typeId() != QMetaType::QString && value.typeId() != QMetaType::QByteArray)
        return HistoryEntry::tr("not text");
    if (value.typeId() == QMetaType::QByteArray)
        return HistoryEntry::fromStored(QByteArrayView(*static_cast<const QByteArray*>(value.constData())))
            .error;
    return HistoryEntry::fromStored(QStringView(*static_cast<const QString*>(value.constData()))).error;
}

// Whether a copy with exactly these bytes was kept already (the file could not be repaired since).
bool identicalBackupExists(const QFileInfo& file, const QByteArray& bytes)
{
    const QDir dir = file.absoluteDir();
    const QStringList names =
        dir.entryList({file.fileName() + QStringLiteral(".damaged-*.bak")}, QDir::Files | QDir::Hidden);
    for (const QString& name : names) {
        QFile backup(dir.filePath(name));
        if (backup.size() == bytes.size() && backup.open(QIODevice::ReadOnly) && backup.readAll() == bytes)
            return true;
    }
    return false;
}

QString keepCopy(const QFileInfo& file, const QDateTime& now)
{
    const QString stem = file.absoluteFilePath() + QStringLiteral(".damaged-") +
                         now.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString path = stem + QStringLiteral(".bak");
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = stem + u'-' + QString::number(n) + QStringLiteral(".bak");
    if (!QFile::copy(file.absoluteFilePath(), path)) {
        qCWarning(lcSettings).noquote() << "could not keep a copy of the damaged settings file as" << path;
        return {};
    }
    return path;
}

} // namespace

SettingsFileCheck SettingsFileCheck::run(const SettingsLocation& location, const QDateTime& now, Depth depth)
{
    SettingsFileCheck check;
    SharedSettings settings(location);
    const QFileInfo file(settings->fileName());
    QByteArray bytes;
    if (file.isFile()) {
        QFile raw(file.absoluteFilePath());
        if (raw.open(QIODevice::ReadOnly))
            bytes = raw.read(raw.size()); // one exact buffer: readAll() doubles its way up to 8 MiB
    }

    // Bytes that are not UTF-8 text are replaced when QSettings next writes the file.
    // Decoded a slice at a time: the decoded text of a history file with 10,000 entries would
    // be 8 MiB held just to learn that it decodes.
    QStringDecoder utf8(QStringDecoder::Utf8);
    constexpr qsizetype kSlice = 64 * 1024;
    for (qsizetype at = 0; at < bytes.size() && !utf8.hasError(); at += kSlice)
        [[maybe_unused]] const QString slice =
            utf8(QByteArrayView(bytes).sliced(at, std::min(kSlice, bytes.size() - at)));
    const bool undecodable = bytes.contains('\0') || utf8.hasError();
    // Sections are parsed lazily: only once every key was asked for does status() tell about lines
    // that are not "key=value" (which the next write drops).
    [[maybe_unused]] const QStringList allKeys = settings->allKeys();
    const bool unparsable = settings->status() == QSettings::FormatError;

    const QStringList keys = HistoryStore::entryKeys(*settings);
    settings->beginGroup(QStringLiteral("history"));
    if (depth == Depth::Quick && !undecodable && !unparsable) {
        // Every start pays for this, so no entry is parsed here: a value of the wrong type, or one
        // that is neither a whole JSON object nor record text, is what a rewrite would change or
        // what damage looks like. Entries that look whole but do not read are found by load(), and a
        // rewrite keeps such text as it is, so Session checks again (Depth::Full) after loading.
        const bool looksWhole = std::all_of(keys.cbegin(), keys.cend(), [&settings](const QString& key) {
            const QVariant value = settings->value(key);
            if (value.typeId() != QMetaType::QString && value.typeId() != QMetaType::QByteArray)
                return false;
            const QString text = value.toString();
            if (text.startsWith(u'{')) // JSON, schema 1 and 2
                return text.endsWith(u'}');
            return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
                return isAsciiAlnum(c) || c == u'-' || c == u'_'; // a record: unpadded base64url
            });
        });
        if (looksWhole)
            return check;
    }
    QStringList unreadable; // "key, type, value" of each history entry that cannot be read
    for (const QString& key : keys) {
        const QVariant value = settings->value(key);
        const QString problem = entryProblem(value);
        if (problem.isEmpty())
            continue;
        if (check.problem.isEmpty())
            check.problem = key + QStringLiteral(": ") + problem;
        unreadable << key + u'\t' + QString::fromLatin1(value.typeName()) + u'\t' + value.toString();
    }
    settings->endGroup();
    check.unreadableEntries = static_cast<int>(unreadable.size());
    check.damaged = undecodable || unparsable || !unreadable.isEmpty();
    if (!check.damaged)
        return check;
    if (check.problem.isEmpty())
        check.problem = undecodable ? QStringLiteral("bytes that are not UTF-8 text")
                                    : QStringLiteral("lines that are not key=value");

    // The unreadable entries stay in the file (a newer version may read them), so they are what
    // identifies this damage from one start to the next; damage beyond them is fixed by the next
    // write (after the copy), so the whole file identifies it.
    unreadable.sort();
    check.fingerprint = QString::fromLatin1(
        QCryptographicHash::hash(unreadable.isEmpty() ? bytes : unreadable.join(u'\n').toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex());
    const bool sameAsReported =
        !undecodable && !unparsable &&
        settings->value(QLatin1StringView(kReportedKey)).toString() == check.fingerprint;
    check.alreadyReported = sameAsReported || (file.isFile() && identicalBackupExists(file, bytes));
    if (check.alreadyReported) {
        qCInfo(lcSettings).noquote() << "the settings file is still damaged, as reported before:"
                                     << check.problem;
        return check;
    }

    if (file.isFile())
        check.backupPath = keepCopy(file, now);
    qCWarning(lcSettings).noquote() << "the settings file" << file.absoluteFilePath() << "is damaged ("
                                    << check.problem << "); a copy was kept as" << check.backupPath;
    // Remembered only once the copy exists: this write is the first to change the file.
    if (!check.backupPath.isEmpty() || !file.isFile()) {
        settings->setValue(QLatin1StringView(kReportedKey), check.fingerprint);
        settings.sync();
    }
    return check;
}

} // namespace snapshotdesk
