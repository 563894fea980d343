#include "storage/TallyStore.h"

#include "storage/CampaignStore.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {
QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
QVariant optionalValue(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}
} // namespace

StorageError TallyStore::refused(const TallyChange& change, const StorageError& e)
{
    return StorageError(e.kind(), tr("Không lưu được số liệu ngày %1 (đơn vị %2, nhà mạng %3): %4")
                                      .arg(change.key.date.toString(u"dd/MM/yyyy"_s))
                                      .arg(change.key.unitId)
                                      .arg(change.key.providerId)
                                      .arg(e.message()));
}

TallyStore::TallyStore(Storage& db, qint64 campaignId, const Clock& clock)
    : TallyStore(db, campaignId, CampaignStore(db).mainGroupId(campaignId), clock)
{}

TallyStore::TallyStore(Storage& db, qint64 campaignId, qint64 groupId, const Clock& clock)
    : m_db(db), m_campaignId(campaignId), m_groupId(groupId), m_today(clock.today())
{}

void TallyStore::refuseFuture(const TallyChange& change) const
{
    if (change.count && m_today.isValid() && change.key.date > m_today)
        throw refused(change,
                      StorageError(StorageError::Kind::Rejected,
                                   tr("ngày này chưa đến (hôm nay là %1); không nhận số liệu "
                                      "cho ngày sau hôm nay")
                                       .arg(m_today.toString(u"dd/MM/yyyy"_s))));
}

std::optional<qint64> TallyStore::value(const TallyKey& key) const
{
    const QString sql =
        u"SELECT count FROM tally WHERE campaign_id = ? AND unit_id = ? AND tally_date = ? "
        "AND provider_id = ? AND group_id = ?"_s;
    if (m_db.backend() == Storage::Backend::Postgres)
        return valuePg(sql, key);
    const QVariant v = m_db.scalar(
        sql, {m_campaignId, key.unitId, key.date.toString(Qt::ISODate), key.providerId, m_groupId});
    if (!v.isValid())
        return std::nullopt;
    return v.toLongLong();
}

ApplyResult TallyStore::apply(const QVector<TallyChange>& changes, const QString& actor,
                              const QString& source)
{
    if (m_db.backend() == Storage::Backend::Postgres)
        return applyPg(changes, actor, source);
    ApplyResult result;
    m_db.writeTransaction([&] { result = applyInTransaction(changes, actor, source); });
    return result;
}

