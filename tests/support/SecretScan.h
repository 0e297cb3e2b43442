#pragma once

// Finds a secret in bytes the app wrote, in every form it could take there: as UTF-8 and UTF-16,
// and base64-encoded (standard and URL-safe alphabets) at each of the three byte alignments the
// secret can have inside a larger encoded value. Raw bytes are scanned, not a decoded view, so a
// record the app's own decoder would reject is searched too.

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QString>
#include <QStringList>

namespace snapshotdesk::test {

// The forms of `secret` to look for, each with a name for the failure message.
inline QList<QPair<QString, QByteArray>> secretForms(const QString& secret)
{
    const QByteArray utf8 = secret.toUtf8();
    QList<QPair<QString, QByteArray>> forms{
        {QStringLiteral("UTF-8"), utf8},
        {QStringLiteral("UTF-16"),
         QByteArray(reinterpret_cast<const char*>(secret.utf16()), secret.size() * 2)},
    };
    for (int alignment = 0; alignment < 3; ++alignment) {
        // Encoded after `alignment` other bytes: the characters that depend on the secret alone
        // start at the first whole group and end before the last, possibly mixed, one.
        const QByteArray padded = QByteArray(alignment, '\0') + utf8;
        for (const auto& [alphabet, options] :
             {QPair<const char*, QByteArray::Base64Options>{"base64", QByteArray::Base64Encoding},
              QPair<const char*, QByteArray::Base64Options>{"base64url", QByteArray::Base64UrlEncoding}}) {
            QByteArray encoded = padded.toBase64(options | QByteArray::OmitTrailingEquals);
            const qsizetype skip = alignment == 0 ? 0 : 4;
            encoded = encoded.mid(skip, encoded.size() - skip - 4);
            if (encoded.size() >= 8)
                forms.append(
                    {QStringLiteral("%1 at offset %2").arg(QLatin1StringView(alphabet)).arg(alignment),
                     encoded});
        }
    }
    return forms;
}

// "what: form" for each form of `secret` found in `bytes`.
inline QStringList findSecret(const QByteArray& bytes, const QString& secret, const QString& what)
{
    QStringList found;
    for (const auto& [name, form] : secretForms(secret)) {
        if (bytes.contains(form))
            found.append(what + QStringLiteral(": ") + name);
    }
    return found;
}

// The same for every file under `directory` (settings, history, routines, exports, logs, locks).
inline QStringList findSecretInFiles(const QString& directory, const QString& secret)
{
    QStringList found;
    QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            found += findSecret(file.readAll(), secret, path);
    }
    return found;
}

} // namespace snapshotdesk::test
