#include "import/CampaignCommands.h"

#include "core/CampaignFile.h"
#include "core/Clock.h"
#include "core/TextMatch.h"
#include "core/VnFormat.h"
#include "import/UnitsSheet.h"
#include "storage/AppPaths.h"
#include "storage/CampaignStore.h"
#include "storage/ReportSettingsStore.h"
#include "storage/SetupStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {

[[noreturn]] void badInput(const QString& message)
{
    throw CommandError(ExitBadInput, message);
}

QStringList campaignCodes(const Storage& db)
{
    QStringList codes;
    for (const CampaignInfo& c : CampaignStore(db).campaigns())
        codes << c.code;
    return codes;
}

qint64 campaignByCode(const Storage& db, const QString& code)
{
    if (const auto id = CampaignStore(db).campaignIdByCode(code))
        return *id;
    badInput(CampaignCommands::tr("Tệp không có đợt mã “%1”; các đợt trong tệp: %2.")
                 .arg(code, campaignCodes(db).join(u", "_s)));
}

// "40000", "40.000" (a count) or "65%", "12,5 %" (of the population).
std::pair<GoalKind, qint64> parseGoal(const QString& text)
{
    QString t = text.trimmed();
    if (t.endsWith(u'%')) {
        t.chop(1);
        t = t.trimmed().replace(u',', u'.');
        bool ok = false;
        const double percent = t.toDouble(&ok);
        if (!ok || percent <= 0 || percent > 100)
            badInput(
                CampaignCommands::tr("--goal “%1”: cần một tỷ lệ từ trên 0% đến 100%, ví dụ 65%.")
                    .arg(text));
        return {GoalKind::PercentOfPopulation, qRound64(percent * 100)};
    }
    const CountParse n = CountParser::parse(t);
    if (!n.ok() || n.value <= 0)
        badInput(
            CampaignCommands::tr("--goal “%1”: cần một số người (40.000) hoặc một tỷ lệ (65%).")
                .arg(text));
    return {GoalKind::Absolute, n.value};
}

int findUnit(const CampaignSetup& s, const QString& name)
{
    const QString key = nameKey(name);
    for (int i = 0; i < s.units.size(); ++i) {
        if (nameKey(s.units[i].name) == key)
            return i;
        for (const QString& alias : s.units[i].aliases)
            if (nameKey(alias) == key)
                return i;
    }
    badInput(CampaignCommands::tr("Đợt “%1” không có đơn vị “%2”.").arg(s.campaign.code, name));
}

// "Xã Ba Bể=9000" → (unit index, 9000).
std::pair<int, qint64> unitFigure(const CampaignSetup& s, const QString& option,
                                  const QString& text)
{
    const qsizetype eq = text.lastIndexOf(u'=');
    if (eq <= 0)
        badInput(CampaignCommands::tr("--%1 “%2”: cần dạng “TÊN ĐƠN VỊ=SỐ”.").arg(option, text));
    const CountParse n = CountParser::parse(QStringView(text).mid(eq + 1).trimmed());
    if (!n.ok())
        badInput(CampaignCommands::tr("--%1 “%2”: %3").arg(option, text, n.message()));
    return {findUnit(s, text.left(eq).trimmed()), n.value};
}

QDate dateOption(const QCommandLineParser& p, const QString& name, QDate fallback)
{
    return p.isSet(name) ? CommandContext::parseDate(p.value(name), u"--"_s + name) : fallback;
}

