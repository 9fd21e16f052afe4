#include <QDir>
#include <QFile>
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
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
