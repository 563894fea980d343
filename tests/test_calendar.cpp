#include "core/CampaignCalendar.h"

#include <gtest/gtest.h>

using namespace signtally;

namespace {
const CampaignCalendar drive(QDate(2025, 7, 28), QDate(2025, 8, 28));
}

TEST(Calendar, TheDriveHas32DaysAndFiveWeeks)
{
    EXPECT_EQ(drive.days(), 32);
    EXPECT_EQ(QDate(2025, 7, 28).dayOfWeek(), 1); // a Monday
    EXPECT_EQ(drive.weekCount(), 5);
}

TEST(Calendar, WeeksStartOnTheFirstDayAndTheLastIsShort)
{
    EXPECT_EQ(drive.weekStart(1), QDate(2025, 7, 28));
    EXPECT_EQ(drive.weekEnd(1), QDate(2025, 8, 3));
    EXPECT_EQ(drive.weekStart(2), QDate(2025, 8, 4));
    EXPECT_EQ(drive.weekEnd(2), QDate(2025, 8, 10));
    EXPECT_EQ(drive.weekStart(5), QDate(2025, 8, 25));
    EXPECT_EQ(drive.weekEnd(5), QDate(2025, 8, 28));
    EXPECT_EQ(drive.weekOf(QDate(2025, 7, 28)), 1);
    EXPECT_EQ(drive.weekOf(QDate(2025, 8, 3)), 1);
    EXPECT_EQ(drive.weekOf(QDate(2025, 8, 4)), 2);
    EXPECT_EQ(drive.weekOf(QDate(2025, 8, 28)), 5);
    EXPECT_EQ(drive.weekOf(QDate(2025, 8, 29)), 0);
    EXPECT_EQ(drive.weekOf(QDate(2025, 7, 27)), 0);
}

TEST(Calendar, ElapsedAndLeftAreClampedToTheCampaign)
{
    EXPECT_EQ(drive.elapsedDays(QDate(2025, 7, 27)), 0);
    EXPECT_EQ(drive.daysLeft(QDate(2025, 7, 27)), 32);
    EXPECT_EQ(drive.elapsedDays(QDate(2025, 7, 28)), 1);
    EXPECT_EQ(drive.daysLeft(QDate(2025, 7, 28)), 31);
    EXPECT_EQ(drive.elapsedDays(QDate(2025, 8, 28)), 32);
    EXPECT_EQ(drive.daysLeft(QDate(2025, 8, 28)), 0);
    EXPECT_EQ(drive.elapsedDays(QDate(2026, 11, 23)), 32);
    EXPECT_EQ(drive.clamp(QDate(2026, 11, 23)), QDate(2025, 8, 28));
    EXPECT_EQ(drive.clamp(QDate(2025, 1, 1)), QDate(2025, 7, 28));
    EXPECT_EQ(drive.clamp(QDate(2025, 8, 10)), QDate(2025, 8, 10));
}