// The general options `new` and `edit` share, applied to a set-up.
void addGeneralOptions(QCommandLineParser& p)
{
    p.addOptions({
        {u"name"_s, CampaignCommands::tr("Tên đợt."), u"TÊN"_s},
        {u"start"_s, CampaignCommands::tr("Ngày bắt đầu (dd/MM/yyyy)."), u"NGÀY"_s},
        {u"end"_s, CampaignCommands::tr("Ngày kết thúc (dd/MM/yyyy)."), u"NGÀY"_s},
        {u"goal"_s, CampaignCommands::tr("Mục tiêu: số người (40.000) hoặc tỷ lệ dân số (65%)."),
         u"MỤC TIÊU"_s},
        {u"area"_s, CampaignCommands::tr("Địa bàn."), u"ĐỊA BÀN"_s},
        {u"organisation"_s, CampaignCommands::tr("Cơ quan chủ trì."), u"CƠ QUAN"_s},
        {u"plan-reference"_s, CampaignCommands::tr("Căn cứ kế hoạch."), u"VĂN BẢN"_s},
        {u"population-label"_s,
         CampaignCommands::tr("Dân số tính là gì (ví dụ: Người dân từ 16 tuổi trở lên)."),
         u"NHÃN"_s},
        {u"population"_s,
         CampaignCommands::tr("Dân số của một đơn vị, dạng “Xã Ba Bể=9000” (lặp lại được)."),
         u"ĐƠN VỊ=SỐ"_s},
        {u"quota"_s,
         CampaignCommands::tr("Chỉ tiêu nhập tay của một đơn vị, dạng “Xã Ba Bể=1700”."),
         u"ĐƠN VỊ=SỐ"_s},
        {u"units"_s,
         CampaignCommands::tr("Bảng đơn vị (xlsx hoặc csv: tên, loại, dân số, chỉ tiêu nếu có) "
                              "thay cho các đơn vị hiện có."),
         u"TỆP"_s},
        {u"apportion"_s,
         CampaignCommands::tr(
             "Phân bổ lại chỉ tiêu từ mục tiêu cho các đơn vị không nhập tay chỉ tiêu.")},
    });
}

// Applies the general options; returns whether the quotas must be apportioned
// again (the goal or a population changed, or --apportion).
// Replaces the units with a units sheet's, all or nothing. A unit already in
// the set-up (by any of its names) keeps its identity, hidden flag and group
// figures; a quota the sheet leaves empty is apportioned.
void applyUnitsSheet(CampaignSetup& s, const QString& path)
{
    const UnitsSheetResult sheet = UnitsSheet::read(path);
    if (!sheet.ok())
        badInput(CampaignCommands::tr("Bảng đơn vị %1 không dùng được (không có gì thay đổi):\n%2")
                     .arg(QDir::toNativeSeparators(path), sheet.problems.join(u'\n')));
    QHash<QString, int> known;
    for (int i = 0; i < s.units.size(); ++i) {
        known.insert(nameKey(s.units[i].name), i);
        for (const QString& alias : s.units[i].aliases)
            known.insert(nameKey(alias), i);
    }
    QVector<SetupUnit> units;
    for (SetupUnit u : sheet.units) {
        const int old = known.value(nameKey(u.name), -1);
        if (old >= 0) {
            u.id = s.units[old].id;
            u.hidden = s.units[old].hidden;
            u.groups = s.units[old].groups;
        }
        units.push_back(u);
    }
    s.units = units;
}

bool applyGeneralOptions(CampaignSetup& s, const QCommandLineParser& p)
{
    Campaign& c = s.campaign;
    bool reapportion = p.isSet(u"apportion"_s);
    if (p.isSet(u"units"_s)) {
        applyUnitsSheet(s, p.value(u"units"_s));
        reapportion = true;
    }
    if (p.isSet(u"name"_s))
        c.name = p.value(u"name"_s).trimmed();
    c.start = dateOption(p, u"start"_s, c.start);
    c.end = dateOption(p, u"end"_s, c.end);
    if (p.isSet(u"goal"_s)) {
        std::tie(c.goalKind, c.goalValue) = parseGoal(p.value(u"goal"_s));
        reapportion = true;
    }
    if (p.isSet(u"area"_s))
        c.area = p.value(u"area"_s).trimmed();
    if (p.isSet(u"organisation"_s))
        c.organisation = p.value(u"organisation"_s).trimmed();
    if (p.isSet(u"plan-reference"_s))
        c.planReference = p.value(u"plan-reference"_s).trimmed();
    if (p.isSet(u"population-label"_s))
        s.populationLabel = p.value(u"population-label"_s).trimmed();
    for (const QString& v : p.values(u"population"_s)) {
        const auto [unit, n] = unitFigure(s, u"population"_s, v);
        s.units[unit].population = n;
        reapportion = true;
    }
    for (const QString& v : p.values(u"quota"_s)) {
        const auto [unit, n] = unitFigure(s, u"quota"_s, v);
        s.units[unit].quota = n;
        s.units[unit].quotaManual = true;
        reapportion = true;
    }
    return reapportion;
}

// Refuses, naming every problem, what cannot be stored.
void requireStorable(const CampaignSetup& s)
{
    QStringList problems = s.problems();
    if (problems.isEmpty() && !s.missingFigures().isEmpty())
        problems << CampaignCommands::tr(
                        "Chưa có dân số của %n đơn vị: %1. Điền bằng --population "
                        "“TÊN=SỐ”, hoặc xuất tệp đợt (export --template …), điền rồi nhập lại.",
                        nullptr, int(s.missingFigures().size()))
                        .arg(s.missingFigures().join(u", "_s));
    if (!problems.isEmpty())
        badInput(problems.join(u'\n'));
}

