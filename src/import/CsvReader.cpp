#include "import/CsvReader.h"

#include <QStringDecoder>

namespace signtally {

namespace {

// The code unit as a UTF-16 one: every character the reader looks for is ASCII,
// and in UTF-8 an ASCII byte is never part of another character.
char16_t unit(QChar c)
{
    return c.unicode();
}
char16_t unit(char c)
{
    return uchar(c);
}

void appendRun(QString& out, const QChar* run, qsizetype size)
{
    out.append(QStringView(run, size));
}

// Whole UTF-8 characters (a run ends before an ASCII byte), decoded in place.
void appendRun(QString& out, const char* run, qsizetype size)
{
    const qsizetype old = out.size();
    out.resize(old + size); // never more UTF-16 units than UTF-8 bytes
    QChar* to = out.data() + old;
    qsizetype ascii = 0;
    for (; ascii < size && uchar(run[ascii]) < 0x80; ++ascii)
        to[ascii] = QChar(char16_t(uchar(run[ascii])));
    if (ascii == size)
        return;
    // ConvertInitialBom: a U+FEFF inside the text stays, as in the decoded text.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                     QStringDecoder::Flag::ConvertInitialBom);
    const QChar* end =
        decoder.appendToBuffer(to + ascii, QByteArrayView(run + ascii, size - ascii));
    out.truncate(end - out.constData());
}

template <typename Char> QChar delimiterOf(const Char* text, qsizetype size)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = unit(text[i]);
        if (c == u'"') {
            quoted = !quoted;
            continue;
        }
        if (quoted)
            continue;
        if (c == u'\n' || c == u'\r')
            break;
        if (c == u',')
            ++comma;
        else if (c == u';')
            ++semicolon;
        else if (c == u'\t')
            ++tab;
    }
    if (tab > 0 && tab >= comma && tab >= semicolon)
        return u'\t';
    if (semicolon > comma)
        return u';';
    return u',';
}

template <typename Char>
qsizetype lineStartAfter(const Char* text, qsizetype size, qsizetype position)
{
    for (qsizetype i = position; i < size; ++i) {
        const char16_t c = unit(text[i]);
        if (c == u'\n')
            return i + 1;
        if (c == u'\r')
            return i + 1 < size && unit(text[i + 1]) == u'\n' ? i + 2 : i + 1;
    }
    return size;
}

} // namespace

QChar detectDelimiter(QStringView text)
{
    return delimiterOf(text.data(), text.size());
}

QChar detectDelimiter(QUtf8StringView text)
{
    return delimiterOf(text.data(), text.size());
}

qsizetype nextLineStart(QStringView text, qsizetype position)
{
    return lineStartAfter(text.data(), text.size(), position);
}

qsizetype nextLineStart(QUtf8StringView text, qsizetype position)
{
    return lineStartAfter(text.data(), text.size(), position);
}

CsvReader::CsvReader(QStringView text, QChar delimiter)
    : m_utf16(text.data()), m_size(text.size()), m_delimiter(delimiter)
{}

CsvReader::CsvReader(QUtf8StringView text, QChar delimiter)
    : m_utf8(text.data()), m_size(text.size()), m_delimiter(delimiter)
{
    Q_ASSERT(delimiter.unicode() < 0x80);
}

bool CsvReader::next(QVector<QString>& fields, int& fieldCount)
{
    return m_utf8 ? read(m_utf8, fields, fieldCount) : read(m_utf16, fields, fieldCount);
}

template <typename Char>
bool CsvReader::read(const Char* data, QVector<QString>& fields, int& fieldCount)
{
    const qsizetype n = m_size;
    if (m_pos >= n)
        return false;
    m_recordLine = m_line;
    m_recordUnclosedLine = 0;
    const char16_t delimiter = m_delimiter.unicode();
    fieldCount = 0;
    auto field = [&]() -> QString& {
        if (fieldCount >= fields.size())
            fields.resize(fieldCount + 1);
        QString& f = fields[fieldCount++];
        f.resize(0);
        return f;
    };
    QString* current = &field();
    while (m_pos < n) {
        const char16_t c = unit(data[m_pos]);
        if (c == u'"' && current->isEmpty()) {
            // A quoted field: up to the closing quote; "" is one quote.
            const int openedOn = m_line;
            ++m_pos;
            bool closed = false;
            while (m_pos < n) {
                const char16_t q = unit(data[m_pos]);
                if (q == u'"') {
                    if (m_pos + 1 < n && unit(data[m_pos + 1]) == u'"') {
                        current->append(u'"');
                        m_pos += 2;
                        continue;
                    }
                    ++m_pos;
                    closed = true;
                    break;
                }
                if (q == u'\n' ||
                    (q == u'\r' && !(m_pos + 1 < n && unit(data[m_pos + 1]) == u'\n')))
                    ++m_line;
                // This character and the run after it up to a quote or a line break.
                const qsizetype start = m_pos++;
                while (m_pos < n) {
                    const char16_t d = unit(data[m_pos]);
                    if (d == u'"' || d == u'\n' || d == u'\r')
                        break;
                    ++m_pos;
                }
                appendRun(*current, data + start, m_pos - start);
            }
            if (!closed) {
                m_unclosedQuote = true;
                m_recordUnclosedLine = openedOn;
            }
            // Text after the closing quote up to the delimiter is kept as is.
            continue;
        }
        if (c == delimiter) {
            ++m_pos;
            current = &field();
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            ++m_pos;
            if (c == u'\r' && m_pos < n && unit(data[m_pos]) == u'\n')
                ++m_pos;
            ++m_line;
            return true;
        }
        // Plain run: append up to the next special character in one go.
        const qsizetype start = m_pos;
        while (m_pos < n) {
            const char16_t d = unit(data[m_pos]);
            if (d == delimiter || d == u'\r' || d == u'\n' ||
                (d == u'"' && m_pos == start && current->isEmpty()))
                break;
            ++m_pos;
        }
        if (m_pos == start) { // a quote inside an unquoted field: literal
            current->append(QChar(c));
            ++m_pos;
        } else {
            appendRun(*current, data + start, m_pos - start);
        }
    }
    return true;
}

} // namespace signtally
