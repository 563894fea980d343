#include "core/EntryRules.h"
#include "core/ProgressEngine.h"
#include "support/TestSupport.h"

#include <gtest/gtest.h>

using namespace signtally;
using signtally::test::makeCampaign;

namespace {

// One unit, quota 100, 10 days from Monday 28/07/2025 (end 06/08/2025).
// Day 0: 5 + 5; day 1: 8 (second provider silent); day 2: nothing reported;
// day 3: 0 + 0 (reported zero); day 4: 12.
CampaignData handCase()
{
    CampaignData d = makeCampaign(QDate(2025, 7, 28), 10, {100});
    d.tallies.set(0, 0, 0, 5);
    d.tallies.set(0, 0, 1, 5);
    d.tallies.set(0, 1, 0, 8);
    d.tallies.set(0, 3, 0, 0);
    d.tallies.set(0, 3, 1, 0);
    d.tallies.set(0, 4, 0, 12);
    return d;
}

} // namespace

TEST(Progress, MidCampaignFiguresMatchHandComputation)
{
    const CampaignData d = handCase();
    const ProgressEngine engine(d);
    const UnitProgress p = engine.unitProgress(0, QDate(2025, 8, 1)); // day 4
    EXPECT_EQ(p.cumulative, 30);
    EXPECT_EQ(p.dayCount, 12);
    EXPECT_TRUE(p.reportedOnAsOf);
    EXPECT_DOUBLE_EQ(p.percentOfTarget, 30.0);
    EXPECT_DOUBLE_EQ(p.coverage, 3.0);   // 30 of 1.000 adults
    EXPECT_DOUBLE_EQ(p.expected, 50.0);  // 100 × 5 / 10
    EXPECT_EQ(p.status, Status::Behind); // 30 / 50 = 60 % < 80 %
    EXPECT_EQ(p.remaining, 70);
    ASSERT_TRUE(p.requiredDaily.has_value());
    EXPECT_DOUBLE_EQ(*p.requiredDaily, 14.0); // 70 over the 5 days left
    // Reported days: 12, 0, 8, 10 (day 2 was not reported and does not count).
    EXPECT_EQ(p.paceDays, 4);
    EXPECT_DOUBLE_EQ(p.recentPace, 7.5);
    // 70 / 7,5 = 9,33 → 10 days after 01/08 = 11/08, after the end (06/08).
    EXPECT_EQ(p.forecast.kind, Forecast::Kind::NotWithinCampaign);
    EXPECT_EQ(p.forecast.date, QDate(2025, 8, 11));
}

TEST(Progress, NotReportedAndReportedZeroAreDifferent)
{
    const CampaignData d = handCase();
    const ProgressEngine engine(d);
    const UnitProgress day2 = engine.unitProgress(0, QDate(2025, 7, 30));
    EXPECT_FALSE(day2.reportedOnAsOf);
    EXPECT_EQ(day2.cumulative, 18);
    const UnitProgress day3 = engine.unitProgress(0, QDate(2025, 7, 31));
    EXPECT_TRUE(day3.reportedOnAsOf);
    EXPECT_EQ(day3.dayCount, 0);
    EXPECT_EQ(engine.snapshot(QDate(2025, 7, 30)).unitsReportedOnAsOf, 0);
    EXPECT_EQ(engine.snapshot(QDate(2025, 7, 31)).unitsReportedOnAsOf, 1);
}

TEST(Progress, ADayBeforeTheStart)
{
    const CampaignData d = handCase();
    const ProgressSnapshot s = ProgressEngine(d).snapshot(QDate(2025, 7, 27));
    EXPECT_EQ(s.elapsedDays, 0);
    EXPECT_EQ(s.daysLeft, 10);
    const UnitProgress& p = s.units[0];
    EXPECT_EQ(p.cumulative, 0);
    EXPECT_DOUBLE_EQ(p.expected, 0.0);
    EXPECT_EQ(p.status, Status::NoData); // nothing reported yet
    EXPECT_EQ(p.rank, 0);
    EXPECT_DOUBLE_EQ(*p.requiredDaily, 10.0);
    EXPECT_EQ(p.forecast.kind, Forecast::Kind::NoPace);
}

