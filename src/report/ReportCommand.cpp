#include "report/ReportCommand.h"

#include "cli/Cli.h"
#include "core/Clock.h"
#include "core/VnFormat.h"
#include "report/OfficialDocument.h"
#include "report/ReportExport.h"
#include "storage/CampaignStore.h"
#include "storage/Integrity.h"
#include "storage/ReportSettingsStore.h"
#include "storage/SetupStore.h"
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
        CommandContext::addCampaignOption(parser);
        parser.addOption({u"week"_s, tr("Tuần của đợt (tuần 1 bắt đầu từ ngày đầu đợt)."), u"N"_s});
        parser.addOption({u"from"_s, tr("Ngày đầu của kỳ báo cáo."), u"DATE"_s});
        parser.addOption({u"to"_s, tr("Ngày cuối của kỳ báo cáo."), u"DATE"_s});
        parser.addOption({u"out"_s,
                          tr("Tệp để ghi: .pdf, .odt, .xlsx hoặc .csv (theo phần mở rộng)."),
                          u"FILE"_s});
        parser.addOption({u"layout"_s,
                          tr("Hình thức của PDF: official (văn bản hành chính, mặc định) hoặc "
                             "summary (bảng tóm tắt)."),
                          u"KIND"_s});
        parser.addOption({u"date"_s,
                          tr("Ngày của báo cáo (dòng địa danh, ngày tháng); mặc định "
                             "là hôm nay."),
                          u"DATE"_s});
        parser.addOption({u"number"_s, tr("Số của báo cáo này (thay cho số đã lưu)."), u"N"_s});
        for (const auto& [name, help] : settingOptions())
            parser.addOption({name, help, u"TEXT"_s});
        parser.addOption({u"next-number"_s, tr("Số sẽ cấp cho báo cáo lưu tiếp theo."), u"N"_s});
        parser.addOption({u"recipient"_s,
                          tr("Một nơi nhận (nhắc lại cho mỗi nơi; thay cả danh sách)."),
                          u"TEXT"_s});
        parser.addOption({u"save-settings"_s,
                          tr("Lưu các giá trị --parent-body … --recipient vào tệp làm cài đặt "
                             "báo cáo của đợt.")});
        for (const auto& [name, help] : narrativeOptions())
            parser.addOption({name, help, u"TEXT"_s});
        ctx.parse(parser);

        const bool byWeek = parser.isSet(u"week"_s);
        const bool byRange = parser.isSet(u"from"_s) || parser.isSet(u"to"_s);
        if (byWeek == byRange)
            throw CommandError(
                ExitUsage, tr("Chọn kỳ báo cáo bằng --week N hoặc bằng --from DATE --to DATE."));
        if (byRange && !(parser.isSet(u"from"_s) && parser.isSet(u"to"_s)))
            throw CommandError(ExitUsage, tr("Khoảng ngày cần cả --from và --to."));
        if (!parser.isSet(u"out"_s) || parser.value(u"out"_s).isEmpty())
            throw CommandError(ExitUsage, tr("Cần --out FILE (.pdf, .odt, .xlsx hoặc .csv)."));
        const QString out = parser.value(u"out"_s);
        const auto format = ReportExport::formatForPath(out);
        if (!format)
            throw CommandError(ExitUsage,
                               tr("Không biết ghi tệp \"%1\": phần mở rộng phải là .pdf, .odt, "
                                  ".xlsx hoặc .csv.")
                                   .arg(out));
        ReportLayout layout = ReportLayout::Official;
        if (parser.isSet(u"layout"_s)) {
            const QString kind = parser.value(u"layout"_s);
            if (kind == u"summary"_s)
                layout = ReportLayout::Summary;
            else if (kind != u"official"_s)
                throw CommandError(
                    ExitUsage,
                    tr("--layout là official hoặc summary, không phải \"%1\".").arg(kind));
        }
        auto positive = [&](const QString& option, int min) {
            bool ok = false;
            const int n = parser.value(option).toInt(&ok);
            if (!ok || n < min)
                throw CommandError(ExitBadInput, tr("--%1 phải là một số nguyên từ %2 trở lên, "
                                                    "không phải \"%3\".")
                                                     .arg(option)
                                                     .arg(min)
                                                     .arg(parser.value(option)));
            return n;
        };
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

        const QDate madeOn = parser.isSet(u"date"_s)
                                 ? CommandContext::parseDate(parser.value(u"date"_s), u"date"_s)
                                 : Clock::system().today();
        std::optional<int> number;
        if (parser.isSet(u"number"_s))
            number = positive(u"number"_s, 1);

        const bool save = parser.isSet(u"save-settings"_s);
        auto db = ctx.openStorage(parser,
                                  save ? Database::Access::ReadWrite : Database::Access::ReadOnly);
        const CampaignData data =
            CampaignStore(*db).load(CommandContext::chooseCampaign(parser, *db));
        // The report's day is its "today": statuses, the forecast and the
        // provisional notice all see the same day.
        const FixedClock reportDay(madeOn);
        const ProgressEngine engine(data, reportDay);
        ReportOptions options;
        options.madeOn = madeOn;
        options.auditHash = Integrity::fingerprint(*db);
        options.setupRevision = SetupStore(*db).revision(data.campaign.id);
        options.settings = ReportSettingsStore::load(*db, data.campaign.id);
        ReportSettings& st = options.settings;
        const std::vector<std::pair<QString, QString*>> fields{
            {u"parent-body"_s, &st.parentBody},
            {u"issuing-body"_s, &st.issuingBody},
            {u"place"_s, &st.place},
            {u"number-pattern"_s, &st.numberPattern},
            {u"addressee"_s, &st.addressee},
            {u"signer-authority"_s, &st.signerAuthority},
            {u"signer-title"_s, &st.signerTitle},
            {u"signer-name"_s, &st.signerName}};
        for (const auto& [name, field] : fields)
            if (parser.isSet(name))
                *field = parser.value(name);
        if (parser.isSet(u"recipient"_s))
            st.recipients = parser.values(u"recipient"_s);
        if (parser.isSet(u"next-number"_s))
            st.nextNumber = positive(u"next-number"_s, 0);
        const QString problem = ReportSettingsStore::validate(st);
        if (!problem.isEmpty())
            throw CommandError(ExitBadInput, problem);
        if (save)
            ReportSettingsStore::save(*db, data.campaign.id, st);
        try {
            WeeklyReport report = byWeek ? ReportBuilder::buildWeek(engine, week, options)
                                         : ReportBuilder::build(engine, from, to, options);
            // The office's text (and number) saved for this period in the Report screen.
            if (const auto n =
                    ReportSettingsStore::narrative(*db, data.campaign.id, report.from, report.to)) {
                options.narrative = n;
                report = ReportBuilder::build(engine, report.from, report.to, options);
            }
            if (number)
                report.documentNumber = number;
            const std::vector<std::pair<QString, QString*>> texts{
                {u"assessment"_s, &report.assessment},
                {u"difficulties"_s, &report.difficulties},
                {u"proposals"_s, &report.proposals}};
            for (const auto& [name, field] : texts)
                if (parser.isSet(name))
                    *field = parser.value(name);
            ReportExport::write(report, *format, out, layout);
            ctx.out << tr("Đã ghi %1: %2.").arg(QDir::toNativeSeparators(out), report.periodLabel)
                    << u'\n';
            if (report.isProvisional())
                ctx.out << OfficialDocument::provisionalNotice(report) << u'\n';
        } catch (const ReportError& e) {
            throw CommandError(ExitBadInput, e.message());
        }
        return ExitOk;
    }

