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
    EXPECT_EQ(p.status, Status::OnTrack); // nothing was expected yet
    EXPECT_DOUBLE_EQ(*p.requiredDaily, 10.0);
    EXPECT_EQ(p.forecast.kind, Forecast::Kind::NoPace);
}

TEST(Progress, TheLastDayAndAfter)
{
    CampaignData d = handCase();
    for (int day = 5; day < 10; ++day)
        d.tallies.set(0, day, 0, 14); // 30 + 5 × 14 = 100
    const ProgressEngine engine(d);
    for (QDate asOf : {QDate(2025, 8, 6), QDate(2026, 1, 1)}) {
        const ProgressSnapshot s = engine.snapshot(asOf);
        EXPECT_EQ(s.elapsedDays, 10);
        EXPECT_EQ(s.daysLeft, 0);
        const UnitProgress& p = s.units[0];
        EXPECT_EQ(p.cumulative, 100);
        EXPECT_DOUBLE_EQ(p.percentOfTarget, 100.0);
        EXPECT_EQ(p.status, Status::OnTrack);
        EXPECT_DOUBLE_EQ(*p.requiredDaily, 0.0);
        EXPECT_EQ(p.forecast.kind, Forecast::Kind::Reached);
        EXPECT_EQ(p.forecast.date, QDate(2025, 8, 6));
    }
    // One short on the last day: no day left, so no daily rate can reach it.
    d.tallies.set(0, 9, 0, 13);
    const UnitProgress shortOne = ProgressEngine(d).unitProgress(0, QDate(2025, 8, 6));
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
        EXPECT_EQ(p.status, Status::Behind);
        EXPECT_EQ(p.rank, 1); // all equal
    }
    EXPECT_EQ(s.behind, 2);
    EXPECT_EQ(s.unitsReportedOnAsOf, 0);
}

TEST(Progress, StatusThresholdsAreExactAtTheBoundaries)
{
    // Expected-to-date 50 (quota 100, day 5 of 10): 48 = 96 % on track,
    // 47 = 94 % at risk, 40 = 80 % at risk, 39 = 78 % behind.
    const auto status = [](qint64 cum) { return ProgressEngine::statusFor(cum, 100, 5, 10, {}); };
    EXPECT_EQ(status(48), Status::OnTrack);
    EXPECT_EQ(status(47), Status::AtRisk);
    EXPECT_EQ(status(40), Status::AtRisk);
    EXPECT_EQ(status(39), Status::Behind);
    // On the last day the whole quota is expected: 95 of 100 is exactly 95 %.
    EXPECT_EQ(ProgressEngine::statusFor(95, 100, 10, 10, {}), Status::OnTrack);
    EXPECT_EQ(ProgressEngine::statusFor(94, 100, 10, 10, {}), Status::AtRisk);
    // Custom thresholds.
    EXPECT_EQ(ProgressEngine::statusFor(48, 100, 5, 10, {100, 90}), Status::AtRisk);
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
