#include "storage/CampaignStore.h"

#include "storage/AppPaths.h"
#include "storage/SetupStore.h"
#include "storage/SqliteStatement.h"

#include <QHash>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace signtally {

QVector<CampaignInfo> CampaignStore::campaigns() const
{
    QVector<CampaignInfo> out;
    QSqlQuery q = m_db.exec(
        u"SELECT id, code, name, start_date, end_date FROM campaign ORDER BY start_date DESC, id DESC"_s);
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       QDate::fromString(q.value(3).toString(), Qt::ISODate),
                       QDate::fromString(q.value(4).toString(), Qt::ISODate)});
    return out;
}

QString CampaignStore::phaseText(CampaignInfo::Phase phase)
{
    switch (phase) {
    case CampaignInfo::Phase::Running:
        return tr("đang diễn ra");
    case CampaignInfo::Phase::Over:
        return tr("đã kết thúc");
    case CampaignInfo::Phase::Upcoming:
        break;
    }
    return tr("chưa bắt đầu");
}

qint64 CampaignStore::defaultCampaignId(QDate today) const
{
    const QVector<CampaignInfo> all = campaigns(); // latest start first
    if (all.isEmpty())
        throw StorageError(StorageError::Kind::Damaged,
                           tr("Cơ sở dữ liệu %1 không có chiến dịch nào.").arg(m_db.location()));
    for (const CampaignInfo& c : all)
        if (c.phase(today) == CampaignInfo::Phase::Running)
            return c.id;
    return all.first().id;
}

std::optional<qint64> CampaignStore::campaignIdByCode(const QString& code) const
{
    const QVariant id = m_db.scalar(u"SELECT id FROM campaign WHERE code = ?"_s, {code});
    if (!id.isValid() || id.isNull())
        return std::nullopt;
    return id.toLongLong();
}

qint64 CampaignStore::mainGroupId(qint64 campaignId) const
{
    const QVariant id =
        m_db.scalar(u"SELECT id FROM target_group WHERE campaign_id = ? ORDER BY seq, id LIMIT 1"_s,
                    {campaignId});
    if (!id.isValid())
        throw StorageError(StorageError::Kind::Damaged,
                           tr("Chiến dịch %1 không có nhóm đối tượng nào.").arg(campaignId));
    return id.toLongLong();
}

CampaignData CampaignStore::load(qint64 campaignId, GroupTallies groups) const
{
    CampaignData data;
    data.campaign = SetupStore(m_db).readCampaign(campaignId);
    {
        QHash<qint64, QStringList> aliases;
        QSqlQuery a =
            m_db.exec(u"SELECT a.unit_id, a.alias FROM unit_alias a JOIN campaign_unit cu "
                      "ON cu.unit_id = a.unit_id WHERE cu.campaign_id = ? ORDER BY a.alias"_s,
                      {campaignId});
        while (a.next())
            aliases[a.value(0).toLongLong()].push_back(a.value(1).toString());
        QSqlQuery q = m_db.exec(u"SELECT u.id, cu.seq, u.name, u.kind, cu.population, cu.quota "
                                "FROM campaign_unit cu JOIN unit u ON u.id = cu.unit_id "
                                "WHERE cu.campaign_id = ? ORDER BY cu.seq"_s,
                                {campaignId});
        while (q.next()) {
            Unit u;
            u.id = q.value(0).toLongLong();
            u.number = q.value(1).toInt();
            u.name = q.value(2).toString();
            u.kind = CampaignSetup::kindFromCode(q.value(3).toString()).value_or(UnitKind::Commune);
            u.adults = q.value(4).toLongLong();
            u.quota = q.value(5).toLongLong();
            u.aliases = aliases.value(u.id);
            data.units.push_back(u);
        }
    }
    {
        QHash<qint64, QStringList> aliases;
        QSqlQuery a = m_db.exec(u"SELECT provider_id, alias FROM provider_alias ORDER BY alias"_s);
        while (a.next())
            aliases[a.value(0).toLongLong()].push_back(a.value(1).toString());
        QSqlQuery q = m_db.exec(u"SELECT p.id, p.code, p.name FROM campaign_provider cp "
                                "JOIN provider p ON p.id = cp.provider_id "
                                "WHERE cp.campaign_id = ? ORDER BY cp.seq"_s,
                                {campaignId});
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            data.providers.push_back(
                {id, q.value(1).toString(), q.value(2).toString(), aliases.value(id)});
        }
    }
    data.tallies = readTallies(data, mainGroupId(campaignId));
    readGroupFigures(data);
    if (groups == GroupTallies::Read)
        readGroupTallies(data);
    return data;
}

