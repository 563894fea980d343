#include "report/WeeklyReport.h"

#include "core/VnFormat.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace signtally {

QString WeeklyReport::dataLine() const
{
    QString line = ReportBuilder::tr("Mã dữ liệu: %1").arg(fingerprint);
    if (setupRevision > 0)
        line += u" · "_s + ReportBuilder::tr("Thiết lập lần %1").arg(setupRevision);
    return line;
}

QString ReportBuilder::weekLabel(const CampaignCalendar& calendar, int week)
{
    const Format fmt;
    return tr("Tuần %1 (%2–%3)")
        .arg(week)
        .arg(fmt.shortDate(calendar.weekStart(week)), fmt.date(calendar.weekEnd(week)));
}

QString ReportBuilder::suggestedBaseName(const WeeklyReport& r)
{
    QString base =
        r.isWeek()
            ? tr("bao-cao-tuan-%1").arg(r.week)
            : tr("bao-cao-%1-%2").arg(r.from.toString(u"yyyyMMdd"_s), r.to.toString(u"yyyyMMdd"_s));
    if (r.isProvisional())
        base += tr("-tam-tinh");
    else if (r.isFinal)
        base += tr("-ket-qua-cuoi");
    return base;
}

WeeklyReport ReportBuilder::buildWeek(const ProgressEngine& engine, int week,
                                      const ReportOptions& options)
{
    const CampaignCalendar cal = engine.calendar();
    if (week < 1 || week > cal.weekCount())
        throw ReportError(
            tr("Đợt chỉ có tuần 1 đến tuần %1, không có tuần %2.").arg(cal.weekCount()).arg(week));
    return build(engine, cal.weekStart(week), cal.weekEnd(week), options);
}