TEST(Progress, TheLastDayAndAfter)
{
    CampaignData d = handCase();
    for (int day = 5; day < 10; ++day)
        d.tallies.set(0, day, 0, 14); // 30 + 5 × 14 = 100
    const FixedClock later(QDate(2026, 1, 1));
    const ProgressEngine engine(d, later);
    for (QDate asOf : {QDate(2025, 8, 6), QDate(2026, 1, 1)}) {
        const ProgressSnapshot s = engine.snapshot(asOf);
        EXPECT_EQ(s.elapsedDays, 10);
        EXPECT_EQ(s.daysLeft, 0);
        const UnitProgress& p = s.units[0];
        EXPECT_EQ(p.cumulative, 100);
        EXPECT_DOUBLE_EQ(p.percentOfTarget, 100.0);
        EXPECT_TRUE(s.over);
        EXPECT_EQ(p.status, Status::Met);
        EXPECT_EQ(s.total.status, Status::Met);
        EXPECT_DOUBLE_EQ(*p.requiredDaily, 0.0);
        EXPECT_EQ(p.forecast.kind, Forecast::Kind::Reached);
        EXPECT_EQ(p.forecast.date, QDate(2025, 8, 6));
    }
    // One short on the last day: no day left, so no daily rate can reach it.
    d.tallies.set(0, 9, 0, 13);
    const UnitProgress shortOne = ProgressEngine(d, later).unitProgress(0, QDate(2025, 8, 6));
    EXPECT_EQ(shortOne.status, Status::NotMet);
    EXPECT_EQ(shortOne.remaining, 1);
    EXPECT_FALSE(shortOne.requiredDaily.has_value());
    EXPECT_EQ(shortOne.forecast.kind, Forecast::Kind::NotWithinCampaign);
}

TEST(Progress, AUnitWithNoTallies)
{
    const CampaignData d = makeCampaign(QDate(2025, 7, 28), 10, {100, 50});
    const ProgressSnapshot s = ProgressEngine(d).snapshot(QDate(2025, 7, 29));
    for (const UnitProgress& p : s.units) {
        EXPECT_EQ(p.cumulative, 0);
        EXPECT_EQ(p.paceDays, 0);
        EXPECT_EQ(p.forecast.kind, Forecast::Kind::NoPace);
        EXPECT_EQ(p.status, Status::NoData); // not "behind": nothing to judge yet
        EXPECT_EQ(p.rank, 0);                // and no rank
    }
    EXPECT_EQ(s.behind, 0);
    EXPECT_EQ(s.noData, 2);
    EXPECT_EQ(s.total.status, Status::NoData);
    EXPECT_EQ(s.unitsReportedOnAsOf, 0);
}

TEST(Progress, StatusThresholdsAreExactAtTheBoundaries)
{
    // Day 50 of 100, quota 1.000: expected 500, one planned day 10, so the
    // percentages decide: 475 = 95 % on track, 474 at risk, 400 = 80 % at
    // risk, 399 behind.
    const auto status = [](qint64 cum, StatusThresholds t = {}) {
        return ProgressEngine::statusFor(
            {cum, 1000, 50, 100, true, false, Forecast::Kind::WithinCampaign}, t);
    };
    EXPECT_EQ(status(475), Status::OnTrack);
    EXPECT_EQ(status(474), Status::AtRisk);
    EXPECT_EQ(status(400), Status::AtRisk);
    EXPECT_EQ(status(399), Status::Behind);
    // Custom thresholds.
    EXPECT_EQ(status(475, {100, 90}), Status::AtRisk);
    EXPECT_EQ(status(449, {100, 90}), Status::Behind);
    // Early on one planned day is more than 5 %: day 5 of 10, quota 100,
    // expected 50, one day 10: 41 is less than a day short (on the line),
    // 40 is a whole day short (80 %: at risk), 39 behind.
    const auto early = [](qint64 cum) {
        return ProgressEngine::statusFor(
            {cum, 100, 5, 10, true, false, Forecast::Kind::WithinCampaign}, {});
    };
    EXPECT_EQ(early(41), Status::OnTrack);
    EXPECT_EQ(early(40), Status::AtRisk);
    EXPECT_EQ(early(39), Status::Behind);
}

