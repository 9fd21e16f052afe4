#include "host/FolderSecurity.h"

#include <QTest>

// Security descriptors as Get-Acl's .Sddl gives them on Windows, and what Berth reads in them: who owns the folder
// and who besides SYSTEM, Administrators and TrustedInstaller may add to it, delete in it or change who may.
class TestFolderSecurity : public QObject
{
    Q_OBJECT

private slots:
    void readsOwnerAndWriters_data()
    {
        QTest::addColumn<QString>("sddl");
        QTest::addColumn<QString>("owner");
        QTest::addColumn<QStringList>("others");
        const QString ti = QStringLiteral("S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464");
        // dockerd's own root (moby's SddlAdministratorsLocalSystem), as Berth locks a folder.
        QTest::newRow("dockerd's root") << QStringLiteral("O:BAG:SYD:P(A;OICI;GA;;;BA)(A;OICI;GA;;;SY)")
                                        << QStringLiteral("S-1-5-32-544") << QStringList();
        QTest::newRow("locked by icacls") << QStringLiteral("O:BAG:SYD:PAI(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)")
                                          << QStringLiteral("S-1-5-32-544") << QStringList();
        // System32: TrustedInstaller owns it; Users and app packages read; CREATOR OWNER is whoever makes a file.
        QTest::newRow("System32") << QStringLiteral("O:%1G:%1D:PAI(A;;FA;;;%1)(A;OICIIO;GA;;;%1)(A;;0x1301bf;;;SY)"
                                                    "(A;OICIIO;GA;;;SY)(A;;0x1301bf;;;BA)(A;OICIIO;GA;;;BA)"
                                                    "(A;;0x1200a9;;;BU)(A;OICIIO;GXGR;;;BU)(A;OICIIO;GA;;;CO)"
                                                    "(A;;0x1200a9;;;AC)(A;OICIIO;GXGR;;;AC)")
                                         .arg(ti)
                                  << ti << QStringList();
        // The manual procedure's mkdir under ProgramData: Users may add files and folders.
        QTest::newRow("mkdir under ProgramData")
            << QStringLiteral("O:BAG:SYD:AI(A;OICIID;FA;;;SY)(A;OICIID;FA;;;BA)(A;OICIIOID;GA;;;CO)"
                              "(A;OICIID;0x1200a9;;;BU)(A;CIID;DCLCRPCR;;;BU)")
            << QStringLiteral("S-1-5-32-544") << QStringList{QStringLiteral("S-1-5-32-545")};
        // A folder at the drive's root: what Authenticated Users make in it, they may change (inherit-only counts).
        QTest::newRow("at the drive's root")
            << QStringLiteral("O:BAG:SYD:AI(A;OICIID;FA;;;SY)(A;OICIID;FA;;;BA)(A;OICIID;0x1200a9;;;BU)"
                              "(A;OICIIOID;SDGXGWGR;;;AU)(A;ID;0x1301bf;;;AU)")
            << QStringLiteral("S-1-5-32-544") << QStringList{QStringLiteral("S-1-5-11")};
        QTest::newRow("a user's") << QStringLiteral("O:S-1-5-21-1-2-3-1001G:S-1-5-21-1-2-3-513D:PAI(A;OICI;FA;;;SY)"
                                                    "(A;OICI;FA;;;BA)")
                                  << QStringLiteral("S-1-5-21-1-2-3-1001") << QStringList();
        // Everyone's write, after a denial that takes nothing away from it; a read for others is no write.
        QTest::newRow("everyone writes") << QStringLiteral("O:SYD:(D;;FA;;;S-1-5-21-9-9-9-500)(A;;FW;;;WD)(A;;FR;;;IU)")
                                         << QStringLiteral("S-1-5-18") << QStringList{QStringLiteral("S-1-1-0")};
        QTest::newRow("owner rights and a change of access")
            << QStringLiteral("O:BAD:P(A;;FA;;;OW)(A;;WD;;;S-1-5-21-1-2-3-1002)") << QStringLiteral("S-1-5-32-544")
            << QStringList{QStringLiteral("S-1-5-21-1-2-3-1002")};
    }
    void readsOwnerAndWriters()
    {
        QFETCH(QString, sddl);
        QFETCH(QString, owner);
        QFETCH(QStringList, others);
        const FolderSecurity security = FolderSecurity::parse(sddl);
        QVERIFY2(security.problem.isEmpty(), qPrintable(security.problem));
        QCOMPARE(security.owner, owner);
        QCOMPARE(security.others, others);
        QCOMPARE(security.trusted(), FolderSecurity::administrative(security.owner) && others.isEmpty());
        QCOMPARE(security.why().isEmpty(), security.trusted());
    }

    void whatIsNoDescriptorIsAProblem_data()
    {
        QTest::addColumn<QString>("sddl");
        QTest::newRow("empty") << QString();
        QTest::newRow("no owner") << QStringLiteral("D:P(A;OICI;FA;;;SY)");
        QTest::newRow("no access list") << QStringLiteral("O:BAG:SY");
        QTest::newRow("an error message") << QStringLiteral("Get-Acl : Cannot find path");
        QTest::newRow("unknown right") << QStringLiteral("O:BAD:(A;;ZZ;;;BU)");
        QTest::newRow("short entry") << QStringLiteral("O:BAD:(A;;FA;;BU)");
        QTest::newRow("odd letters") << QStringLiteral("O:BAD:(A;;FAG;;;BU)");
    }
    void whatIsNoDescriptorIsAProblem()
    {
        QFETCH(QString, sddl);
        const FolderSecurity security = FolderSecurity::parse(sddl);
        QVERIFY(!security.problem.isEmpty());
        QVERIFY(!security.trusted());
    }

    void administratorsWorkIsKnownByItsOwner()
    {
        for (const char *sid :
             {"S-1-5-18", "S-1-5-32-544", "S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464",
              "S-1-5-80-1913148863-3492339771-4165695881-2087618961-4109116736", "S-1-5-93-2-1"})
            QVERIFY2(FolderSecurity::putThereByAdministrators(QLatin1String(sid)), sid);
        for (const char *sid : {"S-1-5-21-1-2-3-1001", "S-1-5-32-545", "S-1-1-0", "S-1-5-11", "S-1-5-21-1-2-3-500"})
            QVERIFY2(!FolderSecurity::putThereByAdministrators(QLatin1String(sid)), sid);
    }
};

QTEST_GUILESS_MAIN(TestFolderSecurity)
#include "tst_foldersecurity.moc"
