// The importer: every accepted form, encoding and spelling, every kind of
// error with its place, the accounting, all-or-nothing, the template round trip.
#include "cli/Cli.h"
#include "core/VnFormat.h"
#include "import/CsvReader.h"
#include "import/ImportApplier.h"
#include "import/ImportCommands.h"
#include "import/ImportPlanner.h"
#include "import/ImportTemplate.h"
#include "import/TextDecoding.h"
#include "import/XlsxReader.h"
#include "storage/CampaignStore.h"
#include "storage/Integrity.h"
#include "storage/Seeder.h"
#include "storage/TallyStore.h"
#include "support/TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QtEndian>
#include <gtest/gtest.h>
#include <xlsxwriter.h>
#include <zlib.h>

using namespace signtally;
using namespace Qt::StringLiterals;

namespace {

struct CliRun
{
    int code;
    QString out;
    QString err;
};

CliRun cli(const QStringList& args)
{
    QString out, err;
    QTextStream o(&out), e(&err);
    Cli c;
    registerImportCommands(c);
    const int code = c.run(QStringList{u"signtally"_s} + args, o, e);
    return {code, out, err};
}

QByteArray utf8(const QString& s)
{
    return s.toUtf8();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// A ZIP archive with stored (uncompressed) entries, written by hand: for
// workbooks the way other programs save them (inline strings, no shared strings).
struct ZipPart
{
    QString name;
    QByteArray bytes; // as stored in the archive
    quint16 method = 0;
    quint32 crc = 0;
    quint32 size = 0; // uncompressed, as declared
};
QByteArray zipOf(const QList<ZipPart>& entries);

ZipPart storedPart(const QString& name, const QByteArray& data)
{
    return {name, data, 0,
            quint32(crc32(0, reinterpret_cast<const Bytef*>(data.constData()), uInt(data.size()))),
            quint32(data.size())};
}

QByteArray storedZip(const QList<std::pair<QString, QByteArray>>& entries)
{
    QList<ZipPart> parts;
    for (const auto& [name, data] : entries)
        parts.push_back(storedPart(name, data));
    return zipOf(parts);
}

// xl/workbook.xml and its relationships for one sheet, the way other programs
// write them: the sheet `name`, related by `id` to xl/`target`.
QList<std::pair<QString, QByteArray>> workbookParts(const QString& name, const QString& id,
                                                    const QString& target)
{
    const QString workbook = uR"(<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="%1" sheetId="1" r:id="%2"/></sheets></workbook>)"_s.arg(name, id);
    const QString rels = uR"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="%1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="%2"/>
</Relationships>)"_s.arg(id, target);
    return {{u"xl/workbook.xml"_s, workbook.toUtf8()},
            {u"xl/_rels/workbook.xml.rels"_s, rels.toUtf8()}};
}

QByteArray zipOf(const QList<ZipPart>& entries)
{
    QByteArray out, directory;
    auto u16 = [](QByteArray& b, quint16 v) {
        char c[2];
        qToLittleEndian(v, c);
        b.append(c, 2);
    };
    auto u32 = [](QByteArray& b, quint32 v) {
        char c[4];
        qToLittleEndian(v, c);
        b.append(c, 4);
    };
    for (const ZipPart& part : entries) {
        const QByteArray n = part.name.toUtf8();
        const QByteArray& data = part.bytes;
        const quint32 crc = part.crc;
        const quint32 offset = quint32(out.size());
        u32(out, 0x04034b50);
        for (quint16 v : {quint16(20), quint16(0), part.method, quint16(0), quint16(0)})
            u16(out, v);
        u32(out, crc);
        u32(out, quint32(data.size()));
        u32(out, part.size);
        u16(out, quint16(n.size()));
        u16(out, 0);
        out += n + data;
        u32(directory, 0x02014b50);
        for (quint16 v :
             {quint16(20), quint16(20), quint16(0), part.method, quint16(0), quint16(0)})
            u16(directory, v);
        u32(directory, crc);
        u32(directory, quint32(data.size()));
        u32(directory, part.size);
        u16(directory, quint16(n.size()));
        for (quint16 v : {0, 0, 0, 0})
            u16(directory, v);
        u32(directory, 0);
        u32(directory, offset);
        directory += n;
    }
    const quint32 dirOffset = quint32(out.size());
    out += directory;
    u32(out, 0x06054b50);
    u16(out, 0);
    u16(out, 0);
    u16(out, quint16(entries.size()));
    u16(out, quint16(entries.size()));
    u32(out, quint32(directory.size()));
    u32(out, dirOffset);
    u16(out, 0);
    return out;
}

// The seeded 37-unit campaign (no tallies) in a fresh file.
class ImportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        dbPath = dir.file(u"tn.sqlite"_s);
        Seeder::createSeeded(dbPath, false);
        reload();
    }
    void reload()
    {
        auto db = Database::openExisting(dbPath);
        data = CampaignStore(*db).loadDefault();
    }
    ImportPlan plan(const QString& name, const QByteArray& bytes, ImportOptions options = {})
    {
        ImportPlanner planner(data, std::move(options));
        planner.addText(name, bytes);
        return planner.finish();
    }
    ImportPlan planFile(const QString& path, ImportOptions options = {}, const QString& sheet = {})
    {
        ImportPlanner planner(data, std::move(options));
        planner.addFile(path, sheet);
        return planner.finish();
    }
    int unitIndex(const QString& name) const
    {
        for (int i = 0; i < data.units.size(); ++i)
            if (data.units[i].name == name)
                return i;
        return -1;
    }
    int providerIndex(const QString& code) const
    {
        for (int i = 0; i < data.providers.size(); ++i)
            if (data.providers[i].code == code)
                return i;
        return -1;
    }
    // The single row of a plan with no errors, checked against expectations.
    void expectRow(const ImportRow& r, const QString& unit, QDate date, const QString& provider,
                   qint64 count)
    {
        EXPECT_EQ(data.units.value(r.unit).name, unit);
        EXPECT_EQ(data.campaign.start.addDays(r.day), date);
        EXPECT_EQ(data.providers.value(r.provider).code, provider);
        EXPECT_EQ(r.count, count);
    }
    static QString errorsOf(const ImportPlan& p)
    {
        QStringList lines;
        for (const ImportIssue& e : p.errors)
            lines << e.text();
        return lines.join(u'\n');
    }
    // Every tally row and the audit's length, to show nothing changed.
    QString snapshot() const
    {
        auto db = Database::openExisting(dbPath, Database::Access::ReadOnly);
        QString out;
        QSqlQuery q = db->exec(u"SELECT unit_id, tally_date, provider_id, count, revision FROM "
                               "tally ORDER BY 1, 2, 3"_s);
        while (q.next())
            out += u"%1|%2|%3|%4|%5\n"_s.arg(q.value(0).toString(), q.value(1).toString(),
                                             q.value(2).toString(), q.value(3).toString(),
                                             q.value(4).toString());
        out += u"audit "_s + db->scalar(u"SELECT count(*) FROM tally_audit"_s).toString();
        return out;
    }
    qint64 auditRows() const
    {
        auto db = Database::openExisting(dbPath, Database::Access::ReadOnly);
        return db->scalar(u"SELECT count(*) FROM tally_audit"_s).toLongLong();
    }

    test::TempDir dir;
    QString dbPath;
    CampaignData data;
};

const QString longCsv = u"Xã/Phường,Ngày,Nhà mạng,Số lượng\n"
                        "Xã Ba Bể,28/07/2025,Viettel,12\n"
                        "Xã Chợ Rã,28/07/2025,VNPT,7\n"_s;

} // namespace

// --- encodings -------------------------------------------------------------

namespace {

// One file in one encoding: the bytes, what the importer says it is and the
// rows it reads (each checked by its index among the added rows).
struct EncodingCase
{
    struct Row
    {
        int index;
        QString unit;
        QDate date;
        QString provider;
        qint64 count;
    };
    const char* name;
    QString file;
    QByteArray (*bytes)();
    bool validUtf8; // the bytes as they are
    QString encoding;
    QString delimiter;
    int added;
    QVector<Row> rows;
};

void PrintTo(const EncodingCase& c, std::ostream* os)
{
    *os << c.name;
}

QByteArray utf8LongCsv()
{
    return utf8(longCsv);
}

QByteArray utf8BomLongCsv()
{
    return QByteArray("\xEF\xBB\xBF") + utf8(longCsv);
}

// Excel's "Unicode text": UTF-16 LE with a BOM, tabs between cells.
QByteArray excelUnicodeText()
{
    QString text = longCsv;
    text.replace(u',', u'\t');
    QStringEncoder enc(QStringEncoder::Utf16LE);
    return QByteArray("\xFF\xFE") + QByteArray(enc.encode(text));
}

QByteArray utf16BeLongCsv()
{
    QStringEncoder enc(QStringEncoder::Utf16BE);
    return QByteArray("\xFE\xFF") + QByteArray(enc.encode(longCsv));
}

// Vietnamese Windows' ANSI code page, tone marks as combining characters.
// "Xã Chợ Rã" written byte by byte: a + combining tilde (0xDE), ơ (0xF5) +
// combining dot below (0xF2).
QByteArray windows1258()
{
    return "\xD0\xF5n vi\xF2,Ng\xE0y,Nh\xE0 m\xE3ng,S\xF4\xEC l\xFD\xF5\xF2ng\r\n"
           "X\x61\xDE Ch\xF5\xF2 R\x61\xDE,28/07/2025,VNPT,5\r\n";
}

class Encodings : public ImportTest, public ::testing::WithParamInterface<EncodingCase>
{
};

// The two rows of longCsv.
const EncodingCase::Row BaBe{0, u"Xã Ba Bể"_s, QDate(2025, 7, 28), u"viettel"_s, 12};
const EncodingCase::Row ChoRa{1, u"Xã Chợ Rã"_s, QDate(2025, 7, 28), u"vnpt"_s, 7};

} // namespace