void writeJson(const QString& path, const QJsonObject& doc)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) ||
        f.write(QJsonDocument(doc).toJson(QJsonDocument::Indented)) < 0 || !f.commit())
        throw CommandError(ExitBadInput, CampaignCommands::tr("Không ghi được tệp %1: %2")
                                             .arg(QDir::toNativeSeparators(path), f.errorString()));
}

CampaignFileContent readCampaignFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        badInput(CampaignCommands::tr("Không đọc được %1: %2")
                     .arg(QDir::toNativeSeparators(path), f.errorString()));
    CampaignFileContent content = CampaignFile::fromBytes(f.readAll());
    if (!content.problems.isEmpty())
        badInput(CampaignCommands::tr("Tệp đợt %1 không dùng được:\n%2")
                     .arg(QDir::toNativeSeparators(path), content.problems.join(u'\n')));
    return content;
}

QString templateResource(const QString& code)
{
    QStringList known;
    for (const CampaignFile::Template& t : CampaignFile::templates()) {
        if (t.code == code)
            return t.resource;
        known << t.code;
    }
    badInput(
        CampaignCommands::tr("Không có mẫu “%1”; các mẫu: %2.").arg(code, known.join(u", "_s)));
}

QJsonObject exported(const Storage& db, qint64 id)
{
    return CampaignFile::toJson(SetupStore(db).load(id),
                                ReportSettingsStore::load(db, id).toJson());
}

// Creates the campaign (quotas the file left out apportioned), audited as
// the login user's; a refused set-up is bad input.
qint64 storeNew(Storage& db, CampaignFileContent& content, const QString& source)
{
    CampaignSetup& s = content.setup;
    requireStorable(s);
    s.completeQuotas();
    requireStorable(s);
    qint64 id = 0;
    try {
        db.writeTransaction([&] {
            id = SetupStore::createInTransaction(db, s, db.actor(), source, content.report);
        });
    } catch (const StorageError& e) {
        if (e.kind() == StorageError::Kind::Rejected)
            badInput(e.message());
        throw;
    }
    return id;
}

int list(CommandContext& ctx, const QCommandLineParser& p)
{
    auto db = ctx.openStorage(p, Database::Access::ReadOnly);
    const QDate today = Clock::system().today();
    const Format fmt;
    const bool csv = p.value(u"format"_s) == u"csv"_s;
    if (csv)
        ctx.out << "code,name,start,end,units,goal,state\n";
    for (const CampaignInfo& info : CampaignStore(*db).campaigns()) {
        const CampaignSetup s = SetupStore(*db).load(info.id);
        const Campaign& c = s.campaign;
        if (csv) {
            auto quoted = [](QString v) {
                v.replace(u'"', u"\"\""_s);
                return QString(u'"' + v + u'"');
            };
            ctx.out << c.code << u',' << quoted(c.name) << u',' << c.start.toString(Qt::ISODate)
                    << u',' << c.end.toString(Qt::ISODate) << u',' << s.units.size() << u','
                    << s.goalCount() << u',' << CampaignStore::phaseText(info.phase(today))
                    << u'\n';
            continue;
        }
        ctx.out << CampaignCommands::tr("%1  %2 – %3  %4 đơn vị  mục tiêu %5  %6\n    %7")
                       .arg(c.code, fmt.date(c.start), fmt.date(c.end), fmt.count(s.units.size()),
                            fmt.count(s.goalCount()), CampaignStore::phaseText(info.phase(today)),
                            c.name)
                << u'\n';
    }
    return ExitOk;
}

