#pragma once

#include "import/CsvReader.h"

#include <QString>
#include <QVector>
#include <memory>

namespace signtally {

// One cell as read: its text, and for spreadsheet cells stored as numbers the
// number itself (an Excel date is a number: days since 30/12/1899).
struct SheetCell
{
    QString text;
    double number = 0;
    bool numeric = false;
    // The file holds a cell here that could not be read (an xlsx shared-string
    // index out of range): text then says why.
    bool unreadable = false;
};

// One row of a sheet; `line` is the 1-based line (CSV) or row (xlsx).
struct SheetRow
{
    int line = 0;
    int cellCount = 0; // cells[0, cellCount) belong to this row; the rest are reused buffers
    QVector<SheetCell> cells;
    // A CSV record whose quote opened on this line and never closed: it ran to
    // the end of the file. 0 when none.
    int unclosedQuoteLine = 0;
    const QString& text(int column) const;
    bool isBlank() const;
};

// A sheet read row by row, whatever file it came from.
class SheetSource
{
public:
    virtual ~SheetSource() = default;
    // Fills row with the next row; false at the end.
    virtual bool next(SheetRow& row) = 0;
    // "file.csv:12" or "file.xlsx:Trang1!C7" for a cell (column 0-based).
    virtual QString place(int line, int column) const = 0;
    // Rough progress through the file, 0..1.
    virtual double progress() const = 0;
};

// A CSV/TXT text: decoded, or well-formed UTF-8 read as it is (from `start`,
// after its BOM). It can also be read in pieces, one a thread: sources over
// the same text, each from where its piece starts to where the next one does.
class CsvSheetSource : public SheetSource
{
public:
    CsvSheetSource(QString displayName, QString text);
    CsvSheetSource(QString displayName, QByteArray utf8, qsizetype start);
    // The records of `whole` that start in [from, end); `from` is taken as the
    // start of a record, on line 1.
    CsvSheetSource(const CsvSheetSource& whole, qsizetype from, qsizetype end);
    bool next(SheetRow& row) override;
    QString place(int line, int column) const override;
    double progress() const override;
    QChar delimiter() const { return m_delimiter; }

    // Positions in the text: UTF-16 units, or bytes for UTF-8.
    qsizetype size() const { return m_utf8 ? utf8().size() : m_text.size(); }
    qsizetype nextLineStart(qsizetype position) const;
    // Where the next record starts, and its line.
    qsizetype position() const { return m_reader.position(); }
    int nextLine() const { return m_reader.nextLine(); }
    // Goes on from `position`, taken as the start of a record on line `line`.
    void seek(qsizetype position, int line) { m_reader.seek(position, line); }
    // next() returns only records that start before `end`; the last one may
    // run past it (a quoted line break).
    void setEnd(qsizetype end) { m_end = end; }

private:
    QUtf8StringView utf8() const { return QUtf8StringView(m_bytes).sliced(m_start); }
    CsvReader reader() const;

    QString m_name;
    QString m_text;
    QByteArray m_bytes;
    qsizetype m_start = 0;
    bool m_utf8 = false;
    QChar m_delimiter;
    CsvReader m_reader;
    QVector<QString> m_fields;
    qsizetype m_end = -1; // -1: the end of the text
};

// A sheet held in memory (xlsx sheets, tests).
class GridSheetSource : public SheetSource
{
public:
    GridSheetSource(QString displayName, QString sheetName, QVector<SheetRow> rows);
    bool next(SheetRow& row) override;
    QString place(int line, int column) const override;
    double progress() const override;

private:
    QString m_name;
    QString m_sheet;
    QVector<SheetRow> m_rows;
    qsizetype m_next = 0;
};

// "A", "B", …, "Z", "AA" for a 0-based column.
QString columnName(int column);

} // namespace signtally