TEST_P(Encodings, ReadsTheRowsOfEveryEncoding)
{
    const EncodingCase& c = GetParam();
    const QByteArray bytes = c.bytes();
    EXPECT_EQ(isValidUtf8(bytes), c.validUtf8);
    const ImportPlan p = plan(c.file, bytes);
    ASSERT_FALSE(p.hasErrors()) << errorsOf(p).toStdString();
    EXPECT_EQ(p.files[0].encoding, c.encoding);
    EXPECT_EQ(p.files[0].delimiter, c.delimiter);
    ASSERT_EQ(p.added.size(), c.added);
    for (const EncodingCase::Row& r : c.rows)
        expectRow(p.added[r.index], r.unit, r.date, r.provider, r.count);
}

INSTANTIATE_TEST_SUITE_P(
    Import, Encodings,
    ::testing::Values(
        EncodingCase{
            "Utf8WithoutBom", u"a.csv"_s, utf8LongCsv, true, u"UTF-8"_s, u","_s, 2, {BaBe, ChoRa}},
        EncodingCase{
            "Utf8WithBom", u"a.csv"_s, utf8BomLongCsv, true, u"UTF-8 BOM"_s, u","_s, 2, {BaBe}},
        EncodingCase{"Utf16LittleEndianTabSeparated",
                     u"a.txt"_s,
                     excelUnicodeText,
                     false,
                     u"UTF-16LE"_s,
                     u"tab"_s,
                     2,
                     {ChoRa}},
        EncodingCase{
            "Utf16BigEndian", u"a.csv"_s, utf16BeLongCsv, false, u"UTF-16BE"_s, u","_s, 2, {BaBe}},
        EncodingCase{"Windows1258",
                     u"a.csv"_s,
                     windows1258,
                     false,
                     u"Windows-1258"_s,
                     u","_s,
                     1,
                     {{0, u"Xã Chợ Rã"_s, QDate(2025, 7, 28), u"vnpt"_s, 5}}}),
    [](const ::testing::TestParamInfo<EncodingCase>& info) {
        return std::string(info.param.name);
    });

// --- delimiters and quoting -----------------------------------------------

TEST_F(ImportTest, SemicolonDelimiterAndGroupedCounts)
{
    const QString text = u"Đơn vị;Ngày;Nhà mạng;Số lượng\n"
                         "Xã Ba Bể;28/07/2025;Viettel;1.605\n"
                         "Xã Chợ Rã;28/07/2025;Viettel;1,605\n"
                         "Xã Phúc Lộc;28/07/2025;Viettel;1605\n"_s;
    const ImportPlan p = plan(u"a.csv"_s, utf8(text));
    ASSERT_FALSE(p.hasErrors()) << errorsOf(p).toStdString();
    EXPECT_EQ(p.files[0].delimiter, u";"_s);
    ASSERT_EQ(p.added.size(), 3);
    for (const ImportRow& r : p.added)
        EXPECT_EQ(r.count, 1605);
}

TEST_F(ImportTest, CommaDelimitedQuotedGroupedCount)
{
    const QString text = u"Unit,Date,Provider,Count\n"
                         "Xã Ba Bể,28/07/2025,Viettel,\"1,605\"\n"_s;
    const ImportPlan p = plan(u"a.csv"_s, utf8(text));
    ASSERT_FALSE(p.hasErrors()) << errorsOf(p).toStdString();
    ASSERT_EQ(p.added.size(), 1);
    EXPECT_EQ(p.added[0].count, 1605);
}

TEST_F(ImportTest, QuotedLineBreaksAndDoubledQuotesKeepLineNumbers)
{
    const QString text = u"Xã,Ngày,Nhà mạng,Số lượng,Ghi chú\n"
                         "Xã Ba Bể,28/07/2025,Viettel,3,\"hai\ndòng, có \"\"ngoặc\"\"\"\n"
                         "Xã Không Có,28/07/2025,Viettel,4,\n"_s;
    const ImportPlan p = plan(u"q.csv"_s, utf8(text));
    ASSERT_EQ(p.errors.size(), 1);
    // The unknown unit is on line 4: the quoted note spans lines 2 and 3.
    EXPECT_EQ(p.errors[0].place, u"q.csv:4"_s);
    CsvReader reader(text, u',');
    QVector<QString> fields;
    int n = 0;
    ASSERT_TRUE(reader.next(fields, n));
    ASSERT_TRUE(reader.next(fields, n));
    EXPECT_EQ(n, 5);
    EXPECT_EQ(fields[4], u"hai\ndòng, có \"ngoặc\""_s);
}

// Everything a plan says, one line each, for comparing two plans.
QStringList describe(const ImportPlan& p)
{
    QStringList out;
    for (const ImportFileInfo& f : p.files)
        out << u"file %1 %2 %3 %4 rows %5"_s.arg(f.name, f.form, f.encoding, f.delimiter)
                   .arg(f.rowsRead);
    const std::pair<const char*, const QVector<ImportRow>*> kinds[] = {
        {"added", &p.added}, {"changed", &p.changed}, {"identical", &p.identical}};
    for (const auto& [kind, rows] : kinds)
        for (const ImportRow& r : *rows)
            out << u"%1 %2 %3/%4/%5 %6 %7"_s.arg(QString::fromLatin1(kind), p.placeText(r.place))
                       .arg(r.unit)
                       .arg(r.day)
                       .arg(r.provider)
                       .arg(r.count)
                       .arg(r.stored ? QString::number(*r.stored) : u"-"_s);
    for (const ImportIssue& e : p.errors)
        out << u"error "_s + e.text();
    out << u"more errors %1"_s.arg(p.moreErrors) << p.notes;
    return out;
}

TEST_F(ImportTest, PiecesOnThreadsGiveTheSamePlanAsOneThread)
{
    // Every cell once, with bad rows, conflicting repeats (whose message names
    // the earlier line), CRLF and lone CR line ends, and quoted notes with line
    // breaks: many short ones, and one spanning the middle of the file, where
    // the cuts between pieces fall.
    data.tallies.set(0, 0, 0, 1); // the first row's count: identical
    data.tallies.set(0, 0, 1, 7); // changed
    QString text = u"Xã,Ngày,Nhà mạng,Số lượng,Ghi chú\r\n"_s;
    int n = 0;
    for (const Unit& u : data.units)
        for (int d = 0; d < data.campaign.days(); ++d)
            for (const Provider& p : data.providers) {
                ++n;
                const QString date = Format().date(data.campaign.start.addDays(d));
                QString note;
                if (n % 7 == 0)
                    note = u"\"dòng một\ndòng \"\"hai\"\"\r\nba\""_s;
                if (n == 1700) {
                    note = u"\""_s;
                    for (int k = 0; k < 2000; ++k)
                        note += u"Ghi chú dài, dòng %1\n"_s.arg(k);
                    note += u"\""_s;
                }
                const QString unit = n % 97 == 0 ? u"Xã Không Có"_s : u.name;
                const QString count = n % 89 == 0 ? u"1,5"_s : QString::number(n % 50);
                const QString end = n % 11 == 0 ? u"\r"_s : u"\r\n"_s;
                text += unit % u',' % date % u',' % p.name % u',' % count % u',' % note % end;
                if (n % 13 == 0) // the same cell again, sometimes with another count
                    text += unit % u',' % date % u',' % p.name % u',' %
                            QString::number(n % 26 == 0 ? n % 50 : n % 50 + 1) % u",\n"_s;
            }
    text += u"Tổng cộng,,,999,\n"_s;

    auto planWith = [&](const QByteArray& bytes, int threads, qsizetype piece) {
        ImportPlanner planner(data);
        planner.setThreads(threads, piece);
        planner.addText(u"lon.csv"_s, bytes);
        return planner.finish();
    };
    const QByteArray bytes = utf8(text);
    const ImportPlan one = planWith(bytes, 1, ImportPlanner::DefaultMinimumPiece);
    ASSERT_GT(one.added.size(), 3000);
    ASSERT_EQ(one.changed.size(), 1);
    ASSERT_EQ(one.identical.size(), 1);
    ASSERT_GT(one.errors.size(), 50);
    EXPECT_TRUE(std::any_of(one.errors.cbegin(), one.errors.cend(), [](const ImportIssue& e) {
        return e.message.contains(u"Trùng với lon.csv:"_s);
    }));
    const QStringList expected = describe(one);
    for (int threads : {2, 3, 4, 7, 16})
        EXPECT_EQ(describe(planWith(bytes, threads, 1)), expected) << threads << " threads";

    // More errors than a plan keeps: the same ones kept, the same count.
    QString bad = u"Xã,Ngày,Nhà mạng,Số lượng\n"_s;
    for (int i = 0; i < 3 * ImportPlan::MaxErrors; ++i)
        bad += u"Xã Số %1,28/07/2025,Viettel,%2\n"_s.arg(i).arg(i % 3 ? u"1"_s : u"x"_s);
    const ImportPlan badOne = planWith(utf8(bad), 1, ImportPlanner::DefaultMinimumPiece);
    EXPECT_EQ(badOne.errorCount(), 3 * ImportPlan::MaxErrors);
    EXPECT_EQ(describe(planWith(utf8(bad), 4, 1)), describe(badOne));
}

