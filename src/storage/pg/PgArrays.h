#pragma once

// What the server halves of TallyStore (TallyStorePg.cpp, a save;
// TallyStoreBulkPg.cpp, an import) share: a cell as a hash key, and the
// PostgreSQL array literals they bind a statement's rows as (unnest()), or
// the rows an import copies in (CopyText, PgCopy.h).

#include <QByteArray>
#include <QByteArrayView>
#include <QHashFunctions>
#include <QString>
#include <charconv>
#include <optional>

namespace signtally::pg {

// A cell of a campaign's group: unit, day (a number of the caller's choosing
// that tells the days apart: a Julian day, an offset from the campaign's
// start), provider.
struct CellKey
{
    qint64 unitId;
    qint64 day;
    qint64 providerId;
    friend bool operator==(const CellKey&, const CellKey&) = default;
};
inline size_t qHash(const CellKey& k, size_t seed = 0)
{
    return qHashMulti(seed, k.unitId, k.day, k.providerId);
}

// Values in PostgreSQL's text input, one after another: numbers and plain
// words (digits, ISO dates, action names: nothing that needs quoting or
// escaping), NULL spelled as the format says. ArrayText and CopyText
// (PgCopy.h) say where each value goes.
class ValueText
{
public:
    void add(qint64 n)
    {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
        separate();
        m_text.append(digits, end - digits);
    }
    void add(std::optional<qint64> n)
    {
        if (n)
            add(*n);
        else
            add(m_null);
    }
    void add(QByteArrayView word)
    {
        separate();
        m_text.append(word);
    }

protected:
    // `opening` before the first value (none: 0), `separator` between values.
    ValueText(qsizetype capacity, char opening, char separator, QByteArrayView null)
        : m_opening(opening), m_separator(separator), m_null(null)
    {
        if (capacity > 0)
            m_text.reserve(capacity);
    }
    // The next value is a first one again.
    void restart() { m_first = true; }
    QByteArray m_text;

private:
    void separate()
    {
        if (!m_first)
            m_text += m_separator;
        else if (m_opening != 0)
            m_text += m_opening;
        m_first = false;
    }
    char m_opening;
    char m_separator;
    QByteArrayView m_null;
    bool m_first = true;
};

// A PostgreSQL array literal ("{1,2,NULL}"), built as the values come.
class ArrayText : public ValueText
{
public:
    // `capacity`: the bytes to reserve for the literal.
    explicit ArrayText(qsizetype capacity = 0) : ValueText(capacity, '{', ',', "NULL") {}
    // The literal ("{}" when nothing was added).
    QString text() const
    {
        return m_text.isEmpty() ? QStringLiteral("{}") : QString::fromLatin1(m_text + '}');
    }
    // The literal, and a new empty one.
    QString take()
    {
        if (m_text.isEmpty())
            return text();
        m_text += '}';
        const QString literal = QString::fromLatin1(m_text);
        m_text.resize(0);
        restart();
        return literal;
    }
};

} // namespace signtally::pg
