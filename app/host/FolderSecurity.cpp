#include "FolderSecurity.h"

#include "render/ServiceCommands.h"

#include <QHash>
#include <QRegularExpression>

namespace {

const QString TrustedInstaller = QStringLiteral("S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464");

// Access rights an SDDL entry may name with letters, as Windows writes them for files.
const QHash<QString, quint32> &rightsByLetters()
{
    static const QHash<QString, quint32> letters{
        {QStringLiteral("GA"), 0x10000000}, {QStringLiteral("GX"), 0x20000000}, {QStringLiteral("GW"), 0x40000000},
        {QStringLiteral("GR"), 0x80000000}, {QStringLiteral("FA"), 0x1f01ff},   {QStringLiteral("FR"), 0x120089},
        {QStringLiteral("FW"), 0x120116},   {QStringLiteral("FX"), 0x1200a0},   {QStringLiteral("SD"), 0x10000},
        {QStringLiteral("RC"), 0x20000},    {QStringLiteral("WD"), 0x40000},    {QStringLiteral("WO"), 0x80000},
        {QStringLiteral("CC"), 0x1},        {QStringLiteral("DC"), 0x2},        {QStringLiteral("LC"), 0x4},
        {QStringLiteral("SW"), 0x8},        {QStringLiteral("RP"), 0x10},       {QStringLiteral("WP"), 0x20},
        {QStringLiteral("DT"), 0x40},       {QStringLiteral("LO"), 0x80},       {QStringLiteral("CR"), 0x100}};
    return letters;
}

quint32 rightsOf(const QString &text, bool *ok)
{
    *ok = true;
    if (text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        return text.mid(2).toUInt(ok, 16);
    if (text.isEmpty() || text.size() % 2) {
        *ok = false;
        return 0;
    }
    quint32 mask = 0;
    for (qsizetype i = 0; i < text.size(); i += 2) {
        const auto it = rightsByLetters().constFind(text.mid(i, 2));
        if (it == rightsByLetters().constEnd()) {
            *ok = false;
            return 0;
        }
        mask |= *it;
    }
    return mask;
}

// Add a file or folder, delete one (in it, or it), change who may, or take it: FILE_WRITE_DATA (add file),
// FILE_APPEND_DATA (add folder), FILE_DELETE_CHILD, DELETE, WRITE_DAC, WRITE_OWNER, GENERIC_WRITE, GENERIC_ALL.
constexpr quint32 Writing = 0x2 | 0x4 | 0x40 | 0x10000 | 0x40000 | 0x80000 | 0x40000000 | 0x10000000;

} // namespace

namespace {

const QHash<QString, QString> &abbreviations()
{
    static const QHash<QString, QString> map{
        {QStringLiteral("SY"), QStringLiteral("S-1-5-18")},     {QStringLiteral("BA"), QStringLiteral("S-1-5-32-544")},
        {QStringLiteral("BU"), QStringLiteral("S-1-5-32-545")}, {QStringLiteral("BG"), QStringLiteral("S-1-5-32-546")},
        {QStringLiteral("PU"), QStringLiteral("S-1-5-32-547")}, {QStringLiteral("WD"), QStringLiteral("S-1-1-0")},
        {QStringLiteral("AU"), QStringLiteral("S-1-5-11")},     {QStringLiteral("IU"), QStringLiteral("S-1-5-4")},
        {QStringLiteral("NU"), QStringLiteral("S-1-5-2")},      {QStringLiteral("AN"), QStringLiteral("S-1-5-7")},
        {QStringLiteral("LS"), QStringLiteral("S-1-5-19")},     {QStringLiteral("NS"), QStringLiteral("S-1-5-20")},
        {QStringLiteral("CO"), QStringLiteral("S-1-3-0")},      {QStringLiteral("CG"), QStringLiteral("S-1-3-1")},
        {QStringLiteral("OW"), QStringLiteral("S-1-3-4")},      {QStringLiteral("AC"), QStringLiteral("S-1-15-2-1")},
        {QStringLiteral("RD"), QStringLiteral("S-1-5-32-555")}, {QStringLiteral("RU"), QStringLiteral("S-1-5-32-554")},
        {QStringLiteral("SU"), QStringLiteral("S-1-5-6")},      {QStringLiteral("PS"), QStringLiteral("S-1-5-10")}};
    return map;
}

// CREATOR OWNER and OWNER RIGHTS: an entry for them stands for whoever made or owns the item.
bool standsForOwner(const QString &sid)
{
    return sid == QLatin1String("S-1-3-0") || sid == QLatin1String("S-1-3-4");
}

// Each SID the test accepts, and each abbreviation that stands for one of them, sorted.
QStringList namesOf(bool (*accepts)(const QString &))
{
    QStringList names;
    for (auto it = abbreviations().cbegin(); it != abbreviations().cend(); ++it) {
        if (accepts(it.value()))
            names << it.key() << it.value();
    }
    if (accepts(TrustedInstaller))
        names << TrustedInstaller;
    names.removeDuplicates();
    names.sort();
    return names;
}

} // namespace

QString FolderSecurity::expandSid(const QString &sid)
{
    return abbreviations().value(sid, sid);
}

QStringList FolderSecurity::sidAbbreviations()
{
    QStringList keys = abbreviations().keys();
    keys.sort();
    return keys;
}

QStringList FolderSecurity::administrativeNames()
{
    return namesOf(&FolderSecurity::administrative);
}

QStringList FolderSecurity::ownerStandInNames()
{
    return namesOf(&standsForOwner);
}

QStringList FolderSecurity::rightsLetters(bool writing)
{
    QStringList letters;
    for (auto it = rightsByLetters().cbegin(); it != rightsByLetters().cend(); ++it) {
        if (bool(*it & Writing) == writing)
            letters << it.key();
    }
    letters.sort();
    return letters;
}

quint32 FolderSecurity::writingRights()
{
    return Writing;
}

bool FolderSecurity::administrative(const QString &sid)
{
    return sid == QLatin1String("S-1-5-18") || sid == QLatin1String("S-1-5-32-544") || sid == TrustedInstaller;
}

QStringList FolderSecurity::serviceAccountPrefixes()
{
    return {QStringLiteral("S-1-5-80-"), QStringLiteral("S-1-5-93-")};
}

bool FolderSecurity::putThereByAdministrators(const QString &sid)
{
    const QStringList prefixes = serviceAccountPrefixes();
    return administrative(sid) || std::any_of(prefixes.cbegin(), prefixes.cend(),
                                              [&](const QString &prefix) { return sid.startsWith(prefix); });
}

FolderSecurity FolderSecurity::parse(const QString &sddl)
{
    FolderSecurity security;
    static const QRegularExpression shape(
        QStringLiteral("^O:([A-Z]{2}|S-1-[0-9-]+)(?:G:(?:[A-Z]{2}|S-1-[0-9-]+))?D:([A-Z]*)((?:\\([^()]*\\))*)"
                       "(?:S:.*)?$"));
    const QRegularExpressionMatch match = shape.match(sddl.trimmed());
    if (!match.hasMatch()) {
        security.problem = tr("\"%1\" is not a security descriptor with an owner and an access list").arg(sddl);
        return security;
    }
    security.owner = expandSid(match.captured(1));
    static const QRegularExpression entry(QStringLiteral("\\(([^()]*)\\)"));
    for (QRegularExpressionMatchIterator it = entry.globalMatch(match.captured(3)); it.hasNext();) {
        const QStringList fields = it.next().captured(1).split(QLatin1Char(';'));
        bool ok = fields.size() == 6;
        const quint32 rights = ok ? rightsOf(fields.at(2), &ok) : 0;
        if (!ok) {
            security.problem = tr("\"%1\" holds an entry Berth cannot read").arg(sddl);
            return security;
        }
        // An allowing entry (A, and the callback and object kinds): a denial takes nothing away that matters here.
        const QString type = fields.at(0);
        if (type != QLatin1String("A") && type != QLatin1String("XA") && type != QLatin1String("OA") &&
            type != QLatin1String("ZA"))
            continue;
        const QString sid = expandSid(fields.at(5));
        // CREATOR OWNER and OWNER RIGHTS stand for whoever made or owns the item: the owner is checked itself.
        if ((rights & Writing) && !administrative(sid) && !standsForOwner(sid) && !security.others.contains(sid))
            security.others << sid;
    }
    return security;
}

QString FolderSecurity::why() const
{
    if (!problem.isEmpty())
        return problem;
    QStringList said;
    if (!administrative(owner))
        said << tr("owned by %1").arg(owner);
    if (!others.isEmpty())
        said << tr("%1 may write in it").arg(others.join(QStringLiteral(", ")));
    return said.join(QStringLiteral("; "));
}

QList<FolderSecurity> FolderSecurity::read(const WindowsHost &host, const QStringList &paths, QString *error)
{
    QList<FolderSecurity> all;
    // As many paths to a run as its command line holds (Windows takes 32767 characters).
    constexpr qsizetype Longest = 30000;
    for (qsizetype from = 0; from < paths.size();) {
        // Stop: a path Get-Acl cannot read ends the run, so that each line printed is the path's of its place.
        QStringList lines{QStringLiteral("$ErrorActionPreference = 'Stop'")};
        qsizetype length = lines.first().size();
        QStringList batch;
        while (from < paths.size()) {
            const QString line = QStringLiteral("(Get-Acl -LiteralPath %1).Sddl")
                                     .arg(ServiceCommands::powershellLiteral(paths.at(from)));
            if (!batch.isEmpty() && length + line.size() + 1 > Longest)
                break;
            lines << line;
            length += line.size() + 1;
            batch << paths.at(from++);
        }
        const HostCommand command = ServiceCommands::powershell(lines, tr("Who owns and may write each folder"));
        const WindowsHost::Result result = host.run(command);
        QStringList sddls;
        for (const QString &line : result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (!line.trimmed().isEmpty())
                sddls << line.trimmed();
        if (!result.ok() || sddls.size() != batch.size()) {
            *error = tr("Get-Acl failed for %1: %2")
                         .arg(batch.size() > 3 ? batch.mid(0, 3).join(QStringLiteral(", ")) + QStringLiteral(", ...")
                                               : batch.join(QStringLiteral(", ")),
                              result.summary());
            return {};
        }
        for (const QString &sddl : std::as_const(sddls))
            all << parse(sddl);
    }
    return all;
}
