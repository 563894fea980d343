#pragma once

#include "storage/Storage.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <functional>
#include <initializer_list>
#include <memory>

namespace signtally {

// One open SignTally database file: a Qt Sql connection of its own, checked on
// opening (it is SQLite, it is ours, it is not from a newer version, it is not
// truncated), migrated to the current schema, with foreign keys on, WAL and
// synchronous=FULL. One instance per thread. The SQLite implementation of
// Storage.
class Database : public Storage
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    static constexpr qint32 ApplicationId = 0x53544C59; // "STLY"
    enum class Access
    {
        ReadWrite,
        ReadOnly,
        // Read-only, touching nothing beside the file (no -wal/-shm created):
        // what a user who may not write the file gets when the owner has no
        // write pending. Sees the committed data as of opening, without locks.
        Snapshot
    };
    // How a read-only connection opens a file: sharing the owner's -wal/-shm
    // (creating them when missing, which only someone who may write should
    // do), or as a snapshot that creates nothing. A user who may not write the
    // file or its folder gets a snapshot when no -wal/-shm is there, and shares
    // the owner's when they are (SQLite reads them without writing).
    static Access readAccessFor(bool mayWrite, bool sideFilesExist);
    static Access readAccessFor(const QString& path);

    // Opens a file that must exist; never creates one. A file this user may
    // not write opens read-only (readOnly() tells). An interrupted write (hot
    // journal, pending WAL) is first recovered by SQLite itself, then the file
    // is checked; nothing else is written before the checks pass. Throws
    // StorageError naming the file and the problem.
    static std::unique_ptr<Database> openExisting(const QString& path,
                                                  Access access = Access::ReadWrite);
    // Creates a new, empty SignTally database; refuses an existing path.
    // (schemaVersion below the latest is for tests of upgrades.)
    static std::unique_ptr<Database> createNew(const QString& path, int schemaVersion = -1,
                                               bool witnessed = true);
    // Checks a file without opening it for writing: throws what openExisting
    // would. (Snapshot: reads it as one, creating nothing beside it.)
    static void inspect(const QString& path, Access access = Access::ReadOnly);

    ~Database() override;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Backend backend() const override { return Backend::Sqlite; }
    QString location() const override { return m_path; }
    QSqlDatabase connection() const override;
    QString actor() const override;
    const QString& path() const { return m_path; }
    bool readOnly() const override { return m_readOnly; }
    int schemaVersion() const override;
    // A number that differs from its last value when another connection (a
    // worker, another window, another process) has committed a write since;
    // this connection's own writes leave it alone. Cheap: polled every second.
    qint64 outsideChangeCounter() const override;
    StorageError classify(const QSqlError& error) const override;
    QStringList structureProblems() const override;
    std::optional<ForeignKeyViolation> foreignKeyViolation() const override;

    // Runs body in one write transaction (BEGIN IMMEDIATE, so a second writer
    // waits for the busy timeout instead of failing later): commits when it
    // returns, rolls back and rethrows when it throws.
    void writeTransaction(const std::function<void()>& body) override;
    // The same for a bulk write of about `rows` rows: a large one runs with a
    // large page cache (spilling dirty pages mid-transaction is slow), which
    // is put back afterwards.
    void bulkWriteTransaction(qsizetype rows, const std::function<void()>& body) override;

    // The database engine and its version, for the About box ("SQLite 3.40.1").
    QString engineVersion() const override;

    // Copies the whole database into a new file (VACUUM INTO).
    void copyTo(const QString& target) const override;
    std::unique_ptr<Storage> reopen() const override;

    // Whether commits keep the app-data witness of this file up to date
    // (Witness); on by default, off for scratch databases.
    void setWitnessed(bool on) { m_witnessed = on; }

private:
    Database(QString path, bool readOnly, bool snapshot = false);
    void open();
    void configure(bool isNew);
    void migrate(bool isNew, int targetVersion = -1);

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    bool m_snapshot = false;
    bool m_witnessed = true;
};

} // namespace signtally
