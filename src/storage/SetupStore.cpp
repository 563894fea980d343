#include "storage/SetupStore.h"

#include "core/VnFormat.h"
#include "storage/ReportSettingsStore.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {

QVariant optionalValue(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> optionalNumber(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

// A null QString would bind as NULL.
QString text(const QString& s)
{
    return s.isNull() ? u""_s : s;
}

QVariant optionalText(const std::optional<QString>& v)
{
    return v ? QVariant(text(*v)) : QVariant(QMetaType::fromType<QString>());
}

QString missingPopulations(const CampaignSetup& setup)
{
    const QStringList missing = setup.missingFigures();
    return SetupStore::tr("chưa có dân số của %n đơn vị: %1", nullptr, int(missing.size()))
        .arg(missing.join(u", "_s));
}

StorageError rejected(const QString& message)
{
    return StorageError(StorageError::Kind::Rejected, message);
}

} // namespace

Campaign SetupStore::readCampaign(qint64 campaignId, QString* populationLabel) const
{
    const bool v5 = m_db.schemaVersion() >= 5;
    Campaign out;
    {
        QSqlQuery q = m_db.exec(u"SELECT id, code, name, area, organisation, plan_reference, "
                                "start_date, end_date, goal_kind, goal_value, on_track_percent, "
                                "at_risk_percent, %1 FROM campaign WHERE id = ?"_s.arg(
                                    v5 ? u"population_label"_s : u"''"_s),
                                {campaignId});
        if (!q.next())
            throw StorageError(StorageError::Kind::NotFound,
                               tr("Không có chiến dịch số %1.").arg(campaignId));
        Campaign& c = out;
        c.id = q.value(0).toLongLong();
        c.code = q.value(1).toString();
        c.name = q.value(2).toString();
        c.area = q.value(3).toString();
        c.organisation = q.value(4).toString();
        c.planReference = q.value(5).toString();
        c.start = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        c.end = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        c.goalKind = q.value(8).toString() == u"percent"_s ? GoalKind::PercentOfPopulation
                                                           : GoalKind::Absolute;
        c.goalValue = q.value(9).toLongLong();
        c.thresholds = {q.value(10).toInt(), q.value(11).toInt()};
        if (populationLabel)
            *populationLabel = q.value(12).toString();
    }
    return out;
}

CampaignSetup SetupStore::load(qint64 campaignId) const
{
    const bool v5 = m_db.schemaVersion() >= 5;
    CampaignSetup s;
    s.campaign = readCampaign(campaignId, &s.populationLabel);
    QHash<qint64, QString> groupCode;
    {
        QSqlQuery q = m_db.exec(u"SELECT id, code, name, goal_percent_bp FROM target_group "
                                "WHERE campaign_id = ? ORDER BY seq, id"_s,
                                {campaignId});
        while (q.next()) {
            SetupGroup g{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                         std::nullopt};
            if (!q.value(3).isNull())
                g.goalPercentBp = q.value(3).toInt();
            groupCode.insert(g.id, g.code);
            s.groups.push_back(g);
        }
    }
    {
        QHash<qint64, QStringList> aliases;
        QSqlQuery a = m_db.exec(u"SELECT a.provider_id, a.alias FROM provider_alias a "
                                "JOIN campaign_provider cp ON cp.provider_id = a.provider_id "
                                "WHERE cp.campaign_id = ? ORDER BY a.alias"_s,
                                {campaignId});
        while (a.next())
            aliases[a.value(0).toLongLong()].push_back(a.value(1).toString());
        QSqlQuery q = m_db.exec(
            u"SELECT p.id, p.code, p.name, %1 FROM campaign_provider cp "
            "JOIN provider p ON p.id = cp.provider_id "
            "WHERE cp.campaign_id = ? ORDER BY cp.seq"_s.arg(v5 ? u"cp.hidden"_s : u"0"_s),
            {campaignId});
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            s.providers.push_back({id, q.value(1).toString(), q.value(2).toString(),
                                   aliases.value(id), q.value(3).toInt() != 0});
        }
    }
    {
        QHash<qint64, QStringList> aliases;
        QSqlQuery a =
            m_db.exec(u"SELECT a.unit_id, a.alias FROM unit_alias a JOIN campaign_unit cu "
                      "ON cu.unit_id = a.unit_id WHERE cu.campaign_id = ? ORDER BY a.alias"_s,
                      {campaignId});
        while (a.next())
            aliases[a.value(0).toLongLong()].push_back(a.value(1).toString());
        QHash<qint64, QMap<QString, SetupUnitGroup>> targets;
        QSqlQuery t = m_db.exec(u"SELECT unit_id, group_id, population, quota "
                                "FROM unit_group_target WHERE campaign_id = ?"_s,
                                {campaignId});
        while (t.next())
            targets[t.value(0).toLongLong()].insert(
                groupCode.value(t.value(1).toLongLong()),
                {t.value(2).toLongLong(), optionalNumber(t.value(3))});
        QSqlQuery q = m_db.exec(u"SELECT u.id, u.name, u.kind, cu.population, cu.quota, %1 "
                                "FROM campaign_unit cu JOIN unit u ON u.id = cu.unit_id "
                                "WHERE cu.campaign_id = ? ORDER BY cu.seq"_s.arg(
                                    v5 ? u"cu.quota_manual, cu.hidden"_s : u"0, 0"_s),
                                {campaignId});
        while (q.next()) {
            SetupUnit u;
            u.id = q.value(0).toLongLong();
            u.name = q.value(1).toString();
            u.kind = CampaignSetup::kindFromCode(q.value(2).toString()).value_or(UnitKind::Commune);
            u.population = q.value(3).toLongLong();
            u.quota = q.value(4).toLongLong();
            u.quotaManual = q.value(5).toInt() != 0;
            u.hidden = q.value(6).toInt() != 0;
            u.aliases = aliases.value(u.id);
            u.groups = targets.value(u.id);
            s.units.push_back(u);
        }
    }
    return s;
}

