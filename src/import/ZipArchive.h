#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <optional>

namespace signtally {

// Reads the entries of a ZIP file (an .xlsx is one) with zlib: the central
// directory, stored and deflated entries. Enough for Office Open XML files;
// no encryption, no multi-disk archives, no ZIP64.
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
    // False when the file cannot be read or is not a ZIP archive.
    bool open(const QString& path);
    bool contains(const QString& name) const { return m_entries.contains(name); }
    // The uncompressed bytes of an entry, or nothing when it is missing or damaged.
    std::optional<QByteArray> read(const QString& name) const;

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