void CampaignStore::loadGroups(CampaignData& data) const
{
    readGroupFigures(data);
    readGroupTallies(data);
}

void CampaignStore::readGroupTallies(CampaignData& data) const
{
    for (GroupData& g : data.groups)
        if (!g.tallies)
            g.tallies = readTallies(data, g.id);
}

void CampaignStore::reloadTallies(CampaignData& data) const
{
    data.tallies = readTallies(data, mainGroupId(data.campaign.id));
}

void CampaignStore::readGroupFigures(CampaignData& data) const
{
    const qint64 campaignId = data.campaign.id;
    const int units = int(data.units.size());
    QHash<qint64, int> unitIndex;
    for (int i = 0; i < units; ++i)
        unitIndex.insert(data.units[i].id, i);
    data.groups.clear();
    QSqlQuery q = m_db.exec(u"SELECT id, code, name, goal_percent_bp FROM target_group "
                            "WHERE campaign_id = ? ORDER BY seq, id"_s,
                            {campaignId});
    bool first = true;
    while (q.next()) {
        if (std::exchange(first, false))
            continue; // the whole population: data.tallies
        GroupData g;
        g.id = q.value(0).toLongLong();
        g.code = q.value(1).toString();
        g.name = q.value(2).toString();
        if (!q.value(3).isNull())
            g.goalPercentBp = q.value(3).toInt();
        g.sizes.resize(units);
        g.goals.resize(units);
        data.groups.push_back(g);
    }
    q.finish();
    for (GroupData& g : data.groups) {
        QSqlQuery t = m_db.exec(u"SELECT unit_id, population, quota FROM unit_group_target "
                                "WHERE campaign_id = ? AND group_id = ?"_s,
                                {campaignId, g.id});
        while (t.next()) {
            const int u = unitIndex.value(t.value(0).toLongLong(), -1);
            if (u < 0)
                continue;
            g.sizes[u] = t.value(1).toLongLong();
            if (!t.value(2).isNull())
                g.goals[u] = t.value(2).toLongLong();
        }
    }
}

TallyMatrix CampaignStore::readTallies(const CampaignData& data, qint64 groupId) const
{
    const Campaign& c = data.campaign;
    const int units = int(data.units.size());
    const int providers = int(data.providers.size());
    TallyMatrix out(units, c.days(), providers);
    QHash<qint64, int> unitIndex;
    for (int i = 0; i < units; ++i)
        unitIndex.insert(data.units[i].id, i);
    QHash<qint64, int> providerIndex;
    for (int i = 0; i < providers; ++i)
        providerIndex.insert(data.providers[i].id, i);
    const qint64 startJd = c.start.toJulianDay();
    auto place = [&](qint64 unitId, qint64 providerId, qint64 jd, qint64 count) {
        const int u = unitIndex.value(unitId, -1);
        const int p = providerIndex.value(providerId, -1);
        const qint64 d = jd - startJd;
        if (u < 0 || p < 0 || d < 0 || d >= c.days())
            return; // the schema's constraints make this unreachable
        out.set(u, int(d), p, qint32(count));
    };
    if (sqlite3* h = sqliteHandle(m_db.connection())) {
        // The fast path: ~1,2 million rows a group at national size, no
        // QVariant per value. The table is keyed on (campaign, group, …):
        // the group's rows are one range of it, read in key order.
        Statement q(h, "SELECT unit_id, provider_id, tally_date, count FROM tally "
                       "WHERE campaign_id = ?1 AND group_id = ?2");
        q.bind(1, c.id);
        q.bind(2, groupId);
        while (q.step()) {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(q.get(), 2));
            const int len = sqlite3_column_bytes(q.get(), 2);
            qint64 jd = 0;
            if (len == 10 && text[4] == '-' && text[7] == '-') {
                auto num = [&](int from, int n) {
                    int v = 0;
                    for (int i = from; i < from + n; ++i)
                        v = v * 10 + (text[i] - '0');
                    return v;
                };
                jd = QDate(num(0, 4), num(5, 2), num(8, 2)).toJulianDay();
            }
            place(sqlite3_column_int64(q.get(), 0), sqlite3_column_int64(q.get(), 1), jd,
                  sqlite3_column_int64(q.get(), 3));
        }
    } else {
        // A server: the day as its offset from the first day, worked out by
        // the server (date - date is an integer there), so that a million
        // rows are not a million dates parsed from text here.
        QSqlQuery q =
            m_db.prepare(u"SELECT unit_id, provider_id, tally_date - ?::date, count FROM tally "
                         "WHERE campaign_id = ? AND group_id = ?"_s);
        q.setForwardOnly(true);
        q.addBindValue(c.start.toString(Qt::ISODate));
        q.addBindValue(c.id);
        q.addBindValue(groupId);
        m_db.exec(q);
        while (q.next())
            place(q.value(0).toLongLong(), q.value(1).toLongLong(),
                  startJd + q.value(2).toLongLong(), q.value(3).toLongLong());
    }
    return out;
}

