#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace signtally {

// Where a SignTally database lives on a PostgreSQL server, from the address
// people type: postgresql://USER@HOST:PORT/DBNAME (postgres:// too; USER,
// HOST and PORT may be left out: then libpq's defaults, the account's name,
// the local Unix socket and 5432). The password is never part of it: libpq
// reads PGPASSWORD or ~/.pgpass (%APPDATA%\postgresql\pgpass.conf) itself,
// so no password is ever stored in settings or shown in messages.
struct PgTarget
{
    Q_DECLARE_TR_FUNCTIONS(PgTarget)
public:
    QString user;     // empty: libpq's default (the account's name, or PGUSER)
    QString host;     // empty: libpq's default (the Unix socket, or PGHOST)
    int port = -1;    // -1: libpq's default (5432, or PGPORT)
    QString database; // never empty
    // A password typed in the window: kept in memory for this run's
    // connections only, never part of url(), settings or messages. Empty:
    // libpq's own (PGPASSWORD, ~/.pgpass).
    QString password;

    // Whether text looks like a server address rather than a file's path.
    static bool isServerAddress(const QString& text);
    // Parses an address; throws StorageError(Rejected) with a translated
    // sentence naming the address and what is wrong with it (another
    // scheme, a password in it, no database, a bad port, extra parts).
    static PgTarget parse(const QString& text);
    // The address back, postgresql://user@host:port/database.
    QString url() const;
    // Where an open QPSQL connection goes.
    static PgTarget of(const QSqlDatabase& db);

    // Adds a QPSQL connection with this name and opens it; the caller
    // removes it with QSqlDatabase::removeDatabase. Throws StorageError
    // (Sql) naming the address when the driver is missing or the server
    // cannot be reached or refuses the login.
    QSqlDatabase open(const QString& connectionName) const;
};

} // namespace signtally
