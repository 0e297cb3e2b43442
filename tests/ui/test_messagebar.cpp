// MessageBar, the inline bar at the top of the form: what it shows, its actions (each runs once and
// takes the bar down), its close button, and server text kept as text.

#include "ui/widgets/MessageBar.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

using namespace snapshotdesk;
using namespace Qt::StringLiterals;

class TestMessageBar final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_bar = std::make_unique<MessageBar>();
        m_bar->show();
    }
    void cleanup() { m_bar.reset(); }

    void hiddenUntilThereIsSomethingToSay()
    {
        m_bar->hideMessage();
        QVERIFY(!m_bar->isVisible());
        m_bar->showMessage(MessageBar::Type::Warning, u"The range is long."_s);
        QVERIFY(m_bar->isVisible());
        QCOMPARE(m_bar->type(), MessageBar::Type::Warning);
        QCOMPARE(m_bar->text(), u"The range is long."_s);
        QVERIFY(visibleButtons().isEmpty());
    }

    void anActionRunsOnceAndTakesTheBarDown()
    {
        int retried = 0;
        int opened = 0;
        m_bar->showMessage(
            MessageBar::Type::Error, u"No answer."_s,
            {{u"&Retry"_s, [&retried] { ++retried; }}, {u"Open &settings"_s, [&opened] { ++opened; }}});
        const QList<QPushButton*> buttons = visibleButtons();
        QCOMPARE(buttons.size(), 2);
        QCOMPARE(buttons.at(0)->text(), u"&Retry"_s);
        QCOMPARE(buttons.at(1)->text(), u"Open &settings"_s);
        QCOMPARE(buttons.at(0)->accessibleName(), u"Retry"_s);
        QTest::mouseClick(buttons.at(0), Qt::LeftButton);
        QCOMPARE(retried, 1);
        QCOMPARE(opened, 0);
        QVERIFY(!m_bar->isVisible());
    }

    void aNewMessageReplacesTheActions()
    {
        int old = 0;
        m_bar->showMessage(MessageBar::Type::Error, u"First."_s, {{u"&Old"_s, [&old] { ++old; }}});
        m_bar->showMessage(MessageBar::Type::Positive, u"Second."_s);
        QCOMPARE(m_bar->text(), u"Second."_s);
        QCOMPARE(m_bar->type(), MessageBar::Type::Positive);
        QVERIFY(visibleButtons().isEmpty());
        QCOMPARE(old, 0);
    }

    void theCloseButtonHidesIt()
    {
        m_bar->showMessage(MessageBar::Type::Information, u"Hello."_s);
        auto* close = m_bar->findChild<QToolButton*>();
        QVERIFY(close);
        QVERIFY(!close->accessibleName().isEmpty());
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(!m_bar->isVisible());
    }

    void serverTextIsShownAsText()
    {
        const QString name = u"<b>x</b><!-- and 499 more"_s;
        m_bar->showMessage(MessageBar::Type::Error, name);
        QCOMPARE(m_bar->text(), name);
        bool shown = false;
        for (const QLabel* label : m_bar->findChildren<QLabel*>()) {
            if (label->text() == name) {
                QCOMPARE(label->textFormat(), Qt::PlainText);
                shown = true;
            }
        }
        QVERIFY(shown);
    }

private:
    QList<QPushButton*> visibleButtons() const
    {
        QList<QPushButton*> buttons;
        for (QPushButton* button : m_bar->findChildren<QPushButton*>()) {
            if (button->isVisible())
                buttons.append(button);
        }
        return buttons;
    }

    std::unique_ptr<MessageBar> m_bar;
};

QTEST_MAIN(TestMessageBar)
#include "test_messagebar.moc"
