#include "import/ImportCommands.h"

#include "core/CampaignCalendar.h"
#include "core/TextMatch.h"
#include "core/VnFormat.h"
#include "import/ImportPlanner.h"
#include "import/ImportTemplate.h"
#include "import/NameMatcher.h"
#include "storage/CampaignStore.h"
#include "storage/TallyStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {

// A named context lupdate can see (a free tr() helper would be filed under "signtally").
struct ImportCommands
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommands)
};

QString formName(const QString& form)
{
    if (form == u"wide-dates"_s)
        return ImportCommands::tr("mỗi cột một ngày");
    if (form == u"wide-providers"_s)
        return ImportCommands::tr("mỗi cột một nhà mạng");
    return ImportCommands::tr("mỗi dòng một số liệu");
}

int runImport(CommandContext& ctx)
{
    QCommandLineParser parser;
    CommandContext::addDbOption(parser);
    CommandContext::addCampaignOption(parser);
    parser.addOption({u"dry-run"_s, ImportCommands::tr("Chỉ xem trước, không ghi gì.")});
    parser.addOption(
        {u"replace"_s, ImportCommands::tr("Ghi đè các số đã có khi tệp ghi số khác.")});
    parser.addOption({u"provider"_s,
                      ImportCommands::tr("Nhà mạng cho tệp không có cột hoặc ô Nhà mạng."),
                      u"NAME"_s});
    parser.addOption(
        {u"date"_s, ImportCommands::tr("Ngày cho tệp không có cột hoặc ô Ngày."), u"DATE"_s});
    parser.addOption({u"strict"_s, ImportCommands::tr(
                                       "Coi mọi cảnh báo là lỗi: có cảnh báo thì không ghi gì.")});
    parser.addOption(
        {u"sheet"_s,
         ImportCommands::tr("Trang tính cần đọc trong tệp .xlsx (mặc định: trang đầu)."),
         u"NAME"_s});
    parser.addOption({u"group"_s,
                      ImportCommands::tr("Nhóm đối tượng của số liệu (mã hoặc tên), nếu không "
                                         "phải toàn bộ dân số."),
                      u"NHÓM"_s});
    parser.addPositionalArgument(u"FILE"_s, ImportCommands::tr("Tệp .csv, .txt hoặc .xlsx."),
                                 u"FILE..."_s);
    ctx.parse(parser, true);
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        throw CommandError(ExitUsage, ImportCommands::tr("Cần ít nhất một tệp để nhập."));
    ImportOptions options;
    options.provider = parser.value(u"provider"_s);
    if (parser.isSet(u"date"_s))
        options.date = CommandContext::parseDate(parser.value(u"date"_s), u"date"_s);
    const bool dryRun = parser.isSet(u"dry-run"_s);
    const bool replace = parser.isSet(u"replace"_s);
    const bool strict = parser.isSet(u"strict"_s);

    auto db =
        ctx.openStorage(parser, dryRun ? Database::Access::ReadOnly : Database::Access::ReadWrite);
    const CampaignStore store(*db);
    CampaignData data =
        store.load(CommandContext::chooseCampaign(parser, *db), CampaignStore::GroupTallies::Skip);
    qint64 groupId = 0;
    if (parser.isSet(u"group"_s)) {
        // A target group's counts: checked against its own tallies and goals.
        const QString wanted = parser.value(u"group"_s).trimmed();
        QStringList codes;
        int index = -1;
        for (int g = 0; g < data.groups.size(); ++g) {
            codes << data.groups[g].code;
            if (data.groups[g].code == wanted || nameKey(data.groups[g].name) == nameKey(wanted))
                index = g;
        }
        if (index < 0)
            throw CommandError(
                ExitBadInput, codes.isEmpty()
                                  ? ImportCommands::tr("Đợt “%1” không có nhóm đối tượng nào "
                                                       "ngoài toàn bộ dân số.")
                                        .arg(data.campaign.code)
                                  : ImportCommands::tr("Đợt “%1” không có nhóm “%2”; các nhóm: %3.")
                                        .arg(data.campaign.code, wanted, codes.join(u", "_s)));
        groupId = data.groups[index].id;
        data.groups[index].tallies = store.groupTallies(data, groupId);
        data = data.viewOfGroup(index);
    }
    const QVector<int> locked = TallyStore(*db, data.campaign.id).lockedWeeks();
    ImportPlanner planner(data, options, locked);
    for (const QString& file : files)
        planner.addFile(file, parser.value(u"sheet"_s));
    const ImportPlan plan = planner.finish();
    ctx.out << importAccount(plan, data);

    if (plan.hasErrors()) {
        ctx.out << ImportCommands::tr("Không ghi gì: còn %1 lỗi cần sửa trong tệp.")
                       .arg(plan.errorCount())
                << u'\n';
        ctx.out.flush();
        return ExitBadInput;
    }
    if (strict && plan.warningCount() > 0) {
        ctx.out << ImportCommands::tr("Không ghi gì (--strict): còn %1 cảnh báo.")
                       .arg(plan.warningCount())
                << u'\n';
        ctx.out.flush();
        return ExitBadInput;
    }
    if (!plan.changed.isEmpty() && !replace) {
        ctx.out << ImportCommands::tr(
                       "Không ghi gì: %1 số liệu khác với số đã lưu; chạy lại với --replace để ghi "
                       "đè.")
                       .arg(plan.changed.size())
                << u'\n';
        ctx.out.flush();
        return ExitBadInput;
    }
    if (dryRun) {
        ctx.out << ImportCommands::tr("Chạy thử (--dry-run): không ghi gì.") << u'\n';
        ctx.out.flush();
        return ExitOk;
    }
    if (plan.nothingToDo()) {
        ctx.out << (plan.identical.isEmpty()
                        ? ImportCommands::tr(
                              "Không có gì cần ghi: tệp không có số liệu nào (các ô để trống).")
                        : ImportCommands::tr(
                              "Không có gì cần ghi: mọi số liệu đã có trong cơ sở dữ liệu."))
                << u'\n';
        ctx.out.flush();
        return ExitOk;
    }
    ctx.out << ImportCommands::tr("Đang ghi vào cơ sở dữ liệu…") << u'\n';
    ctx.out.flush(); // the account is out before the long write begins
    ImportApplier applier(*db, data);
    applier.setGroup(groupId);
    const ImportOutcome outcome = applier.apply(plan, replace, db->actor());
    ctx.out << ImportCommands::tr("Đã nhập: thêm %1, ghi đè %2 số liệu.")
                   .arg(outcome.result.added)
                   .arg(outcome.result.changed)
            << u'\n';
    ctx.out.flush();
    return ExitOk;
}

