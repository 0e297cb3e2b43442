// The real snapshot-desk-cli executable, run as a script runs it, beside a window's session in
// this process: both use one history file, each sees the other's entries, the exit status and the
// streams are what a shell sees. The fake server runs in this process, so the test waits on the
// child's exit with the event loop running.

#include "FakeThousandEyesServer.h"
#include "session/Session.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace snapshotdesk;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 30'000;

struct Exit
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCliProcess final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void aCreateWhileTheWindowIsOpenLandsInItsHistory();
    void theWindowsEntriesAreInTheCliHistory();
    void aRefusedTokenExits3WithOneLine();

private:
    Exit run(const QStringList& arguments, bool withToken = true);

    FakeThousandEyesServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ini;
};

void TestCliProcess::init()
{
    QVERIFY(m_server.isListening());
    m_server.clearScript();
    m_server.takeRequests();
    m_server.scriptTenant(ApiVersion::V7);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ini = m_dir->filePath(u"settings.ini"_s);
}

Exit TestCliProcess::run(const QStringList& arguments, bool withToken)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TE_API_URL"_s, m_server.baseUrl(u"/v7"_s).toString());
    env.insert(u"TE_API_VERSION"_s, u"v7"_s);
    if (withToken)
        env.insert(u"TE_TOKEN"_s, u"proc-tok"_s);
    // A server has no display: the tool must not need one.
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.remove(u"QT_LOGGING_RULES"_s);
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(SNAPSHOTDESK_CLI), QStringList{u"--settings-file"_s, m_ini} + arguments);
    Exit exit;
    if (!process.waitForStarted(kTimeoutMs) || !finished.wait(kTimeoutMs)) {
        process.kill();
        return exit;
    }
    exit.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    exit.out = process.readAllStandardOutput();
    exit.err = process.readAllStandardError();
    return exit;
}

void TestCliProcess::aCreateWhileTheWindowIsOpenLandsInItsHistory()
{
    Session::Options options;
    options.location = SettingsLocation::iniFile(m_ini);
    options.useKeychain = false;
    Session window(options);
    QSignalSpy loaded(&window, &Session::historyLoaded);
    QVERIFY(window.isHistoryLoaded() || loaded.wait(kTimeoutMs));

    const Exit made = run({u"create"_s, u"--source"_s, u"WAN"_s, u"--range"_s, u"yesterday"_s});
    QCOMPARE(made.code, 0);
    QVERIFY2(made.err.isEmpty(), made.err.constData());
    QCOMPARE(made.out, "5f1c2d3e-0000-4000-8000-000000000001\n"_ba);

    // The window's history, still open, shows it on its next read (the window reads again when
    // it is activated).
    QSignalSpy reloaded(&window.history(), &History::loaded);
    window.history().reload();
    QVERIFY(reloaded.wait(kTimeoutMs));
    QCOMPARE(window.history().size(), 1);
    QCOMPARE(window.history().at(0).snapshotId, u"5f1c2d3e-0000-4000-8000-000000000001"_s);
}

void TestCliProcess::theWindowsEntriesAreInTheCliHistory()
{
    Session::Options options;
    options.location = SettingsLocation::iniFile(m_ini);
    options.useKeychain = false;
    Session window(options);
    QSignalSpy loaded(&window, &Session::historyLoaded);
    QVERIFY(window.isHistoryLoaded() || loaded.wait(kTimeoutMs));
    HistoryEntry entry;
    entry.createdAt = QDateTime::currentDateTimeUtc();
    entry.displayName = u"Made in the window"_s;
    entry.snapshotId = u"w-42"_s;
    QSignalSpy saved(&window.history(), &History::saved);
    window.history().add(entry);
    QVERIFY(saved.wait(kTimeoutMs));

    const Exit listed = run({u"history"_s, u"--format"_s, u"csv"_s}, false);
    QCOMPARE(listed.code, 0);
    QVERIFY2(listed.out.contains("w-42") && listed.out.contains("Made in the window"),
             listed.out.constData());
}

void TestCliProcess::aRefusedTokenExits3WithOneLine()
{
    m_server.on("/v7/account-groups", FakeThousandEyesServer::v7Unauthorized(u"Invalid token"_s));
    const Exit refused = run({u"account-groups"_s});
    QCOMPARE(refused.code, 3);
    QVERIFY(refused.out.isEmpty());
    QCOMPARE(refused.err.count('\n'), 1);
    QVERIFY(!refused.err.contains("proc-tok"));
    QCOMPARE(m_server.requestCount(), 1);

    const Exit noToken = run({u"create"_s, u"--source"_s, u"WAN"_s, u"--range"_s, u"yesterday"_s}, false);
    QCOMPARE(noToken.code, 3);
    QVERIFY(noToken.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliProcess)
#include "test_cli_process.moc"
