/* A stand-in for dockerd.exe under Wine: records the argv Windows hands it, one argument a line in
 * UTF-8, in the file named by BERTH_ARGV_LOG (else C:\ProgramData\docker\dockerd-argv.txt), and
 * answers --version. Run as the daemon it writes a log line to stdout every half second until it
 * is stopped, unless BERTH_DOCKERD_EXIT is set, when it exits at once after recording. */
#include <windows.h>
#include <shellapi.h>
#include <stdio.h>
#include <wchar.h>

static void record(int argc, wchar_t **argv)
{
    wchar_t path[MAX_PATH];
    if (!GetEnvironmentVariableW(L"BERTH_ARGV_LOG", path, MAX_PATH))
        wcscpy(path, L"C:\\ProgramData\\docker\\dockerd-argv.txt");
    FILE *file = _wfopen(path, L"wb");
    if (!file)
        return;
    for (int i = 1; i < argc; ++i) {
        char utf8[4 * 32768];
        int n = WideCharToMultiByte(CP_UTF8, 0, argv[i], -1, utf8, sizeof utf8, NULL, NULL);
        if (n > 0)
            fprintf(file, "%s\n", utf8);
    }
    fclose(file);
}

int wmain(void)
{
    int argc = 0;
    wchar_t **argv = CommandLineToArgvW(GetCommandLineW(), &argc);
    if (!argv)
        return 3;
    for (int i = 1; i < argc; ++i) {
        if (wcscmp(argv[i], L"--version") == 0 || wcscmp(argv[i], L"-v") == 0) {
            printf("Docker version 28.2.2-standin, build berth\n");
            return 0;
        }
    }
    record(argc, argv);
    if (GetEnvironmentVariableW(L"BERTH_DOCKERD_EXIT", NULL, 0))
        return 0;
    setvbuf(stdout, NULL, _IONBF, 0);
    printf("time=\"standin\" level=info msg=\"Starting up\"\n");
    for (unsigned long n = 1;; ++n) {
        Sleep(500);
        printf("time=\"standin\" level=info msg=\"API listen on //./pipe/docker_engine\" tick=%lu\n", n);
    }
}