TEST(CsvReader, Utf8BytesGiveTheFieldsAndLinesOfTheirDecodedText)
{
    const QByteArray bom = "\xEF\xBB\xBF";
    const QList<QByteArray> inputs = {
        "a,b\r\nXã Ba Bể,\"hai\ndòng\"\r\n\"x\"\"y\"z,\xE2\x82\xAC\rend",
        bom + "Đơn vị;Số\n\"Chợ, Mới\";1\n",
        bom + bom + "a,b\n" + bom + "c,d" + bom + "\n",
        bom + bom + bom + "a\n",
        "\"unclosed,\xF0\x9F\x98\x80\nstill\"\"open",
        "tab\tsep\n\xE1\xBB\x87\t\"\"\n",
        "",
    };
    for (const QByteArray& bytes : inputs) {
        const auto utf8 = utf8Text(bytes);
        ASSERT_TRUE(utf8) << bytes.toStdString();
        const DecodedText decoded = decodeText(bytes);
        EXPECT_EQ(utf8->encoding, decoded.encoding);
        const QUtf8StringView text = QUtf8StringView(bytes).sliced(utf8->start);
        EXPECT_EQ(detectDelimiter(text), detectDelimiter(decoded.text));
        CsvReader fromBytes(text, detectDelimiter(text));
        CsvReader fromText(decoded.text, detectDelimiter(decoded.text));
        QVector<QString> a, b;
        int na = 0, nb = 0;
        bool more = true;
        while (more) {
            more = fromBytes.next(a, na);
            ASSERT_EQ(fromText.next(b, nb), more) << bytes.toStdString();
            if (!more)
                break;
            EXPECT_EQ(fromBytes.line(), fromText.line());
            EXPECT_EQ(a.mid(0, na), b.mid(0, nb)) << bytes.toStdString();
        }
        EXPECT_EQ(fromBytes.unclosedQuote(), fromText.unclosedQuote());
    }
    EXPECT_FALSE(utf8Text("\xFF\xFE"
                          "a\0,\0b\0"));
    EXPECT_FALSE(utf8Text("Th\xF4n"));
}

TEST(CsvDelimiter, DetectedOutsideQuotesFromTheHeader)
{
    EXPECT_EQ(detectDelimiter(u"a;b;c\n1,2,3,4,5"), u';');
    EXPECT_EQ(detectDelimiter(u"\"a,b,c\";d;e"), u';');
    EXPECT_EQ(detectDelimiter(u"a\tb,c\td"), u'\t');
    EXPECT_EQ(detectDelimiter(u"a,b"), u',');
}

// --- dates and counts -------------------------------------------------------

TEST_F(ImportTest, DateForms)
{
    const QString text = u"Xã,Ngày,Nhà mạng,Số lượng\n"
                         "Xã Ba Bể,1/8/2025,Viettel,1\n"
                         "Xã Ba Bể,2025-08-02,Viettel,2\n"
                         "Xã Ba Bể,03/08/2025,Viettel,3\n"_s;
    const ImportPlan p = plan(u"a.csv"_s, utf8(text));
    ASSERT_FALSE(p.hasErrors()) << errorsOf(p).toStdString();
    ASSERT_EQ(p.added.size(), 3);
    expectRow(p.added[0], u"Xã Ba Bể"_s, QDate(2025, 8, 1), u"viettel"_s, 1);
    expectRow(p.added[1], u"Xã Ba Bể"_s, QDate(2025, 8, 2), u"viettel"_s, 2);
    expectRow(p.added[2], u"Xã Ba Bể"_s, QDate(2025, 8, 3), u"viettel"_s, 3);
}

TEST(XlsxSerial, ExcelSerialDates)
{
    EXPECT_EQ(XlsxReader::dateFromSerial(45866), QDate(2025, 7, 28));
    EXPECT_EQ(XlsxReader::dateFromSerial(45897), QDate(2025, 8, 28));
    EXPECT_EQ(XlsxReader::dateFromSerial(1), QDate(1900, 1, 1));
}

TEST_F(ImportTest, XlsxWithSerialDatesNumbersAndSharedStrings)
{
    const QString path = dir.file(u"book.xlsx"_s);
    lxw_workbook* wb = workbook_new(QFile::encodeName(path).constData());
    workbook_add_worksheet(wb, "Ghi chú");
    lxw_worksheet* ws = workbook_add_worksheet(wb, "Số liệu");
    lxw_format* dateFormat = workbook_add_format(wb);
    format_set_num_format(dateFormat, "dd/mm/yyyy");
    worksheet_write_string(ws, 0, 0, "Đơn vị", nullptr);
    worksheet_write_string(ws, 0, 1, "Ngày", nullptr);
    worksheet_write_string(ws, 0, 2, "Nhà mạng", nullptr);
    worksheet_write_string(ws, 0, 3, "Số lượng", nullptr);
    worksheet_write_string(ws, 1, 0, "Xã Ba Bể", nullptr);
    worksheet_write_number(ws, 1, 1, 45866, dateFormat); // 28/07/2025
    worksheet_write_string(ws, 1, 2, "VNPT Thái Nguyên", nullptr);
    worksheet_write_number(ws, 1, 3, 1605, nullptr);
    worksheet_write_string(ws, 2, 0, "Thượng Quan", nullptr);
    worksheet_write_string(ws, 2, 1, "29/07/2025", nullptr);
    worksheet_write_string(ws, 2, 2, "Viettel", nullptr);
    worksheet_write_string(ws, 2, 3, "1.200", nullptr);
    ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);

    const XlsxReader reader(path);
    EXPECT_EQ(reader.sheetNames(), (QStringList{u"Ghi chú"_s, u"Số liệu"_s}));
    const ImportPlan p = planFile(path, {}, u"Số liệu"_s);
    ASSERT_FALSE(p.hasErrors()) << errorsOf(p).toStdString();
    EXPECT_EQ(p.files[0].sheet, u"Số liệu"_s);
    ASSERT_EQ(p.added.size(), 2);
    expectRow(p.added[0], u"Xã Ba Bể"_s, QDate(2025, 7, 28), u"vnpt"_s, 1605);
    expectRow(p.added[1], u"Xã Thượng Quan"_s, QDate(2025, 7, 29), u"viettel"_s, 1200);
    EXPECT_EQ(p.placeText(p.added[1].place), u"book.xlsx:Số liệu!D3"_s);

    // The first sheet has no header: an error naming the file, nothing else.
    const ImportPlan first = planFile(path);
    ASSERT_EQ(first.errors.size(), 1);
    EXPECT_EQ(first.errors[0].place, u"book.xlsx"_s);
}

TEST_F(ImportTest, XlsxErrorsNameTheCell)
{
    const QString path = dir.file(u"bad.xlsx"_s);
    lxw_workbook* wb = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet* ws = workbook_add_worksheet(wb, "Sheet1");
    worksheet_write_string(ws, 0, 0, "Xã", nullptr);
    worksheet_write_string(ws, 0, 1, "Ngày", nullptr);
    worksheet_write_string(ws, 0, 2, "Nhà mạng", nullptr);
    worksheet_write_string(ws, 0, 3, "Số lượng", nullptr);
    for (int r = 1; r < 7; ++r) {
        worksheet_write_string(ws, lxw_row_t(r), 0, "Xã Ba Bể", nullptr);
        worksheet_write_number(ws, lxw_row_t(r), 1, 45866 + r, nullptr);
        worksheet_write_string(ws, lxw_row_t(r), 2, "Viettel", nullptr);
        worksheet_write_number(ws, lxw_row_t(r), 3, r == 6 ? -3 : r, nullptr);
    }
    ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);
    const ImportPlan p = planFile(path);
    ASSERT_EQ(p.errors.size(), 1);
    EXPECT_EQ(p.errors[0].place, u"bad.xlsx:Sheet1!D7"_s);
    EXPECT_TRUE(p.errors[0].message.contains(u"âm"_s));
}