ApplyResult TallyStore::applyInTransaction(const QVector<TallyChange>& changes,
                                           const QString& actor, const QString& source)
{
    ApplyResult result;
    QSqlQuery read = m_db.prepare(
        u"SELECT count FROM tally WHERE campaign_id = ? AND unit_id = ? AND tally_date = ? "
        "AND provider_id = ? AND group_id = ?"_s);
    QSqlQuery insert = m_db.prepare(
        u"INSERT INTO tally (campaign_id, unit_id, tally_date, provider_id, group_id, count) "
        "VALUES (?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery update = m_db.prepare(
        u"UPDATE tally SET count = ?, revision = revision + 1 WHERE campaign_id = ? AND "
        "unit_id = ? AND tally_date = ? AND provider_id = ? AND group_id = ?"_s);
    QSqlQuery remove = m_db.prepare(
        u"DELETE FROM tally WHERE campaign_id = ? AND unit_id = ? AND tally_date = ? AND "
        "provider_id = ? AND group_id = ?"_s);
    QSqlQuery audit = m_db.prepare(
        u"INSERT INTO tally_audit (id, batch_id, action, campaign_id, unit_id, tally_date, "
        "provider_id, group_id, old_count, new_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);

    // First read every cell's current value: a conflict must stop the whole
    // batch before anything is written.
    QVector<std::optional<qint64>> olds;
    olds.reserve(changes.size());
    QHash<QString, qsizetype> seen; // a cell changed twice in one batch
    for (const TallyChange& change : changes) {
        refuseFuture(change);
        const QString cell = u"%1|%2|%3"_s.arg(change.key.unitId)
                                 .arg(change.key.date.toJulianDay())
                                 .arg(change.key.providerId);
        if (const auto it = seen.constFind(cell); it != seen.constEnd()) {
            olds.push_back(changes[*it].count);
            seen[cell] = olds.size() - 1;
            continue;
        }
        seen.insert(cell, olds.size());
        for (const QVariant& v : {QVariant(m_campaignId), QVariant(change.key.unitId),
                                  QVariant(change.key.date.toString(Qt::ISODate)),
                                  QVariant(change.key.providerId), QVariant(m_groupId)})
            read.addBindValue(v);
        m_db.exec(read);
        std::optional<qint64> old;
        if (read.next())
            old = read.value(0).toLongLong();
        read.finish();
        if (change.checkExpected && old != change.expected && old != change.count)
            result.conflicts.push_back({change, old});
        olds.push_back(old);
    }
    if (!result.conflicts.isEmpty())
        return result;

    AuditBatch batch = nextBatch(actor, source);
    AuditHash hash(batch);
    qint64 rows = 0;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const TallyChange& change = changes[i];
        const QString date = change.key.date.toString(Qt::ISODate);
        const QVariantList key = {m_campaignId, change.key.unitId, date, change.key.providerId,
                                  m_groupId};
        auto bindKey = [&](QSqlQuery& q) {
            for (const QVariant& v : key)
                q.addBindValue(v);
        };
        const std::optional<qint64> old = olds[i];

        if (old == change.count) {
            ++result.unchanged;
            continue;
        }
        if (change.count && *change.count < 0)
            throw StorageError(StorageError::Kind::Rejected,
                               tr("Số lượng âm (%1) không được lưu.").arg(*change.count));
        QString action;
        try {
            if (!old) {
                action = u"insert"_s;
                bindKey(insert);
                insert.addBindValue(*change.count);
                m_db.exec(insert);
                ++result.added;
            } else if (!change.count) {
                action = u"delete"_s;
                bindKey(remove);
                m_db.exec(remove);
                ++result.removed;
            } else {
                action = u"update"_s;
                update.addBindValue(*change.count);
                bindKey(update);
                m_db.exec(update);
                ++result.changed;
            }
        } catch (const StorageError& e) {
            throw refused(change, e);
        }

        const qint64 id = batch.firstRow + rows++;
        const QByteArray actionName = action.toLatin1();
        for (const QVariant& v :
             {QVariant(id), QVariant(batch.id), QVariant(action), QVariant(m_campaignId),
              QVariant(change.key.unitId), QVariant(date), QVariant(change.key.providerId),
              QVariant(m_groupId), optionalValue(old), optionalValue(change.count)})
            audit.addBindValue(v);
        m_db.exec(audit);
        hash.addRow(id, actionName, m_campaignId, change.key.unitId, date.toLatin1(),
                    change.key.providerId, m_groupId, old, change.count);
    }
    saveBatch(batch, hash, rows);
    return result;
}

QVector<AuditEntry> TallyStore::history(qint64 unitId, QDate date,
                                        std::optional<qint64> providerId) const
{
    QString sql = u"SELECT "_s + AuditEntry::Columns +
                  u" FROM tally_audit a JOIN audit_batch b ON b.id = a.batch_id "
                  "WHERE a.campaign_id = ? AND a.unit_id = ? AND a.tally_date = ?"_s;
    if (providerId)
        sql += u" AND a.provider_id = ?"_s;
    sql += u" AND a.group_id = ? ORDER BY a.id"_s;
    QSqlQuery q = m_db.prepare(sql);
    q.addBindValue(m_campaignId);
    q.addBindValue(unitId);
    q.addBindValue(date.toString(Qt::ISODate));
    if (providerId)
        q.addBindValue(*providerId);
    q.addBindValue(m_groupId); // this store's group only
    m_db.exec(q);
    QVector<AuditEntry> out;
    while (q.next())
        out.push_back(AuditEntry::fromRow(q));
    return out;
}

QVector<AuditEntry> TallyStore::historyForUnit(qint64 unitId) const
{
    QSqlQuery q = m_db.prepare(u"SELECT "_s + AuditEntry::Columns +
                               u" FROM tally_audit a JOIN audit_batch b ON b.id = a.batch_id "
                               "WHERE a.campaign_id = ? AND a.unit_id = ? AND a.group_id = ? "
                               "ORDER BY a.id DESC"_s);
    q.addBindValue(m_campaignId);
    q.addBindValue(unitId);
    q.addBindValue(m_groupId);
    m_db.exec(q);
    QVector<AuditEntry> out;
    while (q.next())
        out.push_back(AuditEntry::fromRow(q));
    return out;
}

