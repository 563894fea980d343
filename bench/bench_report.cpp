// report_load_s, report_pdf_s, report_xlsx_s, report_pdf_pages (the generated
// campaign, every unit) and report_pdf_37_s (the real 37-unit demo campaign's
// weekly PDF, from opening the file).
#include "Bench.h"
#include "core/ProgressEngine.h"
#include "report/ReportDocument.h"
#include "report/ReportExport.h"
#include "storage/CampaignStore.h"
#include "storage/Database.h"
#include "storage/Seeder.h"
#include "storage/TallyStore.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace signtally::bench {
namespace {

// Building the report from the engine, laying it out, rendering it and
// writing it through QSaveFile: what `signtally report` does once the
// campaign is loaded (loading is report_load_s).
double writeReport(const CampaignData& data, const QString& auditHash, int week,
                   ReportFormat format, const QString& out, int runs)
{
    return bestOfMs(runs,
                    [&] {
                        const ProgressEngine engine(data);
                        ReportOptions options;
                        options.auditHash = auditHash;
                        ReportExport::write(ReportBuilder::buildWeek(engine, week, options), format,
                                            out);
                    }) /
           1000.0;
}

void run(const BenchContext& ctx)
{
    const QDir dir(ctx.workDir);
    auto db = Database::openExisting(ctx.dbPath, Database::Access::ReadOnly);
    CampaignData data;
    report("report_load_s", bestOfMs(1, [&] { data = CampaignStore(*db).loadDefault(); }) / 1000.0,
           "s");
    const QString hash = TallyStore(*db, data.campaign.id).latestAuditHash();
    // A week three quarters into the campaign, as for the dashboard figures.
    const int week = (ctx.days * 3 / 4) / 7 + 1;
    report("report_pdf_s",
           writeReport(data, hash, week, ReportFormat::Pdf, dir.filePath(u"report.pdf"_s), 3), "s");
    report("report_xlsx_s",
           writeReport(data, hash, week, ReportFormat::Xlsx, dir.filePath(u"report.xlsx"_s), 3),
           "s");
    report("report_pdf_pages",
           ReportDocument(ReportBuilder::buildWeek(ProgressEngine(data), week, {})).pageCount(),
           "pages");

    // The real campaign: 37 units, the demo tallies, week 2; from opening the
    // file to the PDF on disk.
    const QString demo = dir.filePath(u"demo-37.sqlite"_s);
    Seeder::createSeeded(demo, true);
    report("report_pdf_37_s",
           bestOfMs(5,
                    [&] {
                        auto demoDb = Database::openExisting(demo, Database::Access::ReadOnly);
                        const CampaignData d = CampaignStore(*demoDb).loadDefault();
                        const QString h = TallyStore(*demoDb, d.campaign.id).latestAuditHash();
                        writeReport(d, h, 2, ReportFormat::Pdf, dir.filePath(u"week2.pdf"_s), 1);
                    }) /
               1000.0,
           "s");
}

} // namespace
SIGNTALLY_BENCH(report, 50, run);
} // namespace signtally::bench