QVector<SetupAuditEntry> SetupStore::history(qint64 campaignId) const
{
    QVector<SetupAuditEntry> out;
    if (m_db.schemaVersion() < 5)
        return out;
    QSqlQuery q = m_db.exec(u"SELECT "_s + SetupAuditEntry::Columns +
                                u" FROM setup_audit s JOIN audit_batch b ON b.id = s.batch_id "
                                "WHERE s.campaign_id = ? ORDER BY s.id DESC"_s,
                            {campaignId});
    while (q.next())
        out.push_back(SetupAuditEntry::fromRow(q));
    return out;
}

int SetupStore::revision(qint64 campaignId) const
{
    if (m_db.schemaVersion() < 5)
        return 0;
    return m_db
        .scalar(u"SELECT count(DISTINCT batch_id) FROM setup_audit WHERE campaign_id = ?"_s,
                {campaignId})
        .toInt();
}

QMap<QString, QString> SetupStore::allFacts(const Storage& db)
{
    QMap<QString, QString> out;
    QVector<qint64> ids;
    QSqlQuery q = db.exec(u"SELECT id FROM campaign ORDER BY id"_s);
    while (q.next())
        ids << q.value(0).toLongLong();
    const SetupStore store(db);
    for (const qint64 id : ids) {
        const QMap<QString, QString> facts = store.load(id).facts();
        const QString prefix = QString::number(id) + u'|';
        for (auto it = facts.cbegin(); it != facts.cend(); ++it)
            out.insert(prefix + it.key(), it.value());
    }
    return out;
}

