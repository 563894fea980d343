#include "report/ReportCommand.h"

#include "cli/Cli.h"
#include "core/Clock.h"
#include "core/VnFormat.h"
#include "report/ReportExport.h"
#include "storage/CampaignStore.h"
#include "storage/Integrity.h"
#include "storage/TallyStore.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {

class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
public:
    static int run(CommandContext& ctx)
    {
        QCommandLineParser parser;
        CommandContext::addDbOption(parser);
        parser.addOption({u"week"_s, tr("Tuần của đợt (tuần 1 bắt đầu từ ngày đầu đợt)."), u"N"_s});
        parser.addOption({u"from"_s, tr("Ngày đầu của kỳ báo cáo."), u"DATE"_s});
        parser.addOption({u"to"_s, tr("Ngày cuối của kỳ báo cáo."), u"DATE"_s});
        parser.addOption(
            {u"out"_s, tr("Tệp để ghi: .pdf, .xlsx hoặc .csv (theo phần mở rộng)."), u"FILE"_s});
        ctx.parse(parser);

        const bool byWeek = parser.isSet(u"week"_s);
        const bool byRange = parser.isSet(u"from"_s) || parser.isSet(u"to"_s);
        if (byWeek == byRange)
            throw CommandError(
                ExitUsage, tr("Chọn kỳ báo cáo bằng --week N hoặc bằng --from DATE --to DATE."));
        if (byRange && !(parser.isSet(u"from"_s) && parser.isSet(u"to"_s)))
            throw CommandError(ExitUsage, tr("Khoảng ngày cần cả --from và --to."));
        if (!parser.isSet(u"out"_s) || parser.value(u"out"_s).isEmpty())
            throw CommandError(ExitUsage, tr("Cần --out FILE (.pdf, .xlsx hoặc .csv)."));
        const QString out = parser.value(u"out"_s);
        const auto format = ReportExport::formatForPath(out);
        if (!format)
            throw CommandError(ExitUsage,
                               tr("Không biết ghi tệp \"%1\": phần mở rộng phải là .pdf, .xlsx "
                                  "hoặc .csv.")
                                   .arg(out));
        int week = 0;
        QDate from, to;
        if (byWeek) {
            bool ok = false;
            week = parser.value(u"week"_s).toInt(&ok);
            if (!ok)
                throw CommandError(ExitBadInput, tr("--week phải là một số tuần, không phải "
                                                    "\"%1\".")
                                                     .arg(parser.value(u"week"_s)));
        } else {
            from = CommandContext::parseDate(parser.value(u"from"_s), u"from"_s);
            to = CommandContext::parseDate(parser.value(u"to"_s), u"to"_s);
        }

        auto db = ctx.openDatabase(parser, Database::Access::ReadOnly);
        const CampaignData data = CampaignStore(*db).loadDefault();
        const ProgressEngine engine(data);
        ReportOptions options;
        options.madeOn = Clock::system().today();
        options.auditHash = Integrity::fingerprint(*db);
        try {
            const WeeklyReport report = byWeek ? ReportBuilder::buildWeek(engine, week, options)
                                               : ReportBuilder::build(engine, from, to, options);
            ReportExport::write(report, *format, out);
            ctx.out << tr("Đã ghi %1: %2.").arg(QDir::toNativeSeparators(out), report.periodLabel)
                    << u'\n';
        } catch (const ReportError& e) {
            throw CommandError(ExitBadInput, e.message());
        }
        return ExitOk;
    }
};

} // namespace

void registerReportCommands(Cli& cli)
{
    cli.add(
        {u"report"_s,
         ReportCommand::tr("Báo cáo tiến độ một tuần hoặc một khoảng ngày: PDF, xlsx hoặc CSV."),
         &ReportCommand::run, true});
}

} // namespace signtally
