/* Stands in for certutil.exe under Wine, whose certutil prints nothing: "certutil -hashfile FILE
 * SHA256" prints the digest the way Windows 10 and later do, and fails as certutil does, on standard
 * output with the HRESULT as its exit code: when the file cannot be opened, and for an empty file
 * (0x800703ee ERROR_FILE_INVALID: certutil maps the file, and an empty one cannot be mapped).
 * Built with mingw-w64 by the project's tests; never shipped. */
#include <windows.h>

#include <bcrypt.h> /* after windows.h, which defines its types */
#include <stdio.h>

static int failed(DWORD error)
{
    const wchar_t *name = error == ERROR_FILE_INVALID     ? L"ERROR_FILE_INVALID"
                          : error == ERROR_ACCESS_DENIED  ? L"ERROR_ACCESS_DENIED"
                          : error == ERROR_PATH_NOT_FOUND ? L"ERROR_PATH_NOT_FOUND"
                                                          : L"ERROR_FILE_NOT_FOUND";
    wchar_t message[512] = L"";
    if (error == ERROR_FILE_INVALID)
        wcscpy(message, L"The volume for a file has been externally altered so that the opened file is no longer "
                        L"valid.");
    else
        FormatMessageW(FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, NULL, error, 0, message, 512, NULL);
    for (size_t n = wcslen(message); n > 0 && (message[n - 1] == L'\r' || message[n - 1] == L'\n'); --n)
        message[n - 1] = 0;
    const HRESULT result = HRESULT_FROM_WIN32(error);
    wprintf(L"CertUtil: -hashfile command FAILED: 0x%08lx (WIN32: %lu %ls)\n", (unsigned long)result,
            (unsigned long)error, name);
    wprintf(L"CertUtil: %ls\n", message);
    return (int)result;
}

int wmain(int argc, wchar_t **argv)
{
    if (argc < 4 || _wcsicmp(argv[1], L"-hashfile") != 0 || _wcsicmp(argv[3], L"SHA256") != 0) {
        fwprintf(stderr, L"certutil stand-in: only -hashfile FILE SHA256\n");
        return 1;
    }
    HANDLE file = CreateFileW(argv[2], GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING, 0, NULL);
    if (file == INVALID_HANDLE_VALUE)
        return failed(GetLastError() == ERROR_ACCESS_DENIED ? ERROR_ACCESS_DENIED : ERROR_FILE_NOT_FOUND);
    LARGE_INTEGER size;
    if (GetFileSizeEx(file, &size) && size.QuadPart == 0) {
        CloseHandle(file);
        return failed(ERROR_FILE_INVALID);
    }
    BCRYPT_ALG_HANDLE algorithm;
    BCRYPT_HASH_HANDLE hash;
    if (BCryptOpenAlgorithmProvider(&algorithm, BCRYPT_SHA256_ALGORITHM, NULL, 0) != 0 ||
        BCryptCreateHash(algorithm, &hash, NULL, 0, NULL, 0, 0) != 0)
        return 3;
    static unsigned char buffer[1 << 16];
    DWORD got = 0;
    while (ReadFile(file, buffer, sizeof buffer, &got, NULL) && got > 0)
        BCryptHashData(hash, buffer, got, 0);
    CloseHandle(file);
    unsigned char digest[32];
    BCryptFinishHash(hash, digest, sizeof digest, 0);
    BCryptDestroyHash(hash);
    BCryptCloseAlgorithmProvider(algorithm, 0);
    wprintf(L"SHA256 hash of %ls:\n", argv[2]);
    for (int i = 0; i < 32; ++i)
        wprintf(L"%02x", digest[i]);
    wprintf(L"\nCertUtil: -hashfile command completed successfully.\n");
    return 0;
}
