// TallyStore::applyBulkInTransaction: the same tallies and audit as
// applyInTransaction, at import speed (docs/performance.md): new cells go in
// with one INSERT … SELECT per table from the array in memory, the audit's
// hash (one SHA-256 stream over the change set) is worked out on another
// thread meanwhile, and the rules are checked here once per cell.
#include "storage/TallyStoreBulk.h"

#include "storage/CellArray.h"
#include "storage/SqliteStatement.h"

#include <QSet>
#include <QSqlQuery>
#include <QThread>
#include <array>
#include <exception>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {

// The tally table's triggers (dates inside the campaign, locked weeks),
// dropped for one write transaction and put back, word for word, before it
// commits. DDL is transactional in SQLite: other connections never see the
// table without them, and a rollback or a crash brings them back as well.
class SuspendedTriggers
{
public:
    explicit SuspendedTriggers(Storage& db) : m_db(db)
    {
        QSqlQuery q = db.exec(
            u"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'tally' "
            "ORDER BY name"_s);
        while (q.next())
            m_triggers.push_back({q.value(0).toString(), q.value(1).toString()});
        q.finish();
        for (const auto& [name, sql] : m_triggers)
            db.exec(u"DROP TRIGGER \"%1\""_s.arg(name));
    }
    ~SuspendedTriggers()
    {
        // Reached only when a write failed: the caller rolls back anyway, but
        // a caller that committed regardless must not lose the rules.
        if (!m_restored) {
            try {
                restore();
            } catch (const StorageError&) {
            }
        }
    }
    SuspendedTriggers(const SuspendedTriggers&) = delete;
    SuspendedTriggers& operator=(const SuspendedTriggers&) = delete;

    void restore()
    {
        m_restored = true;
        for (const auto& [name, sql] : m_triggers)
            m_db.exec(sql);
    }

private:
    Storage& m_db;
    QVector<std::pair<QString, QString>> m_triggers;
    bool m_restored = false;
};

} // namespace

TallyStore::BulkCells TallyStore::checkBulk(const QVector<TallyChange>& changes) const
{
    // What the triggers and foreign keys would check, read inside this
    // transaction and checked for every cell before anything is written.
    QDate start, end;
    {
        QSqlQuery q =
            m_db.exec(u"SELECT start_date, end_date FROM campaign WHERE id = ?"_s, {m_campaignId});
        if (q.next()) {
            start = QDate::fromString(q.value(0).toString(), Qt::ISODate);
            end = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        }
    }
    const qint64 days = start.isValid() && end.isValid() ? start.daysTo(end) + 1 : 0;
    QVector<bool> weekLocked(days / 7 + 2);
    for (int week : lockedWeeks())
        if (week > 0 && week < weekLocked.size())
            weekLocked[week] = true;
    QSet<qint64> units, providers;
    {
        QSqlQuery q =
            m_db.exec(u"SELECT unit_id FROM campaign_unit WHERE campaign_id = ?"_s, {m_campaignId});
        while (q.next())
            units.insert(q.value(0).toLongLong());
        q = m_db.exec(u"SELECT provider_id FROM campaign_provider WHERE campaign_id = ?"_s,
                      {m_campaignId});
        while (q.next())
            providers.insert(q.value(0).toLongLong());
    }
    BulkCells cells;
    cells.start = start;
    cells.isoDates.resize(std::size_t(std::max<qint64>(days, 0)));
    for (qint64 d = 0; d < days; ++d) {
        const QByteArray iso = start.addDays(d).toString(Qt::ISODate).toLatin1();
        std::copy_n(iso.constData(), 10, cells.isoDates[std::size_t(d)].data());
    }

    // Cells the caller saw empty (TallyChange::expecting nothing) are written
    // together; the others after them.
    cells.fresh.reserve(changes.size());
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const TallyChange& change = changes[i];
        const QDate day = change.key.date;
        auto refuse = [&](const QString& why) {
            return refused(change, StorageError(StorageError::Kind::Rejected, why));
        };
        if (!day.isValid() || day < start || day > end)
            throw refuse(tr("ngày nằm ngoài đợt %1 – %2")
                             .arg(start.toString(u"dd/MM/yyyy"_s), end.toString(u"dd/MM/yyyy"_s)));
        const qint64 offset = start.daysTo(day);
        if (weekLocked[offset / 7 + 1])
            throw refuse(tr("tuần %1 đã khóa").arg(offset / 7 + 1));
        refuseFuture(change);
        if (!units.contains(change.key.unitId))
            throw refuse(tr("đơn vị không thuộc đợt này"));
        if (!providers.contains(change.key.providerId))
            throw refuse(tr("nhà mạng không thuộc đợt này"));
        if (change.count && *change.count < 0)
            throw StorageError(StorageError::Kind::Rejected,
                               tr("Số lượng âm (%1) không được lưu.").arg(*change.count));
        if (change.checkExpected && !change.expected && change.count)
            cells.fresh.push_back(i);
        else
            cells.oneByOne.push_back(i);
    }
    return cells;
}

