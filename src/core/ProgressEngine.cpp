#include "core/ProgressEngine.h"

#include <algorithm>
#include <numeric>

namespace signtally {

ProgressEngine::ProgressEngine(const CampaignData& data, StatusThresholds thresholds,
                               const Clock& clock)
    : m_data(data), m_thresholds(thresholds), m_today(clock.today())
{}

bool ProgressEngine::isOver(QDate asOf) const
{
    const QDate end = m_data.campaign.end;
    return asOf > end || (asOf == end && m_today > end);
}

Status ProgressEngine::statusFor(const StatusFacts& f, StatusThresholds thresholds)
{
    if (f.over)
        return f.cumulative >= f.target ? Status::Met : Status::NotMet;
    if (!f.anyReported)
        return Status::NoData;
    if (f.cumulative >= f.target)
        return Status::OnTrack;
    // Exact integer comparisons of cumulative / expected against the thresholds:
    // cumulative × days × 100 >= target × elapsed × percent.
    const qint64 lhs = f.cumulative * f.campaignDays * 100;
    const qint64 expectedScaled = f.target * f.elapsedDays;
    // Less than one planned day (target / days) short of the line is on it:
    // target × elapsed − cumulative × days < target.
    const bool withinOneDay = f.cumulative * f.campaignDays > f.target * (f.elapsedDays - 1);
    const bool onLine = lhs >= expectedScaled * thresholds.onTrackPercent || withinOneDay;
    const bool nearLine = lhs >= expectedScaled * thresholds.atRiskPercent;
    const bool reachesInTime =
        f.forecast == Forecast::Kind::WithinCampaign || f.forecast == Forecast::Kind::Reached;
    if (onLine && reachesInTime)
        return Status::OnTrack;
    if (onLine || nearLine)
        return Status::AtRisk;
    return Status::Behind;
}

Progress ProgressEngine::computeProgress(qint64 target, qint64 population,
                                         const QVector<qint64>& daily,
                                         const QVector<bool>& reported,
                                         const CampaignCalendar& calendar, QDate asOf,
                                         StatusThresholds thresholds, bool over)
{
    Progress p;
    p.target = target;
    p.population = population;
    const int days = calendar.days();
    const int elapsed = calendar.elapsedDays(asOf);
    const int lastDay = elapsed - 1; // last campaign day counted, -1 before the start

    qint64 running = 0;
    int reachedDay = -1;
    for (int d = 0; d <= lastDay; ++d) {
        running += daily[d];
        p.anyReported = p.anyReported || reported[d];
        if (reachedDay < 0 && running >= target)
            reachedDay = d;
    }
    p.cumulative = running;
    if (calendar.contains(asOf)) {
        p.dayCount = daily[calendar.dayIndex(asOf)];
        p.reportedOnAsOf = reported[calendar.dayIndex(asOf)];
    }
    p.remaining = std::max<qint64>(0, target - running);
    p.percentOfTarget = target > 0 ? 100.0 * double(running) / double(target) : 0.0;
    p.coverage = population > 0 ? 100.0 * double(running) / double(population) : 0.0;
    p.expected = days > 0 ? double(target) * elapsed / days : 0.0;

    const int left = days - elapsed;
    if (p.remaining == 0)
        p.requiredDaily = 0.0;
    else if (left > 0)
        p.requiredDaily = double(p.remaining) / left;

    qint64 paceSum = 0;
    for (int d = lastDay; d >= 0 && p.paceDays < PaceWindow; --d) {
        if (reported[d]) {
            paceSum += daily[d];
            ++p.paceDays;
        }
    }
    p.recentPace = p.paceDays > 0 ? double(paceSum) / p.paceDays : 0.0;

    if (running >= target && reachedDay >= 0) {
        p.forecast = {Forecast::Kind::Reached, calendar.date(reachedDay)};
    } else if (target <= 0) {
        p.forecast = {Forecast::Kind::Reached, calendar.start()};
    } else if (paceSum <= 0) {
        p.forecast = {Forecast::Kind::NoPace, {}};
    } else {
        // Days needed at the recent pace, rounded up: remaining / (sum / n).
        const qint64 needed = (p.remaining * p.paceDays + paceSum - 1) / paceSum;
        const QDate from = calendar.date(lastDay);
        const QDate date = from.addDays(needed);
        p.forecast = {date <= calendar.end() ? Forecast::Kind::WithinCampaign
                                             : Forecast::Kind::NotWithinCampaign,
                      date};
    }
    p.status = statusFor({running, target, elapsed, days, p.anyReported, over, p.forecast.kind},
                         thresholds);
    return p;
}

QVector<qint64> ProgressEngine::dailyTotals(int unitIndex) const
{
    const TallyMatrix& t = m_data.tallies;
    QVector<qint64> out(t.days(), 0);
    const int first = unitIndex < 0 ? 0 : unitIndex;
    const int last = unitIndex < 0 ? t.units() - 1 : unitIndex;
    for (int u = first; u <= last; ++u)
        for (int d = 0; d < t.days(); ++d)
            out[d] += t.dayTotal(u, d);
    return out;
}

QVector<qint64> ProgressEngine::cumulativeSeries(int unitIndex) const
{
    QVector<qint64> out = dailyTotals(unitIndex);
    std::partial_sum(out.begin(), out.end(), out.begin());
    return out;
}

QVector<bool> ProgressEngine::reportedDays(int unitIndex) const
{
    const TallyMatrix& t = m_data.tallies;
    QVector<bool> out(t.days(), false);
    const int first = unitIndex < 0 ? 0 : unitIndex;
    const int last = unitIndex < 0 ? t.units() - 1 : unitIndex;
    for (int u = first; u <= last; ++u)
        for (int d = 0; d < t.days(); ++d)
            out[d] = out[d] || t.reported(u, d);
    return out;
}

GroupProgress ProgressEngine::groupProgress(int group, QDate asOf) const
{
    const GroupData& g = m_data.groups.at(group);
    const TallyMatrix& tallies = g.readTallies();
    GroupProgress out;
    out.code = g.code;
    out.name = g.name;
    out.goalPercentBp = g.goalPercentBp;
    const int lastDay = std::min(tallies.days() - 1, calendar().dayIndex(asOf));
    auto percent = [](qint64 count, qint64 goal) {
        return goal > 0 ? std::optional<double>(100.0 * double(count) / double(goal))
                        : std::nullopt;
    };
    for (int u = 0; u < m_data.units.size(); ++u) {
        GroupUnitProgress p;
        p.size = g.sizes.value(u);
        p.goal = g.unitGoal(u);
        for (int d = 0; d <= lastDay && u < tallies.units(); ++d)
            p.cumulative += tallies.dayTotal(u, d);
        p.percentOfGoal = p.goal ? percent(p.cumulative, *p.goal) : std::nullopt;
        out.size += p.size.value_or(0);
        if (p.goal)
            out.goal += *p.goal;
        else
            ++out.unitsWithoutGoal;
        out.cumulative += p.cumulative;
        out.units.push_back(p);
    }
    out.percentOfGoal = percent(out.cumulative, out.goal);
    return out;
}

qint64 ProgressEngine::periodCount(int unitIndex, QDate from, QDate to) const
{
    const CampaignCalendar cal = calendar();
    const int a = std::max(0, cal.dayIndex(from));
    const int b = std::min(cal.days() - 1, cal.dayIndex(to));
    const QVector<qint64> daily = dailyTotals(unitIndex);
    qint64 sum = 0;
    for (int d = a; d <= b; ++d)
        sum += daily[d];
    return sum;
}

QVector<qint64> ProgressEngine::periodByProvider(int unitIndex, QDate from, QDate to) const
{
    const TallyMatrix& t = m_data.tallies;
    const CampaignCalendar cal = calendar();
    QVector<qint64> out(t.providers(), 0);
    const int a = std::max(0, cal.dayIndex(from));
    const int b = std::min(t.days() - 1, cal.dayIndex(to));
    const int first = unitIndex < 0 ? 0 : unitIndex;
    const int last = unitIndex < 0 ? t.units() - 1 : unitIndex;
    for (int u = first; u <= last; ++u)
        for (int d = a; d <= b; ++d)
            for (int p = 0; p < t.providers(); ++p)
                out[p] += t.value(u, d, p).value_or(0);
    return out;
}

int ProgressEngine::reportedDayCount(int unitIndex, QDate from, QDate to) const
{
    const CampaignCalendar cal = calendar();
    const QVector<bool> reported = reportedDays(unitIndex);
    const int a = std::max(0, cal.dayIndex(from));
    const int b = std::min(int(reported.size()) - 1, cal.dayIndex(to));
    return int(std::count(reported.begin() + std::min(a, b + 1), reported.begin() + b + 1, true));
}

QDate ProgressEngine::latestReportedDay() const
{
    const TallyMatrix& t = m_data.tallies;
    for (int d = t.days() - 1; d >= 0; --d)
        for (int u = 0; u < t.units(); ++u)
            if (t.reported(u, d))
                return m_data.campaign.start.addDays(d);
    return {};
}

ProgressSeries ProgressEngine::seriesFrom(int unitIndex, const QVector<qint64>& daily,
                                          QDate asOf) const
{
    const TallyMatrix& t = m_data.tallies;
    const CampaignCalendar cal = calendar();
    const int days = cal.days();
    const int elapsed = std::min(cal.elapsedDays(asOf), int(daily.size()));
    ProgressSeries s;
    s.unitIndex = unitIndex;
    s.target = unitIndex < 0 ? m_data.goal() : m_data.units[unitIndex].quota;
    s.cumulative.reserve(std::max(0, elapsed));
    qint64 running = 0;
    for (int d = 0; d < elapsed; ++d)
        s.cumulative.push_back(running += daily[d]);
    s.planned.resize(days);
    for (int d = 0; d < days; ++d)
        s.planned[d] = double(s.target) * (d + 1) / days;
    s.dailyByProvider.resize(t.providers());
    for (int p = 0; p < t.providers(); ++p) {
        QVector<qint64>& v = s.dailyByProvider[p];
        v.fill(0, days);
        for (int d = 0; d < elapsed && d < t.days(); ++d)
            v[d] = unitIndex < 0 ? t.dayProviderTotal(d, p) : t.value(unitIndex, d, p).value_or(0);
    }
    return s;
}

ProgressSeries ProgressEngine::series(int unitIndex, QDate asOf) const
{
    return seriesFrom(unitIndex, dailyTotals(unitIndex), asOf);
}

UnitProgress ProgressEngine::unitProgress(int unitIndex, QDate asOf) const
{
    // The rank needs every unit's figures; one snapshot keeps them consistent.
    return snapshot(asOf).units[unitIndex];
}

ProgressSnapshot ProgressEngine::snapshot(QDate asOf) const
{
    const CampaignCalendar cal = calendar();
    const TallyMatrix& t = m_data.tallies;
    ProgressSnapshot s;
    s.asOf = asOf;
    s.campaignDays = cal.days();
    s.elapsedDays = cal.elapsedDays(asOf);
    s.daysLeft = cal.daysLeft(asOf);
    s.plannedPercent = s.campaignDays > 0 ? 100.0 * s.elapsedDays / s.campaignDays : 0.0;
    s.over = isOver(asOf);

    QVector<qint64> allDaily(t.days(), 0);
    QVector<bool> allReported(t.days(), false);
    QVector<qint64> daily(t.days());
    QVector<bool> reported(t.days());
    s.units.reserve(m_data.units.size());
    for (int u = 0; u < m_data.units.size(); ++u) {
        for (int d = 0; d < t.days(); ++d) {
            daily[d] = t.dayTotal(u, d);
            reported[d] = t.reported(u, d);
            allDaily[d] += daily[d];
            allReported[d] = allReported[d] || reported[d];
        }
        const Unit& unit = m_data.units[u];
        UnitProgress up;
        static_cast<Progress&>(up) = computeProgress(unit.quota, unit.adults, daily, reported, cal,
                                                     asOf, m_thresholds, s.over);
        up.unitIndex = u;
        ++statusCountOf(s, up.status);
        if (up.reportedOnAsOf)
            ++s.unitsReportedOnAsOf;
        s.units.push_back(up);
    }
    s.total = computeProgress(m_data.goal(), m_data.totalAdults(), allDaily, allReported, cal, asOf,
                              m_thresholds, s.over);
    s.series = seriesFrom(-1, allDaily, asOf);

    // Competition ranking by % of quota, compared exactly as fractions; a
    // unit with nothing reported has no rank.
    QVector<int> order;
    for (const UnitProgress& u : std::as_const(s.units))
        if (u.status != Status::NoData)
            order.push_back(u.unitIndex);
    auto higher = [&](int a, int b) {
        const UnitProgress& x = s.units[a];
        const UnitProgress& y = s.units[b];
        return x.cumulative * y.target > y.cumulative * x.target;
    };
    std::stable_sort(order.begin(), order.end(), higher);
    for (int i = 0; i < order.size(); ++i) {
        if (i > 0 && !higher(order[i - 1], order[i]))
            s.units[order[i]].rank = s.units[order[i - 1]].rank;
        else
            s.units[order[i]].rank = i + 1;
    }
    return s;
}

} // namespace signtally