namespace {

// One row of the status table of docs/progress.md: a unit (quota, campaign
// days from Monday 28/07/2025), its daily totals (-1: not reported), the
// "as of" date and today.
struct StatusCase
{
    const char* name;
    qint64 quota;
    int days;
    QVector<int> daily;
    QDate asOf;
    QDate today;
    Status expected;
};

void PrintTo(const StatusCase& c, std::ostream* os)
{
    *os << c.name;
}

class StatusTable : public ::testing::TestWithParam<StatusCase>
{
};

} // namespace

TEST_P(StatusTable, MatchesTheDocumentedRow)
{
    const StatusCase& c = GetParam();
    CampaignData d = makeCampaign(QDate(2025, 7, 28), c.days, {c.quota});
    for (int day = 0; day < c.daily.size(); ++day)
        if (c.daily[day] >= 0)
            d.tallies.set(0, day, 0, c.daily[day]);
    const FixedClock clock(c.today);
    const ProgressSnapshot s = ProgressEngine(d, clock).snapshot(c.asOf);
    EXPECT_EQ(s.units[0].status, c.expected);
    // One unit: the campaign total is judged by the same rules.
    EXPECT_EQ(s.total.status, c.expected);
    EXPECT_EQ(s.count(c.expected), 1);
    EXPECT_EQ(s.units[0].rank, c.expected == Status::NoData ? 0 : 1);
}

