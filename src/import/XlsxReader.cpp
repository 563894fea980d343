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
                m_sharedStrings << readRichText(s);
        }
    }
}

QByteArray XlsxReader::entry(const QString& name) const
{
    const std::optional<QByteArray> bytes = m_zip->read(name);
    if (!m_zip->contains(name))
        throw XlsxError(tr("Tệp %1 thiếu phần %2 của bảng tính Excel.")
                            .arg(QFileInfo(m_path).fileName(), name));
    if (!bytes)
        throw XlsxError(
            tr("Không đọc được phần %1 của tệp %2.").arg(name, QFileInfo(m_path).fileName()));
    return *bytes;
}

QVector<SheetRow> XlsxReader::readSheet(int index) const
{
    if (index < 0 || index >= m_sheetPaths.size())
        throw XlsxError(tr("Tệp %1 không có trang tính số %2.")
                            .arg(QFileInfo(m_path).fileName())
                            .arg(index + 1));
    QXmlStreamReader xml(entry(m_sheetPaths[index]));
    QVector<SheetRow> rows;
    SheetRow row;
    int nextRow = 1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"row") {
            row = SheetRow();
            bool ok = false;
            const int r = xml.attributes().value(u"r"_s).toInt(&ok);
            row.line = ok && r > 0 ? r : nextRow;
            nextRow = row.line + 1;
        } else if (xml.isEndElement() && xml.name() == u"row") {
            if (!row.isBlank())
                rows.push_back(row);
        } else if (xml.isStartElement() && xml.name() == u"c") {
            const QXmlStreamAttributes a = xml.attributes();
            const QString type = a.value(u"t"_s).toString();
            int column = row.cellCount, r = row.line;
            if (a.hasAttribute(u"r"_s))
                parseCellRef(a.value(u"r"_s), column, r);
            QString value;
            QString inlineText;
            bool hasInline = false;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == u"v") {
                    value = xml.readElementText();
                } else if (xml.isStartElement() && xml.name() == u"is") {
                    inlineText = readRichText(xml);
                    hasInline = true;
                } else if (xml.isEndElement() && xml.name() == u"c") {
                    break;
                }
            }
            SheetCell cell;
            if (type == u"s") {
                bool ok = false;
                const int i = value.toInt(&ok);
                if (ok && i >= 0 && i < m_sharedStrings.size()) {
                    cell.text = m_sharedStrings[i];
                } else {
                    cell.unreadable = true;
                    cell.text = tr("chuỗi dùng chung số \"%1\" không có trong tệp (tệp có %2 "
                                   "chuỗi).")
                                    .arg(value)
                                    .arg(m_sharedStrings.size());
                }
            } else if (type == u"inlineStr" || hasInline) {
                cell.text = inlineText;
            } else if (type == u"str" || type == u"e") {
                cell.text = value;
            } else if (type == u"b") {
                cell.text = value;
            } else if (!value.isEmpty()) {
                bool ok = false;
                const double d = value.toDouble(&ok);
                if (ok) {
                    cell.numeric = true;
                    cell.number = d;
                    cell.text = d == std::floor(d) && std::abs(d) < 1e15
                                    ? QString::number(qint64(d))
                                    : value;
                } else {
                    cell.text = value;
                }
            }
            if (column >= row.cells.size())
                row.cells.resize(column + 1);
            row.cells[column] = cell;
            row.cellCount = std::max(row.cellCount, column + 1);
        }
    }
    if (xml.hasError())
        throw XlsxError(
            tr("Trang tính \"%1\" của tệp %2 bị hỏng: %3")
                .arg(m_sheetNames[index], QFileInfo(m_path).fileName(), xml.errorString()));
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
