/* A stand-in for netsh.exe, whose Wine build is a stub that exits 0 and does nothing. It plays
 * `netsh advfirewall firewall add|delete|show rule PARAMETER=VALUE...` as documented (netsh advfirewall
 * firewall add rule ?) and keeps the rules where Windows Firewall keeps them: one REG_SZ value a rule, named
 * {GUID}, under HKLM\SYSTEM\CurrentControlSet\Services\SharedAccess\Parameters\FirewallPolicy\FirewallRules,
 * in the grammar of [MS-GPFAS] 2.2.2.19 ("v2.30|Action=Allow|Active=TRUE|Dir=In|Protocol=6|LPort=2376|...").
 * Strict as netsh: add needs name=, dir= and action=, refuses name=all, unknown parameters, malformed
 * values and ports without protocol=tcp or udp (exit 1); several rules may share a name (netsh allows it);
 * delete and show exit 1 with "No rules match the specified criteria." when none matches.
 * BERTH_WINDOWS_LANGUAGE=de prints a German Windows' labels and words (Regelname, Beliebig, Zulassen). */
#include <winsock2.h>
#include <ws2tcpip.h>

#include "standin-text.h"

#include <rpc.h>
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>

#define RULES L"SYSTEM\\CurrentControlSet\\Services\\SharedAccess\\Parameters\\FirewallPolicy\\FirewallRules"

static int syntax_error(void)
{
    out(L"%ls\n\n", tr(L"The syntax supplied for this command is not valid. Check help for the correct syntax.",
                       L"Die für diesen Befehl angegebene Syntax ist ungültig. Überprüfen Sie die Hilfe für die "
                       L"richtige Syntax."));
    return 1;
}

static int value_error(const wchar_t *english, const wchar_t *deutsch)
{
    out(L"%ls\n\n", tr(english, deutsch));
    return 1;
}

static int no_match(void)
{
    out(L"\n%ls\n\n", tr(L"No rules match the specified criteria.",
                         L"Keine Regeln entsprechen den angegebenen Kriterien."));
    return 1;
}

struct Parameter
{
    const wchar_t *key;
    const wchar_t *value;
};

static const wchar_t *get(struct Parameter *p, int count, const wchar_t *key)
{
    for (int i = 0; i < count; ++i)
        if (_wcsicmp(p[i].key, key) == 0)
            return p[i].value;
    return NULL;
}

/* The next comma-separated item of a list, cut out in place; NULL at the end. */
static wchar_t *next_item(wchar_t **cursor)
{
    if (!*cursor || !**cursor)
        return NULL;
    wchar_t *item = *cursor, *comma = wcschr(item, L',');
    if (comma) {
        *comma = 0;
        *cursor = comma + 1;
    } else {
        *cursor = NULL;
    }
    return item;
}

static int one_of(const wchar_t *value, const wchar_t **choices)
{
    for (int i = 0; choices[i]; ++i)
        if (_wcsicmp(value, choices[i]) == 0)
            return i;
    return -1;
}

/* A port list: any, or N and N-M (0-65535) separated by commas. */
static int valid_ports(const wchar_t *value)
{
    if (_wcsicmp(value, L"any") == 0)
        return 1;
    const wchar_t *p = value;
    while (*p) {
        wchar_t *end;
        long from = wcstol(p, &end, 10);
        if (end == p || from < 0 || from > 65535)
            return 0;
        p = end;
        if (*p == L'-') {
            long to = wcstol(p + 1, &end, 10);
            if (end == p + 1 || to < from || to > 65535)
                return 0;
            p = end;
        }
        if (*p == L',')
            ++p;
        else if (*p)
            return 0;
    }
    return 1;
}

static int is_v4(const wchar_t *text)
{
    IN_ADDR a;
    return InetPtonW(AF_INET, text, &a) == 1;
}

static int is_v6(const wchar_t *text)
{
    IN6_ADDR a;
    return InetPtonW(AF_INET6, text, &a) == 1;
}

static const wchar_t *keywords[] = {L"LocalSubnet", L"DNS", L"DHCP", L"WINS", L"DefaultGateway", NULL};

