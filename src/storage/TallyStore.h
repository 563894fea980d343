#pragma once

#include "core/Clock.h"
#include "storage/Audit.h"
#include "storage/Database.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QVector>
#include <functional>
#include <optional>

namespace signtally {

struct TallyKey
{
    qint64 unitId = 0;
    QDate date;
    qint64 providerId = 0;
    friend bool operator==(const TallyKey&, const TallyKey&) = default;
};

// Set one cell to a count, or (no count) back to "not reported".
// With checkExpected, the change only applies if the cell still holds
// `expected` (what this window loaded); otherwise it is a conflict.
struct TallyChange
{
    TallyChange() = default;
    TallyChange(TallyKey k, std::optional<qint64> c) : key(k), count(c) {}
    // A change that applies only if the cell still holds what was loaded.
    static TallyChange expecting(TallyKey k, std::optional<qint64> c, std::optional<qint64> loaded)
    {
        TallyChange t(k, c);
        t.checkExpected = true;
        t.expected = loaded;
        return t;
    }

    TallyKey key;
    std::optional<qint64> count;
    bool checkExpected = false;
    std::optional<qint64> expected;
};

// A cell someone else changed after it was loaded: theirs is in the file now.
struct TallyConflict
{
    TallyChange change;
    std::optional<qint64> theirs;
};

struct ApplyResult
{
    int added = 0;
    int changed = 0;
    int removed = 0;
    int unchanged = 0;
    // Non-empty: nothing at all was written; the caller decides (theirs/mine).
    QVector<TallyConflict> conflicts;
    bool ok() const { return conflicts.isEmpty(); }
};

// The only writer of tallies. Every change goes through apply(), which writes
// the tally and its audit row in the same transaction.
class TallyStore
{
    Q_DECLARE_TR_FUNCTIONS(TallyStore)
public:
    // Counts for days after the clock's today are refused (SIGNTALLY_TODAY
    // sets the system clock's day).
    TallyStore(Storage& db, qint64 campaignId, const Clock& clock = Clock::system());
    // The tallies of one target group (CampaignData::groups[…].id) instead of
    // the whole population's.
    TallyStore(Storage& db, qint64 campaignId, qint64 groupId,
               const Clock& clock = Clock::system());

    std::optional<qint64> value(const TallyKey& key) const;

    // Applies the changes in one write transaction; throws StorageError
    // (Rejected for a broken rule) and then nothing at all is written.
    ApplyResult apply(const QVector<TallyChange>& changes, const QString& actor,
                      const QString& source = {});
    // The same inside a transaction the caller has opened (for importers).
    ApplyResult applyInTransaction(const QVector<TallyChange>& changes, const QString& actor,
                                   const QString& source);
    // The same writes and audit as applyInTransaction, for imports of many
    // cells, with the campaign's dates, locked weeks, units and providers
    // checked here once per cell first. On SQLite (TallyStoreBulk.cpp): its
    // C API with statements prepared once, the per-row triggers suspended
    // for this transaction only. On PostgreSQL (TallyStoreBulkPg.cpp): a
    // statement per table and batch of PgBatchRows cells, the new cells and
    // the audit rows copied in (COPY into a temporary table), the others'
    // columns bound as arrays. Either way the same rows and the same hash
    // chain.
    // `progress` is called every few thousand cells with the share done; it
    // may throw to stop (the caller's transaction then rolls everything
    // back). Falls back to applyInTransaction on other drivers.
    ApplyResult applyBulkInTransaction(const QVector<TallyChange>& changes, const QString& actor,
                                       const QString& source,
                                       const std::function<void(double)>& progress = {});

    // Every change of the cells of a unit on a date (all providers when none
    // is given), oldest first; of this store's target group only.
    QVector<AuditEntry> history(qint64 unitId, QDate date,
                                std::optional<qint64> providerId = std::nullopt) const;
    // Every change of any cell of a unit (all dates and providers), newest
    // first; of this store's target group only.
    QVector<AuditEntry> historyForUnit(qint64 unitId) const;
    // The newest change set's hash (AuditBatch::Genesis before any change):
    // the data fingerprint printed on reports.
    QString latestAuditHash() const;

    // Weeks whose report has gone out (see docs/data-model.md).
    bool isWeekLocked(int week) const;
    QVector<int> lockedWeeks() const;
    void lockWeek(int week, const QString& actor, const QString& reason);
    void unlockWeek(int week, const QString& actor, const QString& reason);

    qint64 campaignId() const { return m_campaignId; }
    qint64 groupId() const { return m_groupId; }

    // Cells per statement of the PostgreSQL bulk writer.
    static constexpr qsizetype PgBatchRows = 10000;

private:
    struct BulkCells;
    // The rules checked once per cell before a bulk write (throws Rejected
    // naming the first cell that breaks one), and which cells the caller saw
    // empty: those are written together, first.
    BulkCells checkBulk(const QVector<TallyChange>& changes) const;
    ApplyResult applyBulkPg(const QVector<TallyChange>& changes, const BulkCells& cells,
                            const QString& actor, const QString& source,
                            const std::function<void(double)>& progress);
    // apply() on a PostgreSQL server (TallyStorePg.cpp): the same result in
    // a few round trips; what it cannot do that way goes cell by cell.
    ApplyResult applyPg(const QVector<TallyChange>& changes, const QString& actor,
                        const QString& source);
    ApplyResult applyPgInTransaction(const QVector<TallyChange>& changes, const QString& actor,
                                     const QString& source);
    // value()'s query, prepared once per connection.
    std::optional<qint64> valuePg(const QString& sql, const TallyKey& key) const;
    // The next change set's header (id, first row, previous hash), read in
    // the caller's transaction.
    AuditBatch nextBatch(const QString& actor, const QString& source) const;
    // Writes the change set's own row once its rows are written (none: nothing).
    void saveBatch(AuditBatch& batch, AuditHash& hash, qint64 rowCount);
    // A change the database refused, said with its date, unit and provider.
    static StorageError refused(const TallyChange& change, const StorageError& e);
    // Throws when the change puts a count on a day after today.
    void refuseFuture(const TallyChange& change) const;

    Storage& m_db;
    qint64 m_campaignId;
    qint64 m_groupId;
    QDate m_today;
};

} // namespace signtally
