#pragma once

#include "core/Campaign.h"
#include "core/CampaignCalendar.h"
#include "core/Clock.h"

#include <QDate>
#include <QVector>
#include <optional>

namespace signtally {

// The status of a unit, or of the campaign total (docs/progress.md, "Status").
// During the drive: OnTrack, AtRisk, Behind, or NoData before anything is
// reported; once the drive is over: Met or NotMet. Labels: StatusText::label.
// The values keep their numbers (they are stored in models' roles and sorted).
enum class Status
{
    OnTrack,
    AtRisk,
    Behind,
    NoData, // nothing reported yet: not judged, no rank
    Met,    // the drive is over and the quota (goal) was reached
    NotMet, // the drive is over and it was not
};

// The field counting status s in anything with onTrack … notMet counters
// (ProgressSnapshot, the weekly report).
template <typename Counts> constexpr auto& statusCountOf(Counts& counts, Status s)
{
    switch (s) {
    case Status::AtRisk:
        return counts.atRisk;
    case Status::Behind:
        return counts.behind;
    case Status::NoData:
        return counts.noData;
    case Status::Met:
        return counts.met;
    case Status::NotMet:
        return counts.notMet;
    case Status::OnTrack:
        break;
    }
    return counts.onTrack;
}

struct Forecast
{
    enum class Kind
    {
        Reached,           // date = the day the target was reached
        WithinCampaign,    // date = the day the recent pace reaches the target
        NotWithinCampaign, // date = that day, after the campaign's end
        NoPace,            // nothing reported recently: no forecast at all
    };
    Kind kind = Kind::NoPace;
    QDate date;
};

// Progress of one unit against its quota, or of the campaign against its goal.
struct Progress
{
    qint64 target = 0;     // quota, or the campaign's goal
    qint64 population = 0; // adults
    qint64 cumulative = 0; // sum of counts up to and including "as of"
    qint64 dayCount = 0;   // count on the "as of" date itself
    bool reportedOnAsOf = false;
    qint64 remaining = 0;       // max(0, target - cumulative)
    double percentOfTarget = 0; // cumulative / target, in percent
    double coverage = 0;        // cumulative / population, in percent
    double expected = 0;        // target × elapsed days / campaign days
    Status status = Status::NoData;
    bool anyReported = false;            // something (even 0) was reported up to "as of"
    std::optional<double> requiredDaily; // remaining / days left; none when no day is left
    double recentPace = 0;               // average of the last (up to) 7 reported days
    int paceDays = 0;                    // how many reported days that average covers
    Forecast forecast;
};

struct UnitProgress : Progress
{
    int unitIndex = -1;
    int rank = 0; // 1 = highest % of quota; equal percentages share a rank; 0 = none (NoData)
};

// What a chart of one unit (or of the whole campaign) draws as of a date,
// computed by the engine so no screen sums tallies itself. Days are campaign
// day indices (0 = the first day).
struct ProgressSeries
{
    int unitIndex = -1; // -1: the whole campaign
    qint64 target = 0;  // the unit's quota, or the campaign's goal
    // Running total at the end of each day up to "as of" (one per elapsed day).
    QVector<qint64> cumulative;
    // The plan: target × (d + 1) / campaign days at the end of day d, for
    // every campaign day (a straight line to the target on the last day).
    QVector<double> planned;
    // [provider][day]: the day's count by provider, for every campaign day;
    // 0 after "as of" and where nothing was reported.
    QVector<QVector<qint64>> dailyByProvider;
};

struct ProgressSnapshot
{
    QDate asOf; // as asked; counts after it are ignored
    int campaignDays = 0;
    int elapsedDays = 0;
    int daysLeft = 0;
    // Where the plan stands: the share of the campaign's days elapsed, in
    // percent (each unit's expected count is its target × this / 100).
    double plannedPercent = 0;
    // The drive is over: "as of" is after the last day, or is the last day and
    // today is later. Statuses are then Met / NotMet.
    bool over = false;
    Progress total;
    QVector<UnitProgress> units; // in the campaign's unit order
    int onTrack = 0;
    int atRisk = 0;
    int behind = 0;
    int noData = 0;
    int met = 0;
    int notMet = 0;
    int unitsReportedOnAsOf = 0;
    ProgressSeries series; // the whole campaign's, for its charts
    int count(Status s) const { return statusCountOf(*this, s); }
};

// One target group's figures in one unit as of a date (docs/progress.md).
struct GroupUnitProgress
{
    std::optional<qint64> size;          // none: not known yet
    std::optional<qint64> goal;          // ⌈size × goal share⌉, or the unit's own goal
    qint64 cumulative = 0;               // counted for the group up to the date
    std::optional<double> percentOfGoal; // none without a goal (or a goal of 0)
};

// A target group as of a date: every unit, and the group as a whole (sums
// over the units whose size, or goal, is known; the count over all units).
struct GroupProgress
{
    QString code;
    QString name;
    std::optional<int> goalPercentBp;
    QVector<GroupUnitProgress> units;
    qint64 size = 0;
    qint64 goal = 0;
    qint64 cumulative = 0;
    int unitsWithoutGoal = 0;
    std::optional<double> percentOfGoal;
};

// The one place where progress is computed. Screens, reports and the command
// line all read figures from here, so they always agree.
class ProgressEngine
{
public:
    static constexpr int PaceWindow = 7;