void SetupStore::writeChangeSet(Storage& db, const QMap<QString, QString>& before,
                                const QMap<QString, QString>& after, const QString& actor,
                                const QString& source)
{
    QVector<SetupAuditEntry> rows;
    QSet<QString> keys(before.keyBegin(), before.keyEnd());
    for (auto it = after.keyBegin(); it != after.keyEnd(); ++it)
        keys.insert(*it);
    QStringList sorted(keys.cbegin(), keys.cend());
    std::sort(sorted.begin(), sorted.end());
    for (const QString& key : sorted) {
        const auto old = before.constFind(key);
        const auto now = after.constFind(key);
        const std::optional<QString> oldValue =
            old == before.cend() ? std::nullopt : std::optional<QString>(*old);
        const std::optional<QString> newValue =
            now == after.cend() ? std::nullopt : std::optional<QString>(*now);
        if (oldValue == newValue)
            continue;
        SetupAuditEntry e;
        const qsizetype bar = key.indexOf(u'|');
        e.campaignId = key.left(bar).toLongLong();
        e.item = key.mid(bar + 1);
        e.oldValue = oldValue;
        e.newValue = newValue;
        rows.push_back(e);
    }
    if (rows.isEmpty())
        return;

    AuditBatch batch;
    batch.kind = AuditBatch::Kind::Setup;
    batch.changedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    batch.actor = actor;
    batch.source = source.isNull() ? u""_s : source;
    batch.id = 1;
    batch.prevHash = AuditBatch::Genesis;
    QSqlQuery last = db.exec(u"SELECT id, batch_hash FROM audit_batch ORDER BY id DESC LIMIT 1"_s);
    if (last.next()) {
        batch.id = last.value(0).toLongLong() + 1;
        batch.prevHash = last.value(1).toString();
    }
    last.finish();
    batch.firstRow = db.scalar(u"SELECT coalesce(max(id), 0) + 1 FROM setup_audit"_s).toLongLong();
    AuditHash hash(batch);
    QSqlQuery insert = db.prepare(u"INSERT INTO setup_audit (id, batch_id, campaign_id, item, "
                                  "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        SetupAuditEntry& e = rows[i];
        e.id = batch.firstRow + i;
        for (const QVariant& v :
             {QVariant(e.id), QVariant(batch.id), QVariant(e.campaignId), QVariant(e.item),
              optionalText(e.oldValue), optionalText(e.newValue)})
            insert.addBindValue(v);
        db.exec(insert);
        hash.addRow(e);
    }
    batch.rowCount = rows.size();
    batch.hash = hash.finish(batch.rowCount);
    db.exec(u"INSERT INTO audit_batch (id, changed_at, actor, source, first_row, row_count, "
            "prev_hash, batch_hash, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'setup')"_s,
            {batch.id, batch.changedAt, batch.actor, batch.source, batch.firstRow, batch.rowCount,
             batch.prevHash, batch.hash});
}

