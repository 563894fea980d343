#pragma once

#include "core/TallyMatrix.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace signtally {

enum class UnitKind
{
    Commune, // xã
    Ward,    // phường
    Town     // thị trấn
};

// A commune or ward as it takes part in one campaign: its population and quota
// belong to the campaign, not to the unit, so the same unit can carry other
// figures in another drive.
struct Unit
{
    qint64 id = 0;
    int number = 0; // "TT" in the plan's appendix
    QString name;   // as printed in the plan
    UnitKind kind = UnitKind::Commune;
    QStringList aliases; // other spellings ("Thượng Quan" for "Xã Thượng Quan")
    qint64 adults = 0;
    qint64 quota = 0;
};

struct Provider
{
    qint64 id = 0;
    QString code; // stable key: "viettel", "vnpt", "other"
    QString name; // shown to users
    QStringList aliases;
};

// A unit is on track when its cumulative count is at least onTrackPercent of
// its expected-to-date count, at risk down to atRiskPercent, behind below.
// Stored per campaign (schema 2), so everyone using a file sees the same
// statuses. See docs/progress.md.
struct StatusThresholds
{
    int onTrackPercent = 95;
    int atRiskPercent = 80;
    friend bool operator==(const StatusThresholds&, const StatusThresholds&) = default;
};

enum class GoalKind
{
    Absolute,            // goal = a number of people (50.000)
    PercentOfPopulation, // goal = basis points of the units' population (6500 = 65 %)
};

struct Campaign
{
    qint64 id = 0;
    QString code;
    QString name;
    QString area;
    QString organisation;
    QString planReference;
    QDate start;
    QDate end;
    GoalKind goalKind = GoalKind::Absolute;
    qint64 goalValue = 0;
    StatusThresholds thresholds;

    int days() const { return start.isValid() && end.isValid() ? int(start.daysTo(end)) + 1 : 0; }
    bool contains(QDate d) const { return d.isValid() && d >= start && d <= end; }
    // The goal as a number of people, given the units' total population.
    qint64 goalCount(qint64 population) const;
    friend bool operator==(const Campaign&, const Campaign&) = default;
};

// A target group besides the whole population (the Mỹ Hào shape: officials,
// students, youth-union members…): its size and goal in each unit, and its own
// tallies. docs/progress.md, "Target groups".
struct GroupData
{
    qint64 id = 0;
    QString code;
    QString name;
    std::optional<int> goalPercentBp;     // each unit's goal: ⌈size × this / 10.000⌉
    QVector<std::optional<qint64>> sizes; // per unit; none: not known
    QVector<std::optional<qint64>> goals; // per unit, for a group without a percentage
    // Units × campaign days × providers; none until read (the window reads
    // only the group it shows: CampaignStore::GroupTallies::Skip).
    std::optional<TallyMatrix> tallies;

    // Its tallies, which must have been read: throws std::logic_error if not
    // (a figure from unread tallies would be a wrong zero, not a missing one).
    const TallyMatrix& readTallies() const;
    // The unit's goal for this group; none when its size (or goal) is not known.
    std::optional<qint64> unitGoal(int unit) const;
};

// Everything the progress engine needs about one campaign, loaded in one go.
struct CampaignData
{
    Campaign campaign;
    QVector<Unit> units;         // in the plan's order
    QVector<Provider> providers; // in column order
    TallyMatrix tallies;         // units × campaign days × providers
    QVector<GroupData> groups;   // target groups besides the whole population

    qint64 totalAdults() const;
    qint64 totalQuota() const;
    qint64 goal() const { return campaign.goalCount(totalAdults()); }
    int unitIndexById(qint64 unitId) const;
    // The campaign as one target group sees it: its tallies in place of the
    // whole population's, each unit's group size as its population and group
    // goal as its quota (where the size, or goal, is not known: the unit's
    // population for both), and the sum of those as the campaign's goal. The
    // groups are kept. For entering, checking and showing a group's counts
    // with the same rules and screens (import --group, the group filter).
    CampaignData viewOfGroup(int group) const;
    // The units as viewOfGroup(group) has them: the group's sizes and goals.
    QVector<Unit> unitsOfGroup(int group) const;
    int providerIndexById(qint64 providerId) const;
};

} // namespace signtally