WeeklyReport ReportBuilder::build(const ProgressEngine& engine, QDate from, QDate to,
                                  const ReportOptions& options)
{
    const Format fmt;
    const CampaignData& data = engine.data();
    const CampaignCalendar cal = engine.calendar();
    if (!from.isValid() || !to.isValid())
        throw ReportError(tr("Cần ngày bắt đầu và ngày kết thúc hợp lệ."));
    if (from > to)
        throw ReportError(
            tr("Ngày bắt đầu %1 ở sau ngày kết thúc %2.").arg(fmt.date(from), fmt.date(to)));
    if (!cal.contains(from) || !cal.contains(to))
        throw ReportError(
            tr("Khoảng %1–%2 nằm ngoài đợt (%3–%4).")
                .arg(fmt.date(from), fmt.date(to), fmt.date(cal.start()), fmt.date(cal.end())));

    WeeklyReport r;
    r.from = from;
    r.to = to;
    const int w = cal.weekOf(from);
    if (cal.weekStart(w) == from && cal.weekEnd(w) == to)
        r.week = w;
    if (from > cal.start()) {
        r.hasPrevious = true;
        r.previousTo = from.addDays(-1);
        r.previousFrom = std::max(cal.start(), from.addDays(-r.periodDays()));
    }

    r.organisation = data.campaign.organisation;
    r.campaignName = data.campaign.name;
    r.planReference = data.campaign.planReference;
    r.periodLabel =
        r.isWeek() ? weekLabel(cal, r.week) : tr("Từ %1 đến %2").arg(fmt.date(from), fmt.date(to));
    r.title = tr("Báo cáo tiến độ triển khai chữ ký số công cộng — %1").arg(r.periodLabel);
    r.sheetName = r.isWeek()
                      ? tr("Tuần %1").arg(r.week)
                      : QString(from.toString(u"dd.MM"_s) + u'\u2013' + to.toString(u"dd.MM"_s));
    r.madeOn = options.madeOn.isValid() ? options.madeOn : QDate::currentDate();
    r.fingerprint = options.auditHash.left(16);
    r.setupRevision = options.setupRevision;
    r.settings = options.settings;
    if (options.narrative) {
        r.documentNumber = options.narrative->number;
        r.assessment = options.narrative->assessment;
        r.difficulties = options.narrative->difficulties;
        r.proposals = options.narrative->proposals;
    }

    const ProgressSnapshot s = engine.snapshot(to);
    r.campaignStart = cal.start();
    r.campaignEnd = cal.end();
    r.goal = s.total.target;
    r.adults = s.total.population;
    r.quotaTotal = data.totalQuota();
    r.cumulative = s.total.cumulative;
    r.percentOfGoal = s.total.percentOfTarget;
    r.elapsedDays = s.elapsedDays;
    r.campaignDays = s.campaignDays;
    r.daysLeft = s.daysLeft;
    r.requiredDaily = s.total.requiredDaily;
    r.recentPace = s.total.recentPace;
    r.paceDays = s.total.paceDays;
    r.forecast = s.total.forecast;
    r.totalStatus = s.total.status;
    r.onTrack = s.onTrack;
    r.atRisk = s.atRisk;
    r.behind = s.behind;
    r.noData = s.noData;
    r.met = s.met;
    r.notMet = s.notMet;
    r.over = s.over;

    // Every sum comes from the engine; the report only arranges them.
    r.latestReported = engine.latestReportedDay();
    r.pastToday = to > r.madeOn;
    r.pastLatestReport = !r.latestReported.isValid() || to > r.latestReported;
    r.dataUntil = to;
    if (r.pastToday)
        r.dataUntil = std::min(r.dataUntil, r.madeOn);
    if (r.pastLatestReport)
        r.dataUntil =
            r.latestReported.isValid() ? std::min(r.dataUntil, r.latestReported) : from.addDays(-1);
    // Final: the whole campaign, once it is over as the engine sees it (its
    // statuses are then Met / Not met, the verdicts below).
    r.isFinal = r.isWholeCampaign() && r.over;

    for (const Provider& p : data.providers)
        r.providers << p.name;
    r.periodByProvider.fill(0, data.providers.size());
    r.cumulativeByProvider.fill(0, data.providers.size());

    r.rows.reserve(s.units.size());
    qint64 previousTotal = 0;
    for (const UnitProgress& u : s.units) {
        const Unit& unit = data.units[u.unitIndex];
        ReportRow row;
        row.unitIndex = u.unitIndex;
        row.number = unit.number;
        row.name = unit.name;
        row.adults = unit.adults;
        row.quota = unit.quota;
        row.period = engine.periodCount(u.unitIndex, from, to);
        row.cumulative = u.cumulative;
        row.percentOfQuota = u.percentOfTarget;
        row.status = u.status;
        if (r.hasPrevious) {
            const qint64 previous = engine.periodCount(u.unitIndex, r.previousFrom, r.previousTo);
            previousTotal += previous;
            row.change = row.period - previous;
        }
        row.rank = u.rank;
        row.remaining = u.remaining;
        row.requiredDaily = u.requiredDaily;
        row.periodByProvider = engine.periodByProvider(u.unitIndex, from, to);
        const QVector<qint64> toDate = engine.periodByProvider(u.unitIndex, cal.start(), to);
        for (int p = 0; p < toDate.size(); ++p)
            r.cumulativeByProvider[p] += toDate[p];
        row.daysReported = engine.reportedDayCount(u.unitIndex, from, to);
        for (int p = 0; p < row.periodByProvider.size(); ++p)
            r.periodByProvider[p] += row.periodByProvider[p];
        // Every day up to the cut-off (none when nothing at all is in yet).
        const int dueDays = r.dataUntil >= from ? int(from.daysTo(r.dataUntil)) + 1 : 0;
        if (row.daysReported < dueDays)
            ++r.unitsIncomplete;
        row.quotaMet = row.status == Status::Met;
        r.unitsMet += row.quotaMet ? 1 : 0;
        r.periodTotal += row.period;
        if (row.status == Status::Behind || row.status == Status::NotMet)
            r.behindRows.push_back(int(r.rows.size()));
        r.rows.push_back(row);
    }
    if (r.hasPrevious)
        r.previousTotal = previousTotal;
    r.totalMet = r.totalStatus == Status::Met;
    r.periodEmpty = engine.reportedDayCount(-1, from, to) == 0;
    r.campaignEmpty = engine.reportedDayCount(-1, cal.start(), to) == 0;
    std::stable_sort(r.behindRows.begin(), r.behindRows.end(), [&](int a, int b) {
        const ReportRow& x = r.rows[a];
        const ReportRow& y = r.rows[b];
        return x.cumulative * y.quota < y.cumulative * x.quota;
    });

    // The campaign's running total per day up to `to`, as its charts draw it.
    r.cumulativeByDay = engine.series(-1, to).cumulative;

    // Each target group as of the period's last day, from the engine alone.
    for (int g = 0; g < data.groups.size(); ++g)
        r.groups.push_back(engine.groupProgress(g, to));
    return r;
}

