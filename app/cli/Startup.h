#pragma once

#include <QCoreApplication>
#include <QStringList>

// What both of Berth's programs do first: name the application, read the command line as the
// system hands it over, and load the translations.
namespace Startup {

// Before anything else in main(). On Windows: Qt's regular expressions without their JIT, whose
// per-thread stack is a C++ thread_local; MinGW-w64 tears those down out of order, and a program that
// matched in a worker thread (the wizard reads the host off the window's thread) hung at exit.
void prepareProcess();
void describeApplication();
// The program's arguments. On Windows they come as Unicode from the process's command line (what
// QCoreApplication::arguments() reads), not from argv in the ANSI code page, where a path in
// another script is lost; this works before the application object exists, so that the program
// can choose which one to make.
QStringList arguments(int argc, char **argv);
// Berth's messages and Qt's own (the wizard's Next, Back, Cancel) for --lang or the system language.
void installTranslators(QCoreApplication &app, const QString &language);

} // namespace Startup
