#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// Every message Berth shows is translated into German and French; none is left unfinished.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("de") << QStringLiteral(BERTH_SOURCE_DIR "/translations/berth_de.ts");
        QTest::newRow("fr") << QStringLiteral(BERTH_SOURCE_DIR "/translations/berth_fr.ts");
    }
    void everyMessageIsTranslated()
    {
        QFETCH(QString, file);
        QFile ts(file);
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        int messages = 0;
        QString source;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("message")) {
                ++messages;
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                QVERIFY2(type.isEmpty(), qPrintable(type + QStringLiteral(": ") + source));
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                QVERIFY2(!text.trimmed().isEmpty(), qPrintable(QStringLiteral("empty: ") + source));
                // Placeholders survive translation.
                for (int n = 1; n <= 4; ++n) {
                    const QString marker = QLatin1Char('%') + QString::number(n);
                    QVERIFY2(source.contains(marker) == text.contains(marker), qPrintable(source));
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 100);
    }

#ifndef Q_OS_WIN
    // The files hold every message of the code: lupdate, run on a copy of each as update_translations runs it,
    // adds none (a tr() added without a translation would come back "unfinished" from it). lupdate is a program of
    // this machine, out of reach of the Windows build's run under Wine: the Linux run checks it.
    void theFilesHoldEveryMessageOfTheCode()
    {
        QTemporaryDir dir;
        QStringList copies;
        for (const char *language : {"de", "fr"}) {
            const QString copy = dir.filePath(QStringLiteral("berth_%1.ts").arg(QLatin1String(language)));
            QVERIFY(QFile::copy(
                QStringLiteral(BERTH_SOURCE_DIR "/translations/berth_%1.ts").arg(QLatin1String(language)), copy));
            copies << copy;
        }
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(BERTH_SOURCE_DIR));
        lupdate.start(QStringLiteral(BERTH_LUPDATE),
                      QStringList{QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                                  QStringLiteral("app"), QStringLiteral("ui"), QStringLiteral("-ts")} +
                          copies);
        QVERIFY2(lupdate.waitForFinished(120000) && lupdate.exitCode() == 0,
                 lupdate.readAllStandardError().constData());
        for (const QString &copy : std::as_const(copies)) {
            QFile ts(copy);
            QVERIFY(ts.open(QIODevice::ReadOnly));
            QXmlStreamReader xml(&ts);
            QString source;
            while (!xml.atEnd()) {
                if (xml.readNext() != QXmlStreamReader::StartElement)
                    continue;
                if (xml.name() == QLatin1String("source"))
                    source = xml.readElementText();
                else if (xml.name() == QLatin1String("translation"))
                    QVERIFY2(xml.attributes().value(QLatin1String("type")).isEmpty(),
                             qPrintable(QStringLiteral("not in %1: %2").arg(QFileInfo(copy).fileName(), source)));
            }
        }
    }
#endif
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
