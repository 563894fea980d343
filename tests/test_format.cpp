#include "core/AxisStep.h"
#include "core/VnFormat.h"

#include <gtest/gtest.h>

using namespace signtally;
using namespace Qt::StringLiterals;

TEST(Format, VietnameseNumbersAndDates)
{
    const Format f;
    EXPECT_EQ(f.count(50000), u"50.000"_s);
    EXPECT_EQ(f.count(277566), u"277.566"_s);
    EXPECT_EQ(f.count(1605), u"1.605"_s);
    EXPECT_EQ(f.count(665), u"665"_s);
    EXPECT_EQ(f.count(488648), u"488.648"_s);
    EXPECT_EQ(f.percent(18.0134), u"18,0%"_s);
    EXPECT_EQ(f.percent(106.04, 2), u"106,04%"_s);
    EXPECT_EQ(f.date(QDate(2025, 7, 28)), u"28/07/2025"_s);
    EXPECT_EQ(f.shortDate(QDate(2025, 8, 4)), u"04/08"_s);
}

TEST(Format, ParsesTheDatesPeopleType)
{
    EXPECT_EQ(DateParser::parse(u"28/07/2025"), QDate(2025, 7, 28));
    EXPECT_EQ(DateParser::parse(u"28/7/2025"), QDate(2025, 7, 28));
    EXPECT_EQ(DateParser::parse(u"2025-07-28"), QDate(2025, 7, 28));
    EXPECT_EQ(DateParser::parse(u" 4/8/2025 "), QDate(2025, 8, 4));
    EXPECT_FALSE(DateParser::parse(u"31/02/2025").has_value());
    EXPECT_FALSE(DateParser::parse(u"07/28/2025").has_value());
    EXPECT_FALSE(DateParser::parse(u"hôm qua").has_value());
    EXPECT_FALSE(DateParser::parse(u"").has_value());
}

TEST(Format, ParsesCountsWithOrWithoutThousandsSeparators)
{
    EXPECT_EQ(CountParser::parse(u"1605").value, 1605);
    EXPECT_EQ(CountParser::parse(u"1.605").value, 1605);
    EXPECT_EQ(CountParser::parse(u"1,605").value, 1605);
    EXPECT_EQ(CountParser::parse(u"1 605").value, 1605);
    EXPECT_EQ(CountParser::parse(u"1.234.567").value, 1234567);
    EXPECT_EQ(CountParser::parse(u"0").value, 0);
    EXPECT_TRUE(CountParser::parse(u" 12 ").ok());
    EXPECT_EQ(CountParser::parse(u"").error, CountParse::Error::Empty);
    EXPECT_EQ(CountParser::parse(u"-5").error, CountParse::Error::Negative);
    EXPECT_EQ(CountParser::parse(u"abc").error, CountParse::Error::NotANumber);
    EXPECT_EQ(CountParser::parse(u"1.5").error, CountParse::Error::NotANumber);
    EXPECT_EQ(CountParser::parse(u"1.60").error, CountParse::Error::NotANumber);
    EXPECT_EQ(CountParser::parse(u"1.605,3").error, CountParse::Error::NotANumber);
    EXPECT_EQ(CountParser::parse(u"1.605,000").error, CountParse::Error::NotANumber);
    EXPECT_EQ(CountParser::parse(u"99999999999").error, CountParse::Error::TooLarge);
    EXPECT_FALSE(CountParser::parse(u"-5").message().isEmpty());
}

TEST(AxisStep, RoundStepsOfAtLeastOne)
{
    EXPECT_EQ(axisStep(50000, 5), 10000);
    EXPECT_EQ(axisStep(54000, 5), 20000);
    EXPECT_EQ(axisStep(23456, 6), 5000);
    EXPECT_EQ(axisStep(12, 5), 2.5);
    EXPECT_EQ(axisStep(3, 6), 1);
    EXPECT_EQ(axisStep(0, 6), 1);
    EXPECT_EQ(axisStep(-5, 6), 1);
}
