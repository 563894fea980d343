#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <memory>
#include <optional>

typedef struct z_stream_s z_stream;

namespace signtally {

// Reads the entries of a ZIP file (an .xlsx is one) with zlib: the central
// directory, stored and deflated entries. Enough for Office Open XML files;
// no encryption, no multi-disk archives, no ZIP64.
//
// An entry is read as a stream, a piece at a time as it inflates, so a sheet
// is never held whole. Entries larger than MaxEntrySize (declared or actual)
// and entries that inflate more than MaxRatio times their compressed size
// past the first RatioGrace bytes (a "zip bomb") are refused before or while
// reading, quickly and in little memory.
//
// Why not QuaZip: QuaZip carries its own modified copy of minizip and exports
// the same symbol names (zipOpen, unzOpen2…) as Debian's libminizip, which
// libxlsxwriter uses. In one process the dynamic linker binds both to the
// first one loaded, and libxlsxwriter then crashes inside QuaZip's zipOpen3
// (seen with libquazip1-qt6 1.4 and libxlsxwriter 1.1.4 on Debian 12). The app
// writes xlsx with libxlsxwriter, so it reads them without QuaZip.
class ZipArchive
{
public:
    static constexpr qint64 MaxEntrySize = qint64(512) << 20; // 512 MiB of XML
    static constexpr qint64 MaxRatio = 200;
    static constexpr qint64 RatioGrace = qint64(16) << 20;
    static constexpr qint64 MaxArchiveSize = qint64(256) << 20;

    enum class Problem
    {
        None,
        Missing,  // no such entry
        Damaged,  // bad headers, bad deflate data, shorter or longer than declared
        TooLarge, // past MaxEntrySize or MaxRatio
        Unsupported
    };

    // One entry, read in pieces.
    class Stream
    {
    public:
        ~Stream();
        Stream(const Stream&) = delete;
        Stream& operator=(const Stream&) = delete;
        // Up to max bytes into out (resized to what was read); false at the
        // end or on a problem (problem() tells which).
        bool read(QByteArray& out, qsizetype max = qsizetype(256) << 10);
        Problem problem() const { return m_problem; }
        qint64 produced() const { return m_produced; }
        double progress() const;

    private:
        friend class ZipArchive;
        Stream() = default;
        const char* m_in = nullptr;
        qint64 m_inSize = 0;
        qint64 m_consumed = 0;
        qint64 m_declared = 0;
        qint64 m_produced = 0;
        bool m_deflated = false;
        bool m_done = false;
        Problem m_problem = Problem::None;
        std::unique_ptr<z_stream> m_z;
    };

    // False when the file cannot be read, is larger than MaxArchiveSize or is
    // not a ZIP archive.
    bool open(const QString& path);
    bool contains(const QString& name) const { return m_entries.contains(name); }
    // A stream over an entry (which must outlive neither this archive), or
    // null with *problem set.
    std::unique_ptr<Stream> stream(const QString& name, Problem* problem = nullptr) const;
    // The uncompressed bytes of a whole entry, or nothing (problem tells why).
    std::optional<QByteArray> read(const QString& name, Problem* problem = nullptr) const;

private:
    struct Entry
    {
        quint16 method = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint32 localHeader = 0;
    };
    QByteArray m_data;
    QHash<QString, Entry> m_entries;
};

} // namespace signtally