QString TallyStore::latestAuditHash() const
{
    const QVariant h =
        m_db.scalar(u"SELECT batch_hash FROM audit_batch ORDER BY id DESC LIMIT 1"_s);
    return h.isValid() ? h.toString() : AuditBatch::Genesis;
}

AuditBatch TallyStore::nextBatch(const QString& actor, const QString& source) const
{
    AuditBatch batch;
    batch.changedAt = nowUtc();
    batch.actor = actor;
    batch.source = source.isNull() ? u""_s : source; // NULL would break NOT NULL
    batch.id = 1;
    batch.firstRow = 1;
    batch.prevHash = AuditBatch::Genesis;
    QSqlQuery q = m_db.exec(u"SELECT id, first_row + row_count, batch_hash FROM audit_batch "
                            "ORDER BY id DESC LIMIT 1"_s);
    if (q.next()) {
        batch.id = q.value(0).toLongLong() + 1;
        batch.firstRow = q.value(1).toLongLong();
        batch.prevHash = q.value(2).toString();
    }
    // Set-up change sets (schema 5) number rows of their own table: the
    // tally rows go on from the last tally change set.
    if (batch.id > 1 && m_db.schemaVersion() >= 5)
        batch.firstRow =
            m_db.scalar(u"SELECT coalesce(max(first_row + row_count), 1) FROM audit_batch "
                        "WHERE kind = 'tally'"_s)
                .toLongLong();
    return batch;
}

void TallyStore::saveBatch(AuditBatch& batch, AuditHash& hash, qint64 rowCount)
{
    if (rowCount == 0)
        return;
    batch.rowCount = rowCount;
    batch.hash = hash.finish(rowCount);
    m_db.exec(u"INSERT INTO audit_batch (id, changed_at, actor, source, first_row, row_count, "
              "prev_hash, batch_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
              {batch.id, batch.changedAt, batch.actor, batch.source, batch.firstRow, batch.rowCount,
               batch.prevHash, batch.hash});
}

bool TallyStore::isWeekLocked(int week) const
{
    return m_db
        .scalar(u"SELECT 1 FROM week_lock WHERE campaign_id = ? AND week = ?"_s,
                {m_campaignId, week})
        .isValid();
}

QVector<int> TallyStore::lockedWeeks() const
{
    QVector<int> out;
    QSqlQuery q = m_db.exec(u"SELECT week FROM week_lock WHERE campaign_id = ? ORDER BY week"_s,
                            {m_campaignId});
    while (q.next())
        out.push_back(q.value(0).toInt());
    return out;
}

void TallyStore::lockWeek(int week, const QString& actor, const QString& reason)
{
    m_db.writeTransaction([&] {
        const QString at = nowUtc();
        m_db.exec(u"INSERT INTO week_lock (campaign_id, week, locked_at, locked_by, reason) "
                  "VALUES (?, ?, ?, ?, ?)"_s,
                  {m_campaignId, week, at, actor, reason});
        m_db.exec(u"INSERT INTO week_lock_event (campaign_id, week, action, actor, at, reason) "
                  "VALUES (?, ?, 'lock', ?, ?, ?)"_s,
                  {m_campaignId, week, actor, at, reason});
    });
}

void TallyStore::unlockWeek(int week, const QString& actor, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Rejected,
                           tr("Cần ghi lý do khi mở khóa tuần %1.").arg(week));
    m_db.writeTransaction([&] {
        m_db.exec(u"DELETE FROM week_lock WHERE campaign_id = ? AND week = ?"_s,
                  {m_campaignId, week});
        m_db.exec(u"INSERT INTO week_lock_event (campaign_id, week, action, actor, at, reason) "
                  "VALUES (?, ?, 'unlock', ?, ?, ?)"_s,
                  {m_campaignId, week, actor, nowUtc(), reason});
    });
}

} // namespace signtally