int runTemplate(CommandContext& ctx)
{
    QCommandLineParser parser;
    CommandContext::addDbOption(parser);
    CommandContext::addCampaignOption(parser);
    parser.addOption(
        {u"week"_s, ImportCommands::tr("Tuần của đợt (tuần 1 bắt đầu ngày đầu đợt)."), u"N"_s});
    parser.addOption({u"from"_s, ImportCommands::tr("Từ ngày."), u"DATE"_s});
    parser.addOption({u"to"_s, ImportCommands::tr("Đến ngày."), u"DATE"_s});
    parser.addOption({u"provider"_s, ImportCommands::tr("Nhà mạng ghi sẵn trong mẫu."), u"NAME"_s});
    parser.addOption({u"out"_s, ImportCommands::tr("Tệp .xlsx cần tạo."), u"FILE"_s});
    ctx.parse(parser);
    if (!parser.isSet(u"out"_s) || parser.value(u"out"_s).isEmpty())
        throw CommandError(ExitUsage, ImportCommands::tr("Cần --out FILE.xlsx."));
    const bool week = parser.isSet(u"week"_s);
    const bool range = parser.isSet(u"from"_s) || parser.isSet(u"to"_s);
    if (week == range)
        throw CommandError(ExitUsage,
                           ImportCommands::tr("Cần --week N, hoặc --from DATE và --to DATE."));

    auto db = ctx.openStorage(parser, Database::Access::ReadOnly);
    const CampaignData data = CampaignStore(*db).load(CommandContext::chooseCampaign(parser, *db));
    const CampaignCalendar calendar(data.campaign.start, data.campaign.end);
    QDate from, to;
    if (week) {
        bool ok = false;
        const int n = parser.value(u"week"_s).toInt(&ok);
        if (!ok || n < 1 || n > calendar.weekCount())
            throw CommandError(ExitBadInput,
                               ImportCommands::tr("Tuần phải từ 1 đến %1, không phải \"%2\".")
                                   .arg(calendar.weekCount())
                                   .arg(parser.value(u"week"_s)));
        from = calendar.weekStart(n);
        to = calendar.weekEnd(n);
    } else {
        if (!parser.isSet(u"from"_s) || !parser.isSet(u"to"_s))
            throw CommandError(ExitUsage, ImportCommands::tr("Cần cả --from DATE và --to DATE."));
        from = CommandContext::parseDate(parser.value(u"from"_s), u"from"_s);
        to = CommandContext::parseDate(parser.value(u"to"_s), u"to"_s);
    }
    int provider = -1;
    if (parser.isSet(u"provider"_s)) {
        ProviderMatcher matcher(data.providers);
        provider = matcher.match(parser.value(u"provider"_s));
        if (provider < 0)
            throw CommandError(
                ExitBadInput, ImportCommands::tr("Không nhận ra nhà mạng \"%1\" (có: %2).")
                                  .arg(parser.value(u"provider"_s), matcher.names().join(u", "_s)));
    }
    try {
        ImportTemplate::write(data, from, to, provider, parser.value(u"out"_s));
    } catch (const std::runtime_error& e) {
        throw CommandError(ExitBadInput, QString::fromStdString(e.what()));
    }
    ctx.out << ImportCommands::tr("Đã tạo mẫu %1: %2 đơn vị, %3 ngày (%4–%5).")
                   .arg(QDir::toNativeSeparators(parser.value(u"out"_s)))
                   .arg(data.units.size())
                   .arg(from.daysTo(to) + 1)
                   .arg(Format().date(from), Format().date(to))
            << u'\n';
    ctx.out.flush();
    return ExitOk;
}

} // namespace