// 10 days 28/07–06/08/2025, quota 100: 10 a day is the plan.
INSTANTIATE_TEST_SUITE_P(
    Progress, StatusTable,
    ::testing::Values(
        // Nothing reported by day 3: not judged.
        StatusCase{"NoData", 100, 10, {}, QDate(2025, 7, 30), QDate(2025, 7, 30), Status::NoData},
        // Only not-reported days: still no data.
        StatusCase{"NotReportedDays",
                   100,
                   10,
                   {-1, -1},
                   QDate(2025, 7, 29),
                   QDate(2025, 7, 29),
                   Status::NoData},
        StatusCase{
            "BeforeTheStart", 100, 10, {}, QDate(2025, 7, 20), QDate(2025, 7, 20), Status::NoData},
        // Day 1, 10 of an expected 10, and 10 a day reaches 100 on 06/08.
        StatusCase{
            "DayOneOnPlan", 100, 10, {10}, QDate(2025, 7, 28), QDate(2025, 7, 28), Status::OnTrack},
        // Day 1, 6 of 10: 60 %, but less than one planned day short, so not
        // behind; 6 a day reaches 100 only on 13/08: at risk.
        StatusCase{"DayOneShortOfADay",
                   100,
                   10,
                   {6},
                   QDate(2025, 7, 28),
                   QDate(2025, 7, 28),
                   Status::AtRisk},
        // Day 1, a reported 0: a whole day short and 0 % < 80 %.
        StatusCase{
            "DayOneZero", 100, 10, {0}, QDate(2025, 7, 28), QDate(2025, 7, 28), Status::Behind},
        // Day 5: 50 of 50, forecast 06/08.
        StatusCase{"MidDriveOnTrack",
                   100,
                   10,
                   {10, 10, 10, 10, 10},
                   QDate(2025, 8, 1),
                   QDate(2025, 8, 1),
                   Status::OnTrack},
        // Day 5: 40 of 50 = 80 %, forecast 09/08 (too late).
        StatusCase{"MidDriveAtRisk",
                   100,
                   10,
                   {8, 8, 8, 8, 8},
                   QDate(2025, 8, 1),
                   QDate(2025, 8, 1),
                   Status::AtRisk},
        // Day 5: 15 of 50 = 30 %.
        StatusCase{"MidDriveBehind",
                   100,
                   10,
                   {3, 3, 3, 3, 3},
                   QDate(2025, 8, 1),
                   QDate(2025, 8, 1),
                   Status::Behind},
        // 20 days, quota 200 (10 a day). Day 10: 118 of an expected 100, but
        // the last 7 reported days made 2 a day: 82 more take 41 days.
        StatusCase{"AheadButForecastTooLate",
                   200,
                   20,
                   {100, 2, 2, 2, 2, 2, 2, 2, 2, 2},
                   QDate(2025, 8, 6),
                   QDate(2025, 8, 6),
                   Status::AtRisk},
        // 110 by day 2: reached early, on track for the rest of the drive.
        StatusCase{"QuotaReachedEarly",
                   100,
                   10,
                   {50, 60},
                   QDate(2025, 7, 29),
                   QDate(2025, 7, 29),
                   Status::OnTrack},
        // The last day, while it lasts: 99 of 100 is 99 % of the line, but
        // the forecast is 07/08, after the end.
        StatusCase{"LastDayNotOver",
                   100,
                   10,
                   {10, 10, 10, 10, 10, 10, 10, 10, 10, 9},
                   QDate(2025, 8, 6),
                   QDate(2025, 8, 6),
                   Status::AtRisk},
        // The same once the last day is over.
        StatusCase{"LastDayOver",
                   100,
                   10,
                   {10, 10, 10, 10, 10, 10, 10, 10, 10, 9},
                   QDate(2025, 8, 6),
                   QDate(2025, 8, 7),
                   Status::NotMet},
        StatusCase{"AfterTheEndMet",
                   100,
                   10,
                   {10, 10, 10, 10, 10, 10, 10, 10, 10, 10},
                   QDate(2025, 9, 1),
                   QDate(2025, 9, 1),
                   Status::Met},
        StatusCase{"AfterTheEndQuotaReachedEarly",
                   100,
                   10,
                   {50, 60},
                   QDate(2025, 8, 6),
                   QDate(2026, 1, 1),
                   Status::Met},
        // Over: judged against the quota, data or not.
        StatusCase{"AfterTheEndNoData",
                   100,
                   10,
                   {},
                   QDate(2025, 9, 1),
                   QDate(2025, 9, 1),
                   Status::NotMet}),
    [](const ::testing::TestParamInfo<StatusCase>& info) { return std::string(info.param.name); });

TEST(Progress, CampaignTotalFollowsTheSameRules)
{
    // Quotas 100 and 50 over 10 days (15 a day together).
    CampaignData d = makeCampaign(QDate(2025, 7, 28), 10, {100, 50});
    const FixedClock during(QDate(2025, 8, 1));
    // Nothing reported: the total has no data either.
    EXPECT_EQ(ProgressEngine(d, during).snapshot(QDate(2025, 8, 1)).total.status, Status::NoData);
    // Unit 0 reports 15 a day, unit 1 nothing: the total, 75 of an expected
    // 75, reaches 150 on 06/08 at 15 a day: on track, while unit 1 has no data.
    for (int day = 0; day < 5; ++day)
        d.tallies.set(0, day, 0, 15);
    ProgressSnapshot s = ProgressEngine(d, during).snapshot(QDate(2025, 8, 1));
    EXPECT_EQ(s.total.status, Status::OnTrack);
    EXPECT_EQ(s.units[0].status, Status::OnTrack);
    EXPECT_EQ(s.units[1].status, Status::NoData);
    EXPECT_EQ(s.units[0].rank, 1);
    EXPECT_EQ(s.units[1].rank, 0);
    // At 14 a day the total, 70 of 75, is less than a day (15) short of the
    // line, but 80 more at 14 a day take 6 days (07/08, after the end): at risk.
    for (int day = 0; day < 5; ++day)
        d.tallies.set(0, day, 0, 14);
    EXPECT_EQ(ProgressEngine(d, during).snapshot(QDate(2025, 8, 1)).total.status, Status::AtRisk);
    // Once the drive is over: 70 of 150, not met; every unit met or not.
    const FixedClock after(QDate(2025, 8, 7));
    s = ProgressEngine(d, after).snapshot(QDate(2025, 8, 6));
    EXPECT_TRUE(s.over);
    EXPECT_EQ(s.total.status, Status::NotMet);
    EXPECT_EQ(s.notMet, 2);
    EXPECT_EQ(s.met + s.onTrack + s.atRisk + s.behind + s.noData, 0);
    // The last day itself, still today: not over.
    EXPECT_FALSE(ProgressEngine(d, FixedClock(QDate(2025, 8, 6))).snapshot(QDate(2025, 8, 6)).over);
}

