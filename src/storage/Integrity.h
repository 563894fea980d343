#pragma once

#include "storage/Database.h"

#include <QStringList>

namespace signtally {

// What `signtally check` verifies: SQLite's own integrity and foreign keys,
// the schema (tables, triggers, indexes) against this build's own
// definitions (a file's; on a server, the rest only), the audit's hash chain, that every stored
// tally equals the last value the audit recorded for its cell (so an edit behind the app's back
// shows), that the week locks agree with their log, and that the file still holds what its
// witnesses (Witness) saw: no history rewound or rewritten, no set-up or lock changed outside the
// app since.
struct IntegrityReport
{
    bool sqliteOk = true;
    bool foreignKeysOk = true;
    bool schemaOk = true;
    bool auditChainOk = true;
    bool talliesMatchAudit = true;
    bool locksMatchLog = true;
    bool setupMatchesAudit = true;
    bool witnessOk = true;
    QStringList witnesses; // the witness files compared
    qint64 auditRows = 0;
    qint64 tallyRows = 0;
    QString latestHash;
    QString setupHash;
    QString fingerprint;  // Integrity::fingerprint: printed on reports
    QStringList problems; // first problem of each kind, naming the row
    bool ok() const { return problems.isEmpty(); }
};

// Where a data fingerprint (a change set's hash, or its first characters, as
// printed in a report's footer) stands in the audit. auditId is the last
// audit row of that change set; changesSince counts the rows written after.
struct HashLookup
{
    enum class Kind
    {
        Latest,
        Older,
        NotFound,
        Ambiguous
    };
    Kind kind = Kind::NotFound;
    qint64 auditId = 0;
    qint64 changesSince = 0;
};

class Integrity
{
    Q_DECLARE_TR_FUNCTIONS(Integrity)
public:
    // Witnesses compared: the app-data one of db's path, <db path>.witness
    // (a backup's), and `moreWitnesses`.
    static IntegrityReport check(const Storage& db, const QStringList& moreWitnesses = {});
    // A report's fingerprint (the first 16 characters are printed) or an
    // older one: where it stands against the file's chain, with the set-up as
    // it is now. A change set's bare hash (reports before the fingerprint
    // covered the set-up) is still found.
    static HashLookup findHash(const Storage& db, const QString& hashPrefix);

    // SHA-256 (hex) over the campaign set-up: campaigns (goal, dates,
    // thresholds), units, aliases, populations and quotas, providers, groups.
    static QString setupHash(const Storage& db);
    // SHA-256 (hex) over the week locks.
    static QString locksHash(const Storage& db);
    // What a report prints: SHA-256 (hex) of the chain head and the set-up.
    static QString fingerprint(const QString& chainHead, const QString& setupHash);
    static QString fingerprint(const Storage& db);
};

} // namespace signtally