/* One remote address as the registry keeps it ("RA4=10.0.0.0/255.0.0.0|"), appended to rule; 0 if invalid. */
static int add_address(wchar_t *rule, const wchar_t *item)
{
    wchar_t text[128], left[128];
    int k = one_of(item, keywords);
    if (k >= 0) {
        swprintf(text, 128, L"RA4=%ls|RA6=%ls|", keywords[k], keywords[k]);
        wcscat(rule, text);
        return 1;
    }
    wcsncpy(left, item, 127);
    left[127] = 0;
    wchar_t *slash = wcschr(left, L'/'), *dash = wcschr(left, L'-');
    if (slash) {
        *slash = 0;
        const wchar_t *right = slash + 1;
        wchar_t *end;
        long prefix = wcstol(right, &end, 10);
        if (is_v4(left)) {
            unsigned long mask;
            if (*end == 0 && end != right && prefix >= 0 && prefix <= 32) {
                mask = prefix == 0 ? 0 : 0xffffffffUL << (32 - prefix);
            } else if (is_v4(right)) {
                IN_ADDR m;
                InetPtonW(AF_INET, right, &m);
                mask = ntohl(m.S_un.S_addr);
            } else {
                return 0;
            }
            swprintf(text, 128, L"RA4=%ls/%lu.%lu.%lu.%lu|", left, mask >> 24, (mask >> 16) & 255, (mask >> 8) & 255,
                     mask & 255);
        } else if (is_v6(left) && *end == 0 && end != right && prefix >= 0 && prefix <= 128) {
            swprintf(text, 128, L"RA6=%ls/%ld|", left, prefix);
        } else {
            return 0;
        }
    } else if (dash) {
        *dash = 0;
        if (is_v4(left) && is_v4(dash + 1))
            swprintf(text, 128, L"RA4=%ls-%ls|", left, dash + 1);
        else if (is_v6(left) && is_v6(dash + 1))
            swprintf(text, 128, L"RA6=%ls-%ls|", left, dash + 1);
        else
            return 0;
    } else if (is_v4(left)) {
        swprintf(text, 128, L"RA4=%ls|", left);
    } else if (is_v6(left)) {
        swprintf(text, 128, L"RA6=%ls|", left);
    } else {
        return 0;
    }
    wcscat(rule, text);
    return 1;
}

