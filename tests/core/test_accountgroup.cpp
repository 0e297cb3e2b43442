// AccountGroup: the account groups a person can create snapshots in. v6 sends aid as an integer and
// flags as 0/1, v7 sends aid as a string and booleans; both end up the same, and a wrong shape is an
// error message.

#include "core/AccountGroup.h"

#include <QTest>

using namespace snapshotdesk;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(snapshotdesk::AccountGroup)

class TestAccountGroup : public QObject
{
    Q_OBJECT

private slots:
    void v6IntegerAidAndFlags();
    void v7StringAidAndBooleans();
    void sameGroupFromBothGenerations();
    void v6DoesNotReadV7Flags();
    void entriesWithoutUsableAidAreSkipped();
    void preferredAid_data();
    void preferredAid();
    void wrongShapes_data();
    void wrongShapes();
};

void TestAccountGroup::v6IntegerAidAndFlags()
{
    const QByteArray body = R"({"accountGroups":[
        {"accountGroupName":"API Sandbox","aid":75,"current":1,"default":1,"organizationName":"Example"},
        {"accountGroupName":"Operations","aid":1234,"current":0,"default":0}]})";
    const auto parsed = AccountGroup::fromV6(body);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.value.size(), 2);
    QCOMPARE(parsed.value.at(0).aid, u"75"_s);
    QCOMPARE(parsed.value.at(0).name, u"API Sandbox"_s);
    QCOMPARE(parsed.value.at(0).organization, u"Example"_s);
    QVERIFY(parsed.value.at(0).current);
    QVERIFY(parsed.value.at(0).isDefault);
    QCOMPARE(parsed.value.at(1).aid, u"1234"_s);
    QVERIFY(!parsed.value.at(1).current);
    QVERIFY(!parsed.value.at(1).isDefault);
    QVERIFY(parsed.value.at(1).organization.isEmpty());
}

void TestAccountGroup::v7StringAidAndBooleans()
{
    const QByteArray body = R"({"accountGroups":[
        {"aid":"1234","accountGroupName":"Operations","isCurrentAccountGroup":false,
         "isDefaultAccountGroup":true,"organizationName":"Example"},
        {"aid":"75","accountGroupName":"API Sandbox","isCurrentAccountGroup":true,
         "isDefaultAccountGroup":false}],"_links":{"self":{"href":"x"}}})";
    const auto parsed = AccountGroup::fromV7(body);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.value.size(), 2);
    QCOMPARE(parsed.value.at(0).aid, u"1234"_s);
    QVERIFY(!parsed.value.at(0).current);
    QVERIFY(parsed.value.at(0).isDefault);
    QCOMPARE(parsed.value.at(1).aid, u"75"_s);
    QVERIFY(parsed.value.at(1).current);
    QVERIFY(!parsed.value.at(1).isDefault);
}

void TestAccountGroup::sameGroupFromBothGenerations()
{
    const auto v6 = AccountGroup::fromV6(
        R"({"accountGroups":[{"accountGroupName":"Ops","aid":9007199254,"current":1,"default":0}]})");
    const auto v7 = AccountGroup::fromV7(
        R"({"accountGroups":[{"aid":"9007199254","accountGroupName":"Ops","isCurrentAccountGroup":true,)"
        R"("isDefaultAccountGroup":false}]})");
    QVERIFY(v6.ok() && v7.ok());
    QCOMPARE(v6.value, v7.value);
}

void TestAccountGroup::v6DoesNotReadV7Flags()
{
    const auto parsed = AccountGroup::fromV6(
        R"({"accountGroups":[{"aid":1,"isCurrentAccountGroup":true,"isDefaultAccountGroup":true}]})");
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value.size(), 1);
    QVERIFY(!parsed.value.first().current);
    QVERIFY(!parsed.value.first().isDefault);
    QCOMPARE(parsed.value.first().name, u"1"_s); // nameless: shown by aid
}

void TestAccountGroup::entriesWithoutUsableAidAreSkipped()
{
    const auto parsed = AccountGroup::fromV6(
        R"({"accountGroups":[{"accountGroupName":"none"},{"aid":null},{"aid":-3},{"aid":1.5},{"aid":true},)"
        R"({"aid":""},"string",7,{"aid":"  12  ","accountGroupName":"ok"}]})");
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value.size(), 1);
    QCOMPARE(parsed.value.first().aid, u"12"_s);
}

void TestAccountGroup::preferredAid_data()
{
    QTest::addColumn<QList<AccountGroup>>("groups");
    QTest::addColumn<QString>("saved");
    QTest::addColumn<QString>("expected");
    const auto group = [](const char* aid, bool current, bool isDefault) {
        AccountGroup g;
        g.aid = QString::fromLatin1(aid);
        g.name = u"Group "_s + g.aid;
        g.current = current;
        g.isDefault = isDefault;
        return g;
    };
    const QList<AccountGroup> three{group("1", false, false), group("2", true, false),
                                    group("3", false, true)};
    QTest::newRow("saved and still there") << three << u"1"_s << u"1"_s;
    QTest::newRow("saved but gone: the default") << three << u"9"_s << u"3"_s;
    QTest::newRow("nothing saved: the default, even after the current") << three << QString() << u"3"_s;
    QTest::newRow("no default: the current")
        << QList<AccountGroup>{group("1", false, false), group("2", true, false)} << QString() << u"2"_s;
    QTest::newRow("neither: the first")
        << QList<AccountGroup>{group("7", false, false), group("8", false, false)} << QString() << u"7"_s;
    QTest::newRow("no groups") << QList<AccountGroup>{} << u"1"_s << QString();
}

void TestAccountGroup::preferredAid()
{
    QFETCH(QList<AccountGroup>, groups);
    QFETCH(QString, saved);
    QFETCH(QString, expected);
    QCOMPARE(AccountGroup::preferredAid(groups, saved), expected);
}

void TestAccountGroup::wrongShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("bare array") << R"([{"aid":"1"}])"_ba;
    QTest::newRow("no key") << R"({"groups":[]})"_ba;
    QTest::newRow("key is object") << R"({"accountGroups":{"aid":"1"}})"_ba;
    QTest::newRow("key is string") << R"({"accountGroups":"1,2"})"_ba;
    QTest::newRow("html") << "<html><title>Sign in</title></html>"_ba;
    QTest::newRow("truncated") << R"({"accountGroups":[{"aid":)"_ba;
}

void TestAccountGroup::wrongShapes()
{
    QFETCH(QByteArray, body);
    const auto v6 = AccountGroup::fromV6(body);
    QVERIFY(!v6.ok());
    QVERIFY(!v6.error.isEmpty());
    QVERIFY(v6.value.isEmpty());
    const auto v7 = AccountGroup::fromV7(body);
    QVERIFY(!v7.ok());
    QVERIFY(v7.value.isEmpty());
}

QTEST_GUILESS_MAIN(TestAccountGroup)
#include "test_accountgroup.moc"
