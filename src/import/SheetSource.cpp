#include "import/SheetSource.h"

using namespace Qt::StringLiterals;

namespace signtally {

const QString& SheetRow::text(int column) const
{
    static const QString empty;
    return column >= 0 && column < cellCount ? cells[column].text : empty;
}

bool SheetRow::isBlank() const
{
    if (unclosedQuoteLine > 0)
        return false;
    for (int c = 0; c < cellCount; ++c)
        if (cells[c].unreadable)
            return false;
    for (int c = 0; c < cellCount; ++c)
        for (QChar ch : cells[c].text)
            if (!ch.isSpace())
                return false;
    return true;
}

QString columnName(int column)
{
    QString out;
    int c = column + 1;
    while (c > 0) {
        const int r = (c - 1) % 26;
        out.prepend(QChar(u'A' + r));
        c = (c - 1) / 26;
    }
    return out;
}

CsvSheetSource::CsvSheetSource(QString displayName, QString text)
    : m_name(std::move(displayName)), m_text(std::move(text)), m_delimiter(detectDelimiter(m_text)),
      m_reader(reader())
{}

CsvSheetSource::CsvSheetSource(QString displayName, QByteArray utf8, qsizetype start)
    : m_name(std::move(displayName)), m_bytes(std::move(utf8)), m_start(start), m_utf8(true),
      m_delimiter(detectDelimiter(this->utf8())), m_reader(reader())
{}

CsvSheetSource::CsvSheetSource(const CsvSheetSource& whole, qsizetype from, qsizetype end)
    : m_name(whole.m_name), m_text(whole.m_text), m_bytes(whole.m_bytes), m_start(whole.m_start),
      m_utf8(whole.m_utf8), m_delimiter(whole.m_delimiter), m_reader(reader()), m_end(end)
{
    m_reader.seek(from, 1);
}

CsvReader CsvSheetSource::reader() const
{
    return m_utf8 ? CsvReader(utf8(), m_delimiter) : CsvReader(m_text, m_delimiter);
}

qsizetype CsvSheetSource::nextLineStart(qsizetype position) const
{
    return m_utf8 ? signtally::nextLineStart(utf8(), position)
                  : signtally::nextLineStart(m_text, position);
}

bool CsvSheetSource::next(SheetRow& row)
{
    int count = 0;
    if (m_end >= 0 && m_reader.position() >= m_end)
        return false;
    if (!m_reader.next(m_fields, count))
        return false;
    row.line = m_reader.line();
    row.unclosedQuoteLine = m_reader.unclosedQuoteLine();
    row.cellCount = count;
    if (row.cells.size() < count)
        row.cells.resize(count);
    for (int i = 0; i < count; ++i) {
        SheetCell& cell = row.cells[i];
        cell.text.swap(m_fields[i]); // the old buffer goes back to the reader for reuse
        cell.numeric = false;
        cell.unreadable = false;
    }
    return true;
}

QString CsvSheetSource::place(int line, int /*column*/) const
{
    return u"%1:%2"_s.arg(m_name).arg(line);
}

double CsvSheetSource::progress() const
{
    return m_reader.progress();
}

GridSheetSource::GridSheetSource(QString displayName, QString sheetName, QVector<SheetRow> rows)
    : m_name(std::move(displayName)), m_sheet(std::move(sheetName)), m_rows(std::move(rows))
{}

bool GridSheetSource::next(SheetRow& row)
{
    if (m_next >= m_rows.size())
        return false;
    row = m_rows[m_next++];
    return true;
}

QString GridSheetSource::place(int line, int column) const
{
    if (column < 0)
        return u"%1:%2!%3"_s.arg(m_name, m_sheet).arg(line);
    return u"%1:%2!%3%4"_s.arg(m_name, m_sheet, columnName(column)).arg(line);
}

double GridSheetSource::progress() const
{
    return m_rows.isEmpty() ? 1.0 : double(m_next) / double(m_rows.size());
}

} // namespace signtally