static int add_rule(struct Parameter *p, int count)
{
    static const wchar_t *allowed[] = {L"name", L"dir", L"action", L"program", L"service", L"description",
                                       L"enable", L"profile", L"localip", L"remoteip", L"localport", L"remoteport",
                                       L"protocol", L"interfacetype", L"edge", L"security", NULL};
    for (int i = 0; i < count; ++i)
        if (one_of(p[i].key, allowed) < 0)
            return syntax_error();
    const wchar_t *name = get(p, count, L"name"), *dir = get(p, count, L"dir"), *action = get(p, count, L"action");
    if (!name || !dir || !action || !*name || _wcsicmp(name, L"all") == 0)
        return syntax_error();
    static const wchar_t *dirs[] = {L"in", L"out", NULL}, *actions[] = {L"allow", L"block", L"bypass", NULL},
                         *bools[] = {L"yes", L"no", NULL};
    static const wchar_t *dirNames[] = {L"In", L"Out"}, *actionNames[] = {L"Allow", L"Block", L"ByPass"};
    int d = one_of(dir, dirs), a = one_of(action, actions);
    if (d < 0 || a < 0)
        return value_error(L"A specified value is not valid.", L"Ein angegebener Wert ist ungültig.");
    const wchar_t *enable = get(p, count, L"enable");
    if (enable && one_of(enable, bools) < 0)
        return value_error(L"A specified value is not valid.", L"Ein angegebener Wert ist ungültig.");
    static wchar_t rule[8192];
    swprintf(rule, 8192, L"v2.30|Action=%ls|Active=%ls|Dir=%ls|", actionNames[a],
             enable && _wcsicmp(enable, L"no") == 0 ? L"FALSE" : L"TRUE", dirNames[d]);
    const wchar_t *protocol = get(p, count, L"protocol");
    int number = 256;
    if (protocol) {
        wchar_t *end;
        if (_wcsicmp(protocol, L"tcp") == 0)
            number = 6;
        else if (_wcsicmp(protocol, L"udp") == 0)
            number = 17;
        else if (_wcsicmp(protocol, L"icmpv4") == 0)
            number = 1;
        else if (_wcsicmp(protocol, L"icmpv6") == 0)
            number = 58;
        else if (_wcsicmp(protocol, L"any") != 0) {
            number = (int)wcstol(protocol, &end, 10);
            if (*end || end == protocol || number < 0 || number > 255)
                return value_error(L"A specified protocol value is not valid.",
                                   L"Ein angegebener Protokollwert ist ungültig.");
        }
    }
    if (number != 256) {
        wchar_t field[32];
        swprintf(field, 32, L"Protocol=%d|", number);
        wcscat(rule, field);
    }
    const wchar_t *profile = get(p, count, L"profile");
    if (profile) {
        static const wchar_t *profiles[] = {L"public", L"private", L"domain", L"any", NULL};
        static const wchar_t *profileNames[] = {L"Public", L"Private", L"Domain"};
        wchar_t list[256];
        wcsncpy(list, profile, 255);
        list[255] = 0;
        wchar_t *cursor = list;
        for (wchar_t *item = next_item(&cursor); item; item = next_item(&cursor)) {
            int k = one_of(item, profiles);
            if (k < 0)
                return value_error(L"A specified value is not valid.", L"Ein angegebener Wert ist ungültig.");
            if (k < 3) {
                wcscat(rule, L"Profile=");
                wcscat(rule, profileNames[k]);
                wcscat(rule, L"|");
            }
        }
    }
    for (int side = 0; side < 2; ++side) {
        const wchar_t *ports = get(p, count, side ? L"remoteport" : L"localport");
        if (!ports)
            continue;
        if (number != 6 && number != 17)
            return value_error(L"A specified port value is not valid.", L"Ein angegebener Portwert ist ungültig.");
        if (!valid_ports(ports))
            return value_error(L"A specified port value is not valid.", L"Ein angegebener Portwert ist ungültig.");
        if (_wcsicmp(ports, L"any") == 0)
            continue;
        wchar_t list[1024];
        wcsncpy(list, ports, 1023);
        list[1023] = 0;
        wchar_t *cursor = list;
        for (wchar_t *item = next_item(&cursor); item; item = next_item(&cursor)) {
            wcscat(rule, side ? L"RPort=" : L"LPort=");
            wcscat(rule, item);
            wcscat(rule, L"|");
        }
    }
    const wchar_t *remote = get(p, count, L"remoteip");
    if (remote && _wcsicmp(remote, L"any") != 0) {
        wchar_t list[2048];
        wcsncpy(list, remote, 2047);
        list[2047] = 0;
        wchar_t *cursor = list;
        for (wchar_t *item = next_item(&cursor); item; item = next_item(&cursor))
            if (!add_address(rule, item))
                return value_error(L"A specified IP address or address keyword is not valid.",
                                   L"Eine angegebene IP-Adresse oder ein Adressschlüsselwort ist ungültig.");
    }
    wcscat(rule, L"Name=");
    wcscat(rule, name);
    wcscat(rule, L"|");
    const wchar_t *description = get(p, count, L"description");
    if (description) {
        wcscat(rule, L"Desc=");
        wcscat(rule, description);
        wcscat(rule, L"|");
    }
    /* The rule's id as Windows names it, {GUID}; from rpcrt4, not ole32: COM would start Wine's desktop process
     * (explorer.exe), which inherits this program's output (a file install.cmd redirects it to) and holds it open. */
    UUID guid;
    UuidCreate(&guid);
    wchar_t id[64];
    swprintf(id, 64, L"{%08lX-%04hX-%04hX-%02X%02X-%02X%02X%02X%02X%02X%02X}", (unsigned long)guid.Data1,
             guid.Data2, guid.Data3, guid.Data4[0], guid.Data4[1], guid.Data4[2], guid.Data4[3], guid.Data4[4],
             guid.Data4[5], guid.Data4[6], guid.Data4[7]);
    HKEY key;
    if (RegCreateKeyExW(HKEY_LOCAL_MACHINE, RULES, 0, NULL, 0, KEY_SET_VALUE, NULL, &key, NULL) != ERROR_SUCCESS)
        return value_error(L"An error occurred while attempting to contact the Windows Firewall service.",
                           L"Fehler beim Herstellen der Verbindung mit dem Windows-Firewalldienst.");
    RegSetValueExW(key, id, 0, REG_SZ, (const BYTE *)rule, (DWORD)((wcslen(rule) + 1) * sizeof(wchar_t)));
    RegCloseKey(key);
    out(L"%ls\n\n", tr(L"Ok.", L"OK."));
    return 0;
}

/* The value of FIELD in a stored rule ("Name" in "...|Name=Docker daemon|..."), or "". */
static void field_of(const wchar_t *rule, const wchar_t *field, wchar_t *value, size_t size, int occurrence)
{
    wchar_t pattern[64];
    swprintf(pattern, 64, L"|%ls=", field);
    value[0] = 0;
    const wchar_t *at = rule;
    for (int n = 0; n <= occurrence; ++n) {
        at = wcsstr(at, pattern);
        if (!at)
            return;
        at += wcslen(pattern);
    }
    const wchar_t *end = wcschr(at, L'|');
    size_t length = end ? (size_t)(end - at) : wcslen(at);
    if (length >= size)
        length = size - 1;
    wcsncpy(value, at, length);
    value[length] = 0;
}

