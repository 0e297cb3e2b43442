// Every shipped language is complete and shows up in the window: no unfinished or vanished entry
// in any .ts file, and for each language the main window and the settings dialog show translated
// text in named widgets, with Qt's own strings (standard buttons) translated too.

#include "session/Session.h"
#include "session/Translations.h"
#include "ui/i18n/AccessibleText.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace snapshotdesk;

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { installTranslations(*qApp, QStringLiteral("en")); }

    void tsFilesAreComplete_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(SNAPSHOTDESK_TRANSLATIONS_DIR));
        const QStringList files = dir.entryList({QStringLiteral("snapshotdesk_*.ts")}, QDir::Files);
        QVERIFY(files.size() >= 6);
        for (const QString& file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void tsFilesAreComplete()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int messages = 0;
        int sameAsSource = 0;
        const bool english = path.endsWith(u"_en.ts");
        QStringList problems;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"message")
                ++messages;
            else if (xml.name() == u"source")
                source = xml.readElementText();
            else if (xml.name() == u"translation") {
                const QString type = xml.attributes().value(QStringLiteral("type")).toString();
                if (!type.isEmpty())
                    problems << type + QStringLiteral(": ") + source;
                // Placeholders must survive translation.
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                // A translation left empty shows the English text, silently.
                if (!english && type.isEmpty() && text.trimmed().isEmpty())
                    problems << QStringLiteral("empty: ") + source;
                if (!english && text == source)
                    ++sameAsSource;
                static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
                auto it = placeholder.globalMatch(source);
                while (it.hasNext()) {
                    const QString p = it.next().captured(0);
                    if (!text.contains(p) && !path.endsWith(u"_en.ts"))
                        problems << QStringLiteral("missing %1: ").arg(p) + source;
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > (english ? 0 : 400)); // English keeps only its plural forms
        // Some texts stay the same in another language (German "Name", "Status", "Filter", "%1 UTC":
        // 26 of 483); a file where more than a tenth is a copy of the English is not translated.
        if (!english)
            QVERIFY2(sameAsSource * 10 < messages, qPrintable(QString::number(sameAsSource)));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(u'\n')));
    }

    void windowAndSettingsAreTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("cancelInQt"); // a qtbase string, proving Qt's translations load
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Abbrechen");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Annuler");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Cancelar");
        QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("キャンセル");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("取消");
    }

    void windowAndSettingsAreTranslated()
    {
        QFETCH(QString, language);
        QFETCH(QString, cancelInQt);
        QTemporaryDir dir;
        Session::Options options;
        options.location = SettingsLocation::iniFile(dir.filePath(QStringLiteral("s.ini")));
        options.useKeychain = false;
        Session session(options);

        installTranslations(*qApp, language);
        MainWindow window(session);
        // Named widgets, each with a string from a different part of the app.
        const auto text = [&window](const char* name) {
            auto* widget = window.findChild<QWidget*>(QLatin1StringView(name));
            if (auto* button = qobject_cast<QAbstractButton*>(widget))
                return button->text();
            if (auto* label = qobject_cast<QLabel*>(widget))
                return label->text();
            return QString();
        };
        const QList<QPair<const char*, QString>> english{
            {"createButton", QStringLiteral("&Create snapshot")},
            {"accountGroupLabel", QStringLiteral("&Account group:")},
            {"presetLabel", QStringLiteral("&Time range:")},
            {"copyIdButton", QStringLiteral("Co&py ID")},
            {"openButton", QStringLiteral("Open in &browser")},
        };
        for (const auto& [name, source] : english) {
            const QString shown = text(name);
            QVERIFY2(!shown.isEmpty(), name);
            QVERIFY2(
                shown != source,
                qPrintable(QStringLiteral("%1 is still English: %2").arg(QLatin1StringView(name), shown)));
        }
        QVERIFY(window.menuBar()->actions().first()->text() != QStringLiteral("&File"));

        // Labels and the accessible names of their fields agree in every language.
        for (QLabel* label : window.findChildren<QLabel*>()) {
            if (label->buddy() && label->buddy()->isVisibleTo(&window))
                QCOMPARE(label->buddy()->accessibleName(), accessibleText(label->text()));
        }

        SettingsDialog dialog(session.setup(), &window);
        auto* buttons = dialog.findChild<QDialogButtonBox*>();
        QVERIFY(buttons);
        QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text().remove(u'&'), cancelInQt);
        int translated = 0;
        for (QLabel* label : dialog.findChildren<QLabel*>()) {
            if (!label->buddy())
                continue;
            const QString shown = label->text();
            QVERIFY(!shown.isEmpty());
            if (label->buddy()->isVisibleTo(&dialog))
                QCOMPARE(label->buddy()->accessibleName(), accessibleText(shown));
            ++translated;
        }
        QVERIFY(translated >= 5);
        QVERIFY(dialog.windowTitle() != QStringLiteral("Settings"));
    }
};

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