    // Statuses use the campaign's own thresholds, or the ones given. The clock
    // says whether the last day is over (SIGNTALLY_TODAY for the system clock).
    explicit ProgressEngine(const CampaignData& data, const Clock& clock = Clock::system())
        : ProgressEngine(data, data.campaign.thresholds, clock)
    {}
    ProgressEngine(const CampaignData& data, StatusThresholds thresholds,
                   const Clock& clock = Clock::system());

    const CampaignData& data() const { return m_data; }
    CampaignCalendar calendar() const { return {m_data.campaign.start, m_data.campaign.end}; }
    StatusThresholds thresholds() const { return m_thresholds; }
    QDate today() const { return m_today; }
    // Whether the drive is over as of that date (see ProgressSnapshot::over).
    bool isOver(QDate asOf) const;

    ProgressSnapshot snapshot(QDate asOf) const;
    UnitProgress unitProgress(int unitIndex, QDate asOf) const;
    // One unit's charts (or the campaign's, for -1) as of a date.
    ProgressSeries series(int unitIndex, QDate asOf) const;

    // Target group `group` (an index into CampaignData::groups) as of a date.
    GroupProgress groupProgress(int group, QDate asOf) const;

    // Per campaign day: the unit's (or, for unit -1, all units') daily total.
    QVector<qint64> dailyTotals(int unitIndex) const;
    // Per campaign day: the running cumulative up to that day.
    QVector<qint64> cumulativeSeries(int unitIndex) const;
    // Per campaign day: whether anything was reported.
    QVector<bool> reportedDays(int unitIndex) const;

    // Sum of counts over a date range (inclusive, clamped to the campaign).
    qint64 periodCount(int unitIndex, QDate from, QDate to) const;
    // The same by provider (one sum per provider of the campaign).
    QVector<qint64> periodByProvider(int unitIndex, QDate from, QDate to) const;
    // How many days of the range have a report (even 0) from the unit (or any, for -1).
    int reportedDayCount(int unitIndex, QDate from, QDate to) const;
    // The last campaign day with any report; invalid when nothing was reported.
    QDate latestReportedDay() const;

    static Progress computeProgress(qint64 target, qint64 population, const QVector<qint64>& daily,
                                    const QVector<bool>& reported, const CampaignCalendar& calendar,
                                    QDate asOf, StatusThresholds thresholds, bool over);

    // What the status rule of docs/progress.md looks at.
    struct StatusFacts
    {
        qint64 cumulative = 0;
        qint64 target = 0;
        int elapsedDays = 0;
        int campaignDays = 0;
        bool anyReported = true;
        bool over = false;
        Forecast::Kind forecast = Forecast::Kind::WithinCampaign;
    };
    static Status statusFor(const StatusFacts& facts, StatusThresholds thresholds);

private:
    ProgressSeries seriesFrom(int unitIndex, const QVector<qint64>& daily, QDate asOf) const;

    const CampaignData& m_data;
    StatusThresholds m_thresholds;
    QDate m_today;
};

} // namespace signtally