TEST(Progress, ForecastWithinTheCampaign)
{
    CampaignData d = makeCampaign(QDate(2025, 7, 28), 10, {100});
    d.tallies.set(0, 0, 0, 20);
    d.tallies.set(0, 1, 0, 20);
    const UnitProgress p = ProgressEngine(d).unitProgress(0, QDate(2025, 7, 29));
    EXPECT_DOUBLE_EQ(p.recentPace, 20.0);
    // 60 left at 20 a day: 3 more days → 01/08/2025.
    EXPECT_EQ(p.forecast.kind, Forecast::Kind::WithinCampaign);
    EXPECT_EQ(p.forecast.date, QDate(2025, 8, 1));
}

TEST(Progress, PaceUsesOnlyTheLastSevenReportedDays)
{
    CampaignData d = makeCampaign(QDate(2025, 7, 28), 20, {1000});
    for (int day = 0; day < 10; ++day)
        d.tallies.set(0, day, 0, day < 3 ? 100 : 10);
    d.tallies.set(0, 10, 0, std::nullopt);
    const UnitProgress p = ProgressEngine(d).unitProgress(0, QDate(2025, 8, 8)); // day 11
    EXPECT_EQ(p.paceDays, 7);
    EXPECT_DOUBLE_EQ(p.recentPace, 10.0); // days 3..9, all 10
}

TEST(Progress, CampaignTotalsAndRanks)
{
    CampaignData d = makeCampaign(QDate(2025, 7, 28), 10, {100, 200, 50});
    d.tallies.set(0, 0, 0, 50);  // 50 %
    d.tallies.set(1, 0, 1, 100); // 50 %
    d.tallies.set(2, 0, 0, 10);  // 20 %
    const ProgressSnapshot s = ProgressEngine(d).snapshot(QDate(2025, 7, 28));
    EXPECT_EQ(s.total.cumulative, 160);
    EXPECT_EQ(s.total.target, 350);
    EXPECT_EQ(s.total.population, 3500);
    EXPECT_EQ(s.units[0].rank, 1);
    EXPECT_EQ(s.units[1].rank, 1);
    EXPECT_EQ(s.units[2].rank, 3);
    EXPECT_EQ(s.unitsReportedOnAsOf, 3);
    const ProgressEngine engine(d);
    EXPECT_EQ(engine.periodCount(-1, QDate(2025, 7, 1), QDate(2025, 12, 1)), 160);
    EXPECT_EQ(engine.cumulativeSeries(1).last(), 100);
    EXPECT_EQ(engine.dailyTotals(-1).first(), 160);
}

TEST(Progress, PercentGoalIsAShareOfThePopulation)
{
    Campaign c;
    c.goalKind = GoalKind::PercentOfPopulation;
    c.goalValue = 6500; // 65 %
    EXPECT_EQ(c.goalCount(1000), 650);
    EXPECT_EQ(c.goalCount(1001), 651); // 650,65 rounds up: "at least 65 %"
}

