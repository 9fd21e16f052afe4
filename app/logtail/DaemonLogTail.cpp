#include "DaemonLogTail.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <sys/stat.h>
#endif

DaemonLogTail::DaemonLogTail(const QString &path, QObject *parent) : QObject(parent), m_path(path)
{
    connect(&m_timer, &QTimer::timeout, this, &DaemonLogTail::poll);
}

bool DaemonLogTail::detectUtf16(const QByteArray &head) const
{
    if (head.startsWith("\xff\xfe"))
        return true;
    // Text in UTF-16LE has a zero at most odd positions (NSSM writes it so when asked).
    int zeros = 0, pairs = 0;
    for (qsizetype i = 1; i < qMin<qsizetype>(head.size(), 256); i += 2, ++pairs)
        zeros += head.at(i) == '\0' && head.at(i - 1) != '\0';
    return pairs >= 4 && zeros * 4 >= pairs * 3;
}

qint64 DaemonLogTail::fileIdentity(const QFile &file)
{
    // Tells a rotated-in new file from the one being followed, for the file actually open: the inode,
    // or on Windows the file index (msvcrt's stat() has no inode: st_ino is always 0 there).
#ifdef Q_OS_WIN
    BY_HANDLE_FILE_INFORMATION info;
    const auto handle = reinterpret_cast<HANDLE>(_get_osfhandle(file.handle()));
    if (handle == INVALID_HANDLE_VALUE || !GetFileInformationByHandle(handle, &info))
        return -1;
    return qint64((quint64(info.nFileIndexHigh) << 32 | info.nFileIndexLow) ^ quint64(info.dwVolumeSerialNumber) << 48);
#else
    struct stat info;
    return ::fstat(file.handle(), &info) == 0 ? qint64(info.st_ino) : -1;
#endif
}

QStringList DaemonLogTail::lastLines(int n)
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const qint64 size = file.size();
    m_utf16 = detectUtf16(file.read(256));
    m_bytesRead += qMin<qint64>(size, 256);
    m_decoder = QStringDecoder(m_utf16 ? QStringDecoder::Utf16LE : QStringDecoder::Utf8);
    const QByteArray newline = m_utf16 ? QByteArray("\n\0", 2) : QByteArray("\n");

    QByteArray tail;
    qint64 start = size;
    while (start > 0 && tail.count(newline) <= n) {
        const qint64 from = qMax<qint64>(0, start - ChunkSize);
        file.seek(from);
        tail.prepend(file.read(start - from));
        m_bytesRead += start - from;
        start = from;
    }
    if (m_utf16 && start % 2)
        tail.remove(0, 1);
    if (start == 0 && m_utf16 && tail.startsWith("\xff\xfe"))
        tail.remove(0, 2);
    QStringDecoder decoder(m_utf16 ? QStringDecoder::Utf16LE : QStringDecoder::Utf8);
    QString text = decoder(tail);
    // A line still being written is not complete yet: following takes it up.
    const qsizetype lastNewline = text.lastIndexOf(QLatin1Char('\n'));
    m_partial = text.mid(lastNewline + 1);
    text.truncate(lastNewline < 0 ? 0 : lastNewline);
    QStringList lines = text.split(QLatin1Char('\n'));
    if (start > 0 && !lines.isEmpty())
        lines.removeFirst(); // it began before the bytes read
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    if (lastNewline < 0)
        lines.clear();
    m_offset = size;
    m_identity = fileIdentity(file);
    remember(file);
    return lines.mid(qMax<qsizetype>(0, lines.size() - n));
}

void DaemonLogTail::remember(QFile &file)
{
    const qint64 from = qMax<qint64>(0, m_offset - FingerprintSize);
    file.seek(from);
    m_fingerprint = file.read(m_offset - from);
    m_bytesRead += m_fingerprint.size();
}

void DaemonLogTail::follow(int intervalMs)
{
    m_timer.start(intervalMs);
}

void DaemonLogTail::stop()
{
    m_timer.stop();
}

void DaemonLogTail::emitLines(const QString &text)
{
    m_partial += text;
    qsizetype newline;
    while ((newline = m_partial.indexOf(QLatin1Char('\n'))) >= 0) {
        QString line = m_partial.left(newline);
        m_partial.remove(0, newline + 1);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        emit lineAppended(line);
    }
}

void DaemonLogTail::poll()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return; // between a rotation's rename and the new file
    const qint64 identity = fileIdentity(file);
    const qint64 size = file.size();
    const bool replaced = m_identity != -1 && identity != m_identity;
    bool truncated = size < m_offset;
    if (!replaced && !truncated && !m_fingerprint.isEmpty()) {
        file.seek(m_offset - m_fingerprint.size());
        truncated = file.read(m_fingerprint.size()) != m_fingerprint; // cut, and written past where we were
        m_bytesRead += m_fingerprint.size();
    }
    if (truncated || replaced) {
        emit restarted(replaced ? tr("the log was rotated") : tr("the log was truncated"));
        m_offset = 0;
        m_fingerprint.clear();
        m_partial.clear();
        m_utf16 = detectUtf16(file.peek(256));
        m_decoder = QStringDecoder(m_utf16 ? QStringDecoder::Utf16LE : QStringDecoder::Utf8);
    }
    m_identity = identity;
    if (size == m_offset)
        return;
    if (m_offset == 0 && m_utf16 && file.peek(2) == QByteArray("\xff\xfe"))
        m_offset = 2;
    file.seek(m_offset);
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(ChunkSize);
        if (chunk.isEmpty())
            break;
        m_offset += chunk.size();
        m_bytesRead += chunk.size();
        emitLines(m_decoder(chunk));
    }
    remember(file);
}
