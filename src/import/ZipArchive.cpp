#include "import/ZipArchive.h"

#include <QFile>
#include <QtEndian>
#include <zlib.h>

namespace signtally {

namespace {
quint16 u16(const QByteArray& d, qsizetype at)
{
    return qFromLittleEndian<quint16>(d.constData() + at);
}
quint32 u32(const QByteArray& d, qsizetype at)
{
    return qFromLittleEndian<quint32>(d.constData() + at);
}
} // namespace

bool ZipArchive::open(const QString& path)
{
    m_entries.clear();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > (qint64(1) << 31))
        return false;
    m_data = f.readAll();
    const qsizetype n = m_data.size();
    if (n < 22)
        return false;
    // The end-of-central-directory record is in the last 64 KiB + 22 bytes.
    qsizetype eocd = -1;
    for (qsizetype i = n - 22; i >= 0 && i >= n - 22 - 65535; --i)
        if (u32(m_data, i) == 0x06054b50) {
            eocd = i;
            break;
        }
    if (eocd < 0)
        return false;
    const quint16 count = u16(m_data, eocd + 10);
    const quint32 dirSize = u32(m_data, eocd + 12);
    const quint32 dirOffset = u32(m_data, eocd + 16);
    if (qsizetype(dirOffset) + qsizetype(dirSize) > n)
        return false;
    qsizetype p = dirOffset;
    for (int i = 0; i < count; ++i) {
        if (p + 46 > n || u32(m_data, p) != 0x02014b50)
            return false;
        Entry e;
        e.method = u16(m_data, p + 10);
        e.compressedSize = u32(m_data, p + 20);
        e.size = u32(m_data, p + 24);
        const quint16 nameLength = u16(m_data, p + 28);
        const quint16 extraLength = u16(m_data, p + 30);
        const quint16 commentLength = u16(m_data, p + 32);
        e.localHeader = u32(m_data, p + 42);
        if (p + 46 + nameLength > n)
            return false;
        const QString name = QString::fromUtf8(m_data.constData() + p + 46, nameLength);
        m_entries.insert(name, e);
        p += 46 + nameLength + extraLength + commentLength;
    }
    return true;
}

std::optional<QByteArray> ZipArchive::read(const QString& name) const
{
    const auto it = m_entries.constFind(name);
    if (it == m_entries.cend())
        return std::nullopt;
    const Entry& e = *it;
    const qsizetype n = m_data.size();
    const qsizetype h = e.localHeader;
    if (h + 30 > n || u32(m_data, h) != 0x04034b50)
        return std::nullopt;
    const qsizetype start = h + 30 + u16(m_data, h + 26) + u16(m_data, h + 28);
    if (start + qsizetype(e.compressedSize) > n || e.size > (1u << 30))
        return std::nullopt;
    if (e.method == 0)
        return m_data.mid(start, e.compressedSize);
    if (e.method != 8)
        return std::nullopt;
    QByteArray out(qsizetype(e.size), Qt::Uninitialized);
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
        return std::nullopt;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(m_data.constData() + start));
    z.avail_in = e.compressedSize;
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = e.size;
    const int rc = inflate(&z, Z_FINISH);
    const uLong produced = z.total_out;
    inflateEnd(&z);
    if (rc != Z_STREAM_END || produced != e.size)
        return std::nullopt;
    return out;
}

} // namespace signtally