private:
    static std::vector<std::pair<QString, QString>> settingOptions()
    {
        return {{u"parent-body"_s, tr("Cơ quan chủ quản (dòng trên, chữ in hoa).")},
                {u"issuing-body"_s, tr("Cơ quan ban hành báo cáo.")},
                {u"place"_s, tr("Địa danh trong dòng ngày tháng.")},
                {u"number-pattern"_s, tr("Mẫu số văn bản, {n} là số: \"{n}/BC-KHCN\".")},
                {u"addressee"_s, tr("Nơi gửi (dòng \"Kính gửi\"); để trống thì không in.")},
                {u"signer-authority"_s, tr("Thẩm quyền ký, ví dụ \"KT. GIÁM ĐỐC\".")},
                {u"signer-title"_s, tr("Chức vụ người ký, ví dụ \"PHÓ GIÁM ĐỐC\".")},
                {u"signer-name"_s, tr("Họ tên người ký.")}};
    }
    static std::vector<std::pair<QString, QString>> narrativeOptions()
    {
        return {{u"assessment"_s, tr("Nội dung mục II. Đánh giá (thay cho nội dung đã lưu).")},
                {u"difficulties"_s,
                 tr("Nội dung mục III. Khó khăn, vướng mắc (thay cho nội dung đã lưu).")},
                {u"proposals"_s,
                 tr("Nội dung mục IV. Đề xuất, kiến nghị (thay cho nội dung đã lưu).")}};
    }
};

} // namespace

void registerReportCommands(Cli& cli)
{
    cli.add({u"report"_s,
             ReportCommand::tr("Báo cáo một tuần hoặc một khoảng ngày: văn bản hành chính (PDF, "
                               "ODT), xlsx hoặc CSV."),
             &ReportCommand::run, true});
}

} // namespace signtally
