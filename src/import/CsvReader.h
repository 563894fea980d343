#pragma once

#include <QString>
#include <QStringView>
#include <QUtf8StringView>
#include <QVector>

namespace signtally {

// The delimiter of a CSV/TXT sheet: the one of ',', ';' and tab that occurs
// most often outside quotes in the first line (the header); ',' when none does.
QChar detectDelimiter(QStringView text);
QChar detectDelimiter(QUtf8StringView text);

// Where the line after the one holding `position` starts (after its CRLF, LF or
// CR); text.size() when there is none. A guess at a record boundary for
// reading a text in pieces: it is wrong when the break is inside a quoted field.
qsizetype nextLineStart(QStringView text, qsizetype position);
qsizetype nextLineStart(QUtf8StringView text, qsizetype position);

// RFC 4180 records from decoded text, one at a time: quoted fields may hold
// delimiters, line breaks and doubled quotes; CRLF, LF and CR end records. The
// field strings are reused between records, so a million-row file costs no
// allocation per field. Never throws; malformed quoting is read leniently (an
// unclosed quote runs to the end of the text) and reported by unclosedQuote().
//
// The text may also be well-formed UTF-8, read as it is: the fields are those
// of the decoded text (QString::fromUtf8), without decoding the whole text
// first. Positions then count bytes, and the delimiter must be ASCII.
class CsvReader
{
public:
    CsvReader(QStringView text, QChar delimiter);
    CsvReader(QUtf8StringView text, QChar delimiter);

    // Reads the next record into fields (resized to the record's field count);
    // false at the end of the text.
    bool next(QVector<QString>& fields, int& fieldCount);
    // 1-based line on which the last record returned starts.
    int line() const { return m_recordLine; }
    // Where the next record starts, and its line.
    qsizetype position() const { return m_pos; }
    int nextLine() const { return m_line; }
    // Goes on from `position`, taken as the start of a record on line `line`.
    void seek(qsizetype position, int line)
    {
        m_pos = position;
        m_line = line;
    }
    bool unclosedQuote() const { return m_unclosedQuote; }
    // The line on which a quote of the last record returned opened and never
    // closed (that record then runs to the end of the text); 0 when none did.
    int unclosedQuoteLine() const { return m_recordUnclosedLine; }
    double progress() const { return m_size == 0 ? 1.0 : double(m_pos) / double(m_size); }

private:
    template <typename Char> bool read(const Char* data, QVector<QString>& fields, int& fieldCount);

    const QChar* m_utf16 = nullptr; // one of these two holds the text
    const char* m_utf8 = nullptr;
    qsizetype m_size = 0;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_recordLine = 1;
    bool m_unclosedQuote = false;
    int m_recordUnclosedLine = 0;
};

} // namespace signtally