void SetupStore::writeTables(Storage& db, const CampaignSetup& s, qint64 campaignId)
{
    const bool v5 = db.schemaVersion() >= 5;
    const Campaign& c = s.campaign;
    for (const SetupUnit& u : s.units)
        if (!u.quota)
            throw rejected(
                tr("Đơn vị %1 chưa có chỉ tiêu: hãy phân bổ chỉ tiêu từ mục tiêu.").arg(u.name));
    db.exec(u"UPDATE campaign SET code = ?, name = ?, area = ?, organisation = ?, "
            "plan_reference = ?, start_date = ?, end_date = ?, goal_kind = ?, goal_value = ? "
            "WHERE id = ?"_s,
            {c.code, c.name, text(c.area), text(c.organisation), text(c.planReference),
             c.start.toString(Qt::ISODate), c.end.toString(Qt::ISODate),
             c.goalKind == GoalKind::PercentOfPopulation ? u"percent"_s : u"absolute"_s,
             c.goalValue, campaignId});
    if (db.schemaVersion() >= 2) // (older files are only made by tests of upgrades)
        db.exec(u"UPDATE campaign SET on_track_percent = ?, at_risk_percent = ? WHERE id = ?"_s,
                {c.thresholds.onTrackPercent, c.thresholds.atRiskPercent, campaignId});
    if (v5)
        db.exec(u"UPDATE campaign SET population_label = ? WHERE id = ?"_s,
                {text(s.populationLabel), campaignId});

    // (The table's key starts with the group: naming the campaign's groups
    // lets a unit's rows be found without scanning the others'.)
    auto hasTallies = [&](const QString& column, qint64 id) {
        return db
            .scalar(u"SELECT 1 FROM tally WHERE campaign_id = ? AND group_id IN (SELECT id FROM "
                    "target_group WHERE campaign_id = ?) AND %1 = ? LIMIT 1"_s.arg(column),
                    {campaignId, campaignId, id})
            .isValid();
    };

    // Providers (shared by the file's campaigns; linked with an order).
    QSet<qint64> keptProviders;
    db.exec(u"UPDATE campaign_provider SET seq = -seq WHERE campaign_id = ?"_s, {campaignId});
    for (int i = 0; i < s.providers.size(); ++i) {
        const SetupProvider& p = s.providers[i];
        QVariant id = p.id ? QVariant(p.id)
                           : db.scalar(u"SELECT id FROM provider WHERE code = ?"_s, {p.code});
        if (!id.isValid()) {
            db.exec(u"INSERT INTO provider (code, name) VALUES (?, ?)"_s, {p.code, p.name});
            id = db.scalar(u"SELECT id FROM provider WHERE code = ?"_s, {p.code});
        } else {
            db.exec(u"UPDATE provider SET name = ? WHERE id = ? AND name <> ?"_s,
                    {p.name, id, p.name});
        }
        db.exec(u"DELETE FROM provider_alias WHERE provider_id = ?"_s, {id});
        for (const QString& alias : p.aliases)
            db.exec(u"INSERT INTO provider_alias (provider_id, alias) VALUES (?, ?)"_s,
                    {id, alias});
        if (db.scalar(
                  u"SELECT 1 FROM campaign_provider WHERE campaign_id = ? AND provider_id = ?"_s,
                  {campaignId, id})
                .isValid())
            db.exec(
                u"UPDATE campaign_provider SET seq = ? WHERE campaign_id = ? AND provider_id = ?"_s,
                {i + 1, campaignId, id});
        else
            db.exec(u"INSERT INTO campaign_provider (campaign_id, provider_id, seq) "
                    "VALUES (?, ?, ?)"_s,
                    {campaignId, id, i + 1});
        if (v5)
            db.exec(u"UPDATE campaign_provider SET hidden = ? WHERE campaign_id = ? "
                    "AND provider_id = ?"_s,
                    {p.hidden ? 1 : 0, campaignId, id});
        keptProviders.insert(id.toLongLong());
    }

    // Groups (the campaign's own).
    QHash<QString, qint64> groupId;
    QSet<qint64> keptGroups;
    for (int i = 0; i < s.groups.size(); ++i) {
        const SetupGroup& g = s.groups[i];
        const QVariant goal =
            g.goalPercentBp ? QVariant(*g.goalPercentBp) : QVariant(QMetaType::fromType<int>());
        qint64 id = g.id;
        if (id == 0) {
            db.exec(u"INSERT INTO target_group (campaign_id, code, name, seq, goal_percent_bp) "
                    "VALUES (?, ?, ?, ?, ?)"_s,
                    {campaignId, g.code, g.name, i + 1, goal});
            id = db.scalar(u"SELECT id FROM target_group WHERE campaign_id = ? AND code = ?"_s,
                           {campaignId, g.code})
                     .toLongLong();
        } else {
            db.exec(u"UPDATE target_group SET code = ?, name = ?, seq = ?, goal_percent_bp = ? "
                    "WHERE id = ? AND campaign_id = ?"_s,
                    {g.code, g.name, i + 1, goal, id, campaignId});
        }
        groupId.insert(g.code, id);
        keptGroups.insert(id);
    }

    // Units (shared by the file's campaigns under their name and area).
    QSet<qint64> keptUnits;
    QVector<qint64> unitIds;
    db.exec(u"UPDATE campaign_unit SET seq = -seq WHERE campaign_id = ?"_s, {campaignId});
    for (int i = 0; i < s.units.size(); ++i) {
        const SetupUnit& u = s.units[i];
        const QString kind = CampaignSetup::kindCode(u.kind);
        QVariant id = u.id ? QVariant(u.id)
                           : db.scalar(u"SELECT id FROM unit WHERE name = ? AND parent_area = ?"_s,
                                       {u.name, text(c.area)});
        if (!id.isValid()) {
            db.exec(u"INSERT INTO unit (name, kind, parent_area) VALUES (?, ?, ?)"_s,
                    {u.name, kind, text(c.area)});
            id = db.scalar(u"SELECT id FROM unit WHERE name = ? AND parent_area = ?"_s,
                           {u.name, c.area});
        } else {
            db.exec(
                u"UPDATE unit SET name = ?, kind = ? WHERE id = ? AND (name <> ? OR kind <> ?)"_s,
                {u.name, kind, id, u.name, kind});
        }
        db.exec(u"DELETE FROM unit_alias WHERE unit_id = ?"_s, {id});
        for (const QString& alias : u.aliases)
            db.exec(u"INSERT INTO unit_alias (unit_id, alias) VALUES (?, ?)"_s, {id, alias});
        if (db.scalar(u"SELECT 1 FROM campaign_unit WHERE campaign_id = ? AND unit_id = ?"_s,
                      {campaignId, id})
                .isValid())
            db.exec(u"UPDATE campaign_unit SET seq = ?, population = ?, quota = ? "
                    "WHERE campaign_id = ? AND unit_id = ?"_s,
                    {i + 1, u.population.value_or(0), *u.quota, campaignId, id});
        else
            db.exec(u"INSERT INTO campaign_unit (campaign_id, unit_id, seq, population, quota) "
                    "VALUES (?, ?, ?, ?, ?)"_s,
                    {campaignId, id, i + 1, u.population.value_or(0), *u.quota});
        if (v5)
            db.exec(u"UPDATE campaign_unit SET quota_manual = ?, hidden = ? "
                    "WHERE campaign_id = ? AND unit_id = ?"_s,
                    {u.quotaManual ? 1 : 0, u.hidden ? 1 : 0, campaignId, id});
        keptUnits.insert(id.toLongLong());
        unitIds << id.toLongLong();
    }

    // Group sizes and goals per unit, written afresh.
    db.exec(u"DELETE FROM unit_group_target WHERE campaign_id = ?"_s, {campaignId});
    for (int i = 0; i < s.units.size(); ++i)
        for (int g = 1; g < s.groups.size(); ++g) {
            const SetupUnitGroup figures = s.units[i].groups.value(s.groups[g].code);
            if (!figures.size && !figures.goal)
                continue; // not known yet: no row
            db.exec(u"INSERT INTO unit_group_target (campaign_id, unit_id, group_id, population, "
                    "quota) VALUES (?, ?, ?, ?, ?)"_s,
                    {campaignId, unitIds[i], groupId.value(s.groups[g].code),
                     figures.size.value_or(0), optionalValue(figures.goal)});
        }

    // What the new set-up leaves out goes, unless it has tallies.
    auto removeLeftOut = [&](const QString& linkTable, const QString& column,
                             const QSet<qint64>& kept, const QString& nameSql,
                             const QString& what) {
        QSqlQuery q = db.exec(u"SELECT %1 FROM %2 WHERE campaign_id = ?"_s.arg(column, linkTable),
                              {campaignId});
        QVector<qint64> gone;
        while (q.next())
            if (!kept.contains(q.value(0).toLongLong()))
                gone << q.value(0).toLongLong();
        q.finish();
        for (const qint64 id : gone) {
            if (hasTallies(column, id))
                throw rejected(tr("%1 “%2” đã có số liệu trong đợt này nên không xóa được; "
                                  "hãy ẩn nó khi nhập.")
                                   .arg(what, db.scalar(nameSql, {id}).toString()));
            db.exec(u"DELETE FROM %1 WHERE campaign_id = ? AND %2 = ?"_s.arg(linkTable, column),
                    {campaignId, id});
        }
    };
    removeLeftOut(u"campaign_unit"_s, u"unit_id"_s, keptUnits,
                  u"SELECT name FROM unit WHERE id = ?"_s, tr("Đơn vị"));
    removeLeftOut(u"campaign_provider"_s, u"provider_id"_s, keptProviders,
                  u"SELECT name FROM provider WHERE id = ?"_s, tr("Nhà mạng"));
    {
        QSqlQuery q =
            db.exec(u"SELECT id, name FROM target_group WHERE campaign_id = ?"_s, {campaignId});
        QVector<QPair<qint64, QString>> gone;
        while (q.next())
            if (!keptGroups.contains(q.value(0).toLongLong()))
                gone.push_back({q.value(0).toLongLong(), q.value(1).toString()});
        q.finish();
        for (const auto& [id, name] : gone) {
            if (hasTallies(u"group_id"_s, id))
                throw rejected(
                    tr("Nhóm “%1” đã có số liệu trong đợt này nên không xóa được.").arg(name));
            db.exec(u"DELETE FROM target_group WHERE id = ?"_s, {id});
        }
    }
}

