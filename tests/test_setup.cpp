// Campaign set-ups as data (issue 15): the campaign file, the templates, and
// set-up changes audited in the chain and checked.

#include "core/CampaignFile.h"
#include "core/ProgressEngine.h"
#include "storage/CampaignStore.h"
#include "storage/Integrity.h"
#include "storage/Seeder.h"
#include "storage/SetupStore.h"
#include "storage/TallyStore.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlRecord>
#include <gtest/gtest.h>

using namespace signtally;
using namespace Qt::StringLiterals;

namespace {

using test::readTemplate;

// A second drive over the same 37 units: 2026, 40.000, quotas apportioned.
QJsonObject drive2026()
{
    QJsonObject doc = Seeder::defaultCampaign();
    QJsonObject c = doc[u"campaign"_s].toObject();
    c[u"code"_s] = u"tn-2026"_s;
    c[u"name"_s] = u"Đợt 2026"_s;
    c[u"start"_s] = u"2026-03-02"_s;
    c[u"end"_s] = u"2026-04-30"_s;
    c[u"goal"_s] = QJsonObject{{u"kind"_s, u"absolute"_s}, {u"value"_s, 40000}};
    doc[u"campaign"_s] = c;
    QJsonArray units = doc[u"units"_s].toArray();
    for (qsizetype i = 0; i < units.size(); ++i) {
        QJsonObject u = units[i].toObject();
        u.remove(u"quota"_s);
        units[i] = u;
    }
    doc[u"units"_s] = units;
    return doc;
}

qint64 tallySum(const TallyMatrix& m)
{
    qint64 total = 0;
    for (int u = 0; u < m.units(); ++u)
        for (int d = 0; d < m.days(); ++d)
            for (int p = 0; p < m.providers(); ++p)
                total += m.value(u, d, p).value_or(0);
    return total;
}

// Every row of the set-up and tally tables, to show that nothing changed.
QString dumpTables(const Database& db)
{
    QString out;
    for (const char* table :
         {"campaign", "unit", "unit_alias", "campaign_unit", "provider", "campaign_provider",
          "target_group", "unit_group_target", "tally", "audit_batch", "setup_audit"}) {
        QSqlQuery q = db.exec(u"SELECT * FROM %1 ORDER BY 1, 2"_s.arg(QLatin1String(table)));
        while (q.next())
            for (int c = 0; c < q.record().count(); ++c)
                out += q.value(c).toString() + u'|';
        out += u'\n';
    }
    return out;
}

} // namespace

TEST(CampaignFile, TheBuiltInCampaignRoundTripsThroughTheFileFormat)
{
    const CampaignFileContent first = CampaignFile::fromJson(Seeder::defaultCampaign());
    ASSERT_TRUE(first.problems.isEmpty()) << first.problems.join(u'\n').toStdString();
    EXPECT_EQ(first.setup.units.size(), 37);
    EXPECT_EQ(first.setup.goalCount(), 50000);
    const CampaignFileContent again =
        CampaignFile::fromJson(CampaignFile::toJson(first.setup, first.report));
    ASSERT_TRUE(again.problems.isEmpty());
    EXPECT_EQ(again.setup, first.setup);
    EXPECT_EQ(again.report, first.report);
}

TEST(CampaignFile, BadUnitsAreRefusedNamingTheRow)
{
    QJsonObject doc = Seeder::defaultCampaign();
    QJsonArray units = doc[u"units"_s].toArray();
    QJsonObject dup = units[4].toObject();
    dup[u"name"_s] = units[1].toObject()[u"name"_s];
    units[4] = dup;
    QJsonObject negative = units[9].toObject();
    negative[u"adults"_s] = -5;
    units[9] = negative;
    doc[u"units"_s] = units;
    QStringList problems = CampaignFile::fromJson(doc).problems;
    EXPECT_TRUE(problems.join(u'\n').contains(u"dòng 5"_s) &&
                problems.join(u'\n').contains(u"trùng với đơn vị dòng 2"_s))
        << problems.join(u'\n').toStdString();
    EXPECT_TRUE(problems.join(u'\n').contains(u"dòng 10 (Xã Phong Quang): dân số âm (-5)"_s))
        << problems.join(u'\n').toStdString();

    QJsonObject kind = units[2].toObject();
    kind[u"kind"_s] = u"village"_s;
    units[2] = kind;
    doc[u"units"_s] = units;
    problems = CampaignFile::fromJson(doc).problems;
    EXPECT_TRUE(problems.join(u'\n').contains(u"units[2] (Xã Phúc Lộc): loại “village”"_s))
        << problems.join(u'\n').toStdString();
}