TEST_F(ImportTest, XlsxWithInlineStringsFromAnotherProgram)
{
    const QByteArray sheet = QStringLiteral(
                                 R"(<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="2"><c r="B2" t="inlineStr"><is><t>Nhà mạng:</t></is></c><c r="C2" t="inlineStr"><is><r><t>VNPT </t></r><r><t>Bắc Kạn</t></r></is></c></row>
<row r="4"><c r="B4" t="inlineStr"><is><t>Xã</t></is></c><c r="C4" t="inlineStr"><is><t>Ngày</t></is></c><c r="D4" t="inlineStr"><is><t>Số lượng</t></is></c></row>
<row r="5"><c r="B5" t="inlineStr"><is><t>Nghiên Loan</t></is></c><c r="C5" s="1"><v>45870</v></c><c r="D5"><v>42</v></c></row>
<row r="6"><c r="B6" t="str"><f>A1</f><v>Xã Cao Minh</v></c><c r="C6"><v>45871</v></c><c r="D6"><v>7</v></c></row>
</sheetData></worksheet>)")
                                 .toUtf8();
    const QString path = dir.file(u"other.xlsx"_s);
    writeFile(path, storedZip(workbookParts(u"Báo cáo"_s, u"rId7"_s, u"worksheets/data.xml"_s) +
                              QList<std::pair<QString, QByteArray>>{
                                  {u"xl/worksheets/data.xml"_s, sheet}}));
    const ImportPlan p = planFile(path);
    ASSERT_FALSE(p.hasErrors()) << errorsOf(p).toStdString();
    EXPECT_EQ(p.files[0].sheet, u"Báo cáo"_s);
    ASSERT_EQ(p.added.size(), 2);
    expectRow(p.added[0], u"Xã Nghiên Loan"_s, QDate(2025, 8, 1), u"vnpt"_s, 42);
    expectRow(p.added[1], u"Xã Cao Minh"_s, QDate(2025, 8, 2), u"vnpt"_s, 7);
    EXPECT_EQ(p.placeText(p.added[0].place), u"other.xlsx:Báo cáo!D5"_s);

    // Not a workbook at all: one error naming the file.
    const QString broken = dir.file(u"broken.xlsx"_s);
    writeFile(broken, "not a zip file");
    const ImportPlan b = planFile(broken);
    ASSERT_EQ(b.errors.size(), 1);
    EXPECT_EQ(b.errors[0].place, u"broken.xlsx"_s);
}

// --- names ------------------------------------------------------------------

TEST_F(ImportTest, TheFiveNamesPrintedWithoutXaMatchBothSpellings)
{
    QString text = u"Xã,Ngày,Nhà mạng,Số lượng\n"_s;
    const QStringList five = {u"Thượng Quan"_s, u"Bằng Vân"_s, u"Bằng Thành"_s, u"Nghiên Loan"_s,
                              u"Cao Minh"_s};
    for (const QString& n : five)
        text += n + u",28/07/2025,Viettel,1\n"_s + u"Xã "_s + n + u",29/07/2025,Viettel,2\n"_s;
    const ImportPlan p = plan(u"a.csv"_s, utf8(text));
    ASSERT_FALSE(p.hasErrors()) << errorsOf(p).toStdString();
    ASSERT_EQ(p.added.size(), 10);
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(p.added[2 * i].unit, p.added[2 * i + 1].unit) << five[i].toStdString();
    // Case, spaces and decomposed letters do not matter either.
    const ImportPlan q =
        plan(u"b.csv"_s, utf8(u"xã,ngày,nhà mạng,số lượng\n"
                              "  XÃ   BA BỂ ,28/07/2025,viettel,1\n"_s +
                              u"Chợ Rã"_s.normalized(QString::NormalizationForm_D) +
                              u",28/07/2025,vnpt,1\n"_s));
    ASSERT_FALSE(q.hasErrors()) << errorsOf(q).toStdString();
    EXPECT_EQ(q.added.size(), 2);
}

TEST_F(ImportTest, ProviderNamesWithExtraWords)
{
    const QString text = u"Xã,Ngày,Nhà mạng,Số lượng\n"
                         "Xã Ba Bể,28/07/2025,Viettel Thái Nguyên,1\n"
                         "Xã Ba Bể,29/07/2025,VNPT Bắc Kạn,2\n"
                         "Xã Ba Bể,30/07/2025,Tổ CNS cộng đồng,3\n"
                         "Xã Ba Bể,31/07/2025,Khác,4\n"
                         "Xã Ba Bể,01/08/2025,vnpt thái nguyên,5\n"_s;
    const ImportPlan p = plan(u"a.csv"_s, utf8(text));
    ASSERT_FALSE(p.hasErrors()) << errorsOf(p).toStdString();
    ASSERT_EQ(p.added.size(), 5);
    EXPECT_EQ(data.providers[p.added[0].provider].code, u"viettel"_s);
    EXPECT_EQ(data.providers[p.added[1].provider].code, u"vnpt"_s);
    EXPECT_EQ(data.providers[p.added[2].provider].code, u"other"_s);
    EXPECT_EQ(data.providers[p.added[3].provider].code, u"other"_s);
    EXPECT_EQ(data.providers[p.added[4].provider].code, u"vnpt"_s);
}

// --- wide forms and context -------------------------------------------------

TEST_F(ImportTest, WideByDateWithProviderOption)
{
    const QString text = u"TT,Đơn vị,28/07/2025,29/07/2025,30/07/2025\n"
                         "1,Xã Ba Bể,10,,12\n"
                         "2,Xã Chợ Rã,,,\n"
                         "3,Xã Phúc Lộc,0,1.234,\n"_s;
    // No provider anywhere: one error for the file.
    const ImportPlan none = plan(u"w.csv"_s, utf8(text));
    ASSERT_EQ(none.errors.size(), 1);
    EXPECT_TRUE(none.errors[0].message.contains(u"--provider"_s));

    ImportOptions o;
    o.provider = u"VNPT"_s;
    const ImportPlan p = plan(u"w.csv"_s, utf8(text), o);
    ASSERT_FALSE(p.hasErrors()) << errorsOf(p).toStdString();
    EXPECT_EQ(p.files[0].form, u"wide-dates"_s);
    // Blank cells are "not reported": skipped, never a zero.
    ASSERT_EQ(p.added.size(), 4);
    expectRow(p.added[0], u"Xã Ba Bể"_s, QDate(2025, 7, 28), u"vnpt"_s, 10);
    expectRow(p.added[1], u"Xã Ba Bể"_s, QDate(2025, 7, 30), u"vnpt"_s, 12);
    expectRow(p.added[2], u"Xã Phúc Lộc"_s, QDate(2025, 7, 28), u"vnpt"_s, 0);
    expectRow(p.added[3], u"Xã Phúc Lộc"_s, QDate(2025, 7, 29), u"vnpt"_s, 1234);
}

TEST_F(ImportTest, WideByProviderDateFromCellAboveTheHeader)
{
    const QString text =
        u"BÁO CÁO KẾT QUẢ CHỮ KÝ SỐ\n"
        "Ngày:,05/08/2025\n"
        "\n"
        "STT,Xã/Phường,Viettel Thái Nguyên,VNPT Thái Nguyên,Tổ CNS cộng đồng,Tổng\n"
        "1,Xã Ba Bể,5,6,7,18\n"
        ",Tổng cộng,5,6,7,18\n"_s;
    const ImportPlan p = plan(u"bc.csv"_s, utf8(text));
    ASSERT_FALSE(p.hasErrors()) << errorsOf(p).toStdString();
    EXPECT_EQ(p.files[0].form, u"wide-providers"_s);
    ASSERT_EQ(p.added.size(), 3);
    expectRow(p.added[0], u"Xã Ba Bể"_s, QDate(2025, 8, 5), u"viettel"_s, 5);
    expectRow(p.added[1], u"Xã Ba Bể"_s, QDate(2025, 8, 5), u"vnpt"_s, 6);
    expectRow(p.added[2], u"Xã Ba Bể"_s, QDate(2025, 8, 5), u"other"_s, 7);
}

TEST_F(ImportTest, WideByProviderDateFromFileNameOrOption)
{
    const QString text = u"Đơn vị,Viettel,VNPT\nXã Ba Bể,1,2\n"_s;
    const ImportPlan fromName = plan(u"bao-cao-06-08-2025.csv"_s, utf8(text));
    ASSERT_FALSE(fromName.hasErrors()) << errorsOf(fromName).toStdString();
    ASSERT_EQ(fromName.added.size(), 2);
    EXPECT_EQ(data.campaign.start.addDays(fromName.added[0].day), QDate(2025, 8, 6));

    ImportOptions o;
    o.date = QDate(2025, 8, 7);
    const ImportPlan fromOption = plan(u"baocao.csv"_s, utf8(text), o);
    ASSERT_FALSE(fromOption.hasErrors()) << errorsOf(fromOption).toStdString();
    EXPECT_EQ(data.campaign.start.addDays(fromOption.added[0].day), QDate(2025, 8, 7));

    const ImportPlan noDate = plan(u"baocao.csv"_s, utf8(text));
    ASSERT_EQ(noDate.errors.size(), 1);
    EXPECT_TRUE(noDate.errors[0].message.contains(u"--date"_s));
}

// --- errors, each with its place -----------------------------------------

TEST_F(ImportTest, UnknownUnitNamesTheLineAndSuggests)
{
    const QString text = u"Xã,Ngày,Nhà mạng,Số lượng\n"
                         "Xã Ba Bể,28/07/2025,Viettel,1\n"
                         "Xã Chợ Ra,28/07/2025,Viettel,1\n"_s;
    const ImportPlan p = plan(u"u.csv"_s, utf8(text));
    ASSERT_EQ(p.errors.size(), 1);
    EXPECT_EQ(p.errors[0].place, u"u.csv:3"_s);
    EXPECT_TRUE(p.errors[0].message.contains(u"Xã Chợ Ra"_s));
    ASSERT_EQ(p.errors[0].suggestions.size(), 3);
    EXPECT_EQ(p.errors[0].suggestions[0], u"Xã Chợ Rã"_s);
    EXPECT_TRUE(p.errors[0].text().startsWith(u"u.csv:3: "_s));
}

