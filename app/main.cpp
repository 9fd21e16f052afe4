#include "cli/CommandLine.h"

#include "BerthWizard.h"
#include "answers/Answers.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace {

// Berth's own messages from :/i18n and Qt's (the wizard's buttons) for --lang or the system language.
void installTranslators(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto berth = std::make_unique<QTranslator>(&app);
    if (berth->load(locale, QStringLiteral("berth"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(berth.release());
    auto qt = std::make_unique<QTranslator>(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt.release());
}

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("Berth"));
    QCoreApplication::setOrganizationName(QStringLiteral("Berth"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BERTH_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    CommandLine commandLine(arguments);
    describeApplication();

    if (!commandLine.opensWizard()) {
        QCoreApplication app(argc, argv);
        installTranslators(app, commandLine.language());
        return commandLine.run();
    }

    QApplication app(argc, argv);
    installTranslators(app, commandLine.language());
    Answers answers;
    if (commandLine.answersFile().isEmpty()) {
        BerthWizard::rememberedAnswers(&answers);
    } else {
        QStringList problems;
        answers = Answers::fromFile(commandLine.answersFile(), &problems);
        if (!problems.isEmpty()) {
            for (const QString &problem : problems)
                qWarning("%s", qPrintable(problem));
            return CommandLine::Invalid;
        }
    }
    BerthWizard wizard(answers, WindowsHost::fromEnvironment(commandLine.root()));
    wizard.show();
    return app.exec();
}
