// TallyStore::applyBulkPg: applyBulkInTransaction on a PostgreSQL server
// (issue 16, docs/performance.md). The same tallies, the same audit rows in
// the same order and so the same hash chain as on SQLite, written by one
// statement per table and batch of PgBatchRows cells: the new cells and the
// audit rows are copied in (COPY, pg::copyIn) to a temporary table and
// inserted from it; the other cells' columns are bound as array literals and
// the rows come from unnest(). So a million cells cost a few hundred round
// trips instead of two million. The server's statement-level triggers check
// the batch's rules once per statement (PgSchema.cpp); the cells' rules were
// checked here first (checkBulk).
#include "storage/TallyStoreBulk.h"
#include "storage/pg/PgArrays.h"
#include "storage/pg/PgCopy.h"

#include <QHash>
#include <QSqlQuery>
#include <QThread>
#include <numeric>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {

using pg::ArrayText;
using pg::CellKey;
using pg::CopyText;

// A batch's array literal: up to PgBatchRows numbers of a few digits each.
constexpr qsizetype ArrayBytes = TallyStore::PgBatchRows * 8;
// The rows a batch copies in: up to seven fields each.
constexpr qsizetype CopyBytes = TallyStore::PgBatchRows * 48;

constexpr const char* Insert = "insert";
constexpr const char* Update = "update";
constexpr const char* Delete = "delete";

// Thrown when a cell the caller saw empty has a count now (SQLSTATE 23505).
struct CellFilled
{
};

// One audit row as the hash and the table take it.
struct AuditRow
{
    qsizetype change;
    const char* action; // Insert, Update or Delete
    std::optional<qint64> old;
};

} // namespace

