#include "storage/pg/PgCopy.h"

#include "storage/Storage.h"

#include <QSqlDriver>
#include <QSqlError>
#include <libpq-fe.h>
#include <memory>

using namespace Qt::StringLiterals;

namespace signtally::pg {

namespace {

// The server's error as QPSQL would have given it, for Storage::classify.
QSqlError serverError(PGconn* conn, const PGresult* result)
{
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char* message = result ? PQresultErrorMessage(result) : PQerrorMessage(conn);
    return QSqlError(u"COPY"_s, QString::fromUtf8(message).trimmed(), QSqlError::StatementError,
                     state ? QString::fromLatin1(state) : QString());
}

struct ResultDeleter
{
    void operator()(PGresult* r) const { PQclear(r); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

} // namespace

void copyIn(const Storage& db, const QString& copySql, const CopyText& rows)
{
    const QVariant handle = db.connection().driver()->handle();
    // QPSQL's handle (Qt's documentation names it "PGconn*"; Qt 6.4 gives the
    // struct's own name, "pg_conn*").
    if (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0)
        throw db.classify(
            QSqlError(u"COPY"_s, u"not a PostgreSQL connection"_s, QSqlError::ConnectionError));
    PGconn* conn = *static_cast<PGconn* const*>(handle.data());
    auto fail = [&](const PGresult* result) { return db.classify(serverError(conn, result)); };
    {
        Result start(PQexec(conn, copySql.toUtf8().constData()));
        if (PQresultStatus(start.get()) != PGRES_COPY_IN)
            throw fail(start.get());
    }
    const QByteArray& text = rows.text();
    const bool sent =
        text.isEmpty() || PQputCopyData(conn, text.constData(), int(text.size())) == 1;
    if (PQputCopyEnd(conn, sent ? nullptr : "the rows could not be sent") != 1)
        throw fail(nullptr);
    // The COPY's own result, then none.
    std::optional<QSqlError> error;
    while (Result r{PQgetResult(conn)}) {
        if (PQresultStatus(r.get()) != PGRES_COMMAND_OK && !error)
            error = serverError(conn, r.get());
    }
    if (error)
        throw db.classify(*error);
    if (!sent)
        throw fail(nullptr);
}

} // namespace signtally::pg