int show(CommandContext& ctx, const QCommandLineParser& p)
{
    auto db = ctx.openStorage(p, Database::Access::ReadOnly);
    const qint64 id = CommandContext::chooseCampaign(p, *db);
    if (p.value(u"format"_s) == u"json"_s) {
        ctx.out << QString::fromUtf8(QJsonDocument(exported(*db, id)).toJson());
        return ExitOk;
    }
    const CampaignSetup s = SetupStore(*db).load(id);
    const Campaign& c = s.campaign;
    const Format fmt;
    ctx.out << c.name << u'\n';
    ctx.out << CampaignCommands::tr("Mã: %1   Trạng thái: %2")
                   .arg(c.code,
                        CampaignStore::phaseText(
                            CampaignInfo{0, {}, {}, c.start, c.end}.phase(Clock::system().today())))
            << u'\n';
    if (!c.organisation.isEmpty())
        ctx.out << CampaignCommands::tr("Cơ quan: %1").arg(c.organisation) << u'\n';
    if (!c.area.isEmpty())
        ctx.out << CampaignCommands::tr("Địa bàn: %1").arg(c.area) << u'\n';
    ctx.out << CampaignCommands::tr("Thời gian: %1 – %2 (%3 ngày)")
                   .arg(fmt.date(c.start), fmt.date(c.end), fmt.count(c.days()))
            << u'\n';
    if (c.goalKind == GoalKind::PercentOfPopulation)
        ctx.out << CampaignCommands::tr("Mục tiêu: %1 của %2 người = %3 người")
                       .arg(fmt.percent(c.goalValue / 100.0, c.goalValue % 100 ? 2 : 0),
                            fmt.count(s.totalPopulation()), fmt.count(s.goalCount()))
                << u'\n';
    else
        ctx.out << CampaignCommands::tr("Mục tiêu: %1 người").arg(fmt.count(c.goalValue)) << u'\n';
    ctx.out << CampaignCommands::tr("Ngưỡng: đúng tiến độ từ %1%, có nguy cơ từ %2%")
                   .arg(c.thresholds.onTrackPercent)
                   .arg(c.thresholds.atRiskPercent)
            << u'\n';
    QStringList providers;
    for (const SetupProvider& pr : s.providers)
        providers << (pr.hidden ? CampaignCommands::tr("%1 (ẩn)").arg(pr.name) : pr.name);
    ctx.out << CampaignCommands::tr("Nhà mạng: %1").arg(providers.join(u", "_s)) << u'\n';
    for (int g = 1; g < s.groups.size(); ++g)
        ctx.out << CampaignCommands::tr("Nhóm: %1 (%2)")
                       .arg(s.groups[g].name,
                            s.groups[g].goalPercentBp
                                ? CampaignCommands::tr("mục tiêu %1 quy mô")
                                      .arg(fmt.percent(*s.groups[g].goalPercentBp / 100.0, 0))
                                : CampaignCommands::tr("mục tiêu nhập theo đơn vị"))
                << u'\n';
    ctx.out << u'\n'
            << CampaignCommands::tr("TT\tĐơn vị\tLoại\t%1\tChỉ tiêu")
                   .arg(s.populationLabel.isEmpty() ? CampaignCommands::tr("Dân số")
                                                    : s.populationLabel)
            << u'\n';
    qint64 quotas = 0;
    for (int i = 0; i < s.units.size(); ++i) {
        const SetupUnit& u = s.units[i];
        quotas += u.quota.value_or(0);
        ctx.out << i + 1 << u'\t' << u.name << u'\t' << CampaignSetup::kindName(u.kind) << u'\t'
                << (u.population ? fmt.count(*u.population) : CampaignCommands::tr("(chưa có)"))
                << u'\t' << (u.quota ? fmt.count(*u.quota) : QString())
                << (u.quotaManual ? CampaignCommands::tr(" (nhập tay)") : QString())
                << (u.hidden ? CampaignCommands::tr(" (ẩn khi nhập)") : QString()) << u'\n';
    }
    ctx.out << u'\t' << CampaignCommands::tr("Tổng cộng") << u"\t\t"_s
            << fmt.count(s.totalPopulation()) << u'\t' << fmt.count(quotas) << u'\n';
    return ExitOk;
}