TEST_F(ImportTest, EveryKindOfBadValueIsAnErrorWithItsLine)
{
    const QString text = u"Xã,Ngày,Nhà mạng,Số lượng\n"
                         "Xã Ba Bể,28/07/2025,Viettel,-5\n"   // 2 negative
                         "Xã Ba Bể,29/07/2025,Viettel,mười\n" // 3 not a number
                         "Xã Ba Bể,12/09/2025,Viettel,4\n"    // 4 outside the campaign
                         "Xã Ba Bể,30/07/2025,MobiFone,4\n"   // 5 unknown provider
                         "Xã Ba Bể,31/02/2025,Viettel,4\n"    // 6 not a date
                         "Xã Ba Bể,01/08/2025,Viettel,1.5\n"  // 7 fraction
                         "Xã Ba Bể,02/08/2025,Viettel,9\n"    // 8 ok…
                         "Xã Ba Bể,02/08/2025,Viettel,8\n"    // 9 …conflicting duplicate
                         "Xã Ba Bể,03/08/2025,Viettel,9\n"    // 10 ok…
                         "Xã Ba Bể,03/08/2025,Viettel,9\n"    // 11 …same again: fine
                         ",04/08/2025,Viettel,9\n"_s;         // 12 no unit
    const ImportPlan p = plan(u"e.csv"_s, utf8(text));
    ASSERT_EQ(p.errors.size(), 8) << errorsOf(p).toStdString();
    const QStringList places = {u"e.csv:2"_s, u"e.csv:3"_s, u"e.csv:4"_s, u"e.csv:5"_s,
                                u"e.csv:6"_s, u"e.csv:7"_s, u"e.csv:9"_s, u"e.csv:12"_s};
    for (int i = 0; i < places.size(); ++i)
        EXPECT_EQ(p.errors[i].place, places[i]) << p.errors[i].text().toStdString();
    EXPECT_TRUE(p.errors[0].message.contains(u"âm"_s));
    EXPECT_TRUE(p.errors[1].message.contains(u"mười"_s));
    EXPECT_TRUE(p.errors[2].message.contains(u"ngoài đợt"_s));
    EXPECT_TRUE(p.errors[3].message.contains(u"MobiFone"_s));
    EXPECT_TRUE(p.errors[4].message.contains(u"31/02/2025"_s));
    EXPECT_TRUE(p.errors[6].message.contains(u"e.csv:8"_s));
    EXPECT_EQ(p.added.size(), 2);
}

// The preview shows an error row's unit, date and provider as far as the row
// was read: the unit's own name once it matched, the text otherwise.
TEST_F(ImportTest, AnErrorKeepsWhatItsRowSaid)
{
    const QString text = u"Xã,Ngày,Nhà mạng,Số lượng\n"
                         "Thượng Quan,29/07/2025,Viettel,mười\n" // 2 not a number
                         "Xã Không Có,30/07/2025,VNPT,4\n"       // 3 unknown unit
                         "Xã Ba Bể,12/09/2025,VNPT,4\n"          // 4 outside the campaign
                         "Xã Ba Bể,31/02/2025,Viettel,4\n"       // 5 not a date
                         "Xã Ba Bể,30/07/2025,MobiFone,4\n"_s;   // 6 unknown provider
    const ImportPlan p = plan(u"e.csv"_s, utf8(text));
    ASSERT_EQ(p.errors.size(), 5) << errorsOf(p).toStdString();
    const auto read = [&](int i) {
        const ImportRowText& r = p.errors[i].read;
        return QStringList{r.unit, r.date, r.provider};
    };
    EXPECT_EQ(read(0), (QStringList{u"Xã Thượng Quan"_s, u"29/07/2025"_s, u"Viettel"_s}));
    EXPECT_EQ(read(1), (QStringList{u"Xã Không Có"_s, u"30/07/2025"_s, u"VNPT"_s}));
    EXPECT_EQ(read(2), (QStringList{u"Xã Ba Bể"_s, u"12/09/2025"_s, u"VNPT"_s}));
    EXPECT_EQ(read(3), (QStringList{u"Xã Ba Bể"_s, u"31/02/2025"_s, u"Viettel"_s}));
    EXPECT_EQ(read(4), (QStringList{u"Xã Ba Bể"_s, u"30/07/2025"_s, u"MobiFone"_s}));
}

// Every row after the header and every figure of them lands in exactly one
// bucket of the account.
void expectAddsUp(const ImportPlan& p)
{
    for (const ImportFileInfo& f : p.files) {
        EXPECT_TRUE(f.account.rowsAddUp()) << f.name.toStdString();
        EXPECT_TRUE(f.account.figuresAddUp()) << f.name.toStdString();
    }
}

TEST_F(ImportTest, AStrayQuoteIsAnErrorNamingTheLineWhereItOpened)
{
    const QString text = u"Xã,Ngày,Nhà mạng,Số lượng\n"
                         "Xã Ba Bể,28/07/2025,Viettel,12\n"
                         "Xã Chợ Rã,\"28/07/2025,Viettel,13\n"
                         "Xã Na Rì,28/07/2025,Viettel,14\n"_s;
    const ImportPlan p = plan(u"q.csv"_s, utf8(text));
    ASSERT_EQ(p.errors.size(), 1) << errorsOf(p).toStdString();
    EXPECT_EQ(p.errors[0].place, u"q.csv:3"_s);
    EXPECT_TRUE(p.errors[0].message.startsWith(u"Dấu ngoặc kép mở trên dòng này"_s))
        << errorsOf(p).toStdString();
    const ImportAccount& a = p.files[0].account;
    EXPECT_TRUE(a.complete);
    EXPECT_EQ(a.rows, 2); // line 3 swallowed line 4: one record
    EXPECT_EQ(a.figureRows, 1);
    EXPECT_EQ(a.errorRows, 1);
    expectAddsUp(p);

    // The command refuses it, says why, and the account adds up.
    const QString path = dir.file(u"q.csv"_s);
    writeFile(path, utf8(text));
    const CliRun run = cli({u"import"_s, path, u"--db"_s, dbPath});
    EXPECT_EQ(run.code, 2) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(u"q.csv:3"_s)) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(u"2 dòng = 1 dòng có số liệu + 1 dòng lỗi + 0 dòng bỏ qua"_s))
        << run.out.toStdString();
    EXPECT_EQ(auditRows(), 0);

    // On threads, in pieces: the same error.
    ImportPlanner pieces(data);
    pieces.setThreads(3, 8);
    QString big = u"Xã,Ngày,Nhà mạng,Số lượng\n"_s;
    for (int i = 0; i < 40; ++i)
        big += u"Xã Ba Bể,%1/08/2025,Viettel,%2\n"_s.arg(1 + i % 28, 2, 10, QChar(u'0')).arg(i);
    big += u"Xã Chợ Rã,\"28/07/2025,Viettel,13\n"_s;
    for (int i = 0; i < 40; ++i)
        big += u"Xã Na Rì,%1/08/2025,Viettel,%2\n"_s.arg(1 + i % 28, 2, 10, QChar(u'0')).arg(i);
    pieces.addText(u"big.csv"_s, utf8(big));
    const ImportPlan bp = pieces.finish();
    ASSERT_TRUE(bp.hasErrors());
    EXPECT_EQ(bp.errors.back().place, u"big.csv:42"_s) << errorsOf(bp).toStdString();
    expectAddsUp(bp);
    // Word for word what one thread says (a piece counts its lines from 1; its
    // message once said "dòng 2" here: found by fuzz_csv_import).
    ImportPlanner whole(data);
    whole.setThreads(1);
    whole.addText(u"big.csv"_s, utf8(big));
    const ImportPlan wp = whole.finish();
    ASSERT_TRUE(wp.hasErrors());
    EXPECT_EQ(bp.errors.back().text().toStdString(), wp.errors.back().text().toStdString());
}

TEST_F(ImportTest, AQuotedLineBreakInADateOrCountIsAnError)
{
    const QString text = u"Xã,Ngày,Nhà mạng,Số lượng\n"
                         "Xã Ba Bể,28/07/2025,Viettel,\"12\n"
                         "\"\n"
                         "Xã Chợ Rã,\"28/07/2025\n"
                         "\",Viettel,13\n"
                         "Xã Na Rì,28/07/2025,Viettel,14\n"_s;
    const ImportPlan p = plan(u"m.csv"_s, utf8(text));
    ASSERT_EQ(p.errors.size(), 2) << errorsOf(p).toStdString();
    EXPECT_EQ(p.errors[0].place, u"m.csv:2"_s);
    EXPECT_EQ(p.errors[1].place, u"m.csv:4"_s);
    EXPECT_EQ(p.added.size(), 1);
    EXPECT_EQ(p.files[0].account.errorRows, 2);
    expectAddsUp(p);
}

TEST_F(ImportTest, AnUnreadableXlsxCellIsAnErrorNamingTheCell)
{
    const QByteArray strings = QStringLiteral(
                                   R"(<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Xã Ba Bể</t></si><si><t>Viettel</t></si></sst>)")
                                   .toUtf8();
    const QByteArray sheet =
        R"(<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>Xã</t></is></c><c r="B1" t="inlineStr"><is><t>Ngày</t></is></c><c r="C1" t="inlineStr"><is><t>Nhà mạng</t></is></c><c r="D1" t="inlineStr"><is><t>Số lượng</t></is></c></row>
<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2"><v>45866</v></c><c r="C2" t="s"><v>1</v></c><c r="D2"><v>5</v></c></row>
<row r="3"><c r="A3" t="s"><v>0</v></c><c r="B3"><v>45867</v></c><c r="C3" t="s"><v>1</v></c><c r="D3" t="s"><v>9</v></c></row>
</sheetData></worksheet>)";
    const QString path = dir.file(u"ss.xlsx"_s);
    writeFile(path, storedZip(workbookParts(u"Sheet1"_s, u"rId1"_s, u"worksheets/sheet1.xml"_s) +
                              QList<std::pair<QString, QByteArray>>{
                                  {u"xl/sharedStrings.xml"_s, strings},
                                  {u"xl/worksheets/sheet1.xml"_s, sheet}}));
    const ImportPlan p = planFile(path);
    ASSERT_EQ(p.errors.size(), 1) << errorsOf(p).toStdString();
    EXPECT_EQ(p.errors[0].place, u"ss.xlsx:Sheet1!D3"_s);
    EXPECT_TRUE(p.errors[0].message.contains(u"\"9\""_s)) << errorsOf(p).toStdString();
    EXPECT_EQ(p.added.size(), 1);
    expectAddsUp(p);
}

