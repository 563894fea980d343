#include "core/AxisStep.h"
#include "core/VnFormat.h"

#include <gtest/gtest.h>
#include <optional>

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

namespace {

// What a person types for a date, and the date it is (none: refused).
struct DateCase
{
    const char* name;
    const char16_t* text;
    std::optional<QDate> date;
};

void PrintTo(const DateCase& c, std::ostream* os)
{
    *os << c.name;
}

class DateParsing : public ::testing::TestWithParam<DateCase>
{
};

// What a person types for a count: its value, or the error it is.
struct CountCase
{
    const char* name;
    const char16_t* text;
    CountParse::Error error;
    qint64 value = 0; // checked when there is no error
};

void PrintTo(const CountCase& c, std::ostream* os)
{
    *os << c.name;
}

class CountParsing : public ::testing::TestWithParam<CountCase>
{
};

} // namespace

TEST_P(DateParsing, ParsesTheDatesPeopleType)
{
    const DateCase& c = GetParam();
    const std::optional<QDate> parsed = DateParser::parse(QStringView(c.text));
    if (c.date) {
        EXPECT_EQ(parsed, *c.date);
    } else {
        EXPECT_FALSE(parsed.has_value());
    }
}

INSTANTIATE_TEST_SUITE_P(
    Format, DateParsing,
    ::testing::Values(DateCase{"DayMonthYear", u"28/07/2025", QDate(2025, 7, 28)},
                      DateCase{"MonthWithoutLeadingZero", u"28/7/2025", QDate(2025, 7, 28)},
                      DateCase{"Iso", u"2025-07-28", QDate(2025, 7, 28)},
                      DateCase{"SpacesAroundAndNoLeadingZeros", u" 4/8/2025 ", QDate(2025, 8, 4)},
                      DateCase{"NoSuchDay", u"31/02/2025", std::nullopt},
                      DateCase{"MonthFirst", u"07/28/2025", std::nullopt},
                      DateCase{"Words", u"hôm qua", std::nullopt},
                      DateCase{"Empty", u"", std::nullopt}),
    [](const ::testing::TestParamInfo<DateCase>& info) { return std::string(info.param.name); });

TEST_P(CountParsing, WithOrWithoutThousandsSeparators)
{
    const CountCase& c = GetParam();
    const CountParse parsed = CountParser::parse(QStringView(c.text));
    EXPECT_EQ(parsed.error, c.error);
    EXPECT_EQ(parsed.ok(), c.error == CountParse::Error::None);
    if (parsed.ok()) {
        EXPECT_EQ(parsed.value, c.value);
    } else {
        // Every error has a sentence for the user.
        EXPECT_FALSE(parsed.message().isEmpty());
    }
}

using Error = CountParse::Error;
INSTANTIATE_TEST_SUITE_P(
    Format, CountParsing,
    ::testing::Values(CountCase{"Plain", u"1605", Error::None, 1605},
                      CountCase{"DotThousands", u"1.605", Error::None, 1605},
                      CountCase{"CommaThousands", u"1,605", Error::None, 1605},
                      CountCase{"SpaceThousands", u"1 605", Error::None, 1605},
                      CountCase{"TwoGroups", u"1.234.567", Error::None, 1234567},
                      CountCase{"Zero", u"0", Error::None, 0},
                      CountCase{"SpacesAround", u" 12 ", Error::None, 12},
                      CountCase{"Empty", u"", Error::Empty},
                      CountCase{"Negative", u"-5", Error::Negative},
                      CountCase{"Words", u"abc", Error::NotANumber},
                      CountCase{"Fraction", u"1.5", Error::NotANumber},
                      CountCase{"ShortGroup", u"1.60", Error::NotANumber},
                      CountCase{"GroupsThenFraction", u"1.605,3", Error::NotANumber},
                      CountCase{"MixedSeparators", u"1.605,000", Error::NotANumber},
                      CountCase{"TooLarge", u"99999999999", Error::TooLarge}),
    [](const ::testing::TestParamInfo<CountCase>& info) { return std::string(info.param.name); });

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
