#pragma once

// COPY … FROM STDIN through libpq on the connection Qt's QPSQL driver holds
// (QPSQL itself has no COPY): how TallyStoreBulkPg.cpp hands an import's
// rows to the server, parsed there as a table's rows rather than as array
// literals (docs/performance.md, "Import on a PostgreSQL server").

#include "storage/pg/PgArrays.h"

#include <QByteArray>
#include <QString>

namespace signtally {

class Storage;

namespace pg {

// Rows in COPY's text format: fields separated by tabs, NULL as \N, a
// newline after each row.
class CopyText : public ValueText
{
public:
    explicit CopyText(qsizetype capacity = 0) : ValueText(capacity, 0, '\t', "\\N") {}
    void endRow()
    {
        m_text += '\n';
        restart();
    }
    const QByteArray& text() const { return m_text; }
    void clear()
    {
        m_text.resize(0);
        restart();
    }
};

// Runs `copySql` (a COPY … FROM STDIN) on `db`'s connection, a PostgreSQL
// one, and sends it `rows`. Throws the StorageError db.classify() makes of
// the server's error (its SQLSTATE kept), or one saying the connection is
// not QPSQL's.
void copyIn(const Storage& db, const QString& copySql, const CopyText& rows);

} // namespace pg
} // namespace signtally
