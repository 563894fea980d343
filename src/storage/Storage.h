#pragma once

#include "storage/StorageError.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>

namespace signtally {

// What the rest of the app needs from a database, whichever engine holds it:
// the connection and its version, writing (one transaction, or a bulk one),
// what an error means, whether another connection wrote, the engine's own
// integrity checks and a consistent copy. `Database` (one SQLite file) and
// `PgStorage` (a PostgreSQL server, issue 16) implement it, and
// everything dialect-specific (PRAGMAs, the sqlite3 C API, VACUUM INTO) stays
// behind this interface. Only src/storage writes SQL (docs/architecture.md).
class Storage
{
public:
    enum class Backend
    {
        Sqlite,
        Postgres,
    };

    virtual ~Storage() = default;

    // Connection and version.
    virtual Backend backend() const = 0;
    // Where the data lives, for messages: a file's path (later, a server's address).
    virtual QString location() const = 0;
    virtual bool readOnly() const = 0;
    virtual int schemaVersion() const = 0;
    // The engine and its version, for the About box ("SQLite 3.40.1").
    virtual QString engineVersion() const = 0;
    virtual QSqlDatabase connection() const = 0;
    // Who writes, as the audit records it: the computer's login name for a
    // file; the server's login role on a server (it, not a typed name, says
    // who changed what).
    virtual QString actor() const = 0;
    // The one unit whose tallies this login may read, when the data's own
    // rights hide every other unit's (a commune's login on a server); empty
    // when it reads them all. Its campaign totals are then that unit's.
    virtual QString readsOnlyUnit() const { return {}; }

    // Statements with bound values, on either engine (the SQL both speak,
    // `?` placeholders). Each throws StorageError, classified by the
    // engine's own error code, when the statement fails.
    // A query prepared with bound values.
    QSqlQuery prepare(const QString& sql) const;
    // Executes a prepared query.
    void exec(QSqlQuery& query) const;
    // Executes sql with values bound in order; returns the active query.
    QSqlQuery exec(const QString& sql, std::initializer_list<QVariant> values = {}) const;
    // One value of a one-row query (invalid QVariant when there is no row).
    QVariant scalar(const QString& sql, std::initializer_list<QVariant> values = {}) const;

    // Runs body in one write transaction: commits when it returns, rolls back
    // and rethrows when it throws. A second writer waits for the first.
    virtual void writeTransaction(const std::function<void()>& body) = 0;
    // The same for a bulk write of about `rows` rows, tuned for size.
    virtual void bulkWriteTransaction(qsizetype rows, const std::function<void()>& body) = 0;

    // What a failed statement means, from the driver's native error code
    // (SQLite's result codes; later SQLSTATE), never from its English text.
    virtual StorageError classify(const QSqlError& error) const = 0;

    // Changes when another connection (a worker, another window or process)
    // has committed a write since the last call; this connection's own
    // writes leave it alone.
    virtual qint64 outsideChangeCounter() const = 0;
    // The notification channel (QSqlDriver::subscribeToNotification) that
    // every committed write announces itself on, so other connections need
    // not wait for their next poll; empty when the engine has none (a file).
    virtual QString changeChannel() const { return {}; }

    // The engine's own checks of the stored structure: its complaints, empty
    // when all is well; and the first row whose foreign key points nowhere.
    virtual QStringList structureProblems() const = 0;
    struct ForeignKeyViolation
    {
        QString table;
        qint64 row = 0;
        QString parent;
    };
    virtual std::optional<ForeignKeyViolation> foreignKeyViolation() const = 0;

    // A consistent copy of everything into a new file (the backup).
    virtual void copyTo(const QString& target) const = 0;

    // Another connection to the same data, as the same login with the same
    // access: a worker thread makes its own (call it on that thread).
    virtual std::unique_ptr<Storage> reopen() const = 0;

    // Whether the connection itself is gone (a server stopped or the network
    // dropped), asked after a statement failed: a file's never is.
    virtual bool connectionLost() const { return false; }
    // Connects again to the same data, as the same login (a server's
    // password kept in memory); throws StorageError while it cannot.
    virtual void reconnect() {}
    // A question, to be asked on any thread, whether a new connection to
    // the same data opens now (the server answers); empty for a file. The
    // window's automatic reconnection asks it on another thread, so a
    // server that does not answer at all does not freeze the window.
    virtual std::function<bool()> reachability() const { return {}; }
};

} // namespace signtally
