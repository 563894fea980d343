// apportion_ms: the campaign's goal split among all its units by population
// (largest remainder, apportionQuotas); setup_apportion_ms: the same through
// the set-up (CampaignSetup::apportionQuotas, what the set-up editor and a
// copied campaign do, every unit's quota apportioned). Medians of 21 runs.
#include "Bench.h"
#include "core/CampaignSetup.h"
#include "core/QuotaApportionment.h"
#include "storage/CampaignStore.h"
#include "storage/SetupStore.h"

namespace signtally::bench {
namespace {

void run(const BenchContext& ctx)
{
    auto db = Database::openExisting(ctx.dbPath, Database::Access::ReadOnly);
    CampaignSetup setup = SetupStore(*db).load(CampaignStore(*db).defaultCampaignId());
    QVector<qint64> populations;
    for (const SetupUnit& u : setup.units)
        populations << u.population.value_or(0);
    const qint64 goal = setup.goalCount();
    volatile qint64 sink = 0;
    report("apportion_ms",
           median(timesMs(21, [&] { sink = sink + apportionQuotas(goal, populations).last(); })),
           "ms");
    // No quota typed by hand: each run apportions every unit's.
    for (SetupUnit& u : setup.units)
        u.quotaManual = false;
    report("setup_apportion_ms",
           median(timesMs(21, [&] { sink = sink + setup.apportionQuotas().size(); })), "ms");
}

} // namespace
SIGNTALLY_BENCH(apportion, 65, run);
} // namespace signtally::bench
