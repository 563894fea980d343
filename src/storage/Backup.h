#pragma once

#include "storage/Database.h"

#include <QStringList>

namespace signtally {

// Copies of the database: on demand, automatically when the app closes after
// changes (the last N kept), and restoring one in place of the current file.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)
public:
    // A consistent copy of db (Storage::copyTo a temporary file: a file's
    // VACUUM INTO; then renamed into place, so `target` is either the old
    // file or the whole new one).
    static void write(const Storage& db, const QString& target);

    // Writes <folder>/signtally-yyyyMMdd-HHmmss.sqlite and keeps the newest `keep`.
    // Returns the file written.
    static QString writeAutomatic(const Database& db, const QString& folder, int keep = 14);
    static QStringList automaticBackups(const QString& folder); // newest first

    // Replaces the database file at `target` with the SignTally file `source`.
    // The backup is copied beside the target and checked there first, exactly
    // as `signtally check` does (integrity, application id, version, the audit
    // chain, tallies against the audit); one that fails is refused and the
    // target is left as it was. The file it replaces is kept as
    // <target>.before-restore-yyyyMMdd-HHmmss-zzz[-N].sqlite (a name no other
    // restore can take), which is returned. Nothing may have `target` open.
    static QString restore(const QString& source, const QString& target);

    // Removes the hidden temporary files (.signtally-backup-*.tmp,
    // .signtally-restore-*.tmp, .signtally-copy-*.tmp: StagedFile) that a
    // killed backup, restore or copy left in `folder`; those of one still
    // running are left alone. Returns how many.
    static int removeStrayTemporaries(const QString& folder);
};

} // namespace signtally