bool WeeklyReport::anyGroupCounted() const
{
    return std::any_of(groups.begin(), groups.end(),
                       [](const GroupProgress& g) { return g.cumulative > 0; });
}

QString ReportBuilder::groupTitle(const WeeklyReport& r, int g)
{
    return tr("Nhóm đối tượng %1: %2").arg(QString::number(g + 1), r.groups[g].name);
}

QString ReportBuilder::groupGoalRule(const GroupProgress& group, bool capital)
{
    QString rule;
    if (group.goalPercentBp) {
        const int bp = *group.goalPercentBp;
        const int decimals = bp % 100 == 0 ? 0 : bp % 10 == 0 ? 1 : 2;
        rule = tr("mục tiêu %1 quy mô nhóm").arg(Format().percent(bp / 100.0, decimals));
    } else {
        rule = tr("mục tiêu là số lượng giao cho từng đơn vị");
    }
    if (capital && !rule.isEmpty())
        rule[0] = rule[0].toUpper();
    return rule;
}

QString ReportBuilder::groupTotalNote(const GroupProgress& group)
{
    const Format fmt;
    const QString units = fmt.count(group.units.size());
    if (group.unitsWithoutGoal == 0)
        return tr("Tổng cộng: quy mô, mục tiêu và lũy kế cộng trên cả %1 đơn vị.").arg(units);
    if (group.unitsWithoutGoal == group.units.size())
        return tr("Chưa đơn vị nào có mục tiêu của nhóm (chưa nhập quy mô nhóm); lũy kế cộng "
                  "trên cả %1 đơn vị.")
            .arg(units);
    return tr("%1/%2 đơn vị chưa có mục tiêu của nhóm: quy mô và mục tiêu ở dòng Tổng cộng chỉ "
              "cộng các đơn vị đã có; lũy kế cộng trên cả %2 đơn vị.")
        .arg(fmt.count(group.unitsWithoutGoal), units);
}

QString ReportBuilder::notKnown()
{
    return tr("chưa có");
}

QStringList ReportBuilder::groupColumnTitles()
{
    return {tr("TT"),     tr("Đơn vị"),    tr("Quy mô nhóm"), tr("Mục tiêu nhóm"),
            tr("Lũy kế"), tr("% mục tiêu")};
}

namespace {

QStringList groupCells(const Format& fmt, const QString& number, const QString& name,
                       std::optional<qint64> size, std::optional<qint64> goal, qint64 cumulative,
                       std::optional<double> percent)
{
    auto count = [&](std::optional<qint64> n) {
        return n ? fmt.count(*n) : ReportBuilder::notKnown();
    };
    return {number,
            name,
            count(size),
            count(goal),
            fmt.count(cumulative),
            percent ? fmt.percent(*percent) : ReportBuilder::notKnown()};
}

} // namespace

QStringList ReportBuilder::groupRowCells(const WeeklyReport& r, int g, int row)
{
    const GroupUnitProgress& u = r.groups[g].units[row];
    return groupCells(Format(), QString::number(r.rows[row].number), r.rows[row].name, u.size,
                      u.goal, u.cumulative, u.percentOfGoal);
}

QStringList ReportBuilder::groupTotalCells(const WeeklyReport& r, int g)
{
    const GroupProgress& group = r.groups[g];
    return groupCells(Format(), QString(), tr("Tổng cộng"), groupTotalSize(group),
                      groupTotalGoal(group), group.cumulative, group.percentOfGoal);
}

std::optional<qint64> ReportBuilder::groupTotalSize(const GroupProgress& group)
{
    const bool any = std::any_of(group.units.begin(), group.units.end(),
                                 [](const GroupUnitProgress& u) { return u.size.has_value(); });
    return any ? std::optional<qint64>(group.size) : std::nullopt;
}

std::optional<qint64> ReportBuilder::groupTotalGoal(const GroupProgress& group)
{
    return group.unitsWithoutGoal < group.units.size() ? std::optional<qint64>(group.goal)
                                                       : std::nullopt;
}

} // namespace signtally
