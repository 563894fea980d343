#include "storage/CampaignStore.h"
#include "storage/Database.h"
#include "storage/Integrity.h"
#include "storage/Schema.h"
#include "storage/Seeder.h"
#include "storage/TallyStore.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtEndian>
#include <gtest/gtest.h>

using namespace signtally;
using namespace Qt::StringLiterals;

namespace {

QString dumpAll(const Database& db)
{
    QString out;
    for (
        const QString& sql :
        {u"SELECT unit_id, tally_date, provider_id, group_id, count, revision FROM tally ORDER BY 1, 2, 3, 4"_s,
         u"SELECT id, changed_at, actor, action, unit_id, tally_date, provider_id, old_count, "
         u"new_count, source, "
         "row_hash FROM tally_audit ORDER BY id"_s,
         u"SELECT campaign_id, unit_id, seq, population, quota FROM campaign_unit ORDER BY 1, 2"_s,
         u"SELECT id, name, kind FROM unit ORDER BY id"_s,
         u"SELECT unit_id, alias FROM unit_alias ORDER BY 1, 2"_s,
         u"SELECT campaign_id, week, reason FROM week_lock ORDER BY 1, 2"_s}) {
        QSqlQuery q = db.exec(sql);
        while (q.next()) {
            QStringList row;
            for (int c = 0; c < q.record().count(); ++c)
                row << q.value(c).toString();
            out += row.join(u'|') + u'\n';
        }
    }
    return out;
}

} // namespace

TEST(Migration, AFileMadeBySchemaOneIsUpgradedWithABackupAndEveryValueSurvives)
{
    ASSERT_GE(SqlDialect::latestVersion(), 2);
    test::TempDir dir;
    const QString path = dir.file(u"old.sqlite"_s);
    QString before;
    {
        auto v1 = Database::createNew(path, 1);
        EXPECT_EQ(v1->schemaVersion(), 1);
        const qint64 campaign = Seeder::seedCampaign(*v1, Seeder::defaultCampaign());
        TallyStore store(*v1, campaign);
        const QVariant unit = v1->scalar(u"SELECT unit_id FROM campaign_unit WHERE seq = 28"_s);
        const QVariant provider = v1->scalar(u"SELECT id FROM provider WHERE code = 'viettel'"_s);
        QVector<TallyChange> changes;
        for (int d = 0; d < 10; ++d)
            changes.push_back(
                {{unit.toLongLong(), QDate(2025, 7, 28).addDays(d), provider.toLongLong()},
                 d * 11});
        store.apply(changes, u"lan"_s, u"keyed"_s);
        store.apply(
            {{{unit.toLongLong(), QDate(2025, 7, 30), provider.toLongLong()}, std::nullopt}},
            u"minh"_s);
        store.lockWeek(1, u"lan"_s, u"Báo cáo tuần 1 đã gửi"_s);
        before = dumpAll(*v1);
    }

    auto db = Database::openExisting(path);
    EXPECT_EQ(db->schemaVersion(), SqlDialect::latestVersion());
    EXPECT_EQ(dumpAll(*db), before);
    EXPECT_TRUE(Integrity::check(*db).ok());
    const CampaignData data = CampaignStore(*db).loadDefault();
    EXPECT_EQ(data.campaign.thresholds, (StatusThresholds{95, 80}));
    EXPECT_EQ(data.units[27].name, u"Thượng Quan"_s);
    EXPECT_EQ(data.tallies.value(27, 9, 0), 99);
    EXPECT_EQ(data.tallies.value(27, 2, 0), std::nullopt);

    // The file as it was before the upgrade is kept beside it.
    const QString backup = path + u".v1.bak"_s;
    ASSERT_TRUE(QFile::exists(backup));
    QFile f(backup);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray header = f.read(100);
    EXPECT_EQ(qFromBigEndian<quint32>(header.constData() + 60), 1u); // user_version
    f.close();
    // (An old file is only opened to be upgraded: open a copy of the backup.)
    ASSERT_TRUE(QFile::copy(backup, dir.file(u"restored.sqlite"_s)));
    auto old = Database::openExisting(dir.file(u"restored.sqlite"_s));
    EXPECT_EQ(dumpAll(*old), before);
}

TEST(Migration, ThresholdsAreSavedPerCampaignAndValidated)
{
    test::TempDir dir;
    const QString path = dir.file(u"t.sqlite"_s);
    {
        auto db = Seeder::createSeeded(path, false);
        const qint64 id = CampaignStore(*db).defaultCampaignId();
        CampaignStore::saveThresholds(*db, id, {100, 90});
        EXPECT_THROW(CampaignStore::saveThresholds(*db, id, {70, 90}), StorageError);
    }
    auto db = Database::openExisting(path);
    EXPECT_EQ(CampaignStore(*db).loadDefault().campaign.thresholds, (StatusThresholds{100, 90}));
}