int create(CommandContext& ctx, const QCommandLineParser& p)
{
    CampaignFileContent content;
    const QStringList sources = {u"template"_s, u"copy-of"_s, u"file"_s};
    const auto chosen = std::count_if(sources.cbegin(), sources.cend(),
                                      [&](const QString& o) { return p.isSet(o); });
    if (chosen != 1)
        throw CommandError(ExitUsage, CampaignCommands::tr(
                                          "Cần đúng một trong --template, --copy-of hoặc --file."));
    if (!p.isSet(u"code"_s))
        throw CommandError(ExitUsage, CampaignCommands::tr("Cần --code cho đợt mới."));
    auto db = ctx.openStorage(p);
    QString source;
    if (p.isSet(u"template"_s)) {
        const QString code = p.value(u"template"_s);
        content = readCampaignFile(templateResource(code));
        source = CampaignCommands::tr("mẫu %1").arg(code);
    } else if (p.isSet(u"copy-of"_s)) {
        const qint64 from = campaignByCode(*db, p.value(u"copy-of"_s));
        content = CampaignFile::fromJson(exported(*db, from));
        // A copy keeps units, populations and providers; the quotas are
        // apportioned anew for the new goal.
        for (SetupUnit& u : content.setup.units) {
            u.quota.reset();
            u.quotaManual = false;
        }
        source = CampaignCommands::tr("bản sao của đợt %1").arg(p.value(u"copy-of"_s));
    } else {
        content = readCampaignFile(p.value(u"file"_s));
        source = QFileInfo(p.value(u"file"_s)).fileName();
    }
    CampaignSetup& s = content.setup;
    s.campaign.code = p.value(u"code"_s).trimmed();
    s.campaign.id = 0;
    for (SetupUnit& u : s.units)
        u.id = 0;
    for (SetupProvider& pr : s.providers)
        pr.id = 0;
    for (SetupGroup& g : s.groups)
        g.id = 0;
    applyGeneralOptions(s, p);
    const qint64 id = storeNew(*db, content, source);
    const CampaignSetup stored = SetupStore(*db).load(id);
    ctx.out << CampaignCommands::tr("Đã tạo đợt “%1” (%2): %3 đơn vị, mục tiêu %4 người.")
                   .arg(stored.campaign.code, stored.campaign.name,
                        Format().count(stored.units.size()), Format().count(stored.goalCount()))
            << u'\n';
    return ExitOk;
}

int edit(CommandContext& ctx, const QCommandLineParser& p)
{
    auto db = ctx.openStorage(p);
    const qint64 id = CommandContext::chooseCampaign(p, *db);
    CampaignSetup s = SetupStore(*db).load(id);
    if (applyGeneralOptions(s, p)) {
        requireStorable(s);
        s.apportionQuotas();
    }
    requireStorable(s);
    QStringList changed;
    try {
        db->writeTransaction([&] {
            changed =
                SetupStore::updateInTransaction(*db, s, db->actor(), u"signtally campaign edit"_s);
        });
    } catch (const StorageError& e) {
        if (e.kind() == StorageError::Kind::Rejected)
            badInput(e.message());
        throw;
    }
    if (changed.isEmpty())
        ctx.out << CampaignCommands::tr("Không có gì thay đổi.") << u'\n';
    else
        ctx.out << CampaignCommands::tr("Đã sửa %1 mục của đợt “%2”:")
                       .arg(changed.size())
                       .arg(s.campaign.code)
                << u'\n' << u"  "_s << changed.join(u"\n  "_s) << u'\n';
    return ExitOk;
}

int exportCampaign(CommandContext& ctx, const QCommandLineParser& p)
{
    if (!p.isSet(u"out"_s))
        throw CommandError(ExitUsage, CampaignCommands::tr("Cần --out TỆP.json (hoặc TỆP.xlsx: "
                                                           "bảng đơn vị)."));
    const QString out = p.value(u"out"_s);
    CampaignFileContent content;
    if (p.isSet(u"template"_s)) {
        // A bundled template as a file to fill in (populations) and import.
        content = readCampaignFile(templateResource(p.value(u"template"_s)));
    } else {
        auto db = ctx.openStorage(p, Database::Access::ReadOnly);
        content = CampaignFile::fromJson(exported(*db, CommandContext::chooseCampaign(p, *db)));
    }
    if (QFileInfo(out).suffix().compare(u"xlsx"_s, Qt::CaseInsensitive) == 0) {
        // The units table alone, for Excel (read back with --units).
        try {
            UnitsSheet::writeXlsx(out, content.setup.units, content.setup.populationLabel);
        } catch (const std::runtime_error& e) {
            throw CommandError(ExitBadInput, QString::fromStdString(e.what()));
        }
    } else {
        writeJson(out, CampaignFile::toJson(content.setup, content.report));
    }
    ctx.out << CampaignCommands::tr("Đã ghi %1.").arg(QDir::toNativeSeparators(out)) << u'\n';
    return ExitOk;
}

int importCampaign(CommandContext& ctx, const QCommandLineParser& p, const QString& file)
{
    CampaignFileContent content = readCampaignFile(file);
    auto db = ctx.openStorage(p);
    CampaignSetup& s = content.setup;
    if (p.isSet(u"code"_s))
        s.campaign.code = p.value(u"code"_s).trimmed();
    if (campaignCodes(*db).contains(s.campaign.code))
        badInput(CampaignCommands::tr("Tệp đã có đợt mã “%1”: đặt mã khác bằng --code.")
                     .arg(s.campaign.code));
    applyGeneralOptions(s, p);
    const qint64 id = storeNew(*db, content, QFileInfo(file).fileName());
    ctx.out << CampaignCommands::tr("Đã nhập đợt “%1” từ %2: %3 đơn vị.")
                   .arg(s.campaign.code, QDir::toNativeSeparators(file),
                        Format().count(SetupStore(*db).load(id).units.size()))
            << u'\n';
    return ExitOk;
}

} // namespace

