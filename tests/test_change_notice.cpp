#include "core/ChangeNotice.h"
#include "core/TallyMatrix.h"

#include <gtest/gtest.h>

using namespace signtally;

namespace {
const QDate Start(2025, 7, 28);
}

TEST(ChangeNotice, TheDifferenceNamesExactlyTheCellsThatChanged)
{
    TallyMatrix before(4, 10, 2);
    before.set(1, 2, 0, 5);
    TallyMatrix after = before;
    EXPECT_TRUE(ChangeNotice::tallyDifference(before, after, Start).isEmpty());

    after.set(1, 2, 0, 6);  // changed
    after.set(3, 7, 1, 0);  // a reported zero where nothing was
    after.set(0, 4, 1, {}); // still nothing
    const ChangeNotice n = ChangeNotice::tallyDifference(before, after, Start);
    EXPECT_EQ(n.parts, ChangeNotice::Parts(ChangeNotice::Tallies));
    EXPECT_EQ(n.units, (QSet<int>{1, 3}));
    EXPECT_EQ(n.providers, (QSet<int>{0, 1}));
    EXPECT_EQ(n.from, Start.addDays(2));
    EXPECT_EQ(n.to, Start.addDays(7));
    EXPECT_TRUE(n.touchesUnit(3));
    EXPECT_FALSE(n.touchesUnit(0));
    // Cumulative figures as of the day before the first change are untouched.
    EXPECT_FALSE(n.touchesUpTo(Start.addDays(1)));
    EXPECT_TRUE(n.touchesUpTo(Start.addDays(2)));
    EXPECT_FALSE(n.changesFiguresAsOf(Start.addDays(1)));
    EXPECT_TRUE(n.changesFiguresAsOf(Start.addDays(7)));
    ChangeNotice thresholds;
    thresholds.parts = ChangeNotice::Thresholds;
    EXPECT_TRUE(thresholds.changesFiguresAsOf(Start)); // every status may differ
}

TEST(ChangeNotice, AnotherShapeMeansTheSetUpChanged)
{
    const ChangeNotice n =
        ChangeNotice::tallyDifference(TallyMatrix(4, 10, 2), TallyMatrix(5, 10, 2), Start);
    EXPECT_TRUE(n.touches(ChangeNotice::Setup));
    EXPECT_TRUE(n.touches(ChangeNotice::Tallies));
    EXPECT_EQ(n.units.size(), 5);
    EXPECT_EQ(n.from, Start);
    EXPECT_EQ(n.to, Start.addDays(9));
}

TEST(ChangeNotice, MergingKeepsEveryChange)
{
    ChangeNotice a;
    a.parts = ChangeNotice::Tallies;
    a.units = {2};
    a.providers = {0};
    a.from = a.to = Start.addDays(5);
    ChangeNotice b;
    b.parts = ChangeNotice::WeekLocks;
    b.origin = ChangeNotice::Origin::Import;
    ChangeNotice c;
    c.parts = ChangeNotice::Tallies;
    c.units = {7};
    c.providers = {1};
    c.from = Start.addDays(1);
    c.to = Start.addDays(3);

    ChangeNotice merged;
    merged.merge(a);
    merged.merge(b);
    merged.merge(c);
    EXPECT_EQ(merged.parts, ChangeNotice::Tallies | ChangeNotice::WeekLocks);
    EXPECT_EQ(merged.units, (QSet<int>{2, 7}));
    EXPECT_EQ(merged.providers, (QSet<int>{0, 1}));
    EXPECT_EQ(merged.from, Start.addDays(1));
    EXPECT_EQ(merged.to, Start.addDays(5));
    EXPECT_EQ(merged.origin, ChangeNotice::Origin::OtherConnection); // mixed origins
}
