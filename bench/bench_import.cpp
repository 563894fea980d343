// import_rows_per_s: a 1.000.000-row long-form CSV (unit, date, provider,
// count) for the synthetic campaign's units, days and providers, imported into
// a fresh copy of the campaign with no tallies: read, decode, parse, match,
// plan and write (one audited row per change, hash chain) in one transaction.
#include "Bench.h"
#include "SyntheticCampaign.h"
#include "core/VnFormat.h"
#include "import/ImportApplier.h"
#include "import/ImportPlanner.h"
#include "storage/CampaignStore.h"
#include "storage/Database.h"
#include "storage/Integrity.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace signtally::bench {
namespace {

constexpr qint64 Rows = 1'000'000;

// CPU seconds of this process, all threads: the machine may be shared, so
// the figure without waiting for a core is reported too. (std::clock is
// process CPU time on Linux and macOS; on Windows it is wall time.)
double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

void run(const BenchContext& ctx)
{
    const QString dbPath = QDir(ctx.workDir).filePath(u"import.sqlite"_s);
    generateSyntheticCampaign(dbPath, ctx.units, ctx.days, ctx.providers, ctx.seed, false,
                              ctx.groups);
    auto db = Database::openExisting(dbPath);
    const CampaignData data = CampaignStore(*db).loadDefault();

    // The file, as a provider's export would look.
    const QString csvPath = QDir(ctx.workDir).filePath(u"import-1m.csv"_s);
    {
        QFile f(csvPath);
        if (!f.open(QIODevice::WriteOnly))
            return;
        QByteArray out = "Xã/Phường,Ngày,Nhà mạng,Số lượng\r\n";
        QVector<QByteArray> units, dates, providers;
        for (const Unit& u : data.units)
            units << u.name.toUtf8();
        for (int d = 0; d < data.campaign.days(); ++d)
            dates << Format().date(data.campaign.start.addDays(d)).toUtf8();
        for (const Provider& p : data.providers)
            providers << p.name.toUtf8();
        qint64 written = 0;
        for (int u = 0; u < units.size() && written < Rows; ++u)
            for (int d = 0; d < dates.size() && written < Rows; ++d)
                for (int p = 0; p < providers.size() && written < Rows; ++p, ++written) {
                    out += units[u] + ',' + dates[d] + ',' + providers[p] + ',' +
                           QByteArray::number((u * 7 + d * 3 + p) % 250) + "\r\n";
                    if (out.size() > (1 << 22)) {
                        f.write(out);
                        out.clear();
                    }
                }
        f.write(out);
        if (written < Rows)
            std::fprintf(stderr, "bench_import: the campaign has only %lld cells\n",
                         static_cast<long long>(written));
    }

    QElapsedTimer total;
    total.start();
    const double cpuStart = cpuSeconds();
    ImportPlanner planner(data);
    planner.addFile(csvPath);
    const ImportPlan plan = planner.finish();
    const double planMs = total.nsecsElapsed() / 1e6;
    const double planCpu = cpuSeconds() - cpuStart;
    if (plan.hasErrors() || plan.added.size() == 0) {
        std::fprintf(stderr, "bench_import: unexpected plan (%d errors)\n", plan.errorCount());
        return;
    }
    ImportApplier applier(*db, data);
    const ImportOutcome outcome = applier.apply(plan, false, u"bench"_s);
    const double seconds = total.nsecsElapsed() / 1e9;
    const double cpu = cpuSeconds() - cpuStart;
    // What `signtally check` then does with the file: every change set's hash
    // and every tally against the audit.
    QElapsedTimer checkTimer;
    checkTimer.start();
    const IntegrityReport check = Integrity::check(*db);
    const double checkSeconds = checkTimer.nsecsElapsed() / 1e9;
    if (!check.ok())
        std::fprintf(stderr, "bench_import: the check found problems after the import\n");
    report("import_plan_ms", planMs, "ms");
    report("import_plan_cpu_ms", planCpu * 1000, "ms");
    report("import_apply_cpu_ms", (cpu - planCpu) * 1000, "ms");
    report("import_apply_ms", seconds * 1000 - planMs, "ms");
    report("import_rows", double(outcome.result.added), "rows");
    report("import_rows_per_s", double(plan.added.size()) / seconds, "rows/s");
    report("import_cpu_rows_per_s", double(plan.added.size()) / cpu, "rows/s");
    report("check_s", checkSeconds, "s");
}

} // namespace
SIGNTALLY_BENCH(import, 30, run);
} // namespace signtally::bench
