// dashboard_ms, unit_page_ms, load_ms and sqlite_reference_ms.
#include "Bench.h"
#include "core/ProgressEngine.h"
#include "storage/CampaignStore.h"
#include "storage/Database.h"
#include "storage/TallyStore.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace signtally::bench {
namespace {

// Everything the dashboard shows for one "as of" date: the snapshot (every
// unit's figures, statuses, ranks and the totals), the cumulative series, and
// the daily totals per provider for the stacked chart.
qint64 dashboardFigures(const ProgressEngine& engine, QDate asOf)
{
    const ProgressSnapshot s = engine.snapshot(asOf);
    const QVector<qint64> cumulative = engine.cumulativeSeries(-1);
    const TallyMatrix& m = engine.data().tallies;
    qint64 check = s.total.cumulative + cumulative.last();
    for (int d = 0; d < m.days(); ++d)
        for (int p = 0; p < m.providers(); ++p)
            check += m.dayProviderTotal(d, p);
    return check;
}

void run(const BenchContext& ctx)
{
    auto db = Database::openExisting(ctx.dbPath, Database::Access::ReadOnly);
    CampaignStore store(*db);
    CampaignData data;
    report("load_ms", bestOfMs(3, [&] { data = store.loadDefault(); }), "ms");
    const ProgressEngine engine(data);
    const QDate asOf = data.campaign.start.addDays(data.campaign.days() * 3 / 4);

    volatile qint64 sink = 0;
    report("dashboard_ms", bestOfMs(5, [&] { sink = sink + dashboardFigures(engine, asOf); }),
           "ms");

    TallyStore tallies(*db, data.campaign.id);
    const int unit = int(data.units.size()) / 2;
    report("unit_page_ms",
           bestOfMs(5,
                    [&] {
                        const UnitProgress up = engine.unitProgress(unit, asOf);
                        const QVector<qint64> daily = engine.dailyTotals(unit);
                        const QVector<qint64> cum = engine.cumulativeSeries(unit);
                        const auto history = tallies.history(data.units[unit].id, asOf);
                        sink = sink + up.cumulative + daily.size() + cum.size() + history.size();
                    }),
           "ms");

    // The same per-unit cumulative totals from one hand-written query (a table
    // scan: SQLite's plan through tally_by_date is several times slower here).
    QSqlQuery q(db->connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT unit_id, SUM(count) FROM tally NOT INDEXED WHERE campaign_id = ? AND "
              u"group_id = ? AND "
              "tally_date <= ? GROUP BY unit_id"_s);
    const qint64 group = store.mainGroupId(data.campaign.id);
    report("sqlite_reference_ms",
           bestOfMs(5,
                    [&] {
                        q.addBindValue(data.campaign.id);
                        q.addBindValue(group);
                        q.addBindValue(asOf.toString(Qt::ISODate));
                        q.exec();
                        qint64 total = 0;
                        while (q.next())
                            total += q.value(1).toLongLong();
                        sink = sink + total;
                    }),
           "ms");
}

} // namespace
SIGNTALLY_BENCH(dashboard, 10, run);
} // namespace signtally::bench
