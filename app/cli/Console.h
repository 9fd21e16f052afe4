#pragma once

#include <QByteArray>
#include <QString>

// What the command line prints, as a program of the system it runs on prints it. On Windows a
// console gets UTF-16 (WriteConsoleW: every language shows, whatever the code page), text sent to
// a file or pipe is in the console's code page with CRLF line ends, and data (a rendered script,
// an answer file) goes out byte for byte: never through the C runtime's text mode, which would
// turn the script's CRLF into CR CR LF. Elsewhere: the locale's encoding, LF.
class Console
{
public:
    // A line of text a person reads; a line end is added.
    static void out(const QString &line);
    static void err(const QString &line);
    // Bytes that must arrive unchanged (UTF-8 text or a script), shown readably on a console.
    static void data(const QByteArray &bytes);

    // berth.exe is a Windows (GUI) program: started with a verb from cmd.exe or PowerShell, it
    // prints to the console it was started from. Does nothing elsewhere.
    static void attachToParentConsole();
};
