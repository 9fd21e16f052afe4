#include "BerthWizard.h"

#include <QLabel>
#include <QTest>

class TestBerthWizard : public QObject
{
    Q_OBJECT

private slots:
    void opensOnTheWelcomePage()
    {
        Answers answers;
        answers.tls.port = 2399;
        BerthWizard wizard(answers);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(BerthWizard::Page_Welcome));
        QCOMPARE(wizard.wizardStyle(), QWizard::ModernStyle);
        QCOMPARE(wizard.answers().tls.port, 2399);
        const auto *list = wizard.findChild<QLabel *>(QStringLiteral("pageList"));
        QVERIFY(list);
        QVERIFY(list->text().contains(QLatin1String("Firewall")));
    }
};

QTEST_MAIN(TestBerthWizard)
#include "tst_berthwizard.moc"
