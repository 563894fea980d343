#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <initializer_list>

namespace signtally {

// Running SQL on a PostgreSQL server and what its errors mean, classified by
// SQLSTATE (QPSQL's native error code), never by the server's words.
class PgSql
{
    Q_DECLARE_TR_FUNCTIONS(PgSql)
public:
    // What a statement tried, for a message that names the missing right.
    struct Attempt
    {
        QString verb;  // SELECT, INSERT, UPDATE, DELETE
        QString table; // tally, tally_audit, …
    };

    // 42501 insufficient_privilege → ReadOnly (this account may not write
    // there: a missing GRANT or a row-level policy); 23xxx (a constraint) and P0001
    // (a trigger's RAISE) → Rejected with the server's reason; 40001, 40P01,
    // 55P03 → Busy; 25006 → ReadOnly; 3D000 → NotFound; else Sql. `where`
    // is the server's address for messages.
    static StorageError classify(const QSqlError& error, const QString& where);
    // The same, and for 42501 says which right is missing: the table's right
    // itself (GRANT) or the rows (a row-level policy: a commune's own unit, a
    // provider's own rows), asking the server (has_table_privilege) for whom.
    static StorageError classify(const QSqlDatabase& db, const QSqlError& error,
                                 const Attempt& attempt, const QString& where);

    // Runs sql without values (DDL and anything PREPARE does not take:
    // QPSQL prepares with SQL's PREPARE), or with values bound in order;
    // throws classify()'s StorageError.
    static QSqlQuery exec(const QSqlDatabase& db, const QString& sql,
                          std::initializer_list<QVariant> values = {});
    static QVariant scalar(const QSqlDatabase& db, const QString& sql,
                           std::initializer_list<QVariant> values = {});

    // "name" quoted as an SQL identifier, 'text' as a literal.
    static QString identifier(const QString& name);
    static QString literal(const QString& text);
};

} // namespace signtally
