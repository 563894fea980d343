#include "storage/Seeder.h"

#include "core/DemoTallies.h"
#include "storage/CampaignStore.h"
#include "storage/ReportSettingsStore.h"
#include "storage/TallyStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace signtally {

QJsonObject Seeder::readCampaignFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw StorageError(StorageError::Kind::NotFound,
                           tr("Không đọc được tệp chiến dịch %1: %2").arg(path, f.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (doc.isNull() || !doc.isObject())
        throw StorageError(StorageError::Kind::Rejected,
                           tr("Tệp chiến dịch %1 không đúng định dạng JSON (vị trí %2: %3).")
                               .arg(path)
                               .arg(error.offset)
                               .arg(error.errorString()));
    return doc.object();
}

QJsonObject Seeder::defaultCampaign()
{
    return readCampaignFile(u":/data/thai-nguyen-2025.json"_s);
}

qint64 Seeder::seedCampaign(Database& db, const QJsonObject& doc)
{
    const QJsonObject c = doc.value(u"campaign"_s).toObject();
    const QJsonObject goal = c.value(u"goal"_s).toObject();
    qint64 campaignId = 0;
    db.writeTransaction([&] {
        const QString kind = goal.value(u"kind"_s).toString();
        db.exec(
            u"INSERT INTO campaign (code, name, area, organisation, plan_reference, start_date, "
            "end_date, goal_kind, goal_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {c.value(u"code"_s).toString(), c.value(u"name"_s).toString(),
             c.value(u"area"_s).toString(), c.value(u"organisation"_s).toString(),
             c.value(u"planReference"_s).toString(), c.value(u"start"_s).toString(),
             c.value(u"end"_s).toString(), kind == u"percent"_s ? u"percent"_s : u"absolute"_s,
             goal.value(u"value"_s).toInteger()});
        campaignId =
            db.scalar(u"SELECT id FROM campaign WHERE code = ?"_s, {c.value(u"code"_s).toString()})
                .toLongLong();

        int seq = 0;
        for (const QJsonValue& v : doc.value(u"groups"_s).toArray()) {
            const QJsonObject g = v.toObject();
            db.exec(
                u"INSERT INTO target_group (campaign_id, code, name, seq) VALUES (?, ?, ?, ?)"_s,
                {campaignId, g.value(u"code"_s).toString(), g.value(u"name"_s).toString(), ++seq});
        }
        if (seq == 0)
            db.exec(
                u"INSERT INTO target_group (campaign_id, code, name, seq) VALUES (?, ?, ?, 1)"_s,
                {campaignId, u"adults"_s, u"Dân số trưởng thành"_s});

        seq = 0;
        for (const QJsonValue& v : doc.value(u"providers"_s).toArray()) {
            const QJsonObject p = v.toObject();
            const QString code = p.value(u"code"_s).toString();
            QVariant id = db.scalar(u"SELECT id FROM provider WHERE code = ?"_s, {code});
            if (!id.isValid()) {
                db.exec(u"INSERT INTO provider (code, name) VALUES (?, ?)"_s,
                        {code, p.value(u"name"_s).toString()});
                id = db.scalar(u"SELECT id FROM provider WHERE code = ?"_s, {code});
                for (const QJsonValue& a : p.value(u"aliases"_s).toArray())
                    db.exec(u"INSERT INTO provider_alias (provider_id, alias) VALUES (?, ?)"_s,
                            {id, a.toString()});
            }
            db.exec(
                u"INSERT INTO campaign_provider (campaign_id, provider_id, seq) VALUES (?, ?, ?)"_s,
                {campaignId, id, ++seq});
        }

        const QString area = c.value(u"area"_s).toString();
        for (const QJsonValue& v : doc.value(u"units"_s).toArray()) {
            const QJsonObject u = v.toObject();
            const QString name = u.value(u"name"_s).toString();
            const qint64 adults = u.value(u"adults"_s).toInteger(-1);
            const qint64 quota = u.value(u"quota"_s).toInteger(-1);
            if (name.isEmpty() || adults < 0 || quota < 0)
                throw StorageError(
                    StorageError::Kind::Rejected,
                    tr("Đơn vị số %1 trong tệp chiến dịch thiếu tên, dân số hoặc chỉ tiêu.")
                        .arg(u.value(u"no"_s).toInt()));
            QVariant id = db.scalar(u"SELECT id FROM unit WHERE name = ? AND parent_area = ?"_s,
                                    {name, area});
            if (!id.isValid()) {
                db.exec(u"INSERT INTO unit (name, kind, parent_area) VALUES (?, ?, ?)"_s,
                        {name, u.value(u"kind"_s).toString(u"commune"_s), area});
                id = db.scalar(u"SELECT id FROM unit WHERE name = ? AND parent_area = ?"_s,
                               {name, area});
                for (const QJsonValue& a : u.value(u"aliases"_s).toArray())
                    db.exec(u"INSERT INTO unit_alias (unit_id, alias) VALUES (?, ?)"_s,
                            {id, a.toString()});
            }
            db.exec(u"INSERT INTO campaign_unit (campaign_id, unit_id, seq, population, quota) "
                    "VALUES (?, ?, ?, ?, ?)"_s,
                    {campaignId, id, u.value(u"no"_s).toInt(), adults, quota});
        }
        // (A file made at an older schema, for tests of upgrades, has no such table.)
        if (doc.contains(u"report"_s) && db.schemaVersion() >= 4)
            ReportSettingsStore::insert(
                db, campaignId, ReportSettings::fromJson(doc.value(u"report"_s).toObject()));
    });
    return campaignId;
}

void Seeder::addDemoTallies(Database& db, qint64 campaignId, quint32 seed)
{
    const CampaignData data = CampaignStore(db).load(campaignId);
    const TallyMatrix m = generateDemoTallies(data, seed);
    // Days after today have no counts yet (and the writer would refuse them).
    const QDate today = Clock::system().today();
    const int days = today.isValid()
                         ? std::clamp(int(data.campaign.start.daysTo(today)) + 1, 0, m.days())
                         : m.days();
    QVector<TallyChange> changes;
    for (int u = 0; u < m.units(); ++u)
        for (int d = 0; d < days; ++d)
            for (int p = 0; p < m.providers(); ++p)
                if (const auto v = m.value(u, d, p))
                    // Cells of a new campaign are empty: written together.
                    changes.push_back(TallyChange::expecting(
                        {data.units[u].id, data.campaign.start.addDays(d), data.providers[p].id},
                        *v, std::nullopt));
    TallyStore store(db, campaignId);
    // A large page cache while writing: spilling dirty pages mid-transaction
    // is slow (national demo).
    const qint64 cache = db.scalar(u"PRAGMA cache_size"_s).toLongLong();
    if (changes.size() > 10000)
        db.exec(u"PRAGMA cache_size = -262144"_s);
    db.writeTransaction(
        [&] { store.applyBulkInTransaction(changes, u"demo"_s, u"signtally demo"_s); });
    db.exec(u"PRAGMA cache_size = %1"_s.arg(cache));
}

std::unique_ptr<Database> Seeder::createSeeded(const QString& path, bool withDemo)
{
    std::unique_ptr<Database> db = Database::createNew(path);
    try {
        const qint64 id = seedCampaign(*db, defaultCampaign());
        if (withDemo)
            addDemoTallies(*db, id);
    } catch (...) {
        db.reset();
        QFile::remove(path);
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
        throw;
    }
    return db;
}

} // namespace signtally
