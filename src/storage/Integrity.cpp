#include "storage/Integrity.h"

#include "storage/TallyStore.h"

#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {

struct CellNames
{
    QHash<qint64, QString> units;
    QHash<qint64, QString> providers;
    QString describe(qint64 unit, const QString& isoDate, qint64 provider) const
    {
        return Integrity::tr("%1, ngày %2, %3")
            .arg(units.value(unit, QString::number(unit)),
                 QDate::fromString(isoDate, Qt::ISODate).toString(u"dd/MM/yyyy"_s),
                 providers.value(provider, QString::number(provider)));
    }
};

QString valueText(const QVariant& v)
{
    return v.isNull() ? Integrity::tr("(chưa báo cáo)") : QString::number(v.toLongLong());
}

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

    // The chain, row by row, and the last recorded value of every cell.
    using Key = QString;
    auto keyOf = [](qint64 c, qint64 u, const QString& d, qint64 p, qint64 g) -> Key {
        return u"%1|%2|%3|%4|%5"_s.arg(c).arg(u).arg(d).arg(p).arg(g);
    };
    QHash<Key, QVariant> lastValue;
    {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.prepare(
            u"SELECT id, changed_at, actor, action, campaign_id, unit_id, tally_date, provider_id, "
            "group_id, old_count, new_count, source, prev_hash, row_hash FROM tally_audit ORDER BY id"_s);
        Database::exec(q);
        QString prev = TallyStore::GenesisHash;
        qint64 prevId = 0;
        while (q.next()) {
            const AuditEntry e = AuditEntry::fromRow(q);
            const QString isoDate = e.date.toString(Qt::ISODate);
            ++r.auditRows;
            if (r.auditChainOk) {
                QString why;
                if (e.id != prevId + 1)
                    why = tr("thiếu dòng %1 đến %2 (đã bị xóa)").arg(prevId + 1).arg(e.id - 1);
                else if (e.prevHash != prev)
                    why = tr("không nối với dòng trước (prev_hash khác)");
                else if (e.computeHash() != e.rowHash)
                    why = tr("nội dung đã bị sửa sau khi ghi (hash không khớp)");
                if (!why.isEmpty()) {
                    r.auditChainOk = false;
                    r.problems << tr("Nhật ký thay đổi bị phá vỡ tại dòng %1 (%2): %3")
                                      .arg(e.id)
                                      .arg(names.describe(e.unitId, isoDate, e.providerId), why);
                }
            }
            prev = e.rowHash;
            prevId = e.id;
            lastValue.insert(keyOf(e.campaignId, e.unitId, isoDate, e.providerId, e.groupId),
                             e.newCount ? QVariant(*e.newCount) : QVariant());
            r.latestHash = e.rowHash;
        }
    }
    if (r.latestHash.isEmpty())
        r.latestHash = TallyStore::GenesisHash;

    {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.prepare(
            u"SELECT campaign_id, unit_id, tally_date, provider_id, group_id, count FROM tally "
            "ORDER BY campaign_id, tally_date, unit_id, provider_id"_s);
        Database::exec(q);
        QHash<Key, bool> present;
        while (q.next()) {
            ++r.tallyRows;
            const QString isoDate = q.value(2).toString();
            const Key key = keyOf(q.value(0).toLongLong(), q.value(1).toLongLong(), isoDate,
                                  q.value(3).toLongLong(), q.value(4).toLongLong());
            present.insert(key, true);
            const QVariant audited = lastValue.value(key);
            if (r.talliesMatchAudit &&
                (audited.isNull() || audited.toLongLong() != q.value(5).toLongLong())) {
                r.talliesMatchAudit = false;
                r.problems
                    << tr("Số liệu %1 là %2 nhưng nhật ký ghi giá trị cuối là %3: đã bị sửa ngoài "
                          "ứng dụng.")
                           .arg(names.describe(q.value(1).toLongLong(), isoDate,
                                               q.value(3).toLongLong()),
                                QString::number(q.value(5).toLongLong()), valueText(audited));
            }
        }
        if (r.talliesMatchAudit) {
            for (auto it = lastValue.constBegin(); it != lastValue.constEnd(); ++it) {
                if (!it.value().isNull() && !present.contains(it.key())) {
                    const QStringList f = it.key().split(u'|');
                    r.talliesMatchAudit = false;
                    r.problems << tr("Số liệu %1 đã bị xóa ngoài ứng dụng (nhật ký ghi %2).")
                                      .arg(names.describe(f[1].toLongLong(), f[2],
                                                          f[3].toLongLong()),
                                           valueText(it.value()));
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
    QSqlQuery q = db.exec(
        u"SELECT id FROM tally_audit WHERE substr(row_hash, 1, ?) = ? ORDER BY id LIMIT 2"_s,
        {qint64(prefix.size()), prefix});
    QVector<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    if (ids.isEmpty()) {
        if (prefix.size() > 0 && TallyStore::GenesisHash.startsWith(prefix) &&
            db.scalar(u"SELECT count(*) FROM tally_audit"_s).toLongLong() == 0)
            h.kind = HashLookup::Kind::Latest;
        return h;
    }
    if (ids.size() > 1) {
        h.kind = HashLookup::Kind::Ambiguous;
        return h;
    }
    h.auditId = ids.first();
    h.changesSince =
        db.scalar(u"SELECT count(*) FROM tally_audit WHERE id > ?"_s, {h.auditId}).toLongLong();
    h.kind = h.changesSince == 0 ? HashLookup::Kind::Latest : HashLookup::Kind::Older;
    return h;
}

} // namespace signtally
