// berth (Linux) and berth.exe (Windows): the wizard, and the same verbs as the command line.
#include "cli/CommandLine.h"
#include "cli/Console.h"
#include "cli/Startup.h"

#include "BerthWizard.h"
#include "answers/Answers.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    Startup::prepareProcess();
    CommandLine commandLine(Startup::arguments(argc, argv));
    Startup::describeApplication();

    if (!commandLine.opensWizard()) {
        // berth.exe typed with a verb: berth.com is the console program for that, but this works too.
        Console::attachToParentConsole();
        QCoreApplication app(argc, argv);
        Startup::installTranslators(app, commandLine.language());
        return commandLine.run();
    }

    QApplication app(argc, argv);
    Startup::installTranslators(app, commandLine.language());
    Answers answers;
    if (commandLine.answersFile().isEmpty()) {
        BerthWizard::rememberedAnswers(&answers);
    } else {
        QStringList problems;
        answers = Answers::fromFile(commandLine.answersFile(), &problems);
        if (!problems.isEmpty()) {
            Console::attachToParentConsole();
            for (const QString &problem : problems)
                Console::err(problem);
            return CommandLine::Invalid;
        }
    }
    BerthWizard wizard(answers, WindowsHost::fromEnvironment(commandLine.root()));
    wizard.show();
    return app.exec();
}