TEST(CampaignFile, TheMyHaoTemplateNeedsPopulationsThenApportions65Percent)
{
    CampaignFileContent t = readTemplate(u"my-hao-2023"_s);
    ASSERT_TRUE(t.problems.isEmpty()) << t.problems.join(u'\n').toStdString();
    CampaignSetup& s = t.setup;
    EXPECT_EQ(s.units.size(), 13);
    EXPECT_EQ(s.groups.size(), 6);
    EXPECT_EQ(s.units.front().name, u"Phường Bần Yên Nhân"_s);
    EXPECT_EQ(s.units.back().name, u"Xã Hưng Long"_s);
    EXPECT_EQ(s.campaign.goalKind, GoalKind::PercentOfPopulation);
    EXPECT_EQ(s.campaign.goalValue, 6500);
    ASSERT_EQ(s.missingFigures().size(), 13);
    EXPECT_EQ(s.missingFigures()[3], u"Phường Dị Sử (dòng 4)"_s);

    // Nothing is created while a population is missing, and it says which.
    test::TempDir dir;
    auto db = Database::createNew(dir.file(u"mh.sqlite"_s));
    try {
        db->writeTransaction([&] { SetupStore::createInTransaction(*db, s, u"lan"_s, {}); });
        ADD_FAILURE() << "created without populations";
    } catch (const StorageError& e) {
        EXPECT_TRUE(
            e.message().contains(u"chưa có dân số của 13 đơn vị: Phường Bần Yên Nhân (dòng 1), "_s))
            << e.message().toStdString();
    }
    EXPECT_EQ(db->scalar(u"SELECT count(*) FROM campaign"_s).toInt(), 0);

    // 13 units of 10.000 … 22.000 people: 65 % of 208.000 = 135.200,
    // apportioned in proportion (largest remainder) and adding up exactly.
    for (int i = 0; i < s.units.size(); ++i)
        s.units[i].population = 10000 + 1000 * i;
    EXPECT_EQ(s.totalPopulation(), 208000);
    EXPECT_EQ(s.goalCount(), 135200);
    s.completeQuotas();
    qint64 sum = 0;
    for (const SetupUnit& u : s.units)
        sum += *u.quota;
    EXPECT_EQ(sum, 135200);
    EXPECT_EQ(*s.units[0].quota, 6500);   // 10.000 × 0,65
    EXPECT_EQ(*s.units[12].quota, 14300); // 22.000 × 0,65
    qint64 id = 0;
    db->writeTransaction([&] { id = SetupStore::createInTransaction(*db, s, u"lan"_s, {}); });
    const CampaignSetup stored = SetupStore(*db).load(id);
    EXPECT_EQ(stored.units.size(), 13);
    EXPECT_EQ(stored.groups.size(), 6);
    EXPECT_EQ(stored.groups[1].goalPercentBp, 10000);
    EXPECT_TRUE(Integrity::check(*db).ok())
        << Integrity::check(*db).problems.join(u'\n').toStdString();
}

TEST(Setup, TwoCampaignsShareUnitsButNeverTallies)
{
    test::TempDir dir;
    auto db = Seeder::createSeeded(dir.file(u"two.sqlite"_s), false);
    const qint64 first = CampaignStore(*db).campaigns().front().id;
    const qint64 second = Seeder::seedCampaign(*db, drive2026(), u"lan"_s);
    const CampaignSetup a = SetupStore(*db).load(first);
    const CampaignSetup b = SetupStore(*db).load(second);
    // The same unit, with each campaign's own quota (40.000 apportioned anew).
    EXPECT_EQ(a.units[0].id, b.units[0].id);
    EXPECT_EQ(a.units[0].quota, 1605);
    EXPECT_EQ(b.units[0].quota, 1284); // 40.000 × 8.912 / 277.566, largest remainder
    qint64 sum = 0;
    for (const SetupUnit& u : b.units)
        sum += *u.quota;
    EXPECT_EQ(sum, 40000);

    TallyStore(*db, first)
        .apply({{{a.units[0].id, QDate(2025, 7, 28), a.providers[0].id}, 11}}, u"lan"_s);
    TallyStore(*db, second)
        .apply({{{b.units[0].id, QDate(2026, 3, 2), b.providers[0].id}, 22}}, u"lan"_s);
    const CampaignData da = CampaignStore(*db).load(first);
    const CampaignData dbb = CampaignStore(*db).load(second);
    EXPECT_EQ(da.tallies.value(0, 0, 0), 11);
    EXPECT_EQ(dbb.tallies.value(0, 0, 0), 22);
    EXPECT_EQ(tallySum(da.tallies), 11);
    EXPECT_EQ(tallySum(dbb.tallies), 22);
    EXPECT_TRUE(Integrity::check(*db).ok())
        << Integrity::check(*db).problems.join(u'\n').toStdString();
}

