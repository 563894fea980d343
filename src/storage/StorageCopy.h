#pragma once

#include "storage/Database.h"
#include "storage/Integrity.h"
#include "storage/Storage.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>
#include <memory>

namespace signtally {

// What a copy moved, table by table, and the target's check after it.
struct CopyResult
{
    QMap<QString, qint64> rows; // table → rows copied
    IntegrityReport target;     // Integrity::check of the target, inside the copy
    qint64 count(const QString& table) const { return rows.value(table); }
};

// Moves everything one SignTally database holds into an empty one, on either
// engine (`signtally copy`, issue 16): SQLite → PostgreSQL, PostgreSQL →
// SQLite, file → file. Every row of every table, the audit exactly as stored
// (same ids, same hashes), so that `check` passes and `summary` reads the same
// on both ends. The rows go in in an order the database's own rules accept
// (parents before children, tallies before the week locks that would refuse
// them); no trigger is switched off. Both ends must be at this build's schema
// version.
class StorageCopy
{
    Q_DECLARE_TR_FUNCTIONS(StorageCopy)
public:
    // The tables copied, in the order they are written: every table of the
    // schema but app_meta (each engine's own) and the server's app_user.
    static QStringList tables();

    // What the target holds that a copy may not go into ("đợt tn-2025",
    // "bảng unit: 37 dòng"); empty when it holds nothing of the tables.
    static QStringList existingData(const Storage& target);

    // Opens a SignTally file to copy from, read-only, changing nothing: it
    // must be at this build's schema version. An older one is refused
    // (Rejected, saying to open it in the app once, which upgrades it); a
    // newer one, or one that is not SignTally's, is refused as `check` would.
    static std::unique_ptr<Database> openSourceFile(const QString& path);

    // Refuses (Rejected, naming what it found) a target that holds anything.
    static void refuseUnlessEmpty(const Storage& target);

    // Copies source into target, which must be empty (else Rejected, naming
    // what it holds). The source is read in one read transaction (a
    // consistent snapshot) and checked first (Integrity::check, as `signtally
    // check` does: one that does not pass is refused, Damaged, naming its
    // problems). Then, in ONE write transaction of the target: the rows, then
    // (PostgreSQL) the identity sequences moved past the copied ids, then
    // Integrity::check of the target in the same transaction; a target that
    // does not pass is rolled back (Damaged, naming the problems).
    static CopyResult copyInto(const Storage& source, Storage& target);

    // The same into a new SQLite file at `path`, which must not exist
    // (Rejected otherwise): written as a hidden temporary file beside it
    // (.signtally-copy-*.tmp), checked, and renamed into place only when
    // complete; its witness is recorded then. On failure nothing is left.
    static CopyResult copyToNewFile(const Storage& source, const QString& path);
};

} // namespace signtally
