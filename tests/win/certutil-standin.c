/* Stands in for certutil.exe under Wine, whose certutil prints nothing: "certutil -hashfile FILE
 * SHA256" prints the digest the way Windows 10 and later do, and fails as certutil does when the
 * file cannot be read. Built with mingw-w64 by the project's tests; never shipped. */
#include <windows.h>

#include <bcrypt.h> /* after windows.h, which defines its types */
#include <stdio.h>

static int failed(const wchar_t *file)
{
    fwprintf(stdout, L"CertUtil: -hashfile command FAILED: 0x80070002 (WIN32: 2 ERROR_FILE_NOT_FOUND)\n");
    fwprintf(stdout, L"CertUtil: The system cannot find the file specified. %ls\n", file);
    return 2;
}

int wmain(int argc, wchar_t **argv)
{
    if (argc < 4 || _wcsicmp(argv[1], L"-hashfile") != 0 || _wcsicmp(argv[3], L"SHA256") != 0) {
        fwprintf(stderr, L"certutil stand-in: only -hashfile FILE SHA256\n");
        return 1;
    }
    HANDLE file = CreateFileW(argv[2], GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING, 0, NULL);
    if (file == INVALID_HANDLE_VALUE)
        return failed(argv[2]);
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
