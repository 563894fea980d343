#include "storage/Seeder.h"

#include "core/CampaignFile.h"
#include "core/DemoTallies.h"
#include "storage/CampaignStore.h"
#include "storage/ReportSettingsStore.h"
#include "storage/SetupStore.h"
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

qint64 Seeder::seedCampaign(Database& db, const QJsonObject& doc, const QString& actor)
{
    CampaignFileContent content = CampaignFile::fromJson(doc);
    if (!content.problems.isEmpty())
        throw StorageError(
            StorageError::Kind::Rejected,
            tr("Tệp chiến dịch không dùng được: %1").arg(content.problems.mid(0, 5).join(u"; "_s)));
    CampaignSetup& setup = content.setup;
    setup.completeQuotas();
    qint64 campaignId = 0;
    db.writeTransaction([&] {
        campaignId =
            SetupStore::createInTransaction(db, setup, actor, u"tệp chiến dịch"_s, content.report);
    });
    return campaignId;
}

void Seeder::addDemoTallies(Database& db, qint64 campaignId, quint32 seed, int group)
{
    CampaignData data = CampaignStore(db).load(campaignId);
    const qint64 groupId =
        group < 0 ? CampaignStore(db).mainGroupId(campaignId) : data.groups.at(group).id;
    if (group >= 0)
        data = data.viewOfGroup(group); // the group's goals as quotas
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
    TallyStore store(db, campaignId, groupId);
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
