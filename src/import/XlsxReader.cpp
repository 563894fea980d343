#include "import/XlsxReader.h"

#include "import/ZipArchive.h"

#include <QDate>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>
#include <cmath>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {

// The text of an <si> or <is> element: every <t> inside, rich runs included,
// phonetic hints (<rPh>) left out. The reader is on the start element.
QString readRichText(QXmlStreamReader& xml)
{
    const QString end = xml.name().toString();
    QString text;
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"rPh")
                ++phonetic;
            else if (xml.name() == u"t" && phonetic == 0)
                text += xml.readElementText();
        } else if (xml.isEndElement()) {
            if (xml.name() == u"rPh")
                --phonetic;
            else if (xml.name() == end)
                break;
        }
    }
    return text;
}

// "C7" → column 2 (0-based), row 7.
bool parseCellRef(QStringView ref, int& column, int& row)
{
    column = 0;
    row = 0;
    qsizetype i = 0;
    while (i < ref.size() && ref[i].isLetter()) {
        column = column * 26 + (ref[i].toUpper().unicode() - u'A' + 1);
        ++i;
    }
    if (i == 0 || i == ref.size())
        return false;
    bool ok = false;
    row = ref.mid(i).toInt(&ok);
    --column;
    return ok && row > 0 && column >= 0 && column < 16384;
}

QString resolveTarget(const QString& target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    QString t = target;
    if (t.startsWith(u"./"_s))
        t = t.mid(2);
    return u"xl/"_s + t;
}

} // namespace

XlsxReader::XlsxReader(const QString& path) : m_path(path), m_zip(std::make_shared<ZipArchive>())
{
    if (!QFileInfo::exists(path))
        throw XlsxError(tr("Không tìm thấy tệp %1.").arg(path));
    if (!m_zip->open(path))
        throw XlsxError(tr("Tệp %1 không phải là bảng tính Excel .xlsx (không mở được dạng nén).")
                            .arg(QFileInfo(path).fileName()));
    const QByteArray workbook = entry(u"xl/workbook.xml"_s);

    QHash<QString, QString> relTargets;
    {
        QXmlStreamReader xml(entry(u"xl/_rels/workbook.xml.rels"_s));
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship")
                relTargets.insert(xml.attributes().value(u"Id"_s).toString(),
                                  xml.attributes().value(u"Target"_s).toString());
        }
    }
    QXmlStreamReader xml(workbook);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"sheet")
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        QString rid;
        for (const QXmlStreamAttribute& attr : a)
            if (attr.name() == u"id")
                rid = attr.value().toString();
        const QString target = relTargets.value(rid);
        m_sheetNames << a.value(u"name"_s).toString();
        m_sheetPaths << (target.isEmpty()
                             ? u"xl/worksheets/sheet%1.xml"_s.arg(m_sheetPaths.size() + 1)
                             : resolveTarget(target));
    }
    if (xml.hasError() || m_sheetNames.isEmpty())
        throw XlsxError(tr("Tệp %1 không phải là bảng tính Excel hợp lệ (không đọc được danh sách "
                           "trang tính).")
                            .arg(QFileInfo(path).fileName()));

    if (m_zip->contains(u"xl/sharedStrings.xml"_s)) {
        QXmlStreamReader s(entry(u"xl/sharedStrings.xml"_s));
        while (!s.atEnd()) {
            if (s.readNext() == QXmlStreamReader::StartElement && s.name() == u"si")
                *m_sharedStrings << readRichText(s);
        }
    }
}