// The charts' series come from the engine: the hand case as of day 3 (31/07).
TEST(Progress, TheSeriesIsTheFiguresDayByDay)
{
    const CampaignData d = handCase();
    const ProgressEngine engine(d);
    const ProgressSeries s = engine.series(0, QDate(2025, 7, 31));
    EXPECT_EQ(s.target, 100);
    EXPECT_EQ(s.cumulative, (QVector<qint64>{10, 18, 18, 18})); // nothing after "as of"
    ASSERT_EQ(s.planned.size(), 10);
    EXPECT_DOUBLE_EQ(s.planned[0], 10.0);
    EXPECT_DOUBLE_EQ(s.planned[3], 40.0); // = the unit's expected count as of day 3
    EXPECT_DOUBLE_EQ(s.planned[9], 100.0);
    EXPECT_DOUBLE_EQ(s.planned[3], engine.unitProgress(0, QDate(2025, 7, 31)).expected);
    ASSERT_EQ(s.dailyByProvider.size(), 2);
    EXPECT_EQ(s.dailyByProvider[0],
              (QVector<qint64>{5, 8, 0, 0, 0, 0, 0, 0, 0, 0})); // day 4's 12 is later
    EXPECT_EQ(s.dailyByProvider[1], (QVector<qint64>{5, 0, 0, 0, 0, 0, 0, 0, 0, 0}));

    // The snapshot carries the campaign's series (one unit: the same figures).
    const ProgressSnapshot snap = engine.snapshot(QDate(2025, 7, 31));
    EXPECT_EQ(snap.series.unitIndex, -1);
    EXPECT_EQ(snap.series.cumulative, s.cumulative);
    EXPECT_EQ(snap.series.dailyByProvider, s.dailyByProvider);
    EXPECT_DOUBLE_EQ(snap.plannedPercent, 40.0); // 4 of 10 days
    EXPECT_EQ(snap.series.cumulative.back(), snap.total.cumulative);
}

TEST(Progress, PeriodSumsByProviderAndReportedDays)
{
    const CampaignData d = handCase();
    const ProgressEngine engine(d);
    const QDate first(2025, 7, 28);
    EXPECT_EQ(engine.periodByProvider(0, first, first.addDays(4)), (QVector<qint64>{25, 5}));
    EXPECT_EQ(engine.periodByProvider(-1, first.addDays(1), first.addDays(3)),
              (QVector<qint64>{8, 0}));
    // Days 0, 1, 3, 4 have a report; day 2 has none; a reported zero counts.
    EXPECT_EQ(engine.reportedDayCount(0, first, first.addDays(9)), 4);
    EXPECT_EQ(engine.reportedDayCount(0, first.addDays(2), first.addDays(3)), 1);
    EXPECT_EQ(engine.reportedDayCount(-1, first.addDays(5), first.addDays(9)), 0);
    // Ranges reaching outside the campaign are clamped to it.
    EXPECT_EQ(engine.periodByProvider(0, first.addDays(-3), first.addDays(30)),
              (QVector<qint64>{25, 5}));
    EXPECT_EQ(engine.latestReportedDay(), first.addDays(4));
    EXPECT_FALSE(ProgressEngine(makeCampaign(first, 10, {100})).latestReportedDay().isValid());
}

// The entry rules' view of a unit's other days, from the hand case: editing
// day 3 (31/07) sees 10 + 8 before it, 12 after it, and the reported days'
// totals 10, 8 and 12 (day 2 was not reported; day 3 itself is left out).
TEST(Progress, TheOtherDaysOfAnEditedDay)
{
    const CampaignData d = handCase();
    EntryFacts f;
    EntryRules::setOtherDays(f, d.tallies, 0, 3);
    EXPECT_EQ(f.cumulativeBefore, 18);
    EXPECT_EQ(f.otherDaysTotal, 30);
    EXPECT_EQ(f.otherReportedTotals, (QVector<qint64>{10, 8, 12}));
    EntryRules::setOtherDays(f, d.tallies, 0, 0); // refilled, not added to
    EXPECT_EQ(f.cumulativeBefore, 0);
    EXPECT_EQ(f.otherDaysTotal, 20);
    EXPECT_EQ(f.otherReportedTotals, (QVector<qint64>{8, 0, 12}));
}
