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
    const ProgressSnapshot sa = ProgressEngine(da).snapshot(da.campaign.end);
    const ProgressSnapshot sb = ProgressEngine(db).snapshot(db.campaign.end);
    EXPECT_EQ(sa.total.cumulative, sb.total.cumulative);
    // Some units ahead of quota, some behind, and some unit-days unreported.
    int ahead = 0, behind = 0, unreported = 0;
    for (const UnitProgress& u : sa.units) {
        ahead += u.percentOfTarget >= 100.0;
        behind += u.status == Status::Behind;
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
