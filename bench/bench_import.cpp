// import_rows_per_s: a 1.000.000-row long-form CSV (unit, date, provider,
// count) for the synthetic campaign's units, days and providers, imported into
// a fresh copy of the campaign with no tallies: read, decode, parse, match,
// plan and write (one audited row per change, hash chain) in one transaction.
#include "Bench.h"
#include "ImportBench.h"
#include "SyntheticCampaign.h"
#include "import/ImportApplier.h"
#include "import/ImportPlanner.h"
#include "storage/CampaignStore.h"
#include "storage/Database.h"
#include "storage/Integrity.h"

#include <QDir>
#include <QElapsedTimer>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace signtally::bench {
namespace {

constexpr qint64 Rows = 1'000'000;

void run(const BenchContext& ctx)
{
    const QString dbPath = QDir(ctx.workDir).filePath(u"import.sqlite"_s);
    generateSyntheticCampaign(dbPath, ctx.units, ctx.days, ctx.providers, ctx.seed, false,
                              ctx.groups);
    auto db = Database::openExisting(dbPath);
    benchImport(*db, CampaignStore(*db).loadDefault(), ctx.workDir, "");
}

} // namespace

void benchImport(Storage& db, const CampaignData& data, const QString& workDir, const char* prefix,
                 const std::function<double()>& serverCpu)
{
    // The file, as a provider's export would look.
    const QString csvPath = QDir(workDir).filePath(u"import-1m.csv"_s);
    if (const qint64 written = writeImportCsv(data, csvPath, Rows); written < Rows)
        std::fprintf(stderr, "bench_import: the campaign has only %lld cells\n",
                     static_cast<long long>(written));
    auto cpuNow = [&] { return cpuSeconds() + (serverCpu ? serverCpu() : 0.0); };

    QElapsedTimer total;
    total.start();
    const double cpuStart = cpuNow();
    ImportPlanner planner(data);
    planner.addFile(csvPath);
    const ImportPlan plan = planner.finish();
    const double planMs = total.nsecsElapsed() / 1e6;
    const double planCpu = cpuNow() - cpuStart;
    if (plan.hasErrors() || plan.added.size() == 0) {
        std::fprintf(stderr, "bench_import: unexpected plan (%d errors)\n", plan.errorCount());
        return;
    }
    ImportApplier applier(db, data);
    // As `signtally import` names the writer: a server refuses a change set
    // naming anyone but the login writing it.
    const ImportOutcome outcome = applier.apply(plan, false, db.actor());
    const double seconds = total.nsecsElapsed() / 1e9;
    const double cpu = cpuNow() - cpuStart;
    // What `signtally check` then does with the data: every change set's hash
    // and every tally against the audit.
    QElapsedTimer checkTimer;
    checkTimer.start();
    const IntegrityReport check = Integrity::check(db);
    const double checkSeconds = checkTimer.nsecsElapsed() / 1e9;
    if (!check.ok())
        std::fprintf(stderr, "bench_import: the check found problems after the import\n");
    const auto put = [&](const char* figure, double value, const char* unit) {
        report(QByteArray(QByteArray(prefix) + figure).constData(), value, unit);
    };
    put("import_plan_ms", planMs, "ms");
    put("import_plan_cpu_ms", planCpu * 1000, "ms");
    put("import_apply_cpu_ms", (cpu - planCpu) * 1000, "ms");
    put("import_apply_ms", seconds * 1000 - planMs, "ms");
    put("import_rows", double(outcome.result.added), "rows");
    put("import_rows_per_s", double(plan.added.size()) / seconds, "rows/s");
    put("import_cpu_rows_per_s", double(plan.added.size()) / cpu, "rows/s");
    put("check_s", checkSeconds, "s");
}

SIGNTALLY_BENCH(import, 30, run);
} // namespace signtally::bench
