#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace signtally {

class TallyMatrix;

// What is known about one unit when a day's counts change (in the entry grid
// or in an import's preview): the unit's figures, its other days, and the
// day's new total (all providers).
struct EntryFacts
{
    QString unitName;
    qint64 adults = 0;
    qint64 quota = 0;
    qint64 cumulativeBefore = 0;         // counts of the campaign days before the date
    qint64 otherDaysTotal = 0;           // counts of every campaign day except the date
    QVector<qint64> otherReportedTotals; // daily totals of the other days that were reported
    qint64 newDayTotal = 0;              // the date's total after the change
    int campaignDays = 0;                // days of the whole campaign
    int daysFromDate = 0;                // the date and the campaign days after it
};

// The verdict on a day's new total. Rejected changes are not made; warnings
// are shown and the change is made only when the user confirms (in the grid),
// or listed with the line (in an import; errors with --strict).
struct EntryVerdict
{
    enum class Kind
    {
        Ok,
        Warn,
        Reject
    };
    Kind kind = Kind::Ok;
    QString message; // translated, names the unit and the numbers
    bool ok() const { return kind == Kind::Ok; }
};

// The rules of docs/entry.md, as one pure function:
// - reject when the unit's total over the campaign would exceed its adults;
// - warn when the day's total is more than the quota still remaining before
//   the date (only while some remains);
// - with a history (at least MinReportedDays other days with a count above
//   0), warn when the day's total is more than medianFactor() × the unit's
//   usual day: the median of those non-zero days, at least the planned daily
//   rate (quota / campaign days, rounded up);
// - without one, warn when it is more than NoHistoryFactor × the daily rate
//   the quota still needs (remaining / days from the date to the end, rounded
//   up, at least the planned daily rate).
struct EntryRules
{
    Q_DECLARE_TR_FUNCTIONS(EntryRules)
public:
    static constexpr int MedianFactor = 5; // the default factor
    static constexpr int MinReportedDays = 3;
    static constexpr int NoHistoryFactor = 5;

    // The factor of the median rule (settings: entry/outlierFactor); MedianFactor unless set.
    static double medianFactor();
    static void setMedianFactor(double factor); // values below 1 are ignored

    // describe = false leaves the message empty (for counting many cells fast).
    static EntryVerdict check(const EntryFacts& facts, bool describe = true);
    // Fills the facts of a unit's other days from the stored tallies:
    // cumulativeBefore, otherDaysTotal and otherReportedTotals for `day`
    // (a campaign day index) of `unit`.
    static void setOtherDays(EntryFacts& facts, const TallyMatrix& tallies, int unit, int day);
    // Median of the values (mean of the middle two for an even count); 0 when empty.
    static double median(QVector<qint64> values);
    // quota / campaign days, rounded up (0 without days).
    static qint64 plannedDaily(const EntryFacts& facts);
};

} // namespace signtally
