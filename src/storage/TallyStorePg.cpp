// TallyStore::apply on a PostgreSQL server (issue 16, docs/performance.md,
// "Many clients on one server"): the same conflict check, tallies, audit rows
// and change set as applyInTransaction, in two statements instead of one per
// cell and table. Every write holds the chain's lock for its whole
// transaction (PgStorage::writeTransaction), so the fewer round trips a save
// makes inside it, the sooner the next client's save may start.
//   1. one SELECT reads every cell of the save and the chain's head (the
//      next change set's id, first row and previous hash), the cells bound as
//      arrays (unnest);
//   2. after the conflict check and the hash (here, in C++, as on SQLite),
//      one statement writes the new, changed and removed cells, their audit
//      rows and the change set (data-modifying WITH clauses), and sends the
//      change announcement PgStorage::writeTransaction would send; the
//      server's statement-level triggers check the rules (PgSchema.cpp).
// Both are prepared once per connection (PgStorage::statement). Whatever is
// unusual goes applyInTransaction's way, cell by cell, so that it behaves
// exactly as before: a cell twice in one save, a negative count, no change
// at all; and, should the server refuse the writing statement (a locked
// week, a date outside the campaign, a unit not in the campaign, a missing
// right), the whole save is rolled back and done again cell by cell in a new
// transaction, which refuses the same change with the same words.
#include "storage/TallyStore.h"
#include "storage/pg/PgArrays.h"
#include "storage/pg/PgStorage.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {

// Thrown out of the transaction when a statement of the fast path failed:
// the save is then done again, cell by cell (TallyStore::applyPg).
struct CellByCell
{
};

using pg::ArrayText;
using pg::CellKey;

enum Action : unsigned
{
    Insert = 1,
    Update = 2,
    Delete = 4,
};

QByteArrayView actionName(Action a)
{
    return a == Insert ? "insert" : a == Update ? "update" : "delete";
}

// Every cell of the save with what it holds now (NULL: nothing), and the
// chain's head: the newest change set's id and hash, and where the tally
// rows go on (set-up change sets number rows of their own table; on a
// server the schema is always the newest, PgStorage::open). Each cell is
// looked up by the whole key (a subquery per cell): joined to the cells, the
// planner may instead scan every tally of the campaign.
const QString ReadSql =
    u"SELECT k.i, (SELECT t.count FROM tally t WHERE t.campaign_id = ? AND t.unit_id = k.u AND "
    "t.tally_date = k.d AND t.provider_id = k.p AND t.group_id = ?), h.id, h.batch_hash, "
    "h.tally_next FROM unnest(?::bigint[], ?::date[], ?::bigint[]) WITH ORDINALITY AS k(u, d, "
    "p, i) CROSS JOIN (SELECT b.id, b.batch_hash, (SELECT coalesce(max(first_row + row_count), "
    "1) FROM audit_batch WHERE kind = 'tally') AS tally_next FROM (SELECT 1) AS one LEFT JOIN "
    "(SELECT id, batch_hash FROM audit_batch ORDER BY id DESC LIMIT 1) AS b ON true) AS h"_s;

