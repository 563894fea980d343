#pragma once

#include "storage/Database.h"

#include <QStringList>

namespace signtally {

// Schema 3 moved the audit's hash from every row to every change set
// (docs/data-model.md). Files made before keep each row's old hash chain;
// the upgrade checks that chain row by row first, so a file edited behind the
// app's back is refused (and left as it was), never given a fresh valid chain.
class AuditMigration
{
    Q_DECLARE_TR_FUNCTIONS(AuditMigration)
public:
    // The schema 1–2 row hash: SHA-256 (hex) of the fields joined by U+001F:
    // prev_hash, id, changed_at, actor, action, campaign_id, unit_id,
    // tally_date, provider_id, group_id, old_count, new_count, source (an
    // empty field for a missing count).
    static QString legacyRowHash(const QStringList& fields);

    // Moves the rows of the old `tally_audit` into `tally_audit_v3` and
    // `audit_batch`, one change set per run of rows saved together (same
    // time, actor and source). Throws StorageError (Damaged) on a broken chain.
    static void toChangeSets(Database& db);
};

} // namespace signtally
