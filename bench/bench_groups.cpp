// With target groups (--groups N): group_progress_ms, every group's figures as
// of a date three quarters into the campaign (each unit's size, goal, count
// and % of goal, and the group's sums: ProgressEngine::groupProgress), median
// of several runs; group_load_ms, reading the groups' sizes, goals and
// tallies (CampaignStore::loadGroups, part of load_ms), best of three.
#include "Bench.h"
#include "core/ProgressEngine.h"
#include "storage/CampaignStore.h"
#include "storage/Database.h"

#include <cstdio>

namespace signtally::bench {
namespace {

void run(const BenchContext& ctx)
{
    if (ctx.groups == 0) {
        std::fprintf(stderr, "signtally-bench: groups: the campaign has no target groups "
                             "(--groups N)\n");
        return;
    }
    auto db = Database::openExisting(ctx.dbPath, Database::Access::ReadOnly);
    const CampaignStore store(*db);
    CampaignData data = store.loadDefault();
    report("group_load_ms", bestOfMs(3, [&] { store.loadGroups(data); }), "ms");
    const ProgressEngine engine(data);
    const QDate asOf = data.campaign.start.addDays(data.campaign.days() * 3 / 4);
    volatile qint64 sink = 0;
    report("group_progress_ms",
           median(timesMs(9,
                          [&] {
                              for (int g = 0; g < data.groups.size(); ++g)
                                  sink = sink + engine.groupProgress(g, asOf).cumulative;
                          })),
           "ms");
}

} // namespace
SIGNTALLY_BENCH(groups, 15, run);
} // namespace signtally::bench
