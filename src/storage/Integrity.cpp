#include "storage/Integrity.h"

#include "storage/TallyStore.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {

struct CellNames
{
    QHash<qint64, QString> units;
    QHash<qint64, QString> providers;
    QString describe(qint64 unit, QDate date, qint64 provider) const
    {
        return Integrity::tr("%1, ngày %2, %3")
            .arg(units.value(unit, QString::number(unit)), date.toString(u"dd/MM/yyyy"_s),
                 providers.value(provider, QString::number(provider)));
    }
};

QString valueText(std::optional<qint64> v)
{
    return v ? QString::number(*v) : Integrity::tr("(chưa báo cáo)");
}

// A cell, and the last value the audit recorded for it.
struct CellKey
{
    qint64 campaign;
    qint64 unit;
    QDate date;
    qint64 provider;
    qint64 group;
    friend bool operator==(const CellKey&, const CellKey&) = default;
};
size_t qHash(const CellKey& k, size_t seed = 0)
{
    return qHashMulti(seed, k.campaign, k.unit, k.date.toJulianDay(), k.provider, k.group);
}
struct LastValue
{
    std::optional<qint64> value;
    bool present = false; // the tally table has the cell
};

} // namespace

IntegrityReport Integrity::check(const Database& db)
{
    IntegrityReport r;
    {
        QSqlQuery q = db.exec(u"PRAGMA integrity_check"_s);
        QStringList lines;
        while (q.next())
            lines << q.value(0).toString();
        if (lines != QStringList{u"ok"_s}) {
            r.sqliteOk = false;
            r.problems << tr("SQLite báo tệp bị hỏng: %1").arg(lines.mid(0, 3).join(u"; "_s));
        }
    }
    {
        QSqlQuery q = db.exec(u"PRAGMA foreign_key_check"_s);
        if (q.next()) {
            r.foreignKeysOk = false;
            r.problems << tr("Khóa ngoại bị vi phạm: bảng %1, dòng %2 trỏ tới %3 không tồn tại.")
                              .arg(q.value(0).toString(), q.value(1).toString(),
                                   q.value(2).toString());
        }
    }

    CellNames names;
    {
        QSqlQuery q = db.exec(u"SELECT id, name FROM unit"_s);
        while (q.next())
            names.units.insert(q.value(0).toLongLong(), q.value(1).toString());
        QSqlQuery p = db.exec(u"SELECT id, name FROM provider"_s);
        while (p.next())
            names.providers.insert(p.value(0).toLongLong(), p.value(1).toString());
    }

    // The chain, change set by change set, and the last recorded value of
    // every cell. Rows and change sets are read side by side in id order.
    QHash<CellKey, LastValue> lastValue;
    lastValue.reserve(
        db.scalar(u"SELECT coalesce(sum(row_count), 0) FROM audit_batch"_s).toLongLong());
    {
        QSqlQuery batches(db.connection());
        batches.setForwardOnly(true);
        batches.prepare(u"SELECT "_s + AuditBatch::Columns + u" FROM audit_batch ORDER BY id"_s);
        Database::exec(batches);
        QSqlQuery rows(db.connection());
        rows.setForwardOnly(true);
        rows.prepare(u"SELECT a.id, a.batch_id, '', '', a.action, a.campaign_id, a.unit_id, "
                     "a.tally_date, a.provider_id, a.group_id, a.old_count, a.new_count, '' "
                     "FROM tally_audit a ORDER BY a.id"_s);
        Database::exec(rows);
        bool haveRow = rows.next();

        QString prev = AuditBatch::Genesis;
        qint64 nextRow = 1;
        qint64 prevBatch = 0;
        auto fail = [&](const QString& problem) {
            if (!r.auditChainOk)
                return;
            r.auditChainOk = false;
            r.problems << problem;
        };
        auto broken = [&](const AuditBatch& b, const QString& why) {
            const QDateTime at = QDateTime::fromString(b.changedAt, Qt::ISODateWithMs);
            fail(tr("Nhật ký thay đổi bị phá vỡ ở lần ghi %1 (%2, lúc %3): %4")
                     .arg(b.id)
                     .arg(b.actor, at.toLocalTime().toString(u"dd/MM/yyyy HH:mm:ss"_s), why));
        };
        while (batches.next()) {
            const AuditBatch b = AuditBatch::fromRow(batches);
            if (b.id != prevBatch + 1)
                broken(b,
                       tr("thiếu lần ghi %1 đến %2 (đã bị xóa)").arg(prevBatch + 1).arg(b.id - 1));
            else if (b.prevHash != prev)
                broken(b, tr("không nối với lần ghi trước (prev_hash khác)"));
            else if (b.firstRow != nextRow)
                broken(b, tr("thiếu dòng %1 đến %2 (đã bị xóa)").arg(nextRow).arg(b.firstRow - 1));
            AuditHash hash(b);
            qint64 seen = 0;
            QString gap;
            for (; haveRow && seen < b.rowCount; haveRow = rows.next()) {
                const AuditEntry e = AuditEntry::fromRow(rows);
                const qint64 expected = b.firstRow + seen;
                if (e.id != expected || e.batchId != b.id) {
                    if (e.batchId == b.id && e.id > expected)
                        gap = e.id - 1 == expected ? tr("thiếu dòng %1 (đã bị xóa)").arg(expected)
                                                   : tr("thiếu dòng %1 đến %2 (đã bị xóa)")
                                                         .arg(expected)
                                                         .arg(e.id - 1);
                    break;
                }
                hash.addRow(e);
                ++seen;
                ++r.auditRows;
                lastValue.insert({e.campaignId, e.unitId, e.date, e.providerId, e.groupId},
                                 {e.newCount, false});
            }
            if (!gap.isEmpty())
                broken(b, gap);
            else if (seen != b.rowCount)
                broken(b, tr("có %1 dòng thay vì %2 (dòng đã bị xóa hoặc thêm)")
                              .arg(seen)
                              .arg(b.rowCount));
            else if (hash.finish(b.rowCount) != b.hash)
                broken(b, tr("nội dung đã bị sửa sau khi ghi (hash không khớp)"));
            prev = b.hash;
            prevBatch = b.id;
            nextRow = b.firstRow + b.rowCount;
            r.latestHash = b.hash;
        }
        if (haveRow) {
            const AuditEntry e = AuditEntry::fromRow(rows);
            fail(tr("Nhật ký thay đổi có dòng %1 (%2) không thuộc lần ghi nào: đã được thêm ngoài "
                    "ứng dụng.")
                     .arg(e.id)
                     .arg(names.describe(e.unitId, e.date, e.providerId)));
        }
    }
    if (r.latestHash.isEmpty())
        r.latestHash = AuditBatch::Genesis;

    {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.prepare(
            u"SELECT campaign_id, unit_id, tally_date, provider_id, group_id, count FROM tally "
            "ORDER BY campaign_id, unit_id, tally_date, provider_id"_s);
        Database::exec(q);
        while (q.next()) {
            ++r.tallyRows;
            const QDate date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            const qint64 count = q.value(5).toLongLong();
            const auto it =
                lastValue.find(CellKey{q.value(0).toLongLong(), q.value(1).toLongLong(), date,
                                       q.value(3).toLongLong(), q.value(4).toLongLong()});
            std::optional<qint64> audited;
            if (it != lastValue.end()) {
                it->present = true;
                audited = it->value;
            }
            if (r.talliesMatchAudit && audited != count) {
                r.talliesMatchAudit = false;
                r.problems
                    << tr("Số liệu %1 là %2 nhưng nhật ký ghi giá trị cuối là %3: đã bị sửa ngoài "
                          "ứng dụng.")
                           .arg(names.describe(q.value(1).toLongLong(), date,
                                               q.value(3).toLongLong()),
                                QString::number(count), valueText(audited));
            }
        }
        if (r.talliesMatchAudit) {
            for (auto it = lastValue.constBegin(); it != lastValue.constEnd(); ++it) {
                if (it->value && !it->present) {
                    r.talliesMatchAudit = false;
                    r.problems << tr("Số liệu %1 đã bị xóa ngoài ứng dụng (nhật ký ghi %2).")
                                      .arg(names.describe(it.key().unit, it.key().date,
                                                          it.key().provider),
                                           valueText(it->value));
                    break;
                }
            }
        }
    }
    return r;
}

