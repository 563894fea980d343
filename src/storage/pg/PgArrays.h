#pragma once

// What the server halves of TallyStore (TallyStorePg.cpp, a save;
// TallyStoreBulkPg.cpp, an import) share: a cell as a hash key, and the
// PostgreSQL array literals they bind a statement's rows as (unnest()).

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

// A PostgreSQL array literal ("{1,2,NULL}") of numbers or plain words
// (digits, ISO dates, action names: nothing that needs quoting), built as
// the values come.
class ArrayText
{
public:
    // `capacity`: the bytes to reserve for the literal.
    explicit ArrayText(qsizetype capacity = 0)
    {
        if (capacity > 0)
            m_text.reserve(capacity);
    }
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
            add(QByteArrayView("NULL"));
    }
    void add(QByteArrayView word)
    {
        separate();
        m_text.append(word);
    }
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
        return literal;
    }

private:
    void separate() { m_text += m_text.isEmpty() ? '{' : ','; }
    QByteArray m_text;
};

} // namespace signtally::pg
