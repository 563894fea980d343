#pragma once

#include "core/Campaign.h"
#include "core/CampaignCalendar.h"

#include <QDate>
#include <QVector>
#include <optional>

namespace signtally {

enum class Status
{
    OnTrack,
    AtRisk,
    Behind
};

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
    Status status = Status::OnTrack;
    std::optional<double> requiredDaily; // remaining / days left; none when no day is left
    double recentPace = 0;               // average of the last (up to) 7 reported days
    int paceDays = 0;                    // how many reported days that average covers
    Forecast forecast;
};

struct UnitProgress : Progress
{
    int unitIndex = -1;
    int rank = 0; // 1 = highest % of quota; equal percentages share a rank
};

struct ProgressSnapshot
{
    QDate asOf; // as asked; counts after it are ignored
    int campaignDays = 0;
    int elapsedDays = 0;
    int daysLeft = 0;
    Progress total;
    QVector<UnitProgress> units; // in the campaign's unit order
    int onTrack = 0;
    int atRisk = 0;
    int behind = 0;
    int unitsReportedOnAsOf = 0;
};

// The one place where progress is computed. Screens, reports and the command
// line all read figures from here, so they always agree.
class ProgressEngine
{
public:
    static constexpr int PaceWindow = 7;

    // Statuses use the campaign's own thresholds, or the ones given.
    explicit ProgressEngine(const CampaignData& data)
        : ProgressEngine(data, data.campaign.thresholds)
    {}
    ProgressEngine(const CampaignData& data, StatusThresholds thresholds);

    const CampaignData& data() const { return m_data; }
    CampaignCalendar calendar() const { return {m_data.campaign.start, m_data.campaign.end}; }
    StatusThresholds thresholds() const { return m_thresholds; }

    ProgressSnapshot snapshot(QDate asOf) const;
    UnitProgress unitProgress(int unitIndex, QDate asOf) const;

    // Per campaign day: the unit's (or, for unit -1, all units') daily total.
    QVector<qint64> dailyTotals(int unitIndex) const;
    // Per campaign day: the running cumulative up to that day.
    QVector<qint64> cumulativeSeries(int unitIndex) const;
    // Per campaign day: whether anything was reported.
    QVector<bool> reportedDays(int unitIndex) const;

    // Sum of counts over a date range (inclusive, clamped to the campaign).
    qint64 periodCount(int unitIndex, QDate from, QDate to) const;

    static Progress computeProgress(qint64 target, qint64 population, const QVector<qint64>& daily,
                                    const QVector<bool>& reported, const CampaignCalendar& calendar,
                                    QDate asOf, StatusThresholds thresholds);
    static Status statusFor(qint64 cumulative, qint64 target, int elapsedDays, int campaignDays,
                            StatusThresholds thresholds);

private:
    const CampaignData& m_data;
    StatusThresholds m_thresholds;
};

} // namespace signtally