HashLookup Integrity::findHash(const Database& db, const QString& hashPrefix)
{
    HashLookup h;
    const QString prefix = hashPrefix.trimmed().toLower();
    QSqlQuery q = db.exec(u"SELECT first_row + row_count - 1 FROM audit_batch "
                          "WHERE substr(batch_hash, 1, ?) = ? ORDER BY id LIMIT 2"_s,
                          {qint64(prefix.size()), prefix});
    QVector<qint64> lastRows;
    while (q.next())
        lastRows << q.value(0).toLongLong();
    if (lastRows.isEmpty()) {
        if (prefix.size() > 0 && AuditBatch::Genesis.startsWith(prefix) &&
            db.scalar(u"SELECT count(*) FROM audit_batch"_s).toLongLong() == 0)
            h.kind = HashLookup::Kind::Latest;
        return h;
    }
    if (lastRows.size() > 1) {
        h.kind = HashLookup::Kind::Ambiguous;
        return h;
    }
    h.auditId = lastRows.first();
    h.changesSince =
        db.scalar(u"SELECT coalesce(sum(row_count), 0) FROM audit_batch WHERE first_row > ?"_s,
                  {h.auditId})
            .toLongLong();
    h.kind = h.changesSince == 0 ? HashLookup::Kind::Latest : HashLookup::Kind::Older;
    return h;
}

} // namespace signtally