TEST(Setup, AChangeIsAuditedInTheChainAndShownInTheHistory)
{
    test::TempDir dir;
    auto db = Seeder::createSeeded(dir.file(u"edit.sqlite"_s), false);
    const qint64 id = CampaignStore(*db).campaigns().front().id;
    const QString headBefore = Integrity::check(*db).latestHash;
    CampaignSetup s = SetupStore(*db).load(id);
    s.units[0].quota = 1700;
    s.units[0].quotaManual = true;
    s.campaign.end = QDate(2025, 8, 31);
    QStringList changed;
    db->writeTransaction(
        [&] { changed = SetupStore::updateInTransaction(*db, s, u"minh"_s, u"sửa tay"_s); });
    EXPECT_TRUE(changed.contains(u"Xã Ba Bể: chỉ tiêu"_s)) << changed.join(u'\n').toStdString();
    EXPECT_TRUE(changed.contains(u"Đợt: ngày kết thúc"_s));
    EXPECT_EQ(changed.size(), 3); // the quota, its "by hand" mark, the end date

    const IntegrityReport r = Integrity::check(*db);
    EXPECT_TRUE(r.ok()) << r.problems.join(u'\n').toStdString();
    EXPECT_NE(r.latestHash, headBefore); // the chain moved on
    const QVector<SetupAuditEntry> h = SetupStore(*db).history(id);
    ASSERT_GE(h.size(), 3);
    const auto quota = std::find_if(h.cbegin(), h.cend(), [&](const SetupAuditEntry& e) {
        return e.item == u"unit.%1.quota"_s.arg(s.units[0].id);
    });
    ASSERT_NE(quota, h.cend());
    EXPECT_EQ(quota->actor, u"minh"_s);
    EXPECT_EQ(quota->oldValue, u"1605"_s);
    EXPECT_EQ(quota->newValue, u"1700"_s);
    EXPECT_EQ(SetupStore(*db).load(id), s);

    // Nothing changed: nothing written.
    const qint64 batches = db->scalar(u"SELECT count(*) FROM audit_batch"_s).toLongLong();
    db->writeTransaction([&] { changed = SetupStore::updateInTransaction(*db, s, u"minh"_s, {}); });
    EXPECT_TRUE(changed.isEmpty());
    EXPECT_EQ(db->scalar(u"SELECT count(*) FROM audit_batch"_s).toLongLong(), batches);
}

TEST(Setup, AQuotaChangedWithPlainSqlFailsTheCheckNamingIt)
{
    test::TempDir dir;
    auto db = Seeder::createSeeded(dir.file(u"sql.sqlite"_s), false);
    db->exec(u"UPDATE campaign_unit SET quota = quota + 100 WHERE unit_id = "
             "(SELECT id FROM unit WHERE name = 'Xã Na Rì')"_s);
    const IntegrityReport r = Integrity::check(*db);
    EXPECT_FALSE(r.setupMatchesAudit);
    EXPECT_TRUE(r.auditChainOk);
    EXPECT_TRUE(r.problems.join(u' ').contains(
        u"Xã Na Rì: chỉ tiêu: dữ liệu là “1.694”, nhật ký thiết lập ghi “1.594”"_s))
        << r.problems.join(u'\n').toStdString();

    // A changed goal too.
    auto db2 = Seeder::createSeeded(dir.file(u"goal.sqlite"_s), false);
    db2->exec(u"UPDATE campaign SET goal_value = 40000"_s);
    EXPECT_TRUE(Integrity::check(*db2).problems.join(u' ').contains(u"Đợt: mục tiêu"_s));
    // The set-up log is append-only.
    EXPECT_THROW(db2->exec(u"UPDATE setup_audit SET new_value = '40000'"_s), StorageError);
    EXPECT_THROW(db2->exec(u"DELETE FROM setup_audit"_s), StorageError);
}