TallyMatrix CampaignStore::groupTallies(const CampaignData& data, qint64 groupId) const
{
    return readTallies(data, groupId > 0 ? groupId : mainGroupId(data.campaign.id));
}

qint64 CampaignStore::latestBatch() const
{
    return m_db.scalar(u"SELECT coalesce(max(id), 0) FROM audit_batch"_s).toLongLong();
}

std::optional<CampaignStore::ChangesSince>
CampaignStore::changesSince(qint64 campaignId, qint64 afterBatch, qint64 maxRows) const
{
    ChangesSince out;
    out.latestBatch = afterBatch;
    qint64 rows = 0;
    for (QSqlQuery q =
             m_db.exec(u"SELECT id, kind, row_count FROM audit_batch WHERE id > ? ORDER BY id"_s,
                       {afterBatch});
         q.next();) {
        if (q.value(1).toString() != u"tally"_s)
            return std::nullopt;
        rows += q.value(2).toLongLong();
        out.latestBatch = q.value(0).toLongLong();
    }
    if (rows > maxRows)
        return std::nullopt;
    if (out.latestBatch == afterBatch)
        return out;
    // Change sets committed after the one above are read the next time.
    QSqlQuery q =
        m_db.exec(u"SELECT unit_id, tally_date, provider_id, group_id, new_count FROM tally_audit "
                  "WHERE batch_id > ? AND batch_id <= ? AND campaign_id = ? ORDER BY id"_s,
                  {afterBatch, out.latestBatch, campaignId});
    while (q.next()) {
        TallyLogCell cell;
        cell.unitId = q.value(0).toLongLong();
        cell.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        cell.providerId = q.value(2).toLongLong();
        cell.groupId = q.value(3).toLongLong();
        if (!q.value(4).isNull())
            cell.count = q.value(4).toLongLong();
        out.cells.push_back(cell);
    }
    return out;
}

void CampaignStore::saveThresholds(Storage& db, qint64 campaignId, StatusThresholds t,
                                   const QString& actor)
{
    if (t.atRiskPercent < 0 || t.onTrackPercent < 1 || t.atRiskPercent > t.onTrackPercent)
        throw StorageError(StorageError::Kind::Rejected,
                           tr("Ngưỡng không hợp lệ: \"đúng tiến độ\" (%1%) phải lớn hơn hoặc bằng "
                              "\"có nguy cơ\" (%2%).")
                               .arg(t.onTrackPercent)
                               .arg(t.atRiskPercent));
    // Part of the set-up: audited like the rest of it.
    db.writeTransaction([&] {
        CampaignSetup setup = SetupStore(db).load(campaignId);
        setup.campaign.thresholds = t;
        SetupStore::updateInTransaction(db, setup, actor.isEmpty() ? AppPaths::loginName() : actor,
                                        {});
    });
}

} // namespace signtally
