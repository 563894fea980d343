#pragma once

#include "storage/Storage.h"
#include "storage/pg/PgTarget.h"

#include <QCoreApplication>
#include <QHash>
#include <memory>
#include <optional>

namespace signtally {

// A SignTally database on a PostgreSQL server (issue 16, docs/server.md): the
// PostgreSQL implementation of Storage, through Qt's QPSQL driver. Opens only
// a database `signtally server init` has set up, at this app's schema
// version. Writes run in one transaction each, holding a transaction-scoped
// advisory lock so that concurrent writers extend the audit's hash chain one
// after another. Rights are the server's: what this login may not do is
// refused by the server and explained (PgSql::classify).
class PgStorage : public Storage
{
    Q_DECLARE_TR_FUNCTIONS(PgStorage)
public:
    // The key of the advisory lock every write holds (one chain per database).
    static constexpr qint64 ChainLock = 0x53544C59; // "STLY"

    // Connects and checks the schema; throws StorageError naming the server
    // (unreachable, login refused, not set up, from a newer version).
    static std::unique_ptr<PgStorage> open(const PgTarget& target);
    ~PgStorage() override;
    PgStorage(const PgStorage&) = delete;
    PgStorage& operator=(const PgStorage&) = delete;

    Backend backend() const override { return Backend::Postgres; }
    QString location() const override { return m_target.url(); }
    // True for a login that may not write tallies (the viewer role).
    bool readOnly() const override { return m_readOnly; }
    int schemaVersion() const override;
    QString engineVersion() const override;
    QSqlDatabase connection() const override;
    // current_user: the login role the server knows this connection as.
    QString actor() const override { return m_actor; }
    // A commune login's unit (its row in app_user), read when connecting.
    QString readsOnlyUnit() const override { return m_readsOnlyUnit; }
    const PgTarget& target() const { return m_target; }
    // Opens and closes a connection of its own (a copy of the target).
    std::function<bool()> reachability() const override;

    void writeTransaction(const std::function<void()>& body) override;
    void bulkWriteTransaction(qsizetype rows, const std::function<void()>& body) override;
    StorageError classify(const QSqlError& error) const override;
    // The newest change set and lock event: both tables only grow, so their
    // ids' sum changes with every audited write; this connection's own
    // writes are left out (the value read in its transaction is remembered).
    qint64 outsideChangeCounter() const override;
    // Every write transaction sends NOTIFY on this channel as it commits
    // (PostgreSQL delivers it to every listening connection on commit).
    QString changeChannel() const override;
    static constexpr const char* ChangeChannel = "signtally_change";
    // PostgreSQL checks its own structures as it goes: nothing to report.
    QStringList structureProblems() const override;
    std::optional<ForeignKeyViolation> foreignKeyViolation() const override;
    // Everything on the server into a new SQLite file (StorageCopy: the
    // server's backup, `signtally copy`).
    void copyTo(const QString& target) const override;
    // A new connection with the same target (and password, if one was given).
    std::unique_ptr<Storage> reopen() const override;
    // Asks the server (SELECT 1) whether this connection still answers.
    bool connectionLost() const override;
    // Closes this connection and opens it again (QSqlDatabase keeps the
    // address and the password); the same driver, so its notifications are
    // subscribed to again by whoever listens.
    void reconnect() override;

    // `sql` prepared once on this connection and kept (QPSQL otherwise
    // PREPAREs and DEALLOCATEs a statement each time it is used: two round
    // trips more): for statements run on every save. Bind values and exec()
    // it; finish() it once read. Throws StorageError when it cannot prepare.
    // Whoever closes or reopens the connection calls dropStatements() first.
    // (Inline: TallyStore uses it, and the fuzz target links TallyStore
    // without the server's code.)
    QSqlQuery& statement(const QString& sql) const
    {
        if (const auto it = m_statements.constFind(sql); it != m_statements.constEnd())
            return **it;
        auto q = std::make_shared<QSqlQuery>(prepare(sql));
        m_statements.insert(sql, q);
        return *q;
    }
    void dropStatements() const { m_statements.clear(); }
    // Called inside writeTransaction's body by a write whose last statement
    // sent the change announcement itself (TallyStorePg.cpp), with the
    // change count it sent: the transaction then sends none of its own.
    void announced(qint64 count) const { m_announced = count; }

private:
    PgStorage(PgTarget target, QString connectionName);
    qint64 changeCount() const;

    PgTarget m_target;
    QString m_connectionName;
    bool m_readOnly = false;
    QString m_actor;
    QString m_readsOnlyUnit;
    mutable qint64 m_reported = 0;                 // outsideChangeCounter()'s last value
    mutable std::optional<qint64> m_afterOwnWrite; // changeCount() as this connection left it
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_statements; // statement()
    mutable std::optional<qint64> m_announced;                       // announced()
};

} // namespace signtally