QString accountText(const ImportAccount& a)
{
    const Format fmt;
    QStringList skipped;
    if (a.blank > 0)
        skipped << ImportCommands::tr("%1 dòng trống").arg(fmt.count(a.blank));
    if (a.totals > 0)
        skipped << ImportCommands::tr("%1 dòng tổng").arg(fmt.count(a.totals));
    if (a.empty > 0)
        skipped << ImportCommands::tr("%1 dòng không có số").arg(fmt.count(a.empty));
    QString rows = ImportCommands::tr("%1 dòng = %2 dòng có số liệu + %3 dòng lỗi + %4 dòng bỏ qua")
                       .arg(fmt.count(a.rows), fmt.count(a.figureRows), fmt.count(a.errorRows),
                            fmt.count(a.blank + a.totals + a.empty));
    if (!skipped.isEmpty())
        rows += u" ("_s + skipped.join(u", "_s) + u')';
    const QString figures =
        ImportCommands::tr("%1 số liệu = %2 thêm mới + %3 thay đổi + %4 giống số đã lưu + %5 trùng "
                           "dòng trước (bỏ qua) + %6 lỗi")
            .arg(fmt.count(a.figures), fmt.count(a.added), fmt.count(a.changed),
                 fmt.count(a.identical), fmt.count(a.duplicates), fmt.count(a.figureErrors));
    return rows + u"; "_s + figures;
}