TEST_F(ImportTest, EveryRowAndFigureIsAccountedFor)
{
    const QString text = u"Xã,Ngày,Nhà mạng,Số lượng\n"
                         "Xã Ba Bể,28/07/2025,Viettel,-5\n"   // 2 figure error
                         "\n"                                 // 3 blank
                         "Xã Ba Bể,12/09/2025,Viettel,4\n"    // 4 figure error (outside)
                         "Xã Ba Bể,30/07/2025,MobiFone,4\n"   // 5 row error
                         "Xã Ba Bể,02/08/2025,Viettel,9\n"    // 6 added
                         "Xã Ba Bể,02/08/2025,Viettel,9\n"    // 7 duplicate
                         "Xã Ba Bể,02/08/2025,Viettel,8\n"    // 8 figure error (conflict)
                         "Xã Chợ Rã,,,\n"                     // 9 empty
                         "Tổng cộng,,,30\n"                   // 10 total
                         "Xã Không Có,28/07/2025,Viettel,1\n" // 11 row error
                         ",28/07/2025,Viettel,1\n"_s;         // 12 row error
    const ImportPlan p = plan(u"acc.csv"_s, utf8(text));
    const ImportAccount& a = p.files[0].account;
    EXPECT_EQ(a.rows, 11);
    EXPECT_EQ(a.blank, 1);
    EXPECT_EQ(a.empty, 1);
    EXPECT_EQ(a.totals, 1);
    EXPECT_EQ(a.errorRows, 3);
    EXPECT_EQ(a.figureRows, 5);
    EXPECT_EQ(a.figures, 5);
    EXPECT_EQ(a.added, 1);
    EXPECT_EQ(a.duplicates, 1);
    EXPECT_EQ(a.figureErrors, 3);
    EXPECT_EQ(p.errorCount(), a.errorRows + a.figureErrors);
    expectAddsUp(p);

    // --dry-run prints the same sums.
    const QString path = dir.file(u"acc.csv"_s);
    writeFile(path, utf8(text));
    const CliRun run = cli({u"import"_s, path, u"--db"_s, dbPath, u"--dry-run"_s});
    EXPECT_TRUE(run.out.contains(u"11 dòng = 5 dòng có số liệu + 3 dòng lỗi + 3 dòng bỏ qua "
                                 "(1 dòng trống, 1 dòng tổng, 1 dòng không có số)"_s))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(u"5 số liệu = 1 thêm mới + 0 thay đổi + 0 giống số đã lưu + 1 "
                                 "trùng dòng trước (bỏ qua) + 3 lỗi"_s))
        << run.out.toStdString();
}

TEST_F(ImportTest, NoHeaderIsOneErrorForTheFile)
{
    const ImportPlan p = plan(u"x.csv"_s, utf8(u"a,b,c\n1,2,3\n"_s));
    ASSERT_EQ(p.errors.size(), 1);
    EXPECT_EQ(p.errors[0].place, u"x.csv"_s);
    EXPECT_TRUE(p.errors[0].message.contains(u"tiêu đề"_s));
}

TEST_F(ImportTest, LockedWeekIsAnError)
{
    ImportPlanner planner(data, {}, {1});
    planner.addText(u"l.csv"_s, utf8(longCsv));
    const ImportPlan p = planner.finish();
    ASSERT_EQ(p.errors.size(), 2);
    EXPECT_TRUE(p.errors[0].message.contains(u"khóa"_s));
}

// --- accounting, replace, re-import, atomicity -----------------------------

TEST_F(ImportTest, AddedChangedIdenticalAndReplace)
{
    const QString first = dir.file(u"first.csv"_s);
    writeFile(first, utf8(longCsv));
    CliRun r = cli({u"import"_s, first, u"--db"_s, dbPath});
    ASSERT_EQ(r.code, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"Thêm mới: 2 · Thay đổi: 0 · Giống số đã lưu: 0 · Lỗi: 0"_s))
        << r.out.toStdString();
    EXPECT_EQ(auditRows(), 2);

    // Re-importing the same file changes nothing.
    const QString before = snapshot();
    r = cli({u"import"_s, first, u"--db"_s, dbPath});
    EXPECT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.contains(u"Giống số đã lưu: 2"_s)) << r.out.toStdString();
    EXPECT_EQ(snapshot(), before);

    // One changed value, one identical, one new: without --replace, nothing.
    const QString second = dir.file(u"second.csv"_s);
    writeFile(second, utf8(u"Xã,Ngày,Nhà mạng,Số lượng\n"
                           "Xã Ba Bể,28/07/2025,Viettel,15\n"
                           "Xã Chợ Rã,28/07/2025,VNPT,7\n"
                           "Xã Phúc Lộc,28/07/2025,VNPT,3\n"_s));
    r = cli({u"import"_s, second, u"--db"_s, dbPath});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.out.contains(u"Thêm mới: 1 · Thay đổi: 1 · Giống số đã lưu: 1"_s))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"second.csv:2: Xã Ba Bể · 28/07/2025 · Viettel: 12 → 15"_s))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"--replace"_s));
    EXPECT_EQ(snapshot(), before);

    // --dry-run with --replace: the account, nothing written.
    r = cli({u"import"_s, second, u"--db"_s, dbPath, u"--replace"_s, u"--dry-run"_s});
    EXPECT_EQ(r.code, 0) << r.out.toStdString();
    EXPECT_EQ(snapshot(), before);

    r = cli({u"import"_s, second, u"--db"_s, dbPath, u"--replace"_s});
    ASSERT_EQ(r.code, 0) << r.out.toStdString();
    EXPECT_EQ(auditRows(), 4);
    auto db = Database::openExisting(dbPath);
    TallyStore store(*db, data.campaign.id);
    const QVector<AuditEntry> h =
        store.history(data.units[unitIndex(u"Xã Ba Bể"_s)].id, QDate(2025, 7, 28));
    ASSERT_EQ(h.size(), 2);
    EXPECT_EQ(h[1].oldCount, 12);
    EXPECT_EQ(h[1].newCount, 15);
    EXPECT_EQ(h[1].source, u"second.csv"_s);
    EXPECT_EQ(h[0].source, u"first.csv"_s);
    EXPECT_NE(h[0].batchId, h[1].batchId); // one change set per imported file
    // The chain holds over every change set and row.
    const IntegrityReport check = Integrity::check(*db);
    EXPECT_TRUE(check.ok()) << check.problems.join(u'\n').toStdString();
    EXPECT_EQ(check.auditRows, 4);
}

TEST_F(ImportTest, AnErrorOnTheLastLineLeavesTheDatabaseAsItWas)
{
    const QString seed = dir.file(u"seed.csv"_s);
    writeFile(seed, utf8(longCsv));
    ASSERT_EQ(cli({u"import"_s, seed, u"--db"_s, dbPath}).code, 0);
    const QString before = snapshot();

    QString text = u"Xã,Ngày,Nhà mạng,Số lượng\n"_s;
    for (const Unit& u : data.units)
        text += u.name + u",01/08/2025,Viettel,5\n"_s;
    text += u"Xã Ba Bể,28/07/2025,Viettel,99\n"_s;  // a change, and then
    text += u"Xã Ba Bể,02/08/2025,Viettel,abc\n"_s; // an error on the last line
    const QString bad = dir.file(u"bad.csv"_s);
    writeFile(bad, utf8(text));
    const CliRun r = cli({u"import"_s, bad, u"--db"_s, dbPath, u"--replace"_s});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.out.contains(u"bad.csv:40: "_s)) << r.out.toStdString();
    EXPECT_EQ(snapshot(), before);

    // Two files: the second one's error stops the first one too.
    const QString good = dir.file(u"good.csv"_s);
    writeFile(good, utf8(u"Xã,Ngày,Nhà mạng,Số lượng\nXã Ba Bể,05/08/2025,Viettel,1\n"_s));
    EXPECT_EQ(cli({u"import"_s, good, bad, u"--db"_s, dbPath}).code, 2);
    EXPECT_EQ(snapshot(), before);
}