// The writing statement for the actions in `actions` (Insert | Update |
// Delete): only the clauses it needs, so that no trigger runs for nothing.
// Bound: the rows' actions, units, dates, providers, old and new counts
// (arrays, in audit order), then campaign and group for each tally clause,
// then the audit rows' first id, batch id, campaign and group, then the
// change set's row, then the announcement's channel and the change set's id.
QString writeSql(unsigned actions)
{
    QString sql = u"WITH k AS (SELECT * FROM unnest(?::text[], ?::bigint[], ?::date[], "
                  "?::bigint[], ?::bigint[], ?::bigint[]) WITH ORDINALITY AS k(a, u, d, p, old, "
                  "new, i))"_s;
    // (The cells' units, days and providers as arrays too, so that the
    // tallies are found through the key's index whichever way the planner
    // joins them to the cells.)
    const QString cell =
        u"t.campaign_id = ? AND t.unit_id = k.u AND t.tally_date = k.d AND t.provider_id = k.p "
        "AND t.group_id = ? AND t.unit_id = ANY (ARRAY(SELECT u FROM k)) AND t.tally_date = ANY "
        "(ARRAY(SELECT d FROM k)) AND t.provider_id = ANY (ARRAY(SELECT p FROM k))"_s;
    if (actions & Insert)
        sql += u", ins AS (INSERT INTO tally (campaign_id, unit_id, tally_date, provider_id, "
               "group_id, count) SELECT ?, k.u, k.d, k.p, ?, k.new FROM k WHERE k.a = 'insert')"_s;
    if (actions & Update)
        sql += u", upd AS (UPDATE tally t SET count = k.new, revision = t.revision + 1 FROM k "
               "WHERE k.a = 'update' AND "_s +
               cell + u')';
    if (actions & Delete)
        sql += u", del AS (DELETE FROM tally t USING k WHERE k.a = 'delete' AND "_s + cell + u')';
    sql += u", aud AS (INSERT INTO tally_audit (id, batch_id, action, campaign_id, unit_id, "
           "tally_date, provider_id, group_id, old_count, new_count) SELECT ? + k.i - 1, ?, "
           "k.a, ?, k.u, k.d, k.p, ?, k.old, k.new FROM k), bat AS (INSERT INTO audit_batch (id, "
           "changed_at, actor, source, first_row, row_count, prev_hash, batch_hash) VALUES (?, "
           "?, ?, ?, ?, ?, ?, ?)) "_s;
    // The change count as it will be (PgStorage::changeCount(); this
    // statement does not see its own change set) announced, as
    // PgStorage::writeTransaction would have.
    sql += u"SELECT n, pg_notify(?, n::text) FROM (SELECT greatest((SELECT coalesce(max(id), 0) "
           "FROM audit_batch), ?::bigint) + (SELECT coalesce(max(id), 0) FROM week_lock_event) "
           "AS n) AS c"_s;
    return sql;
}

} // namespace

std::optional<qint64> TallyStore::valuePg(const QString& sql, const TallyKey& key) const
{
    QSqlQuery& q = static_cast<const PgStorage&>(m_db).statement(sql);
    for (const QVariant& v :
         {QVariant(m_campaignId), QVariant(key.unitId), QVariant(key.date.toString(Qt::ISODate)),
          QVariant(key.providerId), QVariant(m_groupId)})
        q.addBindValue(v);
    m_db.exec(q);
    std::optional<qint64> count;
    if (q.next())
        count = q.value(0).toLongLong();
    q.finish();
    return count;
}

ApplyResult TallyStore::applyPg(const QVector<TallyChange>& changes, const QString& actor,
                                const QString& source)
{
    ApplyResult result;
    try {
        m_db.writeTransaction([&] { result = applyPgInTransaction(changes, actor, source); });
    } catch (const CellByCell&) {
        // Rolled back: which change the server refused, and why, is said
        // exactly as cell by cell.
        result = {};
        m_db.writeTransaction([&] { result = applyInTransaction(changes, actor, source); });
    }
    return result;
}

