// TallyStore::applyBulkInTransaction: the same writes, audit rows and hash
// chain as applyInTransaction, through SQLite's C API with statements prepared
// once, for importers that write hundreds of thousands of cells at a time.
#include "storage/SqliteStatement.h"
#include "storage/TallyStore.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace signtally {

ApplyResult TallyStore::applyBulkInTransaction(const QVector<TallyChange>& changes,
                                               const QString& actor, const QString& source)
{
    sqlite3* db = sqliteHandle(m_db.connection());
    if (!db)
        return applyInTransaction(changes, actor, source);

    Statement read(db, "SELECT count FROM tally WHERE campaign_id = ?1 AND unit_id = ?2 AND "
                       "tally_date = ?3 AND provider_id = ?4 AND group_id = ?5");
    Statement insert(db, "INSERT INTO tally (campaign_id, unit_id, tally_date, provider_id, "
                         "group_id, count) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    Statement update(db, "UPDATE tally SET count = ?6, revision = revision + 1 WHERE "
                         "campaign_id = ?1 AND unit_id = ?2 AND tally_date = ?3 AND "
                         "provider_id = ?4 AND group_id = ?5");
    Statement remove(db, "DELETE FROM tally WHERE campaign_id = ?1 AND unit_id = ?2 AND "
                         "tally_date = ?3 AND provider_id = ?4 AND group_id = ?5");
    Statement audit(db, "INSERT INTO tally_audit (id, changed_at, actor, action, campaign_id, "
                        "unit_id, tally_date, provider_id, group_id, old_count, new_count, "
                        "source, prev_hash, row_hash) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    Statement lastRow(db, "SELECT id, row_hash FROM tally_audit ORDER BY id DESC LIMIT 1");

    qint64 lastId = 0;
    QByteArray lastHash = GenesisHash.toLatin1();
    if (lastRow.step()) {
        lastId = sqlite3_column_int64(lastRow.get(), 0);
        lastHash = QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(lastRow.get(), 1)),
                              sqlite3_column_bytes(lastRow.get(), 1));
    }
    lastRow.reset();

    const QByteArray at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
    const QByteArray actorUtf8 = actor.toUtf8();
    const QByteArray sourceUtf8 = source.toUtf8();
    const QByteArray campaign = QByteArray::number(m_campaignId);
    const QByteArray group = QByteArray::number(m_groupId);
    const char sep = char(0x1f);
    // AuditEntry::computeHash's fields after prev_hash and id, split around the
    // per-row ones: the same bytes, built without a QStringList per row.
    const QByteArray afterId = sep + at + sep + actorUtf8 + sep;
    QHash<qint64, QByteArray> isoDates;
    QCryptographicHash sha(QCryptographicHash::Sha256);
    QByteArray buffer;

    ApplyResult result;
    for (const TallyChange& change : changes) {
        const qint64 jd = change.key.date.toJulianDay();
        auto dateIt = isoDates.find(jd);
        if (dateIt == isoDates.end())
            dateIt = isoDates.insert(jd, change.key.date.toString(Qt::ISODate).toLatin1());
        const QByteArray& date = *dateIt;
        auto bindKey = [&](Statement& s) {
            s.bind(1, m_campaignId);
            s.bind(2, change.key.unitId);
            s.bind(3, date);
            s.bind(4, change.key.providerId);
            s.bind(5, m_groupId);
        };
        bindKey(read);
        std::optional<qint64> old;
        if (read.step())
            old = sqlite3_column_int64(read.get(), 0);
        read.reset();
        if (old == change.count) {
            ++result.unchanged;
            continue;
        }
        if (change.count && *change.count < 0)
            throw StorageError(StorageError::Kind::Rejected,
                               tr("Số lượng âm (%1) không được lưu.").arg(*change.count));
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

        const qint64 id = lastId + 1;
        buffer.clear();
        buffer += lastHash;
        buffer += sep;
        buffer += QByteArray::number(id);
        buffer += afterId;
        buffer += action;
        buffer += sep;
        buffer += campaign;
        buffer += sep;
        buffer += QByteArray::number(change.key.unitId);
        buffer += sep;
        buffer += date;
        buffer += sep;
        buffer += QByteArray::number(change.key.providerId);
        buffer += sep;
        buffer += group;
        buffer += sep;
        if (old)
            buffer += QByteArray::number(*old);
        buffer += sep;
        if (change.count)
            buffer += QByteArray::number(*change.count);
        buffer += sep;
        buffer += sourceUtf8;
        sha.reset();
        sha.addData(buffer);
        const QByteArray hash = sha.result().toHex();

        audit.bind(1, id);
        audit.bind(2, at);
        audit.bind(3, actorUtf8);
        audit.bind(4, QByteArray(action));
        audit.bind(5, m_campaignId);
        audit.bind(6, change.key.unitId);
        audit.bind(7, date);
        audit.bind(8, change.key.providerId);
        audit.bind(9, m_groupId);
        if (old)
            audit.bind(10, *old);
        else
            audit.bindNull(10);
        if (change.count)
            audit.bind(11, *change.count);
        else
            audit.bindNull(11);
        audit.bind(12, sourceUtf8);
        audit.bind(13, lastHash);
        audit.bind(14, hash);
        audit.step();
        audit.reset();
        lastId = id;
        lastHash = hash;
    }
    return result;
}

} // namespace signtally