TEST_F(ImportTest, CancelLeavesTheDatabaseAsItWas)
{
    // Every unit × day × provider: more than one chunk of the applier.
    QString text = u"Xã,Ngày,Nhà mạng,Số lượng\n"_s;
    for (const Unit& u : data.units)
        for (int d = 0; d < data.campaign.days(); ++d)
            for (const Provider& p : data.providers)
                text += u"%1,%2,%3,%4\n"_s
                            .arg(u.name, Format().date(data.campaign.start.addDays(d)), p.name)
                            .arg(d + 1);
    const ImportPlan p = plan(u"all.csv"_s, utf8(text));
    ASSERT_FALSE(p.hasErrors()) << errorsOf(p).toStdString();
    ASSERT_EQ(p.added.size(), data.units.size() * data.campaign.days() * data.providers.size());
    const QString before = snapshot();

    auto db = Database::openExisting(dbPath);
    std::atomic_bool cancel = false;
    ImportApplier applier(*db, data);
    applier.setCancelFlag(&cancel);
    int calls = 0;
    applier.setProgress([&](double) {
        ++calls;
        cancel = true; // after the first chunk is written
    });
    const ImportOutcome o = applier.apply(p, false, u"test"_s);
    EXPECT_EQ(o.status, ImportOutcome::Status::Cancelled);
    EXPECT_EQ(calls, 1);
    db.reset();
    EXPECT_EQ(snapshot(), before);

    // Cancelling while reading gives a cancelled plan that the applier refuses.
    std::atomic_bool stop = true;
    ImportPlanner planner(data);
    planner.setCancelFlag(&stop);
    planner.addText(u"all.csv"_s, utf8(text));
    const ImportPlan cancelled = planner.finish();
    EXPECT_TRUE(cancelled.cancelled);
    auto db2 = Database::openExisting(dbPath);
    EXPECT_EQ(ImportApplier(*db2, data).apply(cancelled, true, u"t"_s).status,
              ImportOutcome::Status::Cancelled);

    // And without cancelling, everything goes in.
    const ImportOutcome done = ImportApplier(*db2, data).apply(p, false, u"test"_s);
    EXPECT_EQ(done.status, ImportOutcome::Status::Imported);
    EXPECT_EQ(done.result.added, p.added.size());
}

// --- the template -----------------------------------------------------------

TEST_F(ImportTest, TemplateRoundTrip)
{
    const QString path = dir.file(u"mau.xlsx"_s);
    CliRun r = cli({u"template"_s, u"--week"_s, u"1"_s, u"--provider"_s, u"Viettel"_s, u"--out"_s,
                    path, u"--db"_s, dbPath});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();

    // Unfilled, it imports cleanly with nothing to do.
    ImportPlan empty = planFile(path);
    ASSERT_FALSE(empty.hasErrors()) << errorsOf(empty).toStdString();
    EXPECT_TRUE(empty.nothingToDo());
    EXPECT_EQ(empty.files[0].form, u"wide-dates"_s);

    // Filled in as a provider would (every unit, every day of week 1).
    const XlsxReader reader(path);
    QVector<SheetRow> rows = reader.readSheet(0);
    int filled = 0;
    for (SheetRow& row : rows) {
        if (row.line <= ImportTemplate::HeaderRow)
            continue;
        row.cells.resize(2 + 7);
        row.cellCount = 9;
        for (int c = 2; c < 9; ++c) {
            row.cells[c].text = QString::number(row.line * 10 + c);
            ++filled;
        }
    }
    EXPECT_EQ(filled, 37 * 7);
    GridSheetSource source(u"mau.xlsx"_s, reader.sheetNames()[0], rows);
    ImportPlanner planner(data);
    ImportFileInfo info;
    info.name = u"mau.xlsx"_s;
    info.sheet = reader.sheetNames()[0];
    planner.addSource(info, source);
    const ImportPlan p = planner.finish();
    ASSERT_FALSE(p.hasErrors()) << errorsOf(p).toStdString();
    ASSERT_EQ(p.added.size(), 37 * 7);
    expectRow(p.added[0], data.units[0].name, QDate(2025, 7, 28), u"viettel"_s,
              ImportTemplate::HeaderRow * 10 + 10 + 2);
    expectRow(p.added.last(), data.units.last().name, QDate(2025, 8, 3), u"viettel"_s,
              (ImportTemplate::HeaderRow + 37) * 10 + 8);

    // Without a provider, the template asks for one.
    const QString blank = dir.file(u"blank.xlsx"_s);
    ASSERT_EQ(cli({u"template"_s, u"--from"_s, u"28/07/2025"_s, u"--to"_s, u"30/07/2025"_s,
                   u"--out"_s, blank, u"--db"_s, dbPath})
                  .code,
              0);
    const ImportPlan noProvider = planFile(blank);
    ASSERT_EQ(noProvider.errors.size(), 1);
    EXPECT_TRUE(noProvider.errors[0].message.contains(u"Nhà mạng"_s));
    ImportOptions o;
    o.provider = u"Khác"_s;
    EXPECT_FALSE(planFile(blank, o).hasErrors());

    // Bad requests.
    EXPECT_EQ(cli({u"template"_s, u"--week"_s, u"9"_s, u"--out"_s, path, u"--db"_s, dbPath}).code,
              2);
    EXPECT_EQ(cli({u"template"_s, u"--out"_s, path, u"--db"_s, dbPath}).code, 1);
}

namespace {
QString triggerSql(const Database& db)
{
    QString out;
    QSqlQuery q = db.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                          "ORDER BY name"_s);
    while (q.next())
        out += q.value(0).toString() + u": "_s + q.value(1).toString() + u'\n';
    return out;
}
} // namespace

// The bulk writer the importer uses keeps TallyStore's audit format exactly.
TEST_F(ImportTest, BulkWriterAuditsLikeApply)
{
    auto db = Database::openExisting(dbPath);
    TallyStore store(*db, data.campaign.id);
    const QString triggers = triggerSql(*db);
    ASSERT_TRUE(triggers.contains(u"tally_locked_insert"_s));
    const TallyKey key{data.units[3].id, QDate(2025, 8, 4), data.providers[1].id};
    const TallyKey other{data.units[4].id, QDate(2025, 8, 4), data.providers[1].id};
    const TallyKey third{data.units[5].id, QDate(2025, 8, 5), data.providers[0].id};
    store.apply({{other, 1}}, u"a"_s, u"entry"_s); // the ordinary path first
    ApplyResult r;
    db->writeTransaction([&] {
        r = store.applyBulkInTransaction({{key, 5}, {other, 1}}, u"b"_s, u"f.csv"_s);
    });
    EXPECT_EQ(r.added, 1);
    EXPECT_EQ(r.unchanged, 1);
    db->writeTransaction([&] { store.applyBulkInTransaction({{key, 6}}, u"b"_s, u"g.csv"_s); });
    db->writeTransaction([&] {
        store.applyBulkInTransaction({{key, std::nullopt}}, u"b"_s, u"h.csv"_s);
    });
    // Cells the caller saw empty go in together (one statement); cells that
    // are filled after all are written one by one, as changes.
    db->writeTransaction([&] {
        r = store.applyBulkInTransaction({TallyChange::expecting(key, 7, std::nullopt),
                                          TallyChange::expecting(third, 3, std::nullopt)},
                                         u"b"_s, u"i.csv"_s);
    });
    EXPECT_EQ(r.added, 2);
    db->writeTransaction([&] {
        r = store.applyBulkInTransaction({TallyChange::expecting(other, 9, std::nullopt),
                                          TallyChange::expecting(key, 7, std::nullopt)},
                                         u"b"_s, u"j.csv"_s);
    });
    EXPECT_EQ(r.added, 0);
    EXPECT_EQ(r.changed, 1);
    EXPECT_EQ(r.unchanged, 1);
    store.apply({{other, 2}}, u"a"_s, u"entry"_s); // and the ordinary path after
    EXPECT_EQ(store.value(key), 7);
    EXPECT_EQ(store.value(third), 3);
    EXPECT_EQ(store.value(other), 2);
    const QVector<AuditEntry> h = store.history(key.unitId, key.date, key.providerId);
    ASSERT_EQ(h.size(), 4);
    EXPECT_EQ(h[0].action, u"insert"_s);
    EXPECT_EQ(h[1].action, u"update"_s);
    EXPECT_EQ(h[1].oldCount, 5);
    EXPECT_EQ(h[2].action, u"delete"_s);
    EXPECT_FALSE(h[2].newCount.has_value());
    EXPECT_EQ(h[2].source, u"h.csv"_s);
    EXPECT_EQ(h[3].action, u"insert"_s);
    EXPECT_EQ(h[3].source, u"i.csv"_s);
    EXPECT_EQ(h[3].actor, u"b"_s);
    const QVector<AuditEntry> o = store.history(other.unitId, other.date, other.providerId);
    ASSERT_EQ(o.size(), 3);
    EXPECT_EQ(o[1].oldCount, 1);
    EXPECT_EQ(o[1].newCount, 9);
    EXPECT_EQ(o[1].source, u"j.csv"_s);
    const IntegrityReport check = Integrity::check(*db);
    EXPECT_TRUE(check.ok()) << check.problems.join(u'\n').toStdString();
    EXPECT_EQ(check.auditRows, 8);
    // The triggers the writer suspends are back, word for word.
    EXPECT_EQ(triggerSql(*db), triggers);

    // Every rule is still enforced, naming the cell, and nothing is written.
    const QString before = triggerSql(*db) + QString::number(check.auditRows);
    auto refused = [&](const TallyChange& change) {
        QString message;
        try {
            db->writeTransaction([&] {
                store.applyBulkInTransaction(
                    {TallyChange::expecting(third, 4, std::nullopt), change}, u"b"_s, u"x.csv"_s);
            });
        } catch (const StorageError& e) {
            EXPECT_EQ(e.kind(), StorageError::Kind::Rejected);
            message = e.message();
        }
        EXPECT_EQ(store.value(third), 3);
        EXPECT_EQ(triggerSql(*db) + QString::number(Integrity::check(*db).auditRows), before);
        return message;
    };
    const TallyKey outside{key.unitId, QDate(2025, 9, 30), key.providerId};
    EXPECT_TRUE(refused({outside, 1}).contains(u"30/09/2025"_s));
    EXPECT_TRUE(refused({{999999, key.date, key.providerId}, 1}).contains(u"999999"_s));
    EXPECT_TRUE(refused({key, -4}).contains(u"-4"_s));
    store.lockWeek(2, u"a"_s, u"Báo cáo tuần 2 đã gửi"_s);
    const TallyKey lockedCell{key.unitId, QDate(2025, 8, 6), key.providerId};
    EXPECT_FALSE(refused(TallyChange::expecting(lockedCell, 1, std::nullopt)).isEmpty());
    EXPECT_FALSE(store.value(lockedCell).has_value());

    // Stopping part way (the progress callback throws) leaves nothing behind.
    struct Stop
    {
    };
    QVector<TallyChange> many;
    for (const Unit& u : data.units)
        many.push_back(TallyChange::expecting({u.id, QDate(2025, 8, 20), data.providers[2].id}, 1,
                                              std::nullopt));
    int calls = 0;
    EXPECT_THROW(db->writeTransaction([&] {
        store.applyBulkInTransaction(many, u"b"_s, u"y.csv"_s, [&](double share) {
            EXPECT_GE(share, 0.0);
            EXPECT_LE(share, 1.0);
            if (++calls == 2)
                throw Stop{};
        });
    }),
                 Stop);
    EXPECT_EQ(triggerSql(*db), triggers);
    EXPECT_FALSE(store.value(many[0].key).has_value());
    EXPECT_TRUE(Integrity::check(*db).ok());
}

