// setup_edit_ms: one quota changed in the set-up editor or with `signtally
// campaign edit` (the whole set-up compared before and after, the changed
// items audited), at national size. campaign_copy_ms: a new campaign as a copy
// of that one (units, populations, providers; quotas apportioned anew), its
// whole set-up written and audited as its first change set.
#include "Bench.h"
#include "SyntheticCampaign.h"
#include "core/CampaignSetup.h"
#include "storage/CampaignStore.h"
#include "storage/SetupStore.h"

using namespace Qt::StringLiterals;

namespace signtally::bench {
namespace {

void run(const BenchContext& ctx)
{
    auto db = openCopy(ctx, u"setup.sqlite"_s);
    const qint64 id = CampaignStore(*db).defaultCampaignId();
    CampaignSetup setup = SetupStore(*db).load(id);
    int round = 0;
    report("setup_edit_ms",
           bestOfMs(5,
                    [&] {
                        setup.units[round % setup.units.size()].quota =
                            *setup.units[round % setup.units.size()].quota + 1;
                        setup.units[round % setup.units.size()].quotaManual = true;
                        ++round;
                        db->writeTransaction(
                            [&] { SetupStore::updateInTransaction(*db, setup, u"bench"_s, {}); });
                    }),
           "ms");
    report("campaign_copy_ms",
           bestOfMs(3,
                    [&] {
                        const CampaignSetup copy = copyOfSetup(setup, u"copy-%1"_s.arg(round++));
                        db->writeTransaction(
                            [&] { SetupStore::createInTransaction(*db, copy, u"bench"_s, {}); });
                    }),
           "ms");
}

SIGNTALLY_BENCH(setup, 70, run);

} // namespace
} // namespace signtally::bench
