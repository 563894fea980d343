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
    if (!f.open(QIODevice::ReadOnly) || f.size() > MaxArchiveSize)
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

ZipArchive::Stream::~Stream()
{
    if (m_z)
        inflateEnd(m_z.get());
}

double ZipArchive::Stream::progress() const
{
    return m_inSize == 0 ? 1.0 : double(m_consumed) / double(m_inSize);
}

bool ZipArchive::Stream::read(QByteArray& out, qsizetype max)
{
    out.resize(0);
    if (m_done || m_problem != Problem::None)
        return false;
    if (!m_deflated) {
        const qint64 n = std::min<qint64>(max, m_inSize - m_consumed);
        out = QByteArray(m_in + m_consumed, qsizetype(n));
        m_consumed += n;
        m_produced += n;
        m_done = m_consumed == m_inSize;
        return n > 0 || !m_done;
    }
    out.resize(max);
    z_stream& z = *m_z;
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = uInt(max);
    int rc = Z_OK;
    while (z.avail_out > 0) {
        const qint64 left = m_inSize - m_consumed;
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(m_in + m_consumed));
        z.avail_in = uInt(std::min<qint64>(left, qint64(1) << 20));
        const uInt before = z.avail_in;
        rc = inflate(&z, Z_NO_FLUSH);
        m_consumed += before - z.avail_in;
        if (rc == Z_STREAM_END)
            break;
        if (rc == Z_BUF_ERROR && left == 0) {
            m_problem = Problem::Damaged; // the data ended before the stream did
            return false;
        }
        if (rc != Z_OK && rc != Z_BUF_ERROR) {
            m_problem = Problem::Damaged;
            return false;
        }
    }
    const qint64 got = max - z.avail_out;
    out.resize(qsizetype(got));
    m_produced += got;
    if (m_produced > m_declared || m_produced > MaxEntrySize) {
        m_problem = m_produced > MaxEntrySize ? Problem::TooLarge : Problem::Damaged;
        return false;
    }
    if (m_produced > RatioGrace && m_produced > MaxRatio * std::max<qint64>(m_consumed, 1)) {
        m_problem = Problem::TooLarge;
        return false;
    }
    if (rc == Z_STREAM_END) {
        m_done = true;
        if (m_produced != m_declared) {
            m_problem = Problem::Damaged;
            return false;
        }
    }
    return got > 0 || !m_done;
}

std::unique_ptr<ZipArchive::Stream> ZipArchive::stream(const QString& name, Problem* problem) const
{
    auto fail = [problem](Problem p) -> std::unique_ptr<Stream> {
        if (problem)
            *problem = p;
        return nullptr;
    };
    const auto it = m_entries.constFind(name);
    if (it == m_entries.cend())
        return fail(Problem::Missing);
    const Entry& e = *it;
    const qsizetype n = m_data.size();
    const qsizetype h = e.localHeader;
    if (h + 30 > n || u32(m_data, h) != 0x04034b50)
        return fail(Problem::Damaged);
    const qsizetype start = h + 30 + u16(m_data, h + 26) + u16(m_data, h + 28);
    if (start + qsizetype(e.compressedSize) > n)
        return fail(Problem::Damaged);
    if (qint64(e.size) > MaxEntrySize ||
        (qint64(e.size) > RatioGrace && qint64(e.size) > MaxRatio * qint64(e.compressedSize)))
        return fail(Problem::TooLarge);
    if (e.method != 0 && e.method != 8)
        return fail(Problem::Unsupported);
    std::unique_ptr<Stream> s(new Stream);
    s->m_in = m_data.constData() + start;
    s->m_inSize = e.compressedSize;
    s->m_declared = e.size;
    s->m_deflated = e.method == 8;
    if (e.method == 0 && e.compressedSize != e.size)
        return fail(Problem::Damaged);
    if (s->m_deflated) {
        s->m_z = std::make_unique<z_stream>();
        *s->m_z = z_stream{};
        if (inflateInit2(s->m_z.get(), -MAX_WBITS) != Z_OK) {
            s->m_z.reset();
            return fail(Problem::Damaged);
        }
    }
    if (problem)
        *problem = Problem::None;
    return s;
}

std::optional<QByteArray> ZipArchive::read(const QString& name, Problem* problem) const
{
    const std::unique_ptr<Stream> s = stream(name, problem);
    if (!s)
        return std::nullopt;
    QByteArray all, piece;
    while (s->read(piece))
        all += piece;
    if (s->problem() != Problem::None) {
        if (problem)
            *problem = s->problem();
        return std::nullopt;
    }
    return all;
}

} // namespace signtally
