#pragma once

#include <QDate>
#include <QFlags>
#include <QSet>

namespace signtally {

class TallyMatrix;

// What a committed write changed, told to every screen once the transaction
// is done, whoever wrote it: this window's grid, an import on a worker, a
// week lock, or another process on the same file. Screens look at it to
// update only what it touches (docs/architecture.md, "One change path").
struct ChangeNotice
{
    enum Part
    {
        Tallies = 0x1,        // counts of `units` on days `from`–`to` by `providers`
        WeekLocks = 0x2,      // a week was locked or unlocked
        Thresholds = 0x4,     // the campaign's status thresholds
        ReportSettings = 0x8, // a report's heading, signature or narrative
        Setup = 0x10,         // the campaign itself: dates, units, goal, providers
    };
    Q_DECLARE_FLAGS(Parts, Part)

    enum class Origin
    {
        ThisWindow,      // a save, lock or setting of this session
        Import,          // an import this session ran on a worker
        OtherConnection, // another process (or window) wrote to the file
    };

    qint64 campaignId = 0;
    Parts parts;
    Origin origin = Origin::ThisWindow;
    // For Tallies: unit and provider indices of the campaign, and the dates
    // (inclusive) of the cells that changed.
    QSet<int> units;
    QSet<int> providers;
    QDate from;
    QDate to;

    bool isEmpty() const { return parts == Parts(); }
    bool touches(Part part) const { return parts.testFlag(part); }
    // Counts of this unit changed.
    bool touchesUnit(int unit) const { return touches(Tallies) && units.contains(unit); }
    // A count on or before `date` changed: everything cumulative "as of" that
    // date (figures, statuses, forecasts) may differ.
    bool touchesUpTo(QDate date) const
    {
        return touches(Tallies) && from.isValid() && from <= date;
    }
    // Anything figures "as of" that date depend on changed: a count on or
    // before it, the thresholds, or the campaign's set-up.
    bool changesFiguresAsOf(QDate date) const
    {
        return touches(Thresholds) || touches(Setup) || touchesUpTo(date);
    }
    // Adds another notice's changes (for a screen that was hidden meanwhile).
    void merge(const ChangeNotice& other);

    // The cells that differ between two matrices of the same campaign
    // (`start` is its first day); empty when they are equal.
    static ChangeNotice tallyDifference(const TallyMatrix& before, const TallyMatrix& after,
                                        QDate start);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ChangeNotice::Parts)

} // namespace signtally
