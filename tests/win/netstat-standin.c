/* A stand-in for netstat.exe, whose Wine build speaks English only: `netstat -an [-p TCP|TCPv6|UDP|UDPv6]`
 * lists this machine's real sockets (GetExtendedTcpTable/GetExtendedUdpTable, which Wine fills from the
 * system's own tables) in the layout of Windows' netstat, IPv6 addresses in brackets. Without -p it lists
 * TCP, TCPv6, UDP and UDPv6; `-p TCP` lists IPv4 only, as Windows' does. BERTH_WINDOWS_LANGUAGE=de prints
 * the headings and states of a German Windows (ABHÖREN for LISTENING). Other options are refused. */
#include <winsock2.h>
#include <ws2tcpip.h>

#include "standin-text.h"

#include <iphlpapi.h>
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>

static const wchar_t *state_name(DWORD state)
{
    static const wchar_t *english[] = {L"",           L"CLOSED",     L"LISTENING",  L"SYN_SENT",
                                       L"SYN_RECEIVED", L"ESTABLISHED", L"FIN_WAIT_1", L"FIN_WAIT_2",
                                       L"CLOSE_WAIT", L"CLOSING",    L"LAST_ACK",   L"TIME_WAIT",
                                       L"DELETE_TCB"};
    static const wchar_t *deutsch[] = {L"",
                                       L"GESCHLOSSEN",
                                       L"ABHÖREN",
                                       L"SYN_GESENDET",
                                       L"SYN_EMPFANGEN",
                                       L"HERGESTELLT",
                                       L"FIN_WARTEN_1",
                                       L"FIN_WARTEN_2",
                                       L"SCHLIESSEN_WARTEN",
                                       L"SCHLIESSEND",
                                       L"LETZTE_BESTÄTIGUNG",
                                       L"ZEIT_WARTEN",
                                       L"TCB_LÖSCHEN"};
    if (state > 12)
        return L"";
    return german() ? deutsch[state] : english[state];
}

static void v4(wchar_t *text, DWORD address, DWORD port)
{
    const BYTE *b = (const BYTE *)&address;
    swprintf(text, 64, L"%u.%u.%u.%u:%u", b[0], b[1], b[2], b[3], ntohs((u_short)port));
}

static void v6(wchar_t *text, const UCHAR *address, DWORD port)
{
    struct sockaddr_in6 socket = {0};
    socket.sin6_family = AF_INET6;
    memcpy(&socket.sin6_addr, address, 16);
    wchar_t plain[64];
    DWORD size = 64;
    if (WSAAddressToStringW((struct sockaddr *)&socket, sizeof socket, NULL, plain, &size) != 0)
        wcscpy(plain, L"::");
    swprintf(text, 80, L"[%ls]:%u", plain, ntohs((u_short)port));
}

static void row(const wchar_t *proto, const wchar_t *local, const wchar_t *foreign, const wchar_t *state)
{
    out(L"  %-6ls %-22ls %-22ls %ls\n", proto, local, foreign, state);
}

static void *table(int tcp, ULONG family)
{
    DWORD size = 0;
    void *rows = NULL;
    for (int attempt = 0; attempt < 4; ++attempt) {
        DWORD rc = tcp ? GetExtendedTcpTable(rows, &size, TRUE, family, TCP_TABLE_OWNER_PID_ALL, 0)
                       : GetExtendedUdpTable(rows, &size, TRUE, family, UDP_TABLE_OWNER_PID, 0);
        if (rc == NO_ERROR)
            return rows;
        if (rc != ERROR_INSUFFICIENT_BUFFER)
            break;
        free(rows);
        rows = malloc(size);
    }
    free(rows);
    return NULL;
}

int wmain(int argc, wchar_t **argv)
{
    int all = 0, numeric = 0, tcp4 = 1, tcp6 = 1, udp4 = 1, udp6 = 1;
    for (int i = 1; i < argc; ++i) {
        const wchar_t *a = argv[i];
        if ((a[0] == L'-' || a[0] == L'/') && _wcsicmp(a + 1, L"p") == 0 && i + 1 < argc) {
            const wchar_t *p = argv[++i];
            tcp4 = _wcsicmp(p, L"TCP") == 0;
            tcp6 = _wcsicmp(p, L"TCPv6") == 0;
            udp4 = _wcsicmp(p, L"UDP") == 0;
            udp6 = _wcsicmp(p, L"UDPv6") == 0;
            if (!tcp4 && !tcp6 && !udp4 && !udp6) {
                err(L"netstat stand-in: %ls is not a protocol it plays\n", p);
                return 1;
            }
            continue;
        }
        if (a[0] != L'-' && a[0] != L'/')
            return 1;
        for (const wchar_t *f = a + 1; *f; ++f) {
            if (*f == L'a')
                all = 1;
            else if (*f == L'n')
                numeric = 1;
            else {
                err(L"netstat stand-in: -%lc is not an option it plays (-a, -n, -p)\n", *f);
                return 1;
            }
        }
    }
    if (!all || !numeric) {
        err(L"netstat stand-in: only -an is played\n");
        return 1;
    }
    WSADATA wsa;
    WSAStartup(MAKEWORD(2, 2), &wsa);
    out(L"\n%ls\n\n", tr(L"Active Connections", L"Aktive Verbindungen"));
    row(L"Proto", tr(L"Local Address", L"Lokale Adresse"), tr(L"Foreign Address", L"Remoteadresse"),
        tr(L"State", L"Status"));
    wchar_t local[80], foreign[80];
    MIB_TCPTABLE_OWNER_PID *t4 = tcp4 ? table(1, AF_INET) : NULL;
    for (DWORD i = 0; t4 && i < t4->dwNumEntries; ++i) {
        const MIB_TCPROW_OWNER_PID *r = &t4->table[i];
        v4(local, r->dwLocalAddr, r->dwLocalPort);
        v4(foreign, r->dwRemoteAddr, r->dwState == MIB_TCP_STATE_LISTEN ? 0 : r->dwRemotePort);
        row(L"TCP", local, foreign, state_name(r->dwState));
    }
    MIB_TCP6TABLE_OWNER_PID *t6 = tcp6 ? table(1, AF_INET6) : NULL;
    for (DWORD i = 0; t6 && i < t6->dwNumEntries; ++i) {
        const MIB_TCP6ROW_OWNER_PID *r = &t6->table[i];
        v6(local, r->ucLocalAddr, r->dwLocalPort);
        v6(foreign, r->ucRemoteAddr, r->dwState == MIB_TCP_STATE_LISTEN ? 0 : r->dwRemotePort);
        row(L"TCP", local, foreign, state_name(r->dwState));
    }
    MIB_UDPTABLE_OWNER_PID *u4 = udp4 ? table(0, AF_INET) : NULL;
    for (DWORD i = 0; u4 && i < u4->dwNumEntries; ++i) {
        v4(local, u4->table[i].dwLocalAddr, u4->table[i].dwLocalPort);
        row(L"UDP", local, L"*:*", L"");
    }
    MIB_UDP6TABLE_OWNER_PID *u6 = udp6 ? table(0, AF_INET6) : NULL;
    for (DWORD i = 0; u6 && i < u6->dwNumEntries; ++i) {
        v6(local, u6->table[i].ucLocalAddr, u6->table[i].dwLocalPort);
        row(L"UDP", local, L"*:*", L"");
    }
    return 0;
}
