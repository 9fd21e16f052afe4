#pragma once

#include <QObject>
#include <QStringDecoder>
#include <QStringList>
#include <QTimer>

class QFile;

// Follows daemon.log: opens it at its end with bounded reads however large it is, then reports
// each line appended, keeps a partial line until its end arrives, and starts again from the top
// when the file is truncated or replaced by rotation. Replacement is told by the file's identity
// (inode, NTFS file index) and truncation by the last bytes before the read position, not by size
// alone: a file cut and written past the old position between two looks is still seen as cut.
// UTF-8 and UTF-16LE (with or without a byte order mark) are read. The wizard's log page and
// `berth tail` both use it.
class DaemonLogTail : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 ChunkSize = 64 * 1024;
    // How often follow() looks by default: a line appended shows within this. NTFS reports a growing
    // file's size late to change notifications, so a short poll is the way on Windows too.
    static constexpr int PollMs = 50;
    static constexpr qint64 FingerprintSize = 64;

    explicit DaemonLogTail(const QString &path, QObject *parent = nullptr);

    // The last n complete lines as the file stands, read backwards in chunks from its end. The
    // position to follow from is set to the end.
    QStringList lastLines(int n);
    void follow(int intervalMs = PollMs);
    void stop();
    // Reads what was appended since the last look, emitting lines; follow() calls it on a timer.
    void poll();

    qint64 bytesRead() const { return m_bytesRead; }

signals:
    void lineAppended(const QString &line);
    void restarted(const QString &why); // truncated or rotated: following from the top again

private:
    bool detectUtf16(const QByteArray &head) const;
    void emitLines(const QString &text);
    static qint64 fileIdentity(const QFile &file);
    void remember(QFile &file); // the fingerprint: the bytes just before m_offset

    QString m_path;
    qint64 m_offset = 0;
    qint64 m_identity = -1;
    QByteArray m_fingerprint;
    bool m_utf16 = false;
    QStringDecoder m_decoder;
    QString m_partial;
    QTimer m_timer;
    qint64 m_bytesRead = 0;
};