TEST(Setup, AUnitWithTalliesCannotBeRemovedOnlyHidden)
{
    test::TempDir dir;
    auto db = Seeder::createSeeded(dir.file(u"rm.sqlite"_s), false);
    const qint64 id = CampaignStore(*db).campaigns().front().id;
    CampaignSetup s = SetupStore(*db).load(id);
    TallyStore(*db, id).apply({{{s.units[3].id, QDate(2025, 7, 28), s.providers[0].id}, 5}},
                              u"lan"_s);
    const QString before = dumpTables(*db);
    CampaignSetup removed = s;
    removed.units.removeAt(3);
    removed.apportionQuotas();
    try {
        db->writeTransaction([&] { SetupStore::updateInTransaction(*db, removed, u"lan"_s, {}); });
        ADD_FAILURE() << "removed a unit with tallies";
    } catch (const StorageError& e) {
        EXPECT_TRUE(e.message().contains(s.units[3].name)) << e.message().toStdString();
        EXPECT_TRUE(e.message().contains(u"ẩn"_s));
    }
    EXPECT_EQ(dumpTables(*db), before);

    s.units[3].hidden = true;
    db->writeTransaction([&] { SetupStore::updateInTransaction(*db, s, u"lan"_s, {}); });
    EXPECT_TRUE(SetupStore(*db).load(id).units[3].hidden);
    // A unit without tallies goes.
    CampaignSetup without = SetupStore(*db).load(id);
    without.units.removeAt(5);
    db->writeTransaction([&] { SetupStore::updateInTransaction(*db, without, u"lan"_s, {}); });
    EXPECT_EQ(SetupStore(*db).load(id).units.size(), 36);
    EXPECT_TRUE(Integrity::check(*db).ok())
        << Integrity::check(*db).problems.join(u'\n').toStdString();
}

TEST(Setup, TheMyHaoTemplatesGroupsGiveHandComputedFigures)
{
    CampaignFileContent t = readTemplate(u"my-hao-2023"_s);
    CampaignSetup& s = t.setup;
    // Officials known in two wards, high-school students at 65 %.
    test::fillMyHaoExample(s);
    test::TempDir dir;
    auto db = Database::createNew(dir.file(u"groups.sqlite"_s));
    qint64 id = 0;
    db->writeTransaction([&] { id = SetupStore::createInTransaction(*db, s, u"lan"_s, {}); });

    CampaignData data = CampaignStore(*db).load(id);
    ASSERT_EQ(data.groups.size(), 5); // the five groups besides the whole population
    const GroupData& officials = data.groups[0];
    const QDate d1 = data.campaign.start, d2 = d1.addDays(1), d3 = d1.addDays(2);
    const FixedClock later(d1.addDays(30));
    TallyStore store(*db, id, officials.id, later);
    store.apply({{{data.units[0].id, d1, data.providers[0].id}, 30},
                 {{data.units[0].id, d2, data.providers[0].id}, 45},
                 {{data.units[1].id, d1, data.providers[1].id}, 17},
                 {{data.units[1].id, d3, data.providers[1].id}, 9}},
                u"lan"_s);
    TallyStore(*db, id, data.groups[1].id, later)
        .apply({{{data.units[0].id, d1, data.providers[2].id}, 33}}, u"lan"_s);
    data = CampaignStore(*db).load(id);
    // The whole population's tallies are apart: nothing was counted there.
    const ProgressEngine engine(data, later);
    EXPECT_EQ(engine.snapshot(d2).total.cumulative, 0);

    // As of the second day, by hand:
    //   Bần Yên Nhân: 30 + 45 = 75 of 120 → 62,5 %;
    //   Phan Đình Phùng: 17 of 85 (the 9 on day 3 is later) → 20 %;
    //   the group: 92 of 205 (11 units without a size: no goal) → 44,878… %.
    const GroupProgress g = engine.groupProgress(0, d2);
    EXPECT_EQ(g.code, u"officials"_s);
    EXPECT_EQ(g.units[0].goal, 120);
    EXPECT_EQ(g.units[0].cumulative, 75);
    EXPECT_DOUBLE_EQ(*g.units[0].percentOfGoal, 62.5);
    EXPECT_EQ(g.units[1].cumulative, 17);
    EXPECT_DOUBLE_EQ(*g.units[1].percentOfGoal, 20.0);
    EXPECT_EQ(g.units[2].size, std::nullopt);
    EXPECT_EQ(g.units[2].goal, std::nullopt);
    EXPECT_EQ(g.size, 205);
    EXPECT_EQ(g.goal, 205);
    EXPECT_EQ(g.cumulative, 92);
    EXPECT_EQ(g.unitsWithoutGoal, 11);
    EXPECT_NEAR(*g.percentOfGoal, 100.0 * 92 / 205, 1e-9);
    EXPECT_EQ(engine.groupProgress(0, d3).cumulative, 101);

    const GroupProgress hs = engine.groupProgress(1, d2);
    EXPECT_EQ(hs.units[0].goal, 66);
    EXPECT_EQ(hs.cumulative, 33);
    EXPECT_NEAR(*hs.percentOfGoal, 50.0, 1e-9);
    EXPECT_TRUE(Integrity::check(*db).ok())
        << Integrity::check(*db).problems.join(u'\n').toStdString();
}