qint64 SetupStore::createInTransaction(Storage& db, const CampaignSetup& setup,
                                       const QString& actor, const QString& source,
                                       const QJsonObject& report)
{
    QStringList problems = setup.problems();
    if (problems.isEmpty() && !setup.missingFigures().isEmpty())
        problems << missingPopulations(setup);
    if (!problems.isEmpty())
        throw rejected(tr("Không tạo được đợt “%1”: %2")
                           .arg(setup.campaign.code, problems.mid(0, 5).join(u"; "_s)));
    if (db.scalar(u"SELECT 1 FROM campaign WHERE code = ?"_s, {setup.campaign.code}).isValid())
        throw rejected(tr("Tệp đã có đợt mã “%1”: hãy đặt mã khác.").arg(setup.campaign.code));
    const bool audited = db.schemaVersion() >= 5;
    const QMap<QString, QString> before = audited ? allFacts(db) : QMap<QString, QString>();
    const Campaign& c = setup.campaign;
    db.exec(u"INSERT INTO campaign (code, name, start_date, end_date, goal_kind, goal_value) "
            "VALUES (?, ?, ?, ?, ?, ?)"_s,
            {c.code, c.name, c.start.toString(Qt::ISODate), c.end.toString(Qt::ISODate),
             c.goalKind == GoalKind::PercentOfPopulation ? u"percent"_s : u"absolute"_s,
             c.goalValue});
    const qint64 id = db.scalar(u"SELECT id FROM campaign WHERE code = ?"_s, {c.code}).toLongLong();
    CampaignSetup fresh = setup;
    fresh.campaign.id = id;
    for (SetupGroup& g : fresh.groups)
        g.id = 0;
    writeTables(db, fresh, id);
    if (!report.isEmpty() && db.schemaVersion() >= 4)
        ReportSettingsStore::insert(db, id, ReportSettings::fromJson(report));
    if (audited)
        writeChangeSet(db, before, allFacts(db), actor, source);
    return id;
}