namespace {

[[noreturn]] void entryProblem(ZipArchive::Problem problem, const QString& name,
                               const QString& path)
{
    const QString file = QFileInfo(path).fileName();
    switch (problem) {
    case ZipArchive::Problem::Missing:
        throw XlsxError(
            XlsxReader::tr("Tệp %1 thiếu phần %2 của bảng tính Excel.").arg(file, name));
    case ZipArchive::Problem::TooLarge:
        throw XlsxError(XlsxReader::tr("Phần %1 của tệp %2 giải nén ra quá lớn (quá %3 MB hoặc nén "
                                       "quá %4 lần): không đọc, để khỏi làm cạn bộ nhớ.")
                            .arg(name, file)
                            .arg(ZipArchive::MaxEntrySize >> 20)
                            .arg(ZipArchive::MaxRatio));
    default:
        throw XlsxError(XlsxReader::tr("Không đọc được phần %1 của tệp %2.").arg(name, file));
    }
}

// The rows of one sheet, parsed as its XML inflates.
class XlsxSheetSource : public SheetSource
{
public:
    XlsxSheetSource(std::shared_ptr<ZipArchive> zip, std::unique_ptr<ZipArchive::Stream> stream,
                    std::shared_ptr<QStringList> strings, QString path, QString entry,
                    QString displayName, QString sheet)
        : m_zip(std::move(zip)), m_stream(std::move(stream)), m_strings(std::move(strings)),
          m_path(std::move(path)), m_entry(std::move(entry)), m_name(std::move(displayName)),
          m_sheet(std::move(sheet))
    {}
    bool next(SheetRow& row) override;
    QString place(int line, int column) const override
    {
        if (column < 0)
            return u"%1:%2!%3"_s.arg(m_name, m_sheet).arg(line);
        return u"%1:%2!%3%4"_s.arg(m_name, m_sheet, columnName(column)).arg(line);
    }
    double progress() const override { return m_stream->progress(); }

private:
    // The next token, feeding the parser as it runs dry.
    QXmlStreamReader::TokenType readNext();
    void finishCell(SheetRow& row);

    std::shared_ptr<ZipArchive> m_zip;
    std::unique_ptr<ZipArchive::Stream> m_stream;
    std::shared_ptr<QStringList> m_strings;
    QString m_path, m_entry, m_name, m_sheet;
    QXmlStreamReader m_xml;
    QByteArray m_piece;
    bool m_fed = false; // the whole entry went to the parser
    int m_nextRow = 1;
    // The cell being read.
    QString m_type, m_value, m_inline;
    int m_column = 0;
    bool m_hasInline = false, m_inV = false, m_inIs = false, m_inT = false;
    int m_phonetic = 0;
};

QXmlStreamReader::TokenType XlsxSheetSource::readNext()
{
    for (;;) {
        const QXmlStreamReader::TokenType t = m_xml.readNext();
        if (t != QXmlStreamReader::Invalid ||
            m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError || m_fed)
            return t;
        if (m_stream->read(m_piece)) {
            m_xml.addData(m_piece);
        } else {
            if (m_stream->problem() != ZipArchive::Problem::None)
                entryProblem(m_stream->problem(), m_entry, m_path);
            m_fed = true;
        }
    }
}

void XlsxSheetSource::finishCell(SheetRow& row)
{
    const int column = m_column;
    if (column >= row.cells.size())
        row.cells.resize(column + 1);
    for (int c = row.cellCount; c < column; ++c) { // the cells skipped are blank
        row.cells[c].text.resize(0);
        row.cells[c].numeric = false;
        row.cells[c].unreadable = false;
    }
    SheetCell& cell = row.cells[column];
    cell.text.resize(0);
    cell.numeric = false;
    cell.unreadable = false;
    cell.number = 0;
    if (m_type == u"s") {
        bool ok = false;
        const int i = m_value.toInt(&ok);
        if (ok && i >= 0 && i < m_strings->size()) {
            cell.text = m_strings->at(i);
        } else {
            cell.unreadable = true;
            cell.text = XlsxReader::tr("chuỗi dùng chung số \"%1\" không có trong tệp (tệp có %2 "
                                       "chuỗi).")
                            .arg(m_value)
                            .arg(m_strings->size());
        }
    } else if (m_type == u"inlineStr" || m_hasInline) {
        cell.text = m_inline;
    } else if (m_type == u"str" || m_type == u"e" || m_type == u"b") {
        cell.text = m_value;
    } else if (!m_value.isEmpty()) {
        bool ok = false;
        const double d = m_value.toDouble(&ok);
        if (ok) {
            cell.numeric = true;
            cell.number = d;
            cell.text =
                d == std::floor(d) && std::abs(d) < 1e15 ? QString::number(qint64(d)) : m_value;
        } else {
            cell.text = m_value;
        }
    }
    row.cellCount = std::max(row.cellCount, column + 1);
}

bool XlsxSheetSource::next(SheetRow& row)
{
    bool inRow = false;
    for (;;) {
        const QXmlStreamReader::TokenType t = readNext();
        if (t == QXmlStreamReader::Invalid)
            throw XlsxError(XlsxReader::tr("Trang tính \"%1\" của tệp %2 bị hỏng: %3")
                                .arg(m_sheet, QFileInfo(m_path).fileName(), m_xml.errorString()));
        if (t == QXmlStreamReader::EndDocument)
            return false;
        if (t == QXmlStreamReader::Characters) {
            if (m_inV)
                m_value += m_xml.text();
            else if (m_inIs && m_inT && m_phonetic == 0)
                m_inline += m_xml.text();
            continue;
        }
        const QStringView name = m_xml.name();
        if (t == QXmlStreamReader::StartElement) {
            if (name == u"row") {
                inRow = true;
                bool ok = false;
                const int r = m_xml.attributes().value(u"r"_s).toInt(&ok);
                row.line = ok && r > 0 ? r : m_nextRow;
                m_nextRow = row.line + 1;
                row.cellCount = 0;
                row.unclosedQuoteLine = 0;
            } else if (name == u"c" && inRow) {
                const QXmlStreamAttributes a = m_xml.attributes();
                m_type = a.value(u"t"_s).toString();
                int column = 0, r = 0;
                m_column = a.hasAttribute(u"r"_s) && parseCellRef(a.value(u"r"_s), column, r)
                               ? column
                               : row.cellCount;
                if (m_column >= 16384)
                    throw XlsxError(XlsxReader::tr("Trang tính \"%1\" của tệp %2 bị hỏng: quá "
                                                   "16.384 cột.")
                                        .arg(m_sheet, QFileInfo(m_path).fileName()));
                m_value.resize(0);
                m_inline.resize(0);
                m_hasInline = m_inV = m_inIs = m_inT = false;
                m_phonetic = 0;
            } else if (name == u"v") {
                m_inV = true;
            } else if (name == u"is") {
                m_inIs = m_hasInline = true;
            } else if (name == u"t") {
                m_inT = true;
            } else if (name == u"rPh") {
                ++m_phonetic;
            }
        } else if (t == QXmlStreamReader::EndElement) {
            if (name == u"v") {
                m_inV = false;
            } else if (name == u"t") {
                m_inT = false;
            } else if (name == u"is") {
                m_inIs = false;
            } else if (name == u"rPh") {
                --m_phonetic;
            } else if (name == u"c" && inRow) {
                finishCell(row);
            } else if (name == u"row" && inRow) {
                inRow = false;
                if (!row.isBlank())
                    return true;
            }
        }
    }
}

} // namespace