int CampaignCommands::run(CommandContext& ctx)
{
    const QString action = ctx.arguments.value(2);
    static const QStringList actions = {u"list"_s, u"show"_s,   u"new"_s,
                                        u"edit"_s, u"export"_s, u"import"_s};
    if (!actions.contains(action)) {
        const QString usage =
            tr("Cách dùng: signtally campaign list|show|new|edit|export|import [tùy chọn]\n"
               "  list     các đợt trong tệp\n"
               "  show     thiết lập của một đợt (--format json: tệp đợt)\n"
               "  new      tạo đợt mới từ --template MẪU, --copy-of MÃ hoặc --file TỆP.json\n"
               "  edit     sửa thiết lập của một đợt (có ghi nhật ký)\n"
               "  export   ghi thiết lập của một đợt (hoặc --template MẪU) ra --out TỆP.json\n"
               "  import   nhập một đợt mới từ TỆP.json (mã khác với các đợt đã có)\n"
               "Mẫu có sẵn: %1")
                .arg([] {
                    QStringList t;
                    for (const CampaignFile::Template& x : CampaignFile::templates())
                        t << x.code;
                    return t.join(u", "_s);
                }());
        if (action == u"-h"_s || action == u"--help"_s || action == u"help"_s)
            throw CommandError(ExitOk, usage);
        throw CommandError(
            ExitUsage, action.isEmpty() ? usage : tr("Không có việc “%1”.\n%2").arg(action, usage));
    }
    QCommandLineParser parser;
    CommandContext::addDbOption(parser);
    if (action == u"list"_s || action == u"show"_s)
        parser.addOption({u"format"_s,
                          action == u"list"_s ? tr("text hoặc csv.") : tr("text hoặc json."),
                          u"ĐỊNH DẠNG"_s, u"text"_s});
    if (action != u"list"_s && action != u"new"_s && action != u"import"_s)
        CommandContext::addCampaignOption(parser);
    if (action == u"new"_s || action == u"import"_s)
        parser.addOption({u"code"_s, tr("Mã của đợt mới."), u"MÃ"_s});
    if (action == u"new"_s)
        parser.addOptions({{u"template"_s, tr("Bắt đầu từ một mẫu có sẵn."), u"MẪU"_s},
                           {u"copy-of"_s, tr("Bắt đầu từ bản sao của một đợt trong tệp."), u"MÃ"_s},
                           {u"file"_s, tr("Bắt đầu từ một tệp đợt (JSON)."), u"TỆP"_s}});
    if (action == u"new"_s || action == u"edit"_s || action == u"import"_s)
        addGeneralOptions(parser);
    if (action == u"export"_s)
        parser.addOptions(
            {{u"out"_s, tr("Tệp JSON cần ghi."), u"TỆP"_s},
             {u"template"_s, tr("Xuất một mẫu có sẵn thay cho một đợt trong tệp."), u"MẪU"_s}});
    ctx.parse(parser, true);
    const QStringList positional = parser.positionalArguments().mid(1);
    if (action == u"import"_s) {
        if (positional.size() != 1)
            throw CommandError(ExitUsage, tr("Cần đúng một tệp đợt: signtally campaign import "
                                             "TỆP.json [--code MÃ]"));
        return importCampaign(ctx, parser, positional.first());
    }
    if (!positional.isEmpty())
        throw CommandError(ExitUsage, tr("Tham số không hợp lệ: %1").arg(positional.join(u' ')));
    if (action == u"list"_s)
        return list(ctx, parser);
    if (action == u"show"_s)
        return show(ctx, parser);
    if (action == u"new"_s)
        return create(ctx, parser);
    if (action == u"edit"_s)
        return edit(ctx, parser);
    return exportCampaign(ctx, parser);
}

void registerCampaignCommands(Cli& cli)
{
    cli.add({u"campaign"_s,
             CampaignCommands::tr("Các đợt trong tệp: xem, tạo, sửa, xuất, nhập thiết lập."),
             &CampaignCommands::run});
}

} // namespace signtally