QStringList SetupStore::updateInTransaction(Storage& db, const CampaignSetup& setup,
                                            const QString& actor, const QString& source)
{
    QStringList problems = setup.problems();
    if (problems.isEmpty() && !setup.missingFigures().isEmpty())
        problems << missingPopulations(setup);
    if (!problems.isEmpty())
        throw rejected(tr("Không lưu được thiết lập đợt “%1”: %2")
                           .arg(setup.campaign.code, problems.mid(0, 5).join(u"; "_s)));
    const qint64 id = setup.campaign.id;
    if (db.scalar(u"SELECT 1 FROM campaign WHERE code = ? AND id <> ?"_s, {setup.campaign.code, id})
            .isValid())
        throw rejected(tr("Tệp đã có đợt mã “%1”: hãy đặt mã khác.").arg(setup.campaign.code));
    const QDate firstTally = QDate::fromString(
        db.scalar(u"SELECT min(tally_date) FROM tally WHERE campaign_id = ?"_s, {id}).toString(),
        Qt::ISODate);
    const QDate lastTally = QDate::fromString(
        db.scalar(u"SELECT max(tally_date) FROM tally WHERE campaign_id = ?"_s, {id}).toString(),
        Qt::ISODate);
    if (firstTally.isValid() &&
        (setup.campaign.start > firstTally || setup.campaign.end < lastTally))
        throw rejected(tr("Đợt đã có số liệu từ %1 đến %2: ngày bắt đầu và kết thúc phải bao "
                          "trọn khoảng đó.")
                           .arg(Format().date(firstTally), Format().date(lastTally)));
    const QMap<QString, QString> before = allFacts(db);
    writeTables(db, setup, id);
    const QMap<QString, QString> after = allFacts(db);
    writeChangeSet(db, before, after, actor, source);
    QStringList changed;
    const CampaignSetup stored = SetupStore(db).load(id);
    const QString prefix = QString::number(id) + u'|';
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        if (it.key().startsWith(prefix) && before.value(it.key()) != it.value())
            changed << stored.describeItem(it.key().mid(prefix.size()));
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (it.key().startsWith(prefix) && !after.contains(it.key()))
            changed << it.key().mid(prefix.size());
    return changed;
}