ApplyResult TallyStore::applyBulkPg(const QVector<TallyChange>& changes, const BulkCells& cells,
                                    const QString& actor, const QString& source,
                                    const std::function<void(double)>& progress)
{
    const QString start = cells.start.toString(Qt::ISODate);
    auto offset = [&](const TallyChange& c) { return cells.start.daysTo(c.key.date); };
    // Progress: the tallies are the first half of each cell's work, its audit row the second.
    const double total = double(std::max<qsizetype>(changes.size(), 1)) * 2;
    double done = 0;
    auto step = [&](double cellsDone) {
        done += cellsDone;
        if (progress)
            progress(std::min(done / total, 1.0));
    };
    // While the cells the caller saw empty go in: a unique violation means
    // one is filled now (CellFilled), not a broken rule.
    bool writingFresh = false;
    // Runs `sql` once per batch of `indices` (positions in `changes`), with
    // the arrays `bind` adds to a batch and then ?s for campaign and group.
    auto perBatch = [&](const QString& sql, const QVector<qsizetype>& indices,
                        const std::function<void(QSqlQuery&, qsizetype, qsizetype)>& bind) {
        QSqlQuery q = m_db.prepare(sql);
        for (qsizetype from = 0; from < indices.size(); from += PgBatchRows) {
            const qsizetype to = std::min(from + PgBatchRows, indices.size());
            bind(q, from, to);
            if (!q.exec()) {
                if (writingFresh && q.lastError().nativeErrorCode() == u"23505"_s)
                    throw CellFilled{};
                throw m_db.classify(q.lastError());
            }
            q.finish();
            step(double(to - from));
        }
    };
    // The cells' keys as three arrays: unit, day offset, provider.
    auto bindKeys = [&](QSqlQuery& q, const QVector<qsizetype>& indices, qsizetype from,
                        qsizetype to) {
        ArrayText units(ArrayBytes), offsets(ArrayBytes), providers(ArrayBytes);
        for (qsizetype n = from; n < to; ++n) {
            const TallyChange& c = changes[indices[n]];
            units.add(c.key.unitId);
            offsets.add(offset(c));
            providers.add(c.key.providerId);
        }
        q.addBindValue(units.take());
        q.addBindValue(offsets.take());
        q.addBindValue(providers.take());
    };
    const QString keys = u"unnest(?::bigint[], ?::int[], ?::bigint[]"_s;
    const QString matches =
        u"t.campaign_id = ? AND t.group_id = ? AND t.unit_id = k.u AND t.tally_date = "
        "?::date + k.o AND t.provider_id = k.p"_s;

    AuditBatch batch = nextBatch(actor, source);
    std::optional<AuditHash> hash(std::in_place, batch);
    ApplyResult result;
    QVector<AuditRow> audit; // in the order of their ids
    QVector<qsizetype> rest = cells.oneByOne;

    // (QPSQL prepares with SQL's PREPARE, which takes no SAVEPOINT.)
    auto direct = [&](const QString& sql) {
        QSqlQuery q(m_db.connection());
        if (!q.exec(sql))
            throw m_db.classify(q.lastError());
    };
    // The new cells and the audit rows reach the server by COPY, a batch at
    // a time, into a temporary table of this transaction (COPY FROM into
    // the tally tables themselves is refused under row-level security), and
    // go on from there with INSERT … SELECT: the server parses them as rows
    // rather than as array literals, and the rows' rules and rights are
    // checked as for any insert.
    if (!m_db.scalar(u"SELECT to_regclass('pg_temp.signtally_rows') IS NOT NULL"_s).toBool())
        direct(u"CREATE TEMPORARY TABLE signtally_rows (i bigint, u bigint, o int, p bigint, "
               "c bigint, a text, old bigint) ON COMMIT DROP"_s);
    CopyText copied(CopyBytes);
    auto copyBatch = [&](const QString& columns, const std::function<void(CopyText&)>& rows) {
        direct(u"TRUNCATE pg_temp.signtally_rows"_s);
        copied.clear();
        rows(copied);
        pg::copyIn(m_db, u"COPY pg_temp.signtally_rows (%1) FROM STDIN"_s.arg(columns), copied);
    };

    // New cells: one INSERT per batch.
    auto insertCells = [&](const QVector<qsizetype>& indices) {
        perBatch(u"INSERT INTO tally (campaign_id, unit_id, tally_date, provider_id, group_id, "
                 "count) SELECT ?, k.u, ?::date + k.o, k.p, ?, k.c FROM pg_temp.signtally_rows k"_s,
                 indices, [&](QSqlQuery& q, qsizetype from, qsizetype to) {
                     copyBatch(u"u, o, p, c"_s, [&](CopyText& rows) {
                         for (qsizetype n = from; n < to; ++n) {
                             const TallyChange& c = changes[indices[n]];
                             rows.add(c.key.unitId);
                             rows.add(offset(c));
                             rows.add(c.key.providerId);
                             rows.add(*c.count);
                             rows.endRow();
                         }
                     });
                     q.addBindValue(m_campaignId);
                     q.addBindValue(start);
                     q.addBindValue(m_groupId);
                 });
    };
    // Cells the caller saw empty: one INSERT per batch, in a savepoint.
    // Should another writer have filled one since (the insert then fails on
    // the key; ON CONFLICT would cost every row a speculative insert), all of
    // it is undone and every cell goes the general way, in the caller's
    // order, as on SQLite.
    if (!cells.fresh.isEmpty()) {
        std::unique_ptr<QThread> hasher(QThread::create([&] {
            for (qsizetype n = 0; n < cells.fresh.size(); ++n) {
                const TallyChange& c = changes[cells.fresh[n]];
                hash->addRow(batch.firstRow + n, Insert, m_campaignId, c.key.unitId,
                             cells.isoDate(c.key.date), c.key.providerId, m_groupId, std::nullopt,
                             c.count);
            }
        }));
        hasher->start();
        bool filled = false;
        try {
            direct(u"SAVEPOINT signtally_fresh"_s);
            writingFresh = true;
            insertCells(cells.fresh);
            writingFresh = false;
        } catch (const CellFilled&) {
            writingFresh = false;
            filled = true;
        } catch (...) {
            hasher->wait();
            throw;
        }
        hasher->wait();
        if (!filled) {
            direct(u"RELEASE SAVEPOINT signtally_fresh"_s);
            for (qsizetype i : cells.fresh)
                audit.push_back({i, Insert, std::nullopt});
            result.added += int(cells.fresh.size());
        } else {
            direct(u"ROLLBACK TO SAVEPOINT signtally_fresh"_s);
            direct(u"RELEASE SAVEPOINT signtally_fresh"_s);
            hash.emplace(batch);
            done = 0;
            rest.clear();
            for (qsizetype i = 0; i < changes.size(); ++i)
                rest.push_back(i);
        }
    }

    if (!rest.isEmpty()) {
        // What the other cells hold now, read in batches.
        QVector<std::optional<qint64>> stored(rest.size());
        {
            QSqlQuery q = m_db.prepare(
                u"SELECT k.i, t.count FROM %1) WITH ORDINALITY AS k(u, o, p, i) JOIN tally t "
                "ON "_s.arg(keys) +
                matches);
            for (qsizetype from = 0; from < rest.size(); from += PgBatchRows) {
                const qsizetype to = std::min(from + PgBatchRows, rest.size());
                bindKeys(q, rest, from, to);
                q.addBindValue(m_campaignId);
                q.addBindValue(m_groupId);
                q.addBindValue(start);
                m_db.exec(q);
                while (q.next())
                    stored[from + q.value(0).toLongLong() - 1] = q.value(1).toLongLong();
                q.finish();
            }
        }
        // Each change against the cell as the changes before it left it (a
        // cell may come twice: then each is written in turn).
        QHash<CellKey, std::optional<qint64>> now;
        bool twice = false;
        QVector<qsizetype> inserts, updates, deletes;
        for (qsizetype n = 0; n < rest.size(); ++n) {
            const TallyChange& c = changes[rest[n]];
            const CellKey key{c.key.unitId, offset(c), c.key.providerId};
            std::optional<qint64> old = stored[n];
            if (const auto it = now.constFind(key); it != now.constEnd()) {
                old = *it;
                twice = true;
            }
            if (old == c.count) {
                ++result.unchanged;
                continue;
            }
            now.insert(key, c.count);
            if (!old) {
                audit.push_back({rest[n], Insert, old});
                inserts.push_back(rest[n]);
                ++result.added;
            } else if (!c.count) {
                audit.push_back({rest[n], Delete, old});
                deletes.push_back(rest[n]);
                ++result.removed;
            } else {
                audit.push_back({rest[n], Update, old});
                updates.push_back(rest[n]);
                ++result.changed;
            }
        }
        // The new, changed and removed cells, a statement per table and batch.
        auto write = [&](const QVector<qsizetype>& ins, const QVector<qsizetype>& upd,
                         const QVector<qsizetype>& del) {
            insertCells(ins);
            perBatch(u"UPDATE tally t SET count = k.c, revision = t.revision + 1 FROM %1, "
                     "?::bigint[]) AS k(u, o, p, c) WHERE "_s.arg(keys) +
                         matches,
                     upd, [&](QSqlQuery& q, qsizetype from, qsizetype to) {
                         bindKeys(q, upd, from, to);
                         ArrayText counts(ArrayBytes);
                         for (qsizetype n = from; n < to; ++n)
                             counts.add(*changes[upd[n]].count);
                         q.addBindValue(counts.take());
                         q.addBindValue(m_campaignId);
                         q.addBindValue(m_groupId);
                         q.addBindValue(start);
                     });
            perBatch(u"DELETE FROM tally t USING %1) AS k(u, o, p) WHERE "_s.arg(keys) + matches,
                     del, [&](QSqlQuery& q, qsizetype from, qsizetype to) {
                         bindKeys(q, del, from, to);
                         q.addBindValue(m_campaignId);
                         q.addBindValue(m_groupId);
                         q.addBindValue(start);
                     });
        };
        const qsizetype first = audit.size() - (inserts.size() + updates.size() + deletes.size());
        if (twice) {
            // Rare (an import never has a cell twice): one change after the
            // other, in order, as applyInTransaction writes them.
            const QVector<qsizetype> none;
            for (qsizetype a = first; a < audit.size(); ++a) {
                const QVector<qsizetype> one = {audit[a].change};
                try {
                    write(audit[a].action == Insert ? one : none,
                          audit[a].action == Update ? one : none,
                          audit[a].action == Delete ? one : none);
                } catch (const StorageError& e) {
                    throw refused(changes[audit[a].change], e);
                }
            }
        } else {
            write(inserts, updates, deletes);
        }
        step(double(rest.size() - inserts.size() - updates.size() - deletes.size()));
        for (qsizetype a = first; a < audit.size(); ++a) {
            const TallyChange& c = changes[audit[a].change];
            hash->addRow(batch.firstRow + a, audit[a].action, m_campaignId, c.key.unitId,
                         cells.isoDate(c.key.date), c.key.providerId, m_groupId, audit[a].old,
                         c.count);
        }
    }

    // The audit rows, ids from the change set's first row on.
    QVector<qsizetype> positions(audit.size());
    std::iota(positions.begin(), positions.end(), qsizetype(0));
    perBatch(u"INSERT INTO tally_audit (id, batch_id, action, campaign_id, unit_id, tally_date, "
             "provider_id, group_id, old_count, new_count) SELECT k.i, ?, k.a, ?, k.u, ?::date + "
             "k.o, k.p, ?, k.old, k.c FROM pg_temp.signtally_rows k"_s,
             positions, [&](QSqlQuery& q, qsizetype from, qsizetype to) {
                 copyBatch(u"i, u, o, p, a, old, c"_s, [&](CopyText& rows) {
                     for (qsizetype a = from; a < to; ++a) {
                         const TallyChange& c = changes[audit[a].change];
                         rows.add(batch.firstRow + a);
                         rows.add(c.key.unitId);
                         rows.add(offset(c));
                         rows.add(c.key.providerId);
                         rows.add(audit[a].action);
                         rows.add(audit[a].old);
                         rows.add(c.count);
                         rows.endRow();
                     }
                 });
                 q.addBindValue(batch.id);
                 q.addBindValue(m_campaignId);
                 q.addBindValue(start);
                 q.addBindValue(m_groupId);
             });
    saveBatch(batch, *hash, audit.size());
    if (progress)
        progress(1.0);
    return result;
}

} // namespace signtally