/* Whether a stored rule matches the name (all: any) and the optional filters of delete and show. */
static int matches(const wchar_t *rule, struct Parameter *p, int count)
{
    wchar_t value[1024];
    const wchar_t *name = get(p, count, L"name");
    field_of(rule, L"Name", value, 1024, 0);
    if (_wcsicmp(name, L"all") != 0 && _wcsicmp(name, value) != 0)
        return 0;
    const wchar_t *dir = get(p, count, L"dir");
    field_of(rule, L"Dir", value, 1024, 0);
    if (dir && _wcsicmp(dir, value) != 0)
        return 0;
    const wchar_t *protocol = get(p, count, L"protocol");
    field_of(rule, L"Protocol", value, 1024, 0);
    if (protocol && _wcsicmp(protocol, L"any") != 0) {
        const wchar_t *number = _wcsicmp(protocol, L"tcp") == 0 ? L"6" : _wcsicmp(protocol, L"udp") == 0 ? L"17"
                                                                                                         : protocol;
        if (wcscmp(number, value) != 0)
            return 0;
    }
    const wchar_t *port = get(p, count, L"localport");
    field_of(rule, L"LPort", value, 1024, 0);
    if (port && _wcsicmp(port, L"any") != 0 && wcscmp(port, value) != 0)
        return 0;
    return 1;
}

/* The stored rules, name and data, in the order of the registry. */
static int each_rule(wchar_t ids[][64], wchar_t **data, int most)
{
    HKEY key;
    if (RegOpenKeyExW(HKEY_LOCAL_MACHINE, RULES, 0, KEY_READ, &key) != ERROR_SUCCESS)
        return 0;
    int n = 0;
    for (DWORD i = 0; n < most; ++i) {
        DWORD idSize = 64, dataSize = 0;
        if (RegEnumValueW(key, i, ids[n], &idSize, NULL, NULL, NULL, &dataSize) != ERROR_SUCCESS)
            break;
        data[n] = (wchar_t *)calloc(dataSize + 4, 1);
        idSize = 64;
        RegEnumValueW(key, i, ids[n], &idSize, NULL, NULL, (BYTE *)data[n], &dataSize);
        ++n;
    }
    RegCloseKey(key);
    return n;
}

static int delete_rules(struct Parameter *p, int count)
{
    static const wchar_t *allowed[] = {L"name",     L"dir",       L"profile",   L"program",    L"service",
                                       L"localip",  L"remoteip",  L"localport", L"remoteport", L"protocol",
                                       NULL};
    for (int i = 0; i < count; ++i)
        if (one_of(p[i].key, allowed) < 0)
            return syntax_error();
    if (!get(p, count, L"name"))
        return syntax_error();
    static wchar_t ids[512][64];
    static wchar_t *data[512];
    int n = each_rule(ids, data, 512), deleted = 0;
    HKEY key;
    RegOpenKeyExW(HKEY_LOCAL_MACHINE, RULES, 0, KEY_SET_VALUE, &key);
    for (int i = 0; i < n; ++i) {
        if (matches(data[i], p, count)) {
            RegDeleteValueW(key, ids[i]);
            ++deleted;
        }
    }
    RegCloseKey(key);
    if (deleted == 0)
        return no_match();
    out(german() ? L"\n%d Regel(n) gelöscht.\nOK.\n\n" : L"\nDeleted %d rule(s).\nOk.\n\n", deleted);
    return 0;
}