ApplyResult TallyStore::applyPgInTransaction(const QVector<TallyChange>& changes,
                                             const QString& actor, const QString& source)
{
    auto& pg = static_cast<PgStorage&>(m_db);
    for (const TallyChange& change : changes)
        refuseFuture(change);
    // The unusual saves go cell by cell (nothing is written yet).
    QHash<CellKey, bool> cells;
    cells.reserve(changes.size());
    for (const TallyChange& change : changes) {
        if (change.count && *change.count < 0)
            return applyInTransaction(changes, actor, source);
        const CellKey key{change.key.unitId, change.key.date.toJulianDay(), change.key.providerId};
        if (cells.contains(key))
            return applyInTransaction(changes, actor, source);
        cells.insert(key, true);
    }
    if (changes.isEmpty())
        return applyInTransaction(changes, actor, source);

    QList<QByteArray> dates;
    dates.reserve(changes.size());
    ArrayText units, days, providers;
    for (const TallyChange& change : changes) {
        dates << change.key.date.toString(Qt::ISODate).toLatin1();
        units.add(change.key.unitId);
        days.add(dates.last());
        providers.add(change.key.providerId);
    }

    // 1. What every cell holds now, and the chain's head.
    QVector<std::optional<qint64>> olds(changes.size());
    AuditBatch batch;
    batch.actor = actor;
    batch.source = source.isNull() ? u""_s : source; // NULL would break NOT NULL
    batch.id = 1;
    batch.firstRow = 1;
    batch.prevHash = AuditBatch::Genesis;
    try {
        QSqlQuery& read = pg.statement(ReadSql);
        for (const QVariant& v :
             {QVariant(m_campaignId), QVariant(m_groupId), QVariant(units.text()),
              QVariant(days.text()), QVariant(providers.text())})
            read.addBindValue(v);
        m_db.exec(read);
        bool head = false;
        while (read.next()) {
            const qsizetype i = read.value(0).toLongLong() - 1;
            if (!read.isNull(1))
                olds[i] = read.value(1).toLongLong();
            if (!head && !read.isNull(2)) {
                batch.id = read.value(2).toLongLong() + 1;
                batch.prevHash = read.value(3).toString();
                batch.firstRow = read.value(4).toLongLong();
            }
            head = true;
        }
        read.finish();
    } catch (const StorageError&) {
        throw CellByCell{};
    }
    batch.changedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);

    ApplyResult result;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const TallyChange& change = changes[i];
        if (change.checkExpected && olds[i] != change.expected && olds[i] != change.count)
            result.conflicts.push_back({change, olds[i]});
    }
    if (!result.conflicts.isEmpty())
        return result;

    // 2. The rows to write, in order, and their hash.
    AuditHash hash(batch);
    ArrayText actions, rowUnits, rowDays, rowProviders, rowOlds, rowNews;
    unsigned present = 0;
    qint64 rows = 0;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const TallyChange& change = changes[i];
        const std::optional<qint64> old = olds[i];
        if (old == change.count) {
            ++result.unchanged;
            continue;
        }
        Action action = Update;
        if (!old) {
            action = Insert;
            ++result.added;
        } else if (!change.count) {
            action = Delete;
            ++result.removed;
        } else {
            ++result.changed;
        }
        present |= action;
        const QByteArrayView name = actionName(action);
        actions.add(name);
        rowUnits.add(change.key.unitId);
        rowDays.add(dates[i]);
        rowProviders.add(change.key.providerId);
        rowOlds.add(old);
        rowNews.add(change.count);
        hash.addRow(batch.firstRow + rows++, name, m_campaignId, change.key.unitId, dates[i],
                    change.key.providerId, m_groupId, old, change.count);
    }
    if (rows == 0)
        return result; // nothing changed: no change set
    batch.rowCount = rows;
    batch.hash = hash.finish(rows);

    try {
        QSqlQuery& write = pg.statement(writeSql(present));
        for (const ArrayText* array :
             {&actions, &rowUnits, &rowDays, &rowProviders, &rowOlds, &rowNews})
            write.addBindValue(array->text());
        for (unsigned a : {Insert, Update, Delete})
            if (present & a) {
                write.addBindValue(m_campaignId);
                write.addBindValue(m_groupId);
            }
        for (const QVariant& v :
             {QVariant(batch.firstRow), QVariant(batch.id), QVariant(m_campaignId),
              QVariant(m_groupId), QVariant(batch.id), QVariant(batch.changedAt),
              QVariant(batch.actor), QVariant(batch.source), QVariant(batch.firstRow),
              QVariant(batch.rowCount), QVariant(batch.prevHash), QVariant(batch.hash),
              QVariant(pg.changeChannel()), QVariant(batch.id)})
            write.addBindValue(v);
        m_db.exec(write);
        const qint64 count = write.next() ? write.value(0).toLongLong() : 0;
        write.finish();
        pg.announced(count);
    } catch (const StorageError&) {
        throw CellByCell{};
    }
    return result;
}

} // namespace signtally
