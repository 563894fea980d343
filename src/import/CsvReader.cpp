#include "import/CsvReader.h"

namespace signtally {

QChar detectDelimiter(QStringView text)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (QChar c : text) {
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

qsizetype nextLineStart(QStringView text, qsizetype position)
{
    const qsizetype n = text.size();
    for (qsizetype i = position; i < n; ++i) {
        const QChar c = text[i];
        if (c == u'\n')
            return i + 1;
        if (c == u'\r')
            return i + 1 < n && text[i + 1] == u'\n' ? i + 2 : i + 1;
    }
    return n;
}

CsvReader::CsvReader(QStringView text, QChar delimiter) : m_text(text), m_delimiter(delimiter) {}

bool CsvReader::next(QVector<QString>& fields, int& fieldCount)
{
    const qsizetype n = m_text.size();
    if (m_pos >= n)
        return false;
    m_recordLine = m_line;
    const QChar* data = m_text.data();
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
        const QChar c = data[m_pos];
        if (c == u'"' && current->isEmpty()) {
            // A quoted field: up to the closing quote; "" is one quote.
            ++m_pos;
            bool closed = false;
            while (m_pos < n) {
                const QChar q = data[m_pos];
                if (q == u'"') {
                    if (m_pos + 1 < n && data[m_pos + 1] == u'"') {
                        current->append(u'"');
                        m_pos += 2;
                        continue;
                    }
                    ++m_pos;
                    closed = true;
                    break;
                }
                if (q == u'\n' || (q == u'\r' && !(m_pos + 1 < n && data[m_pos + 1] == u'\n')))
                    ++m_line;
                current->append(q);
                ++m_pos;
            }
            if (!closed)
                m_unclosedQuote = true;
            // Text after the closing quote up to the delimiter is kept as is.
            continue;
        }
        if (c == m_delimiter) {
            ++m_pos;
            current = &field();
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            ++m_pos;
            if (c == u'\r' && m_pos < n && data[m_pos] == u'\n')
                ++m_pos;
            ++m_line;
            return true;
        }
        // Plain run: append up to the next special character in one go.
        const qsizetype start = m_pos;
        while (m_pos < n) {
            const QChar d = data[m_pos];
            if (d == m_delimiter || d == u'\r' || d == u'\n' ||
                (d == u'"' && m_pos == start && current->isEmpty()))
                break;
            ++m_pos;
        }
        if (m_pos == start) { // a quote inside an unquoted field: literal
            current->append(c);
            ++m_pos;
        } else {
            current->append(QStringView(data + start, m_pos - start));
        }
    }
    return true;
}

} // namespace signtally