QString importAccount(const ImportPlan& plan, const CampaignData& data, int maxListed)
{
    const Format fmt;
    QString out;
    for (const ImportFileInfo& f : plan.files) {
        QStringList details;
        if (!f.form.isEmpty())
            details << formName(f.form);
        if (!f.sheet.isEmpty())
            details << ImportCommands::tr("trang \"%1\"").arg(f.sheet);
        if (!f.encoding.isEmpty())
            details << f.encoding;
        if (!f.delimiter.isEmpty())
            details << ImportCommands::tr("phân cách \"%1\"").arg(f.delimiter);
        out += ImportCommands::tr("Tệp %1: %2 dòng số liệu").arg(f.name, fmt.count(f.rowsRead));
        if (!details.isEmpty())
            out += u" ("_s + details.join(u", "_s) + u')';
        out += u'\n';
        if (f.account.complete)
            out += u"  "_s + accountText(f.account) + u'\n';
    }
    out += ImportCommands::tr(
               "Thêm mới: %1 · Thay đổi: %2 · Giống số đã lưu: %3 · Lỗi: %4 · Cảnh báo: %5")
               .arg(fmt.count(plan.added.size()), fmt.count(plan.changed.size()),
                    fmt.count(plan.identical.size()), fmt.count(plan.errorCount()),
                    fmt.count(plan.warningCount())) +
           u'\n';
    auto describe = [&](const ImportRow& r) -> QString {
        return u"  %1: %2 · %3 · %4: "_s.arg(plan.placeText(r.place), data.units[r.unit].name,
                                             fmt.date(data.campaign.start.addDays(r.day)),
                                             data.providers[r.provider].name);
    };
    if (!plan.changed.isEmpty()) {
        if (plan.changed.size() <= maxListed) {
            out += ImportCommands::tr("Thay đổi (cũ → mới):") + u'\n';
            for (const ImportRow& r : plan.changed)
                out += describe(r) + fmt.count(r.stored.value_or(0)) + u" → "_s +
                       fmt.count(r.count) + u'\n';
        } else {
            out += ImportCommands::tr("(%1 thay đổi, quá nhiều để liệt kê.)")
                       .arg(fmt.count(plan.changed.size())) +
                   u'\n';
        }
    }
    for (const QString& note : plan.notes)
        out += ImportCommands::tr("Ghi chú: %1").arg(note) + u'\n';
    if (plan.hasErrors()) {
        out += ImportCommands::tr("Lỗi:") + u'\n';
        for (const ImportIssue& e : plan.errors)
            out += u"  "_s + e.text() + u'\n';
        if (plan.moreErrors > 0)
            out += ImportCommands::tr("… và %1 lỗi khác.").arg(fmt.count(plan.moreErrors)) + u'\n';
    }
    if (plan.warningCount() > 0) {
        out += ImportCommands::tr("Cảnh báo (vẫn nhập được; --strict thì không):") + u'\n';
        for (const ImportIssue& w : plan.warnings)
            out += u"  "_s + w.text() + u'\n';
        if (plan.moreWarnings > 0)
            out += ImportCommands::tr("… và %1 cảnh báo khác.").arg(fmt.count(plan.moreWarnings)) +
                   u'\n';
    }
    if (plan.cancelled)
        out += ImportCommands::tr("Đã hủy.") + u'\n';
    return out;
}

void registerImportCommands(Cli& cli)
{
    cli.add({u"import"_s,
             ImportCommands::tr(
                 "Nhập số liệu từ tệp CSV/Excel của nhà mạng, xã (tất cả hoặc không gì)."),
             &runImport});
    cli.add({u"template"_s, ImportCommands::tr("Tạo mẫu Excel để nhà mạng, xã điền số liệu."),
             &runTemplate});
}

} // namespace signtally
