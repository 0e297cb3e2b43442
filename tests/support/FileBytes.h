#pragma once

// A file's bytes as they are on disk (empty when it cannot be read): what tests compare against.

#include <QByteArray>
#include <QFile>
#include <QString>

namespace snapshotdesk::test {

inline QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace snapshotdesk::test
