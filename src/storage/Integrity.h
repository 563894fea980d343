#pragma once

#include "storage/Database.h"

#include <QStringList>

namespace signtally {

// What `signtally check` verifies: SQLite's own integrity and foreign keys,
// the audit's hash chain, and that every stored tally equals the last value
// the audit recorded for its cell (so an edit behind the app's back shows).
struct IntegrityReport
{
    bool sqliteOk = true;
    bool foreignKeysOk = true;
    bool auditChainOk = true;
    bool talliesMatchAudit = true;
    qint64 auditRows = 0;
    qint64 tallyRows = 0;
    QString latestHash;
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
    static IntegrityReport check(const Database& db);
    static HashLookup findHash(const Database& db, const QString& hashPrefix);
};

} // namespace signtally