void SetupStore::recordBaseline(Storage& db)
{
    const QMap<QString, QString> facts = allFacts(db);
    if (!facts.isEmpty())
        writeChangeSet(db, {}, facts, u"signtally"_s, u"nâng cấp tệp lên lược đồ 5"_s);
}

QStringList SetupStore::differencesFromAudit(const Storage& db)
{
    QMap<QString, QString> recorded;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT campaign_id, item, new_value FROM setup_audit ORDER BY id"_s);
    db.exec(q);
    while (q.next()) {
        const QString key = q.value(0).toString() + u'|' + q.value(1).toString();
        if (q.value(2).isNull())
            recorded.remove(key);
        else
            recorded.insert(key, q.value(2).toString());
    }
    const QMap<QString, QString> now = allFacts(db);
    QStringList keys;
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        if (recorded.value(it.key(), u"\u0000"_s) != it.value())
            keys << it.key();
    for (auto it = recorded.cbegin(); it != recorded.cend(); ++it)
        if (!now.contains(it.key()))
            keys << it.key();
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());

    QStringList out;
    QHash<qint64, CampaignSetup> setups;
    const SetupStore store(db);
    auto shown = [](const QString& item, const std::optional<QString>& v) {
        if (!v)
            return tr("(không có)");
        return v->isEmpty() ? tr("(trống)") : u"“%1”"_s.arg(CampaignSetup::describeValue(item, *v));
    };
    for (const QString& key : keys) {
        const qsizetype bar = key.indexOf(u'|');
        const qint64 campaignId = key.left(bar).toLongLong();
        const QString item = key.mid(bar + 1);
        if (!setups.contains(campaignId)) {
            try {
                setups.insert(campaignId, store.load(campaignId));
            } catch (const StorageError&) {
                setups.insert(campaignId, CampaignSetup{});
            }
        }
        const CampaignSetup& s = setups[campaignId];
        const auto stored = now.constFind(key);
        const auto audited = recorded.constFind(key);
        out << tr("Đợt “%1”, %2: dữ liệu là %3, nhật ký thiết lập ghi %4.")
                   .arg(s.campaign.code.isEmpty() ? QString::number(campaignId) : s.campaign.code,
                        s.describeItem(item),
                        shown(item, stored == now.cend() ? std::nullopt : std::optional(*stored)),
                        shown(item,
                              audited == recorded.cend() ? std::nullopt : std::optional(*audited)));
    }
    return out;
}

} // namespace signtally