// Defect 6: a sheet is read as it inflates; a zip bomb is refused quickly.
TEST_F(ImportTest, AnXlsxBombIsRefusedQuicklyInLittleMemory)
{
    // 1 GB of spaces inside <sheetData>, deflated to about 1 MB.
    QByteArray sheet =
        "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
        "spreadsheetml/2006/main\"><sheetData>";
    const qint64 spaces = qint64(1) << 30;
    QByteArray deflated;
    quint32 crc = quint32(crc32(0, nullptr, 0));
    const QByteArray tail = "</sheetData></worksheet>";
    {
        z_stream z{};
        ASSERT_EQ(deflateInit2(&z, 1, Z_DEFLATED, -MAX_WBITS, 9, Z_RLE), Z_OK);
        const QByteArray block(1 << 20, ' ');
        QByteArray out(1 << 20, Qt::Uninitialized);
        auto feed = [&](const QByteArray& in, int flush) {
            crc = quint32(
                crc32(crc, reinterpret_cast<const Bytef*>(in.constData()), uInt(in.size())));
            z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.constData()));
            z.avail_in = uInt(in.size());
            do {
                z.next_out = reinterpret_cast<Bytef*>(out.data());
                z.avail_out = uInt(out.size());
                deflate(&z, flush);
                deflated.append(out.constData(), out.size() - qsizetype(z.avail_out));
            } while (z.avail_out == 0);
        };
        feed(sheet, Z_NO_FLUSH);
        for (qint64 i = 0; i < spaces / block.size(); ++i)
            feed(block, Z_NO_FLUSH);
        feed(tail, Z_FINISH);
        deflateEnd(&z);
    }
    // The archive by hand: one deflated sheet beside the stored workbook parts.
    QList<ZipPart> parts;
    for (const auto& [name, data] : workbookParts(u"S"_s, u"rId1"_s, u"worksheets/sheet1.xml"_s))
        parts.push_back(storedPart(name, data));
    for (const bool honest : {true, false}) {
        const QByteArray zip =
            zipOf(parts + QList<ZipPart>{{u"xl/worksheets/sheet1.xml"_s, deflated, 8, crc,
                                          honest ? quint32(sheet.size() + spaces + tail.size())
                                                 : quint32(4096)}});
        const QString path = dir.file(honest ? u"bomb.xlsx"_s : u"liar.xlsx"_s);
        writeFile(path, zip);
        QElapsedTimer timer;
        timer.start();
        const ImportPlan p = planFile(path);
        EXPECT_LT(timer.elapsed(), 1000);
        ASSERT_EQ(p.errors.size(), 1) << errorsOf(p).toStdString();
        EXPECT_EQ(p.errors[0].place, QFileInfo(path).fileName());
        EXPECT_TRUE(p.added.isEmpty());
    }
}

// --- dates after today and the entry rules ----------------------------------

TEST_F(ImportTest, ACountForADayAfterTodayIsAnErrorNamingItsLine)
{
    ImportOptions options;
    options.today = QDate(2025, 8, 12);
    const ImportPlan p = plan(u"f.csv"_s,
                              utf8(u"Xã,Ngày,Nhà mạng,Số lượng\n"
                                   "Xã Ba Bể,12/08/2025,Viettel,40\n"
                                   "Xã Ba Bể,28/08/2025,Viettel,40\n"_s),
                              options);
    ASSERT_EQ(p.errors.size(), 1) << errorsOf(p).toStdString();
    EXPECT_EQ(p.errors[0].place, u"f.csv:3"_s);
    EXPECT_TRUE(p.errors[0].message.contains(u"28/08/2025"_s)) << errorsOf(p).toStdString();
    EXPECT_TRUE(p.errors[0].message.contains(u"12/08/2025"_s));
    EXPECT_EQ(p.added.size(), 1);
}

namespace {

// Xã Phủ Thông (quota 1.899: 60 a day planned) over ten days, most of them
// zero, then one more day from VNPT.
QString phuThong(int lastDay)
{
    QString text = u"Xã,Ngày,Nhà mạng,Số lượng\n"_s;
    const int days[] = {30, 0, 0, 25, 0, 35, 0, 0, 30, 0};
    for (int i = 0; i < 10; ++i)
        text += u"Xã Phủ Thông,%1,Viettel,%2\n"_s
                    .arg(QDate(2025, 7, 28).addDays(i).toString(u"dd/MM/yyyy"_s))
                    .arg(days[i]);
    text += u"Xã Phủ Thông,07/08/2025,VNPT,%1\n"_s.arg(lastDay);
    return text;
}

} // namespace

TEST_F(ImportTest, AUnitWithManyZeroDaysIsNotWarnedOnAnOrdinaryDay)
{
    // Non-zero days 30, 25, 35, 30: median 30, below the planned 60, so the
    // usual day is 60 and up to 300 passes. (The median of every reported
    // day, zeros included, is 0: any count would have warned.)
    const ImportPlan p = plan(u"z.csv"_s, utf8(phuThong(40)));
    EXPECT_FALSE(p.hasErrors()) << errorsOf(p).toStdString();
    EXPECT_EQ(p.warningCount(), 0) << p.warnings.value(0).text().toStdString();
    EXPECT_EQ(p.added.size(), 11);
}

TEST_F(ImportTest, AFarAboveUsualDayIsAWarningWithItsLine)
{
    const ImportPlan p = plan(u"z.csv"_s, utf8(phuThong(1205)));
    EXPECT_FALSE(p.hasErrors()) << errorsOf(p).toStdString();
    ASSERT_EQ(p.warningCount(), 1);
    EXPECT_EQ(p.warnings[0].place, u"z.csv:12"_s);
    EXPECT_TRUE(p.warnings[0].message.contains(u"1.205"_s)) << p.warnings[0].text().toStdString();
    EXPECT_TRUE(p.warnings[0].message.contains(u"07/08/2025"_s));
    EXPECT_EQ(p.added.size(), 11); // a warning, not an error
}

TEST_F(ImportTest, WithoutHistoryACountAboveFiveTimesTheNeededRateWarns)
{
    // Xã Ba Bể, quota 1.605, nothing before 28/07: 1.605 over 32 days is 51
    // a day (rounded up); five times that, 255, passes and 256 warns.
    const auto one = [&](int count) {
        return plan(u"n.csv"_s, utf8(u"Xã,Ngày,Nhà mạng,Số lượng\nXã Ba Bể,28/07/2025,Viettel,"_s +
                                     QString::number(count) + u'\n'));
    };
    EXPECT_EQ(one(255).warningCount(), 0);
    const ImportPlan p = one(1605);
    ASSERT_EQ(p.warningCount(), 1);
    EXPECT_EQ(p.warnings[0].place, u"n.csv:2"_s);
    EXPECT_TRUE(p.warnings[0].message.contains(u"51/ngày"_s)) << p.warnings[0].text().toStdString();
    EXPECT_EQ(one(256).warningCount(), 1);
}

TEST_F(ImportTest, StrictTurnsWarningsIntoErrorsAndWritesNothing)
{
    const QString file = dir.file(u"w.csv"_s);
    writeFile(file, utf8(phuThong(1205)));
    const QString before = snapshot();
    CliRun r = cli({u"import"_s, file, u"--db"_s, dbPath, u"--strict"_s});
    EXPECT_EQ(r.code, 2) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"Cảnh báo: 1"_s)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"w.csv:12"_s)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"--strict"_s));
    EXPECT_EQ(snapshot(), before);
    r = cli({u"import"_s, file, u"--db"_s, dbPath});
    EXPECT_EQ(r.code, 0) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"Cảnh báo: 1"_s));
    EXPECT_NE(snapshot(), before);
}