ApplyResult TallyStore::applyBulkInTransaction(const QVector<TallyChange>& changes,
                                               const QString& actor, const QString& source,
                                               const std::function<void(double)>& progress)
{
    if (m_db.backend() == Storage::Backend::Postgres)
        return applyBulkPg(changes, checkBulk(changes), actor, source, progress);
    sqlite3* db = sqliteHandle(m_db.connection());
    if (!db) {
        const ApplyResult result = applyInTransaction(changes, actor, source);
        if (progress)
            progress(1.0);
        return result;
    }

    const BulkCells cells = checkBulk(changes);
    CellArray fresh;
    fresh.rows.reserve(std::size_t(cells.fresh.size()));
    for (qsizetype i : cells.fresh) {
        const TallyChange& change = changes[i];
        fresh.rows.push_back({change.key.unitId, cells.isoDate(change.key.date).data(),
                              change.key.providerId, *change.count});
    }
    QVector<qsizetype> oneByOne = cells.oneByOne;

    SuspendedTriggers triggers(m_db);
    AuditBatch batch = nextBatch(actor, source);
    std::optional<AuditHash> hash(std::in_place, batch);
    qint64 rows = 0;
    ApplyResult result;
    const double total = double(std::max<qsizetype>(changes.size(), 1));
    std::exception_ptr stopped;
    auto report = [&](double done) {
        if (!progress)
            return true;
        try {
            progress(done / total);
            return true;
        } catch (...) {
            stopped = std::current_exception();
            return false;
        }
    };

    if (!fresh.rows.empty()) {
        registerCellArray(db);
        // The audit's hash is worked out on the other core meanwhile.
        std::unique_ptr<QThread> hasher(QThread::create([&] {
            for (std::size_t i = 0; i < fresh.rows.size(); ++i) {
                const CellRow& c = fresh.rows[i];
                hash->addRow(batch.firstRow + qint64(i), "insert", m_campaignId, c.unitId,
                             QByteArrayView(c.isoDate, 10), c.providerId, m_groupId, std::nullopt,
                             c.count);
            }
        }));
        hasher->start();
        bool wrote = false;
        try {
            if (!report(0))
                std::rethrow_exception(stopped);
            int pass = 0;
            fresh.onProgress = [&](std::size_t read) {
                return report((double(pass) + double(read) / double(fresh.rows.size())) / 2.0 *
                              double(fresh.rows.size()));
            };
            Statement tallies(db, "INSERT INTO tally (campaign_id, unit_id, tally_date, "
                                  "provider_id, group_id, count) SELECT ?2, unit_id, tally_date, "
                                  "provider_id, ?3, count FROM signtally_cells(?1)");
            bindCells(tallies.get(), 1, &fresh);
            tallies.bind(2, m_campaignId);
            tallies.bind(3, m_groupId);
            try {
                tallies.step();
                wrote = true;
            } catch (const StorageError&) {
                // Someone filled one of these cells since they were read: the
                // statement wrote nothing; write them one by one instead.
                if (stopped || sqlite3_extended_errcode(db) != SQLITE_CONSTRAINT_PRIMARYKEY)
                    throw;
            }
            if (wrote && !report(double(fresh.rows.size()) / 2.0))
                std::rethrow_exception(stopped);
            if (wrote) {
                pass = 1;
                Statement audit(db, "INSERT INTO tally_audit (id, batch_id, action, campaign_id, "
                                    "unit_id, tally_date, provider_id, group_id, old_count, "
                                    "new_count) SELECT ?2 + seq, ?3, 'insert', ?4, unit_id, "
                                    "tally_date, provider_id, ?5, NULL, count "
                                    "FROM signtally_cells(?1)");
                bindCells(audit.get(), 1, &fresh);
                audit.bind(2, batch.firstRow);
                audit.bind(3, batch.id);
                audit.bind(4, m_campaignId);
                audit.bind(5, m_groupId);
                audit.step();
            }
        } catch (...) {
            hasher->wait();
            if (stopped)
                std::rethrow_exception(stopped);
            throw;
        }
        hasher->wait();
        if (wrote) {
            rows = qint64(fresh.rows.size());
            result.added += int(rows);
        } else {
            hash.emplace(batch);
            oneByOne.clear();
            for (qsizetype i = 0; i < changes.size(); ++i)
                oneByOne.push_back(i);
        }
    }

    {
        Statement read(db, "SELECT count FROM tally WHERE campaign_id = ?1 AND unit_id = ?2 AND "
                           "tally_date = ?3 AND provider_id = ?4 AND group_id = ?5");
        Statement insert(db, "INSERT INTO tally (campaign_id, unit_id, tally_date, provider_id, "
                             "group_id, count) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        Statement update(db, "UPDATE tally SET count = ?6, revision = revision + 1 WHERE "
                             "campaign_id = ?1 AND unit_id = ?2 AND tally_date = ?3 AND "
                             "provider_id = ?4 AND group_id = ?5");
        Statement remove(db, "DELETE FROM tally WHERE campaign_id = ?1 AND unit_id = ?2 AND "
                             "tally_date = ?3 AND provider_id = ?4 AND group_id = ?5");
        Statement audit(db, "INSERT INTO tally_audit (id, batch_id, action, campaign_id, unit_id, "
                            "tally_date, provider_id, group_id, old_count, new_count) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
        const double before = double(changes.size() - oneByOne.size());
        for (qsizetype n = 0; n < oneByOne.size(); ++n) {
            if (n % 4096 == 0 && !report(before + double(n)))
                std::rethrow_exception(stopped);
            const TallyChange& change = changes[oneByOne[n]];
            const QByteArrayView date = cells.isoDate(change.key.date);
            auto bindKey = [&](Statement& s) {
                s.bind(1, m_campaignId);
                s.bind(2, change.key.unitId);
                s.bind(3, date);
                s.bind(4, change.key.providerId);
                s.bind(5, m_groupId);
            };

            std::optional<qint64> old;
            bindKey(read);
            if (read.step())
                old = sqlite3_column_int64(read.get(), 0);
            read.reset();
            if (old == change.count) {
                ++result.unchanged;
                continue;
            }
            const char* action = nullptr;
            try {
                if (!old) {
                    action = "insert";
                    bindKey(insert);
                    insert.bind(6, *change.count);
                    insert.step();
                    insert.reset();
                    ++result.added;
                } else if (!change.count) {
                    action = "delete";
                    bindKey(remove);
                    remove.step();
                    remove.reset();
                    ++result.removed;
                } else {
                    action = "update";
                    bindKey(update);
                    update.bind(6, *change.count);
                    update.step();
                    update.reset();
                    ++result.changed;
                }
            } catch (const StorageError& e) {
                throw refused(change, e);
            }

            const qint64 id = batch.firstRow + rows++;
            const QByteArrayView actionName(action);
            audit.bind(1, id);
            audit.bind(2, batch.id);
            audit.bind(3, actionName);
            audit.bind(4, m_campaignId);
            audit.bind(5, change.key.unitId);
            audit.bind(6, date);
            audit.bind(7, change.key.providerId);
            audit.bind(8, m_groupId);
            if (old)
                audit.bind(9, *old);
            else
                audit.bindNull(9);
            if (change.count)
                audit.bind(10, *change.count);
            else
                audit.bindNull(10);
            audit.step();
            audit.reset();
            hash->addRow(id, actionName, m_campaignId, change.key.unitId, date,
                         change.key.providerId, m_groupId, old, change.count);
        }
    }
    triggers.restore();
    saveBatch(batch, *hash, rows);
    if (progress)
        progress(1.0);
    return result;
}

} // namespace signtally