static void show_one(const wchar_t *rule)
{
    wchar_t name[1024], value[1024], list[2048];
    const wchar_t *any = tr(L"Any", L"Beliebig");
    field_of(rule, L"Name", name, 1024, 0);
    out(L"\n%-38ls%ls\n", tr(L"Rule Name:", L"Regelname:"), name);
    out(L"----------------------------------------------------------------------\n");
    field_of(rule, L"Active", value, 1024, 0);
    out(L"%-38ls%ls\n", tr(L"Enabled:", L"Aktiviert:"),
        _wcsicmp(value, L"TRUE") == 0 ? tr(L"Yes", L"Ja") : tr(L"No", L"Nein"));
    field_of(rule, L"Dir", value, 1024, 0);
    out(L"%-38ls%ls\n", tr(L"Direction:", L"Richtung:"),
        _wcsicmp(value, L"In") == 0 ? tr(L"In", L"Eingang") : tr(L"Out", L"Ausgang"));
    list[0] = 0;
    for (int i = 0;; ++i) {
        field_of(rule, L"Profile", value, 1024, i);
        if (!*value)
            break;
        if (*list)
            wcscat(list, L",");
        wcscat(list, value);
    }
    out(L"%-38ls%ls\n", tr(L"Profiles:", L"Profile:"), *list ? list : tr(L"Domain,Private,Public", L"Domäne,Privat,Öffentlich"));
    out(L"%-38ls\n", tr(L"Grouping:", L"Gruppierung:"));
    out(L"%-38ls%ls\n", tr(L"LocalIP:", L"LokaleIP:"), any);
    list[0] = 0;
    for (int i = 0;; ++i) {
        field_of(rule, L"RA4", value, 1024, i);
        if (!*value)
            break;
        if (*list)
            wcscat(list, L",");
        wcscat(list, value);
    }
    for (int i = 0;; ++i) {
        field_of(rule, L"RA6", value, 1024, i);
        if (!*value)
            break;
        if (wcsstr(list, value))
            continue;
        if (*list)
            wcscat(list, L",");
        wcscat(list, value);
    }
    out(L"%-38ls%ls\n", tr(L"RemoteIP:", L"RemoteIP:"), *list ? list : any);
    field_of(rule, L"Protocol", value, 1024, 0);
    out(L"%-38ls%ls\n", tr(L"Protocol:", L"Protokoll:"),
        wcscmp(value, L"6") == 0 ? L"TCP" : wcscmp(value, L"17") == 0 ? L"UDP" : *value ? value : any);
    field_of(rule, L"LPort", value, 1024, 0);
    out(L"%-38ls%ls\n", tr(L"LocalPort:", L"LokalerPort:"), *value ? value : any);
    field_of(rule, L"RPort", value, 1024, 0);
    out(L"%-38ls%ls\n", tr(L"RemotePort:", L"Remoteport:"), *value ? value : any);
    out(L"%-38ls%ls\n", tr(L"Edge traversal:", L"Edgeausnahme:"), tr(L"No", L"Nein"));
    field_of(rule, L"Action", value, 1024, 0);
    out(L"%-38ls%ls\n", tr(L"Action:", L"Aktion:"),
        _wcsicmp(value, L"Allow") == 0 ? tr(L"Allow", L"Zulassen") : tr(L"Block", L"Blockieren"));
}

static int show_rules(struct Parameter *p, int count)
{
    static const wchar_t *allowed[] = {L"name", L"dir", L"profile", L"type", L"verbose", NULL};
    for (int i = 0; i < count; ++i)
        if (one_of(p[i].key, allowed) < 0)
            return syntax_error();
    if (!get(p, count, L"name"))
        return syntax_error();
    static wchar_t ids[512][64];
    static wchar_t *data[512];
    int n = each_rule(ids, data, 512), shown = 0;
    for (int i = 0; i < n; ++i) {
        if (matches(data[i], p, count)) {
            show_one(data[i]);
            ++shown;
        }
    }
    if (shown == 0)
        return no_match();
    out(L"%ls\n\n", tr(L"Ok.", L"OK."));
    return 0;
}

int wmain(int argc, wchar_t **argv)
{
    if (argc < 5 || _wcsicmp(argv[1], L"advfirewall") != 0 || _wcsicmp(argv[2], L"firewall") != 0 ||
        _wcsicmp(argv[4], L"rule") != 0) {
        wchar_t line[1024] = L"";
        for (int i = 1; i < argc; ++i) {
            wcsncat(line, argv[i], 1000 - wcslen(line));
            wcscat(line, L" ");
        }
        out(L"%ls %ls\n\n", tr(L"The following command was not found:", L"Folgender Befehl wurde nicht gefunden:"),
            line);
        return 1;
    }
    static struct Parameter parameters[64];
    int count = 0;
    for (int i = 5; i < argc && count < 64; ++i) {
        if (_wcsicmp(argv[i], L"verbose") == 0) {
            parameters[count++] = (struct Parameter){L"verbose", L""};
            continue;
        }
        wchar_t *equals = wcschr(argv[i], L'=');
        if (!equals || equals == argv[i])
            return syntax_error();
        *equals = 0;
        parameters[count++] = (struct Parameter){argv[i], equals + 1};
    }
    if (_wcsicmp(argv[3], L"add") == 0)
        return add_rule(parameters, count);
    if (_wcsicmp(argv[3], L"delete") == 0)
        return delete_rules(parameters, count);
    if (_wcsicmp(argv[3], L"show") == 0)
        return show_rules(parameters, count);
    return syntax_error();
}