QByteArray XlsxReader::entry(const QString& name) const
{
    ZipArchive::Problem problem = ZipArchive::Problem::None;
    const std::optional<QByteArray> bytes = m_zip->read(name, &problem);
    if (!bytes)
        entryProblem(problem, name, m_path);
    return *bytes;
}

std::unique_ptr<SheetSource> XlsxReader::openSheet(int index, const QString& displayName) const
{
    if (index < 0 || index >= m_sheetPaths.size())
        throw XlsxError(tr("Tệp %1 không có trang tính số %2.")
                            .arg(QFileInfo(m_path).fileName())
                            .arg(index + 1));
    ZipArchive::Problem problem = ZipArchive::Problem::None;
    std::unique_ptr<ZipArchive::Stream> stream = m_zip->stream(m_sheetPaths[index], &problem);
    if (!stream)
        entryProblem(problem, m_sheetPaths[index], m_path);
    return std::make_unique<XlsxSheetSource>(
        m_zip, std::move(stream), m_sharedStrings, m_path, m_sheetPaths[index],
        displayName.isEmpty() ? QFileInfo(m_path).fileName() : displayName, m_sheetNames[index]);
}

QVector<SheetRow> XlsxReader::readSheet(int index) const
{
    const std::unique_ptr<SheetSource> source = openSheet(index);
    QVector<SheetRow> rows;
    SheetRow row;
    while (source->next(row)) {
        SheetRow copy = row;
        copy.cells.resize(row.cellCount);
        rows.push_back(std::move(copy));
    }
    return rows;
}

QDate XlsxReader::dateFromSerial(double serial)
{
    // Excel counts 29/02/1900, which did not exist; from 01/03/1900 on,
    // day 0 is 30/12/1899.
    const qint64 days = qint64(std::floor(serial));
    if (days < 1 || days > 2958465)
        return {};
    if (days < 61)
        return QDate(1899, 12, 31).addDays(days);
    return QDate(1899, 12, 30).addDays(days);
}

} // namespace signtally
