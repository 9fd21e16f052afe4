#include "Startup.h"

#include <QLocale>
#include <QTranslator>

#include <memory>

#ifdef Q_OS_WIN
#include <windows.h>

#include <shellapi.h>
#endif

void Startup::prepareProcess()
{
#ifdef Q_OS_WIN
    qputenv("QT_ENABLE_REGEXP_JIT", "0");
#endif
}

void Startup::describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("Berth"));
    QCoreApplication::setOrganizationName(QStringLiteral("Berth"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BERTH_VERSION));
}

QStringList Startup::arguments(int argc, char **argv)
{
    QStringList arguments;
#ifdef Q_OS_WIN
    Q_UNUSED(argc)
    Q_UNUSED(argv)
    int count = 0;
    if (wchar_t **wide = CommandLineToArgvW(GetCommandLineW(), &count)) {
        for (int i = 0; i < count; ++i)
            arguments.append(QString::fromWCharArray(wide[i]));
        LocalFree(wide);
    }
#else
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
#endif
    return arguments;
}

void Startup::installTranslators(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Both are embedded (:/i18n), so that a copied Berth folder and the Linux build speak alike.
    for (const QString &name : {QStringLiteral("berth"), QStringLiteral("qtbase")}) {
        auto translator = std::make_unique<QTranslator>(&app);
        if (translator->load(locale, name, QStringLiteral("_"), QStringLiteral(":/i18n")))
            app.installTranslator(translator.release());
    }
}
