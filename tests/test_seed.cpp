#include "core/DemoTallies.h"
#include "core/ProgressEngine.h"
#include "storage/CampaignStore.h"
#include "storage/Seeder.h"
#include "support/TestSupport.h"

#include <gtest/gtest.h>

using namespace signtally;
using namespace Qt::StringLiterals;

TEST(Demo, TalliesAreDeterministicAndPlausible)
{
    test::TempDir dir;
    auto a = Seeder::createSeeded(dir.file(u"a.sqlite"_s), true);
    auto b = Seeder::createSeeded(dir.file(u"b.sqlite"_s), true);
    const CampaignData da = CampaignStore(*a).loadDefault();
    const CampaignData db = CampaignStore(*b).loadDefault();
    const FixedClock over(QDate(2025, 9, 1));
    const ProgressSnapshot sa = ProgressEngine(da, over).snapshot(da.campaign.end);
    const ProgressSnapshot sb = ProgressEngine(db, over).snapshot(db.campaign.end);
    EXPECT_EQ(sa.total.cumulative, sb.total.cumulative);
    // Some units meet their quota, some do not, and some unit-days are unreported.
    int ahead = 0, behind = 0, unreported = 0;
    for (const UnitProgress& u : sa.units) {
        ahead += u.status == Status::Met;
        behind += u.status == Status::NotMet;
    }
    for (int u = 0; u < da.tallies.units(); ++u)
        for (int d = 0; d < da.tallies.days(); ++d)
            unreported += !da.tallies.reported(u, d);
    EXPECT_GT(ahead, 3);
    EXPECT_GT(behind, 3);
    EXPECT_GT(unreported, 10);
    EXPECT_LT(unreported, 37 * 32 / 5);
    for (const UnitProgress& u : sa.units)
        EXPECT_LT(u.cumulative, da.units[u.unitIndex].adults);
    // Every audit row was written for the demo tallies.
    EXPECT_EQ(a->scalar(u"SELECT count(*) FROM tally"_s).toLongLong(),
              a->scalar(u"SELECT count(*) FROM tally_audit"_s).toLongLong());
}

// On a mid-drive day the demo shows every in-drive status, so the screens
// and the screenshots in the docs show the model at work.
TEST(Demo, EveryStatusAppearsMidDrive)
{
    test::TempDir dir;
    auto a = Seeder::createSeeded(dir.file(u"a.sqlite"_s), true);
    const CampaignData data = CampaignStore(*a).loadDefault();
    for (QDate day : {QDate(2025, 8, 12), QDate(2025, 8, 15)}) {
        const FixedClock clock(day);
        const ProgressSnapshot s = ProgressEngine(data, clock).snapshot(day);
        EXPECT_FALSE(s.over);
        for (Status st : {Status::OnTrack, Status::AtRisk, Status::Behind, Status::NoData})
            EXPECT_GE(s.count(st), 1)
                << day.toString(Qt::ISODate).toStdString() << " status " << int(st);
        EXPECT_EQ(s.count(Status::NoData), 1); // the late commune, not a wall of grey
        EXPECT_GE(s.onTrack, 8) << day.toString(Qt::ISODate).toStdString();
        EXPECT_GE(s.behind, 3) << day.toString(Qt::ISODate).toStdString();
    }
}
