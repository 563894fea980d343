#include "report/WeeklyReport.h"

#include "core/VnFormat.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace signtally {

QString ReportBuilder::weekLabel(const CampaignCalendar& calendar, int week)
{
    const Format fmt;
    return tr("Tuần %1 (%2–%3)")
        .arg(week)
        .arg(fmt.shortDate(calendar.weekStart(week)), fmt.date(calendar.weekEnd(week)));
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

    // Period sums straight from the matrix: one pass over the days of each unit.
    const TallyMatrix& t = data.tallies;
    auto sum = [&](int unit, QDate a, QDate b) {
        qint64 n = 0;
        for (int d = std::max(0, cal.dayIndex(a)); d <= std::min(t.days() - 1, cal.dayIndex(b));
             ++d)
            n += t.dayTotal(unit, d);
        return n;
    };

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
        row.period = sum(u.unitIndex, from, to);
        row.cumulative = u.cumulative;
        row.percentOfQuota = u.percentOfTarget;
        row.status = u.status;
        if (r.hasPrevious) {
            const qint64 previous = sum(u.unitIndex, r.previousFrom, r.previousTo);
            previousTotal += previous;
            row.change = row.period - previous;
        }
        row.rank = u.rank;
        row.remaining = u.remaining;
        row.requiredDaily = u.requiredDaily;
        r.periodTotal += row.period;
        if (row.status == Status::Behind || row.status == Status::NotMet)
            r.behindRows.push_back(int(r.rows.size()));
        r.rows.push_back(row);
    }
    if (r.hasPrevious)
        r.previousTotal = previousTotal;
    std::stable_sort(r.behindRows.begin(), r.behindRows.end(), [&](int a, int b) {
        const ReportRow& x = r.rows[a];
        const ReportRow& y = r.rows[b];
        return x.cumulative * y.quota < y.cumulative * x.quota;
    });

    const QVector<qint64> series = engine.cumulativeSeries(-1);
    r.cumulativeByDay = series.mid(0, std::max(0, cal.dayIndex(to) + 1));
    return r;
}

} // namespace signtally
