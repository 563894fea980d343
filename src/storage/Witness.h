#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace signtally {

class Database;

// What a database held when the app last wrote it (or backed it up): the head
// of the audit chain, and hashes of the campaign set-up and the week locks.
// Kept outside the database, in the app-data folder (one file per database
// path) and beside each backup (<backup>.witness), so that `check` can tell
// history rewound or rewritten, a set-up or a lock changed behind the app's
// back, after it was witnessed. Someone who can write both the database and
// its witnesses can still rewrite both (docs/safety.md).
struct WitnessRecord
{
    qint64 batchId = 0;  // the last change set (0: none yet)
    QString batchHash;   // its hash (AuditBatch::Genesis when none)
    QString setupHash;   // Integrity::setupHash
    QString locksHash;   // Integrity::locksHash
    QString witnessedAt; // ISO UTC
    QString path;        // the database it was taken from
};

class Witness
{
    Q_DECLARE_TR_FUNCTIONS(Witness)
public:
    // <app data>/witness/<hash of the absolute path>.json
    static QString fileFor(const QString& databasePath);
    static QString besideBackup(const QString& backupPath) { return backupPath + u".witness"; }

    static WitnessRecord current(const Database& db);
    static std::optional<WitnessRecord> read(const QString& file);
    static void write(const QString& file, const WitnessRecord& record);

    // Whether the app-data witness (if any) still holds for the file: called
    // inside a write transaction, before the app changes anything.
    static bool holds(const Database& db);
    // Sets the app-data witness to what the file holds now (after a commit
    // that began with the witness holding; after a restore, which rewinds on
    // purpose). Never throws.
    static void record(const Database& db);

    // What `check` reports: history rewound or rewritten, set-up or locks
    // changed, since `record` was taken. Empty when it all holds.
    static QStringList verify(const Database& db, const WitnessRecord& record,
                              const QString& witnessFile);
};

} // namespace signtally
